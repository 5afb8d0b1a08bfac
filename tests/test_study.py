"""``dnnlab study`` on real Optuna storages and a real MLflow store (SQLite) in temp dirs.

Trials are tiny (digits or sine, 2-3 epochs, 16 hidden units). One MLflow database serves the
whole module (creating one costs seconds); every test uses its own experiment and study names.
"""

from __future__ import annotations

import json
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import optuna
import pandas as pd
import pytest
import yaml
from mlflow import MlflowClient
from typer.testing import CliRunner

from dnnlab.cli import app
from dnnlab.config import ObjectiveSpec, ParamSpace, StudyConfig, load_config_dict
from dnnlab.errors import UserError
from dnnlab.study import (
    apply_params,
    diagnose_study,
    grid_points,
    make_pruner,
    parse_storage,
    pruner_config,
    pruner_kind,
    run_study,
    study_report,
)
from dnnlab.train import Callback

runner = CliRunner()
LR_DROPOUT = {"optim.lr": {"low": 1e-3, "high": 0.1, "log": True},
              "model.dropout": {"low": 0.0, "high": 0.5}}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("study")
    uri = f"sqlite:///{folder}/mlflow.db"
    MlflowClient(uri).search_experiments()  # create the tables once
    return folder, uri


def config(uri: str, name: str, study: dict[str, Any] | None = None, **sections: Any):
    raw: dict[str, Any] = {
        "name": name, "seed": 0,
        "data": {"dataset": "digits"},
        "model": {"kind": "mlp", "hidden": [16]},
        "train": {"epochs": 2, "batch_size": 64},
        "tracking": {"uri": uri, "log_model": False},
        "study": {"space": LR_DROPOUT, "n_startup_trials": 2} | (study or {}),
    }
    for key, value in sections.items():
        raw[key] = raw.get(key, {}) | value
    return load_config_dict(raw)


def children(client: MlflowClient, parent_id: str) -> list:
    exp = client.get_run(parent_id).info.experiment_id
    return client.search_runs([exp], filter_string=f"tags.mlflow.parentRunId = '{parent_id}'")


def load(storage: str, name: str) -> optuna.Study:
    spec = parse_storage(storage)
    return optuna.load_study(study_name=name, storage=spec.open())


def n_runs(uri: str) -> int:
    client = MlflowClient(uri)
    exps = [e.experiment_id for e in client.search_experiments()]
    return len(client.search_runs(exps)) if exps else 0


# ----------------------------------------------------------------------------- a basic study


@pytest.fixture(scope="module")
def basic(store):
    folder, uri = store
    cfg = config(uri, "basic", {"pruner": "none"})
    lines: list[str] = []
    res = run_study(cfg, n_trials=5, on_trial=lines.append)
    return res, uri, folder, lines


