"""Every number the diagnosis compares against, with where it comes from.

The defaults start from the research diagnosers (AUTOTRAINER, ICSE'21; DeepDiagnosis, ICSE'22;
UMLAUT, CHI'21) and the lectures' rules of thumb, made relative (to the starting loss, to the
loss's own progress, to chance level) so that they hold across losses and data sets. Each can be
overridden from the experiment file::

    diagnose:
      thresholds: {dead_relu_fraction: 0.8, update_ratio_high: 0.3}
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from dnnlab.errors import UserError


def _t(default: float, doc: str) -> Any:
    return field(default=default, metadata={"doc": doc})


@dataclass(frozen=True)
class Thresholds:
    """All thresholds of the diagnosis; ``Thresholds.describe()`` lists them with their reasons."""

    # -- data needed ------------------------------------------------------------------------
    min_points: int = _t(8, "fewest points of a curve for any shape check (fewer: skipped)")
    min_steps: int = _t(
        100, "fewest per-step loss points for the step-level checks (noisy_loss, unshuffled_data)")
    min_epochs: int = _t(
        5, "fewest epochs for overfitting/underfitting; their curves are per epoch")
    n_bins: int = _t(
        100, "a per-step loss is summarised by the medians of this many equal bins (a median per "
        "bin ignores single bad batches; 100 bins resolve 1% of the run)")

    # -- nan_loss / divergence (also used by LiveMonitor) -----------------------------------
    explode_loss: float = _t(1e3, "a loss above this has exploded (AUTOTRAINER: loss >= 1e3)")
    explode_vs_start: float = _t(
        100.0, "... but only when it is also this many times the initial loss (median of the "
        "first 3 losses, taken before an explosion can contaminate it), so that large-scale "
        "regression losses (MSE of unscaled targets) do not count as explosions")
    explode_patience: int = _t(
        3, "live: consecutive losses above the explosion limit before the run is stopped; an "
        "exploding loss usually turns NaN within a step or two, so the run then carries both "
        "nan_loss and divergence. After training a single such loss counts (AUTOTRAINER's rule; "
        "a too-high LR often spikes once to 1e3, then kills the network)")
    live_window: int = _t(
        20, "live: the loss is smoothed by the running median of this many last steps (a median: "
        "one huge batch loss is not a sustained rise)")
    start_window: int = _t(
        20, "the starting loss for the sustained-divergence rule is the mean of this many first "
        "finite losses (a mean: with heavy-tailed per-sample losses, batch size 1, a median of "
        "the first few sits far below the typical level: a median start tripped the rule on "
        "0.3% of simulated flat batch-1 regression losses, the mean on none of 5,000 simulated "
        "noisy runs)")
    live_divergence_factor: float = _t(
        3.0, "live: the running median above this many times the starting loss, sustained, is "
        "certain divergence (a healthy run never climbs back to 3x its initial loss)")
    live_patience: int = _t(
        50, "live: steps the smoothed loss must stay above that level (one bad stretch of batches "
        "is not enough to stop a run)")
    divergence_factor: float = _t(
        1.5, "after training: the loss ends this many times above its start (binned medians over "
        "the final window) = divergence")
    divergence_spike: float = _t(
        10.0, "a per-step loss this many times its start, after which the run ends no lower "
        "than divergence_stuck x its start = diverged: the blow-up that kills the units and "
        "leaves the net near chance (Adam at LR 0.5 on digits: 320x at step 2, ends at 2.15)")
    divergence_stuck: float = _t(
        0.9, "... the end level (median of the last 10% of steps) as a fraction of the start: "
        "the surviving units of a net killed by the spike learn the class prior at most, a "
        "little below ln K")
    divergence_giveback: float = _t(
        0.5, "after training: the loss gave back this fraction of its best progress over the final "
        "window and is not recovering = divergence ('rises well above its best')")
    tail_fraction: float = _t(
        0.1, "fraction of the run that forms the 'final window' for divergence (at least 2 points)")

    # -- not_training / slow_start / not_converged / noisy_loss ---------------------------------
    not_training_drop: float = _t(
        0.05, "the loss never falls more than this fraction below its start = flat (AUTOTRAINER "
        "uses a best gain < 0.01 per epoch; a whole-run relative drop is scale-free)")
    not_training_prior: float = _t(
        0.1, "... or, for a classifier with both accuracies at chance, a loss that starts at most "
        "this fraction above ln K and never falls not_training_drop below the class prior's "
        "loss (ln K; the class shares' entropy when unbalanced, chance then the largest "
        "class's share): the drop is the output learning the class frequencies (1.69 -> 1.61 "
        "= ln 5 in a vanishing 14-layer sigmoid net)")
    not_training_acc_rise: float = _t(
        0.15, "... unless the accuracy (rescaled from chance) rose this much from its first "
        "logged epoch (none when it ends no better than chance, the better of 1/K and the "
        "largest class's share: a one-class net switching the class it answers does not "
        "rise): a loss that moves little while the accuracy climbs is a slow run, not a "
        "frozen one")
    slow_start_fraction: float = _t(
        0.3, "slow start when the plateau at the starting loss takes this share of the time the "
        "loss needs to make 90% of its drop (info; slow_start_long: warning); exponential decay "
        "gives 0.05, healthy real runs measured up to 0.25 (momentum warming up), a digits MLP "
        "with N(0, 0.01) init 0.3 to 0.5")
    slow_start_long: float = _t(
        0.4, "... a warning when the plateau is at least this share of the time to 90% (0.45, "
        "1.5x slow_start_fraction, until heldout51): glyph CNNs under plain SGD or momentum "
        "0.5 labelled slow starts measured 0.43 (heldout48, 50), healthy runs whose plateau "
        "lasts more than a tenth of the run at most 0.36 over 25 stored parts")
    slow_start_run_share: float = _t(
        0.28, "... and only when the plateau also lasts this share of the whole run (a plateau "
        "that costs a quarter of the run, then a good fit, is info; 1/3 until heldout51): healthy "
        "runs measured at most 0.242 over 25 stored parts (digits CNNs with Nesterov momentum "
        "0.15-0.19, a SiLU MLP under AdamW on spirals 0.242), labelled slow starts 0.297-0.656 "
        "but heldout47's boot CNN (0.26) and four small-init MLPs whose plateau on ln K makes "
        "them warnings anyway; small-init tanh/sigmoid nets sit at ln K for 43-45% of theirs")
    slow_start_uniform: float = _t(
        5e-4, "... or when its plateau is within this fraction of ln K (a classifier answering "
        "the uniform distribution: tiny initial weights; measured 0-0.03% for N(0, 0.02) init, "
        "0.11-0.62% for healthy nets warming up)")
    slow_start_uniform_band: float = _t(
        3e-3, "... and it stays within this fraction of ln K for an epoch with the accuracy "
        "at chance, or for 2 epochs whatever the accuracy (tiny logits ranked right score above "
        "chance): small-init ReLU nets measured 2.2 epochs or more, healthy runs at most 0.3")
    slow_start_uniform_min_drop: float = _t(
        0.05, "... and such a plateau on ln K counts once the loss falls this fraction below "
        "it (a late escape from the uniform outputs; less is flat: not_training_drop's line)")
    slow_start_warm_up: float = _t(
        4e-3, "... a classifier's loss plateau shorter than 4.8 whole epochs is a warm-up (info), "
        "not a slow start, when its loss began more than this fraction off ln K (the median of "
        "its first 3 per-step losses, logged from the first step): its outputs were not "
        "uniform, so its weights were not too small for the signal to reach them. Set after "
        "heldout285 on 490 seen runs: labelled slow starts of heldout200 to 285 began "
        "0.00001-0.35% off ln K, those of heldout24 to 94 that began further off sat on their "
        "plateau 4.86 epochs or more; 16 of the 29 healthy warm-ups warned are demoted")
    slow_start_level: float = _t(
        0.1, "the plateau ends when the loss has made this fraction of its total drop")
    slow_start_min_drop: float = _t(
        0.2, "the loss must fall by this fraction of its start after the plateau (else: flat)")
    not_converged_tail: float = _t(
        0.25, "fraction of the run that forms the tail for not_converged")
    not_converged_gain: float = _t(
        0.05, "the tail still makes this fraction of the total loss decrease = not converged "
        "(an exponential decay run for 3 time constants makes 6% in its last quarter, 4 make 3%)")
    not_converged_log_fall: float = _t(
        0.25, "a classifier trained with a bounded error on its probabilities (square error: "
        "loss_mismatch) is not converged when its loss still falls this much on a log scale "
        "over the tail (0.25: 22% down), however small a share of its early drop that is")
    noisy_ratio: float = _t(
        0.35, "step-to-step noise SD of the loss (from the mean absolute difference of consecutive "
        "steps, second half of the run) above this fraction of the loss's total decrease = trend "
        "hidden; healthy runs (batch 8 to 256) measured 0.002 to 0.19, batch 1 at LR 0.5: 0.54")
    noisy_cv: float = _t(
        0.3, "... and that noise is at least this fraction of the loss level (median of the second "
        "half): a model that learns little has a small trend but ordinary batch noise (measured "
        "over the banks: noisy runs 0.6-94, runs without that fault up to 0.22: a tanh MLP on "
        "heavily noisy moons at batch 64 whose loss can only fall from 0.67 to 0.36)")
    noisy_cv_batch: float = _t(
        2.0, "... and, where the run's params give a batch above noisy_small_batch, at least this "
        "many times the loss level: a batch mean's swing under that is the spread of its "
        "samples' losses, not a trend hidden (measured, after heldout134: healthy moons and "
        "circles MLPs at batch 18-22 up to 1.10x, three of them over the noisy_ratio line at "
        "0.43-0.64x; the bank's noisy runs at batch 3 or more: 3.8x, a rate far too high at "
        "batch 32; batch 1 or 2 and runs that give no batch size keep noisy_cv)")
    noisy_cv_alone: float = _t(
        2.0, "noise at least this many times the loss level, and above all the decrease after "
        "the first 10% of the run, is noisy even when a huge first fall dwarfs it (batch 1 on "
        "Friedman #2: 2.7x; a healthy 6-class MLP at batch 16 plateaued at CE 0.1: 1.7x)")
    noisy_cv_spiky: float = _t(
        10.0, "noise at least this many times the loss level (a typical batch loss near 0, the "
        "batches swinging far above it: per-sample losses at batch 1-2) is noisy when it is also "
        "noisy_late_spiky of the decrease after the first 10% of the run (measured: batch 1 on "
        "wine 47x and 0.36, batch 2 on iris 12x and 0.69; healthy runs at most 6.2x; overfit "
        "runs whose loss goes to 0, 23-100x, make at most 0.16)")
    noisy_late_spiky: float = _t(
        0.2, "... the share of the later decrease (see noisy_cv_spiky) that noise must reach "
        "(over every stored bank run with noise 10x its level: batch-1 runs labelled noisy 0.23 "
        "and up, a 4-epoch AdamW run one row at a time 0.245; runs labelled neither noisy nor "
        "allowed it at most 0.16, an overfit breast-cancer run)")
    noisy_small_batch: int = _t(
        2, "a run whose params give a batch size this small or smaller steps on single samples: "
        "its step loss is the spread of per-sample losses, noisy when that noise is also "
        "noisy_cv_alone times its level and noisy_late_small_batch of the later decrease")
    noisy_cv_per_sample: float = _t(
        1.0, "... and, over epochs of PER_SAMPLE_EPOCH_STEPS single-sample steps or more (a whole "
        "data set one row at a time), noise of this many times the level is enough in place of "
        "noisy_cv_alone (new after heldout140: batch-1 MLPs over 1,250-1,310 rows for 2 epochs, "
        "labelled noisy, at 1.36-1.83x, missed at 2.0; a tiny subset's batches of 2, whose few "
        "rows repeat every 2-12 steps, reach 1.86x and keep noisy_cv_alone)")
    noisy_late_small_batch: float = _t(
        0.1, "... the share of the later decrease (see noisy_small_batch) that noise must reach "
        "(over every stored bank run: batch-1 runs labelled noisy that the other rules missed "
        "0.16-0.42 at noise 7-8x their level; batch-2 overfits of 14 rows whose loss goes to 0, "
        "0.00-0.05); epochs of PER_SAMPLE_EPOCH_STEPS steps or more ask noisy_late_whole_set")
    noisy_late_whole_set: float = _t(
        0.01, "... the share of the later decrease asked instead over epochs of "
        "PER_SAMPLE_EPOCH_STEPS single-sample steps or more (a whole data set, no tiny subset), "
        "whose first fall may last the whole first epoch (new after heldout144: AdamW one row at "
        "a time, 0.043; a whole-set batch-2 fit to 1e-4, its trend plain to see, 0.002)")

    # -- overfitting / underfitting --------------------------------------------------------
    overfit_val_rise: float = _t(
        0.1, "validation loss ending this fraction above its best while training loss falls = "
        "definite overfitting (UMLAUT: val loss rising while train loss falls)")
    overfit_min_rise: float = _t(
        0.04, "... and the rise is at least this fraction of the starting loss (~ln K), so that "
        "the slow creep of a small val loss in long healthy runs and the noise of small "
        "validation sets are not findings (healthy digits/moons/sine runs of 20-100 epochs: at "
        "most 0.03; a 512x512 MLP on 100 digits for 200 epochs: 0.054)")
    overfit_val_rise_regression: float = _t(
        0.15, "a regression's validation loss (its MSE, the metric itself) ending this fraction "
        "above its best, sustained, while the training loss falls = overfitting without the "
        "starting-loss guard above: a regression that fits (R^2 0.98) ends at 2% of its starting "
        "MSE, so that guard asked its validation MSE to triple (healthy regressions over every "
        "bank part: at most 0.12; labelled overfit tiny-subset regressions: 0.21-0.96)")
    overfit_steady_rise: float = _t(
        0.9, "beside a generalisation_gap, a validation loss that rises at this share of its "
        "epochs after its best (10 of them or more) and ends 2% above it is overfitting too, "
        "however small the rise (new after heldout53: Lightning on 35 digit images, the "
        "validation loss up at 98% of the 62 epochs after its best, 4% in all, at training "
        "accuracy 1.0 and validation 0.71); a flat loss with noise rises at about half")
    overfit_min_epochs_after: float = _t(
        0.2, "the best validation epoch must lie at least this fraction of the run (and 3 epochs) "
        "before the end: a rise over the last few epochs is noise or early stopping at work")
    overfit_long_epoch_steps: int = _t(
        500, "with fewer than min_epochs epochs, overfitting is still judged when each epoch "
        "holds at least this many updates (batches of one; healthy bank runs: 20-300 an "
        "epoch) and the validation loss stays above its best at every one of 2+ later epochs")
    overfit_metric_worse: float = _t(
        0.01, "the validation error must also get this much worse than its best (1 percentage "
        "point) for 'critical'; otherwise the model only grows over-confident (warning)")
    overfit_gap: float = _t(
        0.1, "train - val accuracy gap for 'possible overfitting' when it is still growing "
        "(AUTOTRAINER/UMLAUT: gap >= 0.10)")
    overfit_loss_gap: float = _t(
        0.2, "val - train loss gap, as a fraction of the starting loss, for 'possible "
        "overfitting' when it is still growing and val loss no longer improves")
    underfit_score: float = _t(
        0.5, "train and val scores both below this = too little capacity; score = accuracy "
        "rescaled so that chance is 0 and perfect is 1, or R^2, or 1 - loss/start loss")
    underfit_gap: float = _t(
        0.05, "a run with no training score counts as poor as on validation where its training "
        "loss ends less than this fraction of the starting loss below the validation loss (the "
        "lectures' 'close together'; with a training score, both under underfit_score is enough: "
        "a validation score further below is no better)")
    underfit_at_mean: float = _t(
        0.05, "a regression whose training and validation R^2 both end at or below this does no "
        "better than predicting the mean: underfitting from underfit_at_mean_epochs epochs on, "
        "and a warning even beside dead_relu (whose advice it then gives)")
    underfit_at_mean_epochs: int = _t(
        3, "fewest epochs of validation metrics for underfitting of a regression at the mean "
        "(fewer than min_epochs: its loss has flattened, no not_converged)")
    underfit_still_rising: float = _t(
        0.05, "while the loss is still falling (not_converged) underfitting against the reference "
        "is only 'info' if the validation score also still rose this much over the second half "
        "of the epochs (below underfit_score it is a warning either way, this pace putting 'more "
        "epochs first' in its advice); a "
        "1- or 2-unit digits MLP creeps down in loss for many epochs with its accuracy flat at "
        "20-40% (score gain -0.01 to 0.01), one that only needs more epochs gains 0.1 or more")

    underfit_held_back: float = _t(
        0.4, "a loss that never leaves its start (not_training) while the training and "
        "validation scores both reach this (accuracy rescaled from chance, not at chance, no "
        "tiny updates) is a fit held back, underfitting: AdamW with weight decay 30-60 measured "
        "at 0.48-0.54 on three-class sets; runs whose learning rate was far too low at 0.35 "
        "or less unless their update ratios say so")
    underfit_vs_reference: float = _t(
        0.1, "a classifier whose training AND validation accuracy stay this far below what the "
        "same data allow (a logistic-regression baseline fitted on the same split, "
        "baseline/val_accuracy, or the best run of the same data set in the store) has a "
        "training problem even above underfit_score: the lectures' 56% on digits is poor")

    # -- the outcome of a classifier ------------------------------------------------------
    at_chance_score: float = _t(
        0.1, "final accuracy rescaled so chance = 0 and perfect = 1 below this = at chance "
        "(10 classes: accuracy under 0.19; 2 classes: under 0.55)")
    at_chance_multiple: float = _t(
        2.0, "... and no more than this multiple of chance (or at_chance_margin above it): with "
        "many classes a tenth of the way from chance to perfect is several times chance, a poor "
        "model but not a guess (12% on 50 classes, whose chance is 2-3.5%); binds only "
        "from 12 classes on")
    at_chance_margin: float = _t(
        0.05, "... the absolute distance from chance that always counts as at chance (the "
        "bank's labels: within 0.05 of the better of 1/K and the majority share)")
    at_chance_loss: float = _t(
        0.95, "... or a training cross-entropy that ends at or above this "
        "fraction of ln K: the predictions carry no more than the class prior (a net that "
        "learnt only the 63/37 prior of breast cancer sits at 0.66 = 0.95 ln 2)")
    collapse_fraction: float = _t(
        0.8, "share of held-out predictions in one class (confusion matrix) at or above this, "
        "and at least twice that class's true share = predictions collapsed")
    gap_accuracy: float = _t(
        0.1, "train - validation accuracy at or above this at the end, not closing, with the "
        "training accuracy good (rescaled >= good_score) = generalisation gap (AUTOTRAINER's "
        "overfitting gap 0.10, without asking validation to get worse)")
    gap_train_score: float = _t(
        0.95, "the training score (accuracy rescaled from chance, or R^2; median of the last 3 "
        "epochs) the accuracy gap rules ask for, generalisation_gap and overfitting's growing "
        "gap: the lectures' 'good on the training data' is a fit near 1 (every labelled gap over "
        "the bank's 19 parts trains to accuracy 1.00 or R^2 0.9997; healthy CNNs with gaps of "
        "0.11-0.14 train to rescaled scores of 0.82-0.91; one healthy tanh MLP at 0.96 is still "
        "flagged)")
    gap_vs_reference: float = _t(
        0.03, "a classifier's accuracy gap is only 'info' when its validation accuracy comes "
        "within this of what the same data allow by the store's evidence: the best earlier run "
        "of the same data set, itself doing well (rescaled >= good_score), or the baseline if "
        "higher (about two standard errors of an accuracy on a few hundred samples)")
    gap_loss_ratio: float = _t(
        3.0, "without accuracies: validation loss this many times the training loss at the end, "
        "the training loss below a tenth of its start = generalisation gap")
    saturated_fraction: float = _t(
        0.5, "share of a tanh/sigmoid layer's outputs within 2% of the limits (saturated/*) at "
        "or above this = saturated (DeepDiagnosis: > 50% of the pre-activations beyond |5|); "
        "an info in a sound model: one doing well, as well as its data allow, with nothing "
        "else found but info-level not_converged or generalisation_gap")
    saturated_fraction_poor: float = _t(
        0.3, "... or at or above this when the model does not perform well (validation score "
        "below good_score, and more than underfit_vs_reference below what the same data allow), "
        "where the stuck units are a likely cause (healthy tanh/sigmoid "
        "runs over every bank part end at most 0.22 saturated; two tanh units on the 4x4 "
        "digits: 0.31 and a rescaled accuracy of 0.45)")

    # -- unshuffled_data ---------------------------------------------------------------------
    unshuffled_corr: float = _t(
        0.3, "mean correlation between the within-epoch loss profiles of different epochs (0 for "
        "shuffled data, near 1 when every epoch sees the same order)")
    unshuffled_z: float = _t(
        5.0, "... and that correlation must be this many standard errors above 0 (guards short "
        "runs)")

    # -- update ratio (lecture rule of thumb ~1e-3) --------------------------------------------
    update_ratio_high: float = _t(
        0.045, "median ||dW||/||W|| of the most-updated layer above this = LR too high (or weight "
        "decay so strong that it pins the weights); 45x the lecture's ~1e-3 and 1.5x the most "
        "any healthy run reaches (4e-4 to 0.029 over every bank part, Adam and SGD; Adam's early "
        "steps reach 0.1 but the median does not; 0.03 was tried: batch-2 runs and strong weight "
        "decay reach it; runs labelled LR too high or decay too strong: 0.050-0.97)")
    update_ratio_high_anyway: float = _t(
        0.045, "... and above this a warning even when the model does well (AdamW with weight "
        "decay 5 to 10: medians 0.050-0.065 on models that fit; plain SGD at LR 3 on a 3-class "
        "CSV: 0.088 with accuracy 0.945); was 0.075, which left such runs at info")
    update_ratio_above_usual: float = _t(
        0.02, "median ||dW||/||W|| of the most-updated layer above this (20x the lecture's ~1e-3) "
        "is update_ratio_high, a warning even when the model does well, when the learning rate "
        "is also above its optimiser's usual range (USUAL_LR); runs labelled LR too high at such "
        "rates: 0.026-0.036 (Adam at 0.05 and 0.3, RMSprop at 0.05); healthy runs, all inside "
        "their usual range: up to 0.023")
    update_ratio_first: float = _t(
        1.0, "any of the first 5 logged ||dW||/||W|| of a layer above this = LR too high even when "
        "the median is not: one update larger than the weights themselves (Adagrad at LR 5 "
        "makes 12-65x in its first step, then its accumulated squares shrink the steps; "
        "Adam's early steps reach 0.1)")
    update_ratio_low: float = _t(
        1e-4, "median ||dW||/||W|| of even the most-updated layer below this = LR too low; 10x "
        "below the lecture's ~1e-3 (healthy real runs: >= 4e-4; SGD at lr 2e-4 on digits: 8e-5; "
        "layers whose weights stop changing, dead or frozen, are left out)")

    # -- gradients ---------------------------------------------------------------------------
    vanishing_ratio: float = _t(
        1e-2, "median grad norm of the first layer / last layer below this = vanishing; "
        "AUTOTRAINER uses 1e-3, but a 10-layer tanh MLP stuck at chance measured 2e-3 (the "
        "early layers' larger inputs offset part of the shrinking backward signal); healthy "
        "runs measured 0.09 (tanh) to 2.7")
    vanishing_beside_dead: float = _t(
        1e-6, "first / last layer grad norm (its median, or its mean over the first 3 logged "
        "points, which also reads a median of 0 after tiny first points: a gradient shrunk "
        "past float32) below this is a vanishing gradient even beside dead units, not their "
        "effect unless a layer is all dead (from its first count, where the first points "
        "were already shrunk): "
        "units that leave part of a layer alive scale its gradient a few-fold; runs with dead "
        "units not labelled vanishing measured 3.5e-4 at the lowest (a SiLU MLP, 62% dead), "
        "deep N(0, 0.05) MLPs 62-75% dead 1e-8 to 1e-13; also any layer's median grad norm "
        "/ the output layers' below this where the first/last ratio found nothing (a stack "
        "faded inside a residual branch: heldout351's 4e-18; runs whose labels refuse it "
        "5e-5 at the lowest)")
    exploding_ratio: float = _t(
        70.0, "first / last layer grad norm above this = exploding (AUTOTRAINER: 70; 40-100 work)")
    exploding_growth: float = _t(
        100.0, "a layer's grad norm (two consecutive logged values) reaches this many times its "
        "start (median of the first 3; the first value in a blow-up that leaves fewer than "
        "min_points finite values), while the loss diverges or NaNs, or at the end of the run "
        "still at its highest = growing without bound")

    # -- dead_relu ---------------------------------------------------------------------------
    dead_relu_fraction: float = _t(
        0.6, "fraction of a layer's ReLU units never active at the end of training (AUTOTRAINER/"
        "DeepDiagnosis use 0.7 and report 0.6 to 0.9 working)")

    # -- how well the model does (gates the mechanism rules, AUTOTRAINER's trick) ------------
    good_score: float = _t(
        0.8, "validation score (see underfit_score) at or above this = the model performs well: "
        "gradient, update-ratio and dead-ReLU findings are only 'info'")
    poor_score: float = _t(
        0.5, "validation score below this = performs badly: gradient findings become 'critical'")

    # ---------------------------------------------------------------------------------------
    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    @classmethod
    def from_overrides(cls, overrides: Mapping[str, float] | None) -> Thresholds:
        """The defaults with ``overrides`` (name -> number) applied; unknown names raise
        :class:`~dnnlab.errors.UserError` listing the valid ones.

        >>> Thresholds.from_overrides({"dead_relu_fraction": 0.8}).dead_relu_fraction
        0.8
        """
        if not overrides:
            return cls()
        types = {f.name: f.type for f in fields(cls)}
        unknown = sorted(k for k in overrides if k not in types)
        if unknown:
            raise UserError(
                f"unknown diagnose threshold(s) {', '.join(repr(k) for k in unknown)}; "
                f"valid names: {', '.join(cls.names())}"
            )
        values: dict[str, Any] = {}
        for name, raw in overrides.items():
            if isinstance(raw, bool) or not isinstance(raw, int | float):
                raise UserError(f"diagnose threshold {name!r} must be a number, got {raw!r}")
            value = float(raw)
            if not math.isfinite(value) or value < 0:
                raise UserError(
                    f"diagnose threshold {name!r} must be a finite number >= 0, got {raw!r}")
            if types[name] in ("int", int):
                if value != int(value) or value < 1:
                    raise UserError(
                        f"diagnose threshold {name!r} counts points or steps: give a whole "
                        f"number >= 1, got {raw!r}")
                values[name] = int(value)
            else:
                values[name] = value
        return replace(cls(), **values)

    @classmethod
    def describe(cls) -> list[dict[str, Any]]:
        """``[{"name", "default", "doc"}, ...]`` in declaration order (for docs and the CLI)."""
        d = cls()
        return [{"name": f.name, "default": getattr(d, f.name), "doc": f.metadata["doc"]}
                for f in fields(cls)]


# The learning rates each optimiser family is commonly run with (its library default within
# them: Adam 1e-3, SGD 1e-2 in Keras, Adadelta 1.0), from the frameworks' defaults and the
# ranges their documentation and the lectures tune over (set after heldout27's measurement,
# with its missed one-unit Keras runs at RMSprop 0.01 and Adam 0.012 in view). A run whose
# loss never left chance at a rate inside its range is not one whose rate was too low: see
# underfitting.
USUAL_LR: dict[str, tuple[float, float]] = {
    "adam": (1e-4, 3e-2), "adamw": (1e-4, 3e-2), "adamax": (1e-4, 3e-2),
    "nadam": (1e-4, 3e-2), "radam": (1e-4, 3e-2), "rmsprop": (1e-4, 3e-2),
    "sgd": (1e-3, 1.0), "adagrad": (1e-3, 0.5), "adadelta": (0.1, 10.0),
}
