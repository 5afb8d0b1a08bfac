"""The comparison report as pure functions on hand-made seeds: ranking, the noise test, failed
seeds, verdicts, the rendered table and the legend labels (no MLflow)."""

from __future__ import annotations

import json
import math

import pytest

from dnnlab.experiment import (
    Comparison,
    SeedResult,
    VariantResult,
    build_comparison,
    differing_params,
    legend_labels,
)


def variant(name: str, values: list[float | None], verdict: str = "healthy",
            findings: tuple[str, ...] = (), **metrics: float) -> VariantResult:
    seeds = []
    for seed, v in enumerate(values):
        if v is None:
            seeds.append(SeedResult(seed, f"{name}{seed}", "FAILED", {"val/loss": math.nan}))
        else:
            seeds.append(SeedResult(seed, f"{name}{seed}", "FINISHED",
                                    {"val/loss": v, "val/accuracy": 1 - v, "epoch_time": 0.5,
                                     "grad_norm/fc1": 0.01, "grad_norm/out": 1.0, **metrics},
                                    best_epoch=3 + seed, verdict=verdict, findings=findings,
                                    steps_per_epoch=34, layers=["fc1", "out"]))
    return VariantResult(name, f"run-{name}", seeds, {"optim.lr": 0.1})


def rows(c: Comparison) -> dict:
    return {r.variant: r for r in c.rows}


def test_overlapping_seeds_are_within_noise_and_a_consistent_gap_is_worse():
    c = build_comparison([variant("a", [0.30, 0.50, 0.40]),  # seeds overlap with b's
                          variant("b", [0.32, 0.45, 0.47]),
                          variant("c", [0.90, 1.05, 0.97])], "val/loss", "min")
    r = rows(c)
    assert c.best_variant == "a" and r["a"].vs_best == "best"
    assert r["b"].vs_best == "within noise" and r["b"].p_value > 0.05
    assert r["c"].vs_best == "worse" and r["c"].p_value < 0.05
    assert r["a"].mean == pytest.approx(0.4) and r["a"].std == pytest.approx(0.0816, abs=1e-4)


def test_a_consistent_gap_smaller_than_the_seed_spread_is_still_noise():
    # b is always 0.01 above a (the paired test alone would call it), but seeds move by 0.2
    c = build_comparison([variant("a", [0.2, 0.4, 0.6]), variant("b", [0.21, 0.41, 0.615])],
                         "val/loss", "min")
    assert rows(c)["b"].p_value < 0.05 and rows(c)["b"].vs_best == "within noise"


def test_maximised_metric_picks_the_highest_mean():
    c = build_comparison([variant("a", [0.3, 0.31]), variant("b", [0.1, 0.12])],
                         "val/accuracy", "max")
    assert c.best_variant == "b"  # accuracy = 1 - loss: b (0.89) above a (0.695)
    assert rows(c)["b"].mean == pytest.approx(0.89)


def test_failed_seeds_are_counted_and_left_out_of_the_mean():
    c = build_comparison([variant("a", [0.3, None, 0.5]), variant("b", [None, None]),
                          variant("c", [0.35, 0.6, 0.45])], "val/loss", "min")
    r = rows(c)
    assert r["a"].failed == 1 and r["a"].failed_seeds == [1] and r["a"].values[1] is None
    assert r["a"].mean == pytest.approx(0.4)
    assert r["a"].verdict == "healthy (2/3)"
    assert r["b"].vs_best == "failed" and r["b"].verdict == "failed" and math.isnan(r["b"].mean)
    assert c.best_variant == "a"
    # c against a: only the seeds both finished are paired (0 and 2)
    assert r["c"].vs_best == "within noise"
    titles, cells = c.table()
    assert cells[0][titles.index("seeds")] == "2/3 (failed: seed 1)"
    assert cells[1][titles.index("val/loss mean ± std")] == "-"


def test_one_seed_is_not_tested():
    c = build_comparison([variant("a", [0.3]), variant("b", [0.9])], "val/loss", "min")
    assert rows(c)["b"].vs_best == "untested (1 seed)" and rows(c)["b"].p_value is None


def test_verdict_tie_reports_the_worse_and_findings_seen_in_half_the_seeds():
    v = variant("a", [0.3, 0.4], verdict="healthy", findings=("overfitting",))
    v.seeds[1].verdict = "generalisation_problem"
    v.seeds[0].findings = ("overfitting", "not_converged")
    r = build_comparison([v], "val/loss", "min").rows[0]
    assert r.verdict == "generalisation_problem (1/2)"
    assert r.findings[0] == "overfitting" and "not_converged" in r.findings


def test_the_row_carries_time_updates_gradient_ratio_and_best_epoch():
    r = build_comparison([variant("a", [0.3, 0.4, 0.5])], "val/loss", "min").rows[0]
    assert r.epoch_time == 0.5 and r.updates_per_epoch == 34
    v = variant("b", [0.3, 0.4])
    v.seeds[0].epoch_times, v.seeds[1].epoch_times = [1.0, 3.0], [2.0]
    assert build_comparison([v], "val/loss", "min").rows[0].epoch_time == 2.0  # all epochs
    assert r.grad_ratio == pytest.approx(0.01)
    assert r.best_epoch == 4  # the median of 3, 4, 5
    assert r.key_metrics == {"val/accuracy": pytest.approx(0.6)}


def test_report_round_trips_through_json_and_renders_markdown():
    c = build_comparison([variant("a", [0.3, None]), variant("b", [0.5, 0.6])],
                         "val/loss", "min")
    doc = json.loads(json.dumps(c.to_dict(), allow_nan=False))  # strict JSON: no NaN
    back = Comparison.from_dict(doc)
    assert back.table() == c.table() and back.best_variant == c.best_variant
    md = c.to_markdown()
    assert md.count("\n| ") == 3  # header + two rows
    assert "| a | 0.3 | 1/2 (failed: seed 1) |" in md
    with pytest.raises(ValueError, match="direction"):
        build_comparison([], "val/loss", "down")


def test_legend_names_runs_by_what_differs():
    params = {"r1": {"optim.lr": "0.1", "model.init": "zeros", "seed": "0", "data.digest": "x"},
              "r2": {"optim.lr": "0.3", "model.init": "zeros", "seed": "0", "data.digest": "y"},
              "r3": {"optim.lr": "0.3", "model.init": "zeros", "seed": "0"}}
    assert differing_params(params)["r1"] == {"optim.lr": "0.1"}
    labels = legend_labels({"r1": "digits", "r2": "digits", "r3": "digits"}, params)
    assert labels["r1"] == "digits (lr=0.1)"
    # r2 and r3 differ only in the ignored digest: told apart by their ids
    assert labels["r2"] == "digits (lr=0.3) · r2" and labels["r3"] == "digits (lr=0.3) · r3"
    assert legend_labels({"a": "x", "b": "y"}, {"a": {"k": "1"}, "b": {"k": "1"}}) == \
        {"a": "x", "b": "y"}
