"""dnnlab beside the trackers a user would pick instead, on the same training loop.

The digits CNN of ``experiments/digits_cnn.yaml`` (conv16-conv32-fc64-out, Adam, batch 32,
dropout off, 1 torch thread) trained the same way by every variant:

* bare             - a plain PyTorch loop, no tracking;
* dnnlab-api       - the same loop with ``dnnlab.track``: ``run.step(loss)`` every step (loss,
                     lr, update ratio and gradient norm of every layer, live NaN/divergence
                     watch), ``run.epoch(...)`` every epoch, the diagnosis at the end;
* dnnlab-trainer   - dnnlab's ``Trainer`` with its ``Tracked`` callback (what ``dnnlab train``
                     runs), on the same tensors;
* tensorboard      - ``SummaryWriter.add_scalar`` for the same scalars (per-layer statistics
                     computed by hand, as a user of these trackers has to: one norm pass, one
                     host sync per step);
* mlflow-sync      - ``mlflow.log_metrics`` of the same scalars every step (one call a step);
* mlflow-async     - the same with ``synchronous=False``;
* wandb            - ``wandb.log`` of the same scalars, offline (``WANDB_MODE=offline``);
* wandb-watch      - the same plus ``wandb.watch(model, log="all", log_freq=1)``
                     (histograms of every parameter and gradient every step: more than the others
                     log);
* lightning-bare   - ``lightning.Trainer`` with no logger and no callback;
* lightning-mlflow - with its ``MLFlowLogger``, ``log_every_n_steps=1``: ``self.log`` of the loss,
                     ``LearningRateMonitor``, ``grad_norm`` of every parameter (Lightning has no
                     update ratio);
* lightning-dnnlab - ``MLFlowLogger`` plus ``DnnlabCallback``.

Part 1 (one process): the variants take turns epoch by epoch (as in ``overhead.py``) and the
table gives each one's median step time (between consecutive step ends within an epoch, so
the epoch-end validation pass is left out) and its ratio to ``bare`` (the Lightning ones also to
``lightning-bare``). Part 2 (``--e2e``): each variant's whole run in a fresh process, imports,
data, set-up, every epoch, validation and the tracker's own end of run included, timed from
outside; the median of ``--e2e-repeats`` runs. Trackers that do not import are reported as
missing (``pip install "dnnlab[bench]"``).

Usage: python benchmarks/peers.py [--epochs 5] [--e2e-repeats 3] [--only NAME ...] [--tiny]
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn

ROOT = Path(__file__).resolve().parents[1]
Turn = Callable[[], None]

# what each variant logs per step (per epoch every variant logs val/loss and val/accuracy)
LAYER_STATS = "update ratio + grad norm per layer"
LOGS = {
    "bare": "nothing",
    "dnnlab-api": f"loss, lr, {LAYER_STATS}; live NaN watch; diagnosis at the end",
    "dnnlab-trainer": f"loss, lr, {LAYER_STATS}; live NaN watch; diagnosis at the end",
    "tensorboard": f"loss, lr, {LAYER_STATS} (by hand)",
    "mlflow-sync": f"loss, lr, {LAYER_STATS} (by hand)",
    "mlflow-async": f"loss, lr, {LAYER_STATS} (by hand)",
    "wandb": f"loss, lr, {LAYER_STATS} (by hand)",
    "wandb-watch": f"loss, lr, {LAYER_STATS} (by hand) + histograms of all params and grads",
    "lightning-bare": "nothing",
    "lightning-mlflow": "loss, lr, grad norm per parameter (no update ratio)",
    "lightning-dnnlab": f"loss, lr, {LAYER_STATS}; live NaN watch; diagnosis at the end",
}
NEEDS = {"tensorboard": "tensorboard", "wandb": "wandb", "wandb-watch": "wandb",
         "lightning-bare": "lightning", "lightning-mlflow": "lightning",
         "lightning-dnnlab": "lightning"}
BASELINE = {"lightning-mlflow": "lightning-bare", "lightning-dnnlab": "lightning-bare"}


@dataclass(frozen=True)
class Setting:
    epochs: int  # the first is a warm-up in the in-process timings
    store: str  # a folder of its own: mlflow.db, tensorboard and wandb files
    max_steps: int | None = None  # steps per epoch (None: the whole training split)
    batch_size: int = 32
    seed: int = 0

    @property
    def uri(self) -> str:
        return f"sqlite:///{self.store}/mlflow.db"


# ----------------------------------------------------------------------------- shared loop


def digits(seed: int) -> tuple[torch.Tensor, ...]:
    """scikit-learn's 8x8 digits, standardised on the training split: 60/20/20."""
    from sklearn.datasets import load_digits

    x, y = load_digits(return_X_y=True)
    gen = torch.Generator().manual_seed(seed)
    idx = torch.randperm(len(y), generator=gen)
    x = torch.tensor(x, dtype=torch.float32)[idx].view(-1, 1, 8, 8)
    y = torch.tensor(y)[idx]
    n_train, n_val = int(0.6 * len(y)), int(0.2 * len(y))
    mean, std = x[:n_train].mean(), x[:n_train].std()
    x = (x - mean) / std
    return x[:n_train], y[:n_train], x[n_train:n_train + n_val], y[n_train:n_train + n_val]


