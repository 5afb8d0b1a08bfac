"""Train cases of a diagnosis-bank part with no diagnosis, and print their logged metrics.

The tool a held-out part's writer labels from (``benchmarks/diagnosis_bank/writers_brief.md``):
runner cases are trained with ``diagnose.enabled`` false, script cases are called directly and
never diagnosed, so nothing here computes, stores or prints a finding. What it prints, per run:
the run's size params, every per-epoch series in full, every per-step series as its first and
last points, min, max, median and quarter means (the step loss also with its swing: the standard
deviation of its step-to-step change over its mean in the second half, and the share of its
within-epoch variance that its position in the epoch explains), and the test predictions per
class from the confusion matrix.

Usage: python benchmarks/train_without_diagnosis.py MODULE STORE_DIR [CASE_SUBSTRING ...]
  e.g. python benchmarks/train_without_diagnosis.py benchmarks.diagnosis_bank.heldout333 \\
       /tmp/h333/storeA h333_dead_relu
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")
os.environ["MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR"] = "false"

# the per-epoch classification metrics that only restate accuracy for a label
SKIP = {"error_rate", "f1", "fpr", "precision", "recall", "specificity", "roc_auc"}
STEP_LOSSES = ("train/loss", "loss", "train_loss", "train_loss_step", "train/loss_step")


def fmt(v: float) -> str:
    """A value in 4 significant digits; MLflow's stored 1.797e308 reads as infinite."""
    if math.isnan(v):
        return "nan"
    if math.isinf(v) or v > 1e300:
        return "inf" if v > 0 else "-inf"
    a = abs(v)
    return f"{v:.4g}" if a == 0 or 1e-3 <= a < 1e5 else f"{v:.3e}"


def position_share(values: list[float], steps_per_epoch: int) -> float | None:
    """Share of the step loss's within-epoch variance (second half of the epochs) that its
    position in the epoch explains: near 1 when every epoch repeats one profile (sorted data)."""
    import numpy as np

    n_ep = len(values) // steps_per_epoch
    if n_ep < 2 or steps_per_epoch < 4:
        return None
    a = np.array(values[: n_ep * steps_per_epoch], dtype=float)
    a = a.reshape(n_ep, steps_per_epoch)[n_ep // 2:]
    if not np.isfinite(a).all():
        return None
    d = a - a.mean(axis=1, keepdims=True)
    total = float((d ** 2).mean())
    return float((d.mean(axis=0) ** 2).mean() / total) if total > 0 else None


def series_line(key: str, steps: list[int], values: list[float], steps_per_epoch: int) -> str:
    import numpy as np

    head = f"  {key} ({len(values)} pts, steps {steps[0]}..{steps[-1]})"
    if len(values) <= 30:
        return f"{head}: " + " ".join(fmt(v) for v in values)
    arr = np.array(values, dtype=float)
    arr[arr > 1e300] = np.inf
    finite = arr[np.isfinite(arr)]
    quarters = " ".join(fmt(float(np.mean(q))) for q in np.array_split(arr, 4))
    line = (f"{head}: first {' '.join(fmt(v) for v in values[:4])}; last "
            f"{' '.join(fmt(v) for v in values[-3:])}")
    if finite.size:
        line += (f"; min {fmt(float(finite.min()))} max {fmt(float(finite.max()))} "
                 f"median {fmt(float(np.median(finite)))}")
    line += f"; quarter means {quarters}"
    bad = next((s for s, v in zip(steps, arr, strict=True) if not math.isfinite(v)), None)
    if bad is not None:
        line += f"; first non-finite at step {bad}"
    if key in STEP_LOSSES:
        half = finite[len(finite) // 2:]
        if half.size > 3 and float(np.mean(half)) > 0:
            swing = float(np.std(np.diff(half)) / np.mean(half))
            line += f"; swing (std of step change / mean, 2nd half) {fmt(swing)}"
        share = position_share(values, steps_per_epoch) if steps_per_epoch else None
        if share is not None:
            line += f"; position explains {share:.1%} of within-epoch variance (2nd half)"
    return line


def report(client: Any, run_id: str) -> list[str]:
    """The lines that describe a stored run's logged metrics (no diagnosis)."""
    import numpy as np

    run = client.get_run(run_id)
    params = run.data.params
    lines = [f"  status {run.info.status}; params: " + ", ".join(
        f"{k}={params[k]}" for k in ("n_classes", "task", "steps_per_epoch", "n_train", "n_val",
                                      "n_test") if k in params)]
    spe = int(params.get("steps_per_epoch", 0) or 0)
    for key in sorted(run.data.metrics):
        if key.startswith("system/") or key.split("/")[-1] in SKIP:
            continue
        hist = sorted(client.get_metric_history(run_id, key), key=lambda m: (m.step, m.timestamp))
        lines.append(series_line(key, [m.step for m in hist], [m.value for m in hist], spe))
    try:
        path = client.download_artifacts(run_id, "confusion_matrix.json")
        cm = np.array(json.loads(Path(path).read_text())["matrix"])
        pred = cm.sum(axis=0)
        lines.append(f"  test predictions per class {pred.tolist()} (largest share "
                     f"{pred.max() / max(pred.sum(), 1):.3f}); true per class "
                     f"{cm.sum(axis=1).tolist()}")
    except Exception:  # a script case logs no confusion matrix
        pass
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("module",
                    help="a bank part's module, e.g. benchmarks.diagnosis_bank.heldout333")
    ap.add_argument("store", help="a folder: the runs go to STORE/store.db")
    ap.add_argument("cases", nargs="*", help="train only cases whose name holds one of these")
    args = ap.parse_args(argv)
    try:
        mod = importlib.import_module(args.module)
    except ImportError as err:
        print(f"error: cannot import {args.module} ({err}); give a module path such as "
              f"benchmarks.diagnosis_bank.heldout333", file=sys.stderr)
        return 2
    cases = [c for c in mod.CASES if not args.cases or any(s in c.name for s in args.cases)]
    if not cases:
        print(f"error: no case of {args.module} matches {args.cases}; give part of a case name",
              file=sys.stderr)
        return 2
    import torch
    from mlflow import MlflowClient

    from dnnlab.config import load_config_dict
    from dnnlab.runner import run_experiment
    from dnnlab.tracking import use_tracking_uri

    torch.set_num_threads(1)
    Path(args.store).mkdir(parents=True, exist_ok=True)
    uri = f"sqlite:///{Path(args.store).resolve()}/store.db"
    client = MlflowClient(uri)
    for case in cases:
        t0 = time.perf_counter()
        kind = f"script {case.tool}" if case.is_script else "runner"
        print(f"== {case.name} ({kind})", flush=True)
        try:
            if case.is_script:
                with use_tracking_uri(uri):
                    run_id = case.script(uri, 0)
                client.set_tag(run_id, "mlflow.runName", case.name)
            else:
                raw = case.experiment(uri)
                raw["diagnose"] = {**raw.get("diagnose", {}), "enabled": False}
                run_id = run_experiment(load_config_dict(raw, source=case.name),
                                        tracking_uri=uri).run_id
        except Exception as err:  # report the case and go on with the others
            print(f"  ERROR {type(err).__name__}: {err}")
            continue
        print(f"  run {run_id} in {time.perf_counter() - t0:.1f} s")
        print("\n".join(report(client, run_id)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
