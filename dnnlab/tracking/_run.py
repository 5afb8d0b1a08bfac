"""``TrackedRun``: one MLflow run of a training loop, from its first param to its final status.

Every path from a training step to MLflow goes through here: a hand-written loop
(:func:`dnnlab.track`), ``dnnlab train`` (the trainer's ``Tracked`` callback) and the Lightning
callback. A tracked run

* logs per step the loss, the learning rate of every parameter group and, through hooks on the
  optimiser, every layer's update ratio and gradient norm (every ``log_every_n_steps``);
* watches the loss live (NaN, divergence) and stops the run on the codes of ``stop_on``;
* logs per epoch the loss, the lectures' metrics from ``y_true``/``y_score``, dead ReLU-family
  units and the epoch time, and keeps the best weights as ``checkpoints/best.pt``;
* at the end logs the confusion matrix, ROC curves, the model and the diagnosis, and ends the
  run FINISHED, FAILED (with the reason) or KILLED, with every buffered metric flushed.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import copy
import inspect
import json
import logging
import math
import os
import platform
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import numpy as np
import torch
from mlflow import MlflowClient
from torch import nn

import dnnlab
from dnnlab import keys as K
from dnnlab import metrics as M
from dnnlab.drawing import FigureBatch
from dnnlab.errors import UserError
from dnnlab.models import leaky_layers
from dnnlab.redaction import redact, redact_text
from dnnlab.tracking._buffer import MetricBuffer
from dnnlab.tracking._checkpoints import BEST, CheckpointWriter
from dnnlab.tracking._ends import model_ends
from dnnlab.tracking._gates import gating_sigmoids
from dnnlab.tracking._inputs import SystemMetrics
from dnnlab.tracking._probes import DeadUnitObserver, SaturationObserver, UpdateProbe, weight_layers
from dnnlab.tracking._report import (
    as_probabilities,
    log_classification_report,
    log_learning_curves,
)
from dnnlab.tracking._store import (
    check_tracking_uri,
    get_or_create_experiment,
    log_params_and_tags,
    retrying,
    tracking_timeout,
    use_tracking_uri,
)

log = logging.getLogger("dnnlab")

EXAMPLES_KEPT = 64  # input samples kept in best.pt so Inspect can explain the model


class TrainingStopped(Exception):
    """The live diagnosis stopped the run (a code of ``stop_on``, e.g. a NaN loss).

    Raised by :meth:`TrackedRun.step`; the ``with`` block of the run catches it, so a loop need
    not: the run ends FAILED with tags ``stop_reason`` and ``failed_step``.
    """

    def __init__(self, code: str, step: int, reason: str) -> None:
        super().__init__(reason)
        self.code, self.step, self.reason = code, step, reason


# ----------------------------------------------------------------------------- helpers


def flatten_params(config: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    """A nested config as MLflow params: dotted keys, JSON for lists and nulls, URIs redacted."""
    out: dict[str, str] = {}

    def walk(key: str, value: Any) -> None:
        if isinstance(value, Mapping) and value:
            for k, v in value.items():
                walk(f"{key}.{k}" if key else str(k), v)
        elif isinstance(value, (list, tuple, Mapping)) or value is None:
            out[key] = redact(json.dumps(value, default=str))
        else:
            out[key] = redact(str(value))

    if config:
        walk(prefix, dict(config))
    return out


def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                             timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def model_params(model: nn.Module) -> dict[str, str]:
    """What dnnlab records of any model: sizes, the parameterised layers, input to output as
    registered, and (when it has any) the layers at its input and output where its graph says
    otherwise (``model.input_layers``, ``model.output_layers``: :func:`model_ends`), the
    sigmoid modules that gate a product (``model.gates``) and the leaky units of
    :func:`~dnnlab.models.leaky_layers` (``model.leaky_units``)."""
    layers = weight_layers(model)
    order = list(layers)
    out = {
        "n_parameters": str(sum(p.numel() for p in model.parameters())),
        "n_trainable_parameters": str(sum(p.numel() for p in model.parameters()
                                          if p.requires_grad)),
        "model.layers": json.dumps(order),
        "model.class": f"{type(model).__module__}.{type(model).__qualname__}",
    }
    ends = model_ends(model, layers)
    if ends is not None:
        # logged where the graph says otherwise than the registration order: parallel heads,
        # a wide path beside a deep one, a head registered before the body
        for key, names, registered in (("model.input_layers", ends[0], order[:1]),
                                       ("model.output_layers", ends[1], order[-1:])):
            if names != registered:
                out[key] = json.dumps(names)
    gates = gating_sigmoids(model)
    if gates:
        out["model.gates"] = json.dumps(gates)
    leaky = leaky_layers(model)
    if leaky:
        out["model.leaky_units"] = json.dumps(leaky)
    return out


def optimizer_params(optimizer: Any) -> dict[str, str]:
    """The (first) optimiser's class and initial learning rate, which the diagnosis reads to
    tell a rate far too low from a model that cannot fit; empty without one."""
    opts = [optimizer] if isinstance(optimizer, torch.optim.Optimizer) else list(optimizer or [])
    if not opts or not isinstance(opts[0], torch.optim.Optimizer):
        return {}
    lr = opts[0].param_groups[0].get("lr")
    out = {"optimizer.class": type(opts[0]).__name__}
    if isinstance(lr, float | int | torch.Tensor):
        out["optimizer.lr"] = repr(float(lr))
    return out


def model_spec_of(model: nn.Module, factory: str | None = None,
                  args: Mapping[str, Any] | None = None) -> dict[str, Any] | None:
    """How Inspect can rebuild ``model``: the given factory, else the model's own class when it
    lives in an importable module, or in the script that runs (``"script": True``: its file,
    imported only if its top level defines things and nothing more), and needs no arguments;
    None when it cannot be told."""
    if factory:
        return {"factory": factory, "args": dict(args or {})}
    cls = type(model)
    if cls.__module__ == "builtins" or "<locals>" in cls.__qualname__:
        return None
    script = None
    if cls.__module__ == "__main__":
        # defined in the script that runs: Inspect can import it from that file when its top
        # level only defines things (the training under if __name__ == "__main__":), which it
        # checks when it is asked to (the file may change); a notebook or REPL has no file
        script = getattr(sys.modules.get("__main__"), "__file__", None)
        if not script or not str(script).endswith(".py"):
            return None
    try:
        sig = inspect.signature(cls.__init__)
    except (TypeError, ValueError):
        return None
    required = [p for n, p in list(sig.parameters.items())[1:]
                if p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    if required:
        return None
    if script is not None:
        return {"factory": f"{os.path.abspath(script)}:{cls.__qualname__}", "args": {},
                "script": True}
    return {"factory": f"{cls.__module__}:{cls.__qualname__}", "args": {}}


def _device_of(model: nn.Module | None) -> str:
    if model is None:
        return "cpu"
    p = next(model.parameters(), None)
    return str(p.device) if p is not None else "cpu"


def _float(value: Any, what: str = "a metric", key: str | None = None) -> float:
    """``value`` as a float; one that is not a number is a TypeError naming the argument it came
    in (``what``, with ``key`` for a mapping's entry; formatted only then: this runs per step)."""
    if isinstance(value, torch.Tensor):
        if value.numel() == 1:
            return float(value.item())  # the one host sync of a step
        return float(value.detach().float().mean().item())
    try:
        return float(value)
    except (TypeError, ValueError):
        where = what if key is None else f"{what}[{key!r}]"
        raise TypeError(f"{where} must be a number or a one-element tensor, got "
                        f"{type(value).__name__} {value!r:.40}") from None


def _numpy(value: Any) -> np.ndarray:
    if isinstance(value, torch.Tensor):
        return value.detach().float().cpu().numpy() if value.is_floating_point() \
            else value.detach().cpu().numpy()
    return np.asarray(value)


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Block SIGINT/SIGTERM for a block (main thread), then let a pending one through."""
    sigs = {signal.SIGINT, signal.SIGTERM}
    try:
        old = signal.pthread_sigmask(signal.SIG_BLOCK, sigs)
    except (ValueError, OSError, AttributeError):
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM ends the run like Ctrl-C: KILLED, with its data flushed (main thread only)."""
    def handler(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class RunLock:
    """An exclusive lock on one run id for this process's lifetime (a file lock in the temp
    folder: released by the OS when the process dies, also on SIGKILL), so a second process
    cannot resume a run that is still being trained here."""

    def __init__(self, run_id: str) -> None:
        import fcntl
        import tempfile

        self.path = os.path.join(tempfile.gettempdir(), f"dnnlab-run-{run_id}.lock")
        while True:
            self._fh = open(self.path, "a")  # noqa: SIM115 - held until release()
            try:
                fcntl.flock(self._fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                self._fh.close()
                raise UserError(f"run {run_id} is being trained by another process on this "
                                "machine; wait for it to end (or stop it), then resume") from None
            # the holder before us removes the file on release: a lock on a removed file is
            # no lock, so take the one that is on the path now
            try:
                if os.stat(self.path).st_ino == os.fstat(self._fh.fileno()).st_ino:
                    return
            except FileNotFoundError:
                pass
            self._fh.close()

    def release(self) -> None:
        import fcntl

        if not self._fh.closed:
            with contextlib.suppress(OSError):
                os.unlink(self.path)  # still locked: nobody takes the removed file's lock
            with contextlib.suppress(OSError):
                fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()


def threshold_params(thresholds: Mapping[str, float] | None) -> dict[str, str]:
    """The ``diagnose.thresholds.<name>`` params of the thresholds a run is tracked with, so
    that ``dnnlab diagnose``, the dashboard and the run's own end diagnose it alike (checked
    here: an unknown name or a bad value fails before any run is created)."""
    if not thresholds:
        return {}
    from dnnlab.diagnose import Thresholds

    Thresholds.from_overrides(dict(thresholds))
    return {f"diagnose.thresholds.{k}": str(float(v)) for k, v in thresholds.items()}


def import_mlflow_pytorch() -> Any:
    """``mlflow.pytorch``. MLflow's module imports ``pytorch_lightning`` whenever it is
    installed, for its Lightning checkpoint callback: 1.3 s of CPU here. In a process dnnlab
    owns (the ``dnnlab`` command) that has not imported Lightning itself, that import is
    skipped; ``pytorch_lightning`` stays importable afterwards, and ``mlflow.pytorch.autolog``
    imports it itself when called."""
    import sys

    loaded = sys.modules.get("mlflow.pytorch")
    if loaded is not None:
        return loaded
    hide = dnnlab._owns_process and not any(
        m in sys.modules for m in ("pytorch_lightning", "lightning", "lightning.pytorch"))
    if hide:
        sys.modules["pytorch_lightning"] = None  # type: ignore[assignment] - ImportError
    try:
        import mlflow.pytorch
    finally:
        if hide and sys.modules.get("pytorch_lightning", 0) is None:
            del sys.modules["pytorch_lightning"]
    return mlflow.pytorch


# ----------------------------------------------------------------------------- the run


class TrackedRun:
    """One MLflow run of a training loop. Make it with :func:`dnnlab.track` (or
    :meth:`TrackedRun.start`) and use it as a context manager."""

    def __init__(
        self,
        client: MlflowClient,
        run_id: str,
        experiment_id: str,
        *,
        model: nn.Module | None = None,
        optimizer: torch.optim.Optimizer | Sequence[torch.optim.Optimizer] | None = None,
        task: str | None = None,
        class_names: Sequence[str] | None = None,
        log_every_n_steps: int = 1,
        diagnose: bool = True,
        stop_on: Sequence[str] = ("nan_loss", "divergence"),
        thresholds: Mapping[str, float] | None = None,
        monitor: str | None = None,
        mode: str | None = None,
        save_best: bool = True,
        log_model: bool = True,
        count_dead_units: bool = True,
        raise_on_stop: bool = True,
        owns_run: bool = True,
        model_spec: Mapping[str, Any] | None = None,
        steps_per_epoch: int | None = None,
        system_metrics_interval: float = 0.0,
    ) -> None:
        from dnnlab.diagnose import CODES, LiveMonitor, Thresholds

        unknown = sorted(set(stop_on) - set(CODES))
        if unknown:
            raise UserError(f"stop_on: unknown finding code(s) {', '.join(unknown)}; "
                            f"choose from {', '.join(CODES)}")
        if log_every_n_steps < 1:
            raise UserError(f"log_every_n_steps must be >= 1, got {log_every_n_steps}")
        if task not in (None, "classification", "regression"):
            raise UserError(f"task {task!r}: use 'classification' or 'regression'")
        # first: a run another live process trains here is refused before anything starts
        self._lock: RunLock | None = RunLock(run_id) if owns_run else None
        self.client, self.run_id, self.experiment_id = client, run_id, experiment_id
        self.model, self.task = model, task
        self.class_names = list(class_names) if class_names else None
        self.every = log_every_n_steps
        self.thresholds = Thresholds.from_overrides(dict(thresholds) if thresholds else None)
        self.stop_on = set(stop_on)
        self.diagnose_at_end = diagnose
        self.monitor_key, self.mode = monitor, mode
        self.save_best, self.log_model = save_best, log_model
        self.raise_on_stop, self.owns_run = raise_on_stop, owns_run
        self.model_spec = dict(model_spec) if model_spec else None
        self.steps_per_epoch = steps_per_epoch
        self.buffer = MetricBuffer(client, run_id, retry_timeout=tracking_timeout())
        self.checkpoints = CheckpointWriter(client, run_id, self.buffer.retry_timeout,
                                            self.buffer.retry_counter)
        self.live = LiveMonitor(self.thresholds) if diagnose else None
        self.findings: list[Any] = []  # live findings
        self.diagnosis: Any = None  # the end-of-run Diagnosis (None when diagnose is off)
        optimizers = [optimizer] if isinstance(optimizer, torch.optim.Optimizer) \
            else list(optimizer or [])
        self.optimizers = optimizers
        self.probe = UpdateProbe(model, optimizers) if model is not None and optimizers else None
        self.dead = DeadUnitObserver(model) if model is not None and count_dead_units else None
        # saturated tanh/sigmoid units: with the dead units (dnnlab train counts both itself)
        self.saturation = SaturationObserver(model) if model is not None and count_dead_units \
            else None
        self.global_step = 0
        self.epoch_index = 0
        self.status = "RUNNING"
        self.stop_reason: str | None = None
        self.failed_step: int | None = None
        self.stop_code: str | None = None
        self.best: float | None = None
        self.best_epoch: int | None = None
        self.history: list[dict[str, float]] = []
        self.final_tags: dict[str, str] = {}
        self._epoch_sum, self._epoch_steps = 0.0, 0
        self._epoch_t0 = time.perf_counter()
        self._last_eval: tuple[np.ndarray, np.ndarray, str] | None = None
        self._example: torch.Tensor | None = None
        self._example_hook = model.register_forward_pre_hook(self._keep_example) \
            if model is not None else None
        self._signals: contextlib.ExitStack | None = None
        self._finished = False
        self.system = SystemMetrics(run_id, client.tracking_uri, system_metrics_interval)
        self._epoch_ts: dict[int, int] = {}
        self._skip_step = 0  # a resumed run keeps the values the store already has
        self._skip_epoch = 0

    # -- creation ---------------------------------------------------------------------
    @classmethod
    def start(cls, client: MlflowClient, experiment_id: str, *, run_name: str | None = None,
              params: Mapping[str, str] | None = None, tags: Mapping[str, str] | None = None,
              parent_run_id: str | None = None, **kwargs: Any) -> TrackedRun:
        """Create the MLflow run (params and tags logged, or no run at all) and track it."""
        all_tags = dict(tags or {})
        if parent_run_id:
            all_tags["mlflow.parentRunId"] = parent_run_id
        run = client.create_run(experiment_id, tags=all_tags, run_name=run_name)
        run_id = run.info.run_id
        try:
            log_params_and_tags(client, run_id, dict(params or {}), {})
            return cls(client, run_id, experiment_id, **kwargs)
        except BaseException:
            client.delete_run(run_id)
            raise

    def child(self, model: nn.Module | None = None, optimizer: Any = None, *,
              run_name: str | None = None, config: Mapping[str, Any] | None = None,
              tags: Mapping[str, str] | None = None, **kwargs: Any) -> TrackedRun:
        """A nested run under this one (a fold, a variant, a trial)."""
        params = flatten_params(config or {})
        params.update(threshold_params(kwargs.get("thresholds")))
        model = model if model is not None else self.model
        if model is not None:
            params.update(model_params(model))
        params.update(optimizer_params(optimizer))
        base_tags = {"logged_by": "dnnlab.track", "dnnlab_version": dnnlab.__version__,
                     "host": platform.node(), "device": _device_of(model)}
        kwargs.setdefault("task", self.task)
        kwargs.setdefault("class_names", self.class_names)
        return TrackedRun.start(self.client, self.experiment_id, run_name=run_name,
                                params=params, tags=base_tags | dict(tags or {}),
                                parent_run_id=self.run_id, model=model, optimizer=optimizer,
                                **kwargs)

    def resume(self, step: int, epoch: int) -> None:
        """Continue this (KILLED/FAILED) run after ``step`` / ``epoch``: mark it RUNNING,
        clear why it ended, and log only what the store does not have yet, so every
        (metric, step) keeps one value and none is missing (steps logged after the checkpoint
        are computed again and the stored values kept)."""
        from dnnlab.keys import EPOCH_LOSS, TRAIN_LOSS

        self.global_step, self.epoch_index = step, epoch
        stored = [m.step for m in self.client.get_metric_history(self.run_id, TRAIN_LOSS)]
        epochs = [m.step for m in self.client.get_metric_history(self.run_id, EPOCH_LOSS)]
        self._skip_step = max([step, *stored])
        self._skip_epoch = max([epoch, *epochs])
        for tag in ("stop_reason", "failed_step", "restored_best_epoch"):
            with contextlib.suppress(Exception):
                self.client.delete_tag(self.run_id, tag)
        self.client.set_tag(self.run_id, "resumed_from_epoch", str(epoch))
        self.client.update_run(self.run_id, status="RUNNING")

    def _remove_hooks(self) -> None:
        """Take dnnlab's hooks off the model and optimizers (safe to call twice)."""
        for part in (self.probe, self.dead, self.saturation):
            if part is not None:
                part.remove()
        if self._example_hook is not None:
            self._example_hook.remove()
            self._example_hook = None

    def abandon(self) -> None:
        """Stop tracking without touching the run's status (a resume that could not start)."""
        self._finished = True
        self.system.stop()
        self._remove_hooks()
        with contextlib.suppress(Exception):
            self.buffer.close()
        if self._lock is not None:
            self._lock.release()

    # -- the loop's calls -------------------------------------------------------------
    def step(self, loss: Any, step: int | None = None) -> float:
        """Log one optimisation step: the loss (a tensor or a float) and, on logged steps, the
        learning rates and what the optimiser hooks measured. Returns the loss as a float.

        Raises :class:`TrainingStopped` when the live diagnosis stops the run.
        """
        value = _float(loss, "run.step(loss)")  # host sync: the live monitor needs the value now
        self.global_step = int(step) if step is not None else self.global_step + 1
        s = self.global_step
        stats = {K.TRAIN_LOSS: value}
        logged = s % self.every == 0
        if logged and self.optimizers:
            groups = self.optimizers[0].param_groups
            stats[K.LR] = float(groups[0]["lr"])
            for i, g in enumerate(groups[1:], start=1):
                stats[f"lr/{i}"] = float(g["lr"])
        if s > self._skip_step:
            self.buffer.log(stats, s)
        if self.probe is not None:
            # the layers' figures, at the step they belong to (an accelerator's a step later;
            # the last ones at the epoch's flush)
            self.probe.stamp(s if logged and s > self._skip_step else None)
            for at, figures in self.probe.ready():
                self.buffer.log_later(figures, at, self.probe.size)
        if math.isfinite(value):
            self._epoch_sum += value
        self._epoch_steps += 1
        watch_next = (s + 1) % self.every == 0
        if self.probe is not None:
            self.probe.armed = watch_next
        if self.live is not None:
            finding = self.live.update(s, value)
            if finding is not None:
                self._live_finding(finding, s)
        return value

    def _live_finding(self, finding: Any, step: int) -> None:
        self.findings.append(finding)
        with contextlib.suppress(Exception):  # a tag must not break training
            self.client.set_tag(self.run_id, f"diagnosis.{finding.code}", finding.severity)
        if finding.code in self.stop_on and self.stop_code is None:
            reason = f"{finding.code} at step {step}: {finding.advice}"
            self.stop_code, self.failed_step, self.stop_reason = finding.code, step, reason
            if self.raise_on_stop:
                raise TrainingStopped(finding.code, step, reason)

    def epoch(self, train_loss: Any = None, val_loss: Any = None, y_true: Any = None,
              y_score: Any = None, *, metrics: Mapping[str, Any] | None = None,
              train_y_true: Any = None, train_y_score: Any = None, split: str = "val",
              epoch: int | None = None) -> dict[str, float]:
        """Log one epoch: ``train/epoch_loss`` (default: the mean of this epoch's step losses),
        ``val/loss``, the task metrics of ``y_true``/``y_score`` (probabilities, logits or
        predictions) under ``val/``, dead units, ``epoch_time`` and any extra ``metrics``.
        Flushes every buffered metric and keeps the best weights. Returns what was logged."""
        self.epoch_index = int(epoch) if epoch is not None else self.epoch_index + 1
        e = self.epoch_index
        out: dict[str, float] = {}
        if train_loss is not None:
            out[K.EPOCH_LOSS] = _float(train_loss, "run.epoch(train_loss=)")
        elif self._epoch_steps:
            out[K.EPOCH_LOSS] = self._epoch_sum / self._epoch_steps
        if val_loss is not None:
            out[f"{split}/loss"] = _float(val_loss, "run.epoch(val_loss=)")
        if y_true is not None and y_score is not None:
            out.update(self._task_metrics(y_true, y_score, split, keep=True))
        if train_y_true is not None and train_y_score is not None:
            out.update(self._task_metrics(train_y_true, train_y_score, "train"))
        if self.dead is not None:
            out.update(self.dead.fractions())
        if self.saturation is not None:
            out.update(self.saturation.fractions())
        out[K.EPOCH_TIME] = time.perf_counter() - self._epoch_t0
        out.update({k: _float(v, "run.epoch(metrics=)", k) for k, v in (metrics or {}).items()})
        if e == 1:
            self._first_epoch_facts()
        if e > self._skip_epoch:
            ts = int(time.time() * 1000)
            self._epoch_ts[e] = ts  # the model logged at the end links to these very points
            self.buffer.log(out, e, timestamp=ts)
        self._drain_probe()
        self.buffer.flush()
        self.history.append({"epoch": e, **out})
        self._epoch_sum, self._epoch_steps = 0.0, 0
        self._epoch_t0 = time.perf_counter()
        self._keep_best(e, out)
        return out

    def evaluation(self, y_true: Any, y_score: Any, split: str = "test") -> None:
        """The predictions the end-of-run report (confusion matrix, ROC) is drawn from; by
        default the last ``y_true``/``y_score`` given to :meth:`epoch`."""
        self._task_metrics(y_true, y_score, split, keep=True)

    def log_metrics(self, metrics: Mapping[str, Any], step: int) -> None:
        """Any extra metrics at ``step`` (buffered like the rest)."""
        self.buffer.log({k: _float(v, "log_metrics()", k) for k, v in metrics.items()}, step)

    def log_params(self, params: Mapping[str, Any]) -> None:
        log_params_and_tags(self.client, self.run_id,
                            {k: redact(str(v)) for k, v in params.items()}, {})

    def set_tags(self, tags: Mapping[str, Any]) -> None:
        log_params_and_tags(self.client, self.run_id, {},
                            {k: redact(str(v)) for k, v in tags.items()})

    def attach_optimizer(self, optimizer: torch.optim.Optimizer) -> None:
        """Measure update ratios and gradient norms around ``optimizer.step()`` from now on."""
        self.optimizers.append(optimizer)
        if self.probe is not None:
            self.probe.remove()
        if self.model is not None:
            self.probe = UpdateProbe(self.model, self.optimizers)
            self.probe.armed = (self.global_step + 1) % self.every == 0

    def capture_gradients(self) -> None:
        """Measure gradient norms now, before ``clip_grad_norm_`` changes them."""
        if self.probe is not None:
            self.probe.capture_gradients()

    # -- epoch helpers ----------------------------------------------------------------
    def _task_metrics(self, y_true: Any, y_score: Any, split: str,
                      keep: bool = False) -> dict[str, float]:
        y = _numpy(y_true).reshape(-1)
        s = _numpy(y_score)
        task = self.task or ("classification" if np.issubdtype(y.dtype, np.integer)
                             else "regression")
        self.task = task
        if task == "regression":
            pred = s.reshape(-1).astype(float)
            values = M.regression_metrics(y, pred) if np.isfinite(pred).all() \
                else {k: math.nan for k in K.REGRESSION_METRICS}
            return {f"{split}/{k}": v for k, v in values.items()}
        if s.ndim == 1 and np.issubdtype(s.dtype, np.integer):  # predicted labels
            n = max(int(s.max(initial=0)), int(y.max(initial=0))) + 1
            n = max(n, len(self.class_names or []))
            s = np.eye(n)[s]
        proba = as_probabilities(s)
        if keep:
            self._last_eval = (y.astype(int), proba, split)
        if not np.isfinite(proba).all():
            return {f"{split}/{k}": math.nan for k in K.CLASSIFICATION_METRICS}
        values = M.classification_metrics(y.astype(int), proba)
        return {f"{split}/{k}": v for k, v in values.items()}

    def _first_epoch_facts(self) -> None:
        """Facts only the first epoch tells (when the caller did not): steps per epoch, task,
        number of classes; logged once so the diagnosis and the dashboard can use them."""
        params, tags = {}, {}
        run = self.client.get_run(self.run_id).data
        if self.steps_per_epoch is None and self._epoch_steps:
            self.steps_per_epoch = self._epoch_steps
        if self.steps_per_epoch and "steps_per_epoch" not in run.params:
            params["steps_per_epoch"] = str(self.steps_per_epoch)
        if self._last_eval is not None and "n_classes" not in run.params:
            proba = self._last_eval[1]
            params["n_classes"] = str(proba.shape[1] if proba.ndim == 2 else 2)
        if self.task and "task" not in run.tags:
            tags["task"] = self.task
        with contextlib.suppress(Exception):
            log_params_and_tags(self.client, self.run_id, params, tags)

    def _monitor(self, metrics: Mapping[str, float]) -> tuple[str, str] | None:
        if self.monitor_key is not None:
            return self.monitor_key, self.mode or K.direction(self.monitor_key) or "min"
        for key in (K.VAL_LOSS, K.EPOCH_LOSS):
            if key in metrics:
                self.monitor_key, self.mode = key, "min"
                return key, "min"
        return None

    def _keep_best(self, epoch: int, metrics: dict[str, float]) -> None:
        mon = self._monitor(metrics)
        if mon is None or mon[0] not in metrics:
            return
        value = metrics[mon[0]]
        if not math.isfinite(value):
            return
        if self.best is not None and not (value < self.best if mon[1] == "min"
                                          else value > self.best):
            return
        self.best, self.best_epoch = value, epoch
        if self.save_best and self.model is not None:
            self.checkpoints.save(BEST, self.checkpoint_payload(epoch, metrics))

    def _keep_example(self, _module: nn.Module, args: tuple[Any, ...]) -> None:
        if self._example is None and args and isinstance(args[0], torch.Tensor):
            self._example = args[0][:EXAMPLES_KEPT].detach().cpu().clone()
        if self._example is not None and self._example_hook is not None:
            self._example_hook.remove()
            self._example_hook = None

    def checkpoint_payload(self, epoch: int, metrics: Mapping[str, float]) -> dict[str, Any]:
        """``best.pt`` of an API run: weights plus what Inspect needs to rebuild the model."""
        assert self.model is not None
        state = {k: v.detach().cpu().clone() for k, v in self.model.state_dict().items()}
        payload: dict[str, Any] = {"model": state, "epoch": epoch, "metrics": dict(metrics)}
        if self.model_spec:
            payload["model_spec"] = copy.deepcopy(self.model_spec)
        if self.task:
            payload["task"] = self.task
        if self.class_names:
            payload["class_names"] = list(self.class_names)
            payload["n_classes"] = len(self.class_names)
        elif self._last_eval is not None:
            payload["n_classes"] = int(np.atleast_2d(self._last_eval[1]).shape[1]) \
                if self._last_eval[1].ndim == 2 else 2
        if self._example is not None:
            payload["input_shape"] = list(self._example.shape[1:])
            x = self._example
            with torch.no_grad():
                was = self.model.training
                self.model.eval()
                dev = next(self.model.parameters()).device
                pred = self.model(x.to(dev)).detach().cpu()
                self.model.train(was)
            y = pred.argmax(1) if pred.dim() == 2 and pred.shape[1] > 1 else \
                (pred.reshape(-1) > 0).long() if self.task == "classification" else \
                pred.reshape(-1)
            payload["examples"] = {"x": x, "y": y, "labels": "predicted"}
        return payload

    # -- the end ----------------------------------------------------------------------
    def finish(self, status: str = "FINISHED", reason: str | None = None,
               failed_step: int | None = None) -> None:
        """Flush, write the end-of-run report (FINISHED runs), diagnose, record why the run
        ended and its terminal status. Safe to call twice; a signal meanwhile ends it KILLED."""
        if self._finished:
            return
        self._finished = True
        self.status = status
        self.stop_reason = reason or self.stop_reason
        self.failed_step = failed_step if failed_step is not None else self.failed_step
        interrupted: BaseException | None = None
        try:
            self._drain_probe()
            self.buffer.flush()
            if status == "FINISHED":
                try:
                    self._report()
                except Exception as err:  # a figure or the model must not cost the diagnosis
                    self._warn_end(err)
            if self.diagnose_at_end:
                self._diagnose()
        except KeyboardInterrupt as err:
            interrupted, self.status = err, "KILLED"
            self.stop_reason = self.stop_reason or "interrupted"
        except Exception as err:  # the report must not lose the run
            self._warn_end(err)
        finally:
            self._close()
        if interrupted is not None:
            raise interrupted

    def _warn_end(self, err: Exception) -> None:
        log.warning("end of run %s: %s", self.run_id, redact_text(str(err))[:300])

    def _report(self) -> None:
        figures = FigureBatch()
        try:
            if self._last_eval is not None and self.task == "classification":
                y, proba, split = self._last_eval
                log_classification_report(self.client, self.run_id, y, proba,
                                          self.class_names, split, figures)
            if self.history:
                log_learning_curves(self.client, self.run_id, self.history, self.best_epoch,
                                    figures)
            figures.start()  # drawn in the drawing process while the model is logged here
            if self.log_model and self.model is not None and self._example is not None:
                # off the model first: torch.export would trace the dead-unit hooks (and their
                # grad-mode switch) into the logged program, which then fails to load
                self._remove_hooks()
                model_id = log_pytorch_model(self.client, self.experiment_id, self.run_id,
                                             self.model, self._example[:5],
                                             int(self._model_epoch() or 0))
                self._link_model_metrics(model_id)
        finally:
            figures.log(self.client, self.run_id)

    def _model_epoch(self) -> int | None:
        """The epoch the logged model is: the best one, else the last."""
        return self.best_epoch or (self.history[-1]["epoch"] if self.history else None)

    def _link_model_metrics(self, model_id: str) -> None:
        """The logged model carries the metrics of the epoch it is (the best one): the same
        points again, with ``model_id`` (MLflow keeps one point per value and links it), so
        the experiment's Models tab and ``search_logged_models(order_by=val/loss)`` rank it."""
        from mlflow.entities import Metric

        epoch = self._model_epoch()
        row = next((h for h in self.history if h.get("epoch") == epoch), None)
        ts = self._epoch_ts.get(epoch) if epoch is not None else None
        if row is None or ts is None:
            return
        points = [Metric(k, float(v), ts, int(epoch), model_id=model_id)
                  for k, v in row.items() if k not in ("epoch", K.EPOCH_TIME)
                  and isinstance(v, float | int) and math.isfinite(v)]
        with contextlib.suppress(Exception):  # a link must not fail the run
            self.client.log_batch(self.run_id, metrics=points)

    def _diagnose(self) -> None:
        from dnnlab.runs import diagnose_run, log_diagnosis

        self.buffer.flush()
        # judged as the run it is about to become (its status is written after this), like
        # `dnnlab diagnose` will judge it later; a tracking server that is down at this moment
        # (restarting) is waited for as the metric writes wait for it
        diagnosis = self._server_call(
            lambda: diagnose_run(self.client, self.run_id, self.thresholds, status=self.status,
                                 failed_step=self.failed_step),
            "reading the run back for its diagnosis")
        seen = {f.code for f in diagnosis.findings}
        diagnosis.findings.extend(f for f in self.findings if f.code not in seen)
        self._server_call(lambda: log_diagnosis(self.client, self.run_id, diagnosis),
                          "logging the diagnosis")
        self.diagnosis = diagnosis

    def _server_call(self, fn: Callable[[], Any], what: str) -> Any:
        """``fn()``; against a tracking server, retried while it is unreachable (for
        ``$DNNLAB_TRACKING_TIMEOUT``), as the metric writes are."""
        if str(self.client.tracking_uri).startswith(("http://", "https://")):
            return retrying(fn, tracking_timeout(), what)
        return fn()

    def _close(self) -> None:
        """Whatever happened before: flush, tag why, set the terminal status. Ctrl-C and
        SIGTERM wait until the status is written (they are delivered right after)."""
        with _signals_deferred():
            self._close_now()

    def _drain_probe(self) -> None:
        """Log every measured step's layer figures (waiting for the last ones)."""
        if self.probe is not None:
            for at, figures in self.probe.ready(wait=True):
                self.buffer.log_later(figures, at, self.probe.size)

    def _close_now(self) -> None:
        self.system.stop()
        self._remove_hooks()
        try:
            self.buffer.close()
        except Exception as err:
            log.warning("metrics of run %s not all written: %s", self.run_id,
                        redact_text(str(err))[:300])
            if self.status == "FINISHED":
                self.status, self.stop_reason = "FAILED", f"metrics not written: {err}"
        tags = dict(self.final_tags)
        if self.stop_reason:
            tags["stop_reason"] = self.stop_reason.splitlines()[0][:5000] if \
                self.stop_reason.strip() else self.stop_reason
        if self.failed_step is not None:
            tags["failed_step"] = str(self.failed_step)
        if self.buffer.retries:
            tags["tracking_retries"] = str(self.buffer.retries)
            log.warning("tracking server: %d writes retried, none lost", self.buffer.retries)
        try:
            for k, v in tags.items():
                self.client.set_tag(self.run_id, k, redact_text(v))
        finally:
            if self.owns_run:
                status = self.status if self.status != "RUNNING" else "FAILED"
                self.client.set_terminated(self.run_id, status=status)
            if self._lock is not None:
                self._lock.release()

    # -- context manager --------------------------------------------------------------
    def __enter__(self) -> TrackedRun:
        self._signals = contextlib.ExitStack()
        self._signals.enter_context(sigterm_as_interrupt())
        return self

    def __exit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> bool:
        if self._signals is not None:
            self._signals.close()
        if exc is None:
            self.finish("FINISHED" if self.stop_code is None else "FAILED")
            return False
        if isinstance(exc, TrainingStopped):
            self.finish("FAILED", exc.reason, exc.step)
            log.warning("run %s stopped: %s", self.run_id, exc.reason)
            return True
        if isinstance(exc, KeyboardInterrupt):
            self.finish("KILLED", "interrupted")
            return False
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        self.finish("FAILED", f"{type(exc).__name__}: {first}"[:1000])
        return False

    def __repr__(self) -> str:
        return f"TrackedRun(run_id={self.run_id!r}, status={self.status!r})"


_PINNED_LOCK = threading.Lock()


@contextlib.contextmanager
def _requirements_pinned_here() -> Iterator[None]:
    """MLflow's model logging checks each pip requirement against the installed packages (on
    saving, and on loading the model back to validate its input example, which dnnlab skips:
    ``validate_serving_input=False``); its first check
    maps every module of every installed distribution to its package (1.1-1.5 s on this
    machine, every ``dnnlab train``). The requirements dnnlab passes are the installed torch
    and MLflow pins (MLflow adds its own), satisfied by construction, so the check is skipped
    for this call only: MLflow's function is put back afterwards, and a model another thread
    logs meanwhile waits for the lock rather than go unchecked."""
    import mlflow.utils.requirements_utils as req

    real = getattr(req, "_check_requirement_satisfied", None)
    if real is None:  # an MLflow that moved its check: let it run as it is
        yield
        return
    with _PINNED_LOCK:
        req._check_requirement_satisfied = lambda requirement: None
        try:
            yield
        finally:
            req._check_requirement_satisfied = real


def log_pytorch_model(client: MlflowClient, experiment_id: str, run_id: str, model: nn.Module,
                      example: torch.Tensor, step: int = 0) -> str:
    """``mlflow.pytorch.log_model`` with signature and input example, filed under the run's own
    experiment (MLflow files it under the active experiment, ``Default`` unless set) and linked
    to the run as its output at ``step``.

    The logged model is created first (``mlflow.initialize_logged_model``, with the run as its
    source and the run's params, as ``log_model`` makes it) and ``log_model`` only fills it: given
    a run, ``log_model`` reads back the whole history of every metric of the run to re-log the
    points of one step (51 s for a 1M-step run of 1.95M points; 0.7 s for the digits CNN's 15
    epochs). The run's output link is written here instead, and the runner links the best
    epoch's metrics itself (``TrackedRun._link_model_metrics``)."""
    import mlflow
    from mlflow.entities import LoggedModelOutput
    from mlflow.models import infer_signature

    device = next(model.parameters()).device
    was = model.training
    model.eval()
    with torch.no_grad():
        pred = model(example.to(device)).detach().cpu().numpy()
    signature = infer_signature(example.numpy(), pred)

    def log() -> str:
        with use_tracking_uri(client.tracking_uri):
            params = client.get_run(run_id).data.params
            logged = mlflow.initialize_logged_model(
                name="model", source_run_id=run_id, experiment_id=experiment_id,
                params={k: str(v) for k, v in params.items()})
            with _requirements_pinned_here():
                import_mlflow_pytorch().log_model(
                    model, name="model", model_id=logged.model_id, signature=signature,
                    input_example=example.numpy(),
                    pip_requirements=[f"torch=={torch.__version__.split('+')[0]}"],
                    # MLflow would load the model it just saved back through pyfunc and
                    # predict the example (0.07 s inside `dnnlab train`, 0.7-1.3 s in a process
                    # that has not loaded pyfunc's modules yet); the signature is inferred
                    # from this very model's output above, and the tests load logged models
                    # through pyfunc and predict their stored example
                    validate_serving_input=False,
                )
        return logged.model_id

    try:
        if mlflow.active_run() is None:
            model_id = log()
        else:  # MLflow's log_model links its model to the thread's active run (at step 0,
            # reading the run's whole history back); its active run is per thread, so the
            # model is logged from a thread that has none, and linked once, below
            with concurrent.futures.ThreadPoolExecutor(1, "dnnlab-log-model") as pool:
                model_id = pool.submit(log).result()
        client.log_outputs(run_id, models=[LoggedModelOutput(model_id, step=step)])
    finally:
        model.train(was)
    return model_id


# ----------------------------------------------------------------------------- track()


def _default_uri(given: str | None) -> str:
    import mlflow

    return given or os.environ.get("MLFLOW_TRACKING_URI") or mlflow.get_tracking_uri()


def track(
    model: nn.Module | None = None,
    optimizer: torch.optim.Optimizer | Sequence[torch.optim.Optimizer] | None = None,
    *,
    experiment: str | None = None,
    run_name: str | None = None,
    config: Mapping[str, Any] | None = None,
    task: str | None = None,
    class_names: Sequence[str] | None = None,
    tracking_uri: str | None = None,
    tags: Mapping[str, str] | None = None,
    parent: TrackedRun | None = None,
    log_every_n_steps: int = 1,
    steps_per_epoch: int | None = None,
    diagnose: bool = True,
    stop_on: Sequence[str] = ("nan_loss", "divergence"),
    thresholds: Mapping[str, float] | None = None,
    monitor: str | None = None,
    mode: str | None = None,
    log_model: bool = True,
    save_best: bool = True,
    count_dead_units: bool = True,
    model_factory: str | None = None,
    model_args: Mapping[str, Any] | None = None,
    logged_by: str = "dnnlab.track",
    system_metrics_interval: float = 10.0,
) -> TrackedRun:
    """Track a hand-written training loop in MLflow::

        with dnnlab.track(model, optimizer, experiment="my-cnn", config=cfg) as run:
            for epoch in range(epochs):
                for x, y in loader:
                    loss = loss_fn(model(x), y)
                    optimizer.zero_grad(); loss.backward(); optimizer.step()
                    run.step(loss)
                run.epoch(val_loss=vl, y_true=val_y, y_score=val_logits)

    The run logs into ``mlflow.active_run()`` when one is open (and leaves ending it to its
    owner), under ``parent`` as a nested run when given, else a new run of ``experiment``
    on ``tracking_uri`` ($MLFLOW_TRACKING_URI, else MLflow's default ``sqlite:///mlflow.db``).
    """
    import mlflow

    params = flatten_params(config or {})
    if model is not None:
        params.update(model_params(model))
    params.update(optimizer_params(optimizer))
    if steps_per_epoch:
        params["steps_per_epoch"] = str(steps_per_epoch)
    if class_names:
        params["n_classes"] = str(len(class_names))
    params.update(threshold_params(thresholds))
    run_tags = {
        "logged_by": logged_by,
        "dnnlab_version": dnnlab.__version__,
        "host": platform.node(),
        "device": _device_of(model),
        "mlflow.source.name": logged_by,
    }
    if task:
        run_tags["task"] = task
    if model is not None:
        run_tags["model_kind"] = type(model).__name__
    commit = git_commit()
    if commit:
        run_tags["git_commit"] = commit
        run_tags["mlflow.source.git.commit"] = commit
    run_tags.update(tags or {})
    spec = model_spec_of(model, model_factory, model_args) if model is not None else None
    options = dict(model=model, optimizer=optimizer, task=task, class_names=class_names,
                   log_every_n_steps=log_every_n_steps, diagnose=diagnose, stop_on=stop_on,
                   thresholds=thresholds, monitor=monitor, mode=mode, log_model=log_model,
                   save_best=save_best, count_dead_units=count_dead_units, model_spec=spec,
                   steps_per_epoch=steps_per_epoch,
                   system_metrics_interval=system_metrics_interval)
    if parent is not None:
        return TrackedRun.start(parent.client, parent.experiment_id, run_name=run_name,
                                params=params, tags=run_tags, parent_run_id=parent.run_id,
                                **options)
    active = mlflow.active_run()
    if active is not None:  # the user's own run: log into it, its owner ends it
        client = MlflowClient(mlflow.get_tracking_uri())
        run_id = active.info.run_id
        log_params_and_tags(client, run_id, params, run_tags)
        return TrackedRun(client, run_id, active.info.experiment_id, owns_run=False, **options)
    uri = check_tracking_uri(_default_uri(tracking_uri))
    client = MlflowClient(uri)
    name = experiment or os.environ.get("MLFLOW_EXPERIMENT_NAME") or "dnnlab"
    experiment_id = get_or_create_experiment(client, name)
    run_name = run_name or f"{name}-{uuid.uuid4().hex[:8]}"
    return TrackedRun.start(client, experiment_id, run_name=run_name, params=params,
                            tags=run_tags, **options)