def test_parent_and_child_runs_carry_the_study(basic):
    res, uri, folder, lines = basic
    client = MlflowClient(uri)
    assert (folder / "optuna.db").exists()  # the embedded storage sits beside mlflow.db
    study = load(f"sqlite:///{folder}/optuna.db", "basic")
    trials = study.get_trials()
    assert [t.number for t in trials] == [0, 1, 2, 3, 4]
    assert all(t.state.name == "COMPLETE" for t in trials)
    assert len(lines) == 5 and all("COMPLETE" in ln for ln in lines)

    parent = client.get_run(res.parent_run_id)
    tags, metrics, params = parent.data.tags, parent.data.metrics, parent.data.params
    assert parent.info.status == "FINISHED"
    assert tags["optuna.study_name"] == "basic"
    assert tags["optuna.storage"].endswith("optuna.db")
    assert "mlflow.parentRunId" not in tags
    assert metrics["trials_complete"] == 5 and metrics["trials_total"] == 5
    assert metrics["trials_pruned"] == 0 and metrics["trials_fail"] == 0
    best = min(trials, key=lambda t: t.value)
    assert metrics["best_value"] == pytest.approx(best.value)
    assert tags["optuna.best_trial"] == str(best.number)
    for key, value in best.params.items():
        assert float(params[f"best.{key}"]) == pytest.approx(value)
    assert tags["study_diagnosis"]
    files = {a.path for a in client.list_artifacts(res.parent_run_id, "optuna")}
    assert {"optuna/history.html", "optuna/slice.html", "optuna/param_importances.html",
            "optuna/contour.html"} <= files
    top = {a.path for a in client.list_artifacts(res.parent_run_id)}
    assert {"study_diagnosis.json", "trials.csv"} <= top

    kids = children(client, res.parent_run_id)
    assert len(kids) == 5
    by_number = {int(r.data.tags["optuna.trial_number"]): r for r in kids}
    assert sorted(by_number) == [0, 1, 2, 3, 4]
    for t in trials:
        run = by_number[t.number]
        assert t.user_attrs["mlflow_run_id"] == run.info.run_id
        assert run.data.tags["optuna.trial_state"] == "COMPLETE"
        assert run.data.tags["optuna.study_name"] == "basic"
        # the runner's own logging is all there, with the trial's sampled values
        assert float(run.data.params["optim.lr"]) == pytest.approx(t.params["optim.lr"])
        assert float(run.data.params["model.dropout"]) == pytest.approx(t.params["model.dropout"])
        assert "n_parameters" in run.data.params and "train/loss" in run.data.metrics
        # the objective is val/loss at the run's best epoch
        hist = {m.step: m.value for m in client.get_metric_history(run.info.run_id, "val/loss")}
        assert t.value == pytest.approx(hist[t.user_attrs["best_epoch"]])
        assert t.value == pytest.approx(min(hist.values()))


def test_a_study_is_reproducible_from_its_seed(basic):
    res, uri, folder, _ = basic
    cfg = config(uri, "basic", {"pruner": "none"})
    again = run_study(cfg, n_trials=3, study_name="basic-again")
    first = load(f"sqlite:///{folder}/optuna.db", "basic").trials[:3]
    second = load(again.report.storage, "basic-again").trials
    assert [t.params for t in second] == [t.params for t in first]  # TPE after 2 random
    assert [t.value for t in second] == pytest.approx([t.value for t in first])


def test_study_report_text_and_json(basic, store):
    res, uri, folder, _ = basic
    out = runner.invoke(app, ["study-report", "basic", "--tracking-uri", uri])
    assert out.exit_code == 0, out.output
    text = out.stdout
    best = res.report.best[0]
    assert f"best: trial {best['number']}" in text
    assert "5 complete" in text and res.parent_run_id in text and "top 5 trials" in text
    out = runner.invoke(app, ["study-report", "basic", "--tracking-uri", uri, "--json",
                              "--top", "2"])
    assert out.exit_code == 0
    data = json.loads(out.stdout)  # one JSON object and nothing else
    assert data["counts"]["COMPLETE"] == 5 and data["n_trials"] == 5
    assert data["best_trial"]["number"] == best["number"]
    assert len(data["top"]) == 2
    assert data["top"][0]["values"]["val/loss"] <= data["top"][1]["values"]["val/loss"]
    assert data["mlflow"]["parent_runs"][0]["run_id"] == res.parent_run_id
    assert data["mlflow"]["experiment"] == "basic"


# ----------------------------------------------------------------------------- pruning, NaN


def test_pruning_stops_bad_trials_early(store):
    _, uri = store
    # some trials get a hopeless learning rate; the median pruner must stop them (seed 0:
    # trials 0 and 1 draw the good rate, so the median is a good curve from trial 2 on)
    cfg = config(uri, "pruning", {
        "space": {"optim.lr": {"type": "categorical", "choices": [0.00001, 0.02]}},
        "sampler": "random", "pruner": {"kind": "median", "n_startup_trials": 1}},
        train={"epochs": 3})
    res = run_study(cfg, n_trials=6)
    study = load(res.report.storage, "pruning")
    pruned = [t for t in study.trials if t.state.name == "PRUNED"]
    bad = [t for t in study.trials if t.params["optim.lr"] == 0.00001]
    assert len(bad) >= 2 and [t.number for t in pruned] == [t.number for t in bad]
    client = MlflowClient(uri)
    for t in pruned:
        assert t.params["optim.lr"] == 0.00001
        assert t.user_attrs["stop_code"] == "pruned" and t.user_attrs["pruned_epoch"] < 3
        run = client.get_run(t.user_attrs["mlflow_run_id"])
        assert run.data.tags["optuna.trial_state"] == "PRUNED"
        assert run.data.tags["optuna.pruned_epoch"] == str(t.user_attrs["pruned_epoch"])
        steps = [m.step for m in client.get_metric_history(run.info.run_id, "val/loss")]
        assert max(steps) == t.user_attrs["pruned_epoch"]  # no epoch trained after pruning
    assert res.report.epochs_trained < 6 * 3
    assert client.get_run(res.parent_run_id).data.metrics["trials_pruned"] == len(pruned)


