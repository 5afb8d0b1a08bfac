"""Checks on what happens inside the network: update ratios, gradient norms, dead ReLUs.

These describe mechanisms, not outcomes, so (AUTOTRAINER's trick) they only warn when the model
also performs less than well; a model that reaches a good score gets them as 'info'.
"""

from __future__ import annotations

import contextlib
import functools
import math

import numpy as np

from dnnlab.diagnose._context import Context, Skip
from dnnlab.diagnose._findings import ADVICE, Finding, Severity
from dnnlab.diagnose._history import Series
from dnnlab.diagnose._thresholds import USUAL_LR

NO_DEAD_UNITS = {"leaky_relu", "prelu", "elu", "selu", "silu", "swish", "gelu", "sigmoid",
                 "tanh", "maxout", "softplus"}


def _medians(group: dict[str, Series], min_points: int) -> dict[str, tuple[float, Series]]:
    out = {}
    for name, s in group.items():
        f = s.finite()
        if len(f) >= min_points:
            out[name] = (float(np.median(f.values)), f)
    return out


def _range(series: list[Series]) -> list[int]:
    return [int(min(s.steps[0] for s in series)), int(max(s.steps[-1] for s in series))]


def check_update_ratio(ctx: Context) -> list[Finding]:
    th = ctx.th
    if not ctx.h.update_ratio:
        raise Skip("no update_ratio/* metrics logged")
    med = _medians(ctx.h.update_ratio, th.min_points)
    if not med and ("divergence" in ctx.found or "nan_loss" in ctx.found):
        return _short_blowup_updates(ctx)
    if not med:
        raise Skip(f"every update_ratio/* series has fewer than {th.min_points} finite points")
    # a layer whose weights stop changing for most of the run (dead network, frozen) says
    # nothing about the learning rate
    active = {n: v for n, v in med.items() if np.mean(v[1].values > 0) >= 0.5}
    if not active and ("divergence" in ctx.found or "nan_loss" in ctx.found):
        # the loss blew up, then the weights stopped changing: what the step size did is in
        # the first updates (measured: Adagrad at LR 2 on a 48-feature set, first updates 24x
        # the weights, the loss 1.4 -> 334 at step 4, then exactly 0 on most batches, so no
        # gradient and a median ratio of 0)
        return _short_blowup_updates(ctx)
    if not active:
        tiny = _static_at_tiny_rate(ctx, med)
        if tiny is not None:
            return [tiny]
        usual = USUAL_LR.get(ctx.meta.optimizer or "")
        lr_set = ctx.meta.learning_rate
        if usual is not None and lr_set is not None and lr_set > usual[1]:
            # no blow-up found, yet at a rate set above its optimiser's usual range the first
            # updates threw most layers by more than their own size before the weights froze:
            # the loss fell to exactly 0 on most batches (no gradient, a median ratio of 0)
            # after steps that large (measured: RMSprop at LR 1 on a 4-state CSV, first
            # updates 47-117x the weights, the step loss to 110 from 1.57, 70x: under the
            # divergence line, then 0 with training accuracy 1.0); inside the usual range such
            # first updates are a frozen network's, not the rate's
            with contextlib.suppress(Skip):
                found = _short_blowup_updates(ctx)
                found[0].evidence.update({"learning_rate": lr_set, "short_run": False,
                                          "weights_frozen": True,
                                          "usual_learning_rates": list(usual)})
                return found
        raise Skip("the weights of every layer stop changing for most of the run (a dead or "
                   "frozen network); see dead_relu and not_training")
    top = max(active, key=lambda n: active[n][0])
    top_value = active[top][0]
    lr = ctx.h.roles.get("lr")
    ev: dict[str, object] = {
        "metrics": [active[n][1].key for n in active],
        "step_range": _range([v[1] for v in active.values()]),
        "median_ratio": {n: v[0] for n, v in active.items()},
        **ctx.performance.evidence(),
    }
    if lr is not None and len(lr.finite()):
        ev["lr_median"] = float(np.median(lr.finite().values))
    # the first updates of every layer, the ones that froze later included: a step larger than
    # the weights came before they stopped (measured: plain SGD at LR 10 on a tanh MLP, first
    # updates 2.2x and 11x the weights, then the loss exactly 0 on most batches, the first
    # layer's weights still for 53% of the run and out of the medians)
    first = {n: float(np.max(v[1].values[:5])) for n, v in med.items()}
    early = {n: v for n, v in first.items() if v > th.update_ratio_first}
    if len(early) < max(2, math.ceil(len(med) / 2)):
        # a learning rate far too high hits every layer; one tiny layer (a 1x1 weight) jumps by
        # its own size on a normal first step (measured: a one-unit sine MLP, Adam, 4x once)
        early = {}
    train_score = ctx.performance.train
    # large first steps that did no harm: the loss never blew up and the training data are
    # fitted well (the lectures' "too large: the total loss may not decrease"). RMSprop's first
    # step, its squared-gradient average not yet warmed up, is 10x its LR per weight whatever
    # the gradient (measured: LR 0.01 on a 2x256 MLP, 2.3-2.6x the weights, then a median of
    # 0.02 and a training R^2 of 0.91, overfit: validation R^2 0): info, like a good model's
    blew_up = [c for c in ("nan_loss", "divergence") if c in ctx.found]
    harmless = not blew_up and train_score is not None and train_score >= th.good_score
    # two signals at once: the learning rate set above its optimiser's usual range, and steps
    # that stay far above the rule of thumb (measured: Adam at 0.05 and 0.3, RMSprop at 0.05,
    # medians 0.026-0.036, three of them ending at 0.93-0.96 accuracy; no healthy run of any
    # stored part runs above its usual range, and the healthy medians reach 0.023 inside it)
    usual = USUAL_LR.get(ctx.meta.optimizer or "")
    lr_set = ctx.meta.learning_rate
    set_above_usual = usual is not None and lr_set is not None and lr_set > usual[1]
    above_usual = set_above_usual and top_value > th.update_ratio_above_usual
    # first updates larger than the weights at a learning rate set above its optimiser's usual
    # range are the rate, not an unwarmed first step: no luck in the end makes them harmless
    # (measured: AdamW at LR 1 on a 4-class CSV, first updates 4.7-11x the weights, the step
    # loss up to 29.9 from 1.54 in the first epoch, then accuracy 1.0)
    early_above_usual = bool(early) and set_above_usual
    if early and "slow_start" in ctx.found and not set_above_usual and not blew_up:
        # first updates larger than weights that start near zero (the small initialisation a
        # slow start was found for) measure how small the weights were, not how large the step
        # was, at a rate inside the optimiser's usual range (measured: a CNN with N(0, 0.01) init
        # under Adagrad at LR 0.015, first updates 1.3-1.5x the weights, medians 0.013-0.018,
        # its loss at ln 4 for 4 of 12 epochs and never above it)
        early = {}
    if top_value > th.update_ratio_high or early or above_usual:
        high = [n for n, v in active.items() if v[0] > th.update_ratio_high]
        ev.update({"layers": high or sorted(early), "limit": th.update_ratio_high})
        if early and not high:
            ev.update({"criterion": "first_updates", "first_updates_max": early,
                       "limit": th.update_ratio_first,
                       "step_range": [min(int(med[n][1].steps[0]) for n in early),
                                      max(int(med[n][1].steps[:5][-1]) for n in early)]})
        advice = ADVICE["update_ratio_high"]
        if (above_usual or early_above_usual) and usual is not None:
            if not high and not early:
                ev.update({"criterion": "learning_rate_above_usual",
                           "layers": sorted(n for n, v in active.items()
                                            if v[0] > th.update_ratio_above_usual),
                           "limit": th.update_ratio_above_usual})
            ev.update({"learning_rate": lr_set, "usual_learning_rates": list(usual)})
            advice = (f"Lower the learning rate into {ctx.meta.optimizer}'s usual range "
                      f"({usual[0]:g} to {usual[1]:g}; it is {lr_set:g}), since each update "
                      "moves the weights far more than the ~1e-3 rule of thumb.")
        if top_value > 1e3 or (not high and early and max(early.values()) > 1e3):
            # a step 1000x the weights: the weights were (almost) zero
            ev["weights_near_zero"] = True
            advice = ("Check the initialisation, since updates 1000x the weights mean the weights "
                      "start at (almost) zero, and lower the learning rate.")
        sev = ctx.gated("warning")
        if sev == "info" and top_value > th.update_ratio_high_anyway:
            # a step this far above the rule of thumb is a learning rate too high even when the
            # model ends well: it trains by luck and a smaller LR is safer (measured: plain SGD
            # at LR 3 on a 3-class CSV, median 0.088, accuracy 0.945; healthy runs over every
            # bank part: at most 0.029)
            sev = "warning"
            ev["limit_when_good"] = th.update_ratio_high_anyway
        if early and not high and harmless and not above_usual and not early_above_usual:
            sev = "info"
            ev["harmless_first_updates"] = {"train_score": train_score, "limit": th.good_score}
        if (above_usual or early_above_usual) and sev == "info":
            # a model that does well at such a rate trains by luck: the next run may not
            sev = "warning"
        alone = _one_layer_at_usual_rate(active, high, usual, lr_set)
        if alone is not None and not early and not blew_up:
            # a learning rate too high hits every layer; at a rate inside its optimiser's usual
            # range, one layer alone far above the others is that layer's own small weights
            # (measured: one-unit tanh and sigmoid nets, RMSprop at 0.003 and 0.01, Adagrad at
            # 0.05: the one unit's 3-24 weights at 0.053-0.105, the output layer 3.2-28x lower,
            # the loss flat because one unit cannot part 9-16 classes; every run labelled LR too
            # high inside the usual range has its other layers within 2.7x of the highest)
            sev = "info"
            ev["one_layer_at_usual_rate"] = alone
        if blew_up and sev == "info":
            # a model that ends well after its loss blew up still failed on the way (verdict
            # failed), and the step size is why (measured: RMSprop at LR 1 on moons, first
            # updates 24-126x the weights, the loss 0.64 -> 7e5, then back to 96% accuracy):
            # the lectures' "ratio far above 1e-3: lower the learning rate" is the fix
            sev = "warning"
            ev["explains"] = blew_up
        return [Finding("update_ratio_high", sev, ev, advice)]
    dead = ctx.found.get("dead_relu")
    if top_value < th.update_ratio_low and dead is not None and dead.severity != "info" \
            and not _rate_below_usual(ctx):
        # dead units get no gradient, so their rows of W stay put and ||dW|| / ||W|| measures the
        # dead fraction, not the learning rate (measured: N(0, 1) init, 97% dead, ratio 2e-5 at
        # SGD LR 0.05); raising the LR would not help, dead_relu's advice does. At a rate set
        # below its optimiser's usual range the tiny steps are the rate's whatever died
        # (measured: a selective-kernel CNN at SGD LR 1e-9, one squeeze activation 62.5% dead,
        # the live layers' medians 1.5e-12-3.7e-12; heldout237)
        return []
    if top_value < th.update_ratio_low:
        ev.update({"layers": sorted(active), "limit": th.update_ratio_low})
        sev = ctx.gated("warning")
        fits = ctx.performance.train
        if sev != "info" and fits is not None and fits >= th.good_score:
            # steps too small to learn, said of a model that fits its training data: it did
            # learn, so the recipe's first question is answered and a poor held-out score is a
            # generalisation problem (measured: AdamW on 40 rows of a Friedman regression,
            # training R^2 1.0, validation 0.42, median ratio below 1e-4; every bank run that
            # expects update_ratio_low does not train)
            sev = "info"
            ev["fits_training_data"] = {"train_score": fits, "limit": th.good_score}
        return [Finding("update_ratio_low", sev, ev, ADVICE["update_ratio_low"])]
    return []


