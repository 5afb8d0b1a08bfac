"""Overhead of dnnlab's instrumentation versus bare loops and a naive MLflow loop.

Trains the digits CNN (experiments/digits_cnn.yaml) on the same data, batches and number of
steps, in one process, as:

* bare           - a plain PyTorch loop, no tracking at all;
* dnnlab-trainer - dnnlab's Trainer with its ``Tracked`` callback on a TrackedRun (what
                   ``dnnlab train`` runs);
* api            - the bare loop plus the public API: ``dnnlab.track`` with ``run.step(loss)``
                   every step and ``run.epoch(...)`` every epoch;
* naive          - the bare loop calling ``log_metric`` once per metric per step;
* lightning-bare - ``lightning.Trainer`` with no callback and no logger;
* lightning      - the same Trainer with ``DnnlabCallback``.

Every dnnlab variant has full instrumentation (per-step loss, lr, update ratio and gradient
norm of every layer; per-epoch metrics; MLflow on SQLite, buffered and written by a writer
thread). A step's time is the time between consecutive step ends within an epoch, so
epoch-end work (evaluation, flush, checkpoints) is left out. The table gives per variant the
median and the mean step time (wall clock) and the mean CPU time of the whole process per step
(all its threads: torch's and the metric writer's), each with its ratio to the variant's own
bare loop (lightning: to lightning-bare).

Measuring on a shared or small machine:

* the variants take turns epoch by epoch (one at a time, each in a thread of its own), so a
  change in the machine's speed hits them alike; each variant's first epoch is a warm-up;
* one torch thread by default: with two or more, OpenMP's barrier waits for a sibling thread
  that another job preempted, and step times snap to the scheduler's 4 ms tick;
* a digits epoch is ~35 steps (~0.1 s), shorter than the metric writer's 0.5 s interval, so
  the writer mostly works in the epoch-end flush, outside the step timings. ``--passes 10``
  makes each epoch ten passes over the data, so the writer runs during the steps as it does
  in real epochs, and its cost shows in the mean step and CPU time.

Usage: python benchmarks/overhead.py [--epochs 6] [--passes 1] [--threads 1] [--log-every 1]
       [--tiny]
"""

from __future__ import annotations

import argparse
import atexit
import copy
import itertools
import logging
import shutil
import statistics
import tempfile
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from mlflow import MlflowClient
from torch.utils.data import DataLoader, TensorDataset

import dnnlab
from dnnlab.config import ExperimentConfig, load_config
from dnnlab.data import DataBundle, load_data
from dnnlab.models import build_model, parameterised_layers
from dnnlab.runner import seed_everything
from dnnlab.tracking import TrackedRun, get_or_create_experiment
from dnnlab.train import Callback, TaskLoss, Tracked, Trainer, build_optimizer

ROOT = Path(__file__).resolve().parents[1]
Turn = Callable[[], None]
Result = tuple[list[tuple[float, float]], int]  # (wall, cpu) seconds per step; points written


@dataclass(frozen=True)
class Setting:
    cfg: ExperimentConfig
    epochs: int  # warm-up epoch included
    passes: int  # passes over the training data per epoch
    log_every: int
    uri: str


class Turns:
    """Runs the variants one epoch at a time, in rotation, each in a thread of its own, so a
    change in the machine's speed (other jobs on a shared host) hits every variant alike. Only
    one variant runs at any moment; a variant's set-up and end of run (diagnosis) are turns of
    their own, outside its epochs' timings."""

    def __init__(self, name: str, target: Callable[[Turn], Result]) -> None:
        self.name, self.result = name, None
        self.error: BaseException | None = None
        self.finished = False
        self._go, self._done = threading.Event(), threading.Event()
        self._thread = threading.Thread(target=self._main, args=(target,), name=name,
                                        daemon=True)

    def _main(self, target: Callable[[Turn], Result]) -> None:
        try:
            self.result = target(self.turn)
        except BaseException as err:  # raised again on the main thread
            self.error = err
        finally:
            self.finished = True
            self._done.set()

    def turn(self) -> None:
        """Called by the variant before each epoch and before its end of run: wait for its go."""
        self._done.set()
        self._go.wait()
        self._go.clear()

    def start(self) -> None:
        self._thread.start()
        self._done.wait()  # set up, waiting for its first epoch

    def step(self) -> None:
        self._done.clear()
        self._go.set()
        self._done.wait()
        if self.error is not None:
            raise RuntimeError(f"variant {self.name} failed") from self.error

    @staticmethod
    def run_all(turns: list[Turns]) -> None:
        for t in turns:
            t.start()
        for rnd in itertools.count():
            if all(t.finished for t in turns):
                return
            k = rnd % len(turns)
            for t in turns[k:] + turns[:k]:
                if not t.finished:
                    t.step()


