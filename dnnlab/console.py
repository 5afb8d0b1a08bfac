"""Terminal display: the per-epoch progress bar and the end-of-run summary (stderr only)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dnnlab.train import Callback

if TYPE_CHECKING:
    from dnnlab.diagnose import Diagnosis
    from dnnlab.runner import RunResult
    from dnnlab.train import Trainer

stderr = Console(stderr=True)

HEADLINE = ("train/epoch_loss", "val/loss", "val/accuracy", "val/f1", "val/mse", "val/r2")


def _fmt(v: float) -> str:
    return "nan" if not math.isfinite(v) else f"{v:.4g}"


class RichProgress(Callback):
    """A bar over the steps of each epoch, then one line with the epoch's headline metrics."""

    def __init__(self, epochs: int, steps_per_epoch: int, console: Console = stderr) -> None:
        self.epochs, self.steps_per_epoch, self.console = epochs, steps_per_epoch, console
        self.progress = Progress(
            TextColumn("[bold]epoch {task.fields[epoch]}/{task.fields[epochs]}"),
            BarColumn(), MofNCompleteColumn(), TextColumn("loss {task.fields[loss]}"),
            TimeElapsedColumn(), console=console, transient=True,
        )
        self.task = None

    def on_fit_start(self, trainer: Trainer) -> None:
        self.progress.start()

    def on_epoch_start(self, trainer: Trainer, epoch: int) -> None:
        if self.task is not None:
            self.progress.remove_task(self.task)
        self.task = self.progress.add_task("train", total=self.steps_per_epoch, epoch=epoch,
                                           epochs=self.epochs, loss="-")

    def on_step_end(self, trainer: Trainer, step: int, stats: dict[str, float]) -> None:
        self.progress.update(self.task, advance=1, loss=_fmt(stats["train/loss"]))

    def on_epoch_end(self, trainer: Trainer, epoch: int, metrics: dict[str, float]) -> None:
        shown = "  ".join(f"{k} {_fmt(metrics[k])}" for k in HEADLINE if k in metrics)
        self.progress.console.print(
            f"epoch {epoch}/{self.epochs}  {shown}  ({metrics.get('epoch_time', 0):.1f}s)")

    def on_fit_end(self, trainer: Trainer) -> None:
        self.progress.stop()


def print_summary(result: RunResult, console: Console = stderr) -> None:
    table = Table(title=f"run {result.run_id} — {result.status}", show_header=True)
    table.add_column("metric")
    table.add_column("train")
    table.add_column("val")
    table.add_column("test")
    names = sorted({k.split("/", 1)[1] for k in result.metrics if "/" in k})
    for name in names:
        cells = []
        for split in ("train", "val", "test"):
            key = f"{split}/{name}"
            if split == "train" and name == "loss":
                key = "train/epoch_loss"
            cells.append(_fmt(result.metrics[key]) if key in result.metrics else "")
        if any(cells) and name != "epoch_loss":
            table.add_row(name, *cells)
    console.print(table)
    if result.best_epoch is not None:
        console.print(f"best epoch: {result.best_epoch} of {result.epochs_run}")
    if result.stop_reason:
        console.print(f"stopped: {result.stop_reason}")
    console.print(f"MLflow run id: {result.run_id} (experiment {result.experiment_id})")


SEVERITY_STYLE = {"critical": "bold red", "warning": "yellow", "info": "cyan"}


def print_diagnosis(run_id: str, diagnosis: Diagnosis, console: Console | None = None) -> None:
    console = console or Console()
    if not diagnosis.findings:
        console.print(f"run {run_id}: {diagnosis.summary()}")
    for f in diagnosis.findings:
        where = f.evidence.get("step_range") or f.evidence.get("epoch_range")
        unit = "steps" if "step_range" in f.evidence else "epochs"
        span = f" ({unit} {where[0]}-{where[1]})" if where else ""
        console.print(f"[{SEVERITY_STYLE[f.severity]}]{f.severity:8}[/] {f.code}{span}")
        metrics = ", ".join(f.evidence.get("metrics", []))
        if metrics:
            console.print(f"         seen in: {metrics}")
        console.print(f"         fix: {f.advice}")
    for s in diagnosis.skipped:
        console.print(f"[dim]skipped {s['check']}: {s['reason']}[/]")
