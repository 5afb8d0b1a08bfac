"""How fast the dashboard renders long runs and big stores (targets: < 2 s each).

1. A run with 200,000 logged steps: ``train/loss`` every step, ``lr``, ``update_ratio/<layer>``
   and ``grad_norm/<layer>`` (4 layers) every 10 steps (``train.log_every_n_steps: 10``), 100
   epochs of epoch metrics, its ``diagnosis.json``, confusion matrix and ROC artifacts. Times
   the Run page (streamlit.testing AppTest): the first view after the server starts (every
   cache empty), the first view of the run (data caches empty), a repeat view (cached); the
   Python imports are done before timing.
2. A store with 1,000 runs (60 params, 14 tags with diagnosis badges, 40 metrics each): times
   the Runs page the same three ways (its first page of 100 runs; MLflow sorts and filters
   the whole store), and for reference the same page with all 1,000 runs on it.

Wall-clock and CPU seconds are printed: on a shared, loaded machine the wall clock mostly
measures the wait for a core, the CPU time what the page costs.

Stores are built with ``MlflowClient.log_batch`` (not by training) in ``--folder`` and reused
when they exist there.
Usage: python benchmarks/dashboard.py [--folder /tmp/dnnlab-bench] [--steps 200000]
       [--runs 1000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")
os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")

from mlflow import MlflowClient  # noqa: E402
from mlflow.entities import Metric, Param  # noqa: E402

LAYERS = ("conv1", "conv2", "fc1", "out")
EPOCH_KEYS = ("train/epoch_loss", "val/loss", "train/accuracy", "val/accuracy", "train/f1",
              "val/f1", "dead_relu/act1", "dead_relu/act2", "dead_relu/act_fc1", "epoch_time")


def _batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _log(client: MlflowClient, run_id: str, metrics: list[Metric]) -> None:
    for chunk in _batches(metrics, 1000):
        client.log_batch(run_id, metrics=chunk)


def dnnlab_params(rng: np.random.Generator, i: int = 0) -> dict[str, str]:
    """About 60 params shaped like a dnnlab run's flattened config."""
    p = {f"data.{k}": str(v) for k, v in dict(
        dataset="digits", val_fraction=0.2, test_fraction=0.2, standardize=True, shuffle=True,
        order="random", n_samples=1000, noise=0.1, n_classes=3, n_features=2, kfold=None,
        subset=None, augment=None, task="auto", root="data", download=False).items()}
    p |= {f"model.{k}": str(v) for k, v in dict(
        kind="cnn", hidden="[64]", activation="relu", dropout=round(float(rng.uniform(0, .5)), 3),
        batchnorm=bool(i % 2), init="kaiming_normal", pool="max", leaky_slope=0.01,
        maxout_pieces=2, init_std=0.01, init_from=None, freeze=None,
        conv='[{"channels": 16}, {"channels": 32}]').items()}
    p |= {f"optim.{k}": str(v) for k, v in dict(
        name="adam", lr=float(10 ** rng.uniform(-4, -1)), momentum=0.0, nesterov=False,
        weight_decay=0.0, l1=0.0, schedule="constant", step_size=10, gamma=0.5,
        plateau_patience=3, clip_grad_norm=None).items()}
    p |= {f"train.{k}": str(v) for k, v in dict(
        epochs=100, batch_size=64, loss="cross_entropy", huber_delta=1.0, early_stopping=None,
        device="cpu", log_every_n_steps=10, checkpoint=True).items()}
    p |= {"name": "bench", "seed": str(i), "n_parameters": "23466", "n_classes": "10",
          "model.layers": json.dumps(list(LAYERS)), "n_train": "1078", "n_val": "359",
          "n_test": "360", "steps_per_epoch": "2000"}
    return p


def dnnlab_tags(i: int) -> dict[str, str]:
    tags = {"dataset": "digits", "model_kind": "cnn", "task": "classification",
            "dnnlab_version": "0.1.0", "host": "bench", "device": "cpu",
            "mlflow.source.name": "dnnlab train"}
    if i % 3 == 0:
        tags["diagnosis.overfitting"] = "warning"
    if i % 7 == 0:
        tags["diagnosis.update_ratio_high"] = "critical"
    tags["diagnosis.summary"] = "; ".join(f"{k[10:]} ({v})" for k, v in tags.items()
                                          if k.startswith("diagnosis.")) or "healthy"
    return tags


