"""The live diagnosis: NaN and divergence are recorded (and stop training) as soon as certain."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dnnlab.diagnose import Finding, LiveMonitor, Thresholds
from dnnlab.train._callbacks import Callback

if TYPE_CHECKING:
    from dnnlab.train._trainer import Trainer


class LiveDiagnosis(Callback):
    """Feeds every step's loss to :class:`~dnnlab.diagnose.LiveMonitor`; a finding is passed to
    ``on_finding`` at once (the runner tags the MLflow run) and stops the run when its code is
    in ``stop_on``."""

    def __init__(self, thresholds: Thresholds, stop_on: list[str],
                 on_finding: Callable[[Finding], None] | None = None) -> None:
        self.monitor = LiveMonitor(thresholds)
        self.stop_on = set(stop_on)
        self.on_finding = on_finding
        self.findings: list[Finding] = []

    def on_step_end(self, trainer: Trainer, step: int, stats: dict[str, float]) -> None:
        finding = self.monitor.update(step, stats["train/loss"])
        if finding is None:
            return
        self.findings.append(finding)
        if self.on_finding is not None:
            self.on_finding(finding)
        if finding.code in self.stop_on:
            trainer.stop("FAILED", f"{finding.code} at step {step}: {finding.advice}",
                         failed_step=step, code=finding.code)