ONE_LAYER_FACTOR = 3.0  # every other layer's median this many times under the highest


def _one_layer_at_usual_rate(active: dict[str, tuple[float, Series]], high: list[str],
                             usual: tuple[float, float] | None,
                             lr_set: float | None) -> dict[str, object] | None:
    """The evidence that a high update ratio is one layer's alone at a usual learning rate:
    the rate set inside its optimiser's usual range (:data:`USUAL_LR`), one layer of two or
    more above the limit, every other layer's median ``ONE_LAYER_FACTOR`` times under it.
    None otherwise."""
    if usual is None or lr_set is None or not usual[0] <= lr_set <= usual[1]:
        return None
    if len(high) != 1 or len(active) < 2:
        return None
    top = active[high[0]][0]
    others = max(v[0] for n, v in active.items() if n != high[0])
    if others * ONE_LAYER_FACTOR > top:
        return None
    return {"layer": high[0], "ratio": top, "others_max": others, "factor": ONE_LAYER_FACTOR,
            "learning_rate": lr_set, "usual_learning_rates": list(usual)}


def _rate_below_usual(ctx: Context) -> bool:
    """The learning rate was set below its optimiser's usual range (:data:`USUAL_LR`)."""
    usual = USUAL_LR.get(ctx.meta.optimizer or "")
    lr_set = ctx.meta.learning_rate
    return usual is not None and lr_set is not None and 0 < lr_set < usual[0]


