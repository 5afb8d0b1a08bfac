"""Terminal display: the per-epoch progress bar and the end-of-run summary (stderr only)."""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dnnlab.train import Callback

if TYPE_CHECKING:
    from dnnlab.diagnose import Diagnosis
    from dnnlab.runner import RunResult
    from dnnlab.train import Trainer

# not a terminal (CI logs, 2> file): plain lines, never wrapped in the middle of a metric
_TTY = sys.stderr.isatty()
stderr = Console(stderr=True, width=None if _TTY else 200, soft_wrap=not _TTY)

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


UI_MODE = "workflowType=machine_learning"  # MLflow 3.17's UI opens on GenAI traces without it


def mlflow_ui_link(base: str, experiment_id: str, run_id: str | None = None) -> str:
    """A link into the MLflow UI that opens on the runs (Model training), not on GenAI traces."""
    path = f"#/experiments/{experiment_id}" + (f"/runs/{run_id}" if run_id else "")
    return f"{base.rstrip('/')}/{path}?{UI_MODE}"


def mlflow_ui_hint(tracking_uri: str, experiment_id: str, run_id: str | None = None) -> str:
    """Where to look at a run in the MLflow UI: the server's link, or how to start one."""
    from dnnlab.redaction import redact

    if tracking_uri.startswith(("http://", "https://")):
        return mlflow_ui_link(redact(tracking_uri), experiment_id, run_id)
    return (f"mlflow ui --backend-store-uri {redact(tracking_uri)}, then open "
            f"{mlflow_ui_link('http://127.0.0.1:5000', experiment_id, run_id)}")


def announce(text: str, console: Console = stderr) -> None:
    """One line as a comparison's variant (or seed) starts."""
    console.print(f"[bold cyan]{text}[/]", highlight=False)


def print_comparison(report: Mapping[str, Any], console: Console = stderr) -> None:
    """A comparison's report (``RunResult.comparison``): one row per variant."""
    from dnnlab.experiment import Comparison

    comparison = Comparison.from_dict(report)
    titles, rows = comparison.table()
    best = comparison.best_variant
    table = Table(title=f"comparison on {comparison.metric} "
                  f"({'lower' if comparison.direction == 'min' else 'higher'} is better)")
    for title in titles:
        table.add_column(title, overflow="fold")
    for row, cells in zip(comparison.rows, rows, strict=True):
        style = "bold green" if row.variant == best else ("red" if row.vs_best == "failed"
                                                          else None)
        table.add_row(*cells, style=style)
    console.print(table)
    if best is not None:
        console.print(f"best variant: [bold green]{best}[/] ("
                      + ("a difference marked 'within noise' is not larger than the "
                         "seed-to-seed spread" if comparison.repeat > 1 else
                         "one seed each: repeat over seeds (--repeat 3) before calling it "
                         "better") + ")", highlight=False)


def print_summary(result: RunResult, console: Console = stderr) -> None:
    if result.comparison is not None:
        print_comparison(result.comparison, console)
        console.print(f"MLflow parent run id: {result.run_id} (experiment "
                      f"{result.experiment_id})")
        hint = mlflow_ui_hint(result.tracking_uri, result.experiment_id, result.run_id)
        console.print(f"MLflow UI: {hint}", highlight=False, soft_wrap=True)
        return
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
    hint = mlflow_ui_hint(result.tracking_uri, result.experiment_id, result.run_id)
    console.print(f"MLflow UI: {hint}", highlight=False, soft_wrap=True)
    if result.diagnosis is not None:
        print_verdict(result.diagnosis, console)
        for f in result.diagnosis.get("findings", []):
            console.print(finding_line(f), highlight=False)
    for child in result.children:
        name = child.get("variant", child.get("fold"))
        verdict = child.get("verdict") or "not diagnosed"
        console.print(f"{name}: [{VERDICT_STYLE.get(verdict, 'dim')}]{verdict}[/] "
                      f"(run {child.get('run_id')})")


SEVERITY_STYLE = {"critical": "bold red", "warning": "yellow", "info": "cyan"}
VERDICT_STYLE = {"healthy": "bold green", "generalisation_problem": "bold yellow",
                 "training_problem": "bold yellow", "failed": "bold red"}
RANGE_KEYS = ("step_range", "epoch_range")


def print_verdict(diagnosis: Mapping[str, Any], console: Console) -> None:
    """The verdict and the next step: the two lines to read first."""
    verdict = diagnosis.get("verdict", "")
    console.print(f"verdict: [{VERDICT_STYLE.get(verdict, 'bold')}]{verdict}[/]")
    console.print(f"next step: {diagnosis.get('next_step', '')}", highlight=False)


def _span(evidence: Mapping[str, Any]) -> str:
    for key in RANGE_KEYS:
        where = evidence.get(key)
        if isinstance(where, list) and len(where) == 2:
            return f" ({key.split('_')[0]}s {where[0]}-{where[1]})"
    return ""


def key_numbers(evidence: Mapping[str, Any], n: int = 3) -> str:
    """The first ``n`` plain numbers of a finding's evidence: ``best_val=0.31, end_val=0.52``."""
    parts = []
    for k, v in evidence.items():
        if isinstance(v, bool) or k in RANGE_KEYS:
            continue
        if isinstance(v, int | float):
            parts.append(f"{k}={_fmt(float(v)) if isinstance(v, float) else v}")
        if len(parts) == n:
            break
    return ", ".join(parts)


def finding_line(finding: Mapping[str, Any]) -> str:
    """One finding on one line: severity, code, where, its key numbers and the fix."""
    ev = finding.get("evidence") or {}
    sev = str(finding.get("severity", ""))
    numbers = key_numbers(ev)
    return (f"[{SEVERITY_STYLE.get(sev, 'bold')}]{sev:8}[/] {finding.get('code')}{_span(ev)}"
            + (f": {numbers}" if numbers else "") + f" — fix: {finding.get('advice', '')}")


def print_diagnosis(run_id: str, diagnosis: Diagnosis, console: Console | None = None) -> None:
    """``dnnlab diagnose``: the verdict and the next step first, then each finding with where it
    was seen and its fix, then the checks that could not run."""
    console = console or Console()
    print_verdict(diagnosis.to_dict(), console)
    if not diagnosis.findings:
        console.print(f"run {run_id}: {diagnosis.summary()}", highlight=False)
    for f in diagnosis.findings:
        console.print(f"[{SEVERITY_STYLE[f.severity]}]{f.severity:8}[/] {f.code}"
                      f"{_span(f.evidence)}")
        metrics = ", ".join(f.evidence.get("metrics", []))
        if metrics:
            console.print(f"         seen in: {metrics}")
        console.print(f"         fix: {f.advice}")
    for s in diagnosis.skipped:
        console.print(f"[dim]skipped {s['check']}: {s['reason']}[/]")
