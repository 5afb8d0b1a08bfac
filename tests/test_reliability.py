"""Nothing lost, nothing leaked, nothing left RUNNING: concurrency, signals at every phase,
resume, credentials and hostile experiment files, against a real MLflow store."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from mlflow import MlflowClient

import dnnlab.experiment._run as experiment_run
import dnnlab.tracking._run as tracked_run
from dnnlab.errors import UserError
from dnnlab.runner import run_experiment
from dnnlab.tracking import check_tracking_uri
from dnnlab.train import Callback
from tests.conftest import ROOT, all_runs, tiny

CLI = [sys.executable, "-m", "dnnlab.cli"]


def cli(args: list[str], cwd: Path, env: dict[str, str] | None = None,
        timeout: int = 300) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if k != "MLFLOW_TRACKING_URI"}
    full.update(env or {})
    return subprocess.run(CLI + args, cwd=cwd, env=full, capture_output=True, text=True,
                          timeout=timeout)


def write_experiment(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


SMALL = """name: small
data: {dataset: moons, n_samples: 300}
model: {kind: mlp, hidden: [16]}
train: {epochs: 2, batch_size: 32}
tracking: {log_model: false}
"""


def history(client: MlflowClient, run_id: str, key: str) -> list[tuple[int, float]]:
    return sorted((m.step, m.value) for m in client.get_metric_history(run_id, key))


# ----------------------------------------------------------------------------- store creation


def test_four_trainings_on_one_new_store_all_finish_twice(tmp_path: Path):
    # two fresh stores, four processes racing to create each (five rounds cost CI 40 s more,
    # three 50 s more under CI's load)
    exp = write_experiment(tmp_path / "small.yaml", SMALL)
    for round_ in range(2):
        db = tmp_path / f"round{round_}.db"
        uri = f"sqlite:///{db}"
        procs = [subprocess.Popen(CLI + ["train", str(exp), "--tracking-uri", uri, "-q",
                                         "--json"], cwd=tmp_path, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(4)]
        outs = [p.communicate(timeout=300) for p in procs]
        assert [p.returncode for p in procs] == [0, 0, 0, 0], [e[-500:] for _, e in outs]
        client = MlflowClient(uri)
        runs = all_runs(client)
        assert len(runs) == 4 and all(r.info.status == "FINISHED" for r in runs)
        steps = int(runs[0].data.params["steps_per_epoch"]) * 2
        for r in runs:
            assert len(history(client, r.info.run_id, "train/loss")) == steps


# ----------------------------------------------------------------------------- signals


class SignalAtStep(Callback):
    def __init__(self, sig: int, step: int) -> None:
        self.sig, self.at = sig, step

    def on_step_end(self, trainer, step, stats) -> None:
        if step == self.at:
            os.kill(os.getpid(), self.sig)


@pytest.fixture
def sigterm_default():
    """The process's SIGTERM handling as a command has it (the CLI turns it into Ctrl-C)."""
    before = signal.getsignal(signal.SIGTERM)
    yield
    signal.signal(signal.SIGTERM, before)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
@pytest.mark.parametrize("phase", ["mid_epoch", "final_artifacts", "model_logging"])
def test_a_signal_in_any_phase_ends_the_run_killed(tracking_uri, client, monkeypatch, sig,
                                                   phase, sigterm_default):
    cfg = tiny(tracking_uri, tracking={"log_model": phase == "model_logging"})
    callbacks = [SignalAtStep(sig, 5)] if phase == "mid_epoch" else []
    if phase == "final_artifacts":
        real = experiment_run.log_final_artifacts

        def final(p, run, trainer):
            os.kill(os.getpid(), sig)
            return real(p, run, trainer)

        monkeypatch.setattr(experiment_run, "log_final_artifacts", final)
    if phase == "model_logging":
        real_log = tracked_run.log_pytorch_model

        def log_model(*args, **kwargs):
            os.kill(os.getpid(), sig)
            return real_log(*args, **kwargs)

        monkeypatch.setattr(tracked_run, "log_pytorch_model", log_model)
    with pytest.raises(KeyboardInterrupt):
        run_experiment(cfg, extra_callbacks=callbacks)
    (run,) = all_runs(client)
    assert run.info.status == "KILLED", phase
    assert run.data.tags["stop_reason"] == "interrupted"
    if phase == "mid_epoch":
        assert [s for s, _ in history(client, run.info.run_id, "train/loss")] == [1, 2, 3, 4, 5]


