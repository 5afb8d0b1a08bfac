"""``Trainer.fit``: a plain training loop that fires a handful of events to callbacks."""

from __future__ import annotations

import contextlib
import math
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from torch import nn

from dnnlab import metrics as M
from dnnlab.data import DataBundle, Split, eval_batches
from dnnlab.keys import CLASSIFICATION_METRICS, DEAD_RELU, REGRESSION_METRICS, TRAIN_LOSS
from dnnlab.tracking import SaturationObserver, relu_family, use_key
from dnnlab.train._callbacks import Callback
from dnnlab.train._optim import TaskLoss

CLASSIFICATION_KEYS = CLASSIFICATION_METRICS
REGRESSION_KEYS = REGRESSION_METRICS
TRAIN_EVAL_MAX = 5000  # train-split metrics are computed on at most this many samples


@dataclass
class EvalResult:
    loss: float
    metrics: dict[str, float]
    y_true: np.ndarray
    output: np.ndarray  # (n, K) probabilities for classification, (n,) predictions for regression
    dead_relu: dict[str, float] = field(default_factory=dict)
    saturated: dict[str, float] = field(default_factory=dict)  # saturated/<tanh|sigmoid name>


class DeadUnitCounter:
    """Fraction of ReLU-family units (neurons or channels) that never activate over an eval
    pass. A module called at more than one width (one ``self.relu`` after layers of different
    sizes, a common idiom) counts each width as its own layer: ``name``, then ``name.2``, ...
    (:func:`~dnnlab.tracking.use_key`)."""

    def __init__(self, model: nn.Module) -> None:
        self.layers = relu_family(model)
        self.alive: dict[str, torch.Tensor] = {}
        self._widths: dict[str, list[int]] = {}  # unit counts each module was called with
        self._handles: list[Any] = []

    def __enter__(self) -> DeadUnitCounter:
        self.alive = {}
        for name, module in self.layers.items():
            self._handles.append(module.register_forward_hook(self._hook(name)))
        return self

    def _hook(self, name: str):
        def hook(_m: nn.Module, _inp: Any, out: torch.Tensor) -> None:
            # a unit is a feature (dense) or a channel (conv); alive if > 0 anywhere
            active = (out > 0).any(dim=0)
            if active.dim() > 1:
                active = active.flatten(1).any(dim=1)
            key = use_key(name, active.shape[0] if active.dim() else 1, self._widths)
            prev = self.alive.get(key)
            self.alive[key] = active if prev is None else prev | active

        return hook

    def __exit__(self, *exc: Any) -> None:
        for h in self._handles:
            h.remove()
        self._handles.clear()

    def fractions(self) -> dict[str, float]:
        # the share in float64 (a float32 mean puts 9 of 15 at 0.59999999)
        return {f"{DEAD_RELU}{n}": (a.numel() - int(a.sum())) / a.numel()
                for n, a in self.alive.items()}


