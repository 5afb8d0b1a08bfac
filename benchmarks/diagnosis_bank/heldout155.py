"""The hundred-and-fifty-fifth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout154` (not looked at), after the measurement of
:mod:`.heldout152` and :mod:`.heldout153`, by someone who saw no diagnosis of its runs. New data:
a 10x10 image set of a bagpipe (three drone pipes sticking up from the top row, a round bag in
the middle three rows, a chanter pipe hanging down from its right side in the bottom row, in a
5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2%
random labels (seed 1550); 5-class Gaussian quantiles in 711 dimensions (3100 samples); a
714-feature 5-class set (2200 samples, 30 informative, 12 redundant, class separation 4.4); a
717-feature Friedman-1 regression (1700 samples, noise 0.8); a camembert maker's batch stage CSV
(curdling, moulding, salting, ripening: 4 classes from 7 readings,
``camembert_batch_stage_h155``, seed 1551) and an ice-climbing firm's climbers a day regression
CSV (in the hundreds, ``iceclimb_daily_climbers_h155``, seed 1552); the sklearn sets use random
states 1553 to 1555. Script cases use AdamW with weight decay 0.05, SGD with Nesterov momentum
0.9 and plain Adagrad (settings no script of :mod:`.heldout152` or :mod:`.heldout153` uses) on
wine, iris, breast cancer, digits, moons, circles and the sine; every script case holds a hidden
width of 820 to 829. Runner optimisers: Adam, AdamW (with an L1 penalty on the Friedman
regression), plain RMSprop, RMSprop with momentum 0.3, Adagrad, Adadelta, SGD with momentum 0.75
or 0.9, SGD with Nesterov momentum 0.9. Each fault pairs its mechanism with another optimiser,
activation, model or data set than :mod:`.heldout135` did (every data set here is new):
divergence under SGD with Nesterov momentum 0.9 in a SiLU net on the unscaled climbers and under
RMSprop with momentum 0.3 at LR 20 in a leaky-ReLU net on the quantiles, exploding gradients in a
9-layer SiLU net with N(0, 1) init under Adadelta at LR 1e-9 on the 714-feature set, units killed
by plain RMSprop at LR 0.1 in the bagpipe CNN, a high update ratio from plain RMSprop at LR 0.3
in a tanh net on the camembert CSV, tiny learning rates under Adagrad (leaky ReLU, Friedman) and
AdamW (ReLU, camembert CSV), vanishing gradients under Adagrad in a 23-layer sigmoid net on the
quantiles, saturated tanh units with N(0, 6) init under Adam, the bagpipe CNN with N(0, 0.05)
init under SGD with Nesterov momentum 0.9 (a slow start), the unshuffled 714-feature set under
plain RMSprop (leaky ReLU), square error under RMSprop with momentum 0.3 (SiLU), batch 1 under
Adagrad (leaky ReLU), 42 rows of the 714-feature set under Adam (SELU), 31 rows of the Friedman
regression under plain RMSprop (ELU), 1 ELU unit under RMSprop with momentum 0.3; the scripts:
Lightning's NaN on wine (Adagrad) and stuck circles (AdamW), Trainer's NaN on breast cancer
(Nesterov) and stuck moons (Adagrad), Keras' NaN on iris (AdamW) and 20 rows of digits (Adagrad,
a gap), TensorBoard's NaN on digits (Adagrad) and 8 rows of moons (AdamW, overfit, a gap), the
loop's corrupt record on the sine (Nesterov) and stuck breast cancer (Nesterov).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
the share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test
confusion matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases
and scripts called directly: no diagnosis was made. After the last change of a setting every case
was trained once more from this file into a fresh store; the numbers below are from that store.
No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``predictions_collapsed`` expected from
90% of the test predictions in one class, allowed from 60%, never expected of a script;
``not_converged`` only where the loss still clearly falls and the validation loss or score still
improves at the end; a weak fault was made stronger or relabelled from its metrics, never kept as
expected). Majority shares (the test confusion matrices' rows): 0.2045 on the 714-feature set,
0.2000 on the quantiles, 0.2534 on the camembert CSV, 0.2633 on the bagpipe images; on the
scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer),
0.5 (moons, circles). Baselines (validation): accuracy 1.0 (camembert CSV), 0.9841 (714-feature
set), 0.8767 (bagpipe images), 0.1677 (quantiles); R2 0.0377 (Friedman), 0.9237 (climbers CSV).

Measured healthy ranges (runner): update ratio quarter means 3.2e-6 (the ReLU MLP with Adagrad on
the 714-feature set) to 0.053 (the tanh MLP on the Friedman regression), single steps at most 0.46
(the ReLU MLP with Adagrad); the ``update_ratio_high`` run reaches quarter means of 0.44 with
single steps up to 30; the ``update_ratio_low`` runs log quarter means of at most 3.4e-10 and
1.3e-10. Dead fraction 0 in every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run; saturated
fraction at most 0.0188 (the tanh MLP with RMSprop on the 714-feature set). Gradient norms at
least 0.0079 (the SiLU MLP with momentum 0.9 on the 714-feature set) and at most 400 (the
Friedman regression; at most 3.0 on the 714-feature set), first norms at least 0.12 (the sigmoid
MLP with Adadelta on the camembert CSV); the vanishing run's down to 1.1e-20, the exploding run's
5.1e5 to 5.5e6, the slow start's first 6.8e-3. The step loss's position in the epoch explains at
most 25% of the within-epoch variance over the second half in the healthy runner runs (the tanh
MLP on the Friedman regression) and 22% in the healthy scripts (TensorBoard's wine); the
unshuffled run 89%. The standard deviation of the step loss's step-to-step change over the second
half is at most 0.81 times its mean in the healthy runner runs (the ReLU MLP with Adagrad on the
714-feature set) and 1.63 in the healthy scripts (the loop's breast cancer); the batch-1 run's is
3.05. Healthy scores: accuracy 1.0 on the camembert CSV (every split, every run), 0.9614-0.9818
on the 714-feature set (test 0.9591-0.9886; training 1.0), R2 0.6246 on the Friedman regression
(test 0.6579, training 0.8233); scripts (validation): wine 1.0 and 1.0, breast cancer 0.9561,
0.9474 and 0.9474, circles 1.0 and 0.9924, digits 0.9721 and 0.9777, iris 0.9667 and 0.9667,
moons 0.9615 and 0.9552. Every healthy run's validation loss is lowest at its end but Trainer's
digits (epoch 8 of 10, 0.12% above it), moons (epoch 18 of 20, 0.12% above it) and iris (epoch 15
of 20, 1.25% above it; its learning rate decays linearly to 0).

Changes after the first run: TensorBoard's wine (Adagrad) and circles (Nesterov) ended 5.5% and
2.0% above their epoch-11 validation losses, so both run 11 epochs; Keras' moons (Adagrad) ended
15.6% above its epoch-13 minimum, so 13 epochs; Lightning's iris (Nesterov) 13.3% above its
epoch-18 minimum, so 18 epochs; the loop's wine (AdamW) 4.9% above its epoch-13 minimum, so 13
epochs (each now lowest at its end). The unshuffled 714-feature set under RMSprop at LR 3e-5 never
left chance (accuracy 0.2068, the epoch loss falling 3.3% over the run), so LR 2e-4 (accuracy
0.8295, position share 89%); the one-ELU-unit run at 15 epochs still fell 1.3% an epoch with the
validation loss lowest at its end (not yet underfitting), so 40 epochs (0.5% in the last epoch).
Labels from the metrics: 65% of the quantile divergence's test predictions fall in one class, so
``predictions_collapsed`` is allowed there, not expected; the AdamW run at LR 1e-10 on the
camembert CSV scores 0.3836 at its initial weights, 0.13 above the majority share, with 52% of
the test predictions in one class, so neither ``at_chance`` nor ``predictions_collapsed`` is
expected or allowed there; the 42-row overfit run's validation loss ends only 2.8% above its
epoch-30 minimum, so ``overfitting`` is allowed and ``generalisation_gap`` expected; Lightning's
stuck circles scores 0.4844 against 0.5, so ``at_chance`` is expected there; the test predictions
fall in one class in the exploding run (100%), the killed CNN (100%) and the vanishing run
(100%), so ``predictions_collapsed`` is expected there; Keras' NaN iris (0.3333) and
TensorBoard's NaN digits (0.1003) score at the majority share (``at_chance`` expected), the
others' NaN and stuck runs far below it (allowed); the vanishing run's epoch loss falls 0.3%
(1.615 to 1.610), so ``not_training`` is expected; the unshuffled run's loss still falls with
the validation loss lowest at the end (``not_converged`` expected); the slow start sat at ln 4
for 8 epochs, so ``slow_start`` is expected.

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

# a bagpipe in a 5x5 cell: three drone pipes sticking up (the top row's two outer columns and
# its middle one), a round bag under them (rows 2 to 4) and a chanter hanging down from its
# right side (the bottom row's fourth column); turned by 90 degrees for the others
_BAGPIPE_UP = np.array([[1, 0, 1, 0, 1],
                        [0, 1, 1, 1, 0],
                        [1, 1, 1, 1, 1],
                        [0, 1, 1, 1, 0],
                        [0, 0, 0, 1, 0]], dtype=float)
_BAGPIPES = turned(_BAGPIPE_UP)


def bagpipes(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
             seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 bagpipe glyph at a random place (4 classes: the bagpipe turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_BAGPIPES, n, size, noise, flip, seed)


def _camembert_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A camembert maker's batch stage (0 curdling, 1 moulding, 2 salting, 3 ripening) from 7
    readings."""
    n = 1460
    cls = rng.integers(0, 4, n)
    curd_c = np.array([33.0, 28.0, 18.0, 12.0])[cls] + rng.normal(0, 1.5, n)
    curd_ph = np.array([6.4, 5.2, 4.8, 5.6])[cls] + rng.normal(0, 0.15, n)
    whey_pct = np.array([80.0, 55.0, 45.0, 40.0])[cls] + rng.normal(0, 4.0, n)
    salt_g = np.array([0.0, 0.0, 15.0, 12.0])[cls] + rng.normal(0, 1.0, n)
    rind_mm = np.array([0.0, 0.0, 0.2, 1.5])[cls] + rng.normal(0, 0.15, n)
    cellar_c = rng.uniform(8.0, 22.0, n)
    makers = rng.integers(1, 6, n).astype(float)
    return (["curd_c", "curd_ph", "whey_pct", "salt_g", "rind_mm", "cellar_c", "makers",
             "stage"],
            np.column_stack([curd_c, curd_ph, whey_pct, salt_g, rind_mm, cellar_c, makers,
                             cls]))


