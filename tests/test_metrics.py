from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from dnnlab.figures import confusion_figure, roc_figure
from dnnlab.metrics import (
    classification_metrics,
    confusion,
    regression_metrics,
    roc_auc_by_class,
    roc_curves,
)

KEYS = {"accuracy", "error_rate", "precision", "recall", "specificity", "f1", "fpr", "roc_auc"}


def one_hot_proba(pred: np.ndarray, k: int, confidence: float = 0.9) -> np.ndarray:
    p = np.full((len(pred), k), (1 - confidence) / (k - 1))
    p[np.arange(len(pred)), pred] = confidence
    return p


def cat_example() -> tuple[np.ndarray, np.ndarray]:
    """The lectures' cat / non-cat test set: cat = 1 is the positive class."""
    y = np.array([1] * 100 + [0] * 1000)
    pred = np.array([1] * 90 + [0] * 10 + [1] * 60 + [0] * 940)
    return y, one_hot_proba(pred, 2)


def test_lecture_cat_example() -> None:
    y, proba = cat_example()
    cm = confusion(y, proba.argmax(1), 2)
    assert cm.tolist() == [[940, 60], [10, 90]]  # rows actual (non-cat, cat)
    m = classification_metrics(y, proba)
    assert set(m) == KEYS
    assert m["accuracy"] == pytest.approx(0.936, abs=5e-4)  # 1030 / 1100
    assert m["error_rate"] == pytest.approx(0.064, abs=5e-4)
    assert m["precision"] == pytest.approx(0.60)
    assert m["recall"] == pytest.approx(0.90)
    assert m["specificity"] == pytest.approx(0.94)
    assert m["f1"] == pytest.approx(0.72)
    assert m["fpr"] == pytest.approx(0.06)
    assert all(isinstance(v, float) for v in m.values())


def test_binary_probability_vector() -> None:
    y, proba = cat_example()
    assert classification_metrics(y, proba[:, 1]) == classification_metrics(y, proba)


def test_multiclass_hand_computed() -> None:
    y = np.array([0, 0, 0, 1, 1, 2, 2, 2, 2, 2])
    pred = np.array([0, 0, 1, 1, 2, 2, 2, 2, 0, 2])
    # confusion (rows actual): [[2, 1, 0], [0, 1, 1], [1, 0, 4]]
    m = classification_metrics(y, one_hot_proba(pred, 3))
    assert confusion(y, pred, 3).tolist() == [[2, 1, 0], [0, 1, 1], [1, 0, 4]]
    assert m["accuracy"] == pytest.approx(0.7)
    assert m["error_rate"] == pytest.approx(0.3)
    precision = [2 / 3, 1 / 2, 4 / 5]
    recall = [2 / 3, 1 / 2, 4 / 5]
    f1 = [2 * p * r / (p + r) for p, r in zip(precision, recall, strict=True)]
    # one-vs-rest TN / (TN + FP): class 0: 6/7, class 1: 7/8, class 2: 4/5
    specificity = [6 / 7, 7 / 8, 4 / 5]
    assert m["precision"] == pytest.approx(np.mean(precision))
    assert m["recall"] == pytest.approx(np.mean(recall))
    assert m["f1"] == pytest.approx(np.mean(f1))
    assert m["specificity"] == pytest.approx(np.mean(specificity))
    assert m["fpr"] == pytest.approx(1 - np.mean(specificity))
    assert 0.5 < m["roc_auc"] <= 1.0


def test_auc_perfect_and_constant() -> None:
    rng = np.random.default_rng(0)
    y = rng.integers(0, 3, size=200)
    perfect = one_hot_proba(y, 3)
    assert classification_metrics(y, perfect)["roc_auc"] == pytest.approx(1.0)
    constant = np.full((200, 3), 1 / 3)
    assert classification_metrics(y, constant)["roc_auc"] == pytest.approx(0.5)
    yb = rng.integers(0, 2, size=200)
    assert classification_metrics(yb, one_hot_proba(yb, 2))["roc_auc"] == pytest.approx(1.0)
    assert classification_metrics(yb, np.full((200, 2), 0.5))["roc_auc"] == pytest.approx(0.5)


def test_auc_nan_for_missing_class() -> None:
    y = np.array([0, 1, 0, 1])  # class 2 absent
    m = classification_metrics(y, one_hot_proba(np.array([0, 1, 1, 1]), 3))
    assert math.isnan(m["roc_auc"])
    assert m["accuracy"] == pytest.approx(0.75)
    yb = np.zeros(5, dtype=int)  # only negatives
    mb = classification_metrics(yb, one_hot_proba(yb, 2))
    assert math.isnan(mb["roc_auc"])
    assert mb["specificity"] == 1.0 and mb["fpr"] == 0.0
    assert mb["precision"] == 0.0 and mb["recall"] == 0.0
    aucs = roc_auc_by_class(y, one_hot_proba(np.array([0, 1, 1, 1]), 3), ["a", "b", "c"])
    assert math.isnan(aucs["c"]) and aucs["a"] == pytest.approx(0.75)  # ties count half


def test_regression_hand_computed() -> None:
    y = np.array([1.0, 2.0, 3.0, 4.0])
    yp = np.array([1.5, 2.0, 2.0, 5.0])
    m = regression_metrics(y, yp)
    assert set(m) == {"mse", "mae", "r2"}
    assert m["mse"] == pytest.approx((0.25 + 0 + 1 + 1) / 4)
    assert m["mae"] == pytest.approx((0.5 + 0 + 1 + 1) / 4)
    assert m["r2"] == pytest.approx(1 - 2.25 / 5.0)
    assert regression_metrics(y[:, None], y)["r2"] == pytest.approx(1.0)