class Trainer:
    """Fits ``model`` on ``data``; MLflow logging, checkpoints, early stopping and the live
    diagnosis are callbacks, so this loop reads top to bottom."""

    def __init__(
        self,
        model: nn.Module,
        data: DataBundle,
        loss: TaskLoss,
        optimizer: torch.optim.Optimizer,
        scheduler: Any = None,
        *,
        epochs: int,
        batch_size: int,
        device: torch.device,
        seed: int = 0,
        shuffle: bool = True,
        l1: float = 0.0,
        clip_grad_norm: float | None = None,
        log_every_n_steps: int = 1,
        callbacks: list[Callback] | None = None,
    ) -> None:
        self.model, self.data, self.loss_fn = model, data, loss
        self.optimizer, self.scheduler = optimizer, scheduler
        self.epochs, self.batch_size, self.device = epochs, batch_size, device
        self.shuffle, self.l1, self.clip_grad_norm = shuffle, l1, clip_grad_norm
        self.log_every_n_steps = log_every_n_steps
        self.callbacks = list(callbacks or [])
        self.generator = torch.Generator().manual_seed(seed)
        self.epoch = 0  # last completed epoch
        self.step = 0  # optimisation steps done
        self.history: list[dict[str, float]] = []  # per-epoch metrics
        self.status = "RUNNING"
        self.stop_reason: str | None = None
        self.stop_code: str | None = None
        self.failed_step: int | None = None
        self.restored_epoch: int | None = None
        self._stop = False

    # -- control ----------------------------------------------------------------------
    def stop(self, status: str, reason: str, failed_step: int | None = None,
             code: str | None = None) -> None:
        """Ask the loop to end after the current step; the first reason wins."""
        if self._stop:
            return
        self._stop, self.status, self.stop_reason = True, status, reason
        self.failed_step, self.stop_code = failed_step, code

    def _fire(self, event: str, *args: Any) -> None:
        for cb in self.callbacks:
            getattr(cb, event)(self, *args)

    # -- the loop ---------------------------------------------------------------------
    def fit(self) -> Trainer:
        self.model.to(self.device)
        self._fire("on_fit_start")
        try:
            for epoch in range(self.epoch + 1, self.epochs + 1):
                self._fire("on_epoch_start", epoch)
                t0 = time.perf_counter()
                train_loss = self._train_epoch()
                if self._stop and self.status == "FAILED":
                    break
                metrics = self._epoch_metrics(train_loss, time.perf_counter() - t0)
                self.epoch = epoch
                self.history.append({"epoch": epoch, **metrics})
                self._step_scheduler(metrics)
                self._fire("on_epoch_end", epoch, metrics)
                if self._stop:
                    break
            if not self._stop:
                self.status = "FINISHED"
        except KeyboardInterrupt:
            self.status, self.stop_reason = "KILLED", "interrupted"
            raise
        except Exception as err:
            self.status, self.stop_reason = "FAILED", f"{type(err).__name__}: {err}"
            raise
        finally:
            self._fire("on_fit_end")
        return self

    def _train_epoch(self) -> float:
        self.model.train()
        total, count = 0.0, 0
        batches = self.data.train_batches(self.batch_size, self.generator, self.shuffle)
        for xb, yb in batches:
            xb, yb = xb.to(self.device, non_blocking=True), yb.to(self.device, non_blocking=True)
            self.step += 1
            loss = self.loss_fn(self.model(xb), yb)
            if self.l1:
                loss = loss + self.l1 * sum(p.abs().sum() for p in self.model.parameters()
                                            if p.requires_grad and p.dim() > 1)
            self.optimizer.zero_grad(set_to_none=True)
            loss.backward()
            self._fire("on_after_backward")  # gradients as computed, before clipping
            if self.clip_grad_norm:
                nn.utils.clip_grad_norm_(self.model.parameters(), self.clip_grad_norm)
            self.optimizer.step()
            value = loss.item()  # host sync: needed at once for the NaN stop
            self._fire("on_step_end", self.step, {TRAIN_LOSS: value})
            total, count = total + value * len(yb), count + len(yb)
            if self._stop:
                break
        return total / max(count, 1)

    def _epoch_metrics(self, train_loss: float, seconds: float) -> dict[str, float]:
        out = {"train/epoch_loss": train_loss}
        train = self._train_eval_split()
        res = self.evaluate(train, count_dead=True)
        out.update({f"train/{k}": v for k, v in res.metrics.items()})
        out.update(res.dead_relu)
        out.update(res.saturated)
        if self.data.val is not None:
            val = self.evaluate(self.data.val)
            out["val/loss"] = val.loss
            out.update({f"val/{k}": v for k, v in val.metrics.items()})
        out["epoch_time"] = seconds
        return out

    def _train_eval_split(self) -> Split:
        tr = self.data.train
        if len(tr.y) <= TRAIN_EVAL_MAX:
            return tr
        idx = torch.randperm(len(tr.y), generator=torch.Generator().manual_seed(0))
        idx = idx[:TRAIN_EVAL_MAX]
        return Split(tr.x[idx], tr.y[idx])

    def _step_scheduler(self, metrics: dict[str, float]) -> None:
        if self.scheduler is None:
            return
        if isinstance(self.scheduler, torch.optim.lr_scheduler.ReduceLROnPlateau):
            value = metrics.get("val/loss", metrics["train/epoch_loss"])
            if math.isfinite(value):
                self.scheduler.step(value)
        else:
            self.scheduler.step()

    @torch.no_grad()
    def evaluate(self, split: Split, count_dead: bool = False) -> EvalResult:
        """Loss and task metrics of ``split`` in eval mode (dropout off, batch-norm frozen);
        with ``count_dead`` also the dead ReLU-family and the saturated tanh/sigmoid units."""
        self.model.eval()
        outs, ys, total = [], [], 0.0
        counter = DeadUnitCounter(self.model) if count_dead else None
        saturation = SaturationObserver(self.model, training_only=False) if count_dead else None
        with counter if counter is not None else contextlib.nullcontext(), \
                saturation if saturation is not None else contextlib.nullcontext():
            for xb, yb in eval_batches(split, max(self.batch_size, 512)):
                xb, yb = xb.to(self.device), yb.to(self.device)
                out = self.model(xb)
                total += self.loss_fn(out, yb).item() * len(yb)
                outs.append(out.float().cpu())
                ys.append(yb.cpu())
        self.model.train()
        logits, y = torch.cat(outs), torch.cat(ys).numpy()
        loss = total / max(len(y), 1)
        if self.data.task == "classification":
            proba = self.loss_fn.probabilities(logits).numpy()
            if not np.isfinite(proba).all():
                values = {k: float("nan") for k in CLASSIFICATION_KEYS}
            else:
                values = M.classification_metrics(y, proba)
            output = proba
        else:
            output = logits.squeeze(-1).numpy()
            if np.isfinite(output).all():
                values = M.regression_metrics(y, output)
            else:
                values = {k: float("nan") for k in REGRESSION_KEYS}
        dead = counter.fractions() if counter is not None else {}
        saturated = saturation.fractions() if saturation is not None else {}
        return EvalResult(loss, values, y, output, dead, saturated)

    # -- resume -----------------------------------------------------------------------
    def state_dict(self) -> dict[str, Any]:
        return {
            "model": self.model.state_dict(),
            "optimizer": self.optimizer.state_dict(),
            "scheduler": self.scheduler.state_dict() if self.scheduler is not None else None,
            "epoch": self.epoch,
            "step": self.step,
            "generator": self.generator.get_state(),
            "torch_rng": torch.get_rng_state(),
            "history": self.history,
            "callbacks": {type(cb).__name__: cb.state_dict() for cb in self.callbacks},
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.model.load_state_dict(state["model"])
        self.optimizer.load_state_dict(state["optimizer"])
        if self.scheduler is not None and state.get("scheduler") is not None:
            self.scheduler.load_state_dict(state["scheduler"])
        self.epoch, self.step = int(state["epoch"]), int(state["step"])
        self.generator.set_state(state["generator"])
        torch.set_rng_state(state["torch_rng"])
        self.history = list(state.get("history", []))
        saved = state.get("callbacks", {})
        for cb in self.callbacks:
            if type(cb).__name__ in saved:
                cb.load_state_dict(saved[type(cb).__name__])
