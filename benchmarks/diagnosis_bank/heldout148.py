"""The hundred-and-forty-eighth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout149` (not looked at), after the measurement of
:mod:`.heldout146` and :mod:`.heldout147`, by someone who saw no diagnosis of its runs. New data: a
10x10 image set of a trombone (a mouthpiece at the left end of the top row's tube, the slide's
long U (the top and third rows' tubes joined by a bend at the right of the second row), a bell
flaring out at the bottom left, in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes),
1500 images with noise 0.3 and 2% random labels (seed 1480); 5-class Gaussian quantiles in 601
dimensions (3100 samples); a 604-feature 5-class set (2200 samples, 30 informative, 12
redundant, class separation 4.2); a 607-feature Friedman-1 regression (1760 samples, noise 0.8);
a mochi maker's batch stage CSV (soaking, steaming, pounding, shaping: 4 classes from 7 readings,
``mochi_batch_stage_h148``, seed 1481) and a snowshoe-tour firm's hikers a day regression CSV (in
the hundreds, ``snowshoe_daily_hikers_h148``, seed 1482); the sklearn sets use random states 1483
to 1485. Script cases use Adamax with betas (0.8, 0.99), RAdam with weight decay 0.01 and SGD with
(heavy-ball) momentum 0.95 (settings no script of :mod:`.heldout146` or :mod:`.heldout147` uses)
on wine, iris, breast cancer, digits, moons, circles and the sine; every script case holds a
hidden width of 750 to 759. Runner optimisers: Adam (with an L1 penalty on the Friedman
regression), AdamW, plain RMSprop, RMSprop with momentum 0.5, Adagrad, Adadelta, plain SGD, SGD
with momentum 0.6 or 0.9, SGD with Nesterov momentum 0.9. Each fault pairs its mechanism with
another optimiser, activation, model or data set than :mod:`.heldout135` did (every data set here
is new): divergence under SGD with Nesterov momentum 0.9 in a SiLU net on the unscaled snowshoe
hikers and under Adagrad at LR 40 in a leaky-ReLU net on the quantiles, exploding gradients in a
10-layer ELU net with N(0, 1) init under Adadelta at LR 1e-9 on the quantiles, units killed by
Adam at LR 0.8 in the trombone CNN, a high update ratio from AdamW at LR 0.5 in an ELU net on the
mochi CSV, tiny learning rates under AdamW (leaky ReLU, Friedman) and SGD with momentum 0.9 (tanh,
mochi CSV), vanishing gradients under SGD with momentum 0.9 in a 22-layer sigmoid net on the
604-feature set, saturated tanh units with N(0, 6) init under plain SGD on the quantiles, the
trombone CNN with N(0, 0.03) init under SGD with momentum 0.9 (a slow start), the unshuffled
604-feature set under Adagrad (tanh), square error under Adam (SiLU), batch 1 under AdamW (ReLU),
44 rows of the 604-feature set under plain RMSprop (ELU), 33 rows of the Friedman regression
under Adam (leaky ReLU), 1 SELU unit under plain RMSprop; the scripts: Lightning's NaN on wine
(momentum) and stuck digits (Adamax), Trainer's NaN on breast cancer (RAdam) and stuck moons
(momentum), Keras' NaN on digits (Adamax) and 24 rows of digits (RAdam, a gap), TensorBoard's NaN
on iris (RAdam) and 10 rows of circles (Adamax, overfit, a gap), the loop's corrupt record on the
sine (Adamax) and stuck iris (momentum).

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
expected). Majority shares (the test confusion matrices' rows): 0.2023 on the 604-feature set,
0.2 on the quantiles, 0.2603 on the mochi CSV, 0.2633 on the trombone images; on the scripts'
validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer), 0.5 (moons,
circles). Baselines (validation): accuracy 1.0 (mochi CSV), 0.9818 (604-feature set), 0.9533
(trombone images), 0.1903 (quantiles); R2 0.3644 (Friedman), 0.9711 (snowshoe CSV).

Measured healthy ranges (runner): update ratio quarter means 3.1e-5 (the SELU MLP with Adagrad on
the mochi CSV) to 0.0483 (the tanh MLP on the Friedman regression), single steps at most 0.427
(the ReLU MLP with Adagrad on the 604-feature set); the ``update_ratio_high`` run reaches quarter
means of 0.099 with single steps up to 4.9; the ``update_ratio_low`` runs log quarter means of at
most 3.2e-10 and 4.9e-12. Dead fraction 0 in every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU
run (the Adam-killed CNN's second convolution 0.83 and dense units 1.0, the slow start's dense
units up to 0.29, the exploding run's deep layers up to 0.19, the 33-row Friedman regression's
second layer 0.41); saturated fraction at most 0.0182 (the tanh MLP with RMSprop on the
604-feature set); the saturated run's 0.988 and 0.945. Gradient norms at least 0.0040 (the tanh
MLP with RMSprop with momentum on the mochi CSV) and at most 241 (the Friedman regression; at
most 2.9 on the 604-feature set), first norms at least 0.154 (the sigmoid MLP with Adam on the
mochi CSV); the vanishing run's down to 6.6e-20, the exploding run's 4.3e6 to 3.3e7, the slow
start's first 7.2e-4 to 1.6e-3. The step loss's position in the epoch explains at most 49% of the
within-epoch variance over the second half in the healthy runner runs (the sigmoid MLP with Adam
on the mochi CSV, its loss near 0) and 24% in the healthy scripts (Trainer's digits); the
unshuffled run 98.8%. The standard deviation of the step loss's step-to-step change over the
second half is at most 0.56 times its mean in the healthy runner runs (the ReLU MLP with Adagrad
on the 604-feature set) and 1.47 in the healthy scripts (TensorBoard's breast cancer); the
batch-1 run's is 11.0. Healthy scores: accuracy 1.0 on the mochi CSV (every split, every run),
0.9636-0.9795 on the 604-feature set (test 0.9568-0.9795; training 0.9985-1.0), R2 0.6835 on the
Friedman regression (test 0.6924, training 0.8262); scripts (validation): wine 1.0 and 0.9722,
breast cancer 0.9474, 0.9561 and 0.9561, circles 1.0 and 0.9923, digits 0.9749 and 0.9749, iris
0.9667 and 0.9667, moons 0.947 and 0.9044. Every healthy run's validation loss is lowest at its
end but the loop's iris (epoch 18 of 20, 0.8% above it).

Changes after the first run: the healthy Lightning digits (momentum at LR 2e-3), Lightning wine
(RAdam at LR 2e-3), the loop's breast cancer (RAdam at LR 5e-4), Keras' moons (RAdam at LR 1e-3,
0.8824) and Trainer's iris (RAdam at LR 2e-3, 0.9) still fell 4.5% to 8.5% over the last epoch with
the validation loss still falling, so they took LR 5e-3, 5e-3, 1e-3, 3e-3 and 5e-3 (each then
lowest at its end, flatter); the batch-1 run under AdamW at LR 3e-4 swung only 1.73 times its mean
(TensorBoard's healthy breast cancer 1.47), so LR 1e-3 (11.0); the 33-row Friedman regression under
Adam at LR 3e-3 ended at a training R2 of 0.658 (its training loss jumping between 1e-5 and 65), so
LR 1e-3 (training 0.9997); the one-unit net under RMSprop at LR 1e-3 still fell 1.6% over the last
epoch with the validation loss lowest at the end (not flattened), so LR 0.01. Labels from the
metrics: the trombone CNN's blow-up passed (its loss ends near ln 4, below its first step), so
``divergence`` is allowed there and the verdict is a training problem; the test predictions fall in
one class in the quantile divergence (90%), the exploding run (100%), the killed CNN (100%) and the
vanishing run (100%), so ``predictions_collapsed`` is expected there; 88% in the stuck mochi run
(allowed there, where ``at_chance`` too is only allowed: 0.3527 against 0.2603), 42% in the
one-unit run and 25% in the saturated run (neither expected nor allowed); Keras' NaN digits
(0.1003), TensorBoard's NaN iris (0.3333), Lightning's stuck digits (0.1226 against 0.1003) and the
loop's stuck iris (0.3 against 0.3333) score at the majority share (``at_chance`` expected),
Lightning's NaN wine (0.3333 against 0.3889), Trainer's NaN breast cancer (0.3684 against 0.6316)
and Trainer's stuck moons (0.4444 against 0.5) more than 0.05 below it (allowed); the unshuffled
run's loss still falls with the validation loss lowest at the end (``not_converged`` expected), as
does the batch-1 run's (0.517 to 0.030; validation 0.144 to 0.118); the 33-row Friedman
regression's validation loss ends 17% above its epoch-6 minimum while its training loss falls to
near 0, so ``overfitting`` is expected there; Keras' 24 rows of digits end only 4% above their
epoch-79 validation loss, so ``overfitting`` is allowed there and ``generalisation_gap`` expected;
the slow start sat at ln 4 for 8 epochs, so ``slow_start`` is expected.

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

# a trombone in a 5x5 cell: the mouthpiece at the left end of the top row's tube, the slide's
# long U (the top and third rows' tubes joined by a bend at the right of the second row) and the
# bell flaring out at the bottom left; turned by 90 degrees for the others
_TROMBONE_UP = np.array([[1, 1, 1, 1, 0],
                         [0, 0, 0, 0, 1],
                         [1, 1, 1, 1, 0],
                         [1, 1, 0, 0, 0],
                         [1, 1, 1, 0, 0]], dtype=float)
_TROMBONES = turned(_TROMBONE_UP)


def trombones(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
              seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 trombone glyph at a random place (4 classes: the trombone turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_TROMBONES, n, size, noise, flip, seed)


def _mochi_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A mochi maker's batch stage (0 soaking, 1 steaming, 2 pounding, 3 shaping) from 7
    readings."""
    n = 1460
    cls = rng.integers(0, 4, n)
    rice_c = np.array([14.0, 98.0, 70.0, 38.0])[cls] + rng.normal(0, 2.5, n)
    water_pct = np.array([42.0, 36.0, 30.0, 26.0])[cls] + rng.normal(0, 1.5, n)
    steam_kpa = np.array([0.0, 18.0, 0.0, 0.0])[cls] + rng.normal(0, 1.2, n)
    mallet_bpm = np.array([0.0, 0.0, 55.0, 4.0])[cls] + rng.normal(0, 3.0, n)
    starch_g = np.array([5.0, 5.0, 5.0, 22.0])[cls] + rng.normal(0, 1.5, n)
    room_c = rng.uniform(12.0, 28.0, n)
    makers = rng.integers(1, 5, n).astype(float)
    return (["rice_c", "water_pct", "steam_kpa", "mallet_bpm", "starch_g", "room_c", "makers",
             "stage"],
            np.column_stack([rice_c, water_pct, steam_kpa, mallet_bpm, starch_g, room_c, makers,
                             cls]))


