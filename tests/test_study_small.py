"""Small studies: the default pruner waits for enough finished trials and never prunes a twin of
the best; a pruned trial's run ends FINISHED (tagged, not "not converged"); the Study page says
what its charts need instead of drawing them from one trial.

Real Optuna studies (in memory, or SQLite next to a real MLflow SQLite store in a temp dir).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import optuna
import pytest
from mlflow import MlflowClient
from streamlit.testing.v1 import AppTest

from dnnlab.config import PrunerConfig, load_config_dict
from dnnlab.diagnose import diagnose
from dnnlab.errors import UserError
from dnnlab.keys import PRUNED
from dnnlab.runs import load_history, run_meta
from dnnlab.study import make_pruner, parse_storage, pruner_options, run_study
from dnnlab.study._pruner import GuardedPruner
from tests.conftest import ROOT

LR = optuna.distributions.FloatDistribution(1e-4, 1e-1, log=True)
DROPOUT = optuna.distributions.FloatDistribution(0.0, 0.5)


def play(pruner: Any, trials: list[tuple[dict[str, float], list[float]]]) -> list[str]:
    """Run hand-made learning curves through ``pruner`` in a real Optuna study as dnnlab does
    (report every epoch, ask at every epoch but the last); the trials' final states."""
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    study = optuna.create_study(direction="minimize", pruner=pruner)
    states = []
    for params, curve in trials:
        study.enqueue_trial(params)  # the next trial takes exactly these parameters
        trial = study.ask({"optim.lr": LR, "model.dropout": DROPOUT})
        pruned = False
        for epoch, value in enumerate(curve, 1):
            trial.report(value, epoch)
            if epoch < len(curve) and trial.should_prune():
                pruned = True
                break
        if pruned:
            study.tell(trial, state=optuna.trial.TrialState.PRUNED)
        else:
            study.tell(trial, min(curve))
        states.append("PRUNED" if pruned else "COMPLETE")
    return states


def halving(**guards: Any) -> Any:
    return make_pruner({"kind": "successive_halving", "min_resource": 1, **guards}, epochs=4)


def bare() -> optuna.pruners.SuccessiveHalvingPruner:
    return optuna.pruners.SuccessiveHalvingPruner(min_resource=1, reduction_factor=2)


FAST = [0.50, 0.30, 0.25, 0.24]  # quick start, ends worse
SLOW = [0.90, 0.40, 0.20, 0.10]  # slow start, ends best
BAD = [2.00, 1.90, 1.80, 1.70]


def test_default_guards_are_logged_options():
    opts = pruner_options(PrunerConfig(kind="successive_halving"), 20)
    assert opts == {"min_resource": 3, "reduction_factor": 2, "n_startup_trials": 5,
                    "tolerance": 0.02, "param_tolerance": 0.02}
    pruner = make_pruner("successive_halving", epochs=20)
    assert isinstance(pruner, GuardedPruner) and pruner.n_startup_trials == 5
    assert pruner.wrapped._min_resource == 3 and pruner.wrapped._reduction_factor == 2
    assert make_pruner({"kind": "successive_halving", "n_startup_trials": 0, "tolerance": 0.1},
                       epochs=20).tolerance == 0.1
    with pytest.raises(UserError, match="successive_halving"):
        make_pruner({"kind": "successive_halving", "tolerance": -1}, epochs=20)


def test_no_pruning_before_n_startup_trials_complete():
    far = {"optim.lr": 0.05, "model.dropout": 0.45}
    worse = [[v * (1 + i / 10) for v in BAD] for i in range(3)]  # each worse than the last
    trials = [({"optim.lr": 0.001, "model.dropout": 0.1}, SLOW), *((far, c) for c in worse)]
    # bare successive halving prunes the second trial against the first alone
    assert play(bare(), trials) == ["COMPLETE", "PRUNED", "PRUNED", "PRUNED"]
    # guarded: the first 3 complete whatever they are, then pruning starts
    assert play(halving(n_startup_trials=3), trials) == ["COMPLETE"] * 3 + ["PRUNED"]