def digits_cnn() -> nn.Sequential:
    """The model ``dnnlab train experiments/digits_cnn.yaml`` builds (dropout off)."""
    return nn.Sequential(OrderedDict(
        conv1=nn.Conv2d(1, 16, 3, padding=1), act1=nn.ReLU(), pool1=nn.MaxPool2d(2),
        conv2=nn.Conv2d(16, 32, 3, padding=1), act2=nn.ReLU(), pool2=nn.MaxPool2d(2),
        flatten=nn.Flatten(), fc1=nn.Linear(128, 64), act_fc1=nn.ReLU(), out=nn.Linear(64, 10)))


class Loop:
    """Data, model, optimiser and the step timer every variant shares."""

    def __init__(self, s: Setting, turn: Turn) -> None:
        torch.manual_seed(s.seed)
        self.s, self.turn = s, turn
        self.x, self.y, self.vx, self.vy = digits(s.seed)
        self.model = digits_cnn()
        self.opt = torch.optim.Adam(self.model.parameters(), lr=0.002, weight_decay=1e-4)
        self.loss_fn = nn.CrossEntropyLoss()
        self.gen = torch.Generator().manual_seed(s.seed)
        self.epochs: list[list[tuple[float, float]]] = []
        self._last: tuple[float, float] | None = None

    def batches(self) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        perm = torch.randperm(len(self.y), generator=self.gen)
        n = len(perm) // self.s.batch_size
        if self.s.max_steps:
            n = min(n, self.s.max_steps)
        for i in range(n):
            idx = perm[i * self.s.batch_size:(i + 1) * self.s.batch_size]
            yield self.x[idx], self.y[idx]

    def epoch_start(self) -> None:
        self.turn()
        self.epochs.append([])
        self._last = None

    def step_end(self) -> None:
        now = time.perf_counter(), time.process_time()
        if self._last is not None:
            self.epochs[-1].append((now[0] - self._last[0], now[1] - self._last[1]))
        self._last = now

    def train_step(self, xb: torch.Tensor, yb: torch.Tensor) -> torch.Tensor:
        loss = self.loss_fn(self.model(xb), yb)
        self.opt.zero_grad(set_to_none=True)
        loss.backward()
        self.opt.step()
        return loss

    def validate(self) -> tuple[torch.Tensor, torch.Tensor, float, float]:
        self.model.eval()
        with torch.no_grad():
            logits = self.model(self.vx)
        self.model.train()
        loss = self.loss_fn(logits, self.vy)
        return logits, loss, float(loss), float((logits.argmax(1) == self.vy).float().mean())

    def steps(self) -> list[tuple[float, float]]:
        kept = self.epochs[1:] if len(self.epochs) > 1 else self.epochs
        return [t for e in kept for t in e]


class HandStats:
    """Per-layer update ratio and gradient norm written by hand the way a careful user of a
    plain logger would: weights copied into reused buffers before ``opt.step()``, one stacked
    norm pass and one host sync after it."""

    def __init__(self, model: nn.Module) -> None:
        self.layers = {n: m.weight for n, m in model.named_modules()
                       if isinstance(m, nn.Conv2d | nn.Linear)}
        self.before = [w.detach().clone() for w in self.layers.values()]

    def keep(self) -> None:
        for b, w in zip(self.before, self.layers.values(), strict=True):
            b.copy_(w.detach())

    def collect(self) -> dict[str, float]:
        ws = [w.detach() for w in self.layers.values()]
        norms = torch.stack([torch.linalg.vector_norm(w.grad) for w in self.layers.values()]
                            + [torch.linalg.vector_norm(w - b) for w, b in zip(ws, self.before,
                                                                                strict=True)]
                            + [torch.linalg.vector_norm(b) for b in self.before]).tolist()
        k = len(ws)
        out = {}
        for i, name in enumerate(self.layers):
            out[f"grad_norm/{name}"] = norms[i]
            out[f"update_ratio/{name}"] = norms[k + i] / max(norms[2 * k + i], 1e-12)
        return out


