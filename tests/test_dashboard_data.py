"""dnnlab.dashboard_data: downsampling, step sampling, heat-map bins, finding overlays and the
runs/trials tables, on hand-made data."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import optuna
import pandas as pd
import pytest

from dnnlab.dashboard_data import (
    LANE_HEIGHT,
    Series,
    best_epoch,
    clipped_points,
    collapsed_embedding,
    curves_by_role,
    diagnosis_codes,
    downsample,
    finding_lanes,
    finding_overlays,
    flat_maps,
    heatmap_bins,
    log_axis_fits,
    lttb,
    metric_pairs,
    minmax,
    normalise_confusion,
    param_diff,
    robust_top,
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


# ----------------------------------------------------------------------------- issue 15


def test_robust_top_cuts_a_spike_but_keeps_a_falling_curve():
    steps = np.arange(1, 401)
    cycle = 2.3 + 0.15 * np.sin(2 * np.pi * steps / 40)
    spiky = cycle.copy()
    spiky[1] = 1646.0
    top = robust_top([spiky])
    assert top is not None and cycle.max() < top < 3.5  # the cycle shows, the spike does not
    x, y = clipped_points(steps, spiky, top)
    assert x.tolist() == [2] and y.tolist() == [1646.0]
    falling = 0.1 + 2.2 * np.exp(-steps / 60)
    falling[0] = 5.08  # a high first loss is part of the curve
    assert robust_top([falling]) is None
    assert robust_top([np.array([1.0, 900.0])]) is None  # too few points to judge
    assert robust_top([np.r_[spiky, np.nan, np.inf]]) == pytest.approx(top)


def test_clipped_points_keep_the_highest_in_order():
    y = np.r_[np.zeros(10), np.arange(1, 501, dtype=float)]
    x, v = clipped_points(np.arange(len(y)), y, 0.5, limit=5)
    assert v.tolist() == [496, 497, 498, 499, 500] and (np.diff(x) > 0).all()


def test_finding_lanes_give_each_band_its_own_strip():
    findings = [
        {"code": "divergence", "severity": "critical", "evidence": {"step_range": [1, 6]}},
        {"code": "unshuffled_data", "severity": "warning",
         "evidence": {"step_range": [41, 400]}},
        {"code": "nan_loss", "severity": "critical",
         "evidence": {"first_nonfinite": {"train/loss": 7}, "metrics": ["train/loss"]}},
    ]
    overlays = finding_overlays(findings, "step", steps_per_epoch=40)
    lanes = finding_lanes(overlays)
    assert [(o.code, o.x0, o.x1) for o, *_ in lanes] == [("divergence", 1, 6),
                                                        ("unshuffled_data", 41, 400)]
    (_, a0, a1), (_, b0, b1) = lanes[0], lanes[1]
    assert a1 == 1.0 and b1 == pytest.approx(a0) and b0 < b1  # stacked, never overlapping
    assert all(y1 - y0 == pytest.approx(LANE_HEIGHT) for _, y0, y1 in lanes)


def test_best_epoch_is_the_first_best_finite_value():
    s = Series("val/loss", np.arange(1, 7), np.array([0.9, 0.5, np.nan, 0.5, 0.3, 0.4]), 6)
    assert best_epoch(s) == 5
    acc = Series("val/accuracy", np.arange(1, 5), np.array([0.5, 0.8, 0.8, 0.7]), 4)
    assert best_epoch(acc, "max") == 2  # an equal value later is no improvement
    assert best_epoch(None) is None
    assert best_epoch(Series("x", np.arange(1, 3), np.array([np.nan, np.nan]), 2)) is None


def test_log_axis_fits_only_values_that_span_a_decade():
    assert not log_axis_fits([np.full(50, 1e-3)])
    assert not log_axis_fits([np.linspace(1e-3, 5e-3, 50)])
    assert log_axis_fits([np.geomspace(1e-2, 1e-4, 50)])
    assert not log_axis_fits([np.array([0.0, -1.0])])


def _series(key: str, steps, values) -> Series:
    steps, values = np.asarray(steps), np.asarray(values, dtype=float)
    return Series(key, steps, values, len(steps))


def test_curves_by_role_read_lightning_names_as_the_diagnosis_does():
    steps = np.arange(10, 201, 10)
    ends = np.array([49, 99, 149, 199])
    data = {
        "train_loss": _series("train_loss", steps, 2 * np.exp(-steps / 80) + 0.2),
        "epoch": _series("epoch", np.r_[steps, ends], np.r_[(steps - 1) // 50, np.arange(4)]),
        "val_loss": _series("val_loss", ends, [1.9, 1.42, 1.08, 0.85]),
        "val_acc": _series("val_acc", ends, [0.5, 0.6, 0.7, 0.8]),
        "train_acc_epoch": _series("train_acc_epoch", ends, [0.55, 0.65, 0.75, 0.85]),
    }
    c = curves_by_role(data)
    assert c.key("train_loss_step") == "train_loss" and c.key("val_loss") == "val_loss"
    assert c.get("val_loss").steps.tolist() == [1, 2, 3, 4]  # epochs, not global steps
    assert c.logged["val_loss"].steps.tolist() == ends.tolist()  # where they were logged
    assert c.epoch_unit["val_loss"] and c.epoch_alignment
    assert c.steps_per_epoch == 50
    pairs = metric_pairs(data, c)
    assert set(pairs) == {"accuracy"}
    assert pairs["accuracy"]["val"].key == "val_acc"
    assert pairs["accuracy"]["train"].steps.tolist() == [1, 2, 3, 4]


def test_curves_by_role_take_hugging_face_loss_over_its_end_of_run_summary():
    steps = np.arange(10, 301, 10)
    data = {
        "loss": _series("loss", steps, 1.8 * np.exp(-steps / 120) + 0.25),
        "train_loss": _series("train_loss", [300], [0.9]),  # one end-of-run mean
        "epoch": _series("epoch", steps, steps / 100),
        "eval_loss": _series("eval_loss", [100, 200, 300], [1.2, 1.0, 0.8]),
        "learning_rate": _series("learning_rate", steps, 5e-5 * (1 - steps / 300)),
    }
    c = curves_by_role(data)
    assert c.key("train_loss_step") == "loss" and len(c.get("train_loss_step").steps) == 30
    assert c.key("val_loss") == "eval_loss" and c.get("val_loss").steps.tolist() == [1, 2, 3]
    assert c.key("lr") == "learning_rate"
    assert "train_loss" not in {s.key for s in c.roles.values()}


def test_metric_pairs_of_a_dnnlab_run_use_its_split_names():
    e = np.arange(1, 4)
    data = {k: _series(k, e, [0.5, 0.6, 0.7]) for k in (
        "train/accuracy", "val/accuracy", "val/f1", "train/epoch_loss", "val/loss")}
    data["train/loss"] = _series("train/loss", np.arange(1, 31), np.ones(30))
    pairs = metric_pairs(data, curves_by_role(data, 10, dnnlab=True))
    assert set(pairs) == {"accuracy", "f1"}
    assert set(pairs["accuracy"]) == {"train", "val"}


def test_flat_maps_and_a_collapsed_embedding():
    rng = np.random.default_rng(0)
    maps = {"saliency": np.zeros((8, 8)), "grad_cam": np.full((8, 8), 0.25),
            "occlusion": rng.normal(size=(8, 8)), "smoothgrad": np.full((8, 8), 1e-15)}
    assert flat_maps(maps) == ["saliency", "grad_cam", "smoothgrad"]
    one = pd.DataFrame({"x": np.full(50, 3.2), "y": np.full(50, -1.0)})
    assert collapsed_embedding(one)
    spread = pd.DataFrame({"x": rng.normal(size=50), "y": rng.normal(size=50)})
    assert not collapsed_embedding(spread) and not collapsed_embedding(spread.iloc[:0])