def _static_at_tiny_rate(ctx: Context,
                         med: dict[str, tuple[float, Series]]) -> Finding | None:
    """``update_ratio_low`` for weights that never change at all while the learning rate is set
    below its optimiser's usual range (:data:`USUAL_LR`): the steps are too small to move a
    float32 weight, which rounds them away (measured: Adagrad at LR 1e-11 on 12 classes, every
    layer's ratio exactly 0 at nearly every step, the loss 0.6% down). A network frozen by
    mistake, or dead (dead_relu found: its units pass no gradient, whatever the rate), is not
    this (None), unless gradients do reach its layers (a logged ``grad_norm/*`` median above
    0): then the updates that round away are the rate's, dead units or not (a selective-kernel
    CNN under SGD at LR 1e-9, its squeeze layer 75% dead from the start, every update ratio 0
    while its layers' gradients were 0.004-0.08; heldout371, and heldout237's the same)."""
    usual = USUAL_LR.get(ctx.meta.optimizer or "")
    lr_set = ctx.meta.learning_rate
    if not _rate_below_usual(ctx) or (ctx.warned("dead_relu") and not _gradients_flow(ctx)):
        return None
    ev = {"metrics": [v[1].key for v in med.values()],
          "step_range": _range([v[1] for v in med.values()]),
          "median_ratio": {n: v[0] for n, v in med.items()}, "layers": sorted(med),
          "criterion": "weights_static_at_tiny_learning_rate", "limit": ctx.th.update_ratio_low,
          "learning_rate": lr_set, "usual_learning_rates": list(usual),
          **ctx.performance.evidence()}
    advice = (f"Raise the learning rate into {ctx.meta.optimizer}'s usual range ({usual[0]:g} "
              f"to {usual[1]:g}; it is {lr_set:g}): its updates are too small to change the "
              "weights at all.")
    return Finding("update_ratio_low", ctx.gated("warning"), ev, advice)


def _gradients_flow(ctx: Context) -> bool:
    """Some layer's logged gradient norm (``grad_norm/*``) has a finite median above 0."""
    for s in ctx.h.grad_norm.values():
        v = s.finite().values
        if len(v) and float(np.median(v)) > 0:
            return True
    return False


def _short_blowup_updates(ctx: Context) -> list[Finding]:
    """Update ratios cut short by a blow-up (fewer than ``min_points`` finite values each, or
    zero for most of the run after it): too high when most layers (at least 2) moved by more
    than their own size in their first updates, as :func:`check_update_ratio`'s
    ``first_updates`` criterion says (measured: plain SGD at LR 0.02 on Friedman #2's raw
    targets, first updates 0.7-22x the weights, then Inf at step 4)."""
    th = ctx.th
    first = {n: float(np.max(s.finite().values[:5])) for n, s in ctx.h.update_ratio.items()
             if len(s.finite())}
    early = {n: v for n, v in first.items() if v > th.update_ratio_first}
    if not first or len(early) < max(2, math.ceil(len(first) / 2)):
        raise Skip(f"the loss blew up, every update_ratio/* series is cut short (fewer than "
                   f"{th.min_points} finite points, or zero for most of the run) and most "
                   "layers' first updates stay below their weights")
    series = [ctx.h.update_ratio[n].finite() for n in early]
    blew_up = [c for c in ("nan_loss", "divergence") if c in ctx.found]
    ev = {"metrics": [s.key for s in series], "layers": sorted(early),
          "criterion": "first_updates", "first_updates_max": early,
          "limit": th.update_ratio_first, "short_run": True, "explains": blew_up,
          "step_range": _range(series), **ctx.performance.evidence()}
    return [Finding("update_ratio_high", "warning", ev, ADVICE["update_ratio_high"])]


def _after_blowup(ctx: Context, *series: Series) -> str | None:
    """The code of a divergence / NaN found that began before the middle of these series
    (most of their points come after it), else None."""
    lo, hi = _range(list(series))
    for code in ("divergence", "nan_loss"):
        f = ctx.found.get(code)
        rng = f.evidence.get("step_range") if f is not None else None
        if isinstance(rng, list | tuple) and rng and rng[0] <= (lo + hi) / 2:
            return code
    return None