def hand_step(loop: Loop, stats: HandStats, xb: torch.Tensor, yb: torch.Tensor
              ) -> dict[str, float]:
    """One training step of a loop that logs by hand: loss, lr and the layers' statistics."""
    loss = loop.loss_fn(loop.model(xb), yb)
    loop.opt.zero_grad(set_to_none=True)
    loss.backward()
    stats.keep()
    loop.opt.step()
    return {"train/loss": loss.item(), "lr": loop.opt.param_groups[0]["lr"]} | stats.collect()


# ----------------------------------------------------------------------------- the variants


def bare(s: Setting, turn: Turn) -> list[tuple[float, float]]:
    loop = Loop(s, turn)
    for _ in range(s.epochs):
        loop.epoch_start()
        for xb, yb in loop.batches():
            loop.train_step(xb, yb)
            loop.step_end()
        loop.validate()
    turn()
    return loop.steps()


def dnnlab_api(s: Setting, turn: Turn) -> list[tuple[float, float]]:
    import dnnlab

    loop = Loop(s, turn)
    # no model logging and no best.pt: no peer does either
    with dnnlab.track(loop.model, loop.opt, experiment="peers-dnnlab-api", tracking_uri=s.uri,
                      task="classification", log_model=False, save_best=False) as run:
        for _ in range(s.epochs):
            loop.epoch_start()
            for xb, yb in loop.batches():
                run.step(loop.train_step(xb, yb))
                loop.step_end()
            logits, loss, _, _ = loop.validate()
            run.epoch(val_loss=loss, y_true=loop.vy, y_score=logits)
        turn()
    return loop.steps()


def dnnlab_trainer(s: Setting, turn: Turn) -> list[tuple[float, float]]:
    from mlflow import MlflowClient

    from dnnlab.data import DataBundle, Split
    from dnnlab.tracking import TrackedRun, get_or_create_experiment
    from dnnlab.train import Callback, TaskLoss, Tracked, Trainer

    loop = Loop(s, turn)
    x, y = (loop.x, loop.y) if not s.max_steps else \
        (loop.x[:s.max_steps * s.batch_size], loop.y[:s.max_steps * s.batch_size])
    data = DataBundle(Split(x, y), Split(loop.vx, loop.vy), None, "classification", 10,
                      (1, 8, 8), [str(i) for i in range(10)], None, True)

    class Timer(Callback):
        def on_epoch_start(self, trainer: Any = None, epoch: int = 0) -> None:
            loop.epoch_start()

        def on_step_end(self, trainer: Any = None, step: int = 0, stats: Any = None) -> None:
            loop.step_end()

    client = MlflowClient(s.uri)
    run = TrackedRun.start(client, get_or_create_experiment(client, "peers-dnnlab-trainer"),
                           model=loop.model, optimizer=loop.opt, task="classification",
                           save_best=False, log_model=False, count_dead_units=False,
                           raise_on_stop=False, system_metrics_interval=10.0)
    trainer = Trainer(loop.model, data, TaskLoss("cross_entropy"), loop.opt, epochs=s.epochs,
                      batch_size=s.batch_size, device=torch.device("cpu"), seed=s.seed,
                      callbacks=[Timer(), Tracked(run)])
    with run:
        trainer.fit()
        turn()
        run.finish(trainer.status, trainer.stop_reason, trainer.failed_step)
    return loop.steps()


def tensorboard(s: Setting, turn: Turn) -> list[tuple[float, float]]:
    from torch.utils.tensorboard import SummaryWriter

    loop = Loop(s, turn)
    stats = HandStats(loop.model)
    writer = SummaryWriter(f"{s.store}/tensorboard")
    step = 0
    for epoch in range(1, s.epochs + 1):
        loop.epoch_start()
        for xb, yb in loop.batches():
            step += 1
            for k, v in hand_step(loop, stats, xb, yb).items():
                writer.add_scalar(k, v, step)
            loop.step_end()
        _, _, vl, va = loop.validate()
        writer.add_scalar("val/loss", vl, epoch)
        writer.add_scalar("val/accuracy", va, epoch)
    turn()
    writer.close()
    return loop.steps()


