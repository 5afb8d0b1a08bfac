"""Evaluation metrics in the lectures' words (scikit-learn, SciPy) and their figures.

Classification takes class probabilities ``(n, K)`` (K = 2 for binary, positive class 1) and
predicts the arg-max. Binary scores are those of the positive class; multiclass scores are macro
averages (specificity and false positive rate one-vs-rest from the confusion matrix). A score that
is undefined on the data (ROC AUC with a class absent) is NaN, never an exception.

The training loop calls :func:`classification_metrics` twice an epoch, so it makes one
confusion matrix (scikit-learn) and one rank pass over all classes (SciPy): ROC AUC is the
Mann-Whitney statistic ``(R+ - n+(n+ + 1)/2) / (n+ n-)`` with tied scores given their mean rank,
which equals scikit-learn's trapezoidal ``roc_auc_score`` (the tests check both agree) at a
fraction of its per-class validation cost.

>>> import numpy as np
>>> m = classification_metrics(np.array([0, 1, 1]), np.array([[.8, .2], [.3, .7], [.6, .4]]))
>>> round(m["accuracy"], 3), m["precision"], m["recall"]
(0.667, 1.0, 0.5)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy.stats import rankdata
from sklearn import metrics as skm

__all__ = [
    "classification_metrics",
    "confusion",
    "regression_metrics",
    "roc_auc_by_class",
    "roc_curves",
]

CLASSIFICATION_KEYS = (
    "accuracy", "error_rate", "precision", "recall", "specificity", "f1", "fpr", "roc_auc",
)


def _as_proba(y_true: np.ndarray, proba: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    y = np.asarray(y_true).reshape(-1).astype(int)
    p = np.asarray(proba, dtype=float)
    if p.ndim == 1 or (p.ndim == 2 and p.shape[1] == 1):  # P(class 1) of a binary model
        p = p.reshape(-1)
        p = np.stack([1.0 - p, p], axis=1)
    if p.ndim != 2 or p.shape[0] != y.shape[0]:
        raise ValueError(
            f"proba must have shape (n, K) with n = {y.shape[0]} labels, got {np.shape(proba)}"
        )
    if p.shape[1] < 2:
        raise ValueError(f"proba needs at least 2 classes, got shape {p.shape}")
    if y.size and (y.min() < 0 or y.max() >= p.shape[1]):
        raise ValueError(
            f"y_true holds labels {int(y.min())} to {int(y.max())}, but the scores have "
            f"{p.shape[1]} columns: labels must be class indices 0 to {p.shape[1] - 1}, one "
            "per column of the scores")
    return y, p


def _auc_by_column(y: np.ndarray, p: np.ndarray, classes: Sequence[int]) -> np.ndarray:
    """One-vs-rest ROC AUC of each class in ``classes`` from one rank pass; NaN if undefined."""
    cols = list(classes)
    ranks = rankdata(p[:, cols], axis=0)  # mean rank for ties, as the trapezoidal AUC counts
    positive = y[:, None] == np.asarray(cols)[None, :]
    n_pos = positive.sum(axis=0).astype(float)
    n_neg = len(y) - n_pos
    rank_sum = np.where(positive, ranks, 0.0).sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        auc = (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
    return np.where((n_pos > 0) & (n_neg > 0), auc, np.nan)


def _prf_from_confusion(cm: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-class precision, recall and F1 with scikit-learn's ``zero_division=0``."""
    tp = np.diag(cm).astype(float)
    predicted, actual = cm.sum(axis=0), cm.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(predicted > 0, tp / predicted, 0.0)
        recall = np.where(actual > 0, tp / actual, 0.0)
        both = precision + recall
        f1 = np.where(both > 0, 2 * precision * recall / both, 0.0)
    return precision, recall, f1


def _specificity_by_class(cm: np.ndarray) -> np.ndarray:
    """One-vs-rest true negative rate per class; NaN for a class with no actual negatives."""
    total = cm.sum()
    tp = np.diag(cm)
    fp = cm.sum(axis=0) - tp
    fn = cm.sum(axis=1) - tp
    tn = total - tp - fp - fn
    negatives = tn + fp
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(negatives > 0, tn / np.maximum(negatives, 1), np.nan)


