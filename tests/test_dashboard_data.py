"""dnnlab.dashboard_data: downsampling, step sampling, heat-map bins, finding overlays and the
runs/trials tables, on hand-made data."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import optuna
import pytest

from dnnlab.dashboard_data import (
    Series,
    diagnosis_codes,
    downsample,
    finding_overlays,
    heatmap_bins,
    lttb,
    minmax,
    normalise_confusion,
    param_diff,
    runs_frame,
    sample_steps,
    trials_frame,
)


def test_lttb_keeps_the_ends_the_count_and_the_peaks():
    x = np.arange(200_000)
    rng = np.random.default_rng(0)
    y = np.exp(-x / 50_000) + 0.01 * rng.standard_normal(len(x))
    y[123_456] = 5.0  # one spike
    xs, ys = lttb(x, y, 1500)
    assert len(xs) == 1500 and xs[0] == 0 and xs[-1] == len(x) - 1
    assert (np.diff(xs) > 0).all()
    assert 123_456 in xs  # the spike is the largest triangle of its bucket
    assert lttb(x[:10], y[:10], 100)[0].tolist() == list(range(10))  # short: untouched


def test_minmax_keeps_every_bucket_extreme_and_downsample_keeps_nans():
    x = np.arange(10_000)
    y = np.sin(x / 100.0)
    y[7777] = -9.0
    xs, ys = minmax(x, y, 400)
    assert len(xs) <= 402 and ys.min() == -9.0 and ys.max() == pytest.approx(1.0, abs=1e-3)
    y2 = y.copy()
    y2[[10, 5000]] = [np.nan, np.inf]
    fx, fy, bx, by = downsample(x, y2, 300)
    assert np.isfinite(fy).all() and bx.tolist() == [10, 5000] and np.isinf(by[1])


def test_sample_steps_follow_the_logging_grid():
    assert sample_steps(10, 100) == list(range(1, 11))
    steps = sample_steps(200_000, 2000)
    assert len(steps) == 2000 and steps[0] == 1 and steps[-1] == 200_000
    grid = sample_steps(200_000, 1000, every=10)
    assert all(s % 10 == 0 for s in grid) and grid[0] == 10 and grid[-1] == 200_000
    assert len(grid) == 1000
    assert sample_steps(0, 10) == []


def test_heatmap_bins_take_the_median_log10_per_bin():
    steps = np.arange(1, 1001)
    series = {"conv1": Series("update_ratio/conv1", steps, np.full(1000, 1e-3), 1000),
              "out": Series("update_ratio/out", steps[::2], np.full(500, 1e-1), 500),
              "dead": Series("update_ratio/dead", steps, np.zeros(1000), 1000)}
    centres, names, z = heatmap_bins(series, n_bins=50)
    assert names == ["conv1", "out", "dead"] and z.shape == (3, 50) and len(centres) == 50
    assert np.allclose(z[0], -3) and np.allclose(z[1], -1)
    assert np.isnan(z[2]).all()  # zero updates have no logarithm


def test_finding_overlays_place_bands_and_markers_in_either_unit():
    findings = [
        {"code": "nan_loss", "severity": "critical",
         "evidence": {"metrics": ["grad_norm/fc1", "train/loss"], "step_range": [3, 3],
                      "first_nonfinite": {"grad_norm/fc1": 3, "train/loss": 3},
                      "last_finite_loss": 2.1}},
        {"code": "overfitting", "severity": "critical",
         "evidence": {"metrics": ["train/epoch_loss", "val/loss"], "epoch_range": [4, 10],
                      "best_epoch": 4, "best_val": 0.3}},
        {"code": "update_ratio_high", "severity": "warning",
         "evidence": {"step_range": [100, 900]}},
    ]
    steps = finding_overlays(findings, "step", steps_per_epoch=10)
    nan = [o for o in steps if o.code == "nan_loss"]
    assert [(o.kind, o.x0, o.y) for o in nan] == [("marker", 3.0, 2.1)]
    assert "train/loss" in nan[0].label  # the loss, not the first gradient metric
    over = {o.kind: o for o in steps if o.code == "overfitting"}
    assert (over["marker"].x0, over["marker"].y) == (40.0, 0.3)  # epoch 4 = step 40
    assert (over["band"].x0, over["band"].x1) == (30.0, 100.0)
    epochs = finding_overlays(findings, "epoch", steps_per_epoch=10,
                              codes=["overfitting", "update_ratio_high"])
    assert {(o.code, o.kind, o.x0, o.x1) for o in epochs} == {
        ("overfitting", "marker", 4.0, 4.0), ("overfitting", "band", 4.0, 10.0),
        ("update_ratio_high", "band", 10.0, 90.0)}
    # an epoch range on a per-step chart needs steps_per_epoch: left out without it
    assert not [o for o in finding_overlays(findings, "step") if o.kind == "band"
                and o.code == "overfitting"]


def _run(run_id: str, status: str, tags: dict[str, str], params: dict[str, str],
         metrics: dict[str, float]) -> SimpleNamespace:
    info = SimpleNamespace(run_id=run_id, run_name=f"name-{run_id}", experiment_id="1",
                           status=status, start_time=1_700_000_000_000,
                           end_time=1_700_000_060_000)
    return SimpleNamespace(info=info, data=SimpleNamespace(tags=tags, params=params,
                                                           metrics=metrics))


def test_runs_frame_has_badges_params_and_metrics():
    runs = [
        _run("a" * 32, "FINISHED", {"dataset": "digits", "dnnlab_version": "0.1",
                                    "diagnosis.overfitting": "warning",
                                    "diagnosis.nan_loss": "critical",
                                    "diagnosis.summary": "..."},
             {"optim.lr": "0.01", "model.hidden": "[64]"}, {"test/accuracy": 0.9}),
        _run("b" * 32, "FAILED", {"mlflow.source.name": "keras"}, {}, {"loss": 1.0}),
    ]
    frame = runs_frame(runs, {"1": "exp"})
    a, b = frame.iloc[0], frame.iloc[1]
    assert a["diagnosis"] == "🔴 nan_loss 🟠 overfitting" and a["worst"] == 2
    assert a["diagnosis_codes"] == ["nan_loss", "overfitting"]
    assert a["optim.lr"] == 0.01 and a["model.hidden"] == "[64]" and a["duration_s"] == 60
    assert a["experiment"] == "exp" and a["tool"] == "dnnlab" and b["tool"] == "keras"
    assert b["diagnosis"] == "" and "val/loss" not in frame  # nobody logged it
    assert diagnosis_codes({"diagnosis.summary": "healthy"}) == {}
    assert list(runs_frame([]).columns[:5]) == ["run_id", "run_name", "experiment",
                                                "experiment_id", "status"]


def test_param_diff_and_normalised_confusion():
    diff = param_diff({"r1": {"lr": "0.1", "bs": "64"}, "r2": {"lr": "0.01", "bs": "64"},
                       "r3": {"lr": "0.1", "bs": "64", "extra": "x"}})
    assert list(diff.index) == ["extra", "lr"] and list(diff.columns) == ["r1", "r2", "r3"]
    assert len(param_diff({"r1": {"a": "1"}, "r2": {"a": "1"}}, only_different=False)) == 1
    norm = normalise_confusion([[90, 10], [60, 940]])  # the lectures' cat example
    assert norm[0].tolist() == [0.9, 0.1] and norm[1, 1] == pytest.approx(0.94)
    assert normalise_confusion([[0, 0], [1, 1]])[0].tolist() == [0, 0]


def test_trials_frame_reads_states_values_and_pruning_epochs():
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    study = optuna.create_study(direction="minimize")
    t = study.ask({"optim.lr": optuna.distributions.FloatDistribution(1e-4, 1, log=True)})
    t.report(0.9, 1)
    t.report(0.5, 2)
    t.set_user_attr("mlflow_run_id", "r0")
    study.tell(t, 0.5)
    t = study.ask({"optim.lr": optuna.distributions.FloatDistribution(1e-4, 1, log=True)})
    t.report(2.0, 1)
    study.tell(t, state=optuna.trial.TrialState.PRUNED)
    frame = trials_frame(study, ["val/loss"])
    assert frame["state"].tolist() == ["COMPLETE", "PRUNED"]
    assert frame["val/loss"].iloc[0] == 0.5 and frame["val/loss"].isna().iloc[1]
    assert frame["pruned_epoch"].iloc[1] == 1 and frame["epochs"].tolist() == [2, 1]
    assert frame["mlflow_run_id"].iloc[0] == "r0" and frame["mlflow_run_id"].isna().iloc[1]
    assert "params.optim.lr" in frame