def mlflow_fluent(s: Setting, turn: Turn, synchronous: bool) -> list[tuple[float, float]]:
    import mlflow
    from mlflow import MlflowClient

    from dnnlab.tracking import get_or_create_experiment

    loop = Loop(s, turn)
    stats = HandStats(loop.model)
    mlflow.set_tracking_uri(s.uri)
    client = MlflowClient(s.uri)
    name = "peers-mlflow-" + ("sync" if synchronous else "async")
    run_id = client.create_run(get_or_create_experiment(client, name)).info.run_id
    step = 0
    for epoch in range(1, s.epochs + 1):
        loop.epoch_start()
        for xb, yb in loop.batches():
            step += 1
            mlflow.log_metrics(hand_step(loop, stats, xb, yb), step=step, run_id=run_id,
                               synchronous=synchronous)
            loop.step_end()
        _, _, vl, va = loop.validate()
        mlflow.log_metrics({"val/loss": vl, "val/accuracy": va}, step=epoch, run_id=run_id,
                           synchronous=synchronous)
    turn()
    if not synchronous:
        mlflow.flush_async_logging()
    client.set_terminated(run_id)
    return loop.steps()


def wandb_run(s: Setting, turn: Turn, watch: bool) -> list[tuple[float, float]]:
    os.environ["WANDB_MODE"] = "offline"
    os.environ.setdefault("WANDB_SILENT", "true")
    import wandb

    loop = Loop(s, turn)
    stats = HandStats(loop.model)
    run = wandb.init(project="peers", dir=s.store, mode="offline",
                     settings=wandb.Settings(silent=True, console="off",
                                             x_disable_stats=True, x_disable_meta=True))
    if watch:
        run.watch(loop.model, log="all", log_freq=1)
    step = 0
    for _epoch in range(1, s.epochs + 1):
        loop.epoch_start()
        for xb, yb in loop.batches():
            step += 1
            run.log(hand_step(loop, stats, xb, yb), step=step)
            loop.step_end()
        _, _, vl, va = loop.validate()
        run.log({"val/loss": vl, "val/accuracy": va}, step=step)
    turn()
    run.finish()
    return loop.steps()


def lightning(s: Setting, turn: Turn, logger: bool, with_dnnlab: bool) -> list[tuple[float, float]]:
    import lightning.pytorch as pl
    from lightning.pytorch.callbacks import LearningRateMonitor
    from lightning.pytorch.loggers import MLFlowLogger
    from lightning.pytorch.utilities import grad_norm
    from torch.utils.data import DataLoader, TensorDataset

    loop = Loop(s, turn)

    class Module(pl.LightningModule):
        def __init__(self) -> None:
            super().__init__()
            self.model = loop.model

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.model(x)

        def training_step(self, batch, batch_idx):  # noqa: ANN001
            loss = loop.loss_fn(self(batch[0]), batch[1])
            if logger or with_dnnlab:
                self.log("train_loss", loss, on_step=True, on_epoch=False)
            return loss

        def on_before_optimizer_step(self, optimizer) -> None:  # noqa: ANN001
            if logger and not with_dnnlab:
                self.log_dict(grad_norm(self.model, norm_type=2))

        def validation_step(self, batch, batch_idx):  # noqa: ANN001
            logits = self(batch[0])
            if logger or with_dnnlab:
                self.log("val_loss", loop.loss_fn(logits, batch[1]))
                self.log("val_acc", (logits.argmax(1) == batch[1]).float().mean())
            return {"y_true": batch[1], "y_score": logits}

        def configure_optimizers(self):
            return loop.opt

    class Timer(pl.Callback):
        def on_train_epoch_start(self, trainer, pl_module):  # noqa: ANN001
            loop.epoch_start()

        def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):  # noqa: ANN001
            loop.step_end()

        def on_fit_end(self, trainer, pl_module):  # noqa: ANN001
            turn()

    callbacks: list[pl.Callback] = [Timer()]
    # dnnlab's callback opens its own run (an MLFlowLogger beside it would log every step too)
    mlf = MLFlowLogger(experiment_name="peers-lightning", tracking_uri=s.uri) \
        if logger and not with_dnnlab else False
    if logger and not with_dnnlab:
        callbacks.append(LearningRateMonitor(logging_interval="step"))
    if with_dnnlab:
        from dnnlab.integrations.lightning import DnnlabCallback

        callbacks.append(DnnlabCallback(experiment="peers-lightning-dnnlab", tracking_uri=s.uri,
                                        log_model=False))

    class Batches:
        def __iter__(self):
            return loop.batches()

        def __len__(self) -> int:
            n = len(loop.y) // s.batch_size
            return min(n, s.max_steps) if s.max_steps else n

    trainer = pl.Trainer(max_epochs=s.epochs, accelerator="cpu", logger=mlf,
                         log_every_n_steps=1, enable_checkpointing=False,
                         enable_progress_bar=False, enable_model_summary=False,
                         num_sanity_val_steps=0, callbacks=callbacks)
    val = DataLoader(TensorDataset(loop.vx, loop.vy), batch_size=len(loop.vy))
    trainer.fit(Module(), Batches(), val)
    return loop.steps()