# a gradient that grows without the loss blowing up is an explosion only when its peak stands this
# far above every other layer's median (the layers that woke up from a small start: 0.3-3.3x)
EXPLODING_ABOVE_OTHERS = 10.0

# dead units explain no gradient shrunk under ``vanishing_beside_dead`` while every layer they
# are counted in keeps a unit alive: a layer all dead cuts the gradient below it by itself,
# whatever else shrank it (the vanishing deep MLPs measured 62-94% at most; was 0.9 until
# heldout300's butterfly MLP, 94% dead, its first gradients 1e-19 of the head's from the start)
DEAD_CUTS_ALL = 1.0


def _first_points_ratio(first: Series, last: Series, points: int = 3) -> float:
    """The first layer's gradient norm over the last layer's, means of their first logged
    points (before units died or the weights moved); inf where the last one is 0."""
    a, b = float(np.mean(first.values[:points])), float(np.mean(last.values[:points]))
    return a / b if b > 0 else math.inf


def _dead_cut_gradient(ctx: Context, layers: set[str]) -> bool:
    """Whether the units counted dead in ``layers`` cut the gradient: true unless every one of
    those layers is among the run's leaky units (``model.leaky_units``: LeakyReLU with a slope,
    PReLU, RReLU), which pass gradient below zero at their slope. Runs that did not log the
    param (older runs, other tools) keep the reading that dead units cut it."""
    leaky = set(ctx.meta.leaky_units)
    return not (layers and leaky and layers <= leaky)


def _shrunk_before_dead(ctx: Context, fractions: dict[str, float], from_start: float) -> bool:
    """The gradient was already shrunk past ``vanishing_beside_dead`` at its first logged points
    (tiny, not 0), while no layer was all dead at its first dead-unit count: the layers that died
    later did not shrink it, the network's depth did (heldout314's 12-layer k-winners MLP with
    N(0, 0.05) init: first-layer gradients 5e-12 against the head's 6e-5 over the first three
    steps, its deepest layers 69-94% dead after the first epoch and 100% at the end). A cut by
    dead units is 0 from the first step (every seen shift-by-10 run), so it stays theirs."""
    if not 0 < from_start < ctx.th.vanishing_beside_dead:
        return False
    first = [float(s.values[0]) for n in fractions
             if (s := ctx.h.dead_relu.get(n)) is not None and len(s.values)]
    return bool(first) and max(first) < DEAD_CUTS_ALL - SHARE_ROUNDING


def _gradient_severity(ctx: Context) -> Severity:
    """info when the model does well, critical when it does badly, warning in between."""
    level = ctx.performance.level(ctx.th)
    if level == "good":
        return "info"
    return "critical" if level == "poor" else "warning"


def _no_gradient_anywhere(ctx: Context, med: dict[str, tuple[float, Series]]) -> bool:
    """Every logged layer's gradient norm is exactly 0 at every finite point, with no
    ``dead_relu`` at warning or worse to explain the zeros and no zero initialisation (every
    weight 0: no signal from the start, which ``not_training`` names with its fix; the tuned
    bank's zero-initialised tanh MLP)."""
    dead = ctx.found.get("dead_relu")
    if (dead is not None and dead.severity != "info") or ctx.meta.init == "zeros":
        return False
    return len(med) >= 2 and all(not np.any(s.values) for _, s in med.values())


def _layer_ends(ctx: Context, order: list[str], med: dict[str, tuple[float, Series]]
                ) -> tuple[tuple[list[str], tuple[float, Series]], ...] | None:
    """The layer at the model's input and the layers at its output, each end with its median
    gradient norm and series, from the run's ``model.input_layers`` / ``model.output_layers``
    where it logged them (the model's graph), else the first and last of ``order``.

    The output end is every output layer, read as one: the norm of their gradients together at
    each step, so a head its gate turned off does not stand for the output (heldout344's healthy
    mixture-of-heads MLP: 0.0048 at its last head, 0.30 at the heads together, 0.41 at the
    trunk). The input end is one layer, the first registered of those the input reaches
    directly: read together, a side input that feeds deep into the network (a FiLM net's
    conditioning layer) would hide a gradient vanishing along the main path (heldout210). A layer
    at both ends (a Wide & Deep model's wide path, a one-layer path) is left to neither where each
    end has another: the comparison runs along the deep path. None when the ends are one layer."""
    ins = [n for n in ctx.meta.input_layers if n in med] or order[:1]
    outs = [n for n in ctx.meta.output_layers if n in med] or order[-1:]
    both = set(ins) & set(outs)
    first = ([n for n in ins if n not in both] or ins)[:1]
    last = [n for n in outs if n not in both and n not in first] or outs
    if first == last:  # one layer at both ends (a hypernetwork's head): the order's ends
        first, last = order[:1], order[-1:]
    if not first or not last or first == last:
        return None
    return (first, med[first[0]]), (last, _together(last, med))


def _together(names: list[str], med: dict[str, tuple[float, Series]]) -> tuple[float, Series]:
    """(median, series) of the layers' gradient norms together: the root of the sum of their
    squares at the steps every one of them logged; one layer's own."""
    if len(names) == 1:
        return med[names[0]]
    series = [med[n][1] for n in names]
    steps = functools.reduce(np.intersect1d, [s.steps for s in series])
    if not len(steps):  # logged at different steps: the layer with the largest median stands
        return max((med[n] for n in names), key=lambda m: m[0])
    values = np.sqrt(sum(s.values[np.isin(s.steps, steps)] ** 2 for s in series))
    key = series[0].key.rsplit("/", 1)[0] + "/" + "+".join(names)
    return float(np.median(values)), Series(key, steps, values)


