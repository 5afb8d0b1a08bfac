"""How good and how fast the diagnosis is: the labelled bank, then a 100,000-step history.

1. Trains every case of ``dnnlab.diagnose.bank`` (faults injected through the experiment file,
   plus healthy runs) with the real runner into an MLflow store (a throw-away SQLite file
   unless ``--tracking-uri`` is given), reads each diagnosis back from the store
   (``diagnosis.json`` and the ``diagnosis.<code>`` tags) and prints one row per run, then
   precision and recall per finding code and the false alarms on healthy runs.
2. Times ``diagnose`` on the 100,000-step history of ``benchmarks/diagnosis_speed.py``
   (1,000,000 rows: per-step loss, lr, update ratios and gradient norms of 4 layers, plus 100
   epochs of per-epoch metrics).

Usage: python benchmarks/diagnosis.py [--seeds 0 1 2] [--steps 100000] [--repeats 5]
       [--tracking-uri URI] [--skip-bank]
Output is Markdown, ready for the README.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")

from diagnosis_speed import build_history, timed  # noqa: E402

from dnnlab.diagnose import diagnose  # noqa: E402
from dnnlab.diagnose.bank import CASES, run_bank, score  # noqa: E402


def _codes(codes: list[str]) -> str:
    return ", ".join(codes) if codes else "-"


def bank_report(uri: str, seeds: list[int]) -> None:
    frames = []
    for seed in seeds:
        print(f"\n### Bank, seed {seed}: {len(CASES)} runs "
              f"({sum(c.healthy for c in CASES)} healthy)\n", flush=True)
        print("| case | expected | found (warning+, not_converged info+) | missed | false alarm "
              "| s |")
        print("|---|---|---|---|---|---|")
        t0 = time.perf_counter()

        def row(r: dict) -> None:
            print(f"| {r['case']} | {_codes(r['expect'])} | {_codes(r['found'])} | "
                  f"{_codes(r['missed'])} | {_codes(r['false_alarms'])} | {r['seconds']:.1f} |",
                  flush=True)

        frames.append(run_bank(uri, seed=seed, progress=row))
        print(f"\nbank trained and diagnosed in {time.perf_counter() - t0:.0f} s "
              f"({os.cpu_count()} CPUs)")
    df = pd.concat(frames, ignore_index=True)
    table = score(df)
    runs = f"{len(df)} runs" + (f" (seeds {', '.join(map(str, seeds))})" if len(seeds) > 1
                                else "")
    print(f"\n### Precision and recall per code, {runs}\n")
    print("| code | runs with the fault | found | recall | flagged | false alarms | precision "
          "| allowed side effect |")
    print("|---|---|---|---|---|---|---|---|")
    for r in table.itertuples():
        rec = "-" if pd.isna(r.recall) else f"{r.recall:.2f}"
        prec = "-" if pd.isna(r.precision) else f"{r.precision:.2f}"
        print(f"| `{r.Index}` | {r.cases} | {r.hits} | {rec} | {r.flagged} | {r.false} | "
              f"{prec} | {r.allowed} |")
    a = table.attrs
    print(f"\nHealthy runs with a warning or critical finding: {a['healthy_false_alarms']} of "
          f"{a['healthy_runs']}")
    print(f"Faulty runs with a finding beyond their fault and its allowed effects: "
          f"{int(df[~df['healthy']]['false_alarms'].map(bool).sum())} of "
          f"{int((~df['healthy']).sum())}")
    print(f"Stored tags agree with diagnosis.json: {int(df['tags_match_json'].sum())} of "
          f"{len(df)}")


def speed_report(steps: int, repeats: int) -> None:
    hist, meta = build_history(steps)
    diagnose(hist, meta)  # warm-up
    times = timed(lambda: diagnose(hist, meta), repeats)
    print(f"\n### Speed\n\n`diagnose` on a {steps:,}-step history ({len(hist):,} rows, "
          f"{hist['key'].nunique()} metrics): best {min(times):.3f} s, median "
          f"{statistics.median(times):.3f} s over {repeats} repeats")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[0])
    ap.add_argument("--steps", type=int, default=100_000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--tracking-uri", default=None)
    ap.add_argument("--skip-bank", action="store_true", help="only time the diagnosis")
    args = ap.parse_args()
    logging.getLogger("mlflow").setLevel(logging.ERROR)
    if not args.skip_bank:
        with tempfile.TemporaryDirectory() as tmp:
            bank_report(args.tracking_uri or f"sqlite:///{tmp}/bank.db", args.seeds)
    speed_report(args.steps, args.repeats)


if __name__ == "__main__":
    main()
