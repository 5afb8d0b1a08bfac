"""The diagnosis bank's tuned part (the cases the thresholds were tuned on): every labelled fault
really trained, logged to MLflow on SQLite and read back from the store; every expected finding
found, nothing raised on healthy runs."""

from __future__ import annotations

import time

import pandas as pd
import pytest

from benchmarks.diagnosis_bank import Case, run_bank, score
from benchmarks.diagnosis_bank.tuned import CASES
from dnnlab.config import load_config_dict
from dnnlab.diagnose import CODES

EXPECTED_CODES = sorted({c for case in CASES for c in case.expect}, key=CODES.index)


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> tuple[pd.DataFrame, float]:
    uri = f"sqlite:///{tmp_path_factory.mktemp('bank')}/mlflow.db"
    t0 = time.perf_counter()
    df = run_bank(uri)
    return df, time.perf_counter() - t0


def _show(df: pd.DataFrame) -> str:
    cols = ["case", "expect", "found", "missed", "false_alarms", "summary"]
    return "\n" + df[cols].to_string()


def test_bank_is_big_enough_and_every_case_is_a_valid_experiment_file() -> None:
    assert len(CASES) >= 20 and sum(c.healthy for c in CASES) >= 4
    assert len({c.name for c in CASES}) == len(CASES)
    for case in CASES:
        load_config_dict(case.experiment("sqlite:///unused.db"), source=case.name)
        assert case.healthy or case.fault, case.name
        assert not case.allow or case.why_allowed, case.name


def test_every_case_ran_and_its_diagnosis_is_in_the_store(bank) -> None:
    df, seconds = bank
    assert len(df) == len(CASES)
    assert df["run_id"].str.fullmatch(r"[0-9a-f]{32}").all()
    # the diagnosis.<code> tags say exactly what diagnosis.json says
    assert df["tags_match_json"].all(), _show(df[~df["tags_match_json"]])
    print(f"bank: {len(df)} runs in {seconds:.1f} s")


@pytest.mark.parametrize("code", EXPECTED_CODES)
def test_recall_is_one_for_every_expected_code(bank, code: str) -> None:
    df, _ = bank
    table = score(df)
    assert table.loc[code, "cases"] >= 1
    missed = df[df["missed"].map(lambda m: code in m)]
    assert table.loc[code, "recall"] == 1.0, _show(missed)


def test_no_warning_or_critical_finding_on_healthy_runs(bank) -> None:
    df, _ = bank
    healthy = df[df["healthy"]]
    assert len(healthy) >= 4
    noisy = healthy[healthy["warning_or_worse"].map(bool)]
    assert noisy.empty, _show(noisy)
    assert score(df).attrs["healthy_false_alarms"] == 0


def test_faulty_runs_raise_no_finding_beyond_the_fault_and_its_allowed_effects(bank) -> None:
    df, _ = bank
    wrong = df[df["false_alarms"].map(bool)]
    assert wrong.empty, _show(wrong)
    table = score(df)
    flagged = table[table["flagged"] > 0]  # codes seen only as allowed side effects have no
    assert (flagged["precision"] == 1.0).all()  # precision to speak of


def test_score_counts_hits_misses_and_false_alarms() -> None:
    df = pd.DataFrame([
        {"expect": ["divergence"], "found": ["divergence", "dead_relu"], "allow": ["dead_relu"],
         "false_alarms": [], "healthy": False, "warning_or_worse": ["divergence", "dead_relu"]},
        {"expect": ["divergence"], "found": [], "allow": [], "false_alarms": [],
         "healthy": False, "warning_or_worse": []},
        {"expect": [], "found": ["overfitting"], "allow": [], "false_alarms": ["overfitting"],
         "healthy": True, "warning_or_worse": ["overfitting"]},
        {"expect": [], "found": ["not_converged"], "allow": [],
         "false_alarms": ["not_converged"], "healthy": True, "warning_or_worse": []},
    ])
    t = score(df)
    assert t.loc["divergence"].to_dict() == {"cases": 2, "hits": 1, "recall": 0.5, "flagged": 1,
                                            "false": 0, "precision": 1.0, "allowed": 0}
    assert t.loc["overfitting", "precision"] == 0.0 and pd.isna(t.loc["overfitting", "recall"])
    # an allowed side effect is neither a hit nor an alarm
    assert t.loc["dead_relu", ["hits", "flagged", "allowed"]].tolist() == [0, 0, 1]
    assert t.attrs == {"healthy_runs": 2, "healthy_false_alarms": 1,
                       "healthy_false_alarm_rate": 0.5}


def test_case_labels_are_checked() -> None:
    with pytest.raises(ValueError, match="unknown finding code"):
        Case("x", "y", {}, expect=("exploding",))
    with pytest.raises(ValueError, match="both expected and allowed"):
        Case("x", "y", {}, expect=("dead_relu",), allow=("dead_relu",))
