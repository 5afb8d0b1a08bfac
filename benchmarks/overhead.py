"""Overhead of dnnlab's instrumentation versus a bare PyTorch loop and a naive MLflow loop.

Trains the digits CNN (experiments/digits_cnn.yaml) on the same data three ways in one process:

* bare   - plain PyTorch loop, no tracking at all;
* dnnlab - dnnlab's Trainer with full instrumentation: per-step loss, lr, update ratio and
           gradient norm of every layer, per-epoch metrics, MLflow on SQLite (buffered,
           written with log_batch by a writer thread);
* naive  - the same loop calling mlflow.log_metric once per metric per step.

Prints the median step time of each and the ratios dnnlab/bare and naive/bare.
Usage: python benchmarks/overhead.py [--epochs 6] [--log-every 1]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import mlflow
import torch
from mlflow import MlflowClient

from dnnlab.config import load_config
from dnnlab.data import load_data
from dnnlab.models import build_model, parameterised_layers
from dnnlab.runner import seed_everything
from dnnlab.tracking import MetricBuffer
from dnnlab.train import Callback, TaskLoss, Trainer, build_optimizer
from dnnlab.train._mlflow import MlflowMetrics

ROOT = Path(__file__).resolve().parents[1]


class StepTimer(Callback):
    """Wall time between consecutive step ends within an epoch (the first step is skipped)."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self._last: float | None = None

    def on_epoch_start(self, trainer, epoch):  # noqa: ANN001
        self._last = None

    def on_step_end(self, trainer, step, stats):  # noqa: ANN001
        now = time.perf_counter()
        if self._last is not None:
            self.times.append(now - self._last)
        self._last = now


def setup(cfg):
    seed_everything(cfg.seed)
    data = load_data(cfg.data, cfg.seed)
    model = build_model(cfg.model, data.input_shape, data.n_classes)
    return data, model, TaskLoss("cross_entropy"), build_optimizer(model.parameters(), cfg.optim)


def bare(cfg, epochs: int) -> list[float]:
    data, model, loss_fn, opt = setup(cfg)
    gen = torch.Generator().manual_seed(cfg.seed)
    times: list[float] = []
    model.train()
    for _ in range(epochs):
        last = None
        for xb, yb in data.train_batches(cfg.train.batch_size, gen, True):
            loss = loss_fn(model(xb), yb)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            now = time.perf_counter()
            if last is not None:
                times.append(now - last)
            last = now
    return times


def naive(cfg, epochs: int, uri: str) -> list[float]:
    data, model, loss_fn, opt = setup(cfg)
    gen = torch.Generator().manual_seed(cfg.seed)
    layers = parameterised_layers(model)
    mlflow.set_tracking_uri(uri)
    mlflow.set_experiment("overhead-naive")
    times: list[float] = []
    step = 0
    with mlflow.start_run():
        for _ in range(epochs):
            last = None
            for xb, yb in data.train_batches(cfg.train.batch_size, gen, True):
                step += 1
                loss = loss_fn(model(xb), yb)
                opt.zero_grad(set_to_none=True)
                loss.backward()
                before = {n: m.weight.detach().clone() for n, m in layers.items()}
                opt.step()
                mlflow.log_metric("train/loss", loss.item(), step=step)
                mlflow.log_metric("lr", opt.param_groups[0]["lr"], step=step)
                for n, m in layers.items():
                    ratio = (m.weight.detach() - before[n]).norm() / before[n].norm()
                    mlflow.log_metric(f"update_ratio/{n}", ratio.item(), step=step)
                    mlflow.log_metric(f"grad_norm/{n}", m.weight.grad.norm().item(), step=step)
                now = time.perf_counter()
                if last is not None:
                    times.append(now - last)
                last = now
    return times


def instrumented(cfg, epochs: int, uri: str, log_every: int) -> tuple[list[float], int]:
    data, model, loss_fn, opt = setup(cfg)
    client = MlflowClient(uri)
    exp = client.create_experiment("overhead-dnnlab")
    run_id = client.create_run(exp).info.run_id
    buffer = MetricBuffer(client, run_id)
    timer = StepTimer()
    trainer = Trainer(model, data, loss_fn, opt, epochs=epochs, batch_size=cfg.train.batch_size,
                      device=torch.device("cpu"), seed=cfg.seed, log_every_n_steps=log_every,
                      callbacks=[MlflowMetrics(buffer), timer])
    trainer.fit()
    buffer.close()
    n = sum(len(client.get_metric_history(run_id, k)) for k in client.get_run(run_id).data.metrics)
    client.set_terminated(run_id)
    return timer.times, n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--log-every", type=int, default=1)
    ap.add_argument("--config", default=str(ROOT / "experiments" / "digits_cnn.yaml"))
    args = ap.parse_args()
    cfg = load_config(args.config, ["train.early_stopping=null", "model.dropout=0"])
    torch.set_num_threads(torch.get_num_threads())
    tmp = tempfile.mkdtemp(prefix="dnnlab-bench-")
    uri = f"sqlite:///{tmp}/mlflow.db"
    MlflowClient(uri).search_experiments()  # create the schema outside the timings

    bare(cfg, 1)  # warm-up
    # bare runs before and after the instrumented one, so drift in machine speed cancels out
    bare_times = bare(cfg, args.epochs // 2 or 1)
    times, n_points = instrumented(cfg, args.epochs, uri, args.log_every)
    bare_times += bare(cfg, args.epochs - args.epochs // 2 or 1)
    t_bare = statistics.median(bare_times)
    t_dnn = statistics.median(times)
    t_naive = statistics.median(naive(cfg, max(1, args.epochs // 3), uri))
    print(f"digits CNN, batch {cfg.train.batch_size}, {torch.get_num_threads()} torch threads, "
          f"log every {args.log_every} step(s), {n_points} metric points written by dnnlab")
    print(f"median step time  bare   {t_bare * 1e3:7.3f} ms")
    print(f"median step time  dnnlab {t_dnn * 1e3:7.3f} ms   dnnlab/bare = {t_dnn / t_bare:.3f}")
    ratio = t_naive / t_bare
    print(f"median step time  naive  {t_naive * 1e3:7.3f} ms   naive/bare  = {ratio:.3f}")


if __name__ == "__main__":
    main()
