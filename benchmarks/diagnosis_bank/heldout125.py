"""The hundred-and-twenty-fifth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout124` (not looked at), after :mod:`.heldout120` to
:mod:`.heldout123`, by someone who saw no diagnosis of its runs. New data: a 10x10 image set of a
ukulele (a neck up the middle column over a round body with a sound hole, in a 5x5 cell, turned by
0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels (seed
1250); 5-class Gaussian quantiles in 371 dimensions (3150 samples); a 374-feature 5-class set
(2060 samples, 31 informative, 12 redundant, class separation 2.8); a 377-feature Friedman-1
regression (1660 samples, noise 0.9); a hand bookbindery's job stage CSV (folding, sewing, gluing,
trimming: 4 classes from 7 readings, ``hand_bookbindery_job_stage_h125``, seed 1251) and a flea
market's visitors a day regression CSV (in the hundreds, ``flea_market_daily_visitors_h125``, seed
1252); the sklearn sets use random states 1253 to 1255. The glyph's name, the two CSV themes and
the feature counts were checked against the bank's parts as unused. Script cases use Adam with
amsgrad, centered RMSprop and averaged SGD (``torch.optim.ASGD``, through a setup of this part's
own, as the scripts' optimiser table lacks it) on moons, circles, iris, digits, wine, blobs,
breast cancer and the sine; every script case holds a hidden width of 520 to 529. Runner
optimisers: Adam, AdamW, plain RMSprop, RMSprop with momentum 0.3 or 0.5, Adagrad, Adadelta, plain
SGD, SGD with momentum 0.8 or 0.9, SGD with Nesterov momentum 0.8 or 0.9. Each fault pairs its
mechanism with another optimiser, model, data set or tool than :mod:`.heldout120` to
:mod:`.heldout123` did: divergence under SGD with Nesterov momentum 0.9 in a ReLU net on the
unscaled flea market visitors and under plain RMSprop at LR 5 in an ELU net on the quantiles,
exploding gradients in a 12-layer leaky-ReLU net with N(0, 1) init under Adagrad, units killed by
Adam at LR 5 in the ukulele CNN, a high update ratio from Adam at LR 1 in a tanh net on the
bookbindery CSV, tiny learning rates under Adagrad (ELU, Friedman) and AdamW (leaky ReLU,
bookbindery CSV), vanishing gradients under SGD with momentum 0.9 in a 24-layer sigmoid net,
saturated tanh units with N(0, 7) init under AdamW on the 374-feature set, the ukulele CNN with
N(0, 0.04) init under SGD with momentum 0.8 (a slow start), the unshuffled 374-feature set under
plain RMSprop (SiLU), square error under SGD with momentum 0.9 (ELU), batch 1 under Adam (ELU), 44
rows of the 374-feature set under plain RMSprop (ELU), 35 rows of the Friedman regression under
Adam (SELU), 1 sigmoid unit under AdamW; the scripts: Lightning's NaN on moons (centered RMSprop)
and stuck circles (ASGD), Trainer's NaN on iris (ASGD) and stuck digits (amsgrad), Keras' NaN on
wine (amsgrad) and 4 rows of moons (centered RMSprop, a gap), TensorBoard's NaN on three blobs
(centered RMSprop) and 5 rows of iris (ASGD, overfitting), the loop's corrupt record on the sine
(centered RMSprop) and stuck iris (amsgrad).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
gradient norms, update ratios, dead and saturated fractions), with ``diagnose.enabled`` false for
runner cases and scripts called directly: no diagnosis was made. The test confusion matrix was
not read, so ``predictions_collapsed`` is allowed, never expected.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``not_converged`` only where the loss
still clearly falls and the validation loss or score still improves at the end; a weak fault was
made stronger or relabelled from its metrics, never kept as expected). Majority shares: about
0.2015 on the 374-feature set's splits (the vanishing run's one-class score), about 0.25 on the
bookbindery CSV's and the ukulele images', 0.2 on the quantiles'; on the scripts' validation
splits 1/3 (iris, three blobs), 0.3889 (wine), 0.5 (moons, circles), 0.1003 (digits). Baselines
(validation): accuracy 1.0 (bookbindery CSV), 0.9029 (374-feature set), 0.81 (ukulele images),
0.2048 (quantiles); R2 0.5823 (Friedman), 0.9522 (flea market CSV).

Measured healthy ranges (runner): update ratio quarter means 2.0e-5 (the SELU MLP with Nesterov
momentum on the bookbindery CSV) to 0.0275 (the SiLU MLP with Adagrad on the 374-feature set),
single steps at most 0.335 (the same run); the ``update_ratio_high`` run reaches quarter means of
0.156 with single steps up to 10.3; the ``update_ratio_low`` runs log quarter means of at most
2.2e-10 and 1.1e-10. Dead fraction 0 in every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run
(the Adam-killed CNN's 1.0, the slow-starting CNN's 0.19 early on, the quantile divergence's
0.89, the exploding run's 0.27, the 35-row SELU regression's 0.11); saturated fraction at most
0.0128 (the tanh MLP with RMSprop on the 374-feature set); the saturated run's 0.986, the
update-ratio run's 0.936, the one-sigmoid-unit run's 0.687. Gradient norms at least 0.0047 and
at most 3.3e2 (the Friedman regression's first steps); the vanishing run's 1.6e-21, the exploding
run's 7.1e6 to 5.3e7. The step loss's position in the epoch explains at most 30% of the
within-epoch variance over the second half in the healthy runner runs where it was measured (the
SELU MLP on the Friedman regression; the Adadelta ReLU MLP on the bookbindery CSV 26%, the SGD
ReLU MLP on the 374-feature set 11%; the unshuffled run 91%). The standard deviation of the step
loss's step-to-step change over the second half is at most 0.575 times its mean in the healthy
runner runs (the SGD ReLU MLP on the 374-feature set) and 1.09 in the healthy scripts
(TensorBoard's wine); the batch-1 run's is 6.22. Healthy scores: accuracy 1.0 on the bookbindery
CSV (every split, every run), 0.8714-0.9005 on the 374-feature set (validation 0.8956-0.9345),
R2 0.5899 on the Friedman regression (validation 0.5826); scripts (validation): breast cancer
0.9474, 0.9386 (two runs), wine 1.0 (two runs), digits 0.9694, 0.9666 and 0.9805, circles 0.9923,
iris 0.9333, moons 0.9453 and 0.9308, three blobs 0.6641 (overlapping clusters). Every healthy
runner run's validation loss is lowest at its end or within 0.12% of its minimum (the SELU MLP on
the Friedman regression, epoch 9 of 12); the scripts' within 0.57% (TensorBoard's wine, epoch 13
of 15).

Changes after the first run: the update-ratio run with Adam at LR 0.3 reached quarter means of
only 0.062 (healthy 0.0275), so it ran at LR 1; the ukulele CNN under SGD with momentum 0.8 at LR
0.05 was still at accuracy 0.3867 after 20 epochs (no recovery), so it ran at LR 0.1 (ln 4 for 7
epochs, then 0.8433); the unshuffled run under RMSprop at LR 1e-4 reached only 0.3811, so it ran
at LR 5e-4. Healthy runs: Keras' digits with amsgrad at LR 1e-3 for 12 epochs ended 6.9% above its
epoch-11 validation loss, so LR 5e-4 for 10 epochs; the loop's sine under ASGD at LR 0.02 had a
step loss of 6857 early on (R2 0.79), and with amsgrad at LR 2e-3 rose 6.6% after epoch 18, so
it became digits with amsgrad, and the loop's moons went from amsgrad to ASGD. Labels from the
metrics: TensorBoard's 5 rows of iris reached the healthy iris run's 0.9333, so
``generalisation_gap`` became allowed and ``overfitting`` (its validation loss 8.7% above its
epoch-21 minimum) expected; the quantile divergence (0.2), the exploding run (0.2039), the killed
CNN (0.2467) and the vanishing run (0.2015) score at the majority share (``at_chance`` expected);
the update-ratio run's (94%) and the one sigmoid unit's (69%) saturation are expected; the
unshuffled run still fell with the validation loss lowest at the end (``not_converged``
expected), the slow-start run did not (lowest at epoch 17 of 20); Lightning's NaN moons (0.5),
Trainer's NaN iris (1/3), TensorBoard's NaN blobs (1/3) and Trainer's stuck digits (0.0919) score
at chance (``at_chance`` expected), Keras' NaN wine (0.3333 against 0.3889), Lightning's stuck
circles (0.4839), the loop's stuck iris (0.0333) and the stuck bookbindery run (0.1806) not
clearly (allowed); the batch-1 run's validation loss rose 15.9% in its second epoch
(``overfitting`` allowed); both subset runs' validation losses rose well above their early
minima (``overfitting`` expected with the gap).

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

from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

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
    _seed,
    hf_trainer_run,
    keras_run,
    lightning_run,
    load,
    model_for,
    plain_run,
    tensorboard_run,
)

# a ukulele in a 5x5 cell: a neck up the middle column over a round body with a sound hole;
# turned by 90 degrees for the others
_UKULELE_UP = np.array([[0, 0, 1, 0, 0],
                        [0, 0, 1, 0, 0],
                        [0, 1, 1, 1, 0],
                        [1, 1, 0, 1, 1],
                        [0, 1, 1, 1, 0]], dtype=float)
_UKULELES = turned(_UKULELE_UP)


def ukuleles(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
             seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 ukulele glyph at a random place (4 classes: the ukulele turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_UKULELES, n, size, noise, flip, seed)


def _bookbindery_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A hand bookbindery's job stage (0 folding, 1 sewing, 2 gluing, 3 trimming) from 7
    readings."""
    n = 1440
    cls = rng.integers(0, 4, n)
    press_kn = np.array([2.0, 0.5, 6.0, 14.0])[cls] + rng.normal(0, 0.8, n)
    thread_m = np.array([0.0, 38.0, 2.0, 0.0])[cls] + rng.normal(0, 3.0, n)
    glue_c = np.array([20.0, 21.0, 62.0, 24.0])[cls] + rng.normal(0, 2.5, n)
    blade_rpm = np.array([0.0, 0.0, 40.0, 900.0])[cls] + rng.normal(0, 30.0, n)
    sheets = np.array([320.0, 240.0, 180.0, 150.0])[cls] + rng.normal(0, 25.0, n)
    room_rh = rng.uniform(35.0, 65.0, n)
    binders = rng.integers(1, 5, n).astype(float)
    return (["press_kn", "thread_m", "glue_c", "blade_rpm", "sheets", "room_rh", "binders",
             "stage"],
            np.column_stack([press_kn, thread_m, glue_c, blade_rpm, sheets, room_rh, binders,
                             cls]))


