"""Seed repeats and the comparison report against a real MLflow store: parent -> variant ->
seed runs, the variant's mean/std equal to its seeds', a NaN seed reported as failed without
stopping the others, Ctrl-C ending every started run KILLED, and bad input refused."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
import yaml
from mlflow import MlflowClient
from typer.testing import CliRunner

from dnnlab.cli import app
from dnnlab.experiment import Comparison
from dnnlab.runner import run_experiment
from dnnlab.train import Callback
from tests.conftest import all_runs, tiny

# two variants whose difference (lr 0.010 vs 0.011) is far below what a new seed changes
CLOSE = {"slow": {"optim.lr": 0.010}, "fast": {"optim.lr": 0.011}}


def small(uri: str, **sections):
    base = {"data": {"dataset": "moons", "n_samples": 100}, "model": {"hidden": [4]},
            "train": {"epochs": 1, "batch_size": 16},
            "tracking": {"uri": uri, "log_model": False, "system_metrics_interval": 0}}
    for k, v in sections.items():
        base[k] = base[k] | v if isinstance(v, dict) and k in base else v
    return tiny(uri, **base)


def children_of(client: MlflowClient, run_id: str) -> list:
    exp = client.get_run(run_id).info.experiment_id
    return client.search_runs([exp], f"tags.mlflow.parentRunId = '{run_id}'")


def runs_of(client: MlflowClient, experiment: str) -> list:
    exp = client.get_experiment_by_name(experiment)
    return client.search_runs([exp.experiment_id]) if exp else []


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    """One store for the module (each test its own experiment): creating one costs seconds."""
    return f"sqlite:///{tmp_path_factory.mktemp('repeat')}/mlflow.db"


@pytest.fixture(scope="module")
def repeated(store: str) -> tuple[str, object]:
    """One comparison of two close variants, 2 seeds each (shared by the tests below)."""
    return store, run_experiment(small(store, name="close", variants=CLOSE, repeat=2))


def test_two_variants_two_seeds_make_a_three_level_tree(repeated):
    uri, res = repeated
    client = MlflowClient(uri)
    assert res.status == "FINISHED"
    variants = {r.data.tags["variant"]: r for r in children_of(client, res.run_id)}
    assert set(variants) == {"slow", "fast"}
    for name, vrun in variants.items():
        assert vrun.info.status == "FINISHED" and vrun.info.run_name == name
        assert vrun.data.params["optim.lr"] == str(CLOSE[name]["optim.lr"])
        seeds = children_of(client, vrun.info.run_id)
        assert sorted(s.data.tags["seed"] for s in seeds) == ["0", "1"]
        assert sorted(s.data.params["seed"] for s in seeds) == ["0", "1"]
        assert all(s.data.tags["variant"] == name and s.info.status == "FINISHED"
                   for s in seeds)
        # the variant run carries each final metric's mean and std over its seeds
        for key in ("val/loss", "val/accuracy", "train/epoch_loss", "test/accuracy"):
            vals = [s.data.metrics[key] for s in seeds]
            assert vrun.data.metrics[f"{key}_mean"] == pytest.approx(np.mean(vals), rel=1e-9)
            assert vrun.data.metrics[f"{key}_std"] == pytest.approx(np.std(vals), abs=1e-12)
        # and the mean curve under the seeds' own names
        curve = client.get_metric_history(vrun.info.run_id, "val/loss")
        assert [m.step for m in curve] == [1]
        first = [client.get_metric_history(s.info.run_id, "val/loss")[0].value for s in seeds]
        assert curve[0].value == pytest.approx(np.mean(first))
        assert vrun.data.metrics["seeds_failed"] == 0


def test_the_report_marks_overlapping_variants_within_noise(repeated):
    uri, res = repeated
    client = MlflowClient(uri)
    report = res.comparison
    assert report["metric"] == "val/loss" and report["repeat"] == 2
    rows = {r["variant"]: r for r in report["rows"]}
    best = min(rows.values(), key=lambda r: r["mean"])
    other = next(r for r in rows.values() if r is not best)
    assert best["vs_best"] == "best" and other["vs_best"] == "within noise"
    # the precondition: the two variants' seeds overlap
    assert min(other["values"]) <= max(best["values"])
    parent = client.get_run(res.run_id)
    assert parent.data.tags["best_variant"] == best["variant"] == report["best_variant"]
    stored = client.download_artifacts(res.run_id, "comparison.json")
    assert json.loads(Path(stored).read_text()) == report
    md = Path(client.download_artifacts(res.run_id, "comparison.md")).read_text()
    assert "| slow |" in md and "| fast |" in md and "within noise" in md
    # --json carries the report and one line per variant
    out = res.to_dict()
    assert [c["variant"] for c in out["children"]] == ["slow", "fast"]
    assert all(len(c["seeds"]) == 2 for c in out["children"])
    assert out["comparison"]["best_variant"] == best["variant"]


class NanGradients(Callback):
    """Turns every gradient of the ``which``-th training run into NaN: its weights become NaN
    and the next step's loss is NaN, which stops that run FAILED (the real NaN path)."""

    def __init__(self, which: int) -> None:
        self.which, self.fits = which, 0

    def on_fit_start(self, trainer) -> None:  # noqa: ANN001
        self.fits += 1

    def on_after_backward(self, trainer) -> None:  # noqa: ANN001
        if self.fits == self.which:
            for p in trainer.model.parameters():
                p.grad.fill_(math.nan)