def _vanished_inside(ctx: Context, med: dict[str, tuple[float, Series]],
                     last: tuple[list[str], tuple[float, Series]]) -> dict[str, object] | None:
    """Evidence of a layer whose gradient vanished on its way from the output while the first
    layer's did not: a stack inside a residual branch or beside a side path, which the first
    layer's gradient goes around (heldout351's 12-layer sigmoid stack behind a residual: 4e-18 at
    the stack's first layer against 0.08 at the head, its embedding, listed first, 0.015). A
    layer's median under ``vanishing_beside_dead`` times the output end's; a median of 0 is a
    cut (dead units, an unused layer), not a fade. None when no layer is that far below."""
    names, (out_median, out_series) = last
    if out_median <= 0:
        return None
    inner = {n: m for n, m in med.items() if n not in names and m[0] > 0}
    if not inner:
        return None
    layer = min(inner, key=lambda n: inner[n][0])
    ratio = inner[layer][0] / out_median
    if ratio >= ctx.th.vanishing_beside_dead:
        return None
    return {"metrics": [inner[layer][1].key, out_series.key],
            "step_range": _range([inner[layer][1], out_series]), "criterion": "a_layer_inside",
            "layer": layer, "layer_median": inner[layer][0], "last_layer": " + ".join(names),
            "last_median": out_median, "ratio": ratio, "limit": ctx.th.vanishing_beside_dead,
            **({"activation": ctx.meta.activation} if ctx.meta.activation else {})}