def _iceclimb_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """An ice-climbing firm's climbers a day from 7 readings."""
    n = 1190
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-25.0, 2.0, n)
    snow_cm = rng.uniform(0.0, 40.0, n)
    guides = rng.integers(5, 30, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    ice_m = rng.uniform(0.5, 4.0, n)
    avalanche = rng.integers(1, 6, n).astype(float)
    climbers = (150 - 3.0 * temp_c - 2.5 * snow_cm + 8.0 * guides + 80.0 * holiday
                + 30.0 * ice_m - 25.0 * avalanche + 45.0 * (weekday >= 5)
                + rng.normal(0, 18.0, n))
    return (["weekday", "temp_c", "snow_cm", "guides", "holiday", "ice_m", "avalanche",
             "climbers"],
            np.column_stack([weekday, temp_c, snow_cm, guides, holiday, ice_m, avalanche,
                             climbers]))


def _camembert(**sections: Any) -> Any:
    return _csv("camembert_batch_stage_h155", _camembert_csv, "stage", "classification", 1551,
                **sections)


def _iceclimb(**sections: Any) -> Any:
    return _csv("iceclimb_daily_climbers_h155", _iceclimb_csv, "climbers", "regression", 1552,
                **sections)


def _adamw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with weight decay 0.05."""
    return _s(data, optim="adamw", optim_args={"weight_decay": 0.05}, **kw)


def _nest(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.9."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.9, "nesterov": True}, **kw)


def _adagrad(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain Adagrad."""
    return _s(data, optim="adagrad", **kw)


MOM9 = {"momentum": 0.9}
MOM75 = {"momentum": 0.75}
NEST9 = {"momentum": 0.9, "nesterov": True}
RMOM3 = {"momentum": 0.3}
HERE = "benchmarks.diagnosis_bank.heldout155"
BP4 = _factory(f"{HERE}:bagpipes", seed=1550)
GQ5711 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3100, n_features=711,
                  n_classes=5, random_state=1553)