def test_default_pruner_halves_at_rungs_and_stops_every_hopeless_trial(store):
    _, uri = store
    # no pruner named: successive halving, judging at epochs 1 and 2 of 4 (never at the last),
    # once 5 trials have completed (seed 0 draws the hopeless rate for trials 2, 4 and 6)
    cfg = config(uri, "halving", {
        "space": {"optim.lr": {"type": "categorical", "choices": [0.00001, 0.02]}},
        "sampler": "random"}, train={"epochs": 4})
    res = run_study(cfg, n_trials=8)
    study = load(res.report.storage, "halving")
    pruned = {t.number: t for t in study.trials if t.state.name == "PRUNED"}
    bad = [t.number for t in study.trials if t.params["optim.lr"] == 0.00001]
    assert [t.state.name for t in study.trials[:5]] == ["COMPLETE"] * 5  # the startup trials
    late = [n for n in bad if n >= 5]
    assert late and set(pruned) == set(late)  # every hopeless one after them, and only those
    assert all(t.user_attrs["pruned_epoch"] in (1, 2) for t in pruned.values())
    assert all("successive-halving" in t.user_attrs["stop_reason"] for t in pruned.values())
    assert study.best_trial.params["optim.lr"] == 0.02
    assert res.report.epochs_trained <= 8 * 4 - 2 * len(pruned)
    tags = MlflowClient(uri).get_run(res.parent_run_id).data.tags
    assert tags["optuna.pruner"] == "successive_halving"
    assert json.loads(tags["optuna.pruner_options"]) == {
        "min_resource": 1, "reduction_factor": 2, "n_startup_trials": 5, "tolerance": 0.02,
        "param_tolerance": 0.02}
    assert pruner_kind(study.user_attrs) == "successive_halving"  # for the study diagnosis


def test_nan_trial_is_recorded_and_the_study_goes_on(store):
    _, uri = store
    cfg = config(uri, "nan", {
        "space": {"optim.lr": {"type": "categorical", "choices": [0.01, 10.0]}},
        "sampler": "random", "pruner": "none"},
        data={"dataset": "sine", "n_samples": 300}, model={"hidden": [32, 32]},
        optim={"name": "sgd", "momentum": 0.9}, train={"epochs": 2})
    res = run_study(cfg, n_trials=5)
    study = load(res.report.storage, "nan")
    assert len(study.trials) == 5
    bad = [t for t in study.trials if t.params["optim.lr"] == 10.0]
    good = [t for t in study.trials if t.params["optim.lr"] == 0.01]
    assert len(bad) >= 2 and good
    client = MlflowClient(uri)
    for t in bad:
        assert t.state.name == "PRUNED"  # on_divergence: prune (TPE learns from it)
        assert t.user_attrs["stop_code"] in ("nan_loss", "divergence")
        run = client.get_run(t.user_attrs["mlflow_run_id"])
        assert run.info.status == "FAILED"
        assert run.data.tags["optuna.trial_state"] == "PRUNED"
        assert run.data.tags["optuna.reason"] == t.user_attrs["stop_code"]
    assert all(t.state.name == "COMPLETE" for t in good)
    codes = {f.code for f in res.report.diagnosis}
    assert "diverged_choice" in codes  # "all trials with optim.lr=10.0 diverged"
    assert "optim.lr=10.0" in client.get_run(res.parent_run_id).data.tags["study_diagnosis"]