def test_a_nan_seed_is_reported_failed_and_the_others_go_on(store):
    client = MlflowClient(store)
    cfg = small(store, name="nan", variants=CLOSE, repeat=2)
    res = run_experiment(cfg, extra_callbacks=[NanGradients(which=2)])  # slow, seed 1
    assert res.status == "FINISHED"
    rows = {r["variant"]: r for r in res.comparison["rows"]}
    assert rows["slow"]["failed"] == 1 and rows["slow"]["failed_seeds"] == [1]
    assert rows["slow"]["values"][1] is None and rows["slow"]["verdict"] == "failed (1/2)"
    assert rows["fast"]["failed"] == 0 and None not in rows["fast"]["values"]
    runs = runs_of(client, "nan")
    assert not [r for r in runs if r.info.status == "RUNNING"]
    seeds = [r for r in runs if "seed" in r.data.tags]
    assert len(seeds) == 4  # the failing seed stopped nothing else
    failed = [r for r in seeds if r.info.status == "FAILED"]
    assert [(r.data.tags["variant"], r.data.tags["seed"]) for r in failed] == [("slow", "1")]
    assert "non-finite" in failed[0].data.tags["stop_reason"]
    variants = {r.data.tags["variant"]: r for r in children_of(client, res.run_id)}
    assert variants["slow"].info.status == "FAILED"
    assert variants["slow"].data.tags["failed_seeds"] == "1"
    assert variants["fast"].info.status == "FINISHED"
    # the slow variant's mean is its finished seed's value
    ok = next(r for r in seeds if r.data.tags["variant"] == "slow" and r.data.tags["seed"] == "0")
    assert rows["slow"]["mean"] == pytest.approx(ok.data.metrics["val/loss"])
    assert variants["slow"].data.metrics["val/loss_mean"] == pytest.approx(
        ok.data.metrics["val/loss"])
    titles, cells = Comparison.from_dict(res.comparison).table()
    assert cells[0][titles.index("seeds")] == "1/2 (failed: seed 1)"


class InterruptAt(Callback):
    def __init__(self, which: int) -> None:
        self.which, self.fits = which, 0

    def on_fit_start(self, trainer) -> None:  # noqa: ANN001
        self.fits += 1

    def on_epoch_end(self, trainer, epoch, metrics) -> None:  # noqa: ANN001
        if self.fits == self.which:
            raise KeyboardInterrupt


def test_ctrl_c_ends_every_started_run_killed_and_keeps_what_was_logged(store):
    client = MlflowClient(store)
    cfg = small(store, name="ctrl-c", variants=CLOSE, repeat=2)
    with pytest.raises(KeyboardInterrupt):
        run_experiment(cfg, extra_callbacks=[InterruptAt(which=2)])  # slow, seed 1
    runs = {(r.data.tags.get("variant"), r.data.tags.get("seed")): r
            for r in runs_of(client, "ctrl-c")}
    assert set(runs) == {(None, None), ("slow", None), ("slow", "0"), ("slow", "1")}
    status = {k: r.info.status for k, r in runs.items()}
    assert status == {(None, None): "KILLED", ("slow", None): "KILLED",
                      ("slow", "0"): "FINISHED", ("slow", "1"): "KILLED"}
    # nothing lost: the interrupted seed's epoch is in the store
    killed = runs[("slow", "1")].info.run_id
    assert [m.step for m in client.get_metric_history(killed, "val/loss")] == [1]
    done = runs[("slow", "0")]
    assert "test/accuracy" in done.data.metrics  # the finished seed kept its end-of-run report


