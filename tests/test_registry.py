"""The model registry from the command line: `--register NAME` on train and study, the alias
`champion`, `init_from: models:/NAME@champion`, and names MLflow refuses."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from typer.testing import CliRunner

from dnnlab.cli import app
from tests.conftest import all_runs

runner = CliRunner()
EXP = {"name": "reg", "data": {"dataset": "moons", "n_samples": 300},
       "model": {"kind": "mlp", "hidden": [16]}, "train": {"epochs": 2, "batch_size": 32},
       "tracking": {"log_model": True}}


def write(tmp_path: Path, exp: dict, name: str = "e.yaml") -> str:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(exp))
    return str(path)


def train(args: list[str], uri: str):
    return runner.invoke(app, ["train", *args, "--tracking-uri", uri, "-q", "--json"])


def test_train_registers_versions_and_moves_champion(tmp_path, tracking_uri, client):
    exp = write(tmp_path, EXP)
    first = train([exp, "--register", "moons-mlp"], tracking_uri)
    assert first.exit_code == 0, first.output
    out = json.loads(first.stdout)
    assert out["registered"] == {"name": "moons-mlp", "version": 1, "alias": "champion"}
    second = train([exp, "--register", "moons-mlp"], tracking_uri)
    assert second.exit_code == 0, second.output
    rid2 = json.loads(second.stdout)["run_id"]
    champion = client.get_model_version_by_alias("moons-mlp", "champion")
    assert int(champion.version) == 2 and champion.run_id == rid2
    # a new run starts from the champion's weights
    warm = write(tmp_path, {**EXP, "model": {**EXP["model"],
                                             "init_from": "models:/moons-mlp@champion"}},
                 "warm.yaml")
    res = train([warm], tracking_uri)
    assert res.exit_code == 0, res.output
    run = client.get_run(json.loads(res.stdout)["run_id"])
    assert run.data.params["model.init_from"] == "models:/moons-mlp@champion"


def test_a_refused_name_or_no_model_registers_nothing(tmp_path, tracking_uri, client):
    exp = write(tmp_path, EXP)
    bad = train([exp, "--register", "a/b"], tracking_uri)
    assert bad.exit_code == 2
    assert bad.stderr.strip().startswith("error: --register 'a/b'")
    assert not all_runs(client)  # refused before any run
    no_model = write(tmp_path, {**EXP, "tracking": {"log_model": False}}, "nomodel.yaml")
    res = train([no_model, "--register", "fine-name"], tracking_uri)
    assert res.exit_code == 2 and "log_model" in res.stderr
    assert not client.search_registered_models()


def test_study_registers_its_best_trials_model(tmp_path, tracking_uri, client):
    exp = write(tmp_path, {**EXP, "tracking": {"log_model": False},
                           "study": {"pruner": "none"}})
    res = runner.invoke(app, ["study", exp, "--n-trials", "2", "--tracking-uri", tracking_uri,
                              "--storage", f"sqlite:///{tmp_path}/optuna.db", "-q", "--json",
                              "--register", "moons-best"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    best_run = out["best_trial"]["mlflow_run_id"]
    version = client.get_model_version_by_alias("moons-best", "champion")
    assert version.run_id == best_run and out["registered"]["version"] == 1
    exp_id = client.get_run(best_run).info.experiment_id
    models = client.search_logged_models(experiment_ids=[exp_id])
    assert [m.source_run_id for m in models] == [best_run]
