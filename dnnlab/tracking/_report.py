"""The end-of-run report of a classifier: confusion matrix and ROC curves as artifacts."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from mlflow import MlflowClient

from dnnlab import metrics as M
from dnnlab.drawing import FigureBatch


def as_probabilities(y_score: np.ndarray) -> np.ndarray:
    """Class probabilities from what a loop has at hand: probabilities pass through, logits
    go through a softmax (a single column through a sigmoid: the positive class)."""
    s = np.asarray(y_score, dtype=np.float64)
    if s.ndim == 2 and s.shape[1] == 1:
        s = s[:, 0]
    if s.ndim == 1:
        if np.nanmin(s, initial=0.0) < 0 or np.nanmax(s, initial=0.0) > 1:
            s = 1.0 / (1.0 + np.exp(-s))
        return s
    rows = s.sum(axis=1)
    if np.nanmin(s, initial=0.0) >= 0 and np.allclose(rows, 1.0, atol=1e-3):
        return s
    z = s - s.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def two_columns(proba: np.ndarray) -> np.ndarray:
    """``(n, K)`` probabilities (a binary ``(n,)`` becomes ``[1 - p, p]``)."""
    return np.stack([1 - proba, proba], axis=1) if proba.ndim == 1 else proba


def log_classification_report(client: MlflowClient, run_id: str, y_true: np.ndarray,
                              proba: np.ndarray, class_names: Sequence[str] | None,
                              split: str, figures: FigureBatch | None = None) -> None:
    """``confusion_matrix.{json,csv,html,png}`` (and ``_normalized.png``), ``roc_curve.{csv,html,
    png}`` and ``roc_auc.json``. The data files are logged at once; the figures are added to
    ``figures`` (drawn and logged when its owner logs it) or, without one, drawn and logged
    here."""
    proba = two_columns(np.asarray(proba))
    y_true = np.asarray(y_true).astype(int)
    n_classes = proba.shape[1]
    names = list(class_names or [])
    if len(names) != n_classes:
        names = [str(i) for i in range(n_classes)]
    cm = M.confusion(y_true, proba.argmax(1), n_classes)
    roc = M.roc_curves(y_true, proba, names)
    aucs = M.roc_auc_by_class(y_true, proba, names)
    # the files in one folder logged with one call, the data first (MLflow's log_dict and
    # log_text would make a folder per file and log each on its own); JSON as log_dict writes it
    with tempfile.TemporaryDirectory(prefix="dnnlab-report-") as tmp:
        d = Path(tmp)
        _write_json(d / "confusion_matrix.json",
                    {"split": split, "labels": names, "matrix": cm.tolist()})
        (d / "confusion_matrix.csv").write_text(
            pd.DataFrame(cm, index=names, columns=names).to_csv(), encoding="utf-8")
        (d / "roc_curve.csv").write_text(roc.to_csv(index=False), encoding="utf-8")
        _write_json(d / "roc_auc.json", {"split": split, "auc": aucs})
        client.log_artifacts(run_id, tmp)
    batch = figures if figures is not None else FigureBatch()
    batch.add("confusion_png", cm, names, file="confusion_matrix.png", split=split)
    batch.add("confusion_png", cm, names, file="confusion_matrix_normalized.png",
              normalize=True, split=split)
    batch.add("roc_png", roc, aucs, file="roc_curve.png", split=split)
    batch.add("confusion_html", cm, names, file="confusion_matrix.html")
    batch.add("roc_html", roc, aucs, file="roc_curve.html")
    if figures is None:
        batch.start()
        batch.log(client, run_id)


def _write_json(path: Path, data: dict) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, default=str)


def log_learning_curves(client: MlflowClient, run_id: str, history: list[dict[str, float]],
                        best_epoch: int | None, figures: FigureBatch | None = None) -> None:
    """``learning_curves.png``: training vs validation loss and metric per epoch (added to
    ``figures``, or drawn and logged here without one)."""
    batch = figures if figures is not None else FigureBatch()
    batch.add("learning_curves_png", list(history), file="learning_curves.png",
              best_epoch=best_epoch)
    if figures is None:
        batch.start()
        batch.log(client, run_id)