VARIANTS: dict[str, Callable[[Setting, Turn], list[tuple[float, float]]]] = {
    "bare": bare,
    "dnnlab-api": dnnlab_api,
    "dnnlab-trainer": dnnlab_trainer,
    "tensorboard": tensorboard,
    "mlflow-sync": lambda s, t: mlflow_fluent(s, t, synchronous=True),
    "mlflow-async": lambda s, t: mlflow_fluent(s, t, synchronous=False),
    "wandb": lambda s, t: wandb_run(s, t, watch=False),
    "wandb-watch": lambda s, t: wandb_run(s, t, watch=True),
    "lightning-bare": lambda s, t: lightning(s, t, logger=False, with_dnnlab=False),
    "lightning-mlflow": lambda s, t: lightning(s, t, logger=True, with_dnnlab=False),
    "lightning-dnnlab": lambda s, t: lightning(s, t, logger=False, with_dnnlab=True),
}


def available(name: str) -> bool:
    need = NEEDS.get(name)
    return need is None or importlib.util.find_spec(need) is not None


# ----------------------------------------------------------------------------- tables


def step_table(times: dict[str, list[tuple[float, float]]]) -> list[str]:
    """Markdown rows: variant, what it logs, steps timed, median step (wall), its ratio to bare
    (and to its own bare loop for the Lightning variants), the process's mean CPU time per step
    (all its threads) and its ratio to bare's."""
    med = {n: statistics.median(w for w, _ in t) for n, t in times.items()}
    cpu = {n: statistics.fmean(c for _, c in t) for n, t in times.items()}
    rows = ["| variant | logs per step | steps | median step | vs bare | vs own bare "
            "| CPU/step | vs bare |", "|---|---|---|---|---|---|---|---|"]
    for name in times:
        own = BASELINE.get(name)
        vs_own = f"{med[name] / med[own]:.3f}" if own in med else "-"
        rows.append(f"| {name} | {LOGS[name]} | {len(times[name])} | {med[name] * 1e3:.3f} ms "
                    f"| {med[name] / med['bare']:.3f} | {vs_own} | {cpu[name] * 1e3:.3f} ms | "
                    f"{cpu[name] / cpu['bare']:.3f} |")
    return rows


def e2e_table(walls: dict[str, list[float]]) -> list[str]:
    """Markdown rows: variant, median wall time of the whole run in a fresh process, ratio to
    bare's, and every run's time."""
    rows = ["| variant | whole run (median) | vs bare | runs |", "|---|---|---|---|"]
    base = statistics.median(walls["bare"]) if "bare" in walls else None
    for name, ts in walls.items():
        med = statistics.median(ts)
        ratio = f"{med / base:.2f}" if base else "-"
        rows.append(f"| {name} | {med:.2f} s | {ratio} | "
                    + ", ".join(f"{t:.2f}" for t in ts) + " |")
    return rows


# ----------------------------------------------------------------------------- main


def quiet() -> None:
    os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")
    os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
    for name in ("lightning.pytorch", "lightning.fabric", "mlflow", "alembic", "wandb"):
        logging.getLogger(name).setLevel(logging.ERROR)
    warnings.filterwarnings("ignore")