class StepTimer(Callback):
    """Per step: the wall time and the process's CPU time between consecutive step ends within
    an epoch (the first step of an epoch is skipped). The first epoch is a warm-up, left out of
    :meth:`steps` when there are more."""

    def __init__(self, turn: Turn) -> None:
        self.turn = turn
        self.epochs: list[list[tuple[float, float]]] = []
        self._last: tuple[float, float] | None = None

    def on_epoch_start(self, trainer: Any = None, epoch: int = 0) -> None:
        self.turn()
        self.epochs.append([])
        self._last = None

    def on_step_end(self, trainer: Any = None, step: int = 0, stats: Any = None) -> None:
        now = time.perf_counter(), time.process_time()
        if self._last is not None:
            self.epochs[-1].append((now[0] - self._last[0], now[1] - self._last[1]))
        self._last = now

    def steps(self) -> list[tuple[float, float]]:
        kept = self.epochs[1:] if len(self.epochs) > 1 else self.epochs
        return [t for epoch in kept for t in epoch]


def repeated(data: DataBundle, passes: int) -> DataBundle:
    """``data`` whose training epoch is ``passes`` passes over the training split."""
    if passes == 1:
        return data
    out = copy.copy(data)
    batches, steps = data.train_batches, data.steps_per_epoch
    out.train_batches = lambda bs, gen, shuffle: itertools.chain.from_iterable(  # type: ignore
        batches(bs, gen, shuffle) for _ in range(passes))
    out.steps_per_epoch = lambda bs: steps(bs) * passes  # type: ignore[method-assign]
    return out


def setup(s: Setting):
    seed_everything(s.cfg.seed)
    data = load_data(s.cfg.data, s.cfg.seed)
    model = build_model(s.cfg.model, data.input_shape, data.n_classes)
    optimizer = build_optimizer(model.parameters(), s.cfg.optim)
    return repeated(data, s.passes), model, TaskLoss("cross_entropy"), optimizer


def points_written(client: MlflowClient, run_id: str) -> int:
    keys = client.get_run(run_id).data.metrics
    return sum(len(client.get_metric_history(run_id, k)) for k in keys)


# ----------------------------------------------------------------------------- plain loops


def bare(s: Setting, turn: Turn) -> Result:
    data, model, loss_fn, opt = setup(s)
    gen = torch.Generator().manual_seed(s.cfg.seed)
    timer = StepTimer(turn)
    model.train()
    for _ in range(s.epochs):
        timer.on_epoch_start()
        for xb, yb in data.train_batches(s.cfg.train.batch_size, gen, True):
            loss = loss_fn(model(xb), yb)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            timer.on_step_end()
    turn()
    return timer.steps(), 0


def api(s: Setting, turn: Turn, system_metrics: float = 10.0) -> Result:
    """The bare loop plus ``dnnlab.track``: what the README shows a hand-written loop doing
    (MLflow's system metrics sampled every ``system_metrics`` s, as by default; 0: off)."""
    data, model, loss_fn, opt = setup(s)
    gen = torch.Generator().manual_seed(s.cfg.seed)
    timer = StepTimer(turn)
    with dnnlab.track(model, opt, experiment="overhead-api", tracking_uri=s.uri,
                      task=data.task, log_every_n_steps=s.log_every, log_model=False,
                      system_metrics_interval=system_metrics) as run:
        for _ in range(s.epochs):
            model.train()
            timer.on_epoch_start()
            for xb, yb in data.train_batches(s.cfg.train.batch_size, gen, True):
                loss = loss_fn(model(xb), yb)
                opt.zero_grad(set_to_none=True)
                loss.backward()
                opt.step()
                run.step(loss)
                timer.on_step_end()
            model.eval()
            with torch.no_grad():
                logits = model(data.val.x)
            run.epoch(val_loss=loss_fn(logits, data.val.y), y_true=data.val.y, y_score=logits)
        turn()
    return timer.steps(), points_written(run.client, run.run_id)