def _flea_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A flea market's visitors a day from 7 readings."""
    n = 1180
    weekday = rng.integers(0, 7, n).astype(float)
    sun_h = rng.uniform(0.0, 12.0, n)
    rain_mm = rng.uniform(0.0, 25.0, n)
    outside_c = rng.uniform(-3.0, 32.0, n)
    stalls = rng.integers(20, 90, n).astype(float)
    antiques_fair = rng.integers(0, 2, n).astype(float)
    bus_shuttles = rng.integers(0, 5, n).astype(float)
    visitors = (120 + 9.0 * sun_h - 7.0 * rain_mm + 2.5 * outside_c + 4.0 * stalls
                + 140.0 * antiques_fair + 35.0 * bus_shuttles + 90.0 * (weekday >= 5)
                + rng.normal(0, 20.0, n))
    return (["weekday", "sun_h", "rain_mm", "outside_c", "stalls", "antiques_fair",
             "bus_shuttles", "visitors"],
            np.column_stack([weekday, sun_h, rain_mm, outside_c, stalls, antiques_fair,
                             bus_shuttles, visitors]))


def _bindery(**sections: Any) -> Any:
    return _csv("hand_bookbindery_job_stage_h125", _bookbindery_csv, "stage", "classification",
                1251, **sections)