def _snowshoe_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A snowshoe-tour firm's hikers a day from 7 readings."""
    n = 1200
    weekday = rng.integers(0, 7, n).astype(float)
    snow_cm = rng.uniform(0.0, 120.0, n)
    temp_c = rng.uniform(-20.0, 5.0, n)
    wind_kmh = rng.uniform(0.0, 60.0, n)
    guides = rng.integers(3, 20, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    lodge_pct = rng.uniform(20.0, 100.0, n)
    hikers = (90 + 2.2 * snow_cm + 3.0 * temp_c - 2.5 * wind_kmh + 11.0 * guides
              + 80.0 * holiday + 1.5 * lodge_pct + 45.0 * (weekday >= 5)
              + rng.normal(0, 18.0, n))
    return (["weekday", "snow_cm", "temp_c", "wind_kmh", "guides", "holiday", "lodge_pct",
             "hikers"],
            np.column_stack([weekday, snow_cm, temp_c, wind_kmh, guides, holiday, lodge_pct,
                             hikers]))


def _mochi(**sections: Any) -> Any:
    return _csv("mochi_batch_stage_h148", _mochi_csv, "stage", "classification", 1481,
                **sections)


def _snowshoe(**sections: Any) -> Any:
    return _csv("snowshoe_daily_hikers_h148", _snowshoe_csv, "hikers", "regression", 1482,
                **sections)


def _amax(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with betas (0.8, 0.99)."""
    return _s(data, optim="adamax", optim_args={"betas": (0.8, 0.99)}, **kw)


def _radam(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam with weight decay 0.01."""
    return _s(data, optim="radam", optim_args={"weight_decay": 0.01}, **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with (heavy-ball) momentum 0.95."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95}, **kw)


MOM9 = {"momentum": 0.9}
MOM6 = {"momentum": 0.6}
NEST9 = {"momentum": 0.9, "nesterov": True}
RMOM5 = {"momentum": 0.5}
HERE = "benchmarks.diagnosis_bank.heldout148"
TB4 = _factory(f"{HERE}:trombones", seed=1480)
GQ5601 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3100, n_features=601,
                  n_classes=5, random_state=1483)
CL604 = _factory("sklearn.datasets:make_classification", n_samples=2200, n_features=604,
                 n_informative=30, n_redundant=12, n_classes=5, class_sep=4.2,
                 random_state=1484)
FR607 = _factory("sklearn.datasets:make_friedman1", n_samples=1760, n_features=607, noise=0.8,
                 random_state=1485)
TCNN = {"kind": "cnn", "conv": [{"channels": 7}, {"channels": 12}], "hidden": [24]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h148_divergence_snowshoe_nesterov9_silu", "the snowshoe hikers CSV (targets unscaled, "
         "in the hundreds), 27-unit SiLU MLP, SGD with Nesterov momentum 0.9 at LR 0.01, "
         "batch 25",
         _snowshoe(model={"hidden": [27], "activation": "silu"},
                   optim={"name": "sgd", "lr": 0.01, **NEST9},
                   train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 1.98e5 at first, 1.6e7 at step 3 and Inf at step "
                      "6, where the run stops"),
         verdict="failed"),
    Case("h148_divergence_gq5601_adagrad_lr40_leaky", "44x19 leaky-ReLU MLP on the 5-class "
         "quantiles in 601 dimensions, Adagrad at LR 40, batch 35",
         {"data": GQ5601, "model": {"hidden": [44, 19], "activation": "leaky_relu"},
          "optim": {"name": "adagrad", "lr": 40.0},
          "train": {"epochs": 3, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low"),
         why_allowed=(f"{BLOWUP}; the step loss 1.62 at first, up to 1.17e8 and 2.97e5 at the end "
                      "(epoch losses 7.4e6, 4.1e5 and 2.5e5); single update ratios up to 1702; "
                      "accuracy 0.2048 (test 0.2048) at the majority share (0.2), 90% of the test "
                      "predictions in one class"),
         verdict="failed"),
    Case("h148_exploding_gq5601_10x27_elu_std1_adadelta", "10x27 ELU MLP with N(0, 1) init on "
         "the quantiles, Adadelta at LR 1e-9, batch 39",
         {"data": GQ5601, "model": {"hidden": [27] * 10, "activation": "elu",
                                    "init": "normal", "init_std": 1.0},
          "optim": {"name": "adadelta", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 4.38e7 at every epoch; every gradient norm 4.3e6 to 3.3e7 "
                      "(healthy at most 241); quarter-mean update ratios of at most 1.2e-13, a "
                      "side effect of the LR; up to 19% of a deep layer's ELU units logged dead; "
                      "accuracy 0.2 (test 0.2) at the majority share (0.2), every test prediction "
                      "in one class"),
         verdict="failed"),
    Case("h148_dead_relu_trombone_cnn_adam_lr08", "the trombone CNN (7, 12 channels, 24 hidden), "
         "Adam at LR 0.8, batch 27",
         {"data": TB4, "model": TCNN,
          "optim": {"name": "adam", "lr": 0.8},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "overfitting", "divergence"),
         why_allowed=("the step loss jumps from 1.41 to 2583 in epoch 1 (epoch loss 79.9), then "
                      "sits near ln 4 (1.433 and 1.423; 1.357 at the last step, below the first), "
                      "so the blow-up passed and divergence is not the end state; gradient norms "
                      "0 to 1351 and quarter-mean update ratios up to 0.51 (healthy at most "
                      "0.048), single steps up to 10.8; 83% of the second convolution's channels "
                      "and every dense unit logged dead (healthy runs 0); accuracy 0.25 against "
                      "the majority share (0.2633), every test prediction in one class"),
         verdict=TP),
    Case("h148_update_ratio_high_mochi_adamw_elu", "AdamW at LR 0.5 on the mochi batch CSV, 33 "
         "ELU units, batch 24, 8 epochs",
         _mochi(model={"hidden": [33], "activation": "elu"},
                optim={"name": "adamw", "lr": 0.5},
                train={"epochs": 8, "batch_size": 24}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients", "dead_relu"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.099, "
                      "single steps up to 4.9; the healthy runs at most 0.048 and 0.43), yet "
                      "accuracy 1.0; the epoch loss is 0 from epoch 2 on, so later gradients and "
                      "update ratios are 0"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h148_adamw_lr1e10_fr607_leaky", "the 607-feature Friedman regression, 41x17 "
         "leaky-ReLU MLP, AdamW at LR 1e-10, batch 32, 4 epochs",
         {"data": FR607, "model": {"hidden": [41, 17], "activation": "leaky_relu"},
          "optim": {"name": "adamw", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.64, far below the baseline (0.3644 on validation) and the healthy "
                      "run (0.6835); the epoch loss 236.4 at every epoch; quarter-mean update "
                      "ratios at most 3.2e-10 (healthy at least 3.1e-5); the step loss's position "
                      "in the epoch explains 38% of its within-epoch variance, the same batches "
                      "meeting the same weights"),
         verdict=TP),
    Case("h148_momentum9_lr1e10_mochi_tanh", "the mochi batch CSV, 32x13 tanh MLP, SGD with "
         "momentum 0.9 at LR 1e-10, batch 27, 4 epochs",
         _mochi(model={"hidden": [32, 13], "activation": "tanh"},
                optim={"name": "sgd", "lr": 1e-10, **MOM9},
                train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance", "predictions_collapsed"),
         why_allowed=("the epoch loss 1.335 at every epoch; quarter-mean update ratios at most "
                      "4.9e-12 (healthy at least 3.1e-5); accuracy 0.3527 (test 0.3288), 0.09 "
                      "above the majority share (0.2603); 88% of the test predictions in one "
                      "class"),
         verdict=TP),
    Case("h148_vanishing_sigmoid_cl604_22x12_momentum9", "22x12 sigmoid MLP on the 604-feature "
         "set, SGD with momentum 0.9 at LR 0.01, batch 41, 4 epochs",
         {"data": CL604, "model": {"hidden": [12] * 22, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01, **MOM9},
          "train": {"epochs": 4, "batch_size": 41}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients at 6.6e-20 to 1.6e-19 (healthy at least "
                      "0.0040), so their update ratios are 0; momentum still moves the last "
                      "layers (quarter means up to 0.0075) and the output bias, so the epoch loss "
                      "goes from 1.625 to 1.612 (ln 5 is 1.609) and no further; the step loss's "
                      "position in the epoch explains 36% of its within-epoch variance; accuracy "
                      "0.2 at the majority share (0.2023), every test prediction in one class"),
         verdict=TP),
    Case("h148_saturated_tanh_gq5601_std6_sgd", "2x30 tanh MLP with N(0, 6) init on the "
         "quantiles, plain SGD at LR 1e-9, batch 33",
         {"data": GQ5601, "model": {"hidden": [30, 30], "activation": "tanh",
                                    "init": "normal", "init_std": 6.0},
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("98.8% and 94.5% of the tanh units saturated (healthy at most 1.8%); update "
                      "ratios of at most 2.6e-12, a side effect of the LR; the huge weights give "
                      "gradient norms up to 177 (the healthy runs on the 604-feature set at most "
                      "2.9, on the Friedman regression 241); the epoch loss 31.97 at every epoch, "
                      "far above ln 5; the step loss's position explains 48% of its within-epoch "
                      "variance; accuracy 0.1661 (test 0.2371) against a majority share of 0.2; "
                      "the test predictions spread (at most 25% in one class)"),
         verdict=TP),
    Case("h148_slow_start_trombone_cnn_momentum9_std003", "the trombone CNN with N(0, 0.03) "
         "init, SGD with momentum 0.9 at LR 0.05 (cosine), batch 28, 20 epochs",
         {"data": TB4, "model": {**TCNN, "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 28}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.383 to 1.395) for the first 8 epochs, then "
                      "falls (0.1768 at epoch 20, 4.5% below epoch 19; the validation loss lowest "
                      "at epoch 18 of 20, 2.7% above it at the end); the first gradient norms "
                      "7.2e-4 to 1.6e-3 (healthy first norms at least 0.154); up to 29% of the "
                      "dense ReLU units logged dead (healthy 0); accuracy 0.93 (test 0.9433) "
                      "about the baseline (0.9533)"),
         verdict=TP),
    Case("h148_unshuffled_cl604_adagrad_tanh", "the 604-feature set sorted by label, never "
         "shuffled, 42x21 tanh MLP, Adagrad at LR 3e-3, batch 33, 8 epochs",
         {"data": {**CL604, "order": "by_label", "shuffle": False},
          "model": {"hidden": [42, 21], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 3e-3},
          "train": {"epochs": 8, "batch_size": 33}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 98.8% of its within-epoch "
                      "variance (healthy runner runs at most 49%); accuracy 0.8273 (test 0.8432, "
                      "training 0.978), below the healthy runs (0.9636 and up), with the epoch "
                      "loss still falling (0.651 to 0.600 in the last epoch) and the validation "
                      "loss lowest at the end, so not yet underfitting"),
         verdict=TP),
    Case("h148_mse_softmax_mochi_adam_silu", "the mochi batch CSV trained with square error on "
         "the softmax, Adam at LR 2e-3, 29x11 SiLU MLP, batch 23, 10 epochs",
         _mochi(model={"hidden": [29, 11], "activation": "silu"},
                optim={"name": "adam", "lr": 2e-3},
                train={"loss": "mse", "epochs": 10, "batch_size": 23}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "9.7e-5 at the end, so gradients down to 1.9e-4; the validation loss lowest "
                      "at the end"),
         verdict=TP),
    Case("h148_noisy_cl604_b1_adamw_relu", "the 604-feature set one row at a time (batch 1), "
         "AdamW at LR 1e-3, 23-unit ReLU MLP, 2 epochs",
         {"data": CL604, "model": {"hidden": [23]},
          "optim": {"name": "adamw", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "generalisation_gap", "dead_relu",
                "vanishing_gradients", "exploding_gradients"),
         why_allowed=("the step loss swings 11.0 times its mean (healthy runner runs at most "
                      "0.56, healthy scripts 1.47), up to 6.7 from near 0; single-row gradients "
                      "2.8e-4 to 30.5 (healthy on this set at most 2.9); accuracy 0.9727 (test "
                      "0.975, training 0.9992), like the healthy runs; over 2 epochs the step "
                      "loss's position explains 50% of its within-epoch variance (two values a "
                      "position)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h148_overfit_cl604_subset44_rmsprop_elu", "44 rows of the 604-feature set, ELU MLP "
         "of 168 and 84 units, plain RMSprop at LR 1e-3, 150 epochs, batch 4",
         {"data": {**CL604, "subset": 44},
          "model": {"hidden": [168, 84], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "dead_relu"),
         why_allowed=("44 rows teach less than every row: accuracy 0.6159 (training 1.0; the "
                      "healthy runs 0.9636 and up); the epoch loss at 1.1e-7 can fall no further "
                      "that matters, so gradients fall to 5.8e-7 (healthy at least 0.0040); the "
                      "validation loss lowest at epoch 7 of 150, 23% above it at the end"),
         verdict=GP),
    Case("h148_gap_fr607_subset33_adam_leaky", "33 rows of the 607-feature Friedman "
         "regression, leaky-ReLU MLP of 160 and 80 units, Adam at LR 1e-3, 80 epochs, batch 4",
         {"data": {**FR607, "subset": 33},
          "model": {"hidden": [160, 80], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "exploding_gradients",
                "dead_relu"),
         why_allowed=("33 rows teach less (R2 -3.19, training 0.9997; the healthy run 0.6835); "
                      "the step loss near 0 swings 10 times its mean and gradients reach 359 "
                      "(healthy at most 241); 41% of the second layer's leaky-ReLU units logged "
                      "dead (healthy 0); the validation loss still moves by 0.2% an epoch at the "
                      "end"),
         verdict=GP),
    Case("h148_underfit_cl604_one_selu_unit_rmsprop", "the 604-feature set through 1 SELU unit,"
         " plain RMSprop at LR 0.01, batch 36, 15 epochs",
         {"data": CL604, "model": {"hidden": [1], "activation": "selu"},
          "optim": {"name": "rmsprop", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 36}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high"),
         why_allowed=("one SELU unit cannot hold the classes: training accuracy 0.7295 (the "
                      "healthy runs 0.9985 and up), accuracy 0.5432 (test 0.5432); the epoch loss "
                      "falls slowly (0.609 to 0.595 in the last epoch) while the validation loss "
                      "ends 18% above its epoch-3 minimum; the one unit's update ratios exceed "
                      "the healthy extreme (quarter means up to 0.12, single steps 4.2; healthy "
                      "0.048 and 0.43); 42% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h148_lightning_wine_momentum95_lr1e20_nan", "Lightning: wine, SGD with momentum 0.95 "
         "at LR 1e20, 750 units, batch 11, 3 epochs",
         script=lightning_run(_mom("wine", hidden=(750,), lr=1e20, epochs=3, batch_size=11)),
         tool="lightning", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333, 0.056 "
                      "below the majority share (0.3889)"),
         verdict="failed"),
    Case("h148_lightning_digits_adamax_lr1e10_stuck", "Lightning: digits, Adamax (betas 0.8, "
         "0.99) at LR 1e-10, 751 units, batch 23, 3 epochs",
         script=lightning_run(_amax("digits", hidden=(751,), lr=1e-10, epochs=3,
                                    batch_size=23)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 2.275 at every epoch; the step loss's position in the epoch "
                      "explains 41% of its within-epoch variance; accuracy 0.1226 (training "
                      "0.1419) at its initial weights, 0.022 above the majority share (0.1003)"),
         verdict=TP),
    Case("h148_hf_trainer_breast_cancer_radam_lr1e20_nan", "Hugging Face Trainer names: breast "
         "cancer, RAdam (weight decay 0.01) at LR 1e20 (decaying linearly), 752 units, batch 19, "
         "3 epochs, logging every 2 steps",
         script=hf_trainer_run(_radam("breast_cancer", hidden=(752,), lr=1e20, epochs=3,
                                      batch_size=19), logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss and gradient norm NaN; accuracy 0.3684, far "
                      "below the majority share (0.6316)"),
         verdict="failed"),
    Case("h148_hf_trainer_moons_momentum95_lr1e10_stuck", "Hugging Face Trainer names: moons "
         "(630 points, noise 0.2), SGD with momentum 0.95 at LR 1e-10 (decaying linearly), 753 "
         "units, batch 17, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_mom("moons", hidden=(753,), lr=1e-10, epochs=3, batch_size=17,
                                    n=630, noise=0.2), logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 0.6984 at every evaluation; accuracy 0.4444 at its "
                      "initial weights, 0.056 below the majority share (0.5), far below the "
                      "healthy moons (0.9044 and up)"),
         verdict=TP),
    Case("h148_keras_digits_adamax_lr1e20_nan", "Keras names: digits, Adamax (betas 0.8, 0.99) "
         "at LR 1e20, 754 units, batch 22, 3 epochs",
         script=keras_run(_amax("digits", hidden=(754,), lr=1e20, epochs=3, batch_size=22)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h148_keras_digits_subset24_radam_gap", "Keras names: 24 rows of digits, 755 units, "
         "RAdam (weight decay 0.01) at LR 3e-3, 150 epochs, batch 2",
         script=keras_run(_radam("digits", hidden=(755,), lr=3e-3, epochs=150, batch_size=2,
                                 subset=24)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("24 rows teach less (validation accuracy 0.6045, training 1.0; the healthy "
                      "digits 0.9749); the validation loss lowest at epoch 79 of 150 and only 4% "
                      "above it at the end while the training loss falls to 0.023, so overfitting "
                      "is not clear"),
         verdict=GP),
    Case("h148_tensorboard_iris_radam_lr1e20_nan", "TensorBoard tags: iris, RAdam (weight decay "
         "0.01) at LR 1e20, 756 units, batch 9, 3 epochs",
         script=tensorboard_run(_radam("iris", hidden=(756,), lr=1e20, epochs=3, batch_size=9)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333 on three "
                      "balanced classes"),
         verdict="failed"),
    Case("h148_tensorboard_circles_subset10_adamax_gap", "TensorBoard tags: 10 rows of circles "
         "(640 points, noise 0.1), 757 units, Adamax (betas 0.8, 0.99) at LR 5e-3, 150 epochs, "
         "batch 2",
         script=tensorboard_run(_amax("circles", hidden=(757,), lr=5e-3, epochs=150,
                                      batch_size=2, n=640, noise=0.1, subset=10)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("10 rows teach less (validation accuracy 0.7656, training 1.0; the healthy "
                      "circles 0.9923 and up); the validation loss lowest at the first "
                      "evaluation, 8.4 times it at the end; the step loss near 0 swings 2.4 times "
                      "its mean"),
         verdict=GP),
    Case("h148_plain_corrupt_record_sine_adamax", "hand-written loop: sine regression with "
         "noise 0.2 (620 points), Adamax (betas 0.8, 0.99) at LR 1e-4, 758 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_amax("sine", hidden=(758,), lr=1e-4, epochs=3, batch_size=20,
                                n=620, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=17),
    Case("h148_plain_iris_momentum95_lr1e10_stuck", "hand-written loop: iris, SGD with momentum "
         "0.95 at LR 1e-10, 759 units, batch 8, 4 epochs",
         script=plain_run(_mom("iris", hidden=(759,), lr=1e-10, epochs=4, batch_size=8)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.182 at every epoch; accuracy 0.3, 0.033 below the "
                      "majority share (0.3333), far below the healthy iris (0.9667)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy148_mochi_relu_adam_b25",
       _mochi(model={"hidden": [41]},
              optim={"lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 25})),
    _h("healthy148_mochi_tanh_rmsprop_momentum5_b29",
       _mochi(model={"hidden": [37], "activation": "tanh"},
              optim={"name": "rmsprop", "lr": 1e-3, **RMOM5, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 29})),
    _h("healthy148_mochi_elu_adamw_b32",
       _mochi(model={"hidden": [44], "activation": "elu"},
              optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 32})),
    _h("healthy148_mochi_leaky_momentum6_b27",
       _mochi(model={"hidden": [39], "activation": "leaky_relu"},
              optim={"name": "sgd", "lr": 0.02, **MOM6, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 27})),
    _h("healthy148_mochi_selu_adagrad_b23",
       _mochi(model={"hidden": [35], "activation": "selu"},
              optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 23})),
    _h("healthy148_mochi_silu_rmsprop_b34",
       _mochi(model={"hidden": [31], "activation": "silu"},
              optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 34})),
    _h("healthy148_mochi_sigmoid_adam_b31",
       _mochi(model={"hidden": [28], "activation": "sigmoid"},
              optim={"lr": 3e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 31})),
    _h("healthy148_mochi_relu_adadelta_b36",
       _mochi(model={"hidden": [46]},
              optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 36})),
    _h("healthy148_fr607_tanh_adam_l1_b26",
       {"data": FR607, "model": {"hidden": [53], "activation": "tanh"},
        "optim": {"name": "adam", "lr": 3e-3, "l1": 0.03, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 26}}),
    _h("healthy148_cl604_selu_adam_b29",
       {"data": CL604, "model": {"hidden": [63], "activation": "selu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy148_cl604_elu_adamw_b31",
       {"data": CL604, "model": {"hidden": [66], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy148_cl604_relu_adagrad_b26",
       {"data": CL604, "model": {"hidden": [60]},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy148_cl604_silu_momentum9_b35",
       {"data": CL604, "model": {"hidden": [57], "activation": "silu"},
        "optim": {"name": "sgd", "lr": 5e-3, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 35}}),
    _h("healthy148_cl604_tanh_rmsprop_b24",
       {"data": CL604, "model": {"hidden": [68], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy148_cl604_leaky_nesterov9_b38",
       {"data": CL604, "model": {"hidden": [55], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 5e-3, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 38}}),
    _hs("healthy148_tensorboard_wine_adamax",
        tensorboard_run(_amax("wine", hidden=(752,), lr=2e-3, epochs=15, batch_size=12)),
        "tensorboard"),
    _hs("healthy148_tensorboard_breast_cancer_momentum95",
        tensorboard_run(_mom("breast_cancer", hidden=(755,), lr=2e-3, epochs=12,
                             batch_size=22)), "tensorboard"),
    _hs("healthy148_tensorboard_circles_radam",
        tensorboard_run(_radam("circles", hidden=(758,), lr=2e-3, epochs=15, batch_size=20,
                               n=620, noise=0.1)), "tensorboard"),
    _hs("healthy148_hf_trainer_digits_adamax",
        hf_trainer_run(_amax("digits", hidden=(751,), lr=2e-3, epochs=10, batch_size=24),
                       logging_steps=3), "transformers"),
    _hs("healthy148_hf_trainer_iris_radam",
        hf_trainer_run(_radam("iris", hidden=(754,), lr=5e-3, epochs=20, batch_size=9),
                       logging_steps=2), "transformers"),
    _hs("healthy148_hf_trainer_moons_momentum95",
        hf_trainer_run(_mom("moons", hidden=(757,), lr=5e-3, epochs=20, batch_size=20,
                            n=660, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy148_keras_breast_cancer_adamax",
        keras_run(_amax("breast_cancer", hidden=(750,), lr=1e-3, epochs=12, batch_size=21)),
        "keras"),
    _hs("healthy148_keras_moons_radam",
        keras_run(_radam("moons", hidden=(753,), lr=3e-3, epochs=15, batch_size=18, n=680,
                         noise=0.2)), "keras"),
    _hs("healthy148_lightning_digits_momentum95",
        lightning_run(_mom("digits", hidden=(756,), lr=5e-3, epochs=12, batch_size=25)),
        "lightning"),
    _hs("healthy148_lightning_wine_radam",
        lightning_run(_radam("wine", hidden=(759,), lr=5e-3, epochs=15, batch_size=11)),
        "lightning"),
    _hs("healthy148_plain_iris_adamax",
        plain_run(_amax("iris", hidden=(751,), lr=3e-3, epochs=20, batch_size=11)),
        "pytorch"),
    _hs("healthy148_plain_circles_momentum95",
        plain_run(_mom("circles", hidden=(755,), lr=3e-3, epochs=12, batch_size=19, n=650,
                       noise=0.1)), "pytorch"),
    _hs("healthy148_plain_breast_cancer_radam",
        plain_run(_radam("breast_cancer", hidden=(758,), lr=1e-3, epochs=12, batch_size=21)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