def test_a_twin_of_the_best_is_never_pruned():
    best = {"optim.lr": 0.00443, "model.dropout": 0.358}
    twin = {"optim.lr": 0.00449, "model.dropout": 0.354}  # the pair
    others = [({"optim.lr": 0.02 + i / 1000, "model.dropout": 0.05}, FAST) for i in range(4)]
    # the best starts slowly: at epoch 1 it ranks below the fast starters; its twin's curve is
    # 3% worse at epoch 1 (noise), beyond the value tolerance, so only its params save it
    twin_curve = [0.927, 0.41, 0.21, 0.105]
    trials = [*others, (best, SLOW), (twin, twin_curve)]
    assert play(bare(), trials)[-1] == "PRUNED"
    # the default guard: 5 startup trials (the four fast ones and the best) complete, then
    assert play(halving(), trials) == ["COMPLETE"] * 6
    # the same curve elsewhere in the space is pruned: the guard is about the best's twin
    far = {"optim.lr": 0.09, "model.dropout": 0.01}
    assert play(halving(), [*trials[:-1], (far, twin_curve)])[-1] == "PRUNED"
    # and a curve within 2% of the best's at that epoch is kept wherever it lies
    near_curve = [0.91, 0.405, 0.202, 0.101]
    assert play(bare(), [*trials[:-1], (far, near_curve)])[-1] == "PRUNED"
    assert play(halving(), [*trials[:-1], (far, near_curve)])[-1] == "COMPLETE"
    # a hopeless trial far from the best is still pruned once the startup trials are done
    assert play(halving(), [*trials, (far, BAD)])[-1] == "PRUNED"


# ----------------------------------------------------------------------------- a real study


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("small-study")
    uri = f"sqlite:///{folder}/mlflow.db"
    MlflowClient(uri).search_experiments()  # create the tables once
    return folder, uri


def config(uri: str, name: str, space: dict[str, Any], pruner: dict[str, Any] | str) -> Any:
    return load_config_dict({
        "name": name, "seed": 1,
        "data": {"dataset": "digits"},
        "model": {"kind": "mlp", "hidden": [16]},
        "train": {"epochs": 3, "batch_size": 64},
        "tracking": {"uri": uri, "log_model": False},
        "study": {"space": space, "sampler": "random", "pruner": pruner},
    })


@pytest.fixture(scope="module")
def small(store: tuple[Path, str]) -> tuple[optuna.Study, str, Any]:
    _, uri = store
    lrs = {"optim.lr": {"type": "categorical", "choices": [0.001, 0.002, 0.004, 0.03]}}
    cfg = config(uri, "small", lrs, {"kind": "successive_halving", "n_startup_trials": 2})
    res = run_study(cfg, n_trials=5)
    study = optuna.load_study(study_name="small",
                              storage=parse_storage(res.report.storage).open())
    return study, uri, res


def test_small_study_waits_for_startup_trials_and_keeps_the_best_config(small):
    study, uri, res = small
    trials = study.trials
    states = [t.state.name for t in trials]
    assert states[:2] == ["COMPLETE", "COMPLETE"]
    pruned = [t for t in trials if t.state.name == "PRUNED"]
    assert pruned, states  # the study exercises pruning at all
    for t in pruned:  # judged only once 2 trials had completed before it started
        done_before = [u for u in trials if u.state.name == "COMPLETE"
                       and u.datetime_complete < t.datetime_start]
        assert len(done_before) >= 2
    # every trial with the best trial's configuration (the same lr) ran to the end
    best_lr = study.best_trial.params["optim.lr"]
    assert all(t.state.name == "COMPLETE" for t in trials if t.params["optim.lr"] == best_lr)
    tags = MlflowClient(uri).get_run(res.parent_run_id).data.tags
    assert json.loads(tags["optuna.pruner_options"]) == {
        "min_resource": 1, "reduction_factor": 2, "n_startup_trials": 2, "tolerance": 0.02,
        "param_tolerance": 0.02}