def in_process(names: list[str], s: Setting) -> dict[str, list[tuple[float, float]]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from overhead import Turns  # the same turn-taking as overhead.py

    turns = [Turns(n, (lambda fn: lambda turn: (fn(s, turn), 0))(VARIANTS[n])) for n in names]
    Turns.run_all(turns)
    return {t.name: t.result[0] for t in turns}


def one(name: str, s: Setting) -> None:
    """``--one NAME``: the variant's whole run alone in this process (timed from outside)."""
    quiet()
    torch.set_num_threads(1)
    VARIANTS[name](s, lambda: None)


def end_to_end(names: list[str], s: Setting, repeats: int) -> dict[str, list[float]]:
    walls: dict[str, list[float]] = {n: [] for n in names}
    env = dict(os.environ, PYTHONPATH=str(ROOT), WANDB_MODE="offline", WANDB_SILENT="true")
    env.pop("MLFLOW_TRACKING_URI", None)
    for _ in range(repeats):
        for name in names:  # interleaved, so a change in load hits every variant alike
            store = tempfile.mkdtemp(prefix=f"peers-{name}-", dir=s.store)
            # an existing store, as a user has after the first run (a new SQLite store's
            # schema migration alone takes seconds, not what a tracker costs per run)
            shutil.copy(f"{s.store}/mlflow.db", f"{store}/mlflow.db")
            cmd = [sys.executable, __file__, "--one", name, "--epochs", str(s.epochs),
                   "--store", store] + (["--max-steps", str(s.max_steps)] if s.max_steps
                                        else [])
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
            walls[name].append(time.perf_counter() - t0)
            if proc.returncode != 0:
                raise RuntimeError(f"{name} failed:\n{proc.stderr[-3000:]}")
            shutil.rmtree(store, ignore_errors=True)
    return walls


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=5, help="measured epochs (one more warms up)")
    ap.add_argument("--e2e-repeats", type=int, default=3, help="fresh-process runs per variant "
                    "(0: skip the end-to-end part)")
    ap.add_argument("--only", nargs="*", help="these variants (bare is always included)")
    ap.add_argument("--tiny", action="store_true", help="a smoke test: 1 epoch of 5 steps")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--store", help=argparse.SUPPRESS)
    ap.add_argument("--max-steps", type=int, help="steps per epoch (default: the whole split)")
    args = ap.parse_args()
    if args.one:
        one(args.one, Setting(args.epochs, args.store, args.max_steps))
        return
    quiet()
    torch.set_num_threads(1)
    wanted = ["bare", *[n for n in (args.only or VARIANTS) if n != "bare"]]
    unknown = sorted(set(wanted) - set(VARIANTS))
    if unknown:
        ap.error(f"unknown variant(s) {', '.join(unknown)}; choose from {', '.join(VARIANTS)}")
    missing = [n for n in wanted if not available(n)]
    names = [n for n in wanted if n not in missing]
    if any(BASELINE.get(n) in names or n in BASELINE for n in names) and \
            "lightning-bare" not in names and available("lightning-bare"):
        names.append("lightning-bare")
    store = tempfile.mkdtemp(prefix="dnnlab-peers-")
    epochs = 1 if args.tiny else args.epochs + 1
    max_steps = 5 if args.tiny else args.max_steps
    s = Setting(epochs, store, max_steps)
    from mlflow import MlflowClient

    MlflowClient(s.uri).search_experiments()  # the schema, outside the timings
    try:
        times = in_process(names, s)
        print(f"digits CNN, batch {s.batch_size}, 1 torch thread, {epochs - (not args.tiny)} "
              f"measured epoch(s), every step logged; load average "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        print("\n".join(step_table(times)))
        print("(wandb writes in a service process of its own: its CPU is not in CPU/step)")
        for n in missing:
            print(f"{n}: not installed (pip install \"dnnlab[bench]\")")
        repeats = 1 if args.tiny else args.e2e_repeats
        if repeats:
            template = tempfile.mkdtemp(prefix="template-", dir=store)
            MlflowClient(f"sqlite:///{template}/mlflow.db").search_experiments()
            walls = end_to_end(["bare"] if args.tiny else names,
                               Setting(epochs, template, max_steps), repeats)
            print(f"\nwhole run in a fresh process ({epochs} epoch(s), imports included), "
                  f"median of {repeats}:")
            print("\n".join(e2e_table(walls)))
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(store)


if __name__ == "__main__":
    main()