def naive(s: Setting, turn: Turn) -> Result:
    data, model, loss_fn, opt = setup(s)
    gen = torch.Generator().manual_seed(s.cfg.seed)
    layers = parameterised_layers(model)
    client = MlflowClient(s.uri)
    run_id = client.create_run(get_or_create_experiment(client, "overhead-naive")).info.run_id
    timer = StepTimer(turn)
    step = 0
    for _ in range(s.epochs):
        timer.on_epoch_start()
        for xb, yb in data.train_batches(s.cfg.train.batch_size, gen, True):
            step += 1
            loss = loss_fn(model(xb), yb)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            before = {n: m.weight.detach().clone() for n, m in layers.items()}
            opt.step()
            # what mlflow.log_metric does per call, without the fluent API's global run
            client.log_metric(run_id, "train/loss", loss.item(), step=step)
            client.log_metric(run_id, "lr", opt.param_groups[0]["lr"], step=step)
            for n, m in layers.items():
                ratio = (m.weight.detach() - before[n]).norm() / before[n].norm()
                client.log_metric(run_id, f"update_ratio/{n}", ratio.item(), step=step)
                client.log_metric(run_id, f"grad_norm/{n}", m.weight.grad.norm().item(),
                                  step=step)
            timer.on_step_end()
    turn()
    client.set_terminated(run_id)
    return timer.steps(), 0


# ----------------------------------------------------------------------------- dnnlab's Trainer


def instrumented(s: Setting, turn: Turn) -> Result:
    """dnnlab's Trainer driving a TrackedRun through ``Tracked``, wired as the runner does."""
    data, model, loss_fn, opt = setup(s)
    client = MlflowClient(s.uri)
    experiment_id = get_or_create_experiment(client, "overhead-trainer")
    run = TrackedRun.start(client, experiment_id, model=model, optimizer=opt, task=data.task,
                           log_every_n_steps=s.log_every, save_best=False, log_model=False,
                           count_dead_units=False, raise_on_stop=False,
                           system_metrics_interval=10.0)  # as dnnlab train by default
    timer = StepTimer(turn)
    trainer = Trainer(model, data, loss_fn, opt, epochs=s.epochs,
                      batch_size=s.cfg.train.batch_size, device=torch.device("cpu"),
                      seed=s.cfg.seed, log_every_n_steps=s.log_every,
                      callbacks=[timer, Tracked(run)])
    with run:
        trainer.fit()
        turn()
        run.finish(trainer.status, trainer.stop_reason, trainer.failed_step)
    return timer.steps(), points_written(client, run.run_id)


# ----------------------------------------------------------------------------- Lightning


class Batches:
    """The bare loop's batches (a new permutation every epoch) as an iterable for Lightning,
    so both frameworks see the same tensors without a per-sample DataLoader collate."""

    def __init__(self, data: DataBundle, batch_size: int, seed: int) -> None:
        self.data, self.batch_size = data, batch_size
        self.gen = torch.Generator().manual_seed(seed)

    def __iter__(self) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        return iter(self.data.train_batches(self.batch_size, self.gen, True))

    def __len__(self) -> int:
        return self.data.steps_per_epoch(self.batch_size)


def lightning(s: Setting, turn: Turn, with_dnnlab: bool) -> Result:
    """A LightningModule around the same model; ``with_dnnlab`` adds ``DnnlabCallback``."""
    import lightning.pytorch as pl

    data, model, loss_fn, _ = setup(s)

    class Module(pl.LightningModule):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.model(x)

        def training_step(self, batch, batch_idx):  # noqa: ANN001
            x, y = batch
            loss = loss_fn(self(x), y)
            self.log("train_loss", loss, on_step=True, on_epoch=True)
            return loss

        def validation_step(self, batch, batch_idx):  # noqa: ANN001
            x, y = batch
            logits = self(x)
            self.log("val_loss", loss_fn(logits, y))
            return {"y_true": y, "y_score": logits}

        def configure_optimizers(self):
            return build_optimizer(self.parameters(), s.cfg.optim)

    class LitTimer(pl.Callback):
        """First in the callbacks, so its turns come before dnnlab's epoch and fit ends."""

        def __init__(self) -> None:
            self.timer = StepTimer(turn)

        def on_train_epoch_start(self, trainer, pl_module):  # noqa: ANN001
            self.timer.on_epoch_start()

        def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):  # noqa: ANN001
            self.timer.on_step_end()

        def on_fit_end(self, trainer, pl_module):  # noqa: ANN001
            turn()

    timer = LitTimer()
    callbacks: list[pl.Callback] = [timer]
    tracker = None
    if with_dnnlab:
        from dnnlab.integrations.lightning import DnnlabCallback

        tracker = DnnlabCallback(experiment="overhead-lightning", tracking_uri=s.uri,
                                 log_every_n_steps=s.log_every, log_model=False)
        callbacks.append(tracker)
    trainer = pl.Trainer(max_epochs=s.epochs, accelerator="cpu", logger=False,
                         enable_checkpointing=False, enable_progress_bar=False,
                         enable_model_summary=False, num_sanity_val_steps=0,
                         callbacks=callbacks)
    val = DataLoader(TensorDataset(data.val.x, data.val.y), batch_size=len(data.val))
    trainer.fit(Module(), Batches(data, s.cfg.train.batch_size, s.cfg.seed), val)
    n = points_written(tracker.run.client, tracker.run.run_id) if tracker is not None else 0
    return timer.timer.steps(), n


