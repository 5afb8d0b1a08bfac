"""The trial loop that every worker runs, in this process or in spawned worker processes.

Exactly ``n_trials``, none lost or duplicated, across any number of workers and machines: the
study's trials are created up front as WAITING "tickets" (``enqueue_trial``) and a worker
claims one by switching it to RUNNING, which the storage does atomically (a database row
update, or a write under the journal file's lock): two workers never get the same ticket and
no worker creates a trial of its own. A ticket whose worker died (heartbeat lost on a
database storage, or a dead process on this machine) is marked FAIL and re-queued with the
same parameters, as Optuna's ``RetryHeartbeatStaleTrialCallback`` does.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from dnnlab.config import StudyConfig
from dnnlab.study._builders import quiet_optuna
from dnnlab.study._objective import TrialContext, TrialOutcome, find_child, run_trial, tag_child
from dnnlab.study._storage import StorageSpec

log = logging.getLogger(__name__)

WORKER_ATTR = "dnnlab.worker"
WAIT_POLL_S = 0.5  # how often an idle worker looks for retries while others' trials run


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def is_retry(trial: Any) -> bool:
    """A re-queued copy of a trial whose worker died (not one of the study's n_trials)."""
    return "failed_trial" in trial.system_attrs


def count_originals(study: Any, *, started_only: bool) -> int:
    from optuna.trial import TrialState

    return sum(1 for t in study.get_trials(deepcopy=False)
               if not is_retry(t) and not (started_only and t.state == TrialState.WAITING))


def claim_ticket(study: Any, storage: Any, study_id: int,
                 reseed: Callable[[int], None] | None = None) -> tuple[Any, int] | None:
    """Atomically take a WAITING trial: (trial, trial id), or None when the queue is empty.
    ``reseed(number)`` runs before the trial object (and its sampling) is made."""
    import optuna
    from optuna.exceptions import UpdateFinishedTrialError
    from optuna.trial import TrialState

    for frozen in storage.get_all_trials(study_id, deepcopy=False, states=(TrialState.WAITING,)):
        trial_id = storage.get_trial_id_from_study_id_trial_number(study_id, frozen.number)
        try:
            if not storage.set_trial_state_values(trial_id, state=TrialState.RUNNING):
                continue  # another worker was first
        except UpdateFinishedTrialError:
            continue
        if reseed is not None:
            reseed(frozen.number)
        # The ask-and-tell Trial for a claimed ticket (Study.ask would make a new trial when
        # the queue is empty, which is what breaks "exactly n_trials" with several workers).
        return optuna.Trial(study, trial_id), trial_id
    return None


def requeue(study: Any, frozen: Any, max_retry: int | None) -> bool:
    """A WAITING copy of ``frozen`` with its parameters (Optuna's retry convention);
    ``max_retry`` None: always."""
    import optuna
    from optuna.trial import TrialState

    history = [*frozen.system_attrs.get("retry_history", []), frozen.number]
    if max_retry is not None and len(history) > max_retry:
        return False
    study.add_trial(optuna.trial.create_trial(
        state=TrialState.WAITING, params=frozen.params, distributions=frozen.distributions,
        system_attrs={"failed_trial": history[0], "retry_history": history},
    ))
    return True


def close_orphan_run(tracking_uri: str, study_name: str, number: int, reason: str) -> None:
    """Mark the MLflow run of a trial whose worker died FAILED, with the reason."""
    from mlflow import MlflowClient

    client = MlflowClient(tracking_uri)
    name = study_name.replace("'", "\\'")
    exps = [e.experiment_id for e in client.search_experiments()]
    runs = client.search_runs(exps, filter_string=(
        f"tags.`optuna.study_name` = '{name}' and tags.`optuna.trial_number` = '{number}' "
        "and attributes.status = 'RUNNING'")) if exps else []
    for run in runs:
        client.set_tag(run.info.run_id, "optuna.trial_state", "FAIL")
        client.set_tag(run.info.run_id, "optuna.reason", reason)
        client.set_terminated(run.info.run_id, status="FAILED")


class StaleTrialHandler:
    """Heartbeat lost (database storages): re-queue the trial and close its MLflow run."""

    def __init__(self, tracking_uri: str, max_retry: int) -> None:
        self.tracking_uri, self.max_retry = tracking_uri, max_retry

    def __call__(self, study: Any, frozen: Any) -> None:
        requeue(study, frozen, self.max_retry)
        with contextlib.suppress(Exception):
            close_orphan_run(self.tracking_uri, study.study_name, frozen.number,
                             "worker lost (no heartbeat)")


def recover_dead_local(study: Any, storage: Any, study_id: int, tracking_uri: str,
                       max_retry: int) -> list[int]:
    """FAIL and re-queue RUNNING trials claimed by processes of this machine that are gone
    (a worker killed with -9, or a whole command killed); returns their numbers."""
    from optuna.exceptions import UpdateFinishedTrialError
    from optuna.trial import TrialState

    host = socket.gethostname()
    recovered = []
    for frozen in study.get_trials(deepcopy=False, states=(TrialState.RUNNING,)):
        owner = str(frozen.user_attrs.get(WORKER_ATTR, ""))
        if not owner.startswith(f"{host}:") or _alive(int(owner.rsplit(":", 1)[1])):
            continue
        trial_id = storage.get_trial_id_from_study_id_trial_number(study_id, frozen.number)
        reason = f"worker {owner} died"
        try:
            storage.set_trial_user_attr(trial_id, "fail_reason", reason)
            if not storage.set_trial_state_values(trial_id, state=TrialState.FAIL):
                continue
        except UpdateFinishedTrialError:
            continue  # someone else recovered it
        requeue(study, frozen, max_retry)
        with contextlib.suppress(Exception):
            close_orphan_run(tracking_uri, study.study_name, frozen.number, reason)
        recovered.append(frozen.number)
    return recovered


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def heartbeat(storage: Any, trial_id: int, interval: int | None) -> Iterator[None]:
    """Record the trial's heartbeat every ``interval`` seconds while it runs."""
    if not interval:
        yield
        return
    stop = threading.Event()

    def beat() -> None:
        while True:
            with contextlib.suppress(Exception):
                storage.record_heartbeat(trial_id)
            if stop.wait(interval):
                return

    thread = threading.Thread(target=beat, name="dnnlab-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)


@dataclass
class WorkerSpec:
    """What a worker process needs (picklable for multiprocessing spawn)."""

    storage: StorageSpec
    study_cfg: StudyConfig
    ctx: TrialContext
    seed: int  # trial k samples with seed + k
    epochs: int
    n_trials: int
    deadline: float | None = None  # time.time() after which no new trial starts
    threads: int | None = None  # torch threads per process
    verbose: bool = True
    max_retry: int = 2


def open_study(spec: WorkerSpec) -> tuple[Any, Any, int]:
    import optuna

    from dnnlab.study._builders import make_pruner, make_sampler, pruner_config

    storage = spec.storage.open(StaleTrialHandler(spec.ctx.tracking_uri, spec.max_retry))
    study = optuna.load_study(
        study_name=spec.ctx.study_name, storage=storage,
        sampler=make_sampler(spec.study_cfg, spec.seed),
        pruner=make_pruner(pruner_config(spec.study_cfg), spec.epochs),
    )
    return study, storage, storage.get_study_id_from_name(spec.ctx.study_name)


def run_worker(spec: WorkerSpec,
               on_trial: Callable[[int, TrialOutcome, dict[str, Any]], None] | None = None
               ) -> int:
    """Claim and run tickets until none is left, ``n_trials`` have started or the deadline
    passed; returns the number of trials this worker ran."""
    import optuna
    from mlflow import MlflowClient

    from dnnlab.study._builders import make_sampler

    quiet_optuna()
    study, storage, study_id = open_study(spec)
    client = MlflowClient(spec.ctx.tracking_uri)

    def reseed(number: int) -> None:
        # one seed per trial number: a study is reproducible from its seed whatever worker or
        # machine runs a trial, and concurrent workers do not draw the same random points
        study.sampler = make_sampler(spec.study_cfg, spec.seed + number)

    done = 0
    while spec.deadline is None or time.time() < spec.deadline:
        if spec.storage.heartbeat:
            optuna.storages.fail_stale_trials(study)
        recover_dead_local(study, storage, study_id, spec.ctx.tracking_uri, spec.max_retry)
        full = count_originals(study, started_only=True) >= spec.n_trials
        claimed = None if full and not _retries_waiting(study) else claim_ticket(
            study, storage, study_id, reseed)
        if claimed is None:
            if not _watched_running(study, spec):
                break
            # stay while another worker's trial runs: if that worker dies, its trial comes
            # back as a retry (heartbeat lost, or a dead process on this machine)
            time.sleep(WAIT_POLL_S)
            continue
        trial, trial_id = claimed
        outcome = _run_claimed(spec, study, storage, trial, trial_id, client)
        done += 1
        if on_trial is not None:
            on_trial(trial.number, outcome, dict(trial.params))
        elif spec.verbose:
            print(format_trial_line(spec.ctx, trial.number, outcome, dict(trial.params)),
                  file=sys.stderr, flush=True)
    return done


def _watched_running(study: Any, spec: WorkerSpec) -> bool:
    """A trial claimed by a dnnlab worker is still RUNNING and its death would be noticed:
    by heartbeat (database storages, any machine) or by its pid (this machine)."""
    from optuna.trial import TrialState

    host = socket.gethostname()
    for t in study.get_trials(deepcopy=False, states=(TrialState.RUNNING,)):
        owner = str(t.user_attrs.get(WORKER_ATTR, ""))
        if owner and (spec.storage.heartbeat or owner.startswith(f"{host}:")):
            return True
    return False


def _retries_waiting(study: Any) -> bool:
    from optuna.trial import TrialState

    return any(is_retry(t) for t in study.get_trials(deepcopy=False, states=(TrialState.WAITING,)))


def _run_claimed(spec: WorkerSpec, study: Any, storage: Any, trial: Any, trial_id: int,
                 client: Any) -> TrialOutcome:
    from optuna.trial import TrialState

    trial.set_user_attr(WORKER_ATTR, worker_id())
    trial.set_user_attr("mlflow_parent_run_id", spec.ctx.parent_run_id)
    try:
        with heartbeat(storage, trial_id, spec.storage.heartbeat_interval
                       if spec.storage.heartbeat else None):
            outcome = run_trial(spec.ctx, trial)
    except KeyboardInterrupt:
        # the runner has flushed the run and marked it KILLED; the ticket goes back
        trial.set_user_attr("fail_reason", "interrupted")
        study.tell(trial, state=TrialState.FAIL)
        requeue(study, storage.get_trial(trial_id), None)
        run_id = find_child(client, spec.ctx, trial.number)
        if run_id:
            tag_child(client, run_id, trial.number,
                      TrialOutcome("FAIL", None, {"fail_reason": "interrupted"}))
        raise
    if outcome.run_id is None and "mlflow_run_id" not in outcome.attrs:
        outcome.run_id = find_child(client, spec.ctx, trial.number)
        if outcome.run_id:
            outcome.attrs["mlflow_run_id"] = outcome.run_id
    for key, value in outcome.attrs.items():
        if value is not None:
            trial.set_user_attr(key, value)
    state = {"COMPLETE": TrialState.COMPLETE, "PRUNED": TrialState.PRUNED,
             "FAIL": TrialState.FAIL}[outcome.state]
    study.tell(trial, outcome.values if state == TrialState.COMPLETE else None, state=state)
    if outcome.run_id:
        tag_child(client, outcome.run_id, trial.number, outcome)
    return outcome


def format_trial_line(ctx: TrialContext, number: int, outcome: TrialOutcome,
                      params: dict[str, Any]) -> str:
    """``trial 3 PRUNED at epoch 2 (optim.lr=0.0031 model.dropout=0.12)``."""
    shown = " ".join(f"{k}={v:.3g}" if isinstance(v, float) else f"{k}={v}"
                     for k, v in params.items())
    if outcome.state == "COMPLETE" and outcome.values is not None:
        what = ", ".join(f"{o.metric}={v:.4g}" for o, v in zip(ctx.objectives, outcome.values,
                                                               strict=True))
    elif outcome.state == "PRUNED" and "pruned_epoch" in outcome.attrs:
        what = f"at epoch {outcome.attrs['pruned_epoch']}"
    else:
        what = str(outcome.attrs.get("fail_reason", ""))[:120]
    return f"[{ctx.study_name}] trial {number} {outcome.state} {what} ({shown})"


def worker_main(spec: WorkerSpec) -> None:
    """Entry point of a spawned worker process."""
    import signal

    import torch

    os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")
    sys.stdout = sys.stderr  # the parent's --json owns stdout
    for name in ("mlflow", "alembic", "urllib3"):
        logging.getLogger(name).setLevel(logging.WARNING)
    if spec.threads:
        torch.set_num_threads(spec.threads)

    def on_term(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, on_term)
    try:
        run_worker(spec)
    except KeyboardInterrupt:
        sys.exit(130)
    # Every trial's run is ended and flushed and every result told to the storage: skip the
    # interpreter's teardown of torch and MLflow (~2 s that the study would wait for).
    sys.stderr.flush()
    sys.__stdout__.flush()
    os._exit(0)
