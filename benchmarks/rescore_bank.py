"""Diagnose stored bank runs again with today's code: recall and healthy false alarms per part.

``benchmarks/diagnosis.py`` trains each case and scores the diagnosis stored with it, the code of
that day. This reads stores it (or an earlier run of it) left, diagnoses every run named after a
bank case again with the code on ``sys.path`` (``dnnlab.runs.diagnose_run``, the CLI's function)
and prints per part, through :func:`benchmarks.diagnosis_bank.score` (the scoring
``benchmarks/diagnosis.py`` uses): recall over the expected findings (warning and worse,
``not_converged`` at info and worse), the healthy runs with a warning or critical finding, the
runs read, then the totals and every missed finding.

Usage: python benchmarks/rescore_bank.py STORE.db [STORE.db ...]
Output is Markdown; a store with no bank run adds nothing. Exits 0 whenever it could read.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.diagnosis_bank import PARTS, judge, score  # noqa: E402


def _order(part: str) -> tuple[int, int | str]:
    digits = part[len("heldout"):]
    return (0, -int(digits)) if part.startswith("heldout") and digits.isdigit() else (1, part)


def rescore(stores: list[str]) -> dict[str, pd.DataFrame]:
    """One table a part, a row a stored run named after one of its cases: the case's labels and
    :func:`~benchmarks.diagnosis_bank.judge` of its findings diagnosed again now,
    the rows :func:`~benchmarks.diagnosis_bank.score` reads."""
    from mlflow import MlflowClient

    from dnnlab.runs import diagnose_run

    case_of = {c.name: (part, c) for part, cases in PARTS.items() for c in cases}
    rows: dict[str, list[dict]] = defaultdict(list)
    for store in stores:
        client = MlflowClient(f"sqlite:///{Path(store).resolve()}")
        experiments = [e.experiment_id for e in client.search_experiments()]
        for run in client.search_runs(experiments, max_results=50_000):
            found = case_of.get(run.info.run_name)
            if found is None:
                continue
            part, case = found
            d = diagnose_run(client, run.info.run_id)
            rows[part].append({"case": case.name, "healthy": case.healthy,
                               "expect": list(case.expect), "allow": list(case.allow),
                               "verdict": case.verdict, "verdict_found": d.verdict,
                               **judge(case, {f.code: f.severity for f in d.findings})})
    return {part: pd.DataFrame(r) for part, r in rows.items()}


def main(argv: list[str]) -> int:
    if not argv or any(a.startswith("-") for a in argv):
        print(__doc__.strip().splitlines()[-2])
        return 2
    tables = rescore(argv)
    print("| part | recall | healthy with a warning | runs |\n|---|---|---|---|")
    hits = expected = warned = healthy = runs = 0
    for part in sorted(tables, key=_order):
        df, scores = tables[part], score(tables[part])
        h, e = int(scores["hits"].sum()), int(scores["cases"].sum())
        w, n = scores.attrs["healthy_false_alarms"], scores.attrs["healthy_runs"]
        hits, expected, warned, healthy, runs = (hits + h, expected + e, warned + w,
                                                 healthy + n, runs + len(df))
        recall = f"{h / e:.2f} ({h}/{e})" if e else "-"
        print(f"| {part} | {recall} | {w}/{n} | {len(df)} |")
    if expected:
        print(f"\nIn all: {hits} of {expected} expected findings ({hits / expected:.3f}), "
              f"{warned} of {healthy} healthy runs with a warning, {runs} runs.")
    for part in sorted(tables, key=_order):
        missed = [f"{c}:{code}" for c, m in zip(tables[part]["case"], tables[part]["missed"],
                                                strict=True) for code in m]
        if missed:
            print(f"- {part} missed: {', '.join(missed)}")
    return 0

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
