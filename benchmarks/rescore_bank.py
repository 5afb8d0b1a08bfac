"""Diagnose stored bank runs again with today's code: recall and healthy false alarms per part.

``benchmarks/diagnosis.py`` trains each case and scores the diagnosis stored with it, the code of
that day. This reads stores it (or an earlier run of it) left, diagnoses every run named after a
bank case again with the code on ``sys.path`` (``dnnlab.runs.diagnose_run``, the CLI's function)
and prints per part: recall over the expected findings (warning and worse, ``not_converged`` at
info and worse, as :func:`benchmarks.diagnosis_bank.score` counts them), the healthy runs with
a warning or critical finding, the runs read, then the totals and every missed finding.

Usage: python benchmarks/rescore_bank.py STORE.db [STORE.db ...]
Output is Markdown; a store with no bank run adds nothing. Exits 0 whenever it could read.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.diagnosis_bank import PARTS  # noqa: E402
from benchmarks.diagnosis_bank._machinery import _found  # noqa: E402


def _order(part: str) -> tuple[int, int | str]:
    digits = part[len("heldout"):]
    return (0, -int(digits)) if part.startswith("heldout") and digits.isdigit() else (1, part)


def rescore(stores: list[str]) -> tuple[dict[str, list[int]], dict[str, list[str]]]:
    """``{part: [hits, expected, healthy with a warning, healthy, runs]}`` and the missed
    ``case:code`` of each part, over every run of ``stores`` named after a bank case."""
    from mlflow import MlflowClient

    from dnnlab.runs import diagnose_run

    case_of = {c.name: (part, c) for part, cases in PARTS.items() for c in cases}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    missed: dict[str, list[str]] = defaultdict(list)
    for store in stores:
        client = MlflowClient(f"sqlite:///{Path(store).resolve()}")
        experiments = [e.experiment_id for e in client.search_experiments()]
        for run in client.search_runs(experiments, max_results=50_000):
            found = case_of.get(run.info.run_name)
            if found is None:
                continue
            part, case = found
            codes = {f.code: f.severity for f in diagnose_run(client, run.info.run_id).findings}
            c = counts[part]
            c[4] += 1
            for code in case.expect:
                c[1] += 1
                if code in codes and _found(codes[code], code):
                    c[0] += 1
                else:
                    missed[part].append(f"{case.name}:{code}")
            if case.healthy:
                c[3] += 1
                c[2] += any(s in ("warning", "critical") for s in codes.values())
    return dict(counts), dict(missed)


def main(argv: list[str]) -> int:
    if not argv or any(a.startswith("-") for a in argv):
        print(__doc__.strip().splitlines()[-2])
        return 2
    counts, missed = rescore(argv)
    print("| part | recall | healthy with a warning | runs |\n|---|---|---|---|")
    total = [0, 0, 0, 0, 0]
    for part in sorted(counts, key=_order):
        hits, expected, warned, healthy, runs = counts[part]
        total = [a + b for a, b in zip(total, counts[part], strict=True)]
        recall = f"{hits / expected:.2f} ({hits}/{expected})" if expected else "-"
        print(f"| {part} | {recall} | {warned}/{healthy} | {runs} |")
    hits, expected, warned, healthy, runs = total
    if expected:
        print(f"\nIn all: {hits} of {expected} expected findings ({hits / expected:.3f}), "
              f"{warned} of {healthy} healthy runs with a warning, {runs} runs.")
    for part in sorted(missed, key=_order):
        print(f"- {part} missed: {', '.join(missed[part])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