def check_gradients(ctx: Context) -> list[Finding]:
    th = ctx.th
    if not ctx.h.grad_norm:
        raise Skip("no grad_norm/* metrics logged")
    med = _medians(ctx.h.grad_norm, th.min_points)
    blew_up = "divergence" in ctx.found or "nan_loss" in ctx.found
    dead = ctx.found.get("dead_relu")
    if not med and blew_up:
        # an explosion ends a run within a few steps, so its gradient norms have only those
        # few finite points (measured: an 8x64 ReLU MLP with N(0, 0.4) init, every layer's
        # gradient 200 -> 1e18 in 4 steps, then NaN): their growth still names the cause
        return _short_blowup(ctx, th)
    if not med:
        raise Skip(f"every grad_norm/* series has fewer than {th.min_points} finite points")
    order = [n for n in ctx.h.layer_order if n in med]
    sev = _gradient_severity(ctx)
    base: dict[str, object] = {"layer_order": order, "layer_order_from": (
        "run metadata" if ctx.h.layer_order_known else "guessed from the layer names"),
        **ctx.performance.evidence()}
    findings: list[Finding] = []
    ends = _layer_ends(ctx, order, med)
    if ends is not None:
        (first_names, first), (last_names, last) = ends
        ev = {"metrics": [med[n][1].key for n in (*first_names, *last_names)],
              "step_range": _range([first[1], last[1]]), "first_layer": " + ".join(first_names),
              "last_layer": " + ".join(last_names), "first_median": first[0],
              "last_median": last[0], **base}
        if len(last_names) > 1:
            ev["last_layers_together"] = ("the gradient norm of the output layers together "
                                          "(root sum of squares) at each step")
        if ctx.meta.input_layers or ctx.meta.output_layers:
            ev["ends_from"] = "the model's graph (model.input_layers, model.output_layers)"
        if last[0] > 0:
            ratio = first[0] / last[0]
            ev["ratio"] = ratio
            fractions = dead.evidence.get("dead_fraction", {}) \
                if dead is not None and dead.severity != "info" else {}
            dead_layers = set(fractions)
            dead_max = max(fractions.values(), default=1.0)
            cut = bool(dead_layers) and _dead_cut_gradient(ctx, dead_layers)
            from_start = _first_points_ratio(first[1], last[1])
            # a median of 0 whose first points were tiny but not 0 is a gradient shrunk past
            # float32 (heldout300's butterfly MLP: 1e-22, then 0), not one cut from the start
            shrunk = min((r for r in (ratio, from_start) if r > 0), default=math.inf)
            before_dead = _shrunk_before_dead(ctx, fractions, from_start)
            beyond_dead = shrunk < th.vanishing_beside_dead and (
                dead_max < DEAD_CUTS_ALL or before_dead)
            if ratio < th.vanishing_ratio and cut and not beyond_dead:
                # the first layer gets no gradient because the units above it are dead (measured:
                # Adam at LR 0.5, 95-98% dead, first-layer median grad 0): dead_relu names that
                # cause; "use ReLU" advice would point the wrong way
                ev["explained_by"] = "dead_relu"
            elif ratio < th.vanishing_ratio and _after_blowup(ctx, first[1], last[1]):
                # measured mostly after the loss blew up: the ratio reads the wrecked weights
                # (measured: RMSprop at LR 1 on unscaled diabetes, the loss 2e4 -> 1e13 at step
                # 2, then updates 1e-8 of the weights, first-layer gradient 81 against 9,000 at
                # the output): the blow-up is the cause and its advice the fix, not "use ReLU"
                ev["explained_by"] = _after_blowup(ctx, first[1], last[1])
            elif ratio < th.vanishing_ratio:
                ev["limit"] = th.vanishing_ratio
                if cut:  # here only where the gradient shrank beyond what dead units explain
                    # the gradient shrank by a million or more from the last layer to the first
                    # (heldout293-295: deep MLPs with N(0, 0.05) init, 1e-8 to 1e-13, 62-75% of
                    # a layer's units dead at the most): dead units that leave part of each
                    # layer alive cut it a few-fold, so the shrinking backward signal is the
                    # cause, as with a sigmoid stack
                    ev.update({"dead_units_explain_it": False, "limit_beside_dead":
                               th.vanishing_beside_dead, "first_points_ratio": from_start,
                               "dead_fraction_max": dead_max})
                    if before_dead:
                        ev["shrunk_before_units_died"] = True
                elif dead_layers:
                    # every layer counted dead is leaky (the run's model.leaky_units): its units
                    # scale the gradient below zero, they do not cut it, so the dead share does
                    # not explain the small gradients (heldout262: a 16-layer PReLU MLP with
                    # N(0, 0.05) init, 100% "dead", first layers' gradients down to 1e-18)
                    ev["dead_units_leaky"] = sorted(dead_layers)
                if ctx.meta.activation:
                    ev["activation"] = ctx.meta.activation
                findings.append(Finding("vanishing_gradients", sev, ev,
                                        ADVICE["vanishing_gradients"]))
            elif ratio > th.exploding_ratio:
                ev.update({"limit": th.exploding_ratio, "criterion": "first_vs_last_layer"})
                return [*findings, Finding("exploding_gradients", sev, ev,
                                           ADVICE["exploding_gradients"])]
        elif _no_gradient_anywhere(ctx, med) and not blew_up:
            # no layer's weights, the last one's included, got any gradient at any logged
            # step: the signal vanished on its way through the network, so even the output
            # layer reads zeros (heldout269's 12-layer MLP and heldout306's 10-layer product
            # MLP, both with N(0, 0.05) init: every gradient exactly 0, the loss flat at ln 4).
            # Dead ReLUs give the same zeros and are named by dead_relu instead. Seen: of the
            # 182 runner runs of heldout5 to 306 measured with not_training and no mechanism,
            # trained again, those two alone have no gradient anywhere
            ev.update({"criterion": "no_gradient_anywhere", "layers_logged": len(med)})
            if ctx.meta.activation:
                ev["activation"] = ctx.meta.activation
            findings.append(Finding("vanishing_gradients", sev, ev,
                                    ADVICE["vanishing_gradients"]))
    growing = {}
    # A gradient still at its highest at the end of a run whose loss is still clearly falling is
    # a network leaving a plateau, not an explosion (measured: a 3x16 sigmoid MLP with N(0, 0.01)
    # init on moons, first-layer gradient 23,000x its tiny start while the loss fell from 0.69
    # to 0.32); an explosion spikes or raises the loss instead. So is one whose slow start was
    # found: a tiny initialisation starts every gradient tiny, and leaving the plateau brings
    # them to their working size, where they stay (measured: a CNN with N(0, 0.01) init under
    # AdamW, output-layer gradient 5e-4 at the start, 1.5-1.9 over the last half of the run,
    # its loss flat near ln 4 for 6 epochs and then down to 0.71 without a spike).
    escaping = "not_converged" in ctx.found or "slow_start" in ctx.found
    for name, (_, s) in med.items():
        v = s.values
        start = float(np.median(v[:3]))
        if start <= 0 or len(v) < 4:
            continue
        pair = np.minimum(v[:-1], v[1:])  # two consecutive values, so one odd step is not enough
        peak = int(np.argmax(pair))
        growth = float(pair[peak]) / start
        at_end = peak >= len(pair) - max(2, len(pair) // 20)
        # a blow-up in the first steps is inside the median of the first 3 (RMSprop at LR 0.5
        # on the s-curve: 0.75 -> 2.7e7 -> 1.1e9): from the first value alone, a single noisy
        # point, it takes exploding_growth squared (a dying net's 0.05 -> 9 is not that)
        first = float(v[0])
        from_first = float(pair[peak]) / first if first > 0 else 0.0
        # without a blow-up, a gradient that grew from a tiny start to the size of the other
        # layers' is a layer waking up, not an explosion (seen: a small-init CNN, a ReZero MLP,
        # a dead-unit CNN's stem and a mixture of experts' gate, 0.3-3.3x the largest median of
        # the other layers at their peak, all with the loss never blown up; every labelled
        # explosion by growth blew the loss up)
        others = max((m for n, (m, _) in med.items() if n != name), default=0.0)
        stands_out = float(pair[peak]) > EXPLODING_ABOVE_OTHERS * others
        if (growth > th.exploding_growth and (blew_up or (at_end and not escaping
                                                          and stands_out))) or (
                blew_up and (_spike(v, start, th)
                             or from_first > th.exploding_growth ** 2)):
            growing[name] = (max(growth, from_first, float(v.max()) / start), s)
    if growing:
        ev = {"metrics": [v[1].key for v in growing.values()],
              "step_range": _range([v[1] for v in growing.values()]),
              "growth": {n: v[0] for n, v in growing.items()}, "limit": th.exploding_growth,
              "criterion": "growing_without_bound", **base}
        findings.append(Finding("exploding_gradients", sev, ev, ADVICE["exploding_gradients"]))
    elif (at_init := _exploded_at_initialisation(ctx)) is not None:
        findings.append(Finding("exploding_gradients", sev, {**at_init, **base},
                                ADVICE["exploding_gradients"]))
    if (not findings and not blew_up and ends is not None and "explained_by" not in ev
            and (dead is None or dead.severity == "info")):
        # dead units cut gradients (dead_relu names that cause), a blow-up wrecks them
        inside = _vanished_inside(ctx, med, ends[1])
        if inside is not None:
            findings.append(Finding("vanishing_gradients", sev, {**inside, **base},
                                    ADVICE["vanishing_gradients"]))
    if not findings and len(order) < 2:
        raise Skip("needs grad_norm/* of at least 2 layers to compare first and last")
    return findings


SHORT_BLOWUP_POINTS = 4  # fewest finite gradient norms of a layer read during a blow-up


def _spike(v: np.ndarray, start: float, th) -> bool:
    """One finite norm ``exploding_growth`` squared times the start (1e4x): in a run whose loss
    blew up, no odd step (Hugging Face Trainer's total norm 41 -> 1.9e11 -> 0.09 -> Inf)."""
    f = v[np.isfinite(v)]
    return bool(len(f) and start > 0 and f.max() > th.exploding_growth ** 2 * start)


def _up_to_overflow(s: Series) -> np.ndarray:
    """The finite values before the series' first non-finite one, followed by +inf when it has
    one (an overflowed norm is larger than any finite one: a NaN norm comes from an Inf)."""
    v = s.values
    bad = np.flatnonzero(~np.isfinite(v))
    if not len(bad):
        return v
    return np.append(v[:bad[0]], np.inf)


def _exploded_before_any_update(ctx: Context, limit: float | None = None) -> float | None:
    """The first logged training loss when it is above ``limit`` (default ``explode_loss``)
    and logged at the first step, i.e. before any update, of a classifier (K known: a
    cross-entropy starts near ln K unless the initial weights blow the signal up) or of a
    regression whose first R^2 is below -``explode_loss`` (its error over a thousand times the
    targets' variance, whatever their scale: a 10x26 net with N(0, 1) init on Friedman #1, loss
    3.4e12, R^2 -1.3e11). Else None."""
    k, _ = ctx.n_classes
    s, unit = ctx.h.train_loss()
    if s is None or unit != "step" or not len(s.values):
        return None
    if not k:
        r2 = ctx.h.roles.get("train_r2") or ctx.h.roles.get("val_r2")
        f = r2.finite() if r2 is not None else None
        if f is None or not len(f) or float(f.values[0]) > -ctx.th.explode_loss:
            return None
    first = float(s.values[0])
    limit = ctx.th.explode_loss if limit is None else limit
    if not math.isfinite(first) or first <= limit or s.steps[0] > 1:
        return None
    return first


def _exploded_at_initialisation(ctx: Context) -> dict[str, object] | None:
    """Evidence of gradients that exploded at initialisation, else None: a classifier's first
    loss, logged before any update, above ``explode_loss`` / 10 (a cross-entropy starts near
    ln K, under 7 for up to a thousand classes, unless the initial weights blow the signal up),
    and its layers' first gradient norms, in the median, above the same limit: the backward
    pass amplifies as the forward one did. The norms need not grow afterwards nor overflow
    (measured: a 12x28 MLP with N(0, 1) init on a 4-class set, loss 3e7, every layer's first
    gradient 7e6-2e7, then RMSprop's normalised steps brought them down to 1e5 without a NaN),
    nor reach 1e3: four unseen nets with N(0, 1) init (a separable CNN, a mixture of experts, a
    ReLU SIREN variant, a quadratic net) started at a loss of 590 to 3,400 with first gradients
    of 310 to 960 in the median, and never left chance.

    A cross-entropy is judged against ln K, the loss of uniform outputs, as well: a first loss
    ``EXPLODED_LN_K_MULTIPLE`` times ln K or more with first gradients above
    ``EXPLODED_GRAD_FLOOR`` in the median is the same blow-up at a smaller scale (measured, after
    heldout236 and 237: deep N(0, 1) nets at LR 1e-10 starting at 38-64x ln 4, loss 52-89, first
    gradients 25-133 in the median; over 513 stored runs no healthy one started above 3x ln K,
    and the others that did are exploding or saturated runs whose labels expect or allow it). A
    saturated tanh net's bounded units keep its first gradients near 10 however large its first
    loss (heldout70: N(0, 5) init, loss 76, gradients 10.5 in the median): no explosion."""
    limit = ctx.th.explode_loss / 10
    ln_k = None if ctx.loss_mismatched else ctx.chance_loss
    loss_limit, grad_limit = limit, limit
    if ln_k is not None:
        loss_limit = min(limit, EXPLODED_LN_K_MULTIPLE * ln_k)
        grad_limit = min(limit, EXPLODED_GRAD_FLOOR)
    loss = _exploded_before_any_update(ctx, loss_limit)
    firsts = {n: float(s.values[0]) for n, s in ctx.h.grad_norm.items()
              if len(s) and s.steps[0] <= 1 and math.isfinite(float(s.values[0]))}
    if loss is None or not firsts:
        return None
    median = float(np.median(list(firsts.values())))
    if median <= grad_limit:
        return None
    ev = {"metrics": sorted(ctx.h.grad_norm[n].key for n in firsts), "first_loss": loss,
          "first_grad_norm_median": median, "first_grad_norm": firsts,
          "limit": loss_limit, "criterion": "exploded_at_initialisation"}
    if ln_k is not None:
        ev.update({"chance_loss": ln_k, "first_loss_over_chance_loss": loss / ln_k,
                   "grad_limit": grad_limit})
    return ev


# a classifier's first loss this many times ln K, with first gradients above the floor in the
# median: exploded at initialisation (new after heldout236 and 237)
EXPLODED_LN_K_MULTIPLE = 10.0
EXPLODED_GRAD_FLOOR = 20.0


def _short_blowup(ctx: Context, th) -> list[Finding]:
    """Gradient norms cut short by a blow-up (fewer than ``min_points`` finite values each):
    exploding when a layer's norm, two consecutive values, grows ``exploding_growth`` times
    its first value. The first value, not the median of the first 3, is the start: in a run
    this short the third value is already inside the explosion. A norm that overflows counts
    as one more value, larger than any finite one: a blow-up that reaches NaN at step 3 leaves
    only 2 finite norms per layer (measured: a 10x48 ReLU MLP with N(0, 0.5) init, every layer
    1e3 -> 1e6-6e8 -> Inf)."""
    growing = {}
    exploded_at_init = _exploded_before_any_update(ctx)
    for name, s in ctx.h.grad_norm.items():
        v = _up_to_overflow(s)
        if exploded_at_init and len(v) == 2 and np.isfinite(v[0]) and v[0] > 0 \
                and bool(np.isinf(v[1])):
            # one finite norm, then an overflow, in a classifier whose first loss (before any
            # update) was already above explode_loss: the initial weights blew the signal up
            # (a 10x36 leaky-ReLU net with N(0, 0.8) init: loss 3.1e5 at step 1, every layer's
            # gradient 1.2e5-3.5e5, then Inf at step 2)
            growing[name] = (math.inf, s.finite())
            continue
        enough = len(v) >= SHORT_BLOWUP_POINTS or (len(v) >= 3 and bool(np.isinf(v[-1])))
        if not enough or not np.isfinite(v[0]) or v[0] <= 0:
            continue
        pair = np.minimum(v[:-1], v[1:])
        growth = float(pair.max()) / float(v[0])
        if growth > th.exploding_growth or _spike(v, float(v[0]), th):
            growing[name] = (max(growth, float(np.nanmax(v[np.isfinite(v)])) / float(v[0])),
                             s.finite())
    if not growing:
        raise Skip(f"every grad_norm/* series has fewer than {th.min_points} finite points and "
                   "none grows without bound")
    ev = {"metrics": [v[1].key for v in growing.values()],
          "step_range": _range([v[1] for v in growing.values()]),
          "growth": {n: (v[0] if math.isfinite(v[0]) else "overflow")
                     for n, v in growing.items()}, "limit": th.exploding_growth,
          "criterion": "growing_without_bound", "short_run": True,
          **ctx.performance.evidence()}
    if exploded_at_init:
        ev["first_loss"] = exploded_at_init
    return [Finding("exploding_gradients", _gradient_severity(ctx), ev,
                    ADVICE["exploding_gradients"])]


SHARE_ROUNDING = 1e-6  # float32 rounding of a logged share of units


BLOWN_DEAD_SHARE = 0.75  # of dead_relu_fraction: the dead share that counts after a blow-up


def check_dead_relu(ctx: Context) -> list[Finding]:
    """Layers whose ReLU-family units mostly never fire (``dead_relu_fraction`` at the end),
    at warning; at info in a model that does well anyway (:meth:`Context.gated`), unless a
    layer of units that cut the gradient is all dead: it passes nothing forward and no gradient
    back, so the model does well only around it (heldout394's EDCN with its deep tower's
    pre-activations shifted by -10: both of its layers all dead from the first epoch, its cross
    tower at 0.882; heldout209's quadratic net, 215's forest over an embedding and 224's
    ResNeXt, their shifted layers all dead at 0.98, 0.82 and 0.83 rescaled: each labelled a
    dead-unit fault and a training problem by its writer)."""
    th = ctx.th
    act = (ctx.meta.activation or "").lower()
    if act in NO_DEAD_UNITS:
        raise Skip(f"activation {act!r} has no dead units (gradient flows for x < 0 or it never "
                   "outputs exactly 0)")
    if not ctx.h.dead_relu:
        raise Skip("no dead_relu/* metrics logged")
    last: dict[str, tuple[float, Series]] = {}
    for name, s in ctx.h.dead_relu.items():
        f = s.finite()
        if len(f):
            tail = f.values[-3:]
            # the fraction at the end: the median of the last three epochs smooths a unit that
            # comes back for an epoch; a fraction still rising in each of them is read at its
            # last value (units that die do not come back: 0.28 -> 0.56 -> 0.72 ends at 0.72)
            rising = len(tail) >= 2 and bool(np.all(np.diff(tail) > 0))
            last[name] = (float(tail[-1] if rising else np.median(tail)), f)
    if not last:
        raise Skip("dead_relu/* has no finite values")
    # a share logged as a float32 mean lies up to ~1e-7 under the count's (9 of 15 dead units
    # stored as 0.59999999): such a share at the limit is at the limit
    limit = th.dead_relu_fraction
    broken = [code for code in ("nan_loss", "divergence")
              if code in ctx.found and ctx.found[code].severity == "critical"]
    if broken:
        # the damage of a blow-up: after a divergence or NaN, three quarters of the limit dead
        # is the explosion's effect, not a net's ordinary sparsity (measured: CNNs at LR 3-10
        # under RMSprop, 43-52% of a layer dead after their loss went past 1e5, labelled dead
        # by heldout105's and 110's writers; the bank's healthy runs reach 0.63, but no broken
        # run is healthy)
        limit = BLOWN_DEAD_SHARE * th.dead_relu_fraction
    dead = {n: v for n, v in last.items() if v[0] >= limit - SHARE_ROUNDING}
    if not dead:
        return []
    ev = {"metrics": [v[1].key for v in dead.values()],
          "epoch_range": _range([v[1] for v in dead.values()]),
          "dead_fraction": {n: v[0] for n, v in dead.items()},
          "limit": limit, **ctx.performance.evidence(), **ctx.training_fit()}
    if broken:
        ev["after"] = broken
    advice = ADVICE["dead_relu"]
    severity = ctx.gated("warning")
    if not _dead_cut_gradient(ctx, set(dead)):
        # "switch to leaky ReLU" to a net of leaky units points nowhere
        ev["leaky"] = True
        advice = ("Lower the learning rate, or check the initialisation and biases (Kaiming "
                  "init, no large negative bias): these units are leaky already, so they still "
                  "pass a scaled-down gradient, but none of them is ever positive.")
    elif severity == "info":
        whole = [n for n, v in dead.items() if v[0] >= DEAD_CUTS_ALL - SHARE_ROUNDING]
        if whole:
            severity, ev["all_dead"] = "warning", whole
            advice = (f"No unit of {', '.join(whole)} ever fires: the model does well through "
                      "its other paths, but these layers pass nothing forward and no gradient "
                      "back, so their weights are dead weight. " + advice)
    return [Finding("dead_relu", severity, ev, advice)]
