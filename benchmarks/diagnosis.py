"""How good and how fast the diagnosis is: the labelled bank part by part, then a long history.

1. Trains the cases of ``benchmarks.diagnosis_bank`` part by part (faults injected through the
   experiment file or trained by scripts that log like Lightning, Hugging Face Trainer, Keras or
   TensorBoard, plus healthy runs) into an MLflow store (a throw-away SQLite file unless
   ``--tracking-uri`` is given), reads each diagnosis back from the store (``diagnosis.json`` and
   the ``diagnosis.<code>`` tags) and prints, per part: one row per run, precision and recall
   per finding code, the healthy false-alarm rate, the verdict accuracy and the cases that could
   not run yet. The parts, newest first (``benchmarks.diagnosis_bank.PARTS``):

   * ``heldoutN`` down to ``heldout3``: the fresh parts, each written and labelled (by
     someone who saw no diagnosis of its runs) before any change is measured on it;
     its module's docstring says when, beside which parts and what it trains;
   * ``heldout2``: the second held-out part, written in session 3 before any threshold change;
     it was measured and looked at, so it no longer counts as unseen;
   * ``heldout``: the first held-out part; it was looked at and fixed against, so it now counts
     as tuned-on;
   * ``healthy``: sound settings that train well (false alarms);
   * ``tuned``: the cases the thresholds were tuned on (their score flatters).
2. Times ``diagnose`` on the 100,000-step history of ``benchmarks/diagnosis_speed.py``
   (1,000,000 rows: per-step loss, lr, update ratios and gradient norms of 4 layers, plus 100
   epochs of per-epoch metrics).

Usage: python benchmarks/diagnosis.py [--parts PART [PART ...]] [--cases CASE [CASE ...]]
       [--seeds 0 1 2] [--steps 100000] [--repeats 5] [--tracking-uri URI] [--skip-bank]
       [--skip-speed]
Output is Markdown, ready for the README. Poor scores are reported, never an error: the script
exits 0 whenever it could run.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")

from diagnosis_speed import build_history, timed  # noqa: E402

from benchmarks.diagnosis_bank import PARTS, run_bank, score  # noqa: E402
from dnnlab.diagnose import diagnose  # noqa: E402

ORDER = tuple(PARTS)  # newest first
# the parts whose standing is not their docstring's first line; fresh parts: _title()
TITLES = {
    "heldout2": "Second held-out part (written in session 3 before any threshold change; "
                "measured and looked at since)",
    "heldout": "First held-out part (looked at and fixed against: now counts as tuned-on)",
    "healthy": "Healthy runs (sound settings that train well)",
    "tuned": "Tuned cases (the thresholds were tuned on these)",
}


def _title(part: str) -> str:
    """A part's heading: :data:`TITLES`, or the first line of a fresh part's module docstring
    ("The two-hundred-and-ninth held-out part of the diagnosis bank: fresh faults, healthy
    runs"), which says which one it is; the rest of the docstring says when it was written."""
    if part in TITLES:
        return TITLES[part]
    doc = (sys.modules[f"benchmarks.diagnosis_bank.{part}"].__doc__ or part).strip()
    first = doc.splitlines()[0].rstrip(".")
    return f"{first[0].upper()}{first[1:]} ({part})"


def _codes(codes: list[str]) -> str:
    return ", ".join(codes) if codes else "-"


def _num(x: float) -> str:
    return "-" if pd.isna(x) else f"{x:.2f}"


def _row(r: dict) -> None:
    if r["status"] == "error":
        print(f"| {r['case']} | {r['tool']} | {_codes(r['expect'])} | not run | - | - | "
              f"{r['verdict'] or '-'} | - | {r['seconds']:.1f} |", flush=True)
        return
    found = _codes(r["found"])
    if r.get("step_ok") is not None:
        found += f" (step {r['expect_step']} named: {'yes' if r['step_ok'] else 'no'})"
    print(f"| {r['case']} | {r['tool']} | {_codes(r['expect'])} | {found} | "
          f"{_codes(r['missed'])} | {_codes(r['false_alarms'])} | {r['verdict'] or '-'} | "
          f"{r['verdict_found'] or '-'} | {r['seconds']:.1f} |", flush=True)


def run_part(part: str, uri: str, seeds: list[int],
             only: set[str] | None = None) -> pd.DataFrame:
    cases = [c for c in PARTS[part] if only is None or c.name in only]
    frames = []
    for seed in seeds:
        print(f"\n### {_title(part)}, seed {seed}: {len(cases)} runs "
              f"({sum(c.healthy for c in cases)} healthy, {sum(c.is_script for c in cases)} "
              "from other tools)\n", flush=True)
        print("| case | tool | expected | found (warning+, not_converged info+) | missed | "
              "false alarm | verdict expected | verdict given | s |")
        print("|---|---|---|---|---|---|---|---|---|")
        t0 = time.perf_counter()
        frames.append(run_bank(uri, cases, seed=seed, progress=_row))
        print(f"\n{part}: trained and diagnosed in {time.perf_counter() - t0:.0f} s "
              f"({os.cpu_count()} CPUs)")
    return pd.concat(frames, ignore_index=True)


def report_part(part: str, df: pd.DataFrame, seeds: list[int]) -> dict:
    table = score(df)
    ran = df[df["status"] != "error"]
    runs = f"{len(ran)} runs" + (f" (seeds {', '.join(map(str, seeds))})" if len(seeds) > 1
                                 else "")
    print(f"\n### {part}: precision and recall per code, {runs}\n")
    print("| code | runs with the fault | found | recall | flagged | false alarms | precision "
          "| allowed side effect |")
    print("|---|---|---|---|---|---|---|---|")
    for r in table.itertuples():
        print(f"| `{r.Index}` | {r.cases} | {r.hits} | {_num(r.recall)} | {r.flagged} | "
              f"{r.false} | {_num(r.precision)} | {r.allowed} |")
    a = table.attrs
    faulty = ran[~ran["healthy"]]
    hits, cases, flagged = (int(table[c].sum()) for c in ("hits", "cases", "flagged"))
    recall = hits / cases if cases else float("nan")
    precision = hits / flagged if flagged else float("nan")
    given = int(ran["verdict_found"].notna().sum())
    print()
    print(f"- Recall over all expected findings: {hits} of {cases} ({_num(recall)}); "
          f"precision over all flagged findings: {hits} of {flagged} ({_num(precision)})")
    rate = a["healthy_false_alarm_rate"]
    print(f"- Healthy runs with a warning or critical finding: {a['healthy_false_alarms']} of "
          f"{a['healthy_runs']}" + ("" if pd.isna(rate) else f" (false-alarm rate {rate:.2f})"))
    print(f"- Faulty runs with a finding beyond their fault and its allowed effects: "
          f"{int(faulty['false_alarms'].map(bool).sum())} of {len(faulty)}")
    print(f"- Verdict accuracy: {a['verdict_correct']} of {a['verdict_cases']} "
          f"({_num(a['verdict_accuracy'])})" + ("" if given else
                                                 "; the diagnosis gives no verdict yet"))
    steps = ran[ran["expect_step"].notna()]
    if len(steps):
        named = int(steps["step_ok"].map(lambda v: v is True).sum())
        print(f"- Evidence names the expected step: {named} of {len(steps)}")
    print(f"- Stored tags agree with diagnosis.json: {int(ran['tags_match_json'].sum())} of "
          f"{len(ran)}")
    not_run = df[df["status"] == "error"]
    if len(not_run):
        print(f"\nCases that could not run yet ({len(not_run)}):\n")
        for r in not_run.itertuples():
            print(f"- {r.case} (seed {r.seed}): {r.error}")
    return {"part": part, "runs": len(ran), "not run": len(not_run), "recall": recall,
            "precision": precision, "healthy false alarms":
            f"{a['healthy_false_alarms']}/{a['healthy_runs']}",
            "verdict accuracy": a["verdict_accuracy"]}


def bank_report(uri: str, parts: list[str], seeds: list[int],
                only: set[str] | None = None) -> None:
    summary = []
    t0 = time.perf_counter()
    for part in parts:
        df = run_part(part, uri, seeds, only)
        summary.append(report_part(part, df, seeds))
    print(f"\n### Summary ({time.perf_counter() - t0:.0f} s)\n")
    print("| part | runs | not run | recall | precision | healthy false alarms | "
          "verdict accuracy |")
    print("|---|---|---|---|---|---|---|")
    for s in summary:
        print(f"| {s['part']} | {s['runs']} | {s['not run']} | {_num(s['recall'])} | "
              f"{_num(s['precision'])} | {s['healthy false alarms']} | "
              f"{_num(s['verdict accuracy'])} |")


def speed_report(steps: int, repeats: int) -> None:
    hist, meta = build_history(steps)
    diagnose(hist, meta)  # warm-up
    times = timed(lambda: diagnose(hist, meta), repeats)
    print(f"\n### Speed\n\n`diagnose` on a {steps:,}-step history ({len(hist):,} rows, "
          f"{hist['key'].nunique()} metrics): best {min(times):.3f} s, median "
          f"{statistics.median(times):.3f} s over {repeats} repeats")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parts", nargs="+", choices=ORDER, default=list(ORDER), metavar="PART",
                    help="bank parts to run (reported in the order " + ", ".join(ORDER) + ")")
    ap.add_argument("--cases", nargs="+", metavar="CASE",
                    help="only these cases of the parts (by name), e.g. to rerun one")
    ap.add_argument("--seeds", type=int, nargs="+", default=[0])
    ap.add_argument("--steps", type=int, default=100_000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--tracking-uri", default=None)
    ap.add_argument("--skip-bank", action="store_true", help="only time the diagnosis")
    ap.add_argument("--skip-speed", action="store_true", help="only run the bank")
    args = ap.parse_args()
    logging.getLogger("mlflow").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore")
    parts = [p for p in ORDER if p in args.parts]
    only = set(args.cases) if args.cases else None
    if only is not None:
        known = {c.name for p in parts for c in PARTS[p]}
        if only - known:  # one line, exit 2, before anything is trained
            print(f"error: no case {', '.join(sorted(only - known))} in the parts "
                  f"{', '.join(parts)}: pick case names from benchmarks/diagnosis_bank",
                  file=sys.stderr)
            sys.exit(2)
        parts = [p for p in parts if any(c.name in only for c in PARTS[p])]
    if not args.skip_bank:
        with tempfile.TemporaryDirectory() as tmp:
            bank_report(args.tracking_uri or f"sqlite:///{tmp}/bank.db", parts, args.seeds,
                        only)
    if not args.skip_speed:
        speed_report(args.steps, args.repeats)


if __name__ == "__main__":
    main()