def build_long_run(uri: str, steps: int) -> str:
    """One run of ``steps`` logged optimisation steps; returns its id."""
    client = MlflowClient(uri)
    exp = client.create_experiment("long-run")
    rng = np.random.default_rng(0)
    run = client.create_run(exp, run_name=f"{steps}-steps", tags=dnnlab_tags(1))
    rid = run.info.run_id
    params = dnnlab_params(rng)
    for chunk in _batches([Param(k, v) for k, v in params.items()], 100):
        client.log_batch(rid, params=chunk)
    ts = int(time.time() * 1000)
    epochs = 100
    spe = steps // epochs
    t = np.arange(1, steps + 1) / spe
    trend = 0.1 + 2.2 * np.exp(-t / 10)
    loss = trend * np.exp(rng.normal(0, 0.1, steps))
    metrics = [Metric("train/loss", float(v), ts, i + 1) for i, v in enumerate(loss)]
    every = np.arange(10, steps + 1, 10)
    metrics += [Metric("lr", 1e-3, ts, int(s)) for s in every]
    for j, name in enumerate(LAYERS):
        ratio = 1e-3 * (1 + j) * np.exp(rng.normal(0, 0.3, len(every)))
        grad = (1 + j) * np.sqrt(trend[every - 1]) * np.exp(rng.normal(0, 0.3, len(every)))
        metrics += [Metric(f"update_ratio/{name}", float(v), ts, int(s))
                    for s, v in zip(every, ratio, strict=True)]
        metrics += [Metric(f"grad_norm/{name}", float(v), ts, int(s))
                    for s, v in zip(every, grad, strict=True)]
    end = trend[spe - 1::spe]
    for e in range(1, epochs + 1):
        v = float(end[e - 1])
        metrics += [Metric(k, x, ts, e) for k, x in (
            ("train/epoch_loss", v), ("val/loss", v * 1.1 + 0.002 * e), ("train/accuracy",
                                                                           1 - v / 3),
            ("val/accuracy", 1 - v / 2.5), ("train/f1", 1 - v / 3), ("val/f1", 1 - v / 2.5),
            ("dead_relu/act1", 0.1), ("dead_relu/act2", 0.2), ("dead_relu/act_fc1", 0.3),
            ("epoch_time", 12.0))]
    metrics += [Metric(f"test/{k}", x, ts, epochs) for k, x in (("loss", 0.3), ("accuracy", 0.9))]
    started = time.time()
    _log(client, rid, metrics)
    print(f"  logged {len(metrics):,} metric points in {time.time() - started:.0f} s",
          flush=True)
    labels = [str(i) for i in range(10)]
    cm = (np.eye(10) * 30 + rng.integers(0, 3, (10, 10))).astype(int).tolist()
    client.log_dict(rid, {"split": "test", "labels": labels, "matrix": cm},
                    "confusion_matrix.json")
    fpr = np.linspace(0, 1, 50)
    rows = ["class,fpr,tpr,threshold"] + [f"{c},{f},{min(1.0, f ** 0.3)},{1 - f}"
                                          for c in labels for f in fpr]
    client.log_text(rid, "\n".join(rows), "roc_curve.csv")
    client.log_dict(rid, {"split": "test", "auc": {c: 0.95 for c in labels}}, "roc_auc.json")
    # the diagnosis dnnlab logs at the end of a run (computed here on the whole history)
    from dnnlab.runs import diagnose_run, log_diagnosis

    started = time.time()
    log_diagnosis(client, rid, diagnose_run(client, rid))
    print(f"  diagnosed the full history in {time.time() - started:.0f} s (logged once)",
          flush=True)
    client.set_terminated(rid)
    return rid


def build_many_runs(uri: str, n: int) -> None:
    client = MlflowClient(uri)
    exps = [client.create_experiment(f"exp-{k}") for k in range(5)]
    rng = np.random.default_rng(1)
    ts = int(time.time() * 1000)
    started = time.time()
    for i in range(n):
        run = client.create_run(exps[i % len(exps)], run_name=f"bench-{i}",
                                tags=dnnlab_tags(i))
        params = [Param(k, v) for k, v in dnnlab_params(rng, i).items()]
        metrics = [Metric(k, float(rng.uniform(0, 1)), ts, 100) for k in EPOCH_KEYS]
        metrics += [Metric(f"test/{k}", float(rng.uniform(0, 1)), ts, 100)
                    for k in ("loss", "accuracy", "f1", "roc_auc", "precision", "recall")]
        metrics += [Metric(f"{k}/{layer}", float(rng.uniform(0, 1e-2)), ts, 200_000)
                    for k in ("update_ratio", "grad_norm") for layer in LAYERS]
        metrics += [Metric(k, float(rng.uniform(0, 1)), ts, 200_000) for k in
                    ("train/loss", "lr")] + [Metric(f"train/{k}", 0.5, ts, 100) for k in
                                             ("precision", "recall", "specificity", "fpr",
                                              "roc_auc", "error_rate")]
        for chunk in _batches(params, 100):
            client.log_batch(run.info.run_id, params=chunk)
        client.log_batch(run.info.run_id, metrics=metrics)
        client.set_terminated(run.info.run_id)
        if (i + 1) % 200 == 0:
            print(f"  {i + 1} runs ({time.time() - started:.0f} s)", flush=True)