def has_lightning() -> bool:
    try:
        import lightning.pytorch  # noqa: F401
    except ImportError:
        return False
    return True


# ----------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=6, help="measured epochs per variant")
    ap.add_argument("--passes", type=int, default=1,
                    help="passes over the training data per epoch (10: the metric writer "
                         "works during the steps)")
    ap.add_argument("--threads", type=int, default=1, help="torch threads (0: torch's default)")
    ap.add_argument("--log-every", type=int, default=1)
    ap.add_argument("--tiny", action="store_true", help="one epoch per variant (a smoke test)")
    ap.add_argument("--config", default=str(ROOT / "experiments" / "digits_cnn.yaml"))
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    logging.getLogger("lightning.pytorch").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module="lightning")
    cfg = load_config(args.config, ["train.early_stopping=null", "model.dropout=0"])
    tmp = tempfile.mkdtemp(prefix="dnnlab-bench-")
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)  # the store goes with the process
    uri = f"sqlite:///{tmp}/mlflow.db"
    MlflowClient(uri).search_experiments()  # create the schema outside the timings
    # one epoch more than measured: each variant's first epoch is a warm-up
    epochs = 1 if args.tiny else args.epochs + 1
    s = Setting(cfg, epochs, args.passes, args.log_every, uri)
    # ~20x slower per step: fewer epochs are enough for its median
    slow = Setting(cfg, 1 if args.tiny else max(2, epochs // 3), args.passes, args.log_every,
                   uri)

    variants: dict[str, Callable[[Turn], Result]] = {
        "bare": lambda turn: bare(s, turn),
        "dnnlab-trainer": lambda turn: instrumented(s, turn),
        "api": lambda turn: api(s, turn),
        "api-no-sysmet": lambda turn: api(s, turn, system_metrics=0.0),
        "naive": lambda turn: naive(slow, turn),
    }
    baseline = {"dnnlab-trainer": "bare", "api": "bare", "api-no-sysmet": "bare",
                "naive": "bare"}
    if has_lightning():
        variants["lightning-bare"] = lambda turn: lightning(s, turn, with_dnnlab=False)
        variants["lightning"] = lambda turn: lightning(s, turn, with_dnnlab=True)
        baseline["lightning"] = "lightning-bare"
    turns = [Turns(name, fn) for name, fn in variants.items()]
    Turns.run_all(turns)
    times = {t.name: t.result[0] for t in turns}
    points = {t.name: t.result[1] for t in turns if t.result[1]}

    median = {k: statistics.median(w for w, _ in v) for k, v in times.items()}
    mean = {k: statistics.fmean(w for w, _ in v) for k, v in times.items()}
    cpu = {k: statistics.fmean(c for _, c in v) for k, v in times.items()}
    print(f"digits CNN, batch {cfg.train.batch_size}, {torch.get_num_threads()} torch "
          f"thread(s), {1 if args.tiny else args.epochs} measured epoch(s) of "
          f"{args.passes} pass(es), log every {args.log_every} step(s)")
    print(f"{'variant':<15} {'steps':>5} {'median step':>12} {'ratio':>6} {'mean step':>10} "
          f"{'ratio':>6} {'cpu/step':>9} {'ratio':>6}  vs")
    for name in variants:
        base = baseline.get(name, name)
        print(f"{name:<15} {len(times[name]):>5} {median[name] * 1e3:>9.3f} ms "
              f"{median[name] / median[base]:>6.3f} {mean[name] * 1e3:>7.3f} ms "
              f"{mean[name] / mean[base]:>6.3f} {cpu[name] * 1e3:>6.3f} ms "
              f"{cpu[name] / cpu[base]:>6.3f}  {baseline.get(name, '-')}"
              + (f"  ({points[name]} metric points written)" if name in points else ""))
    if not has_lightning():
        print('lightning-bare, lightning: skipped (pip install "dnnlab[lightning]")')


if __name__ == "__main__":
    main()