def test_a_model_that_fails_to_log_costs_neither_the_diagnosis_nor_the_figures(
        tracking_uri, client, monkeypatch, caplog):
    def log_model(*args, **kwargs):
        raise RuntimeError("object store refused the model")

    monkeypatch.setattr(tracked_run, "log_pytorch_model", log_model)
    run_experiment(tiny(tracking_uri, tracking={"log_model": True}))
    (run,) = all_runs(client)
    assert run.info.status == "FINISHED"
    assert run.data.tags.get("diagnosis.verdict")  # diagnosed all the same
    files = {f.path for f in client.list_artifacts(run.info.run_id)}
    assert "diagnosis.json" in files and "learning_curves.png" in files
    assert "object store refused the model" in caplog.text


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT"])
def test_a_signal_during_set_up_creates_no_run_and_says_so(tmp_path: Path, sig: str):
    (tmp_path / "slow.py").write_text(
        "import os, signal\n"
        "def data():\n"
        f"    os.kill(os.getpid(), signal.{sig})\n"
        "    return {'x': [[0.0, 1.0]] * 20, 'y': [0, 1] * 10}\n")
    exp = write_experiment(tmp_path / "e.yaml", "data: {factory: ./slow.py:data}\n")
    proc = cli(["train", str(exp), "--tracking-uri", f"sqlite:///{tmp_path}/m.db"], tmp_path)
    assert proc.returncode == 130
    assert proc.stderr.strip().splitlines()[-1].startswith("interrupted:")
    assert "Traceback" not in proc.stderr
    runs = all_runs(MlflowClient(f"sqlite:///{tmp_path}/m.db"))
    assert not [r for r in runs if r.info.status == "RUNNING"]


def test_a_kfold_whose_fold_fails_ends_the_parent_failed(tracking_uri, client, monkeypatch):
    real = experiment_run._fit
    calls = []

    def fit(p, run, uri, parts, *rest):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("fold 2 broke")
        return real(p, run, uri, parts, *rest)

    monkeypatch.setattr(experiment_run, "_fit", fit)
    with pytest.raises(RuntimeError, match="fold 2 broke"):
        run_experiment(tiny(tracking_uri, data={"kfold": 3}))
    assert len(calls) == 2
    runs = all_runs(client)
    assert not [r for r in runs if r.info.status == "RUNNING"]
    parent = [r for r in runs if "kfold" in r.data.tags]
    assert [r.info.status for r in parent] == ["FAILED"]


# ----------------------------------------------------------------------------- resume