def timed_page(page: str | None, query: dict[str, str], repeats: int, cold: str
               ) -> list[tuple[float, float]]:
    """Wall and CPU seconds per render of one dashboard page. ``cold``: "start" clears every
    cache (the MlflowClient and its database engine too: the first view after the server
    starts), "data" the data caches (a page not seen yet), "" none (a page seen before)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    out = []
    for _ in range(repeats):
        at = AppTest.from_file(str(ROOT / "dashboards" / "app.py"), default_timeout=300)
        at.run()
        if page:
            at.switch_page(page)
            for k, v in query.items():
                at.query_params[k] = v
        if cold:
            st.cache_data.clear()
        if cold == "start":
            st.cache_resource.clear()
        started, cpu = time.perf_counter(), time.process_time()
        at.run()
        out.append((time.perf_counter() - started, time.process_time() - cpu))
        if at.exception:
            raise RuntimeError(at.exception[0].value)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", default="/tmp/dnnlab-bench")
    parser.add_argument("--steps", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)
    long_uri = f"sqlite:///{folder}/long-{args.steps}.db"
    many_uri = f"sqlite:///{folder}/many-{args.runs}.db"
    marker = folder / f"long-{args.steps}.run_id"
    if not marker.exists():
        print(f"building a run of {args.steps:,} steps in {long_uri} ...", flush=True)
        marker.write_text(build_long_run(long_uri, args.steps))
    run_id = marker.read_text().strip()
    if not (folder / f"many-{args.runs}.done").exists():
        print(f"building a store of {args.runs:,} runs in {many_uri} ...", flush=True)
        build_many_runs(many_uri, args.runs)
        (folder / f"many-{args.runs}.done").write_text("ok")

    import logging

    from dashboards import common

    for name in ("streamlit", "mlflow", "alembic"):
        logging.getLogger(name).setLevel(logging.ERROR)
    rows = []
    kinds = {"start": "first view after the server starts", "data": "first view",
             "": "repeat view (cached)"}
    os.environ["MLFLOW_TRACKING_URI"] = long_uri
    timed_page(common.RUN_PAGE, {"run": run_id}, 1, cold="start")  # imports, warm-up
    for cold, label in kinds.items():
        t = timed_page(common.RUN_PAGE, {"run": run_id}, args.repeats, cold)
        rows.append((f"Run page, {args.steps:,} logged steps", label, t))
    os.environ["MLFLOW_TRACKING_URI"] = many_uri
    timed_page(None, {}, 1, cold="start")
    for cold, label in kinds.items():
        t = timed_page(None, {}, args.repeats, cold)
        rows.append((f"Runs page, store of {args.runs:,} runs (100 per page)", label, t))
    rows.append((f"Runs page, all {args.runs:,} runs on one page", kinds["data"],
                 _all_runs_page(args.repeats)))
    print()
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print("| page | view | wall median (s) | wall best (s) | CPU median (s) |")
    print("|---|---|---|---|---|")
    for name, kind, times in rows:
        wall, cpu = [t[0] for t in times], [t[1] for t in times]
        print(f"| {name} | {kind} | {statistics.median(wall):.2f} | {min(wall):.2f} | "
              f"{statistics.median(cpu):.2f} |")


def _all_runs_page(repeats: int) -> list[float]:
    """The Runs page with 'Runs per page' set to 1000 (for reference: MLflow's search_runs
    cost grows with the runs returned)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    out = []
    for _ in range(repeats):
        at = AppTest.from_file(str(ROOT / "dashboards" / "app.py"), default_timeout=300)
        at.run()
        st.cache_data.clear()
        at.selectbox(key="f_size").set_value(1000)
        started, cpu = time.perf_counter(), time.process_time()
        at.run()
        out.append((time.perf_counter() - started, time.process_time() - cpu))
        assert not at.exception and len(at.dataframe[0].value) == 1000
    return out


if __name__ == "__main__":
    main()