# ----------------------------------------------------------------------------- resume, faults


class InterruptAt(Callback):
    def on_epoch_end(self, trainer, epoch, metrics):  # noqa: ANN001
        raise KeyboardInterrupt


def test_interrupted_study_resumes_and_continues_its_count(store, monkeypatch):
    import dnnlab.runner

    _, uri = store
    cfg = config(uri, "resume", {"pruner": "none"})
    real = dnnlab.runner.run_experiment

    def interrupt_trial_1(c, **kw):
        if kw["extra_tags"]["optuna.trial_number"] == "1":
            kw["extra_callbacks"] = [*kw["extra_callbacks"], InterruptAt()]
        return real(c, **kw)

    monkeypatch.setattr(dnnlab.runner, "run_experiment", interrupt_trial_1)
    with pytest.raises(KeyboardInterrupt):
        run_study(cfg, n_trials=3)
    monkeypatch.setattr(dnnlab.runner, "run_experiment", real)
    client = MlflowClient(uri)
    parents = client.search_runs(
        [client.get_experiment_by_name("resume").experiment_id],
        filter_string="tags.`mlflow.source.name` = 'dnnlab study' and "
                      "tags.`optuna.sampler` = 'tpe'")
    assert [p.info.status for p in parents] == ["KILLED"]
    storage = parents[0].data.tags["optuna.storage"]
    study = load(storage, "resume")
    states = [t.state.name for t in study.trials]
    assert states == ["COMPLETE", "FAIL", "WAITING", "WAITING"]  # ticket 2 + a retry of 1
    assert study.trials[1].user_attrs["fail_reason"] == "interrupted"

    res = run_study(cfg, n_trials=3, resume=True)
    study = load(storage, "resume")
    assert [t.state.name for t in study.trials] == ["COMPLETE", "FAIL", "COMPLETE", "COMPLETE"]
    assert study.trials[3].params == study.trials[1].params  # the retry re-runs trial 1
    assert study.trials[3].system_attrs["failed_trial"] == 1
    assert res.trials_run == 2 and res.report.counts["COMPLETE"] == 3
    # the same name continues the count: trials 4 and 5 when the target grows to 5
    res = run_study(cfg, n_trials=5)
    study = load(storage, "resume")
    assert [t.number for t in study.trials] == [0, 1, 2, 3, 4, 5]
    assert sorted(int(r.data.tags["optuna.trial_number"])
                  for r in children(client, res.parent_run_id)) == [4, 5]


def test_trials_of_dead_workers_are_failed_and_retried(store, tmp_path):
    _, uri = store
    storage = f"sqlite:///{tmp_path}/optuna.db"
    cfg = config(uri, "dead", {"pruner": "none", "heartbeat_interval": 1, "grace_period": 1})
    run_study(cfg, n_trials=1, storage=storage)
    study = load(storage, "dead")
    # a worker of this machine killed with -9 (its pid is gone) ...
    gone = subprocess.Popen(["true"])
    gone.wait()
    local = study.ask()
    local.set_user_attr("dnnlab.worker", f"{socket.gethostname()}:{gone.pid}")
    # ... and a worker on another machine whose heartbeat stopped
    rdb = parse_storage(storage).open()
    remote = study.ask()
    remote.set_user_attr("dnnlab.worker", "elsewhere:1")
    rdb.record_heartbeat(rdb.get_trial_id_from_study_id_trial_number(
        rdb.get_study_id_from_name("dead"), remote.number))
    time.sleep(2.5)  # past the grace period
    res = run_study(cfg, n_trials=3, storage=storage, resume=True)
    study = load(storage, "dead")
    by_number = {t.number: t for t in study.trials}
    assert by_number[1].state.name == "FAIL" and by_number[2].state.name == "FAIL"
    retries = {t.system_attrs["failed_trial"]: t for t in study.trials
               if "failed_trial" in t.system_attrs}
    assert set(retries) == {1, 2}
    assert all(t.state.name == "COMPLETE" for t in retries.values())
    assert res.report.counts["COMPLETE"] == 3 and res.report.counts["RUNNING"] == 0
    assert "trials_rerun" in {f.code for f in res.report.diagnosis}