def _flea(**sections: Any) -> Any:
    return _csv("flea_market_daily_visitors_h125", _flea_csv, "visitors", "regression", 1252,
                **sections)


@dataclass(frozen=True)
class _AsgdSetup(Setup):
    """A script setup trained with averaged SGD (``torch.optim.ASGD``, which the scripts'
    optimiser table lacks)."""

    def build(self, seed: int) -> tuple[Any, Any, torch.optim.Optimizer, Any]:
        gen = _seed(seed)
        data = load(self.data, seed, image=self.conv, **dict(self.data_args))
        model = model_for(data, list(self.hidden), self.activation, self.conv)
        opt = torch.optim.ASGD(model.parameters(), lr=self.lr, **dict(self.optim_args))
        return data, model, opt, gen if self.shuffle else None


def _ams(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with amsgrad."""
    return _s(data, optim="adam", optim_args={"amsgrad": True}, **kw)


def _rc(data: str, **kw: Any) -> Setup:
    """A script setup trained with centered RMSprop."""
    return _s(data, optim="rmsprop", optim_args={"centered": True}, **kw)


def _asgd(data: str, **kw: Any) -> Setup:
    """A script setup trained with averaged SGD."""
    s = _s(data, optim="asgd", **kw)
    return _AsgdSetup(s.data, hidden=s.hidden, activation=s.activation, conv=s.conv,
                      optim=s.optim, lr=s.lr, optim_args=s.optim_args, epochs=s.epochs,
                      batch_size=s.batch_size, shuffle=s.shuffle, data_args=s.data_args)


MOM9 = {"momentum": 0.9}
MOM8 = {"momentum": 0.8}
NEST9 = {"momentum": 0.9, "nesterov": True}
NEST8 = {"momentum": 0.8, "nesterov": True}
RMOM5 = {"momentum": 0.5}
RMOM3 = {"momentum": 0.3}
HERE = "benchmarks.diagnosis_bank.heldout125"
UK4 = _factory(f"{HERE}:ukuleles", seed=1250)
GQ5371 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3150, n_features=371,
                  n_classes=5, random_state=1253)
CL374 = _factory("sklearn.datasets:make_classification", n_samples=2060, n_features=374,
                 n_informative=31, n_redundant=12, n_classes=5, class_sep=2.8,
                 random_state=1254)
FR377 = _factory("sklearn.datasets:make_friedman1", n_samples=1660, n_features=377, noise=0.9,
                 random_state=1255)
UCNN = {"kind": "cnn", "conv": [{"channels": 6}, {"channels": 12}], "hidden": [21]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h125_divergence_flea_nesterov9_relu", "the flea market visitors CSV (targets "
         "unscaled, in the hundreds), 26-unit ReLU MLP, SGD with Nesterov momentum 0.9 at LR "
         "0.05, batch 23",
         _flea(model={"hidden": [26]},
               optim={"name": "sgd", "lr": 0.05, **NEST9},
               train={"epochs": 3, "batch_size": 23}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h125_divergence_gq5371_rmsprop_lr5_elu", "44x18 ELU MLP on the 5-class quantiles "
         "in 371 dimensions, plain RMSprop at LR 5, batch 37",
         {"data": GQ5371, "model": {"hidden": [44, 18], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 5.0},
          "train": {"epochs": 3, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance"),
         allow=(*BROKEN_ALLOW, "nan_loss", "predictions_collapsed"),
         why_allowed=(f"{BLOWUP}; the step loss reaches 1.6e8 and the epoch loss falls back from "
                      "6.3e6 to 4.74 (2.46 at the last step, its first 1.58), never NaN; 89% of "
                      "the ELU units logged dead; accuracy 0.2 (test 0.2016) at the majority "
                      "share, the test predictions' spread not logged"), verdict="failed"),
    Case("h125_exploding_cl374_12x26_leaky_std1_adagrad", "12x26 leaky-ReLU MLP with N(0, 1) "
         "init on the 374-feature set, Adagrad at LR 1e-9, batch 39",
         {"data": CL374, "model": {"hidden": [26] * 12, "activation": "leaky_relu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "predictions_collapsed", "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 3.35e7 at every epoch; every gradient norm 7.1e6 to 5.3e7 "
                      "(healthy at most 3.3e2); quarter-mean update ratios at most 6.2e-11, a "
                      "side effect of the LR; 27% of the leaky-ReLU units logged dead; accuracy "
                      "0.2039 (test 0.216) against a majority share of 0.2015"),
         verdict="failed"),
    Case("h125_dead_relu_ukulele_cnn_adam_lr5", "the ukulele CNN (6, 12 channels, 21 hidden), "
         "Adam at LR 5, batch 28",
         {"data": UK4, "model": UCNN,
          "optim": {"name": "adam", "lr": 5.0},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting",
                "predictions_collapsed"),
         why_allowed=(f"{BLOWUP}; the epoch loss 1.7e5 in epoch 1, 2.08 at the end (ln 4 is "
                      "1.386); every ReLU unit dead at the end; the test predictions' spread not "
                      "logged"), verdict="failed"),
    Case("h125_update_ratio_high_bindery_adam_tanh", "Adam at LR 0.3 on the bookbindery CSV, "
         "36 tanh units, batch 21, 8 epochs",
         _bindery(model={"hidden": [36], "activation": "tanh"},
                  optim={"name": "adam", "lr": 1.0},
                  train={"epochs": 8, "batch_size": 21}),
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.156, "
                      "single steps up to 10.3; the healthy runs at most 0.0275 and 0.335) and "
                      "94% of the tanh units saturate (healthy at most 1.3%), yet accuracy 1.0 "
                      "(validation 0.9965); the step loss, near 0 after a jump to 14.6, swings "
                      "9.2 times its mean; the validation loss, lowest (about 8e-6) at epoch 3, "
                      "is 0.024 at the end"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h125_adagrad_lr1e10_fr377_elu", "the 377-feature Friedman regression, 40x16 ELU "
         "MLP, Adagrad at LR 1e-10, batch 35, 4 epochs",
         {"data": FR377, "model": {"hidden": [40, 16], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.02, far below the baseline (0.5823 on validation) and the healthy "
                      "run (0.5826); the epoch loss 231.9 at every epoch"), verdict=TP),
    Case("h125_adamw_lr1e10_bindery_leaky", "the bookbindery CSV, 33x15 leaky-ReLU MLP, AdamW "
         "at LR 1e-10, batch 27, 4 epochs",
         _bindery(model={"hidden": [33, 15], "activation": "leaky_relu"},
                  optim={"name": "adamw", "lr": 1e-10},
                  train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 1.394 at every epoch; accuracy 0.1806 (test 0.2014), below "
                      "a quarter, so 'at chance' is not clear"), verdict=TP),
    Case("h125_vanishing_sigmoid_cl374_24x12_momentum9", "24x12 sigmoid MLP on the 374-feature "
         "set, SGD with momentum 0.9 at LR 0.05, batch 41, 4 epochs",
         {"data": CL374, "model": {"hidden": [12] * 24, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 41}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "predictions_collapsed"),
         why_allowed=("the first layers barely move (quarter-mean update ratios down to 0), a "
                      "side effect of the vanishing gradients (down to 1.6e-21); the epoch loss "
                      "1.630 to 1.623 (ln 5 is 1.609); accuracy 0.2015 on both splits, the "
                      "majority share, so likely one class, but the spread was not logged"),
         verdict=TP),
    Case("h125_saturated_tanh_cl374_std7_adamw", "2x34 tanh MLP with N(0, 7) init on the "
         "374-feature set, AdamW at LR 1e-9, batch 31",
         {"data": CL374, "model": {"hidden": [34, 34], "activation": "tanh",
                                   "init": "normal", "init_std": 7.0},
          "optim": {"name": "adamw", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed",
                "at_chance"),
         why_allowed=("update ratios of at most 1.3e-11; the loss far above ln 5 from the start "
                      "(the epoch loss 45.94 at every epoch); accuracy 0.2621 (test 0.2233) "
                      "against a majority share of 0.2015, not clearly at chance"), verdict=TP),
    Case("h125_slow_start_ukulele_cnn_momentum8_std004", "the ukulele CNN with N(0, 0.04) init,"
         " SGD with momentum 0.8 at LR 0.05, batch 30, 20 epochs",
         {"data": UK4, "model": {**UCNN, "init": "normal", "init_std": 0.04},
          "optim": {"name": "sgd", "lr": 0.1, **MOM8},
          "train": {"epochs": 20, "batch_size": 30}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.377 to 1.391) for the first 7 epochs, then"
                      " falls (0.365 at epoch 20); the first gradient norms 3.7e-3 (healthy first"
                      " norms at least 0.145); up to 19% of the ReLU units dead early on, 8% at "
                      "the end; accuracy 0.8433 (baseline 0.81); the validation loss lowest at "
                      "epoch 17 of 20 and 1.7% above it at the end"), verdict=TP),
    Case("h125_unshuffled_cl374_rmsprop_silu", "the 374-feature set sorted by label, never "
         "shuffled, 43x20 SiLU MLP, plain RMSprop at LR 1e-4, batch 36, 8 epochs",
         {"data": {**CL374, "order": "by_label", "shuffle": False},
          "model": {"hidden": [43, 20], "activation": "silu"},
          "optim": {"name": "rmsprop", "lr": 5e-4},
          "train": {"epochs": 8, "batch_size": 36}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 91% of its within-epoch "
                      "variance (healthy runs at most 30%); accuracy 0.8204 (test 0.8301), below "
                      "the healthy runs (0.8956 and up); the epoch loss still falls (0.419 to "
                      "0.316) with the validation loss lowest at the end"), verdict=TP),
    Case("h125_mse_softmax_bindery_momentum9_elu", "the bookbindery CSV trained with square "
         "error on the softmax, SGD with momentum 0.9 at LR 0.05, 30x12 ELU MLP, batch 24, 10 "
         "epochs",
         _bindery(model={"hidden": [30, 12], "activation": "elu"},
                  optim={"name": "sgd", "lr": 0.05, **MOM9},
                  train={"loss": "mse", "epochs": 10, "batch_size": 24}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "flat at 3e-4 over the last epochs, the validation loss lowest at the end"),
         verdict=TP),
    Case("h125_noisy_cl374_b1_adam_elu", "the 374-feature set one row at a time (batch 1), "
         "Adam at LR 3e-3, 22-unit ELU MLP, 2 epochs",
         {"data": CL374, "model": {"hidden": [22], "activation": "elu"},
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu"),
         why_allowed=("the step loss swings 6.22 times its mean (healthy at most 0.575); "
                      "accuracy 0.8811 (test 0.8762, training 0.9935), near the healthy runs', "
                      "so the gap is theirs too; the validation loss 15.9% above its epoch-1 "
                      "value at epoch 2"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h125_overfit_cl374_subset44_rmsprop_elu", "44 rows of the 374-feature set, ELU MLP "
         "of 177 and 91 units, plain RMSprop at LR 1e-3, 50 epochs, batch 4",
         {"data": {**CL374, "subset": 44},
          "model": {"hidden": [177, 91], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 50, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("44 rows teach less than every row: accuracy 0.5024 (training 1.0; the "
                      "healthy runs 0.8956 and up); the epoch loss at 7.6e-5 can fall no further "
                      "that matters"), verdict=GP),
    Case("h125_gap_fr377_subset35_adam_selu", "35 rows of the 377-feature Friedman "
         "regression, SELU MLP of 168 and 84 units, Adam at LR 3e-3, 80 epochs, batch 4",
         {"data": {**FR377, "subset": 35},
          "model": {"hidden": [168, 84], "activation": "selu"},
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("35 rows teach less (R2 -2.43, training 0.997; the healthy run 0.5826); "
                      "the step loss near 0 swings 2.6 times its mean; 11% of the SELU units "
                      "logged dead at most"), verdict=GP),
    Case("h125_underfit_cl374_one_sigmoid_unit_adamw", "the 374-feature set through 1 "
         "sigmoid unit, AdamW at LR 0.01, batch 40, 15 epochs",
         {"data": CL374, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "adamw", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 40}},
         expect=("underfitting", "saturated_activation"),
         allow=("overfitting", "update_ratio_high", "not_converged", "noisy_loss"),
         why_allowed=("one sigmoid unit cannot hold the classes: training accuracy 0.432 (the "
                      "healthy runs 0.9976 and up), accuracy 0.4005 (test 0.3592); the epoch "
                      "loss falls slowly (1.083 to 1.072 in the last epoch) with the validation "
                      "loss lowest at the end (1.2248 to 1.2221), so 'not converged' is allowed;"
                      " its unit saturated 69% of the time (healthy at most 1.3%)"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h125_lightning_moons_rmsprop_centered_lr1e20_nan", "Lightning: moons (640 points, "
         "noise 0.2), centered RMSprop at LR 1e20, 520 units, batch 16, 3 epochs",
         script=lightning_run(_rc("moons", hidden=(520,), lr=1e20, epochs=3, batch_size=16,
                                  n=640, noise=0.2)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h125_lightning_circles_asgd_lr1e10_stuck", "Lightning: circles (620 points, noise "
         "0.1), averaged SGD at LR 1e-10, 521 units, batch 18, 3 epochs",
         script=lightning_run(_asgd("circles", hidden=(521,), lr=1e-10, epochs=3,
                                    batch_size=18, n=620, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.6785 at every epoch; accuracy 0.4839 on circles, near "
                      "half, so 'at chance' is allowed"), verdict=TP),
    Case("h125_hf_trainer_iris_asgd_lr1e20_nan", "Hugging Face Trainer names: iris, averaged "
         "SGD at LR 1e20 (decaying linearly), 522 units, batch 10, 3 epochs, logging every 2 "
         "steps",
         script=hf_trainer_run(_asgd("iris", hidden=(522,), lr=1e20, epochs=3, batch_size=10),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h125_hf_trainer_digits_amsgrad_lr1e10_stuck", "Hugging Face Trainer names: digits, "
         "Adam with amsgrad at LR 1e-10 (decaying linearly), 523 units, batch 25, 3 epochs, "
         "logging every 3 steps",
         script=hf_trainer_run(_ams("digits", hidden=(523,), lr=1e-10, epochs=3,
                                    batch_size=25), logging_steps=3),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 2.323 at every evaluation; accuracy 0.0919 on digits "
                      "(majority share 0.1003)"), verdict=TP),
    Case("h125_keras_wine_amsgrad_lr1e20_nan", "Keras names: wine, Adam with amsgrad at LR "
         "1e20, 524 units, batch 11, 3 epochs",
         script=keras_run(_ams("wine", hidden=(524,), lr=1e20, epochs=3, batch_size=11)),
         tool="keras", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=BLOWUP + ("; accuracy 0.3333 against a majority share of 0.3889, not "
                               "clearly at chance"), verdict="failed"),
    Case("h125_keras_moons_subset4_rmsprop_centered_gap", "Keras names: 4 rows of moons (640 "
         "points, noise 0.2), 525 units, centered RMSprop at LR 1e-3, 150 epochs, batch 2",
         script=keras_run(_rc("moons", hidden=(525,), lr=1e-3, epochs=150, batch_size=2,
                              subset=4, n=640, noise=0.2)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("4 rows teach less than all of them (validation accuracy 0.6172, training "
                      "1.0; the healthy moons 0.9308 and up); the validation loss is lowest at "
                      "epoch 2 of 150 and 2.6 times it at the end"), verdict=GP),
    Case("h125_tensorboard_blobs_rmsprop_centered_lr1e20_nan", "TensorBoard tags: three blobs "
         "(630 points), centered RMSprop at LR 1e20, 526 units, batch 21, 3 epochs",
         script=tensorboard_run(_rc("blobs", hidden=(526,), lr=1e20, epochs=3, batch_size=21,
                                    n=630)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h125_tensorboard_iris_subset5_asgd_gap", "TensorBoard tags: 5 rows of iris, 527 "
         "units, averaged SGD at LR 0.05, 150 epochs, batch 2",
         script=tensorboard_run(_asgd("iris", hidden=(527,), lr=0.05, epochs=150,
                                      batch_size=2, subset=5)),
         tool="tensorboard", expect=("overfitting",),
         allow=("not_converged", "noisy_loss", "underfitting", "generalisation_gap"),
         why_allowed=("5 rows reach validation accuracy 0.9333 (training 1.0), as the healthy "
                      "iris run does, so no clear gap; the validation loss is lowest at epoch 21"
                      " of 150 and 8.7% above it at the end (healthy scripts at most 0.57%)"),
         verdict=GP),
    Case("h125_plain_corrupt_record_sine_rmsprop_centered", "hand-written loop: sine "
         "regression with noise 0.2 (660 points), centered RMSprop at LR 1e-3, 528 units, batch "
         "22, a corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_rc("sine", hidden=(528,), lr=1e-3, epochs=3, batch_size=22, n=660,
                              noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h125_plain_iris_amsgrad_lr1e10_stuck", "hand-written loop: iris, Adam with amsgrad "
         "at LR 1e-10, 529 units, batch 9, 4 epochs",
         script=plain_run(_ams("iris", hidden=(529,), lr=1e-10, epochs=4, batch_size=9)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 1.191 at every epoch; accuracy 0.0333 on iris, far "
                      "below a third, so not 'at chance'"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy125_bindery_relu_adadelta_b22",
       _bindery(model={"hidden": [42]},
                optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 22})),
    _h("healthy125_bindery_tanh_rmsprop_momentum3_b24",
       _bindery(model={"hidden": [38], "activation": "tanh"},
                optim={"name": "rmsprop", "lr": 5e-4, **RMOM3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 24})),
    _h("healthy125_bindery_elu_adam_b27",
       _bindery(model={"hidden": [43], "activation": "elu"},
                optim={"lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 27})),
    _h("healthy125_bindery_leaky_adagrad_b26",
       _bindery(model={"hidden": [40], "activation": "leaky_relu"},
                optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 26})),
    _h("healthy125_bindery_selu_nesterov8_b20",
       _bindery(model={"hidden": [36], "activation": "selu"},
                optim={"name": "sgd", "lr": 5e-3, **NEST8, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 20})),
    _h("healthy125_bindery_silu_rmsprop_b25",
       _bindery(model={"hidden": [34], "activation": "silu"},
                optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 25})),
    _h("healthy125_bindery_sigmoid_adamw_b29",
       _bindery(model={"hidden": [31], "activation": "sigmoid"},
                optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 29})),
    _h("healthy125_bindery_relu_momentum9_b33",
       _bindery(model={"hidden": [47]},
                optim={"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 33})),
    _h("healthy125_fr377_selu_adamw_b23",
       {"data": FR377, "model": {"hidden": [54], "activation": "selu"},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 23}}),
    _h("healthy125_cl374_elu_adam_b26",
       {"data": CL374, "model": {"hidden": [64], "activation": "elu"},
        "optim": {"lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy125_cl374_selu_adamw_b30",
       {"data": CL374, "model": {"hidden": [65], "activation": "selu"},
        "optim": {"name": "adamw", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy125_cl374_silu_adagrad_b23",
       {"data": CL374, "model": {"hidden": [62], "activation": "silu"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 23}}),
    _h("healthy125_cl374_relu_sgd_b34",
       {"data": CL374, "model": {"hidden": [60]},
        "optim": {"name": "sgd", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy125_cl374_tanh_rmsprop_momentum5_b21",
       {"data": CL374, "model": {"hidden": [67], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 2e-4, **RMOM5, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 21}}),
    _h("healthy125_cl374_leaky_nesterov9_b28",
       {"data": CL374, "model": {"hidden": [61], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 5e-3, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 28}}),
    _hs("healthy125_tensorboard_breast_cancer_asgd",
        tensorboard_run(_asgd("breast_cancer", hidden=(520,), lr=0.01, epochs=15,
                              batch_size=22)), "tensorboard"),
    _hs("healthy125_tensorboard_wine_amsgrad",
        tensorboard_run(_ams("wine", hidden=(523,), lr=1e-3, epochs=15, batch_size=10)),
        "tensorboard"),
    _hs("healthy125_tensorboard_digits_rmsprop_centered",
        tensorboard_run(_rc("digits", hidden=(526,), lr=2e-4, epochs=12, batch_size=26)),
        "tensorboard"),
    _hs("healthy125_hf_trainer_breast_cancer_amsgrad",
        hf_trainer_run(_ams("breast_cancer", hidden=(521,), lr=5e-4, epochs=12, batch_size=19),
                       logging_steps=2), "transformers"),
    _hs("healthy125_hf_trainer_circles_asgd",
        hf_trainer_run(_asgd("circles", hidden=(524,), lr=0.05, epochs=30, batch_size=20,
                             n=650, noise=0.1), logging_steps=2), "transformers"),
    _hs("healthy125_hf_trainer_iris_rmsprop_centered",
        hf_trainer_run(_rc("iris", hidden=(527,), lr=3e-4, epochs=20, batch_size=9),
                       logging_steps=2), "transformers"),
    _hs("healthy125_keras_digits_amsgrad",
        keras_run(_ams("digits", hidden=(529,), lr=5e-4, epochs=10, batch_size=25)), "keras"),
    _hs("healthy125_keras_moons_asgd",
        keras_run(_asgd("moons", hidden=(522,), lr=0.05, epochs=20, batch_size=18, n=640,
                        noise=0.2)), "keras"),
    _hs("healthy125_lightning_blobs_rmsprop_centered",
        lightning_run(_rc("blobs", hidden=(525,), lr=3e-4, epochs=8, batch_size=17, n=640)),
        "lightning"),
    _hs("healthy125_lightning_wine_asgd",
        lightning_run(_asgd("wine", hidden=(528,), lr=0.02, epochs=20, batch_size=11)),
        "lightning"),
    _hs("healthy125_plain_moons_asgd",
        plain_run(_asgd("moons", hidden=(520,), lr=0.05, epochs=20, batch_size=22, n=650,
                        noise=0.2)), "pytorch"),
    _hs("healthy125_plain_breast_cancer_rmsprop_centered",
        plain_run(_rc("breast_cancer", hidden=(524,), lr=1e-4, epochs=10, batch_size=19)),
        "pytorch"),
    _hs("healthy125_plain_digits_amsgrad",
        plain_run(_ams("digits", hidden=(526,), lr=1e-3, epochs=12, batch_size=24)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