CL714 = _factory("sklearn.datasets:make_classification", n_samples=2200, n_features=714,
                 n_informative=30, n_redundant=12, n_classes=5, class_sep=4.4,
                 random_state=1554)
FR717 = _factory("sklearn.datasets:make_friedman1", n_samples=1700, n_features=717, noise=0.8,
                 random_state=1555)
BCNN = {"kind": "cnn", "conv": [{"channels": 9}, {"channels": 12}], "hidden": [24]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h155_divergence_iceclimb_nesterov_silu", "the ice-climbing climbers CSV (targets "
         "unscaled, in the hundreds), 27-unit SiLU MLP, SGD with Nesterov momentum 0.9 at LR "
         "0.02, batch 25",
         _iceclimb(model={"hidden": [27], "activation": "silu"},
                   optim={"name": "sgd", "lr": 0.02, **NEST9},
                   train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 9.3e4 at first, 2.6e8 at step 3, 5.2e18 at step 4 "
                      "and Inf at step 5, where the run stops"), verdict="failed"),
    Case("h155_divergence_gq5711_rmsprop_mom3_lr20_leaky", "44x19 leaky-ReLU MLP on the 5-class "
         "quantiles in 711 dimensions, RMSprop with momentum 0.3 at LR 20, batch 37",
         {"data": GQ5711, "model": {"hidden": [44, 19], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 20.0, **RMOM3},
          "train": {"epochs": 3, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low", "predictions_collapsed"),
         why_allowed=(f"{BLOWUP}; the step loss 1.61 at first, up to 1.6e10; epoch losses 1.0e9, "
                      "2.3e8 and 1.6e8, far above the start; 42% of the second layer's units "
                      "logged dead (healthy 0); accuracy 0.1919 (test 0.1968) at the majority "
                      "share (0.2000); 65% of the test predictions in one class (under 90%)"),
         verdict="failed"),
    Case("h155_exploding_cl714_9x27_silu_std1_adadelta", "9x27 SiLU MLP with N(0, 1) init on "
         "the 714-feature set, Adadelta at LR 1e-9, batch 39",
         {"data": CL714, "model": {"hidden": [27] * 9, "activation": "silu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adadelta", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 4.66e6 at every epoch; every gradient norm 5.1e5 to 5.5e6 "
                      "(healthy at most 400); quarter-mean update ratios at most 2.2e-14, a side "
                      "effect of the LR; up to 22% of a deep layer's SiLU units logged dead; "
                      "accuracy 0.1977 (test 0.1977) at the majority share (0.2045), every test "
                      "prediction in one class"), verdict="failed"),
    Case("h155_dead_relu_bagpipe_cnn_rmsprop_lr01", "the bagpipe CNN (9, 12 channels, 24 "
         "hidden), plain RMSprop at LR 0.1, batch 27",
         {"data": BP4, "model": BCNN,
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "overfitting", "divergence"),
         why_allowed=("the step loss jumps from 1.39 to 1763 in epoch 1 (epoch loss 112), then "
                      "sits at ln 4 (1.413 and 1.413; 1.343 at the last step, below the first), "
                      "so the blow-up passed and divergence is not the end state; gradient norms "
                      "0 to 1300 and quarter-mean update ratios up to 0.68 (healthy at most "
                      "0.053), single steps up to 15; every channel of the second convolution "
                      "and 92% of the dense units logged dead (healthy 0); accuracy 0.26 (test "
                      "0.2633) at the majority share (0.2633), every test prediction in one class"),
         verdict=TP),
    Case("h155_update_ratio_high_camembert_rmsprop_tanh", "plain RMSprop at LR 0.3 on the "
         "camembert batch CSV, 35 tanh units, batch 24, 8 epochs",
         _camembert(model={"hidden": [35], "activation": "tanh"},
                    optim={"name": "rmsprop", "lr": 0.3},
                    train={"epochs": 8, "batch_size": 24}),
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.44, single "
                      "steps up to 30; healthy at most 0.053 and 0.46) and 94% of the tanh units "
                      "saturate (healthy at most 1.9%), yet accuracy 1.0; the step loss reaches "
                      "19.5 in epoch 1 and is near 0 from epoch 3 on, so later gradients fall to "
                      "2.3e-18 and the step loss swings 4.2 times its mean"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h155_adagrad_lr1e10_fr717_leaky", "the 717-feature Friedman regression, 41x17 "
         "leaky-ReLU MLP, Adagrad at LR 1e-10, batch 34, 4 epochs",
         {"data": FR717, "model": {"hidden": [41, 17], "activation": "leaky_relu"},
          "optim": {"name": "adagrad", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW, why_allowed=("R2 -8.66, far below the baseline (0.0377) and the "
                                         "healthy run (0.6246); the epoch loss 234.0 at every "
                                         "epoch; quarter-mean update ratios at most 3.4e-10 "
                                         "(healthy at least 3.2e-6); the step loss's position in "
                                         "the epoch explains 37% of its within-epoch variance "
                                         "(healthy at most 25%)"), verdict=TP),
    Case("h155_adamw_lr1e10_camembert_relu", "the camembert batch CSV, 32x15 ReLU MLP, AdamW at "
         "LR 1e-10, batch 27, 4 epochs",
         _camembert(model={"hidden": [32, 15]},
                    optim={"name": "adamw", "lr": 1e-10},
                    train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.365 at every epoch; quarter-mean "
                                         "update ratios at most 1.3e-10 (healthy at least "
                                         "3.2e-6); the step loss's position explains 50% of its "
                                         "within-epoch variance; accuracy 0.3836 at its initial "
                                         "weights, 0.13 above the majority share (0.2534), 52% "
                                         "of the test predictions in one class"), verdict=TP),
    Case("h155_vanishing_sigmoid_gq5711_23x12_adagrad", "23x12 sigmoid MLP on the quantiles, "
         "Adagrad at LR 0.01, batch 43, 4 epochs",
         {"data": GQ5711, "model": {"hidden": [12] * 23, "activation": "sigmoid"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 4, "batch_size": 43}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients down to 1.1e-20 (healthy at least 0.0079), so "
                      "their update ratios are 0; Adagrad still moves the last layers (quarter "
                      "means up to 0.016), so the epoch loss goes from 1.615 to 1.610 (ln 5 is "
                      "1.609) and no further; the step loss's position explains 60% of its "
                      "within-epoch variance; accuracy 0.2 at the majority share (0.2), every "
                      "test prediction in one class"), verdict=TP),
    Case("h155_saturated_tanh_cl714_std6_adam", "2x32 tanh MLP with N(0, 6) init on the "
         "714-feature set, Adam at LR 1e-9, batch 35",
         {"data": CL714, "model": {"hidden": [32, 32], "activation": "tanh",
                                   "init": "normal", "init_std": 6.0},
          "optim": {"name": "adam", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("98.8% and 94.5% of the tanh units saturated (healthy at most 1.9%); update "
                      "ratios of at most 2.2e-11, a side effect of the LR; the huge weights give "
                      "gradient norms up to 230 (healthy on this set at most 3.0); the epoch "
                      "loss 43.54 at every epoch, far above ln 5; the step loss's position "
                      "explains 54% of its within-epoch variance; accuracy 0.1977 against a "
                      "majority share of 0.2045; the test predictions spread (at most 26% in one "
                      "class)"), verdict=TP),
    Case("h155_slow_start_bagpipe_cnn_nesterov_std005", "the bagpipe CNN with N(0, 0.05) "
         "init, SGD with Nesterov momentum 0.9 at LR 0.05 (cosine), batch 30, 20 epochs",
         {"data": BP4, "model": {**BCNN, "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **NEST9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 30}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.369 to 1.391) for the first 8 epochs, then "
                      "falls (0.364 at epoch 20, 2.9% below epoch 19; the validation loss lowest "
                      "at epoch 19, 0.5% above it at the end); the first gradient norms 6.8e-3 "
                      "to 8e-3 (healthy first norms at least 0.12); up to 21% of the dense ReLU "
                      "units logged dead (healthy 0); accuracy 0.7667 (test 0.7967), below the "
                      "baseline (0.8767)"), verdict=TP),
    Case("h155_unshuffled_cl714_rmsprop_leaky", "the 714-feature set sorted by label, never "
         "shuffled, 44x21 leaky-ReLU MLP, plain RMSprop at LR 2e-4, batch 35, 8 epochs",
         {"data": {**CL714, "order": "by_label", "shuffle": False},
          "model": {"hidden": [44, 21], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 2e-4},
          "train": {"epochs": 8, "batch_size": 35}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 89% of its within-epoch "
                      "variance (healthy runner runs at most 25%); accuracy 0.8295 (test 0.8386, "
                      "training 0.9841), below the healthy runs (0.9614 and up), with the epoch "
                      "loss still falling (1.160 to 1.073 in the last epoch) and the validation "
                      "loss lowest at the end, so not yet underfitting"), verdict=TP),
    Case("h155_mse_softmax_camembert_rmsprop_mom3_silu", "the camembert batch CSV trained with "
         "square error on the softmax, RMSprop with momentum 0.3 at LR 1e-3, 31x13 SiLU MLP, "
         "batch 25, 10 epochs",
         _camembert(model={"hidden": [31, 13], "activation": "silu"},
                    optim={"name": "rmsprop", "lr": 1e-3, **RMOM3},
                    train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "9.4e-5 at the end, so gradients down to 1.2e-4; the step loss swings 0.94 "
                      "times its mean (healthy runner runs at most 0.81); the validation loss "
                      "lowest at the end"), verdict=TP),
    Case("h155_noisy_cl714_b1_adagrad_leaky", "the 714-feature set one row at a time (batch 1),"
         " Adagrad at LR 0.01, 23-unit leaky-ReLU MLP, 2 epochs",
         {"data": CL714, "model": {"hidden": [23], "activation": "leaky_relu"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu",
                "vanishing_gradients", "exploding_gradients"),
         why_allowed=("the step loss swings 3.05 times its mean (healthy runner runs at most "
                      "0.81, healthy scripts 1.63), up to 5.3; single-row gradients 1.4e-3 to 26 "
                      "(healthy on this set at most 3.0); accuracy 0.9705 (test 0.9773, training "
                      "0.9955), like the healthy runs; over 2 epochs the step loss's position "
                      "explains all its within-epoch variance (one value a position)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h155_overfit_cl714_subset42_adam_selu", "42 rows of the 714-feature set, SELU MLP of "
         "172 and 87 units, Adam at LR 1e-3, 150 epochs, batch 4",
         {"data": {**CL714, "subset": 42},
          "model": {"hidden": [172, 87], "activation": "selu"},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation", "overfitting"),
         why_allowed=("42 rows teach less than every row: accuracy 0.6 (test 0.5773, training "
                      "1.0; the healthy runs 0.9614 and up); the epoch loss at 3.2e-5, so "
                      "gradients fall to 1.2e-4; the validation loss lowest at epoch 30 of 150 "
                      "and only 2.8% above it at the end, so overfitting is not clear"),
         verdict=GP),
    Case("h155_gap_fr717_subset31_rmsprop_elu", "31 rows of the 717-feature Friedman "
         "regression, ELU MLP of 163 and 83 units, plain RMSprop at LR 1e-3, 80 epochs, batch 4",
         {"data": {**FR717, "subset": 31},
          "model": {"hidden": [163, 83], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "overfitting",
                "exploding_gradients", "dead_relu"),
         why_allowed=("31 rows teach less (R2 -5.61, training 0.9321; the healthy run 0.6246); "
                      "the validation loss still lowest at the end (162.3) while the training "
                      "loss jumps about (1.49 to 1.61 over the last epochs); the step loss "
                      "swings 1.24 times its mean and gradients reach 760 (healthy at most 400); "
                      "31% of the second layer's ELU units logged dead (healthy 0)"), verdict=GP),
    Case("h155_underfit_cl714_one_elu_unit_rmsprop_mom3", "the 714-feature set through 1 ELU "
         "unit, RMSprop with momentum 0.3 at LR 1e-3, batch 38, 40 epochs",
         {"data": CL714, "model": {"hidden": [1], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 1e-3, **RMOM3},
          "train": {"epochs": 40, "batch_size": 38}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high",
                "generalisation_gap"),
         why_allowed=("one ELU unit cannot hold the classes: training accuracy 0.6742 (the "
                      "healthy runs 1.0), accuracy 0.4932 (test 0.4636); the epoch loss falls "
                      "0.5% in the last epoch (0.7706 to 0.7668); the validation loss lowest at "
                      "epoch 22 of 40, 7.8% above it at the end; single update ratios up to 0.46 "
                      "(healthy 0.46); the gap 0.18 with training far from 1; 44% of the test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h155_lightning_wine_adagrad_lr1e20_nan", "Lightning: wine, Adagrad at LR 1e20, 820 "
         "units, batch 11, 3 epochs",
         script=lightning_run(_adagrad("wine", hidden=(820,), lr=1e20, epochs=3,
                                       batch_size=11)),
         tool="lightning", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333, 0.056 "
                      "below the majority share (0.3889)"), verdict="failed"),
    Case("h155_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (weight decay 0.05) at LR 1e-10, 821 units, batch 20, 3 epochs",
         script=lightning_run(_adamw("circles", hidden=(821,), lr=1e-10, epochs=3,
                                     batch_size=20, n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7007 at every epoch; accuracy 0.4844 (training 0.4792) at "
                      "its initial weights, at the majority share (0.5); the step loss's "
                      "position explains 44% of its within-epoch variance (healthy scripts at "
                      "most 22%)"), verdict=TP),
    Case("h155_hf_trainer_breast_cancer_nesterov_lr1e20_nan", "Hugging Face Trainer names: "
         "breast cancer, SGD with Nesterov momentum 0.9 at LR 1e20 (decaying linearly), 822 "
         "units, batch 19, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_nest("breast_cancer", hidden=(822,), lr=1e20, epochs=3,
                                     batch_size=19), logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss and gradient norm NaN; accuracy 0.3684, far "
                      "below the majority share (0.6316)"), verdict="failed"),
    Case("h155_hf_trainer_moons_adagrad_lr1e10_stuck", "Hugging Face Trainer names: moons (630 "
         "points, noise 0.2), Adagrad at LR 1e-10 (decaying linearly), 823 units, batch 18, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_adagrad("moons", hidden=(823,), lr=1e-10, epochs=3,
                                        batch_size=18, n=630, noise=0.2), logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 0.8258 at every evaluation; accuracy 0.1111 at its "
                      "initial weights, far below the majority share (0.5) and the healthy moons "
                      "(0.9552 and up)"), verdict=TP),
    Case("h155_keras_iris_adamw_lr1e20_nan", "Keras names: iris, AdamW (weight decay 0.05) at "
         "LR 1e20, 824 units, batch 8, 3 epochs",
         script=keras_run(_adamw("iris", hidden=(824,), lr=1e20, epochs=3, batch_size=8)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.3333 on three balanced classes"),
         verdict="failed"),
    Case("h155_keras_digits_subset20_adagrad_gap", "Keras names: 20 rows of digits, 825 units, "
         "Adagrad at LR 0.02, 150 epochs, batch 2",
         script=keras_run(_adagrad("digits", hidden=(825,), lr=0.02, epochs=150, batch_size=2,
                                   subset=20)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("20 rows teach less (validation accuracy 0.5237, training 1.0; the healthy "
                      "digits 0.9721 and up); the validation loss lowest at epoch 28 of 150 and "
                      "only 0.8% above it at the end while the training loss falls to 3.4e-4, so "
                      "overfitting is not clear"), verdict=GP),
    Case("h155_tensorboard_digits_adagrad_lr1e20_nan", "TensorBoard tags: digits, Adagrad at "
         "LR 1e20, 826 units, batch 24, 3 epochs",
         script=tensorboard_run(_adagrad("digits", hidden=(826,), lr=1e20, epochs=3,
                                         batch_size=24)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.1003, the "
                      "majority share"), verdict="failed"),
    Case("h155_tensorboard_moons_subset8_adamw_gap", "TensorBoard tags: 8 rows of moons (660 "
         "points, noise 0.3), 827 units, AdamW (weight decay 0.05) at LR 3e-3, 150 epochs, "
         "batch 2",
         script=tensorboard_run(_adamw("moons", hidden=(827,), lr=3e-3, epochs=150,
                                       batch_size=2, n=660, noise=0.3, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.7424, training 1.0; the healthy "
                      "moons 0.9552 and up); the validation loss lowest at epoch 8 of 150, 4.6 "
                      "times it at the end; the step loss near 0 swings 1.56 times its mean"),
         verdict=GP),
    Case("h155_plain_corrupt_record_sine_nesterov", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), SGD with Nesterov momentum 0.9 at LR 1e-4, 828 units, batch "
         "22, a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_nest("sine", hidden=(828,), lr=1e-4, epochs=3, batch_size=22,
                                n=640, noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=15),
    Case("h155_plain_breast_cancer_nesterov_lr1e10_stuck", "hand-written loop: breast cancer, "
         "SGD with Nesterov momentum 0.9 at LR 1e-10, 829 units, batch 20, 4 epochs",
         script=plain_run(_nest("breast_cancer", hidden=(829,), lr=1e-10, epochs=4,
                                batch_size=20)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.7729 at every epoch; accuracy 0.3421, far below the "
                      "majority share (0.6316); the step loss's position explains 57% of its "
                      "within-epoch variance (healthy scripts at most 22%)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy155_camembert_relu_adamw_b25",
       _camembert(model={"hidden": [41]},
                  optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 25})),
    _h("healthy155_camembert_tanh_adam_b29",
       _camembert(model={"hidden": [37], "activation": "tanh"},
                  optim={"lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 29})),
    _h("healthy155_camembert_elu_adagrad_b32",
       _camembert(model={"hidden": [44], "activation": "elu"},
                  optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 32})),
    _h("healthy155_camembert_leaky_rmsprop_b27",
       _camembert(model={"hidden": [39], "activation": "leaky_relu"},
                  optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 27})),
    _h("healthy155_camembert_selu_nesterov9_b23",
       _camembert(model={"hidden": [35], "activation": "selu"},
                  optim={"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 23})),
    _h("healthy155_camembert_silu_momentum75_b34",
       _camembert(model={"hidden": [31], "activation": "silu"},
                  optim={"name": "sgd", "lr": 0.02, **MOM75, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 34})),
    _h("healthy155_camembert_sigmoid_adadelta_b31",
       _camembert(model={"hidden": [28], "activation": "sigmoid"},
                  optim={"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 31})),
    _h("healthy155_camembert_relu_rmsprop_momentum3_b36",
       _camembert(model={"hidden": [46]},
                  optim={"name": "rmsprop", "lr": 1e-3, **RMOM3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 36})),
    _h("healthy155_fr717_tanh_adamw_l1_b26",
       {"data": FR717, "model": {"hidden": [55], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 3e-3, "l1": 0.03, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 26}}),
    _h("healthy155_cl714_selu_adam_b29",
       {"data": CL714, "model": {"hidden": [63], "activation": "selu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy155_cl714_elu_adamw_b31",
       {"data": CL714, "model": {"hidden": [66], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy155_cl714_relu_adagrad_b26",
       {"data": CL714, "model": {"hidden": [60]},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy155_cl714_silu_momentum9_b33",
       {"data": CL714, "model": {"hidden": [57], "activation": "silu"},
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 33}}),
    _h("healthy155_cl714_tanh_rmsprop_b24",
       {"data": CL714, "model": {"hidden": [68], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy155_cl714_leaky_nesterov9_b36",
       {"data": CL714, "model": {"hidden": [55], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _hs("healthy155_tensorboard_wine_adagrad",
        tensorboard_run(_adagrad("wine", hidden=(821,), lr=0.01, epochs=11, batch_size=11)),
        "tensorboard"),
    _hs("healthy155_tensorboard_breast_cancer_adamw",
        tensorboard_run(_adamw("breast_cancer", hidden=(824,), lr=5e-4, epochs=12,
                               batch_size=21)), "tensorboard"),
    _hs("healthy155_tensorboard_circles_nesterov",
        tensorboard_run(_nest("circles", hidden=(827,), lr=0.02, epochs=11, batch_size=19,
                              n=630, noise=0.1)), "tensorboard"),
    _hs("healthy155_hf_trainer_digits_nesterov",
        hf_trainer_run(_nest("digits", hidden=(820,), lr=0.02, epochs=10, batch_size=25),
                       logging_steps=3), "transformers"),
    _hs("healthy155_hf_trainer_iris_adagrad",
        hf_trainer_run(_adagrad("iris", hidden=(823,), lr=0.02, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy155_hf_trainer_moons_adamw",
        hf_trainer_run(_adamw("moons", hidden=(826,), lr=1e-3, epochs=20, batch_size=21,
                              n=650, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy155_keras_breast_cancer_nesterov",
        keras_run(_nest("breast_cancer", hidden=(829,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy155_keras_moons_adagrad",
        keras_run(_adagrad("moons", hidden=(822,), lr=0.02, epochs=13, batch_size=19, n=670,
                           noise=0.2)), "keras"),
    _hs("healthy155_lightning_digits_adamw",
        lightning_run(_adamw("digits", hidden=(825,), lr=1e-3, epochs=12, batch_size=26)),
        "lightning"),
    _hs("healthy155_lightning_iris_nesterov",
        lightning_run(_nest("iris", hidden=(828,), lr=0.01, epochs=18, batch_size=10)),
        "lightning"),
    _hs("healthy155_plain_wine_adamw",
        plain_run(_adamw("wine", hidden=(820,), lr=1e-3, epochs=13, batch_size=10)),
        "pytorch"),
    _hs("healthy155_plain_circles_adagrad",
        plain_run(_adagrad("circles", hidden=(824,), lr=0.02, epochs=12, batch_size=18, n=660,
                           noise=0.1)), "pytorch"),
    _hs("healthy155_plain_breast_cancer_nesterov",
        plain_run(_nest("breast_cancer", hidden=(827,), lr=5e-3, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
