"""The reference score of a ``dnnlab train`` run: a linear model fit before training."""

from __future__ import annotations

import pytest

from dnnlab.config import DataConfig
from dnnlab.data import load_data
from dnnlab.experiment import _baseline
from dnnlab.runner import run_experiment
from tests.conftest import tiny


def test_fit_baseline_on_digits_is_good():
    b = _baseline.fit_baseline(load_data(DataConfig(dataset="digits"), seed=0))
    print(f"\nbaseline on the digits: {b.model}, {b.seconds * 1000:.1f} ms, {b.metrics}")
    assert b.model == "logistic_regression" and b.skipped is None
    assert b.metrics["baseline/val_accuracy"] > 0.9  # its time is printed, not asserted


def test_a_digits_run_logs_the_baseline_at_step_0(tracking_uri, client):
    res = run_experiment(tiny(tracking_uri))
    run = client.get_run(res.run_id)
    assert run.data.params["baseline.model"] == "logistic_regression"
    hist = client.get_metric_history(res.run_id, "baseline/val_accuracy")
    assert [m.step for m in hist] == [0] and hist[0].value > 0.9
    assert "baseline.skipped" not in run.data.tags


def test_a_sine_regression_is_judged_against_nearest_neighbours(tracking_uri, client):
    # a line through a sine fits part of it; nearest neighbours fit it: the better one is the
    # reference, so a network stuck at the line's R^2 is not "as good as the data allow"
    from sklearn.linear_model import Ridge
    from sklearn.metrics import r2_score

    data = load_data(DataConfig(dataset="sine", n_samples=400), seed=0)
    b = _baseline.fit_baseline(data)
    x, y = data.train.x.numpy(), data.train.y.numpy().ravel()
    xv, yv = data.val.x.numpy(), data.val.y.numpy().ravel()
    ridge = r2_score(yv, Ridge().fit((x - x.mean(0)) / x.std(0), y).predict(
        (xv - x.mean(0)) / x.std(0)))
    assert b.model == "knn" and b.metrics["baseline/val_r2"] > ridge + 0.1
    res = run_experiment(tiny(tracking_uri, data={"dataset": "sine", "n_samples": 400}))
    run = client.get_run(res.run_id)
    assert run.data.params["baseline.model"] == "knn"
    # the diagnosis reads which model set the bar (its evidence names it)
    from dnnlab.runs import run_meta

    assert run_meta(run).baseline_model == "knn"
    assert run.data.metrics["baseline/val_r2"] == pytest.approx(b.metrics["baseline/val_r2"])
    assert not any("accuracy" in k for k in run.data.metrics if k.startswith("baseline/"))


def test_above_the_cost_bound_the_neighbours_are_fit_on_a_subsample(monkeypatch):
    # the kNN reference used to be left out above MAX_KNN_WORK, and the reference fell to the
    # line a linear model draws (heldout239's bar images: 0.27 instead of 0.97); now it is fit
    # on as many training samples (and scored on as many validation samples) as the bound
    # allows
    data = load_data(DataConfig(dataset="sine", n_samples=1200), seed=0)
    full = _baseline.fit_baseline(data)
    n, nv = len(data.train), len(data.val)
    assert full.model == "knn"
    monkeypatch.setattr(_baseline, "MAX_KNN_WORK", n * nv // 3)
    monkeypatch.setattr(_baseline, "KNN_MIN_TRAIN", 50)
    monkeypatch.setattr(_baseline, "KNN_MIN_VAL", 50)
    rows = _baseline.knn_rows(n, nv, 1)
    assert rows is not None and rows[0] * rows[1] <= n * nv // 3 and rows[0] < n
    sub = _baseline.fit_baseline(data)
    assert sub.model == "knn"
    assert sub.metrics["baseline/val_r2"] == pytest.approx(full.metrics["baseline/val_r2"],
                                                           abs=0.1)
    assert sub.metrics == _baseline.fit_baseline(data).metrics  # the same subsample each time
    # where the bound leaves too few validation samples to score it on, it is left out and
    # the linear model is the reference
    monkeypatch.setattr(_baseline, "KNN_MIN_VAL", nv + 1)
    assert _baseline.fit_baseline(data).model == "ridge"


@pytest.mark.parametrize("limit, fragment", [("MAX_SAMPLES", "samples, more than"),
                                             ("MAX_FEATURES", "features, more than")])
def test_too_large_data_is_skipped_with_the_reason(tracking_uri, client, monkeypatch, limit,
                                                   fragment):
    monkeypatch.setattr(_baseline, limit, 10)
    res = run_experiment(tiny(tracking_uri, train={"epochs": 1}))
    run = client.get_run(res.run_id)
    assert fragment in run.data.tags["baseline.skipped"]
    assert "baseline.model" not in run.data.params
    assert not any(k.startswith("baseline/") for k in run.data.metrics)
    assert run.info.status == "FINISHED"


def test_no_validation_split_is_skipped(tracking_uri, client):
    res = run_experiment(tiny(tracking_uri, data={"val_fraction": 0.0}, train={"epochs": 1}))
    tags = client.get_run(res.run_id).data.tags
    assert tags["baseline.skipped"] == "no validation split to score it on"
