"""Checks on the shape of the training-loss curve: nan_loss, divergence, not_training, slow_start,
not_converged, noisy_loss."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from dnnlab.diagnose._context import Context, Skip, TrainCurve, last_value
from dnnlab.diagnose._curves import (
    binned_median,
    diff_noise,
    end_median,
    first_run,
    median3,
    rolling_median,
    slope,
)
from dnnlab.diagnose._findings import ADVICE, NOT_CONVERGED_BESIDE_NOISE, Finding, Severity
from dnnlab.diagnose._history import LOSS_LIKE, Series
from dnnlab.diagnose._live import scan
from dnnlab.diagnose._rules_fit import (
    as_good_as_the_data_allow,
    at_the_level_of_its_data,
    does_well_and_fits,
)
from dnnlab.diagnose._thresholds import Thresholds


def _is_watched(key: str, ctx: Context) -> tuple[bool, bool]:
    """(watched, is_gradient): losses and errors always, gradient norms only when persistent."""
    if key.startswith("grad_norm/"):
        return True, True
    is_role = any(s.key == key for r, s in ctx.h.roles.items() if "loss" in r or "mse" in r)
    return bool(is_role or LOSS_LIKE.search(key)), False


def check_nan(ctx: Context) -> list[Finding]:
    if not ctx.h.raw:
        raise Skip("the history is empty")
    step_loss = ctx.h.roles.get("train_loss_step")
    train_key = step_loss or ctx.h.roles.get("train_loss_epoch")
    first: dict[str, int] = {}
    per_step: list[str] = []
    values: dict[str, float] = {}
    for key, s in ctx.h.raw.items():
        watched, gradient = _is_watched(key, ctx)
        if not watched:
            continue
        bad = ~np.isfinite(s.values)
        if not bad.any():
            continue
        if gradient and not (bad[-1] or bad.mean() >= 0.05):
            continue  # mixed precision skips the odd step with an Inf gradient: not a problem
        if bad.all() and (train_key is None or key != train_key.key) and not gradient:
            continue  # never finite: an undefined metric (e.g. an empty split), not instability
        i = int(np.argmax(bad))
        first[key] = int(s.steps[i])
        values[key] = float(s.values[i])
        if gradient or (step_loss is not None and key == step_loss.key):
            per_step.append(key)
    if not first:
        return []
    keys = sorted(first, key=lambda k: (k not in per_step, first[k]))
    ev: dict[str, object] = {"metrics": keys, "first_nonfinite": first, "value": values[keys[0]]}
    unit = "step_range" if keys[0] in per_step else "epoch_range"
    s0 = ctx.h.raw[keys[0]]
    ev[unit] = [first[keys[0]], int(s0.steps[-1])]
    if train_key is not None:
        prior = train_key.finite_prefix().values
        ev["last_finite_loss"] = float(prior[-1]) if len(prior) else None
    if ctx.meta.failed_step is not None:
        ev["failed_step"] = ctx.meta.failed_step
    return [Finding("nan_loss", "critical", ev, ADVICE["nan_loss"])]


def _flat_epochs(ctx: Context) -> bool:
    """The per-epoch training loss (at least 3 epochs) never moves ``not_training_drop`` of its
    first value: a per-step dip and rise inside it is batch noise (8 sigmoid layers on the pump
    set: the step loss's running median 0.99 -> 0.93 -> 1.03, the epoch means 0.999, 0.992,
    0.987, 0.995)."""
    e = ctx.h.epoch_train_loss()
    p = e.finite_prefix() if e is not None else None
    if p is None or len(p) < 3 or p.values[0] <= 0:
        return False
    v = p.values
    return bool((v.max() - v.min()) < ctx.th.not_training_drop * v[0])


def _a_noise_low(ctx: Context, y: np.ndarray, progress: float) -> bool:
    """The "best" a per-step curve gave back is a low of its batch noise: the progress to it is
    under ``FLAT_Z`` times the noise of the binned medians ``y``, and the per-epoch training
    loss (at least 3 epochs) fell at every epoch, so nothing was given back (measured:
    heldout384's tanh neural ODE with its units saturated, batch losses 8-26, the running
    median's low 15.4 at step 48 against a start of 17.9, 1.8 times the bins' noise of 1.36,
    "gave back 53%" while the epoch means went 17.99, 17.44, 17.06, 16.94)."""
    e = ctx.h.epoch_train_loss()
    p = e.finite_prefix() if e is not None else None
    if p is None or len(p) < 3 or not _fell_at_each(p.values, len(p)):
        return False
    return progress < FLAT_Z * diff_noise(y)


# at most this many finite losses before the first NaN/Inf for the updates to judge the blow-up
# (2 until heldout309's raw-target MLP: 4.6e7, 2.1e9, 5.5e7, then NaN, updates 10-123x and then
# 1.6e4-1.4e5x the weights; of the 25 seen runner and loop runs measured with nan_loss and no
# divergence, trained again, it and heldout283's alone turn NaN at their fourth loss with update
# ratios logged, both labelled divergence)
BLOWN_FINITE_BEFORE = 3


def _blown_by_updates(ctx: Context, s: Series) -> Finding | None:
    """A loss that is NaN/Inf from its second, third or fourth value on, right after updates larger
    than the weights in most layers (at least 2): the steps blew the weights away, whatever the
    loss's scale (an 8x64 ReLU net with N(0, 1) init on Friedman #3: loss 4.4e6, updates
    3e3-7e4x the weights, then Inf at step 2). With two finite losses before it the loss's own
    criteria judge the second against the first, and a regression on unscaled targets starts
    already huge: a BatchEnsemble MLP under SGD on raw yields (heldout221), loss 3.7e7 then
    1.5e8 (4x), updates 8-107x and then 1.1e3-1.3e4x the weights, Inf at step 3. A corrupt
    record turns the loss NaN after ordinary updates."""
    v = s.values
    bad = np.flatnonzero(~np.isfinite(v))
    if not len(bad) or bad[0] == 0 or bad[0] > BLOWN_FINITE_BEFORE:
        return None  # no NaN, or enough finite losses for the loss's own criteria
    step = int(s.steps[bad[0]])
    first = {}
    for name, r in ctx.h.update_ratio.items():
        f = r.finite()
        before = f.values[f.steps < step]
        if len(before):
            first[name] = float(before.max())
    big = {n: v for n, v in first.items() if v > ctx.th.update_ratio_first}
    if len(first) < 2 or len(big) < max(2, math.ceil(len(first) / 2)):
        return None
    ev = {"metrics": [s.key, *(ctx.h.update_ratio[n].key for n in big)],
          "step_range": [int(s.steps[0]), step], "criterion": "updates_blew_up",
          "start_loss": float(v[0]), "nonfinite_at": step, "first_updates_max": big,
          "limit": ctx.th.update_ratio_first}
    return Finding("divergence", "critical", ev, ADVICE["divergence"])


def check_divergence(ctx: Context) -> list[Finding]:
    th = ctx.th
    s, unit = ctx.h.train_loss()
    if s is not None and unit == "step":
        # the live rules first (a single exploded loss is enough after the fact): they need only
        # 3 points, so a run the LiveMonitor stopped early is diagnosed the same way afterwards
        f = scan(s.steps, s.values, th, s.key, explode_patience=1)
        if f is not None and f.code == "divergence":
            back = _came_back_evidence(ctx, s, held_out_good=False) \
                if f.evidence.get("criterion") == "exploded" else None
            if back is not None:
                return [Finding("divergence", "warning", {**f.evidence, **back}, f.advice)]
            return [f]
        blown = _blown_by_updates(ctx, s)
        if blown is not None:
            return [blown]
    if s is not None:
        f = s.finite()
        # a cross-entropy above 1e3 has exploded, however few finite values are left to shape a
        # curve (a Trainer's SGD at LR 30 on moons: 1.45e6 at its first log, NaN from the
        # second). A regression's loss has no such scale, but one above 1e3 whose very next
        # logged value is NaN/Inf, before the run logged enough to shape a curve, blew up too
        # (a Trainer's SGD at LR 3 on the sine: 1.9e8 at its first log, grad_norm 9.9e7, NaN
        # from the second); a corrupt record turns the loss NaN after ordinary values. Where the
        # run logs its update ratios, they tell the two apart instead (``_blown_by_updates``)
        if 0 < len(f) < th.min_points and float(f.values.max()) > th.explode_loss \
                and (_classifier(ctx)
                     or (not ctx.h.update_ratio and _nonfinite_after_peak(s))):
            i = int(np.argmax(f.values))
            ev = {"metrics": [s.key], "criterion": "exploded", "start_loss": float(f.values[0]),
                  "peak_loss": float(f.values[i]), "peak_at": int(f.steps[i]),
                  "end_loss": float(f.values[-1]), "limit": th.explode_loss,
                  "finite_points": len(f),
                  f"{unit}_range": [int(s.steps[0]), int(f.steps[i])]}
            return [Finding("divergence", "critical", ev, ADVICE["divergence"])]
    if ctx.curve is None:
        # too few points to shape a curve (a Keras run of 3 epochs: 0.876, 2.44, 327.8), but
        # epoch means that climb past the first epoch's say it all the same
        rising = _epoch_means_rising(ctx, th)
        if rising is not None:
            ev = {**rising, "criterion": "epoch_means_above_first"}
            return [Finding("divergence", "critical", ev, ADVICE["divergence"])]
    c = ctx.need_curve()
    key, x, y, unit_range = c.key, c.x, c.y, c.range_key()
    first, last = int(c.steps[0]), int(c.steps[-1])
    cyclic = "unshuffled_data" in ctx.found
    if cyclic:
        # Data in the same order every epoch makes the per-step loss a cycle (high at the start
        # of each class block, low at its end), so a bin at the end can sit far above the first
        # bin or a trough of an earlier epoch while the run improves epoch after epoch (measured:
        # digits sorted by label, "gave back 58% of its progress" while the epoch loss fell from
        # 2.8 to 1.6). The shape criteria then compare whole epochs, where the cycle averages
        # out; a blow-up is still caught by the live rules above and the NaN rule below.
        e = ctx.h.epoch_train_loss()
        p = e.finite_prefix() if e is not None else None
        if p is None or len(p) < 3:
            y = np.empty(0)
        else:
            key, x, y, unit_range = p.key, p.steps.astype(float), median3(p.values), "epoch_range"
            first, last = int(p.steps[0]), int(p.steps[-1])
    m = len(y)
    start = float(y[0]) if m else c.start
    w = max(2, math.ceil(th.tail_fraction * m))
    base: dict[str, object] = {"metrics": [key], "start_loss": start,
                               "end_loss": float(y[-1]) if m else float(c.y[-1])}
    if cyclic:
        base["judged_per_epoch"] = "unshuffled_data: the per-step loss cycles every epoch"
    ln_k = _untrained_ln_k(ctx, c)
    if ln_k is not None and m and ln_k < start:
        # the first bin's median is already past a jump of the loss's first steps: a mean
        # cross-entropy starts at ln K, and the run is judged against that start (AdamW at LR 1
        # on 6 classes: 1.69 at step 1, 9.1-14.8 from step 2 to the end, the first bin's
        # median 10.6)
        start = ln_k
        base.update({"start_loss": start, "start_from": "ln K: the first logged loss, "
                     f"{float(c.values[0]):.4g}, is a mean cross-entropy's untrained ln K"})
    crit: str | None = None
    rng = [first, last]
    tail = y[-w:]
    if m < 2:
        pass
    elif start > 0 and _above_throughout(tail, th.divergence_factor * start) \
            and not _held_out_below_initial(ctx, c):
        crit = "ends_above_start"
        base["limit"] = th.divergence_factor * start
    elif m > w:
        # start and best from the running median that not_training calls a curve flat with: a
        # flat noisy loss has no progress to give back (measured: SGD at LR 1e-5 on moons, a
        # noise dip of 8% in 12 bins of 5 steps "gave back 61%" of it)
        smooth = rolling_median(y, max(3, m // 10))
        b = int(np.argmin(smooth[:-w]))
        best = float(smooth[b])
        progress = float(smooth[0]) - best
        # "keeps rising": over the final window it wins back less than a tenth of what it lost
        recovering = -slope(tail) * (w - 1) > 0.1 * (float(tail.mean()) - best)
        if progress > th.not_training_drop * abs(start) and not recovering \
                and (tail - best >= th.divergence_giveback * progress).all() \
                and not _flat_epochs(ctx) and not _a_noise_low(ctx, y, progress):
            crit = "above_best_and_rising"
            base.update({"best_loss": best, "best_at": float(x[b]),
                         "gave_back": float((tail.min() - best) / progress)})
            rng = [int(x[b]), last]
    if (crit is None and c.nonfinite_step is not None and c.start > 0 and len(c.values) >= 3
            and float(np.median(c.values[-3:])) > th.live_divergence_factor * c.start):
        crit = "blew_up_before_nan"
        unit_range, rng = c.range_key(), [int(c.steps[0]), int(c.steps[-1])]
        base.update({"metrics": [c.key], "start_loss": c.start,
                     "last_finite_losses": c.values[-3:].tolist(),
                     "nonfinite_at": c.nonfinite_step})
    i = int(np.argmax(c.values))
    if crit is None:
        # the start is the first value, not the lowest of the first 3: a batch-1 loss scatters
        # over orders of magnitude from its first steps (72.8, 4.7, 0.066, then 110 at step 5
        # on Friedman #2), and 100x its lowest is only one more unlucky sample; an explosion
        # climbs from its first value (0.65, 6.9, 23, 191)
        peak, begin = float(c.values[i]), float(c.values[0])
        if _classifier(ctx) and peak > th.explode_loss:
            # a cross-entropy starts near ln K: above 1e3 it has exploded, even when the first
            # logged value (a Trainer's mean over its first logging steps, a Keras epoch's
            # mean: 1.8e4 for Adam at LR 10 on 4 blobs) was already high
            crit = "exploded"
        elif (c.unit == "step" and peak >= th.explode_vs_start * begin
              and peak >= th.explode_loss / 10 and i >= 1):
            # 100x the start and far above any sane loss, even if it came back afterwards
            # (Adam at LR 2 on circles: 0.69 -> 570 at step 2, then back to 0.35)
            crit = "exploded_then_recovered"
        if crit is not None:
            unit_range, rng = c.range_key(), [int(c.steps[0]), int(c.steps[i])]
            base.update({"metrics": [c.key], "start_loss": begin, "peak_loss": peak,
                         "peak_at": int(c.steps[i]), "end_loss": float(c.values[-1]),
                         "limit": th.explode_loss if crit == "exploded" else
                         max(th.explode_vs_start * begin, th.explode_loss / 10)})
    if crit is None and c.unit == "step" and i >= 1 and len(c.values) >= th.min_points:
        peak = float(c.values[i])
        # the first value, as for exploded_then_recovered: the lowest of the first 3 of a
        # batch-1 loss can be a sample the net already fits (0.62, 0.0046, 1.33 on the sine)
        begin = float(c.values[0])
        end = end_median(c.values)
        # unlike anything later: the swings of a noisy loss (batch 1) reach 10x a low first
        # value too, but they go on to the end of the run
        later = float(np.quantile(c.values[len(c.values) // 2:], 0.95))
        if (begin > 0 and peak >= th.divergence_spike * max(begin, later)
                and i < len(c.values) - 3
                and end >= th.divergence_stuck * begin):
            crit = "spiked_then_stuck"
            unit_range, rng = "step_range", [int(c.steps[0]), int(c.steps[-1])]
            base.update({"metrics": [c.key], "start_loss": begin, "peak_loss": peak,
                         "peak_at": int(c.steps[i]), "end_loss": end,
                         "limit": th.divergence_spike * begin})
    if crit is None and c.unit == "step":
        rising = _epoch_means_rising(ctx, th)
        if rising is None and ln_k is not None:
            rising = _epoch_means_above_ln_k(ctx, th, ln_k)
        if rising is not None:
            crit = str(rising.pop("criterion", "epoch_means_above_first"))
            unit_range, rng = "epoch_range", rising.pop("epoch_range")
            base = rising
    if crit is None:
        return []
    base["criterion"] = crit
    base[unit_range] = rng
    sev: Severity = "critical"
    back = _came_back_evidence(ctx, s) \
        if crit == "exploded_then_recovered" and s is not None else None
    if back is not None:
        sev = "warning"
        base.update(back)
        if _a_first_steps_spike(c, i, back):
            sev = "info"
            base["first_steps_spike"] = True
            return [Finding("divergence", sev, base, FIRST_STEPS_SPIKE_ADVICE)]
    return [Finding("divergence", sev, base, ADVICE["divergence"])]


FIRST_STEPS_SPIKE_SHARE = 0.05  # of the logged steps: a peak this early is the first steps'
FIRST_STEPS_SPIKE_ADVICE = (
    "The loss spiked in the first steps and the run recovered to a good held-out score: a "
    "learning-rate warm-up (or a lower starting rate) would avoid the spike.")


def _a_first_steps_spike(c: TrainCurve, peak: int, back: dict[str, object]) -> bool:
    """An exploded loss whose peak lies in the run's first steps, that ends below its first
    value and whose run ends good on held-out data: a spike the optimiser's first steps made
    and the run left behind, an info, not a warning.

    Three writers of held-out parts labelled such hand-written loops healthy (heldout290, 300,
    306: Adagrad at LR 0.02-0.05 on the sine, the step loss 0.49-0.67 -> 124-441 at step 2, back
    under its start within 7-11 steps, then validation R^2 0.88-0.93), and none of the bank's
    labels expects a divergence of a run that came back to a good held-out score. A spike later
    in the run, or a run whose held-out score is not good, stays a warning."""
    v = c.values
    return (bool(back.get("held_out_good")) and peak < max(2, FIRST_STEPS_SPIKE_SHARE * len(v))
            and bool(np.isfinite(v).all())
            and end_median(v) < float(v[0]))


def _held_out_below_initial(ctx: Context, c: TrainCurve) -> bool:
    """The held-out loss stayed under the training loss's first logged values at every
    evaluation: a per-step curve whose end "rises" above its first bin did not diverge.

    At batch 1 the step losses are one sample each, most near 0 and a few near 1, so the bins'
    medians move inside that skew: a moons MLP under Adagrad logged 0.884, 0.003, 1.49 at its
    first steps, a first bin's median of 0.0046 and a last one of 0.011 (2.4x), while its
    validation loss went 0.236, 0.201, 0.185 at accuracy 0.91-0.94 (heldout228). A run that
    diverged has a held-out loss above its start (the six stored bank runs that end above their
    start and are labelled divergence: held-out peaks of 5.0-263 against starts of 1.1-1.8)."""
    val = ctx.h.roles.get("val_loss")
    if val is None or c.unit != "step":
        return False
    # the first logged loss and ln K too: a loss blown up within its first 3 steps makes their
    # median no start at all (AdamW at LR 30: 1.79, then 4e3; validation 20-60)
    first = min(c.initial, float(c.values[0]), ctx.chance_loss or math.inf)
    v = val.values
    return len(v) >= 2 and bool(np.isfinite(v).all()) and float(v.max()) < first


def _came_back_evidence(ctx: Context, s: Series,
                        held_out_good: bool = True) -> dict[str, object] | None:
    """Evidence that a run came back from a loss that exploded, or None.

    A run that ends good on held-out data came back: a training problem to fix (the learning
    rate), not a run that broke (RMSprop at LR 0.3 on a 4-class CSV: 1.30 -> 230 in the first
    epoch, then a loss of 0 and accuracy 1.0 at every epoch; heldout108). So did one whose loss
    ends below its first value, finite throughout, with a good training score: what it ends in
    is judged on held-out data, as for any run that trains (Adagrad at LR 0.1 on 4 rows of the
    sine, batch 2: 0.057 -> 214 at step 2, then 1e-4 and training R^2 1.00 against validation
    0.61, heldout120; Adagrad on 35 rows of a Friedman regression, batches of 4: 297, 283, 26,
    then 2,944 within 10 steps, then 0 and training R^2 1.00 against validation -3.8,
    heldout122). Both need a logged held-out score to be judged on.
    """
    th = ctx.th
    perf = ctx.performance
    if not any(role in ctx.h.roles for role in ("val_accuracy", "val_error", "val_r2")):
        return None
    if held_out_good and perf.val is not None and perf.val >= th.good_score:
        return {**perf.evidence(), "came_back": True, "held_out_good": True}
    last = ctx.performance_over(1)
    if held_out_good and last.val is not None and last.val >= th.good_score \
            and _held_out_still_improving(ctx):
        # the median of the last 3 epochs lags a held-out score that improved at each: read at
        # the last epoch (RMSprop at LR 0.1, 1.47 -> 243 at step 2, then validation accuracy
        # 0.704, 0.771, 0.871 on 4 classes, 84% of a layer's ReLUs dead; heldout391)
        return {**last.evidence(), "came_back": True, "held_out_good": True,
                "held_out_read_at": "the last epoch (improving at each of the last 3)"}
    v = s.values
    if len(v) < th.min_points or not np.isfinite(v).all() or perf.train is None \
            or perf.train < th.good_score:
        return None
    end = end_median(v)
    if not end < float(v[0]):
        return None
    return {**perf.evidence(), "came_back": True, "end_median": end}


def _held_out_still_improving(ctx: Context) -> bool:
    """The held-out score (accuracy, error or R^2) improved at each of its last 3 finite
    evaluations."""
    r = ctx.h.roles
    for role, sign in (("val_accuracy", 1.0), ("val_error", -1.0), ("val_r2", 1.0)):
        s = r.get(role)
        if s is not None:
            return _fell_at_each(-sign * s.finite().values, 3)
    return False


TAIL_ABOVE_SHARE = 0.8  # of the final window's bins above the line (one noise dip allowed)


def _above_throughout(tail: np.ndarray, limit: float) -> bool:
    """The final window sits above ``limit``: every bin of a short window, else its median and
    ``TAIL_ABOVE_SHARE`` of its bins (Adam at LR 1 on 5 classes: the loss 1.78 at step 1, 3.3 a
    step at the end, 9 of the last 10 bins above 1.5 ln 5, one noise dip to 1.88)."""
    above = tail > limit
    if len(tail) < 5:
        return bool(above.all())
    return bool(np.median(tail) > limit and above.mean() >= TAIL_ABOVE_SHARE)


def _epoch_losses(ctx: Context) -> tuple[Series, np.ndarray] | None:
    """The training loss per epoch (logged, the step loss's means, or a per-epoch training loss
    only, as Keras names log it) and its finite values up to the first NaN, at least 3."""
    e = ctx.h.epoch_train_loss()
    if e is None:
        s, unit = ctx.h.train_loss()
        e = s if unit == "epoch" else None
    if e is None:
        return None
    v = e.finite_prefix().values
    return (e, v) if len(v) >= 3 else None


def _epoch_means_above_ln_k(ctx: Context, th: Thresholds,
                            ln_k: float) -> dict[str, object] | None:
    """A mean cross-entropy whose last two epoch means (of at least 3) both sit above
    ``divergence_factor`` times ln K, the untrained start: worse than guessing at the end,
    however far it fell from a blow-up's peak (RMSprop at LR 0.5 on 4 classes: 1.32 at step 1,
    epoch means 13.3 -> 2.64, the step medians swinging 1.2-3.9 so that a fifth of the final
    window dips under the line)."""
    found = _epoch_losses(ctx)
    if found is None:
        return None
    e, v = found
    limit = th.divergence_factor * ln_k
    if not (v[-2:] > limit).all():
        return None
    return {"metrics": [e.key], "start_loss": ln_k, "end_loss": float(v[-1]),
            "start_from": "ln K, the untrained start of a mean cross-entropy",
            "epoch_means_end": [float(x) for x in v[-2:]], "limit": limit,
            "criterion": "epoch_means_above_ln_k",
            "epoch_range": [int(e.steps[0]), int(e.steps[len(v) - 1])]}


def _epoch_means_rising(ctx: Context, th: Thresholds) -> dict[str, object] | None:
    """The per-epoch means of the step loss (at least 3) rise to ``divergence_factor`` times the
    first epoch's and end at their highest. A mean feels the few samples a blow-up throws far
    off, which the medians of a small batch's skewed losses hide (TensorBoard names, batch 1
    at SGD LR 0.3 on wine: epoch means 0.47 -> 2.23, the binned medians low to the end, the
    validation loss 0.03 -> 10.6). A sound run's first epoch, the untrained start in it, is its
    highest."""
    found = _epoch_losses(ctx)
    if found is None or found[1][0] <= 0:
        return None
    e, v = found
    if not (v[-1] >= th.divergence_factor * v[0] and v[-1] >= v.max()):
        return None
    return {"metrics": [e.key], "start_loss": float(v[0]), "end_loss": float(v[-1]),
            "epoch_means": [float(x) for x in v], "limit": th.divergence_factor * float(v[0]),
            "epoch_range": [int(e.steps[0]), int(e.steps[len(v) - 1])]}


def _untrained_ln_k(ctx: Context, c: TrainCurve) -> float | None:
    """ln K when the training loss is a mean cross-entropy of a classifier whose first logged
    value lies on the ln K scale (:meth:`Context.ln_k_scale`: the untrained net answers about
    uniformly, every sample's loss near ln K, whatever the batch size); else None."""
    if not _classifier(ctx) or not len(c.values):
        return None
    return ctx.ln_k_scale(float(c.values[0]))


def _nonfinite_after_peak(s: Series) -> bool:
    """The value logged right after the largest finite loss is NaN/Inf."""
    v = s.values
    fin = np.isfinite(v)
    if fin.all() or not fin.any():
        return False
    i = int(np.argmax(np.where(fin, v, -np.inf)))
    return i + 1 < len(v) and not bool(fin[i + 1])


def _classifier(ctx: Context) -> bool:
    """A classifier: so declared, its class count known, or (task not given) it logs an
    accuracy or error rate, as Keras and TensorBoard runs of classifiers do."""
    if ctx.meta.task is not None:
        return ctx.meta.task == "classification"
    return ctx.n_classes[0] is not None or any(
        role in ctx.h.roles for role in ("val_accuracy", "train_accuracy", "val_error",
                                         "train_error"))


def _weights_static(ctx: Context) -> dict[str, object]:
    ur = [s.finite() for s in ctx.h.update_ratio.values()]
    ur = [s for s in ur if len(s)]
    if not ur:
        return {}
    top = max(float(np.median(s.values)) for s in ur)
    return {"max_layer_update_ratio": top, "weights_static": top < 1e-12}


def _exploded_from_the_start(ctx: Context, div: Finding) -> bool:
    """The loss was already past ``explode_loss`` at its first step: the initial weights blew
    the signal up, so the run never had a healthy start to diverge from, and whether it then
    trains is still a question (a 12x20 net with N(0, 1) init under Adagrad: 2.1e7 at step 1,
    1.748e7 at every epoch)."""
    ev = div.evidence
    start = ev.get("start_loss")
    line = ctx.th.explode_loss
    if ctx.chance_loss is not None and ctx.chance_loss > 0:
        # a classifier's cross-entropy starts near ln K unless the initial weights blew the
        # signal up: a start of a hundred times ln K is that blow-up, below the absolute line
        # (a Morlet CNN with N(0, 1) init on 4 classes: 951 at step 1, its batches 920-1640,
        # its epoch means 1073.9 -> 1073.8 at chance; heldout290)
        line = min(line, EXPLODED_START_LN_K * ctx.chance_loss)
    if not isinstance(start, float | int) or start < line:
        return False
    # ... and stayed there: a loss that then grows by orders of magnitude diverged all the same
    # (a 6x64 net with N(0, 0.7) init: 2.8e3 at step 1, 1.5e11 by step 11, then Inf)
    peak = max((v for k in ("peak_loss", "loss", "end_loss")
                if isinstance(v := ev.get(k), float | int)), default=start)
    return peak <= ctx.th.explode_vs_start * start


EXPLODED_START_LN_K = 100.0  # a classifier's first loss this many times ln K started exploded


def check_not_training(ctx: Context) -> list[Finding]:
    c = ctx.need_curve(short=True)
    div = ctx.found.get("divergence")
    if div is not None and div.evidence.get("first_steps_spike"):
        # an info-level spike: the run came back to a good held-out score, so it trained
        raise Skip("not applicable: the loss spiked in its first steps and came back")
    if div is not None and not _exploded_from_the_start(ctx, div):
        raise Skip("not applicable: the loss diverges")
    # a per-step start from the first 5% of the steps: one bin's median is too noisy to call a
    # flat curve flat
    head = c.values[: max(5, len(c.values) // 20)] if c.unit == "step" else c.y[:1]
    start = float(np.median(head))
    y, key, unit_range = c.y, c.key, c.range_key()
    rng = [int(c.steps[0]), int(c.steps[-1])]
    e = ctx.h.epoch_train_loss() if c.unit == "step" and "unshuffled_data" in ctx.found else None
    p = e.finite_prefix() if e is not None else None
    if p is not None and len(p) >= 3:
        # data in the same order every epoch: the first steps see one class block, learnt at
        # once (measured: Gaussian quantiles sorted by label, the first 10 steps' median 0.09,
        # then the next class's block at 4.4), so the per-step start says nothing; whole epochs
        # average the cycle out (the same as divergence and slow_start do)
        y, key, unit_range = median3(p.values), p.key, "epoch_range"
        start, rng = float(p.values[0]), [int(p.steps[0]), int(p.steps[-1])]
        if _validation_loss_fell(ctx):
            # the epochs' training loss of data in a fixed order is the cost of forgetting one
            # class block while learning the next (its first epoch, learnt from scratch, the
            # lowest), while the evaluation on all classes at each epoch's end shows learning:
            # the quantiles sorted by label under Adagrad, epoch means 1.04, then 1.36 -> 1.28,
            # the validation loss 2.60 -> 1.45, under ln 5 (heldout48)
            return []
    if start == 0:
        raise Skip("the starting loss is 0")
    smooth = rolling_median(y, max(3, len(y) // 10))
    lowest = float(smooth.min())
    drop = (start - lowest) / abs(start)
    flat_epochs = _flat_epoch_means(ctx, c, start, start - lowest, len(head)) \
        if drop >= ctx.th.not_training_drop and unit_range != "epoch_range" else None
    # the prior's start: the first logged loss where it is lower than the head's median (a
    # first step at ln K, then a rise, is a net the first updates knocked out, not one that
    # started high: SGD at LR 5 on a 4-class CNN, 1.40 -> 1.97 in two steps, then 1.42-1.62
    # with every dense unit dead; heldout36)
    first = start if unit_range == "epoch_range" else min(start, float(c.values[0]))
    prior = _fell_only_to_prior(ctx, first, lowest) if drop >= ctx.th.not_training_drop \
        else None
    # a loss exploded from its first step whose validation loss is frozen to a millionth: the
    # weights did not move, so a per-step "drop" is the batches' spread (RMSprop at LR 1e-9 in
    # a 10-layer SELU net with N(0, 1.2) init: batch losses 5e7-1e8, the first 5 steps' median
    # 3.4 standard errors above the epoch means' level, the validation loss 72502160,
    # 72502144, 72502136; heldout123)
    frozen = _held_out_loss_frozen(ctx, start)
    exploded = _never_left_the_explosion(ctx, lowest, drop) if div is not None else None
    above = (_stuck_above_guessing(ctx) if drop >= ctx.th.not_training_drop and flat_epochs
             is None and prior is None and frozen is None and exploded is None else None)
    if drop >= ctx.th.not_training_drop and flat_epochs is None and prior is None \
            and (frozen is None or div is None) and exploded is None and above is None:
        return []
    perf = ctx.performance
    if perf.level(ctx.th) == "good" and frozen is None:
        return []  # flat but already good: a fine-tuned or pre-trained model
    rise = _accuracy_rise(ctx)
    if rise is not None and rise >= ctx.th.not_training_acc_rise:
        # the loss moves little but the accuracy climbs (measured: a digits CNN after 2 epochs
        # of momentum SGD, the loss 2.30 -> 2.21 while validation accuracy went 0.30 -> 0.52):
        # it trains, slowly; not_converged judges whether it needs more epochs
        return []
    ev: dict[str, object] = {"metrics": [key], unit_range: rng,
                             "start_loss": start, "lowest_loss": lowest, "relative_drop": drop,
                             "limit": ctx.th.not_training_drop, **perf.evidence(),
                             **_weights_static(ctx)}
    if flat_epochs is not None:
        ev.update(flat_epochs)
    if prior is not None:
        ev.update(prior)
    if frozen is not None:
        ev.update(frozen)
    if exploded is not None:
        ev.update(exploded)
    if above is not None:
        ev.update(above)
    return [Finding("not_training", "critical", ev, ADVICE["not_training"])]


# epoch means that all stay above this multiple of ln K are confidently wrong answers ...
STUCK_ABOVE_LN_K = 2.0
# ... and, falling less than this share of the first epoch's, no training
STUCK_ABOVE_FALL = 0.12


def _stuck_above_guessing(ctx: Context) -> dict[str, object] | None:
    """A classifier whose validation accuracy sits at chance while its epoch means (3 or more)
    all stay above ``STUCK_ABOVE_LN_K`` x ln K, worse than guessing the uniform distribution,
    and fall less than ``STUCK_ABOVE_FALL`` of the first epoch's: saturated, confidently wrong
    outputs that the updates barely move. Its step loss may fall more than
    ``not_training_drop`` on a scale of several times ln K; that says nothing about learning.
    The training accuracy need only be poor (rescaled under ``poor_score``): with every epoch's
    loss above twice the uniform guess's, the training data are not fit, and a few points over
    chance on them is not learning (until 2026-12-07 it had to be at chance too, and missed
    heldout376's tanh TabResNet with N(0, 2) init: epoch means 11.4 -> 10.3 = 7.5 ln 4, a 9%
    fall, validation accuracy 0.318 at a majority share of 0.286, training accuracy 0.339 ->
    0.361, 0.148 rescaled; its writer labelled it not training).

    Set after heldout285 on the seen runs trained again (heldout220 to 285's runner cases that
    expect `unshuffled_data` or `saturated_activation`): the five RNNs with N(0, 3) init under
    RMSprop at LR 1e-4 labelled not training and missed kept 2.5-22.7x ln K, falling 0.1-9.8%
    over 4-6 epochs (heldout237, 254, 258, 284, 285); the runs at chance above 2x ln K whose
    labels do not allow it fell 42-99.8% (high-update nets under Adagrad blown up at first). The
    evidence, else None."""
    perf = ctx.performance
    ln_k = ctx.chance_loss
    e = ctx.h.epoch_train_loss()
    if ln_k is None or perf.train is None or perf.val is None or "accuracy" not in perf.basis \
            or perf.val > ctx.th.at_chance_score or perf.train >= ctx.th.poor_score or e is None:
        return None
    means = e.finite_prefix().values
    if len(means) < 3 or means.min() < STUCK_ABOVE_LN_K * ln_k:
        return None
    fall = float((means[0] - means.min()) / means[0])
    if fall >= STUCK_ABOVE_FALL:
        return None
    return {"criterion": "stuck_above_guessing", "epoch_metric": e.key, "chance_loss": ln_k,
            "lowest_epoch_mean_over_chance_loss": float(means.min() / ln_k),
            "epoch_means_fall": fall, "fall_limit": STUCK_ABOVE_FALL,
            "over_chance_limit": STUCK_ABOVE_LN_K}


# an exploded loss that kept more than this share of its start (its epoch means where there are
# 3 or more) never left the explosion
EXPLOSION_KEPT_SHARE = 0.8


def _never_left_the_explosion(ctx: Context, lowest: float, drop: float
                              ) -> dict[str, object] | None:
    """A classifier whose loss was past ``explode_loss`` from its first step (the caller's
    ``divergence``, exploded from the start) and never came back under that line nor below
    ``EXPLOSION_KEPT_SHARE`` of its start (read on the epoch means where there are 3 or more:
    the batches of an exploded net spread by tens of percent), its accuracy at chance (every
    logged split): it never trained, whatever the loss moved on its exploded scale. A 6% fall
    of a loss of a million says nothing about learning when ln K is 1.4 (N(0, 1) leaky nets of
    6 layers: epoch means 1.32e6 -> 1.24e6 with validation accuracy 0.275 -> 0.268 on 4
    classes, 3.20e4 -> 3.04e4 at 0.19, 2.90e8 -> 2.89e8 at 0.25; heldout227, 232 and 239,
    whose writers read "no fall" from the same curves). A loss that falls by a third in three
    epochs is still on its way down, and its writer allowed ``not_converged`` there instead
    (an N(0, 1) ReLU net under RMSprop, epoch means 7.4e4 -> 5.0e4 at 0.18 on 6 classes;
    heldout34). The evidence, else None."""
    perf = ctx.performance
    scores = [v for v in (perf.train, perf.val) if v is not None]
    if ctx.chance_loss is None or perf.val is None or "accuracy" not in perf.basis \
            or max(scores) > ctx.th.at_chance_score:
        return None
    e = ctx.h.epoch_train_loss()
    means = e.finite_prefix().values if e is not None else np.empty(0)
    fall, read = drop, "step"
    if len(means) >= 3 and means[0] > 0:
        fall, read = float((means[0] - means.min()) / means[0]), "epoch_means"
    if lowest < ctx.th.explode_loss or fall >= 1 - EXPLOSION_KEPT_SHARE:
        return None
    return {"criterion": "never_left_the_explosion", "explode_line": ctx.th.explode_loss,
            "exploded_fall": fall, "exploded_fall_from": read,
            "kept_share_limit": EXPLOSION_KEPT_SHARE}


# a held-out loss that never moves more than this share of itself: the weights did not move
# (1e-6 until heldout238: an N(0, 1) DropConnect MLP at LR 1e-10, validation loss 1389.372,
# 1389.356, 1389.339, 2.4e-5 apart, its batch losses 2,460-6,250 around a flat 2,500)
HELD_OUT_FROZEN = 1e-4


def _held_out_loss_frozen(ctx: Context, start: float) -> dict[str, object] | None:
    """The validation loss came back the same, to ``HELD_OUT_FROZEN`` of itself, at 3
    evaluations or more: the weights did not move, so a good score is the draw the net started
    from, not something it learnt (SGD at LR 1e-10 on wine: 0.8995252 at each of 4 epochs,
    validation accuracy 0.81 throughout; heldout106). A loss frozen far under the training
    loss's start (a net that fits its data at 0) is a finished fit, not a stuck one."""
    v = ctx.h.roles.get("val_loss")
    f = v.finite_prefix() if v is not None else None
    if f is None or len(f) < 3:
        return None
    first = float(f.values[0])
    if first <= 0 or float(np.max(np.abs(f.values - first))) > HELD_OUT_FROZEN * first:
        return None
    if first < 0.5 * start:
        return None
    return {"held_out_loss_frozen": first, "frozen_evaluations": len(f)}


def _validation_loss_fell(ctx: Context) -> bool:
    """The validation loss (3 epochs or more) fell by ``not_training_drop`` below its first
    value and, for a classifier, below ln K (under the class prior's loss: more than the output
    layer learning the class frequencies)."""
    v = ctx.h.roles.get("val_loss")
    f = v.finite_prefix() if v is not None else None
    if f is None or len(f) < 3 or not f.values[0] > 0:
        return False
    floor = float(f.values[0])
    if ctx.chance_loss is not None:
        floor = min(floor, ctx.chance_loss)
    return float(np.min(f.values)) <= (1 - ctx.th.not_training_drop) * floor


def _fell_only_to_prior(ctx: Context, start: float, lowest: float) -> dict[str, object] | None:
    """A classifier's loss that starts near ln K and falls only onto the class prior's loss
    (``Context.prior_loss``: ln K for balanced classes, the class shares' entropy under it),
    with both accuracies at chance: the output layer learnt the class frequencies and nothing
    else (14 sigmoid layers with plain SGD on a 5-class set: 1.69 -> 1.61 = ln 5, accuracy 0.20
    throughout, a first layer's gradient 1e-12). The 5% "drop" is no training. Chance is
    guessing uniformly or answering the largest class (ctx.chance), whichever is better: a
    net whose every ReLU a shift of -10 killed, on 4 classes the largest of which holds 37%,
    went 1.51 -> 1.33 = the prior's 1.33 (ln 4 = 1.39), answering that class at 0.369 and
    0.371 (heldout358, its one measurement missed it). Evidence, or None."""
    floor = ctx.chance_loss
    prior = ctx.prior_loss
    if floor is None or prior is None:
        return None
    k, source = ctx.n_classes
    perf = ctx.performance
    th = ctx.th
    if perf.train is None or perf.val is None:
        return None
    if max(perf.train, perf.val) > th.at_chance_score and not _both_at_majority(ctx):
        return None
    if not (start <= (1 + th.not_training_prior) * floor
            and lowest >= (1 - th.not_training_drop) * min(floor, prior[0])):
        return None
    return {"chance_loss": floor, "chance_loss_from": f"ln K, K = {k} ({source})",
            "prior_loss": prior[0], "prior_loss_from": prior[1],
            "fell_only_to_chance_loss": True, "prior_limit": th.not_training_prior}


def _both_at_majority(ctx: Context) -> bool:
    """The last training and validation accuracies (median of the last 3) both no more than
    ``at_chance_margin`` above answering the largest class. Not ``Context.near_chance``'s
    rescaled score: a one-unit RNN on 4 nearly balanced classes (the largest 27.5%) climbing
    0.23 -> 0.34, its loss 1.41 -> 1.32 and still falling, is under a tenth of the way from
    that share to perfect, yet learning (heldout349, labelled so)."""
    chance, _ = ctx.chance
    margin = ctx.th.at_chance_margin
    r = ctx.h.roles
    ends = [last_value(r.get(role)) for role in ("train_accuracy", "val_accuracy")]
    return all(a is not None and a <= chance + margin for a in ends)


FLAT_Z = 3.0  # a per-step drop within this many standard errors of the start is noise


def _flat_epoch_means(ctx: Context, c: TrainCurve, start: float, step_drop: float,
                      n_head: int) -> dict[str, object] | None:
    """A per-step loss whose batches are so noisy that its apparent drop is noise, while the
    per-epoch means (at least 3) all stay within ``not_training_drop`` of the first epoch's:
    flat (measured: Adadelta at LR 0.1 on unscaled regression targets, batch MSE swinging
    12k-44k, a 15% "drop" of the binned medians, epoch means 25,427 -> 25,407; SGD at LR 1e-6 on
    sine, batch losses 0.36-0.65, epoch means within 3.5%). The drop counts as noise when it is
    under FLAT_Z standard errors of the starting level (the step-to-step noise over the root of
    the points it is the median of): a run that learns within its first epoch and then holds
    has a drop far beyond that. The drop also counts as noise when the per-step start itself
    lies within ``not_training_drop`` (or FLAT_Z standard errors) of the epoch means' level:
    the binned medians' lowest point is the noise's low tail, not a fall (measured: a tanh net
    with N(0, 5) init under Adam at LR 1e-6, batch losses 30-54, a 24% "drop" of the medians,
    the start 44.9 against epoch means 43.68-43.68; heldout49). None when the curve is not flat
    in this sense."""
    if c.unit != "step":
        return None
    e = ctx.h.epoch_train_loss()
    v = e.finite_prefix().values if e is not None else np.empty(0)
    if len(v) < 3 or v[0] == 0:
        return None
    spread = float(np.max(np.abs(v - v[0])) / abs(v[0]))
    se = diff_noise(c.values) / math.sqrt(n_head)
    level = float(np.median(v))
    start_on_level = abs(start - level) < max(ctx.th.not_training_drop * abs(start), FLAT_Z * se)
    if spread >= ctx.th.not_training_drop or not se > 0 or (
            step_drop >= FLAT_Z * se and not start_on_level):
        return None
    return {"criterion": "epoch_means_flat", "epoch_metric": e.key,
            "epoch_means_spread": spread, "step_drop_in_noise_se": step_drop / se}


def _accuracy_rise(ctx: Context) -> float | None:
    """How far the validation (else training) accuracy rose from its first logged epoch to its
    end (median of the last 3), rescaled so that chance is 0 and perfect 1; None without an
    accuracy curve. An accuracy that ends no better than chance (``Context.chance``: the better
    of 1/K and answering the largest class) has not risen, however low its first epoch: a net
    that answers one class goes from a smaller class's share to the largest's by switching the
    class it answers (heldout386's 12-layer sigmoid net with its first gradients at 1e-17, the
    loss 1.391 -> 1.372 = ln 4, every prediction in one class, validation accuracy 0.225,
    0.343, 0.254, 0.343 at a majority share of 0.343: a "rise" of 0.157 from the first epoch).
    One that ends above that share, by however little, tells the classes apart."""
    r = ctx.h.roles
    s = r.get("val_accuracy") or r.get("train_accuracy")
    if s is None:
        return None
    v = s.finite().values
    if len(v) < 2:
        return None
    chance = ctx.uniform_chance
    end = float(np.median(v[1:][-3:]))
    if end <= ctx.chance[0] + 1e-9:
        return 0.0
    return float((end - v[0]) / (1.0 - chance))


def check_slow_start(ctx: Context) -> list[Finding]:
    """A plateau before the loss falls (or an accuracy at chance for the first epochs). Beside a
    regression loss on a classifier it is that loss's effect, named by ``loss_mismatch``: info
    here (square error on softmax outputs, SGD with momentum 0.4 on a 4-class CSV: 3 of 10
    epochs on a plateau, then accuracy 1.0; heldout28's on Gaussian quantiles)."""
    found = _slow_start(ctx)
    if ctx.loss_mismatched:
        return [Finding(f.code, "info", {**f.evidence, "effect_of": "loss_mismatch"}, f.advice)
                for f in found]
    return [_overcome(ctx, _warm_up(ctx, f)) for f in found]


def _overcome(ctx: Context, f: Finding) -> Finding:
    """A ``slow_start`` at warning in a run that ends fitting its training data
    (``Context.training_fit``) beside a ``generalisation_gap`` at warning is an info. The
    plateau held the run back only for a while: the recipe's first question is answered yes at
    the end, and what it needs is on the held-out side. The small-subset gap runs of the bank
    (a CNN on 30 images under Adam: the loss at ln 4 for 7 to 25 of 100 epochs, then training
    accuracy 1.0 against 0.40-0.52 held out) were found so 25 times at their measurements
    (heldout203 to 373), each a false alarm that also turned their verdict to a training
    problem; none of the bank's labelled slow starts ended with a gap."""
    if f.severity != "warning" or not ctx.warned("generalisation_gap") \
            or not ctx.training_fit().get("training_fit"):
        return f
    ev = {**f.evidence, "overcome_before": "generalisation_gap", "training_fit": True}
    advice = ("The loss sat on a plateau before it fell, but the run then fits its training "
              "data: the gap to held-out data is what to fix first (see generalisation_gap). "
              + f.advice)
    return Finding("slow_start", "info", ev, advice)


def _warm_up(ctx: Context, f: Finding) -> Finding:
    """A warning plateau of fewer than ``WARM_UP_EPOCHS`` whole epochs, of a classifier whose
    loss began more than ``slow_start_warm_up`` off ln K, is a warm-up: info. Its outputs were
    not uniform at the start, so its weights reached the output, and the plateau was not long
    (the lectures' slow start is a long plateau from a bad initialisation, whose tiny weights
    leave every answer uniform). Measured on the seen parts: labelled slow starts of heldout200
    to 285 began 0.00001-0.35% off ln K (all but three under 0.1%); those of heldout24 to 94
    that began further off (plain CNNs under SGD or momentum with the default init, 0.42-2.5%)
    sat on their plateau for 4.86 to 29 epochs; the 29 healthy warm-ups the readings above
    warned (CNNs and RNNs under momentum, Nesterov or Adam) 1.7-7.8 epochs, 0.13-3.7% off ln K.
    Only the loss plateau's reading is judged: the accuracy's and the epoch means' count epochs
    at chance, not a plateau's length. A validation accuracy at chance for a third of the run
    is a stuck model however its plateau began (heldout44's fish CNN under plain SGD: 1% off
    ln 4, at chance for 8 of 14 epochs)."""
    off = _start_off_chance_loss(ctx)
    epochs = f.evidence.get("plateau_epochs")
    if (f.severity != "warning" or off is None or off <= ctx.th.slow_start_warm_up
            or not isinstance(epochs, float) or epochs >= WARM_UP_EPOCHS):
        return f
    va = ctx.h.roles.get("val_accuracy")
    if va is not None and _epochs_at_chance(ctx) >= STUCK_RUN_SHARE * len(va.finite().values):
        return f
    ev = {**f.evidence, "start_off_chance_loss": off, "warm_up_limit": ctx.th.slow_start_warm_up,
          "warm_up_epochs": WARM_UP_EPOCHS}
    advice = (f"A warm-up of {epochs:.1f} epochs, not a bad initialisation: the loss began "
              f"{off:.1%} off ln K, so the initial weights reached the outputs. If the plateau "
              "costs too much, shorten it with a higher learning rate, less momentum or a "
              "learning-rate warm-up schedule.")
    return Finding(f.code, "info", ev, advice)


def _start_off_chance_loss(ctx: Context) -> float | None:
    """How far (a fraction of ln K) the median of a classifier's first 3 per-step training
    losses lies from ln K; None without K, without a per-step loss logged from the first steps
    (Lightning's default logs every 50th: learning has begun by then), or with a loss that is
    not the cross-entropy."""
    ln_k = ctx.chance_loss
    s = ctx.h.roles.get("train_loss_step")
    if ln_k is None or ln_k <= 0 or s is None or len(s) < 3 or ctx.loss_mismatched:
        return None
    steps, v = s.steps[:3], s.values[:3]
    if steps[0] > 2 or steps[2] - steps[0] > 2 or not np.isfinite(v).all():
        return None
    return float(abs(np.median(v) / ln_k - 1))


def _slow_start(ctx: Context) -> list[Finding]:
    try:
        found = _slow_start_of_loss(ctx)
    except Skip as skip:
        if "not applicable" in str(skip):
            raise
        found, reason = [], skip
    else:
        reason = None
    near = _near_chance_loss_first(ctx) if not found or found[0].severity == "info" else None
    if found:
        if near is not None:
            # an info plateau whose epochs sat on ln K: the outputs stayed uniform, a stuck start
            ev = found[0].evidence
            metrics = [*ev.get("metrics", []), *(m for m in near["metrics"]
                                                  if m not in ev.get("metrics", []))]
            return [Finding("slow_start", "warning", {**ev, **near, "metrics": metrics},
                            found[0].advice)]
        return found
    f = _slow_start_of_accuracy(ctx)
    if f is not None:
        return [f]
    if near is not None:
        return [Finding("slow_start", "warning",
                        {"criterion": "epoch_means_on_chance_loss", **near},
                        ADVICE["slow_start"])]
    if reason is not None:
        raise reason
    return []


def _near_chance_loss_first(ctx: Context) -> dict[str, object] | None:
    """Evidence of a classifier whose first ``UNIFORM_CHANCE_EPOCHS`` epochs' mean training
    losses lie within ``SLOW_START_EPOCH_BAND`` of ln K (its outputs all but uniform: weights
    too small for the signal to reach them) and which then learnt: the epoch means fall at
    least ``slow_start_uniform_min_drop`` below ln K and the validation accuracy leaves chance
    by the end. Else None.

    Measured on the small-init nets under momentum 0.9 that heldout216 to 234's writers
    labelled slow starts and the plateau readings above called info or missed: 2-3 epochs
    within 1% of ln K (0.5% of it for some, the step loss too noisy for the 0.3% band), the
    accuracy at chance for 0-2 of them, then 0.72-0.95 (7 of the 8 such misses of heldout214
    to 235). Of the 204 healthy runs of heldout196 to 203 re-diagnosed with it, one more is
    warned: a Nesterov GLU net 3 epochs within 0.25% of ln 3 (an info plateau before)."""
    ln_k = ctx.chance_loss
    va = ctx.h.roles.get("val_accuracy")
    e = ctx.h.epoch_train_loss()
    p = e.finite_prefix() if e is not None else None
    if ln_k is None or ln_k <= 0 or va is None or p is None or len(p) < ctx.th.min_epochs:
        return None
    near = _epoch_means_near(ctx, ln_k, SLOW_START_EPOCH_BAND)
    if near < UNIFORM_CHANCE_EPOCHS or near > len(p) - UNIFORM_CHANCE_EPOCHS:
        return None  # left ln K at once, or never left it (not_training's)
    lowest = float(np.min(p.values[near:]))
    if lowest > ln_k * (1 - ctx.th.slow_start_uniform_min_drop):
        return None
    if not _left_chance(ctx, va):
        return None  # never left chance: at_chance's
    return {"metrics": [p.key, va.key], "epochs_near_chance_loss": near,
            "near_band": SLOW_START_EPOCH_BAND, "chance_loss": ln_k,
            "epochs_at_chance": _epochs_at_chance(ctx), "lowest_epoch_loss": lowest}


def _slow_start_of_accuracy(ctx: Context) -> Finding | None:
    """The validation accuracy sits at chance (the better of 1/K and the majority share) for
    the first ``SLOW_START_CHANCE_EPOCHS`` epochs or more, then learns: a stuck start even when
    the loss first falls to the class prior's entropy and plateaus there (a 4x32 tanh net with
    a small init on the 3-class pump set: ln 3 -> 0.99, accuracy at the majority share 0.535
    for 3 epochs, then 0.81)."""
    va = ctx.h.roles.get("val_accuracy")
    stuck = _epochs_at_chance(ctx)
    if va is None or stuck < SLOW_START_CHANCE_EPOCHS:
        return None
    v = va.finite().values
    if stuck < SLOW_START_CHANCE_SHARE * len(v):
        # a sliver of a long run is no plateau: 3 of 50 epochs of a CNN on a 30-sample subset
        # are 9 updates (the stuck starts measured: 3 of 20 epochs or more)
        return None
    end, score = _rescaled_end(ctx, va)
    if len(v) < ctx.th.min_epochs or stuck > len(v) - 2 or score < 3 * ctx.th.at_chance_score:
        return None  # never left chance, or hardly: at_chance / not_training say it
    if _loss_falls_through(ctx, stuck):
        return None
    from dnnlab.diagnose._rules_fit import reference, val_score_gain

    ref = reference(ctx)
    if ref is not None and ref[0] == "accuracy" and end < ref[1] - ctx.th.underfit_vs_reference:
        # it left chance but stopped far below what the data allow: a poor fit, which
        # underfitting names (two sigmoid units on the pump set: 0.535 for 3 epochs, then 0.68
        # against a baseline's 0.815), not a late start. One still climbing at the end, by
        # underfitting's own pace (``underfit_still_rising`` over the second half), left chance
        # late and is not done: a slow start (a sickle CNN with N(0, 0.01) init under Adagrad:
        # at chance for 3 of 20 epochs, then 0.25 -> 0.71 and rising against a baseline's 0.87)
        gain = val_score_gain(ctx)
        if gain is None or gain < ctx.th.underfit_still_rising:
            return None
    ev = {"metrics": [va.key], "epoch_range": [1, stuck], "criterion": "accuracy_at_chance_first",
          "epochs_at_chance": stuck, "chance": ctx.chance[0], "final_accuracy": end,
          "limit": SLOW_START_CHANCE_EPOCHS}
    return Finding("slow_start", "warning", ev, ADVICE["slow_start"])


def _loss_falls_through(ctx: Context, stuck: int) -> bool:
    """Whether the loss (validation, else training per epoch) fell over the ``stuck`` epochs at
    chance at half or more of its pace over as many epochs after them: a net that learns from
    its first step while its accuracy waits for the boundary to take shape, with no plateau to
    end (measured: Keras names, RAdam on circles, validation accuracy 0.45-0.54 for 4 of 30
    epochs while the validation loss fell 0.72 -> 0.62, then 0.62 -> 0.45 over the next 4)."""
    loss = ctx.h.roles.get("val_loss") or ctx.h.epoch_train_loss()
    if loss is None:
        return False
    y = loss.finite().values
    if stuck < 2 or len(y) < 2 * stuck:
        return False
    during = (y[0] - y[stuck - 1]) / (stuck - 1)
    after = (y[stuck - 1] - y[2 * stuck - 1]) / stuck
    return bool(after > 0 and during >= 0.5 * after)


def _rescaled_end(ctx: Context, va: Series) -> tuple[float, float]:
    """The validation accuracy at the end (median of the last 3 finite epochs) and its score
    rescaled so that chance (:attr:`Context.chance`) is 0 and perfect is 1."""
    chance = ctx.chance[0]
    end = float(np.median(va.finite().values[-3:]))
    return end, (end - chance) / (1.0 - chance) if chance < 1 else 0.0


def _left_chance(ctx: Context, va: Series) -> bool:
    """The validation accuracy ended clearly above chance (its rescaled end at least 3x
    ``at_chance_score``): the net learnt something, however late."""
    return _rescaled_end(ctx, va)[1] >= 3 * ctx.th.at_chance_score


def _slow_start_of_loss(ctx: Context) -> list[Finding]:
    c = ctx.need_curve()
    th = ctx.th
    if "not_training" in ctx.found:
        raise Skip("not applicable: not_training found")
    if "divergence" in ctx.found:
        # measured: Adam at LR 0.5 on moons, the loss 0.65 -> 191 at step 4 and swinging between
        # 1e-39 and 86 for 15 steps: that "plateau" is the blow-up, not a bad initialisation
        raise Skip("not applicable: the loss diverged (its early shape is the blow-up's)")
    if "noisy_loss" in ctx.found:
        # measured: batch 1 at LR 0.5 on moons, a running median of 5 per-sample losses "fell
        # 90%" within 31 steps after a 23-step "plateau": timing noise, not a plateau
        raise Skip("not applicable: noisy_loss found (step noise hides when a plateau ends)")
    if ctx.step_noise_over_fall:
        # ordinary batch noise as large next to the fall (a sound moons MLP at batch 22 under
        # ASGD: noise 0.43 of its fall, the median of its first 3 batch losses 0.27 where the
        # first epoch's is 0.33) hides it as much
        raise Skip("not applicable: the step noise is over a third of the fall (it hides when "
                   "a plateau ends)")
    key, steps, v, step = c.key, c.steps, c.values, c.unit == "step"
    if step and "unshuffled_data" in ctx.found:
        # the per-step loss cycles every epoch (measured: digits sorted by label, a 5-step
        # running median dips with every class block, so a "plateau" ends at a block boundary);
        # whole epochs average the cycle out
        e = ctx.h.epoch_train_loss()
        p = e.finite_prefix() if e is not None else None
        if p is None or len(p) < 10:
            raise Skip("not applicable: the per-step loss cycles every epoch (unshuffled_data) "
                       "and fewer than 10 epochs are logged to time a plateau per epoch")
        key, steps, v, step = p.key, p.steps, p.values, False
    n = len(v)
    if n < (th.min_steps if step else 10):
        raise Skip(f"{key} has fewer than {th.min_steps if step else 10} finite points")
    # a finer curve than c.y (0.1% of the run per point): a plateau of one epoch in a long run
    # is a sliver of one of c.y's bins. Per step: medians of 5 such points; per epoch: of 3.
    x, yb = binned_median(steps, v, max(1, n // 1000)) if step else (steps, v)
    ys = rolling_median(yb, 5 if step else 3)
    start = float(np.median(v[: max(3, n // 200)])) if step else float(v[0])
    lowest = float(ys.min())
    total = start - lowest
    stuck = _epochs_at_chance(ctx)
    ln_k = ctx.chance_loss
    # epochs the loss stays on ln K (tiny logits ranked right already score above chance, so
    # the accuracy can leave chance while the outputs are still uniform); a net whose loss
    # leaves ln K at once learned from its first batches, however long the accuracy then waits
    # at chance (a healthy tulip CNN under Adam: on ln 4 for 0.13 epochs, 1-2% under it and
    # at chance for 2 epochs, then 0.91)
    on_ln_k = (_epochs_on(ys, x, ln_k, th.slow_start_uniform_band, ctx)
               if ln_k is not None else 0.0)
    uniform = (ln_k is not None and abs(start / ln_k - 1) <= th.slow_start_uniform
               and ("val_accuracy" not in ctx.h.roles or on_ln_k >= UNIFORM_CHANCE_EPOCHS
                    or (stuck >= UNIFORM_CHANCE_EPOCHS and on_ln_k >= UNIFORM_MIN_EPOCHS)))
    # a plateau on ln K itself need fall less to count: the outputs left the uniform
    # distribution late (4x28-4x30 ReLU nets with N(0, 0.02) init under Adam(W) on 4 classes:
    # ln 4 for 40-53% of the run, accuracy at chance for 8-11 epochs, then 6-19% down by the
    # end)
    min_drop = th.slow_start_uniform_min_drop if uniform else th.slow_start_min_drop
    if start <= 0 or total < min_drop * start:
        return []
    spe = ctx.h.steps_per_epoch if step else 1
    first = (float(np.median(v[steps < steps[0] + spe])) if step and spe and spe > 1
             else None)
    if first is not None and first > 0 and start < SLOW_START_FIRST_EPOCH_SHARE * first:
        # the loss fell in its first epoch, before its "plateau": a slow start sits where the
        # loss began (an 8-row TensorBoard-named moons overfit at batch 2, 4 steps an epoch:
        # 0.83 then 0.013 at step 2, its first three losses' median 0.0128 flat for 152 steps
        # on the way to 1e-6; the first epoch's median 0.42)
        return []
    # the plateau ends where the loss stays below the level for a while (a dip of noise does
    # not end it); the 90% mark is the first crossing after that
    k = 15 if step else 2
    run_end = first_run(ys < start - th.slow_start_level * total, k)
    if run_end is None:
        return []
    t_p = run_end - k + 1
    t_90 = t_p + int(np.argmax(ys[t_p:] < start - 0.9 * total))
    plateau = float(x[t_p] - steps[0])
    to_90 = float(x[t_90] - steps[0])
    if t_p < (10 if step else 2) or to_90 <= 0:
        return []
    share = plateau / to_90
    if share < th.slow_start_fraction and not uniform:
        # (a plateau on ln K itself is judged however short next to the fall after it: a long
        # slow descent to the end stretches the time to 90%, measured: a 5x44 net with
        # N(0, 0.01) init on ln 3 for 2.5 of 22 epochs, 22% of the time to 90%)
        return []
    run_share = plateau / float(steps[-1] - steps[0]) if steps[-1] > steps[0] else 0.0
    # the lectures' "long plateau": long next to the fall that follows it and next to the run
    long = share >= th.slow_start_long
    epochs_flat = plateau / spe if spe else None
    # a plateau of several whole epochs that takes the share of the run is long however slowly
    # the loss then falls: a descent still going at the end stretches the time to 90% (a
    # trowel CNN under plain SGD: 5.3 of 16 epochs on ln 4, 0.38 of the time to 90%, two
    # thirds of its fall in the last quarter); over a run of a few epochs a plateau of a share
    # is a warm-up of 1-2 epochs (a 5-epoch SGD regression: 1.5 epochs, 30% of the run)
    lasting = epochs_flat is not None and epochs_flat >= SLOW_START_LONG_EPOCHS
    sev: Severity = ("warning" if (long or lasting) and run_share >= th.slow_start_run_share
                     else "info")
    ev = {"metrics": [key], "step_range" if step else "epoch_range": [int(steps[0]), int(x[t_p])],
          "plateau_share": share, "steps_to_90pct": to_90, "plateau_loss": start,
          "lowest_loss": lowest, "limit": th.slow_start_fraction,
          "plateau_share_of_run": run_share, "run_share_limit": th.slow_start_run_share,
          "plateau_epochs": epochs_flat, "first_epoch_loss": first}
    va = ctx.h.roles.get("val_accuracy")
    # the accuracy left chance by the end (one that never does is at_chance's)
    left_chance = va is not None and _left_chance(ctx, va)
    stuck_long = left_chance and stuck >= STUCK_RUN_SHARE * len(va)
    # (and, as the accuracy's own reading asks, a share of the epochs logged: 3 of 150 epochs
    # of a 10-row overfit at batch 2 are 15 updates, after which its loss fell within 3 steps)
    stuck_start = (va is not None and stuck >= SLOW_START_CHANCE_EPOCHS
                   and stuck >= SLOW_START_CHANCE_SHARE * len(va.finite().values))
    if sev == "info" and (share >= STUCK_PLATEAU_SHARE or stuck_long) and stuck_start:
        # shorter than a third of the run, but the model itself was stuck: its validation
        # accuracy sat at chance for the first epochs (a 5x32 tanh net with N(0, 0.05) init on
        # the digits 0-2: exactly 1/3 for 4 of 20 epochs); a warm-up that is only slow is above
        # chance from its second epoch (Nesterov digits CNNs: 0.07, then 0.32, at 24% of the run).
        # A plateau not long next to the fall after it counts when the accuracy sat at chance
        # for a third of the run (a fish CNN under plain SGD: 8 of 14 epochs, then 0.52 and
        # still rising, its loss's plateau 41% of the time to 90%; a healthy CNN's warm-up: 3 of
        # 16 epochs) and then left it (an overfit CNN on 60 images never does: at_chance)
        sev = "warning"
        ev["epochs_at_chance"] = stuck
    if sev == "info" and uniform:
        # the plateau sits on ln K itself: every sample's loss is ln K, so the net answers the
        # uniform distribution, its logits all ~0 (weights too small for the signal to reach
        # the output: 5x32-5x48 ReLU nets with N(0, 0.02) init, 0.00-0.03% from ln K, at
        # 34-44% of the time to 90% and 17-19% of the run, validation accuracy exactly 1/K for
        # their first 2-3 epochs); a slow warm-up of a net with ordinary init moves off ln K at
        # once (healthy CNNs: 0.11-0.62% from it, on it for at most 0.3 epochs); tiny logits
        # ranked right already score above chance in the second epoch, so 2 epochs on ln K
        # count as well (a 4x24 ReLU net with N(0, 0.02) init under AdamW on a 3-class CSV:
        # ln 3 for 2.2 of 15 epochs, the accuracy above chance from the second)
        sev = "warning"
        ev.update({"uniform_outputs": True, "chance_loss": ln_k,
                   "uniform_limit": th.slow_start_uniform, "epochs_on_chance_loss": on_ln_k})
    if (sev == "info" and long and epochs_flat is not None
            and epochs_flat >= SLOW_START_LONGER_EPOCHS
            and run_share >= SLOW_START_LONGER_RUN_SHARE):
        # both long next to the fall and four whole epochs or more: a slow start however long
        # the run goes on after it (a trident CNN under momentum 0.6: 4.9 of 18 epochs on ln 4,
        # 0.40 of the time to 90%, 27% of the run; the healthy runs whose plateau is that long
        # next to their fall last at most 3.65 epochs, CNN warm-ups under momentum or Nesterov)
        sev = "warning"
        ev["longer_epochs_limit"] = SLOW_START_LONGER_EPOCHS
    if sev == "info" and ln_k is not None and left_chance and stuck >= UNIFORM_CHANCE_EPOCHS:
        # the epochs' mean loss sat within 0.5% of ln K and the validation accuracy at chance
        # for the first 2 epochs or more, then the net learned: its outputs stayed all but
        # uniform that long (small-init nets under momentum 0.9: 2 epochs within 0.5% of ln 4
        # and at chance for 2-3, then 0.89-0.98, heldout208, 210 and 223, their step loss too
        # noisy for the 0.3% band above); a warm-up with ordinary init leaves one or the other
        # within an epoch (a Nesterov GhostNet-style CNN: 1 epoch within 0.5% of ln 4, above
        # chance from the first epoch; heldout220 to 223's 112 healthy runs: none both for 2)
        near = _epoch_means_near(ctx, ln_k, SLOW_START_NEAR_BAND)
        if near >= UNIFORM_CHANCE_EPOCHS:
            sev = "warning"
            ev.update({"epochs_near_chance_loss": near, "near_band": SLOW_START_NEAR_BAND,
                       "chance_loss": ln_k, "epochs_at_chance": stuck})
    return [Finding("slow_start", sev, ev, ADVICE["slow_start"])]


PER_SAMPLE_EPOCH_STEPS = 100  # single-sample steps an epoch from which a run sees a data set
SLOW_START_CHANCE_EPOCHS = 3  # first epochs of validation accuracy at chance: a stuck start
SLOW_START_LONG_EPOCHS = 3  # whole epochs of plateau that, at slow_start_run_share, are long
SLOW_START_LONGER_EPOCHS = 4  # ... and that, with slow_start_long, need only this share:
SLOW_START_LONGER_RUN_SHARE = 0.2
WARM_UP_EPOCHS = 4.8  # a plateau off ln K this many whole epochs long is a slow start
# a plateau below this share of the first epoch's median step loss is not at the start
SLOW_START_FIRST_EPOCH_SHARE = 0.5
UNIFORM_CHANCE_EPOCHS = 2  # ... as many with the loss on ln K itself
UNIFORM_MIN_EPOCHS = 1  # ... of which the loss stays on ln K (within slow_start_uniform_band)
SLOW_START_CHANCE_SHARE = 0.1  # ... and at least this share of the logged epochs
# epoch means within this fraction of ln K, with the accuracy at chance, for 2 epochs: a stuck start
# (a plateau 1% above ln K, at chance for 3 of 14 epochs, is a warm-up: tests, heldout44)
SLOW_START_NEAR_BAND = 0.005
SLOW_START_EPOCH_BAND = 0.01  # ... and, whatever the accuracy, the first epochs' means within this
# a plateau shorter than slow_start_run_share is still a warning when the validation accuracy
# sat at chance for its first epochs and the plateau is this long next to the fall after it, or
# the accuracy sat at chance for this share of the run (the warning's own lines until heldout51:
# lowered there, they would make a warning of an overfit spiral CNN whose accuracy left chance
# after 8 of 60 epochs, its plateau 0.42 of the time to 90%)
STUCK_PLATEAU_SHARE = 0.45
STUCK_RUN_SHARE = 1 / 3


def _epochs_on(ys: np.ndarray, x: np.ndarray, level: float, band: float, ctx: Context) -> float:
    """How many epochs a smoothed curve stays within ``band`` (a fraction) of ``level`` from its
    start: its share of the run times the logged epochs (of the validation accuracy)."""
    va = ctx.h.roles.get("val_accuracy")
    out = np.abs(ys / level - 1) > band
    if va is None or not out.any() or x[-1] <= x[0]:
        return float(len(va)) if va is not None else 0.0
    return float((x[int(np.argmax(out))] - x[0]) / (x[-1] - x[0]) * len(va))


def _epoch_means_near(ctx: Context, level: float, band: float) -> int:
    """How many of the first epochs' mean training losses lie within ``band`` (a fraction) of
    ``level``: per epoch, where a noisy step loss averages out."""
    e = ctx.h.epoch_train_loss()
    p = e.finite_prefix() if e is not None else None
    if p is None or not len(p) or level <= 0:
        return 0
    out = np.abs(p.values / level - 1) > band
    return int(np.argmax(out)) if out.any() else len(p)


def _epochs_at_chance(ctx: Context) -> int:
    """How many of the first epochs the validation accuracy stays at chance (the better of 1/K
    and the majority share: :meth:`Context.near_chance`); 0 when the classes or the
    accuracy are unknown."""
    va = ctx.h.roles.get("val_accuracy")
    k, _ = ctx.n_classes
    if va is None or not k or k < 2:
        return 0
    chance = max(1.0 / k, ctx.chance[0])  # the better of 1/K and the majority share
    if chance >= 1:
        return 0
    above = np.flatnonzero(~ctx.near_chance(va.values, chance))
    return int(above[0]) if len(above) else 0


def _last_fall(y: np.ndarray, tail: float) -> float:
    """The last point's fall, scaled to the tail's share of a short curve (3 or 4 points, each
    an epoch: the last epoch is a third or a quarter of the run)."""
    return float(y[-2] - y[-1]) * tail * len(y)


def _tail_decrease(y: np.ndarray, tail: float) -> tuple[float, int]:
    """How much a smoothed curve falls over its last ``tail`` fraction (least-squares slope
    projected over the tail), and the tail's length."""
    n_tail = max(3, math.ceil(tail * len(y)))
    return -slope(y[-n_tail:]) * (n_tail - 1), n_tail


def check_not_converged(ctx: Context) -> list[Finding]:
    c = ctx.need_curve(short=True)
    th = ctx.th
    steady = _sorted_val_falling(ctx)  # sorted blocks: the held-out loss still falls
    # an info-level spike of the first steps is a run that came back and trained on as any
    # other: whether it still improves at its end is read as for any run (heldout334's minLSTM
    # under Adagrad at LR 2: the step loss 1.3 -> 136 at step 3, back within the first epoch,
    # then validation accuracy still rising, 0.88 -> 0.94 over its last two epochs of 8, its
    # loss down 34% in the last)
    div = ctx.found.get("divergence")
    spike = div is not None and bool(div.evidence.get("first_steps_spike"))
    for code in ("nan_loss", "divergence", "not_training"):
        if code not in ctx.found or (code == "divergence" and spike):
            continue
        if code == "not_training" and (_held_out_improving(ctx) or steady is not None):
            continue
        raise Skip(f"not applicable: {code} found")
    noisy = "noisy_loss" in ctx.found
    if ctx.meta.pruned:
        raise Skip("not applicable: a study's pruner stopped the run (more epochs were "
                   "judged not worth it)")
    of = ctx.found.get("overfitting")
    if of is not None and of.severity != "info":
        raise Skip("not applicable: the model overfits, training longer would not help")
    # the whole run's progress (first steps on; beside a first-steps spike from the loss it
    # started at, before the spike: the fall back from the spike is no progress)
    start = div.evidence.get("start_loss") if spike and div is not None else None
    total = float((start if isinstance(start, float | int) else _start_of_fall(c)) - c.y.min())
    if total <= 0:
        # on sorted blocks the first bin scores the first block just after fitting it (a SAINT
        # net on four sorted classes: first bin 0.80, every later bin above it), so the step
        # curve shows no fall at all; the held-out loss says whether it still improves
        if steady is None:
            return []
        return [Finding("not_converged", "info", {
            "metrics": [ctx.h.roles["val_loss"].key], **steady,
            "performance": ctx.performance.level(th), **ctx.training_fit()},
            ADVICE["not_converged"])]
    # a per-epoch loss of 3 or 4 epochs only (a short Keras run): its tail is its last epoch
    short = ctx.curve is None
    decrease, n_tail = (_last_fall(c.y, th.not_converged_tail), 2) if short \
        else _tail_decrease(c.y, th.not_converged_tail)
    metrics = [c.key]
    ev: dict[str, object] = {c.range_key(): [int(c.x[-n_tail]), int(c.steps[-1])],
                             "total_decrease": total}
    # a short per-step curve is noisy; the per-epoch means say the same with less noise
    epoch = ctx.h.epoch_train_loss()
    if c.unit == "step" and epoch is not None:
        e = median3(epoch.finite_prefix().values)
        if len(e) >= 4:
            d2, _ = _tail_decrease(e, th.not_converged_tail)
        elif len(e) == 3:
            # 3 epochs (a Trainer's default): the last epoch is a third of the run; its fall,
            # scaled to the tail's share, is what the tail still makes (measured: Adam on wine
            # for 3 epochs, epoch means 0.88, 0.70, 0.61 while the 21 logged steps' last 3 bins
            # only scatter, 0.63, 0.58, 0.62)
            d2 = _last_fall(e, th.not_converged_tail)
        else:
            d2 = -math.inf
        # from 8 epoch means on, their tail is the one read, also when the step bins' is
        # steeper: a slope through the medians of skewed minibatch losses is noise (measured:
        # a healthy batch-8 Adadelta run, epoch means 1% down over the last quarter, the step
        # bins 7%; over every bank part 7 unconverged readings on converged runs, 6 of them
        # healthy, and no run labelled not_converged among them)
        # beside a noisy loss only the epoch means are read: step noise hides whether the
        # step bins' tail still falls, while a mean over an epoch of batch-1 losses still shows
        # it (measured over 4,734 stored bank runs: reading them finds 21 noisy runs still
        # falling, 18 of them labelled not converged or allowed it, among them the four held-out
        # parts before this in a row that expected it; the 3 labelled neither include the twin
        # of an allowed run; reading the step bins as well added 2 more labelled neither)
        if d2 > decrease or len(e) >= NOT_CONVERGED_EPOCHS_TRUSTED or (noisy and len(e) >= 3):
            decrease, metrics = d2, [epoch.key]
            if noisy:  # the medians of skewed batch-1 losses fall less than their means
                total = max(total, float(e[0] - e.min()))
                ev["total_decrease"] = total
    if noisy and c.unit == "step" and metrics[0] == c.key:
        two = _two_epochs_still_falling(ctx, epoch)
        if isinstance(two, str):
            raise Skip(f"not applicable: noisy_loss found (the step noise hides the step "
                       f"curve's trend) and {two}")
        ev.update(two)  # the last epoch: the second half of the steps
        ev.update({c.range_key(): [int(c.steps[len(c.steps) // 2]), int(c.steps[-1])],
                   "total_decrease": max(total, two["epoch_fall"]), "beside": "noisy_loss",
                   "performance": ctx.performance.level(th), **ctx.training_fit()})
        return [Finding("not_converged", "info", ev, NOT_CONVERGED_BESIDE_NOISE)]
    val = ctx.h.roles.get("val_loss")
    if val is not None:
        v = median3(val.finite_prefix().values)
        if len(v) >= 3:
            vdec, n_v = (_last_fall(v, th.not_converged_tail), 2) if short \
                else _tail_decrease(v, th.not_converged_tail)
            if vdec <= 0 and not short and len(v) > n_v:
                # a last epoch that jumps up tilts the tail's slope; a new low in the tail, below
                # every epoch before it by not_converged_gain of the whole fall, is still
                # progress (a bottle CNN after a slow start: validation loss 1.24, 1.14, 1.00,
                # then 1.27 while the training loss fell 10% an epoch)
                low = float(v[:-n_v].min() - v[-n_v:].min())
                if low >= th.not_converged_gain * float(v[0] - v.min()):
                    vdec = low
            if vdec <= 0:
                return []  # validation no longer improves: more epochs would not help
            metrics.append(val.key)
            ev["val_tail_decrease"] = vdec
            if len(v) >= 4:
                decrease = max(decrease, vdec)
    gain = decrease / total
    if gain < th.not_converged_gain:
        fall = _log_tail_fall(ctx, c.y if short or metrics[0] == c.key else e)
        if fall is not None and fall >= th.not_converged_log_fall:
            ev.update({"log_tail_fall": fall, "log_limit": th.not_converged_log_fall})
        elif (still := _still_falling(ctx, val, steady)) is not None:
            read = still.pop("log_metrics")
            ev.update(still)
            metrics = list(dict.fromkeys([*metrics, *read]))
        else:
            return []
    level = ctx.performance.level(th)
    ev.update({"metrics": metrics, "tail_decrease": decrease, "tail_share": gain,
               "limit": th.not_converged_gain, "performance": level, **ctx.training_fit()})
    if level == "mediocre" and (data := at_the_level_of_its_data(ctx)) is not None:
        # a middling model at the level of its data: more epochs may still help it, but its
        # training is not the problem (the verdict reads this as it reads a model doing well)
        ev["level_of_its_data"] = data
    if noisy:
        ev["beside"] = "noisy_loss"
    if "not_training" in ctx.found:  # too little fall to count, yet every evaluation improves
        ev["held_out_improving_epochs"] = HELD_OUT_IMPROVING_EPOCHS
    return [Finding("not_converged", "info", ev,
                    NOT_CONVERGED_BESIDE_NOISE if noisy else ADVICE["not_converged"])]


def _held_out_improving(ctx: Context) -> bool:
    """Beside ``not_training``: the held-out loss fell and the held-out accuracy rose at each of
    the last ``HELD_OUT_IMPROVING_EPOCHS`` evaluations, the loss at its lowest at the end. A
    loss that moves too little to count as training (under ``not_training_drop``) while every
    evaluation still improves on the one before is a run too slow to finish, which more epochs
    (or a larger learning rate) would still help: ``not_converged`` is judged on it as on any
    run. A stuck net's evaluations repeat (weights that do not move give the same answers), and
    a rate so low that the loss still creeps down leaves its accuracy unchanged (measured: a
    42x21 SiLU net under RMSprop at LR 3e-5 on 5 sorted classes, epoch loss 1.61 -> 1.57 in 8
    epochs, validation accuracy 0.30, 0.31, 0.33, 0.34 at its last 4; heldout141 and 156)."""
    r = ctx.h.roles
    loss, acc = r.get("val_loss"), r.get("val_accuracy")
    if loss is None or acc is None:
        return False
    n = HELD_OUT_IMPROVING_EPOCHS + 1
    lv, av = loss.finite_prefix().values, acc.finite().values
    if len(lv) < max(n, ctx.th.min_epochs) or len(av) < n:
        return False
    return bool(_fell_at_each(lv, n) and np.all(np.diff(av[-n:]) > 0) and lv[-1] <= lv.min())


def _fell_at_each(v: np.ndarray, n: int) -> bool:
    """Each of the last ``n`` values lies below the one before it."""
    return len(v) >= n and bool(np.all(np.diff(v[-n:]) < 0))


def _sorted_val_falling(ctx: Context) -> dict[str, Any] | None:
    """Unshuffled data (``unshuffled_data`` found) whose validation loss fell at each of the
    last ``HELD_OUT_IMPROVING_EPOCHS`` evaluations, ends at its lowest, and whose tail still
    makes ``not_converged_gain`` of its whole fall (it has not flattened), the training loss's
    epoch means falling at each of those epochs too: the evidence, else None.

    On sorted blocks the training loss scores each block just after fitting it, so it can
    move too little to count as training (``not_training``) while the held-out loss still
    falls by the same step every epoch; the held-out accuracy scores the last block fitted and
    need not rise with it. A rate too low for the data's order is what more epochs or a larger
    rate would still help (measured: heldout210 to 227's 18 runs under RMSprop at LR 1e-4 on
    sorted classes, 17 labelled ``not_converged`` and one allowing it; 8 of the 17 were missed,
    ``not_training`` found with validation losses such as 1.3748 -> 1.3415 and 1.1071 -> 1.1002
    falling every epoch, or no fall read from the steps at all). A stuck net (heldout5's sorted
    CNN at chance, validation loss 1.3866 -> 1.3848) has its epoch means level off or turn up;
    weights that barely move creep by less than ``SORTED_VAL_MIN_FALL`` of the loss."""
    if "unshuffled_data" not in ctx.found:
        return None
    val = ctx.h.roles.get("val_loss")
    if val is None:
        return None
    raw = val.finite_prefix().values
    n = HELD_OUT_IMPROVING_EPOCHS + 1
    if len(raw) < ctx.th.min_epochs or not _fell_at_each(raw, n) or raw[-1] > raw.min():
        return None
    epoch = ctx.h.epoch_train_loss()
    # a net stuck at chance: its epoch means flatten or turn up
    if epoch is not None and not _fell_at_each(epoch.finite_prefix().values, n):
        return None
    v = median3(raw)
    whole = float(v[0] - v.min())
    decrease, _ = _tail_decrease(v, ctx.th.not_converged_tail)
    if whole < SORTED_VAL_MIN_FALL * abs(float(v[0])) \
            or decrease < ctx.th.not_converged_gain * whole:
        return None  # weights that barely move (LR 1e-9) creep by a millionth
    return {"val_falling_evaluations": HELD_OUT_IMPROVING_EPOCHS,
            "val_tail_share": decrease / whole, "val_limit": ctx.th.not_converged_gain,
            "criterion": "sorted_blocks_val_falling"}


def _log_tail_fall(ctx: Context, y: np.ndarray) -> float | None:
    """How much a classifier's square-error (or absolute-error) loss on its probabilities still
    falls over the tail on a log scale; None for any other run.

    Such a loss is bounded and its gradient fades as the probabilities near one-hot (the
    softmax's p(1 - p)), so after the first epochs' large drop it keeps creeping down by a
    steady fraction an epoch: the tail's share of the whole drop is tiny however much there is
    left to gain (a freezer CSV at accuracy 1.0: 0.167 in the first epoch, then 2.03e-4 to
    1.62e-4 over the last, 20% down and 0.06% of the drop). Measured over every bank part: the
    square-error classifiers labelled not converged whose tail makes under 5% of the drop fall
    0.28-0.75 over their last quarter on a log scale (9 runs); those labelled neither not
    converged nor allowed it, at most 0.21 (softmax on iris)."""
    loss = (ctx.meta.loss or "").lower()
    if ctx.meta.task != "classification" or loss not in ("mse", "mae", "huber"):
        return None
    if len(y) < 3 or not np.all(np.isfinite(y)) or float(np.min(y)) <= 0:
        return None
    fall, _ = _tail_decrease(np.log(y), ctx.th.not_converged_tail)
    return float(fall)


def _two_epochs_still_falling(ctx: Context, epoch: Series | None) -> dict[str, Any] | str:
    """A run of two epochs beside a noisy loss, still far from converged: its training loss's
    epoch mean fell and its held-out loss, evaluated once at the end of each epoch, fell by
    ``NOT_CONVERGED_TWO_EPOCH_VAL_FALL`` or more of its value over the last epoch, or fell at
    all while the model is not yet good (validation score under ``good_score``) and its
    training loss's epoch mean fell by ``NOT_CONVERGED_TWO_EPOCH_POOR_FALL`` or more of the
    first; else why not (a string).

    The second reading (after heldout260 to 264): a model that still does badly after two
    epochs and whose held-out loss still improved in the last one has more to learn, however
    small that last improvement; the writers label such runs not converged in part after part
    (batch-1 CNNs and MLPs of heldout236, 252, 255, 257, 260 and 264, accuracy 0.53-0.64 on 4
    classes near their baselines, epoch means 1.36 -> 1.03 and 1.11 -> 0.84, the held-out loss
    7% down in the last epoch of 264's). Over the bank's two-epoch runs of batch 1 or 2, 54
    expect ``not_converged``, 104 allow it and 5 do neither (digits, blobs, and the tuned
    part's moons at SGD LR 0.5: validation accuracy 0.78, poor, its held-out loss 0.209 down,
    but its epoch means flat, 0.399 then 0.386, 3% down, where the writers' runs fell 24-25%:
    the line, a tenth, sits between those seen runs). A mediocre model (short of good) is read
    the same way since heldout277, whose batch-1 MLP at 0.72 against a baseline of 0.69,
    epoch means 19% and its held-out loss 12% down, labelled not converged, was missed: over
    the bank's 123 retrained batch-1/2 runs of heldout150 to 273, heldout274 to 277's 217
    runs and the 19 noisy runs of every part that neither expect nor allow it, exactly six
    gain it, five expecting it and one allowing it.

    Two epoch means have no tail to read (the first holds the first steps' fall, so the second
    is lower in almost every run) and the step noise hides the per-step tail; the held-out loss
    is no mean but the model at each epoch's end, so a large fall between its two points says the
    model still improved a lot in its last epoch (heldout124: batch 1 on a 367-feature Friedman
    regression, epoch means 157 then 14.1, validation MSE 34.5 then 12.9, 63% down, R^2 0.43
    against the linear baseline's 0.54). Over the bank's 40 two-epoch noisy runs, the labelled
    not-converged-or-allowed ones fell up to 0.64 and those labelled neither at most 0.21
    (batch 1 on 8x8 digits, batch 2 on blobs); regressions' squared error falls most. The line
    was 0.3; heldout143's batch-1 run on a 554-feature set fell 0.294 (epoch means 0.502 then
    0.076) and heldout128's 0.242, both labelled not converged: over the bank's 41 two-epoch
    runs trained afresh (seed 0) the ones labelled not converged fell 0.242, 0.294 and 0.626,
    those labelled neither 0.209, 0.144 and 0.049, so 0.225 sits between them."""
    val = ctx.h.roles.get("val_loss")
    if epoch is None or val is None:
        return "no per-epoch training and held-out losses to read the tail from"
    e, v = epoch.finite_prefix().values, val.finite_prefix().values
    if len(e) != 2 or len(v) != 2 or not v[0] > 0:
        return (f"{len(e)} per-epoch training losses and {len(v)} held-out ones: the tail is "
                "read from two epochs only")
    if not e[1] < e[0]:
        return "the training loss's second epoch mean is not below its first"
    fall = float((v[0] - v[1]) / v[0])
    out = {"metrics": [epoch.key, val.key], "epoch_fall": float(e[0] - e[1]),
           "val_last_fall_share": fall, "val_limit": NOT_CONVERGED_TWO_EPOCH_VAL_FALL,
           "criterion": "two_epochs"}
    if fall >= NOT_CONVERGED_TWO_EPOCH_VAL_FALL:
        return out
    level = ctx.performance.level(ctx.th)
    epoch_share = float((e[0] - e[1]) / e[0]) if e[0] > 0 else 0.0
    if fall > 0 and level in ("poor", "mediocre") \
            and epoch_share >= NOT_CONVERGED_TWO_EPOCH_POOR_FALL:
        return {**out, "criterion": "two_epochs_not_yet_good", "epoch_fall_share": epoch_share,
                "epoch_limit": NOT_CONVERGED_TWO_EPOCH_POOR_FALL}
    return (f"the held-out loss fell {fall:.1%} of its value in the last of two epochs (under "
            f"{NOT_CONVERGED_TWO_EPOCH_VAL_FALL:.1%}) while the model's performance is {level} "
            f"and its epoch mean fell {epoch_share:.1%}")


NOT_CONVERGED_EPOCHS_TRUSTED = 8  # from this many epoch means, their tail is the one read
HELD_OUT_IMPROVING_EPOCHS = 3  # evaluations in a row that each improve on the last
NOT_CONVERGED_SHORT_EPOCHS = 4  # a run of this many epoch means or fewer (3 at least) ...
NOT_CONVERGED_SHORT_LOG_FALL = 0.3  # ... whose means still fall this much on a log scale
NOT_CONVERGED_TWO_EPOCH_VAL_FALL = 0.225  # two epochs: the held-out loss's last fall, a share
NOT_CONVERGED_TWO_EPOCH_POOR_FALL = 0.1  # two epochs, a model short of good: its epoch mean's fall
NOT_CONVERGED_SORTED_VAL_LOG_FALL = 0.05  # unshuffled data: the validation loss's tail, log scale
SORTED_VAL_MIN_FALL = 1e-3  # unshuffled data, held-out loss falling every epoch: its least fall


def _still_falling(ctx: Context, val: Series | None,
                   steady: dict[str, Any] | None) -> dict[str, Any] | None:
    """Two runs whose tail makes under ``not_converged_gain`` of the whole fall and still have
    not converged, read on a log scale (the evidence), else None. The validation loss still
    falls in both (a validation loss that stopped improving returned earlier).

    * A run of 3 or 4 epochs: the first epoch holds most of the fall from the first steps, so
      the tail's share of it stays small while the epoch means still drop by a quarter of
      themselves or more (batch-1 runs of 3-4 epochs: means 0.52, 0.13, 0.081 while the
      validation loss still falls; measured over every stored bank run, 5,174: a tail of
      0.3 or more on a log scale, scaled to the tail's share, finds 4 runs labelled not
      converged, 14 that allow it and none labelled neither or healthy).
    * Unshuffled data (``unshuffled_data`` found): the training metrics score each sorted
      block just after fitting it, so whether more epochs help is read on the validation
      loss, still falling by ``NOT_CONVERGED_SORTED_VAL_LOG_FALL`` of itself over the tail
      (8-epoch runs on sorted blocks, validation loss 0.16, 0.143, 0.133 at the end; over the
      stored bank runs: 5 labelled not converged, 6 that allow it, 2 labelled neither (an
      early part whose labels did not consider convergence) and no healthy run).
    """
    if val is None:
        return None
    tail = ctx.th.not_converged_tail
    v = median3(val.finite_prefix().values)
    if "unshuffled_data" in ctx.found and len(v) >= 4 and np.all(v > 0):
        fall, _ = _tail_decrease(np.log(v), tail)
        if fall >= NOT_CONVERGED_SORTED_VAL_LOG_FALL:
            return {"val_log_tail_fall": float(fall),
                    "val_log_limit": NOT_CONVERGED_SORTED_VAL_LOG_FALL,
                    "log_metrics": [val.key], "criterion": "sorted_blocks_val"}
        if steady is not None:  # :func:`_sorted_val_falling`'s evidence
            return {**steady, "log_metrics": [val.key]}
    epoch = ctx.h.epoch_train_loss()
    if epoch is None:
        return None
    e = median3(epoch.finite_prefix().values)
    if not 3 <= len(e) <= NOT_CONVERGED_SHORT_EPOCHS or not np.all(e > 0) or len(v) < 3 \
            or v[-1] >= v[-2]:  # the held-out loss's last epoch must still fall too
        return None
    log_e = np.log(e)
    fall = _last_fall(log_e, tail) if len(e) == 3 else _tail_decrease(log_e, tail)[0]
    if fall < NOT_CONVERGED_SHORT_LOG_FALL:
        return None
    return {"epoch_log_tail_fall": float(fall), "epoch_log_limit": NOT_CONVERGED_SHORT_LOG_FALL,
            "log_metrics": [epoch.key], "criterion": "short_run"}

FELL_IN_FIRST_BIN = 2.0  # the first 3 losses this many times the first bin's median


def _start_of_fall(c: TrainCurve) -> float:
    """Where the loss's fall starts: the first bin's median, or the first 3 logged losses
    (:attr:`TrainCurve.initial`) when they lie ``FELL_IN_FIRST_BIN`` times above it, i.e. the
    loss made most of its fall inside the first bin (MSE of unscaled targets at batch 16:
    3,350 to 3,700 over the first 3 steps, a first-bin median of 650, 550 from then on). Taking
    the bin's median there makes the whole run's decrease look tiny, and ordinary minibatch noise
    "hides" it (measured: a healthy RMSprop regression, noise 0.75x the decrease from the first
    bin, 0.07x the decrease from its first losses)."""
    start = float(c.y[0])
    if c.unit == "step" and start > 0 and c.initial >= FELL_IN_FIRST_BIN * start:
        return c.initial
    return start


def check_noisy(ctx: Context) -> list[Finding]:
    c = ctx.need_curve()
    th = ctx.th
    if c.unit != "step":
        raise Skip("needs a per-step training loss (only a per-epoch curve was logged)")
    if len(c.values) < th.min_steps:
        raise Skip(f"{c.key} has fewer than {th.min_steps} finite steps")
    div = ctx.found.get("divergence")
    # a blow-up seen only in the epoch means left the per-step curve's shape to the noise: the
    # noise is how it blew up (a batch of 1 at a high rate), so the check does not stand aside
    in_means_only = div is not None and div.evidence.get("criterion") == "epoch_means_above_first"
    for code in ("divergence", "not_training", "unshuffled_data"):
        if code in ctx.found and not (code == "divergence" and in_means_only):
            raise Skip(f"not applicable: {code} found")
    total = float(_start_of_fall(c) - c.y.min())
    if total <= 0:
        return []
    half = len(c.values) // 2
    noise = diff_noise(c.values[half:])
    level = float(np.median(c.values[half:]))
    ratio = noise / total
    cv = noise / abs(level) if level else float("inf")
    # A loss that starts far above where it settles (MSE of unscaled targets: 143 at the first
    # step, ~2 after 5% of a batch-1 run) makes any noise small next to the whole decrease;
    # what the noise hides is the progress after that first fall. Noise above the loss level
    # itself and above all the decrease after the first 10% of the run hides the trend too
    # (measured: batch 1 on Friedman, noise 6.0 at a level of 2.2, 1.7x the later decrease;
    # healthy runs with noise above their level, batch 4-32, 0.6x at most).
    m = len(c.y)
    after_fall = float(np.median(c.y[m // 10:m // 10 + 3])) - float(c.y.min())
    late = noise / after_fall if after_fall > 0 else 0.0
    # batches the params give as larger than single samples average their samples' spread:
    # what that leaves (a sound moons MLP at batch 18: 0.64x its level, classes overlapping)
    # is ordinary noise, and only a swing far above the level hides the trend
    bs = ctx.meta.batch_size
    single = bs is not None and 0 < bs <= th.noisy_small_batch  # steps on 1-2 samples
    batched = bs is not None and bs > th.noisy_small_batch
    level_limit = th.noisy_cv_batch if batched else th.noisy_cv
    plain = ratio >= th.noisy_ratio and cv >= level_limit
    ctx.step_noise_over_fall = ratio >= th.noisy_ratio and cv >= th.noisy_cv
    # (noise twice the level: a healthy 6-class MLP at batch 16, plateaued at a cross-entropy
    # of 0.1 after 10% of its run, has minibatch noise 1.7x its level and 1.7x the later
    # decrease; the batch-1 Friedman run 2.7x its level)
    # a spiky loss: the typical batch loss near 0 and the batches swinging 10x above it (batch 1
    # on wine: noise 47x the level, 0.36x the later decrease; batch 2 on iris: 12x, 0.69x);
    # an overfit loss going to 0 swings as far above its level, but its noise is tiny next to
    # what it still falls (at most 0.16x)
    spiky = cv >= th.noisy_cv_spiky and late >= th.noisy_late_spiky
    # batches of one or two samples (the run's params say so): each step's loss is a single
    # sample's, whose spread hides the trend a larger batch would average (measured: batch-1
    # runs under Adadelta, momentum and SGD, noise 7-8x the level, 0.16-0.42 of the later
    # decrease, their trend visible only in bin medians; labelled noisy, missed by the rules
    # above)
    # over a whole data set one row at a time (an epoch of PER_SAMPLE_EPOCH_STEPS steps or
    # more) the single rows' spread at the loss level already hides the trend, and the first
    # fall may last the whole first epoch, past the first 10% of a 2-epoch run: both lines are
    # lower there (noisy_cv_per_sample, noisy_late_whole_set); a tiny subset's few rows,
    # repeating every epoch of 2-12 steps, keep the higher ones, which set its overfit (a loss
    # going to 0) apart
    spe = ctx.h.steps_per_epoch
    whole_set = spe is not None and spe >= PER_SAMPLE_EPOCH_STEPS
    per_sample_cv = th.noisy_cv_per_sample if whole_set else th.noisy_cv_alone
    late_limit = th.noisy_late_whole_set if whole_set else th.noisy_late_small_batch
    per_sample = single and cv >= per_sample_cv and late >= late_limit
    alone = cv >= th.noisy_cv_alone and late >= 1.0
    if not (plain or alone or spiky or per_sample):
        return []
    ev = {"metrics": [c.key], "step_range": [int(c.steps[half]), int(c.steps[-1])],
          "noise_sd": noise, "total_decrease": total, "noise_to_trend": ratio,
          "noise_to_level": cv, "limit": th.noisy_ratio, "level_limit": level_limit}
    if batched:
        ev["batch_size"] = bs
    if not plain:
        criterion = ("noise_above_level_and_later_decrease" if alone else
                     "spiky_noise_far_above_level" if spiky else "per_sample_batches")
        ev.update({"criterion": criterion, "decrease_after_first_10pct": after_fall,
                   "noise_to_later_decrease": late})
        if criterion == "per_sample_batches":
            ev.update({"batch_size": bs, "batch_limit": th.noisy_small_batch,
                       "steps_per_epoch": spe, "level_limit": per_sample_cv,
                       "later_decrease_limit": late_limit})
    if plain and not (alone or spiky or per_sample) and not single and _a_sound_end(ctx):
        ev["sound_model"] = True
        return [Finding("noisy_loss", "info", ev, NOISY_SOUND_ADVICE)]
    return [Finding("noisy_loss", "warning", ev, ADVICE["noisy_loss"])]


NOISY_SOUND_ADVICE = (
    "The step loss is noisy, but the model ends good on held-out data and fits its training "
    "data: the noise did not hide a problem. A larger batch or a lower learning rate only "
    "smooths the curve.")


def _a_sound_end(ctx: Context) -> bool:
    """The model ends good (``good_score``) on held-out data, fits its training data and, where
    the same data have a reference (the runner's baseline or the store's best run of the data
    set), ends within ``underfit_vs_reference`` of it."""
    return does_well_and_fits(ctx) and as_good_as_the_data_allow(ctx, without_reference=True)