def test_two_workers_run_exactly_n_trials(store, monkeypatch):
    import dnnlab.study._pool as pool

    real = pool.run_worker

    def after_the_spawned_worker_starts(spec, on_trial=None):  # noqa: ANN001
        # worker 0 runs in this process; on a busy machine it could finish every trial before
        # the spawned worker has imported torch, so let the spawned one claim a ticket first
        study = optuna.load_study(study_name=spec.ctx.study_name, storage=spec.storage.open())
        deadline = time.time() + 240
        while time.time() < deadline and all(t.state.name == "WAITING" for t in study.trials):
            time.sleep(0.2)
        return real(spec, on_trial=on_trial)

    monkeypatch.setattr(pool, "run_worker", after_the_spawned_worker_starts)
    _, uri = store
    cfg = config(uri, "workers", {"pruner": "none"})
    res = run_study(cfg, n_trials=6, workers=2)
    assert res.report.storage.endswith("optuna.journal")  # SQLite would lock up
    study = load(res.report.storage, "workers")
    numbers = [t.number for t in study.trials]
    assert numbers == list(range(6))
    assert all(t.state.name == "COMPLETE" for t in study.trials)
    owners = {t.user_attrs["dnnlab.worker"] for t in study.trials}
    assert len(owners) == 2  # both processes ran trials
    client = MlflowClient(uri)
    kids = children(client, res.parent_run_id)
    assert len(kids) == 6
    assert sorted(int(r.data.tags["optuna.trial_number"]) for r in kids) == numbers
    assert {r.info.run_id for r in kids} == {t.user_attrs["mlflow_run_id"] for t in study.trials}
    assert client.get_run(res.parent_run_id).data.metrics["trials_total"] == 6


# ----------------------------------------------------------------------------- multi-objective


def test_multi_objective_pareto_front(store):
    _, uri = store
    cfg = config(uri, "pareto", {
        "space": {"model.hidden": {"type": "categorical", "choices": [[4], [32], [64, 32]]},
                  "optim.lr": {"low": 0.005, "high": 0.05, "log": True}},
        "objectives": ["val/loss", "n_parameters"], "sampler": "random"})
    res = run_study(cfg, n_trials=4)
    data = res.to_dict()
    assert data["best_trial"] is None and data["pareto_front"]
    study = load(res.report.storage, "pareto")
    assert {t.number for t in study.best_trials} == {r["number"] for r in data["pareto_front"]}
    for t in study.trials:
        hidden = json.loads(t.params["model.hidden"])
        assert t.user_attrs["n_parameters"] == t.values[1]
        assert t.values[1] > 0 and isinstance(hidden, list)
    client = MlflowClient(uri)
    tags = client.get_run(res.parent_run_id).data.tags
    assert json.loads(tags["optuna.pareto_trials"]) == [r["number"] for r in data["pareto_front"]]
    files = {a.path for a in client.list_artifacts(res.parent_run_id)}
    assert "pareto_front.json" in files
    assert "Pareto front" in res.report.to_text()


# ----------------------------------------------------------------------------- the CLI


def write(path: Path, data: dict) -> Path:
    path.write_text(yaml.safe_dump(data))
    return path


BASE = {"name": "cli", "data": {"dataset": "digits"}, "model": {"hidden": [16]},
        "train": {"epochs": 1}, "tracking": {"log_model": False}}


