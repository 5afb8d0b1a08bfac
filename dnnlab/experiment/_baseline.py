"""A simple reference score for a ``dnnlab train`` run: before training, a linear model and a
5-nearest-neighbour model are fit on the flattened, standardised training split
and scored on the validation split.

"Good" is relative to what the data allow (the lectures' recipe): a network that does not beat
a logistic regression (classification), a ridge regression (regression) or nearest neighbours
(data no line fits: a sine, spirals) is not good yet, however far it is above chance. The
better score is logged once, at step 0:

* ``baseline/val_accuracy`` (classification) or ``baseline/val_r2`` (regression);
* param ``baseline.model``: ``logistic_regression``, ``ridge`` or ``knn`` (the better one);
* or, when no baseline was fit, only tag ``baseline.skipped`` with the reason (no validation
  split, more than 20,000 training samples or 10,000 features, or the fit failed).

The nearest-neighbour reference costs training x validation samples x features; above
:data:`MAX_KNN_WORK` it is fit on a random subsample of the training split (and scored on at
most :data:`KNN_MAX_VAL` validation samples) rather than left out, so that a data set growing
past the bound does not drop the reference to a line a linear model draws (bar images of 3,600
x 100 samples: 0.27 with the logistic regression alone, 0.9 or more with neighbours).

On the digits (1,078 x 64 training samples) the fit takes well under a second.
"""

from __future__ import annotations

import logging
import time
import warnings
from dataclasses import dataclass, field

import numpy as np

from dnnlab.data import DataBundle
from dnnlab.keys import BASELINE, BASELINE_MODEL, BASELINE_SKIPPED
from dnnlab.tracking import TrackedRun

log = logging.getLogger("dnnlab")

MAX_SAMPLES = 20_000  # larger training splits are skipped: the fit would cost seconds
MAX_FEATURES = 10_000
MAX_ITER = 100  # lbfgs iterations of the logistic regression: a reference, not a tuned model
# a nearest-neighbour reference too, for data a linear model cannot fit (a sine, spirals), when
# it costs little: training x validation samples x features (digits: 1,078 x 360 x 64 = 25M)
MAX_KNN_WORK = 200_000_000
K_NEIGHBOURS = 5
KNN_MAX_VAL = 2_000  # above the bound, the kNN is scored on at most this many validation samples
KNN_MIN_TRAIN = 500  # ... fit on at least this many training samples (fewer validation ones then)
KNN_MIN_VAL = 200  # ... and left out when fewer validation samples than this would fit the bound


@dataclass
class Baseline:
    """What :func:`fit_baseline` found: ``metrics`` keyed by their MLflow names."""

    model: str | None = None
    metrics: dict[str, float] = field(default_factory=dict)
    skipped: str | None = None
    seconds: float = 0.0


def _flat(x) -> np.ndarray:
    return x.detach().cpu().reshape(len(x), -1).numpy().astype(np.float64)