# ----------------------------------------------------------------------------- bad input

TINY = {"name": "cli", "data": {"dataset": "moons", "n_samples": 100},
        "model": {"hidden": [4]}, "train": {"epochs": 1}, "tracking": {"log_model": False}}


@pytest.mark.parametrize(("args", "file", "fragment"), [
    (["--repeat", "0"], TINY, "--repeat 0: give at least 1"),
    (["--repeat", "-2"], TINY, "--repeat -2: give at least 1"),
    (["--repeat", "2"], TINY | {"variants": {"ok": {"optim.lr": 0.1},
                                              "bad": {"optim.name": "sgdd"}}},
     "variant 'bad'"),
    (["--repeat", "2"], TINY | {"data": {"dataset": "moons", "kfold": 3}}, "kfold"),
    ([], TINY | {"repeat": 0}, "repeat"),
    ([], TINY | {"compare": "val/wobble"}, "cannot tell whether"),
    (["--repeat", "2", "--resume", "0" * 32], None, "--repeat"),
])
def test_bad_repeat_is_one_line_exit_2_and_creates_nothing(args, file, fragment, tmp_path):
    uri = f"sqlite:///{tmp_path}/mlflow.db"
    cli = ["train"]
    if file is not None:
        path = tmp_path / "exp.yaml"
        path.write_text(yaml.safe_dump(file))
        cli.append(str(path))
    result = CliRunner().invoke(app, [*cli, *args, "--tracking-uri", uri, "-q"])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and fragment in lines[0], lines
    db = tmp_path / "mlflow.db"
    assert not db.exists() or all_runs(MlflowClient(uri)) == []


# ----------------------------------------------------------------------------- dashboard


def test_compare_page_shows_the_report_of_a_parent_and_legends_by_changed_params(
        repeated, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from dashboards import common
    from tests.conftest import ROOT

    uri, res = repeated
    monkeypatch.setenv("MLFLOW_TRACKING_URI", uri)
    monkeypatch.delenv("DNNLAB_STORAGE", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboards" / "app.py"), default_timeout=180)
    at.run()
    at.switch_page(common.COMPARE_PAGE)
    at.query_params["parent"] = res.run_id
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="compare_parent").value == res.run_id
    report = at.dataframe[0].value
    assert list(report["variant"]) == ["slow", "fast"]
    other = "fast" if res.comparison["best_variant"] == "slow" else "slow"
    assert report.set_index("variant").loc[other, "vs best"].startswith("within noise")
    assert "val/loss mean ± std" in report.columns
    # the variant runs are drawn, named by the param that differs between them
    fig = json.loads(at.get("plotly_chart")[0].proto.spec)
    names = sorted(t["name"] for t in fig["data"] if t.get("name"))
    assert names == ["fast (lr=0.011)", "slow (lr=0.01)"]
    assert any("Best variant" in str(c.value) for c in at.caption)


def test_terminal_names_each_variant_as_it_starts_and_ends_with_one_row_each(store, tmp_path):
    path = tmp_path / "lab.yaml"
    path.write_text(yaml.safe_dump(TINY | {"name": "cli-table", "variants": CLOSE},
                                   sort_keys=False))  # the file's order is the run order
    result = CliRunner().invoke(app, ["train", str(path), "--tracking-uri", store, "-q"])
    assert result.exit_code == 0, result.output
    out = result.output
    first, second = out.index("variant 1/2 slow"), out.index("variant 2/2 fast")
    assert first < second < out.index("comparison on val/loss")
    rows = [line for line in out.splitlines() if line.startswith(("│ slow", "│ fast"))]
    assert len(rows) == 2 and sum("best" in r for r in rows) == 1
    assert "untested (1 seed)" in out  # one seed each: no verdict on the gap
    assert "best variant:" in out and "--repeat 3" in out
