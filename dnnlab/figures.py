"""Figures a run carries as artifacts, readable offline in the MLflow UI.

PNG images (matplotlib, no browser) render in MLflow's artifact viewer; the interactive HTML
versions carry their own copy of plotly.js, so they work without internet too.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib

matplotlib.use("Agg")  # files only, never a window

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

if TYPE_CHECKING:
    import plotly.graph_objects as go

DPI = 110


def _save(fig: plt.Figure, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)
    return path


def confusion_png(cm: np.ndarray, class_names: Sequence[str], path: Path,
                  normalize: bool = False, split: str = "test") -> Path:
    """The confusion matrix as a heat map with the count (or row fraction) in every cell."""
    counts = np.asarray(cm, dtype=float)
    k = len(class_names)
    if normalize:
        totals = counts.sum(axis=1, keepdims=True)
        z = np.divide(counts, totals, out=np.zeros_like(counts), where=totals > 0)
    else:
        z = counts
    size = min(max(4.0, 0.55 * k + 2.0), 12.0)
    fig, ax = plt.subplots(figsize=(size + 1.0, size))
    im = ax.imshow(z, cmap="Blues", vmin=0, vmax=1 if normalize else None)
    fig.colorbar(im, ax=ax, fraction=0.046, pad=0.04)
    ax.set_xticks(range(k), labels=[str(n) for n in class_names], rotation=45 if k > 6 else 0)
    ax.set_yticks(range(k), labels=[str(n) for n in class_names])
    ax.set_xlabel("predicted")
    ax.set_ylabel("actual")
    kind = "rows normalised: recall on the diagonal" if normalize else "counts"
    ax.set_title(f"Confusion matrix, {split} split ({kind})")
    top = z.max() if z.size else 0
    font = max(6, min(11, int(90 / max(k, 1))))
    for i in range(k):
        for j in range(k):
            value = f"{z[i, j]:.2f}" if normalize else f"{int(z[i, j])}"
            ax.text(j, i, value, ha="center", va="center", fontsize=font,
                    color="white" if top and z[i, j] > 0.6 * top else "black",
                    in_layout=False)  # inside its cell: tight_layout need not measure it
    return _save(fig, path)


def roc_png(roc: pd.DataFrame, aucs: Mapping[str, float], path: Path,
            split: str = "test") -> Path:
    """One ROC curve per class (one-vs-rest) with its AUC, and the chance diagonal."""
    fig, ax = plt.subplots(figsize=(6.4, 5.4))
    for name, part in roc.groupby("class", sort=False):
        auc = aucs.get(str(name), math.nan)
        ax.plot(part["fpr"], part["tpr"], lw=1.5, label=f"{name} (AUC {auc:.3f})")
    ax.plot([0, 1], [0, 1], ls="--", color="grey", lw=1, label="chance")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("false positive rate")
    ax.set_ylabel("true positive rate (recall)")
    ax.set_title(f"ROC curves, {split} split")
    ax.legend(loc="lower right", fontsize=8, ncol=2 if roc["class"].nunique() > 5 else 1)
    return _save(fig, path)


def learning_curves_png(history: Sequence[Mapping[str, float]], path: Path,
                        best_epoch: int | None = None) -> Path | None:
    """The lectures' learning curves: training vs validation loss, and the task metric, per
    epoch, with the best epoch marked. None when there is nothing per epoch to draw."""
    frame = pd.DataFrame(list(history))
    if frame.empty or "epoch" not in frame:
        return None
    losses = [k for k in ("train/epoch_loss", "val/loss") if k in frame]
    metric = next((m for m in ("accuracy", "r2", "mse") if f"val/{m}" in frame
                   or f"train/{m}" in frame), None)
    panels = [p for p in (losses, [f"{s}/{metric}" for s in ("train", "val")
                                   if metric and f"{s}/{metric}" in frame]) if p]
    if not panels:
        return None
    fig, axes = plt.subplots(1, len(panels), figsize=(5.6 * len(panels), 4.2), squeeze=False)
    for ax, keys in zip(axes[0], panels, strict=True):
        for key in keys:
            v = pd.to_numeric(frame[key], errors="coerce")
            ax.plot(frame["epoch"], v.where(np.isfinite(v)), marker="o", ms=3, label=key)
        if best_epoch is not None:
            ax.axvline(best_epoch, color="green", ls=":", lw=1.2, label=f"best epoch {best_epoch}")
        ax.set_xlabel("epoch")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel("loss" if keys is losses else str(metric))
        ax.set_title("Training vs validation " + ("loss" if keys is losses else metric))
        ax.legend(fontsize=8)
        ax.grid(alpha=0.3)
    return _save(fig, path)


def offline_html(fig: object, path: Path) -> Path:
    """A plotly figure as HTML that carries its own plotly.js (renders without internet)."""
    fig.write_html(str(path), include_plotlyjs=True, full_html=True)  # type: ignore[attr-defined]
    return path


def confusion_figure(
    cm: np.ndarray, class_names: Sequence[str], normalize: bool = False
) -> go.Figure:
    """Heatmap of a confusion matrix with the count (or row fraction) written in each cell.

    ``normalize`` divides each row by its total, so the diagonal reads as each class's recall.
    """
    counts = np.asarray(cm, dtype=float)
    names = [str(n) for n in class_names]
    if counts.shape != (len(names), len(names)):
        raise ValueError(f"confusion matrix of shape {counts.shape} for {len(names)} classes")
    if normalize:
        totals = counts.sum(axis=1, keepdims=True)
        z = np.divide(counts, totals, out=np.zeros_like(counts), where=totals > 0)
        text = [[f"{v:.2f}" for v in row] for row in z]
        title = "confusion matrix (rows normalised by actual class)"
    else:
        z = counts
        text = [[f"{int(v)}" for v in row] for row in z]
        title = "confusion matrix"
    import plotly.graph_objects as go

    fig = go.Figure(
        go.Heatmap(
            z=z, x=names, y=names, text=text, texttemplate="%{text}", colorscale="Blues",
            hovertemplate="actual %{y}<br>predicted %{x}<br>%{text}<extra></extra>",
        )
    )
    fig.update_layout(
        title=title,
        xaxis={"title": {"text": "predicted"}, "side": "bottom", "type": "category"},
        yaxis={"title": {"text": "actual"}, "autorange": "reversed", "type": "category"},
    )
    return fig


def roc_figure(roc: pd.DataFrame, aucs: dict[str, float]) -> go.Figure:
    """ROC curves of :func:`dnnlab.metrics.roc_curves`, one line per class with its AUC, and
    the chance line."""
    import plotly.graph_objects as go

    fig = go.Figure()
    for name, curve in roc.groupby("class", sort=False):
        auc = aucs.get(str(name), float("nan"))
        fig.add_trace(
            go.Scatter(
                x=curve["fpr"], y=curve["tpr"], mode="lines", name=f"{name} (AUC {auc:.3f})",
            )
        )
    fig.add_trace(
        go.Scatter(
            x=[0, 1], y=[0, 1], mode="lines", name="chance (AUC 0.5)",
            line={"dash": "dash", "color": "gray"},
        )
    )
    fig.update_layout(
        title="ROC curve",
        xaxis={"title": {"text": "false positive rate"}, "range": [0, 1]},
        yaxis={"title": {"text": "true positive rate"}, "range": [0, 1.02]},
    )
    return fig