def test_confusion_counts() -> None:
    cm = confusion(np.array([0, 1, 2]), np.array([0, 0, 0]), 4)
    assert cm.shape == (4, 4)
    assert cm.tolist() == [[1, 0, 0, 0], [1, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]]


def test_roc_curves_binary_and_multiclass() -> None:
    y, proba = cat_example()
    roc = roc_curves(y, proba, ["non-cat", "cat"])
    assert list(roc.columns) == ["class", "fpr", "tpr", "threshold"]
    assert set(roc["class"]) == {"cat"}
    assert roc_auc_by_class(y, proba, ["non-cat", "cat"]) == {
        "cat": pytest.approx(classification_metrics(y, proba)["roc_auc"])
    }
    rng = np.random.default_rng(1)
    y3 = rng.integers(0, 3, size=60)
    p3 = rng.dirichlet(np.ones(3), size=60)
    roc3 = roc_curves(y3, p3, ["a", "b", "c"])
    assert list(roc3["class"].unique()) == ["a", "b", "c"]
    for _, curve in roc3.groupby("class"):
        assert curve["fpr"].iloc[0] == 0 and curve["tpr"].iloc[-1] == 1
        assert curve["fpr"].is_monotonic_increasing
    aucs = roc_auc_by_class(y3, p3, ["a", "b", "c"])
    m = classification_metrics(y3, p3)
    assert m["roc_auc"] == pytest.approx(np.mean(list(aucs.values())))


def test_roc_curves_skip_absent_class() -> None:
    y = np.array([0, 1, 0, 1])
    roc = roc_curves(y, one_hot_proba(np.array([0, 1, 1, 1]), 3), ["a", "b", "c"])
    assert set(roc["class"]) == {"a", "b"}
    empty = roc_curves(np.zeros(3, dtype=int), np.full((3, 2), 0.5), ["n", "p"])
    assert empty.empty and list(empty.columns) == ["class", "fpr", "tpr", "threshold"]


def test_confusion_figure() -> None:
    cm = np.array([[940, 60], [10, 90]])
    fig = confusion_figure(cm, ["non-cat", "cat"])
    assert fig.layout.title.text
    assert fig.layout.xaxis.title.text == "predicted"
    assert fig.layout.yaxis.title.text == "actual"
    assert fig.data[0].text[0][1] == "60"
    norm = confusion_figure(cm, ["non-cat", "cat"], normalize=True)
    assert np.asarray(norm.data[0].z)[1].tolist() == pytest.approx([0.1, 0.9])
    assert "normalised" in norm.layout.title.text
    zero_row = confusion_figure(np.array([[0, 0], [1, 1]]), ["a", "b"], normalize=True)
    assert np.isfinite(np.asarray(zero_row.data[0].z)).all()


def test_roc_figure() -> None:
    y, proba = cat_example()
    names = ["non-cat", "cat"]
    fig = roc_figure(roc_curves(y, proba, names), roc_auc_by_class(y, proba, names))
    assert fig.layout.title.text
    assert fig.layout.xaxis.title.text == "false positive rate"
    assert fig.layout.yaxis.title.text == "true positive rate"
    assert len(fig.data) == 2
    assert "AUC" in fig.data[0].name and fig.data[0].name.startswith("cat")
    assert list(fig.data[1].x) == [0, 1] and list(fig.data[1].y) == [0, 1]
    empty = roc_figure(pd.DataFrame(columns=["class", "fpr", "tpr", "threshold"]), {})
    assert len(empty.data) == 1


@pytest.mark.parametrize("k", [2, 3, 10])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_matches_scikit_learn_scorers(k: int, seed: int) -> None:
    """The one-pass metrics equal scikit-learn's scorers, ties and an absent class included."""
    from sklearn import metrics as skm

    rng = np.random.default_rng(seed)
    n = 300
    y = rng.integers(0, k, n)
    logits = rng.normal(size=(n, k)) + 1.5 * np.eye(k)[y]
    proba = np.round(np.exp(logits) / np.exp(logits).sum(1, keepdims=True), 2)  # many ties
    m = classification_metrics(y, proba)
    pred = proba.argmax(1)
    avg = {"average": "binary"} if k == 2 else {"average": "macro", "labels": list(range(k))}
    assert m["accuracy"] == pytest.approx(skm.accuracy_score(y, pred))
    for name, scorer in [("precision", skm.precision_score), ("recall", skm.recall_score),
                         ("f1", skm.f1_score)]:
        assert m[name] == pytest.approx(scorer(y, pred, zero_division=0, **avg)), name
    if k == 2:
        assert m["roc_auc"] == pytest.approx(skm.roc_auc_score(y, proba[:, 1]))
    else:
        expected = np.mean([skm.roc_auc_score(y == c, proba[:, c]) for c in range(k)])
        assert m["roc_auc"] == pytest.approx(expected)
        never = y != k - 1  # a class never predicted nor present: its P/R/F1 count as 0
        m2 = classification_metrics(y[never], proba[never])
        pred2 = proba[never].argmax(1)
        assert m2["f1"] == pytest.approx(
            skm.f1_score(y[never], pred2, zero_division=0, **avg))
        assert math.isnan(m2["roc_auc"])
