"""The metric buffer against a real MLflow SQLite store: what is queued is what is written, in
batches, with deferred figures read on the writer thread."""

from __future__ import annotations

import threading

import pytest
from mlflow import MlflowClient

from dnnlab.tracking._buffer import MetricBuffer


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("buffer")  # one store (its migrations take seconds)
    client = MlflowClient(f"sqlite:///{tmp_path / 'mlflow.db'}")
    return client, client.create_experiment("buffer",
                                            artifact_location=str(tmp_path / "artifacts"))


@pytest.fixture()
def run(store):
    client, exp = store
    return client, client.create_run(exp).info.run_id


def _history(client: MlflowClient, run_id: str, key: str) -> list[tuple[int, float]]:
    return sorted((m.step, m.value) for m in client.get_metric_history(run_id, key))


def test_what_is_logged_is_the_values_at_the_call(run):
    client, run_id = run
    buffer = MetricBuffer(client, run_id)
    stats = {"a": 1.0}
    buffer.log(stats, 1)
    stats["a"] = 99.0  # the caller reuses its dict: the queued values do not change
    stats["b"] = 5.0
    buffer.log(stats, 2)
    buffer.close()
    assert _history(client, run_id, "a") == [(1, 1.0), (2, 99.0)]
    assert _history(client, run_id, "b") == [(2, 5.0)]


def test_deferred_figures_are_read_on_the_writer_thread_and_a_failing_one_costs_only_itself(run):
    client, run_id = run
    buffer = MetricBuffer(client, run_id)
    threads = []

    def figures(step: int):
        def read() -> dict[str, float]:
            threads.append(threading.current_thread().name)
            if step == 2:
                raise RuntimeError("a measurement that failed")
            return {"ratio": step / 10}
        return read

    for step in (1, 2, 3):
        buffer.log_later(figures(step), step, size=1)
        buffer.log({"loss": float(step)}, step)
    buffer.flush()
    assert threads == ["dnnlab-metrics"] * 3
    assert _history(client, run_id, "ratio") == [(1, 0.1), (3, 0.3)]
    assert _history(client, run_id, "loss") == [(1, 1.0), (2, 2.0), (3, 3.0)]
    buffer.close()


def test_more_than_a_batch_at_a_flush_is_written_whole_in_batches(run):
    client, run_id = run
    buffer = MetricBuffer(client, run_id, batch_size=7, interval=60.0)
    for step in range(5):
        buffer.log({f"k{i}": float(step * 10 + i) for i in range(5)}, step)  # 25 > 7
    buffer.flush()
    for i in range(5):
        assert _history(client, run_id, f"k{i}") == [(s, float(s * 10 + i)) for s in range(5)]
    buffer.close()