def _killed_run(tmp_path: Path, sig: int) -> tuple[str, str]:
    """A real `dnnlab train` killed by ``sig`` in its third epoch: (uri, run id)."""
    uri = f"sqlite:///{tmp_path}/m.db"
    exp = write_experiment(tmp_path / "long.yaml", """name: long
data: {dataset: digits}
model: {kind: mlp, hidden: [32]}
train: {epochs: 16, batch_size: 32}
tracking: {log_model: false}
""")
    proc = subprocess.Popen(CLI + ["train", str(exp), "--tracking-uri", uri, "-q"], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    client = None
    deadline = time.time() + 240
    while time.time() < deadline:
        time.sleep(0.5)
        if not (tmp_path / "m.db").exists():
            continue
        client = client or MlflowClient(check_tracking_uri(uri))  # waits for its creation
        runs = all_runs(client)
        if runs and len(history(client, runs[0].info.run_id, "train/epoch_loss")) >= 2:
            break
    time.sleep(0.3)  # into the next epoch
    proc.send_signal(sig)
    proc.communicate(timeout=120)
    (run,) = all_runs(MlflowClient(uri))
    return uri, run.info.run_id


def _wait_stopped(pid: int, timeout: float = 5.0) -> None:
    """Wait until the kernel reports ``pid`` stopped (state T in /proc/PID/stat): a SIGSTOP
    is delivered asynchronously, and a process still running after ``send_signal`` can take a
    lock on the store after the check that found it free (seen once in CI: a later read failed
    with "database is locked")."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return  # gone, or no /proc: nothing to wait for
        if state in ("T", "t"):
            return
        time.sleep(0.001)
    raise AssertionError(f"process {pid} did not stop within {timeout} s of SIGSTOP")


def _stop_holding_no_lock(proc: subprocess.Popen, db: Path) -> None:
    """SIGSTOP ``proc`` at a moment it holds no lock on the SQLite file ``db``.

    Stopped inside a commit, it would hold the lock until killed, and every other reader
    and writer would fail with "database is locked" after SQLite's busy timeout.
    """
    for _ in range(200):
        proc.send_signal(signal.SIGSTOP)
        _wait_stopped(proc.pid)  # the signal is delivered later: until then it may still lock
        con = sqlite3.connect(db, timeout=0)
        try:
            con.execute("BEGIN EXCLUSIVE")  # fails while another connection reads or writes
            con.rollback()
            return
        except sqlite3.OperationalError:
            proc.send_signal(signal.SIGCONT)
            time.sleep(0.01)
        finally:
            con.close()
    raise AssertionError("the first resume held a lock on the store at every try")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_resume_leaves_one_value_per_step_and_no_gap(tmp_path: Path, sig):
    uri, run_id = _killed_run(tmp_path, sig)
    client = MlflowClient(uri)
    before = client.get_run(run_id)
    if sig == signal.SIGINT:
        assert before.info.status == "KILLED"
        assert before.data.tags["stop_reason"] == "interrupted"
    proc = cli(["train", "--resume", run_id, "--tracking-uri", uri, "-q",
                "--set", "train.epochs=4"], tmp_path)  # --set is refused with --resume
    assert proc.returncode == 2
    proc = cli(["train", "--resume", run_id, "--tracking-uri", uri, "-q"], tmp_path,
               timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    run = client.get_run(run_id)
    assert run.info.status == "FINISHED"
    assert "stop_reason" not in run.data.tags
    spe = int(run.data.params["steps_per_epoch"])
    for key in ("train/loss", "lr", "update_ratio/fc1"):
        points = client.get_metric_history(run_id, key)
        steps = [m.step for m in points]
        assert len(steps) == len(set(steps)), f"{key}: duplicate steps"
        assert sorted(steps) == list(range(1, 16 * spe + 1)), f"{key}: gap"
    epochs = [m.step for m in client.get_metric_history(run_id, "val/loss")]
    assert sorted(epochs) == list(range(1, 17))


def test_a_second_resume_is_refused_while_the_first_is_alive(tmp_path: Path):
    uri, run_id = _killed_run(tmp_path, signal.SIGKILL)
    first = subprocess.Popen(CLI + ["train", "--resume", run_id, "--tracking-uri", uri, "-q"],
                             cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    client = MlflowClient(uri)
    deadline = time.time() + 120
    # the SIGKILLed run is still RUNNING: wait until the first resume has taken it over
    while "resumed_from_epoch" not in client.get_run(run_id).data.tags \
            and time.time() < deadline:
        time.sleep(0.05)
    # held alive mid-run (its remaining epochs take less time than a second process's start)
    _stop_holding_no_lock(first, tmp_path / "m.db")
    assert client.get_run(run_id).info.status == "RUNNING"
    second = cli(["train", "--resume", run_id, "--tracking-uri", uri, "-q"], tmp_path)
    assert second.returncode == 2
    assert "being trained by another process" in second.stderr
    first.kill()
    first.communicate(timeout=60)
    third = cli(["train", "--resume", run_id, "--tracking-uri", uri, "-q"], tmp_path,
                timeout=600)
    assert third.returncode == 0, third.stderr[-2000:]
    assert client.get_run(run_id).info.status == "FINISHED"


def test_a_resume_whose_checkpoint_does_not_fit_keeps_the_run_status(tracking_uri, client,
                                                                     monkeypatch):
    cfg = tiny(tracking_uri, train={"epochs": 3})
    with pytest.raises(KeyboardInterrupt):
        run_experiment(cfg, extra_callbacks=[SignalAtStep(signal.SIGINT, 30)])
    (run,) = all_runs(client)
    assert run.info.status == "KILLED"
    real = experiment_run._load_resume

    def wrong_shapes(client_, run_id):
        cfg_, state = real(client_, run_id)
        cfg_.model.hidden = [8]  # the stored weights are [16]
        return cfg_, state

    monkeypatch.setattr(experiment_run, "_load_resume", wrong_shapes)
    with pytest.raises(UserError, match="does not fit"):
        run_experiment(cfg, resume_run_id=run.info.run_id)
    assert client.get_run(run.info.run_id).info.status == "KILLED"


# ----------------------------------------------------------------------------- credentials


def test_no_password_in_any_output_param_tag_artifact_or_checkpoint(tmp_path: Path):
    secret = "pa@ss/w0rd!Q"
    uri = f"sqlite:///{tmp_path}/m.db"
    exp = write_experiment(tmp_path / "e.yaml", f"""name: leak
data: {{dataset: moons, n_samples: 200}}
model: {{kind: mlp, hidden: [8]}}
train: {{epochs: 2}}
tracking:
  uri: {uri}
  tags: {{note: "postgresql://u:{secret}@db/x and http://h/?token={secret}"}}
study: {{storage: "postgresql://u@db/optuna?password={secret}"}}
""")
    env = {"MLFLOW_TRACKING_PASSWORD": secret}
    proc = cli(["train", str(exp), "--json"], tmp_path, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    outputs = proc.stdout + proc.stderr
    bad = cli(["train", str(exp), "--tracking-uri", f"postgresql://u:{secret}@127.0.0.1:1/x"],
              tmp_path, env=env)
    assert bad.returncode == 2
    outputs += bad.stdout + bad.stderr
    bad = cli(["train", str(exp), "--tracking-uri",
               f"postgresql://u@127.0.0.1:1/x?password={secret}"], tmp_path, env=env)
    assert bad.returncode == 2
    outputs += bad.stdout + bad.stderr
    assert secret not in outputs
    assert "password=***" in outputs or "u:***@" in outputs
    run_id = json.loads(proc.stdout)["run_id"]
    client = MlflowClient(uri)
    run = client.get_run(run_id)
    assert secret not in json.dumps(run.data.params) + json.dumps(run.data.tags)
    art = Path(client.download_artifacts(run_id, "", str(tmp_path / "art")))
    for f in art.rglob("*"):
        if f.is_file():
            assert secret.encode() not in f.read_bytes(), f
    import torch

    ckpt = torch.load(art / "checkpoints" / "last.pt", weights_only=True)
    assert secret not in json.dumps(ckpt["config"])


def test_http_userinfo_becomes_mlflows_credential_variables(tmp_path: Path, monkeypatch):
    from dnnlab.tracking import credentials_from_uri

    monkeypatch.delenv("MLFLOW_TRACKING_USERNAME", raising=False)
    monkeypatch.delenv("MLFLOW_TRACKING_PASSWORD", raising=False)
    assert credentials_from_uri("http://alice:p%40ss@host:5000") == "http://host:5000"
    assert os.environ["MLFLOW_TRACKING_USERNAME"] == "alice"
    assert os.environ["MLFLOW_TRACKING_PASSWORD"] == "p@ss"
    assert credentials_from_uri("sqlite:///x.db") == "sqlite:///x.db"


# ----------------------------------------------------------------------------- hostile files


def test_a_yaml_alias_bomb_is_refused_in_under_a_second(tmp_path: Path):
    from dnnlab.config import load_config

    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    path = write_experiment(tmp_path / "bomb.yaml", "\n".join(lines) + "\n")
    t0 = time.perf_counter()
    with pytest.raises(UserError, match="expands to more than"):
        load_config(path)
    assert time.perf_counter() - t0 < 1.0


def test_huge_files_and_too_many_tags_are_refused(tmp_path: Path):
    from dnnlab.config import load_config

    big = write_experiment(tmp_path / "big.yaml", "name: x\n" + "# pad\n" * 300_000)
    with pytest.raises(UserError, match="too large for an experiment file"):
        load_config(big)
    tags = "\n".join(f"    t{i}: v" for i in range(500))
    many = write_experiment(tmp_path / "tags.yaml", f"tracking:\n  tags:\n{tags}\n")
    with pytest.raises(UserError, match="tracking.tags"):
        load_config(many)


@pytest.mark.parametrize("args", [
    ["--tracking-uri", "garbage://x"],
    ["--set", "optim.lr=.inf"],
    ["--set", "model.hidden=[100000,100000]"],
])
def test_bad_input_exits_2_with_one_line(tmp_path: Path, args: list[str]):
    exp = write_experiment(tmp_path / "e.yaml", SMALL)
    proc = cli(["train", str(exp), "--tracking-uri", f"sqlite:///{tmp_path}/m.db", *args],
               tmp_path)
    assert proc.returncode == 2, proc.stderr[-1000:]
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    db = tmp_path / "m.db"
    assert not db.exists() or not all_runs(MlflowClient(f"sqlite:///{db}"))


def test_resume_with_an_experiment_file_or_a_corrupt_checkpoint_exits_2(tmp_path: Path,
                                                                      tracking_uri, client):
    exp = write_experiment(tmp_path / "e.yaml", SMALL)
    proc = cli(["train", str(exp), "--resume", "0" * 32], tmp_path)
    assert proc.returncode == 2 and "drop the experiment file" in proc.stderr
    with pytest.raises(KeyboardInterrupt):
        run_experiment(tiny(tracking_uri, train={"epochs": 3}),
                       extra_callbacks=[SignalAtStep(signal.SIGINT, 30)])
    (run,) = all_runs(client)
    bad = tmp_path / "last.pt"
    bad.write_bytes(b"not a checkpoint at all")
    client.log_artifact(run.info.run_id, str(bad), "checkpoints")
    proc = cli(["train", "--resume", run.info.run_id, "--tracking-uri", tracking_uri], tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "last.pt" in proc.stderr
    assert client.get_run(run.info.run_id).info.status == "KILLED"
    assert ROOT.is_dir()
