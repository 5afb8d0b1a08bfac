"""The read-only SQLite reader answers what MLflow's client answers: the run, its history, its
confusion matrix, the store reference and so the whole diagnosis."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from mlflow import MlflowClient
from mlflow.entities import Metric, Param, RunTag

from dnnlab import runs
from dnnlab.errors import UserError
from dnnlab.store_sqlite import SqliteRuns, open_store


def _classifier_run(client: MlflowClient, exp: str, acc: float, digest: str | None,
                    finish: bool = True, dataset: str = "wine") -> str:
    run_id = client.create_run(exp).info.run_id
    params = [Param("n_classes", "3"), Param("steps_per_epoch", "10"), Param("train.epochs", "8")]
    if digest is not None:
        params.append(Param("data.digest", digest))
    client.log_batch(run_id, params=params,
                     tags=[RunTag("dataset", dataset), RunTag("task", "classification")])
    points = [Metric("train/loss", 1.1 * 0.8 ** (s / 10), 0, s) for s in range(80)]
    points += [Metric("train/loss", 0.5, 1, 40)]  # step 40 logged again later: latest wins
    points += [Metric("val/accuracy", acc * (e + 1) / 8, 0, 10 * (e + 1)) for e in range(8)]
    points += [Metric("val/loss", 1.0 - 0.05 * e, 0, 10 * (e + 1)) for e in range(8)]
    points += [Metric("grad_norm/fc", float("nan") if s == 30 else 1.0, 0, s)
               for s in range(0, 80, 10)]
    client.log_batch(run_id, metrics=points)
    client.log_dict(run_id, {"matrix": [[5, 1, 0], [0, 6, 0], [1, 0, 5]]},
                    "confusion_matrix.json")
    if finish:
        client.set_terminated(run_id)
    return run_id


@pytest.fixture
def store(tmp_path):
    uri = f"sqlite:///{tmp_path}/mlflow.db"
    client = MlflowClient(uri)
    exp = client.create_experiment("x", artifact_location=str(tmp_path / "artifacts"))
    ids = [_classifier_run(client, exp, acc, digest) for acc, digest in
           [(0.7, "d1"), (0.95, "d1"), (0.99, "other draw")]]
    reader = open_store(uri)
    assert isinstance(reader, SqliteRuns)
    yield client, reader, ids
    reader.close()


def test_the_run_is_what_mlflow_reads(store):
    client, reader, ids = store
    theirs, ours = client.get_run(ids[0]), runs.get_run(reader, ids[0])
    assert ours.data.params == theirs.data.params
    assert ours.data.tags == theirs.data.tags
    assert ours.data.metrics == theirs.data.metrics
    assert (ours.info.status, ours.info.lifecycle_stage, ours.info.experiment_id) == (
        theirs.info.status, theirs.info.lifecycle_stage, theirs.info.experiment_id)


def test_history_confusion_and_reference_are_mlflows(store):
    client, reader, ids = store
    run_c, run_r = client.get_run(ids[0]), reader.get_run(ids[0])
    ours, theirs = runs.load_history(reader, run_r), runs.load_history(client, run_c)
    assert ours.equals(theirs)
    loss = ours[ours.key == "train/loss"].set_index("step")["value"]
    assert loss[40] == 0.5 and len(loss) == 80
    assert math.isnan(ours[(ours.key == "grad_norm/fc") & (ours.step == 30)]["value"].iloc[0])
    assert runs.confusion_of(reader, run_r) == runs.confusion_of(client, run_c) == (
        (5, 1, 0), (0, 6, 0), (1, 0, 5))
    # runs that ended after this one do not count: a later run never changes its verdict
    assert runs.store_reference(reader, run_r) is None
    assert runs.store_reference(client, run_c) is None
    # a run that ended after both: the best finished run on the same draw of the data (not
    # the 0.99 of another digest)
    later = _classifier_run(client, client.get_run(ids[0]).info.experiment_id, 0.5, "d1")
    ref = runs.store_reference(reader, reader.get_run(later))
    assert ref == runs.store_reference(client, client.get_run(later))
    assert ref[0] == pytest.approx(0.95) and ids[1][:8] in ref[1]
    # while a run is still ending (no end time yet), every finished run counts
    ending = _classifier_run(client, client.get_run(ids[0]).info.experiment_id, 0.5, "d1",
                             finish=False)
    assert runs.store_reference(reader, reader.get_run(ending))[0] == pytest.approx(0.95)
    assert runs.store_reference(client, client.get_run(ending))[0] == pytest.approx(0.95)


def test_the_reference_of_a_users_own_data_is_a_run_on_the_same_samples(store):
    # a CSV file or a data factory: the name says nothing, the samples' fingerprint does
    client, reader, ids = store
    exp = client.get_run(ids[0]).info.experiment_id
    for dataset in ("csv", "factory"):
        same = _classifier_run(client, exp, 0.93, f"{dataset}-a", dataset=dataset)
        for i in range(11):  # better runs on other files: more than a page of ten
            _classifier_run(client, exp, 0.99, f"{dataset}-b{i}", dataset=dataset)
        later = _classifier_run(client, exp, 0.6, f"{dataset}-a", dataset=dataset)
        for c in (reader, client):
            ref = runs.store_reference(c, c.get_run(later))
            assert ref[0] == pytest.approx(0.93) and same[:8] in ref[1], (dataset, c)
        # without a fingerprint nothing identifies its samples: no reference at all
        bare = _classifier_run(client, exp, 0.6, None, dataset=dataset)
        assert runs.store_reference(reader, reader.get_run(bare)) is None
        assert runs.store_reference(client, client.get_run(bare)) is None


def test_the_diagnosis_is_the_one_mlflows_client_gives(store):
    client, reader, ids = store
    for run_id in ids:
        assert runs.diagnose_run(reader, run_id).to_dict() == \
            runs.diagnose_run(client, run_id).to_dict()


def test_a_missing_run_and_a_store_of_other_tables(store, tmp_path):
    _client, reader, _ids = store
    with pytest.raises(UserError, match="not found in the tracking store"):
        runs.get_run(reader, "0" * 32)
    import sqlite3

    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    assert open_store(f"sqlite:///{other}") is None  # not MLflow's: read through MLflow
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(UserError, match="is not an SQLite database"):
        open_store(f"sqlite:///{tmp_path}/junk.db")


def test_the_newest_runs_page_is_mlflows_page(tmp_path):
    """The Runs page's unfiltered listing read from the tables: the same runs in the same order
    as MLflow's search_runs (ties on the start time, a deleted run, another experiment), page
    by page with MLflow's own tokens, and the same table."""
    from dashboards.common import _newest_from_sqlite
    from dnnlab.dashboard_data import runs_frame

    uri = f"sqlite:///{tmp_path}/mlflow.db"
    client = MlflowClient(uri)
    exps = [client.create_experiment(n, artifact_location=str(tmp_path / n)) for n in "abc"]
    made = []
    for i in range(9):
        exp = exps[i % 2]
        run = client.create_run(exp, start_time=1_000 + 10 * (i // 3), run_name=f"r{i}")
        made.append(run.info.run_id)
        client.log_batch(run.info.run_id, params=[Param("optim.lr", str(0.1 * i))],
                         tags=[RunTag("dataset", "wine"), RunTag("diagnosis.verdict", "healthy")],
                         metrics=[Metric("val/accuracy", float("nan") if i == 4 else i / 10,
                                         0, 1)])
        if i % 3 == 0:
            client.set_terminated(run.info.run_id, "FAILED")
    client.create_run(exps[2], run_name="elsewhere")
    client.delete_run(made[5])
    wanted = (exps[0], exps[1])
    token, ours_ids, theirs_ids = None, [], []
    mlflow_token = None
    while True:
        theirs = client.search_runs(list(wanted), order_by=["attributes.start_time DESC"],
                                    max_results=3, page_token=mlflow_token)
        fast = _newest_from_sqlite(uri, wanted, 3, token)
        assert fast is not None
        frame, token = fast
        expected = runs_frame(theirs, {e.experiment_id: e.name
                                       for e in client.search_experiments()})
        pd.testing.assert_frame_equal(frame.reset_index(drop=True),
                                      expected.reset_index(drop=True))
        ours_ids += frame["run_id"].tolist()
        theirs_ids += [r.info.run_id for r in theirs]
        mlflow_token = theirs.token
        assert (token is None) == (not mlflow_token)
        if token is None:
            break
        assert token == (mlflow_token.decode() if isinstance(mlflow_token, bytes)
                         else mlflow_token)  # either path reads the other's token
    assert ours_ids == theirs_ids
    assert len(ours_ids) == 8 and made[5] not in ours_ids
    assert _newest_from_sqlite(f"sqlite:///{tmp_path}/none.db", wanted, 3, None) is None


def test_the_dashboard_computes_the_diagnosis_the_command_computes(store):
    """A run without a stored diagnosis: the Run page computes it from the SQLite tables, the
    same diagnosis as through MLflow's client (and as ``dnnlab diagnose``)."""
    from dashboards.common import computed_diagnosis

    client, reader, ids = store
    got = computed_diagnosis(reader.tracking_uri, ids[1], "test-version")
    assert got == runs.diagnose_run(client, ids[1]).to_dict()
    assert got["verdict"] and got["findings"] is not None


def test_the_run_pages_series_from_the_tables_are_what_mlflows_client_reads(tmp_path):
    """Every curve the Run page draws, read from the SQLite tables, is the one MLflow's client
    gives: a long per-step curve sampled on its steps, one on a coarser logging grid, a resumed
    step logged twice, NaN and +-Inf, a short per-epoch curve read whole, a metric logged
    without steps, and one off its grid (left to MLflow's evenly sampled read)."""
    import numpy as np

    from dashboards.common import fetch_series, series_from_tables

    uri = f"sqlite:///{tmp_path}/mlflow.db"
    client = MlflowClient(uri)
    run_id = client.create_run(client.create_experiment("x")).info.run_id
    rng = np.random.default_rng(0)
    points = [Metric("train/loss", float(v), 1000 + s, s)
              for s, v in enumerate(rng.random(6001))]
    points += [Metric("train/loss", -1.0, 9999, 2400)]  # resumed: step 2400 again, later
    points += [Metric("train/loss", float(x), 99_999, s)  # logged again later, not finite
               for s, x in ((30, float("nan")), (60, float("inf")), (90, float("-inf")))]
    points += [Metric("lr", 0.1 / (1 + s), 1000 + s, s) for s in range(0, 6001, 10)]
    points += [Metric("val/loss", 1.0 / (e + 1), 1000 + e, e) for e in range(20)]
    points += [Metric("system/cpu", float(i), 1000 + i, 0) for i in range(7)]  # no steps
    points += [Metric("odd", float(s), 1000 + s, s) for s in range(1, 9001, 7)]  # off grid
    for i in range(0, len(points), 1000):
        client.log_batch(run_id, metrics=points[i:i + 1000])
    reader = open_store(uri)
    assert isinstance(reader, SqliteRuns)
    cases = [("train/loss", 2000, 1, False), ("lr", 600, 10, False), ("lr", 2000, 10, False),
             ("val/loss", 2000, 1, True), ("val/loss", 2000, 1, False),
             ("system/cpu", 2000, 1, False), ("train/loss", 100_000, 1, False)]
    try:
        for key, n, every, whole in cases:
            ours = series_from_tables(reader, run_id, key, n, every, whole)
            theirs = fetch_series(client, run_id, key, n, every, whole)
            assert ours is not None, key
            np.testing.assert_array_equal(ours.steps, theirs.steps, err_msg=key)
            np.testing.assert_array_equal(ours.values, theirs.values, err_msg=key)  # NaN == NaN
            assert (ours.key, ours.total) == (theirs.key, theirs.total), key
        long = series_from_tables(reader, run_id, "train/loss", 2000)
        assert long.sampled and len(long.steps) <= 2000 and long.total == 6001
        assert long.values[long.steps == 2400].tolist() in ([], [-1.0])
        whole = series_from_tables(reader, run_id, "train/loss", 100_000)
        assert whole.values[whole.steps == 2400].tolist() == [-1.0]  # the latest value wins
        assert np.isnan(whole.values[30]) and whole.values[60] == np.inf \
            and whole.values[90] == -np.inf
        assert series_from_tables(reader, run_id, "odd", 500) is None  # MLflow samples it
    finally:
        reader.close()


def test_the_run_pages_artifacts_read_where_they_lie_are_mlflows(tmp_path):
    """With a local artifact root the dashboard reads a run's small artifacts where they lie:
    the same text as MLflow's download, None for one the run does not have, and no read
    outside the run's artifact folder or of a remote root."""
    from dashboards.common import _download_text, local_artifact

    uri = f"sqlite:///{tmp_path}/mlflow.db"
    client = MlflowClient(uri)
    exp = client.create_experiment("x", artifact_location=(tmp_path / "art").as_uri())
    run = client.create_run(exp)
    run_id, root = run.info.run_id, run.info.artifact_uri
    (tmp_path / "diagnosis.json").write_text('{"verdict": "healthy"}')
    client.log_artifact(run_id, str(tmp_path / "diagnosis.json"))
    client.log_artifact(run_id, str(tmp_path / "diagnosis.json"), "sub")
    (tmp_path / "secret.txt").write_text("not an artifact")
    assert root.startswith("file://")
    for path in ("diagnosis.json", "sub/diagnosis.json", "missing.json"):
        assert local_artifact(root, path) is not None
        assert _download_text(client, run_id, path, root) \
            == _download_text(client, run_id, path) \
            == (None if path == "missing.json" else '{"verdict": "healthy"}')
    plain = str(local_artifact(root, "x"))[:-2]  # the same folder as a plain path
    assert local_artifact(plain, "diagnosis.json") == local_artifact(root, "diagnosis.json")
    assert local_artifact(root, "../../../secret.txt") is None
    assert local_artifact("s3://bucket/1/abc/artifacts", "diagnosis.json") is None
    assert local_artifact("mlflow-artifacts:/1/abc/artifacts", "diagnosis.json") is None
    assert local_artifact(None, "diagnosis.json") is None