def knn_rows(n: int, n_val: int, features: int) -> tuple[int, int] | None:
    """How many training and validation samples the nearest-neighbour reference uses so that
    its work stays within :data:`MAX_KNN_WORK`: all of them when they fit, else a subsample of
    both (``None`` when even :data:`KNN_MIN_TRAIN` x :data:`KNN_MIN_VAL` would not fit).

    >>> knn_rows(1_078, 360, 64)
    (1078, 360)
    >>> knn_rows(3_600, 1_200, 100)
    (1666, 1200)
    >>> knn_rows(18_000, 6_000, 784)
    (500, 510)
    >>> knn_rows(18_000, 6_000, 9_000) is None
    True
    """
    if n * n_val * features <= MAX_KNN_WORK:
        return n, n_val
    n_use = min(n, max(KNN_MIN_TRAIN, MAX_KNN_WORK // (min(n_val, KNN_MAX_VAL) * features)))
    val_use = min(n_val, KNN_MAX_VAL, MAX_KNN_WORK // (n_use * features))
    return (n_use, val_use) if val_use >= KNN_MIN_VAL else None


def _sample(count: int, keep: int, rng: np.random.Generator) -> np.ndarray | slice:
    return slice(None) if keep >= count else np.sort(rng.choice(count, keep, replace=False))


def fit_baseline(data: DataBundle) -> Baseline:
    """Fit the task's linear baseline on ``data.train`` and score it on ``data.val``.

    >>> from dnnlab.config import DataConfig
    >>> from dnnlab.data import load_data
    >>> b = fit_baseline(load_data(DataConfig(dataset="digits"), seed=0))
    >>> b.model, b.metrics["baseline/val_accuracy"] > 0.9
    ('logistic_regression', True)
    """
    train, val = data.train, data.val
    n, d = len(train), int(np.prod(data.input_shape))
    if val is None or len(val) == 0:
        return Baseline(skipped="no validation split to score it on")
    if n > MAX_SAMPLES:
        return Baseline(skipped=f"the training split has {n:,} samples, more than "
                                f"{MAX_SAMPLES:,}")
    if d > MAX_FEATURES:
        return Baseline(skipped=f"the inputs have {d:,} features, more than {MAX_FEATURES:,}")
    from sklearn.linear_model import LogisticRegression, Ridge
    from sklearn.metrics import accuracy_score, r2_score
    from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor

    t0 = time.perf_counter()
    x, xv = _flat(train.x), _flat(val.x)
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0  # constant features (the digits' blank corners) stay 0
    x, xv = (x - mean) / std, (xv - mean) / std
    y, yv = train.y.cpu().numpy(), val.y.cpu().numpy()
    rows = knn_rows(n, len(xv), d)
    if rows is not None:  # a subsample above the cost bound, the same one every time
        rng = np.random.default_rng(0)
        fit_rows, score_rows = _sample(n, rows[0], rng), _sample(len(xv), rows[1], rng)
    from threadpoolctl import threadpool_limits

    try:
        # one BLAS thread: on small data the threads' start and sync cost more than they save
        # (digits: logistic regression 0.12 s on one thread, 0.9-1.8 s on two busy cores)
        with warnings.catch_warnings(), threadpool_limits(1):
            warnings.simplefilter("ignore")  # a ConvergenceWarning at MAX_ITER is expected
            if data.task == "classification":
                key = "val_accuracy"
                scores = {"logistic_regression": accuracy_score(
                    yv, LogisticRegression(max_iter=MAX_ITER).fit(x, y).predict(xv))}
                if rows is not None:
                    scores["knn"] = accuracy_score(yv[score_rows], KNeighborsClassifier(
                        K_NEIGHBOURS).fit(x[fit_rows], y[fit_rows]).predict(xv[score_rows]))
            else:
                key = "val_r2"
                y, yv = y.reshape(n, -1).squeeze(-1), yv.reshape(len(yv), -1).squeeze(-1)
                scores = {"ridge": r2_score(yv, Ridge(alpha=1.0).fit(x, y).predict(xv))}
                if rows is not None:
                    scores["knn"] = r2_score(yv[score_rows], KNeighborsRegressor(
                        K_NEIGHBOURS).fit(x[fit_rows], y[fit_rows]).predict(xv[score_rows]))
    except Exception as err:  # a reference score must never stop the run
        return Baseline(skipped=f"the fit failed: {type(err).__name__}: {err}"[:300])
    name = max(scores, key=lambda m: scores[m])
    return Baseline(name, {f"{BASELINE}{key}": float(scores[name])},
                    seconds=time.perf_counter() - t0)


class BaselineInBackground:
    """:func:`fit_baseline` on a thread of its own while the run trains (0.3-0.6 s of the main
    job's critical path otherwise: scikit-learn's import and the fit); :meth:`log` waits for it
    and logs it with :func:`log_baseline`. The end-of-run diagnosis reads it, so the run logs
    it before it ends, also when training fails."""

    def __init__(self, data: DataBundle) -> None:
        import threading

        self._found: Baseline | None = None
        self._thread = threading.Thread(target=self._fit, args=(data,), daemon=True,
                                        name="dnnlab-baseline")
        self._thread.start()

    def _fit(self, data: DataBundle) -> None:
        self._found = fit_baseline(data)  # never raises: a failed fit is a skipped baseline

    def log(self, run: TrackedRun) -> Baseline:
        self._thread.join()
        found = self._found or Baseline(skipped="the fit did not finish")
        return log_baseline(run, found)


def log_baseline(run: TrackedRun, found: Baseline) -> Baseline:
    """Log a fitted baseline to ``run`` at step 0 (or tag why it was skipped)."""
    if found.skipped is not None:
        run.set_tags({BASELINE_SKIPPED: found.skipped})
        return found
    run.log_params({BASELINE_MODEL: found.model})
    run.log_metrics(found.metrics, 0)
    log.debug("baseline %s in %.3f s: %s", found.model, found.seconds, found.metrics)
    return found