def test_study_command_json(store, tmp_path):
    _, uri = store
    exp = write(tmp_path / "exp.yaml", BASE | {"name": "cli-json", "study": {"pruner": "none"}})
    out = runner.invoke(app, ["study", str(exp), "--n-trials", "2", "--tracking-uri", uri,
                              "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["study_name"] == "cli-json" and data["trials_run"] == 2
    assert data["counts"]["COMPLETE"] == 2 and data["status"] == "FINISHED"
    assert set(data["best_trial"]["params"]) == {"optim.lr", "model.dropout"}  # the default


def test_storage_and_name_precedence_flag_env_file(store, tmp_path, monkeypatch):
    """--storage beats $DNNLAB_STORAGE beats the file's study.storage; --study-name beats
    study.name beats the experiment's name."""
    _, uri = store
    paths = {k: tmp_path / f"{k}.journal" for k in ("file", "env", "flag")}
    exp = write(tmp_path / "exp.yaml", BASE | {
        "name": "precedence",
        "study": {"pruner": "none", "storage": str(paths["file"]), "name": "from-file"}})
    monkeypatch.delenv("DNNLAB_STORAGE", raising=False)

    def study(*args: str) -> dict:
        out = runner.invoke(app, ["study", str(exp), "--n-trials", "1", "--tracking-uri", uri,
                                  "--json", *args])
        assert out.exit_code == 0, out.output
        return json.loads(out.stdout)

    assert study()["study_name"] == "from-file"
    monkeypatch.setenv("DNNLAB_STORAGE", str(paths["env"]))
    study()
    study("--storage", str(paths["flag"]), "--study-name", "from-flag")
    names = {k: sorted(s.study_name for s in optuna.get_all_study_summaries(
        parse_storage(str(p)).open())) for k, p in paths.items()}
    assert names == {"file": ["from-file"], "env": ["from-file"], "flag": ["from-flag"]}


BAD = [
    ("unknown_key", {"space": {"optim.lrr": {"low": 0.1, "high": 1}}}, [], "unknown key"),
    ("bad_type", {"space": {"optim.lr": {"type": "gaussian", "low": 0.1, "high": 1}}}, [],
     "gaussian"),
    ("low_ge_high", {"space": {"optim.lr": {"low": 0.1, "high": 0.01}}}, [], "must be below"),
    ("log_from_zero", {"space": {"optim.lr": {"low": 0, "high": 0.1, "log": True}}}, [],
     "low > 0"),
    ("out_of_schema", {"space": {"model.dropout": {"low": 0, "high": 1.0}}}, [],
     "model.dropout"),
    ("unknown_pruner", {"pruner": "sometimes"}, [], "median"),
    ("pruner_option", {"pruner": {"kind": "median", "patience": 3}}, [], "unknown option"),
    ("bad_metric", {"objectives": ["val/accurcy"]}, [], "val/accurcy"),
    ("unreachable_storage", {}, ["--storage", "postgresql://u:secret@127.0.0.1:9/optuna"],
     "cannot open Optuna storage"),
    ("unreachable_file_storage", {"storage": "postgresql://u:secret@127.0.0.1:9/optuna"}, [],
     "cannot open Optuna storage"),
    ("resume_missing", {}, ["--resume", "--study-name", "never-made"], "no study named"),
    ("no_n_trials", {}, [], "--n-trials"),
]


@pytest.mark.parametrize(("case", "study", "args", "fragment"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_one_line_exit_2_and_no_run(case, study, args, fragment, tmp_path):
    uri = f"sqlite:///{tmp_path}/mlflow.db"
    exp = write(tmp_path / "exp.yaml", BASE | {"name": f"bad-{case}", "study": study})
    n_trials = [] if case == "no_n_trials" else ["--n-trials", "2"]
    out = runner.invoke(app, ["study", str(exp), *n_trials, "--tracking-uri", uri, *args])
    assert out.exit_code == 2, out.output
    err = out.stderr.strip()
    assert err.startswith("error: ") and "\n" not in err, err
    assert fragment in err, err
    assert "secret" not in err
    assert out.stdout == ""
    assert not (tmp_path / "mlflow.db").exists() or n_runs(uri) == 0
    assert not (tmp_path / "optuna.db").exists()  # nor an Optuna study


def test_bad_input_with_workers_leaves_no_process_behind(tmp_path):
    """Workers boot before the set-up checks; a failed set-up sends them home."""
    import multiprocessing

    uri = f"sqlite:///{tmp_path}/mlflow.db"
    exp = write(tmp_path / "exp.yaml", BASE | {"name": "bad-workers",
                                               "study": {"objectives": ["val/accurcy"]}})
    out = runner.invoke(app, ["study", str(exp), "--n-trials", "2", "--workers", "3",
                              "--tracking-uri", uri])
    assert out.exit_code == 2, out.output
    assert "val/accurcy" in out.stderr and "\n" not in out.stderr.strip()
    assert multiprocessing.active_children() == []
    assert not (tmp_path / "optuna.journal").exists()
    assert not (tmp_path / "mlflow.db").exists() or n_runs(uri) == 0


def test_study_report_of_a_missing_study(basic, store, tmp_path):
    folder, uri = store
    out = runner.invoke(app, ["study-report", "nothing-here", "--tracking-uri", uri])
    assert out.exit_code == 2
    assert out.stderr.startswith("error: no study named 'nothing-here'")
    assert "basic" in out.stderr  # the studies that are there
    out = runner.invoke(app, ["study-report", "x", "--storage", str(tmp_path / "no.journal")])
    assert out.exit_code == 2 and "no study named" in out.stderr
    assert not (tmp_path / "no.journal").exists()
    out = runner.invoke(app, ["study-report", "x", "--tracking-uri",
                              f"sqlite:///{tmp_path}/mlflow.db"])
    assert out.exit_code == 2 and "no Optuna storage next to" in out.stderr


# ----------------------------------------------------------------------------- pure parts


def test_study_diagnosis_rules():
    lr = ParamSpace(low=1e-4, high=1.0, log=True)
    dropout = ParamSpace(low=0.0, high=0.5)
    space = {"optim.lr": lr, "model.dropout": dropout}
    obj = [ObjectiveSpec(metric="val/loss")]
    rows = [  # lr >= 0.3 always diverges; the best trial has dropout at the upper edge
        (0, "COMPLETE", 0.001, 0.10, 0.50, None), (1, "COMPLETE", 0.010, 0.49, 0.20, None),
        (2, "COMPLETE", 0.003, 0.30, 0.40, None), (3, "COMPLETE", 0.020, 0.25, 0.30, None),
        (4, "COMPLETE", 0.050, 0.20, 0.35, None), (5, "PRUNED", 0.300, 0.10, None, "nan_loss"),
        (6, "FAIL", 0.500, 0.40, None, "divergence"), (7, "PRUNED", 0.900, 0.20, None,
                                                        "nan_loss"),
    ]
    t = pd.DataFrame(rows, columns=["number", "state", "optim.lr", "model.dropout", "val/loss",
                                    "stop_code"])
    found = {f.code: f for f in diagnose_study(t, space, obj)}
    assert found["diverged_above"].param == "optim.lr"
    assert found["diverged_above"].evidence["threshold"] == 0.3
    assert found["diverged_above"].evidence["n_diverged"] == 3
    assert "high: 0.05" in found["diverged_above"].message
    assert found["best_at_edge"].param == "model.dropout"
    assert "upper edge" in found["best_at_edge"].message
    assert "trial_errors" not in found  # divergence is not an error
    # nothing to say about a healthy study, and the all-diverged case is said once
    ok = t[t["stop_code"].isna()].assign(**{"model.dropout": [0.2, 0.25, 0.3, 0.22, 0.2]})
    ok["val/loss"] = [0.5, 0.2, 0.4, 0.3, 0.35]
    assert diagnose_study(ok, space, obj) == []
    bad = t[t["stop_code"].notna()]
    codes = [f.code for f in diagnose_study(bad, space, obj)]
    assert codes == ["no_complete", "all_diverged"]
    # 17 of 20 trials pruned: too many for a median pruner, what successive halving does
    many = pd.DataFrame({"number": range(20), "state": ["COMPLETE"] * 3 + ["PRUNED"] * 17,
                         "optim.lr": 0.01, "model.dropout": 0.2,
                         "val/loss": [0.3, 0.2, 0.25] + [None] * 17,
                         "stop_code": [None] * 3 + ["pruned"] * 17})
    median = {f.code: f for f in diagnose_study(many, space, obj, pruner="median")}
    assert "n_warmup_steps" in median["mostly_pruned"].message
    assert "mostly_pruned" not in {
        f.code for f in diagnose_study(many, space, obj, pruner="successive_halving")}
    many.loc[:1, ["state", "stop_code"]] = ["PRUNED", "pruned"]  # 19 of 20
    halving = {f.code: f for f in diagnose_study(many, space, obj, pruner="successive_halving")}
    assert "min_resource" in halving["mostly_pruned"].message
    assert pruner_kind({"dnnlab.pruner": '{"kind": "hyperband", "max_resource": 20}'}) \
        == "hyperband"
    assert pruner_kind({}) is None


def test_space_helpers_and_pruners():
    cfg = load_config_dict({"model": {"hidden": [64, 32]}})
    out = apply_params(cfg, {"model.hidden.1": 8, "optim.name": "sgd",
                             "train.early_stopping.patience": 2})
    assert out.model.hidden == [64, 8] and out.optim.name == "sgd"
    assert out.train.early_stopping.patience == 2 and out.study is None
    with pytest.raises(UserError, match="not an index"):
        apply_params(cfg, {"model.hidden.5": 8})
    space = {"optim.lr": ParamSpace(low=1e-3, high=1e-1, log=True),
             "model.hidden": ParamSpace(type="categorical", choices=[[8], [16, 8]])}
    grid = grid_points(space, 3, seed=0)
    assert len(grid) == 6
    assert sorted({p["optim.lr"] for p in grid}) == pytest.approx([1e-3, 1e-2, 1e-1])
    assert {p["model.hidden"] for p in grid} == {"[8]", "[16, 8]"}
    for kind, opts in [("median", {"n_warmup_steps": 1}), ("percentile", {"percentile": 25}),
                       ("successive_halving", {}), ("hyperband", {}), ("threshold",
                                                                       {"upper": 5.0}),
                       ("patient", {"patience": 2, "wrapped": "median"}), ("wilcoxon", {}),
                       ("none", {})]:
        assert make_pruner({"kind": kind, **opts}, epochs=10) is not None
    with pytest.raises(UserError, match="percentile"):
        make_pruner({"kind": "percentile"}, epochs=10)
    with pytest.raises(UserError, match="study.pruner threshold"):
        make_pruner({"kind": "threshold"}, epochs=10)
    # median/percentile judge a trial after a fifth of its epochs unless told otherwise
    assert make_pruner("median", epochs=20)._n_warmup_steps == 4
    assert make_pruner("median", epochs=3)._n_warmup_steps == 1
    assert make_pruner({"kind": "median", "n_warmup_steps": 0}, epochs=20)._n_warmup_steps == 0
    assert make_pruner({"kind": "percentile", "percentile": 25},
                       epochs=30)._n_warmup_steps == 6
    # successive halving (the default) first judges after an eighth of the epochs and keeps
    # the better half at each rung: 3, 6 and 12 of 20 epochs
    # (wrapped in dnnlab's guards: tests/test_study_small.py)
    sh = make_pruner(pruner_config(StudyConfig()), epochs=20).wrapped
    assert isinstance(sh, optuna.pruners.SuccessiveHalvingPruner)
    assert (sh._min_resource, sh._reduction_factor) == (3, 2)
    assert make_pruner("successive_halving", epochs=4).wrapped._min_resource == 1
    assert make_pruner({"kind": "successive_halving", "min_resource": 5, "reduction_factor": 3},
                       epochs=20).wrapped._min_resource == 5
    two = StudyConfig(objectives=[{"metric": "val/loss"}, {"metric": "n_parameters"}])
    assert pruner_config(two).kind == "none"  # Optuna prunes on one objective only


def test_storage_urls_are_checked_and_redacted(tmp_path):
    spec = parse_storage("postgresql://me:pw@db:5432/optuna")
    assert "pw" not in spec.display and spec.kind == "rdb"
    assert parse_storage(str(tmp_path / "s.journal")).kind == "journal"
    with pytest.raises(UserError, match="does not exist"):
        parse_storage(f"sqlite:///{tmp_path}/no/such/optuna.db")
    with pytest.raises(UserError, match="unknown scheme"):
        parse_storage("redis://localhost/0")
    with pytest.raises(UserError, match="no study named"):
        study_report("x", storage=str(tmp_path / "empty.journal"))