def classification_metrics(y_true: np.ndarray, proba: np.ndarray) -> dict[str, float]:
    """accuracy, error_rate, precision, recall, specificity, f1, fpr and roc_auc.

    Binary (K = 2): the scores of class 1; specificity is the true negative rate and
    ``fpr = 1 - specificity``. Multiclass: macro averages, one-vs-rest for specificity, fpr and
    roc_auc. Precision/recall/F1 with nothing to divide by are 0 (scikit-learn's convention);
    specificity/fpr without actual negatives and AUC with a class absent are NaN.
    """
    y, p = _as_proba(y_true, proba)
    k = p.shape[1]
    pred = p.argmax(axis=1)
    cm = skm.confusion_matrix(y, pred, labels=list(range(k)))
    spec_by_class = _specificity_by_class(cm)
    precision, recall, f1 = _prf_from_confusion(cm)
    accuracy = float(np.trace(cm) / len(y)) if len(y) else float("nan")
    if k == 2:  # the positive class's scores; class 1's negatives are class 0
        pick = [1]
        specificity = float(spec_by_class[1])
        auc = float(_auc_by_column(y, p, [1])[0])
    else:  # macro averages; NaN if any class's specificity or AUC is undefined
        pick = list(range(k))
        specificity = float(np.mean(spec_by_class))
        auc = float(np.mean(_auc_by_column(y, p, pick)))
    return {
        "accuracy": accuracy,
        "error_rate": 1.0 - accuracy,
        "precision": float(np.mean(precision[pick])),
        "recall": float(np.mean(recall[pick])),
        "specificity": specificity,
        "f1": float(np.mean(f1[pick])),
        "fpr": 1.0 - specificity,
        "roc_auc": auc,
    }


def regression_metrics(y_true: np.ndarray, y_pred: np.ndarray) -> dict[str, float]:
    """mse, mae and r2 (R² is NaN for fewer than two samples)."""
    y = np.asarray(y_true, dtype=float).reshape(-1)
    yp = np.asarray(y_pred, dtype=float).reshape(-1)
    if y.shape != yp.shape:
        raise ValueError(f"y_true has {y.size} values but y_pred has {yp.size}")
    r2 = float(skm.r2_score(y, yp)) if len(y) >= 2 else float("nan")
    return {
        "mse": float(skm.mean_squared_error(y, yp)),
        "mae": float(skm.mean_absolute_error(y, yp)),
        "r2": r2,
    }


def confusion(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int) -> np.ndarray:
    """Confusion-matrix counts ``(n_classes, n_classes)``: rows actual, columns predicted."""
    y = np.asarray(y_true).reshape(-1).astype(int)
    yp = np.asarray(y_pred).reshape(-1).astype(int)
    return skm.confusion_matrix(y, yp, labels=list(range(n_classes)))


def _curve_classes(proba: np.ndarray, class_names: Sequence[str]) -> list[int]:
    if len(class_names) != proba.shape[1]:
        raise ValueError(f"{len(class_names)} class names for {proba.shape[1]} classes")
    return [1] if proba.shape[1] == 2 else list(range(proba.shape[1]))


def roc_curves(
    y_true: np.ndarray, proba: np.ndarray, class_names: Sequence[str]
) -> pd.DataFrame:
    """Tidy ROC curves with columns class, fpr, tpr, threshold.

    Binary: one curve, for the positive class (``class_names[1]``). Multiclass: one-vs-rest, one
    curve per class. A class whose curve is undefined (absent, or the only one present) has no rows.
    The first threshold of each curve is ``inf`` (scikit-learn's "predict nothing" point).
    """
    y, p = _as_proba(y_true, proba)
    frames = []
    for c in _curve_classes(p, class_names):
        positive = y == c
        if positive.all() or not positive.any():
            continue
        fpr, tpr, thr = skm.roc_curve(positive, p[:, c])
        frames.append(
            pd.DataFrame({"class": str(class_names[c]), "fpr": fpr, "tpr": tpr, "threshold": thr})
        )
    if not frames:
        return pd.DataFrame({
            "class": pd.Series(dtype=str), "fpr": pd.Series(dtype=float),
            "tpr": pd.Series(dtype=float), "threshold": pd.Series(dtype=float),
        })
    return pd.concat(frames, ignore_index=True)


def roc_auc_by_class(
    y_true: np.ndarray, proba: np.ndarray, class_names: Sequence[str]
) -> dict[str, float]:
    """ROC AUC per curve of :func:`roc_curves` (binary: positive class only); NaN if undefined."""
    y, p = _as_proba(y_true, proba)
    classes = _curve_classes(p, class_names)
    aucs = _auc_by_column(y, p, classes)
    return {str(class_names[c]): float(a) for c, a in zip(classes, aucs, strict=True)}