def test_pruned_runs_end_finished_tagged_and_not_diagnosed_not_converged(small):
    study, uri, _ = small
    client = MlflowClient(uri)
    pruned = [t for t in study.trials if t.state.name == "PRUNED"]
    counterfactual = 0
    for t in pruned:
        run = client.get_run(t.user_attrs["mlflow_run_id"])
        tags = run.data.tags
        assert run.info.status == "FINISHED"  # stopped by design, not KILLED by a user
        assert tags[PRUNED] == "true"
        assert tags["optuna.trial_state"] == "PRUNED"
        assert tags["optuna.pruned_epoch"] == str(t.user_attrs["pruned_epoch"])
        note = tags["mlflow.note.content"]
        assert f"at epoch {t.user_attrs['pruned_epoch']}: val/loss=" in note
        assert "successive-halving" in note and "not a failure" in note
        assert tags["stop_reason"].startswith("pruned by the successive-halving pruner")
        assert "diagnosis.not_converged" not in tags  # the end-of-run diagnosis
        history, meta = load_history(client, run), run_meta(run)
        assert meta.pruned
        assert "not_converged" not in {f.code for f in diagnose(history, meta).findings}
        # the same curve not marked as pruned would be told to train longer
        unmarked = diagnose(history, replace(meta, pruned=False)).findings
        counterfactual += "not_converged" in {f.code for f in unmarked}
    assert counterfactual >= 1
    # completed trials keep their ordinary diagnosis and carry no pruned tag
    done = next(t for t in study.trials if t.state.name == "COMPLETE")
    assert PRUNED not in client.get_run(done.user_attrs["mlflow_run_id"]).data.tags


def test_runs_table_shows_pruned_trials_as_pruned(small):
    from dnnlab.dashboard_data import runs_frame

    study, uri, _ = small
    client = MlflowClient(uri)
    ids = {t.user_attrs["mlflow_run_id"]: t.state.name for t in study.trials}
    frame = runs_frame([client.get_run(i) for i in ids])
    shown = dict(zip(frame["run_id"], frame["status"], strict=True))
    assert {i: ("PRUNED" if s == "PRUNED" else "FINISHED") for i, s in ids.items()} == shown


# ----------------------------------------------------------------------------- dashboard


def test_study_page_with_one_finished_trial_says_what_its_charts_need(store, monkeypatch):
    from dashboards import common

    _, uri = store
    cfg = config(uri, "single", {"optim.lr": {"low": 1e-3, "high": 0.1, "log": True},
                                 "model.dropout": {"low": 0.0, "high": 0.5}}, "none")
    run_study(cfg, n_trials=1)
    monkeypatch.setenv("MLFLOW_TRACKING_URI", uri)
    monkeypatch.delenv("DNNLAB_STORAGE", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboards" / "app.py"), default_timeout=180)
    at.run()
    at.switch_page(common.STUDY_PAGE)
    at.query_params["study"] = "single"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="study_name").value == "single"
    info = "\n".join(str(e.value) for e in at.info)
    assert "Parameter importances for val/loss: needs at least 5 finished trials, has 1" in info
    assert "needs at least 5 finished trials, has 1" in info.split("Contour of val/loss")[1]
    figs = [json.loads(e.proto.spec) for e in at.get("plotly_chart")]
    titles = [f["layout"]["title"]["text"] for f in figs]
    assert not any(t.startswith(("Parameter importances", "Contour")) for t in titles), titles
    assert any(t.startswith("Optimisation history") for t in titles)
    # a one-point colour bar spans the value (a loss is never coloured on a negative range)
    value = optuna.load_study(study_name="single", storage=f"sqlite:///{store[0]}/optuna.db"
                              ).best_value
    scatter = next(f for f in figs if "×" in f["layout"]["title"]["text"])
    axis = scatter["layout"]["coloraxis"]
    assert 0 <= axis["cmin"] < value < axis["cmax"]
