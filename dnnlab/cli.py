"""The ``dnnlab`` command line (typer).

Bad input prints ``error: <one line>`` on stderr and exits with code 2, without a traceback.
With ``--json`` exactly one JSON object goes to stdout; progress and logs go to stderr.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from dnnlab.errors import UserError

app = typer.Typer(
    add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
    help="Train, track and diagnose PyTorch models with MLflow and Optuna.",
)

@app.callback()
def _root() -> None:
    """Train, track and diagnose PyTorch models with MLflow and Optuna."""


EXIT_BY_STATUS = {"FINISHED": 0, "FAILED": 1, "KILLED": 130}

RegisterOpt = Annotated[str | None, typer.Option(
    "--register", help="register the best model as a new version of NAME and move its alias "
    "'champion' to it")]
SetOpt = Annotated[list[str] | None, typer.Option(
    "--set", help="override a key: --set optim.lr=0.3 (repeatable)")]
UriOpt = Annotated[str | None, typer.Option(
    "--tracking-uri", help="MLflow tracking URI (default: $MLFLOW_TRACKING_URI, the file's "
    "tracking.uri, then sqlite:///mlflow.db)")]
JsonOpt = Annotated[bool, typer.Option("--json", help="print one JSON object on stdout")]


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def one_line(err: BaseException) -> str:
    """The first line of an exception, with any URI password redacted."""
    from dnnlab.tracking import redact_text

    root, seen = err, set()
    while (root.__cause__ or root.__context__) is not None and id(root) not in seen:
        seen.add(id(root))
        root = root.__cause__ or root.__context__  # the database's own words, not a wrapper's
    text = str(root).strip().splitlines()[0] if str(root).strip() else ""
    return redact_text(f"{type(err).__name__}: {text}" if text else type(err).__name__)[:500]


def _sigterm_as_interrupt() -> None:
    """SIGTERM from the start of a command on, like Ctrl-C: runs end KILLED, never RUNNING."""
    import signal

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, handler)


def _configure_http_retries() -> None:
    """MLflow's own HTTP retries: a few quick retries with back-off (not its 4-minute default),
    so a restarting server is waited for and a dead one is reported in time."""
    os.environ.setdefault("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "5")
    os.environ.setdefault("MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR", "1")
    os.environ.setdefault("MLFLOW_HTTP_REQUEST_TIMEOUT", "30")


def _quiet_libraries() -> None:
    _configure_http_retries()
    os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")
    os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
    for name in ("mlflow", "alembic", "urllib3"):
        logging.getLogger(name).setLevel(logging.WARNING)
    # a failing store write is retried and reported by dnnlab in one line; MLflow's own
    # session logger would print each attempt's traceback
    logging.getLogger("mlflow.store.db.utils").setLevel(logging.CRITICAL)


@app.command()
def train(
    experiment: Annotated[Path | None, typer.Argument(help="experiment YAML file")] = None,
    set_: SetOpt = None,
    tracking_uri: UriOpt = None,
    resume: Annotated[str | None, typer.Option(
        "--resume", help="continue RUN_ID from its last checkpoint")] = None,
    as_json: JsonOpt = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
    register: RegisterOpt = None,
    repeat: Annotated[int | None, typer.Option(
        "--repeat", help="run each variant (or the run) over N seeds: seed, seed+1, ...; "
        "mean and std per variant, and a comparison report")] = None,
) -> None:
    """Train one experiment file and log the run to MLflow."""
    _sigterm_as_interrupt()
    _quiet_libraries()
    from dnnlab.drawing import DRAWER

    DRAWER.start()  # its imports run beside this process's, before any training
    from dnnlab.config import ExperimentConfig, load_config

    try:
        if resume is None and experiment is None:
            raise UserError("give an experiment file (dnnlab train experiments/digits_cnn.yaml) "
                            "or --resume RUN_ID")
        if resume is not None and set_:
            raise UserError("--set cannot change a resumed run; start a new run instead")
        if resume is not None and experiment is not None:
            raise UserError(f"--resume {resume} continues a run with its own stored config; "
                            f"drop the experiment file {str(experiment)!r} (or start a new run "
                            "from it without --resume)")
        if repeat is not None and repeat < 1:
            raise UserError(f"--repeat {repeat}: give at least 1 (the number of seeds per "
                            "variant: seed, seed+1, ...)")
        if repeat is not None and resume is not None:
            raise UserError("--repeat starts new runs; it cannot be combined with --resume")
        cfg = load_config(experiment, set_ or []) if experiment else ExperimentConfig()
        if repeat is not None:
            cfg = _with_repeat(cfg, repeat, experiment)
        if register is not None:
            from dnnlab.tracking import check_model_name

            check_model_name(register)  # before any training: a refused name wastes nothing
            if not cfg.tracking.log_model:
                raise UserError(f"--register {register}: tracking.log_model is false, so the "
                                "run will have no model to register; set it true")
        result = _train(cfg, tracking_uri, resume, as_json, quiet)
        if register is not None and result.status == "FINISHED":
            result.registered = _register(result.tracking_uri, result.run_id, register, False)
    except UserError as err:
        raise fail(str(err)) from None
    except KeyboardInterrupt:
        typer.echo("interrupted: any run it started is marked KILLED, its metrics flushed",
                   err=True)
        raise typer.Exit(130) from None
    except Exception as err:  # not the user's input: the run is marked FAILED, say why in a line
        raise fail(f"the run failed: {one_line(err)}", code=1) from None
    if as_json:
        typer.echo(json.dumps(result.to_dict()))
    raise typer.Exit(EXIT_BY_STATUS.get(result.status, 1))


def _with_repeat(cfg, repeat: int, experiment: Path | None):  # noqa: ANN001, ANN202
    """The config with ``repeat`` set through its own validation (k-fold, limits)."""
    from dnnlab.config import load_config_dict

    raw = cfg.model_dump(mode="json") | {"repeat": repeat}
    out = load_config_dict(raw, source=f"--repeat {repeat} with {experiment or 'the config'}")
    out._overrides = cfg._overrides
    return out


def _register(uri: str, run_id: str, name: str, from_checkpoint: bool) -> dict:
    from mlflow import MlflowClient

    from dnnlab.experiment import register_checkpoint_model
    from dnnlab.tracking import register_run_model

    client = MlflowClient(uri)
    fn = register_checkpoint_model if from_checkpoint else register_run_model
    version = fn(client, run_id, name)
    typer.echo(f"registered: {name} version {version} (alias champion; init_from: "
               f"models:/{name}@champion)", err=True)
    return {"name": name, "version": version, "alias": "champion"}


def _train(cfg, tracking_uri, resume, as_json, quiet):
    import dnnlab
    from dnnlab.startup import paused_gc

    # the command, not a test's CliRunner: back on, start-up frozen, when the training starts
    with paused_gc(dnnlab._owns_process):
        from dnnlab.console import RichProgress, announce, print_summary
        from dnnlab.runner import run_experiment

        progress = None if (quiet or as_json) else RichProgress
        # keep stdout clean for --json: anything a library prints goes to stderr
        redirect = contextlib.redirect_stdout(sys.stderr) if as_json else contextlib.nullcontext()
        with redirect:
            result = run_experiment(cfg, tracking_uri=tracking_uri, resume_run_id=resume,
                                    progress=progress, announce=None if as_json else announce)
            if not as_json:
                print_summary(result)
    return result


@app.command(help=(
    "Diagnose any logged run from its curves: verdict, next step, findings with evidence.\n\n"
    "The verdict and its one next step, then each finding with its evidence and a fix. Exit 2 "
    "for a run that is not there (or deleted), 1 for a run with nothing to diagnose; neither "
    "writes anything to the run."))
def diagnose(
    run_id: Annotated[str, typer.Argument(help="MLflow run id")],
    tracking_uri: UriOpt = None,
    as_json: JsonOpt = False,
    log: Annotated[bool, typer.Option(
        "--log", help="also write diagnosis.json and diagnosis.* tags to the run")] = False,
) -> None:
    """The ``dnnlab diagnose`` command (its help is the decorator's, one line a paragraph)."""
    _quiet_libraries()
    from dnnlab.config import DEFAULT_TRACKING_URI
    from dnnlab.runs import diagnose_run, get_run, log_diagnosis
    from dnnlab.store_sqlite import open_store

    uri = tracking_uri or os.environ.get("MLFLOW_TRACKING_URI") or DEFAULT_TRACKING_URI
    try:
        if uri.startswith("sqlite:///") and not Path(uri[len("sqlite:///"):]).exists():
            raise UserError(f"no tracking store at {uri}; run dnnlab train first or pass "
                            "--tracking-uri")
        # reading only, from an SQLite store: its tables directly, no MLflow import (2.5 s)
        client = None if log else open_store(uri)
        if client is None:
            from mlflow import MlflowClient

            from dnnlab.tracking import check_tracking_uri

            client = MlflowClient(check_tracking_uri(uri))
        if get_run(client, run_id).info.lifecycle_stage == "deleted":
            raise UserError(f"run {run_id} is deleted; restore it first (mlflow runs restore "
                            f"--run-id {run_id}) to diagnose it")
        result = diagnose_run(client, run_id)
        nothing = _nothing_to_diagnose(run_id, result)
        if nothing:
            raise fail(nothing, code=1)
        if log:
            log_diagnosis(client, run_id, result)
    except UserError as err:
        raise fail(str(err)) from None
    if as_json:
        from dnnlab.runs import _finite

        typer.echo(json.dumps(_finite({"run_id": run_id, **result.to_dict()})))
        return
    from dnnlab.console import print_diagnosis

    print_diagnosis(run_id, result)


def _nothing_to_diagnose(run_id: str, diagnosis) -> str | None:  # noqa: ANN001
    """Why no check could judge the run (None when one could): no training loss curve at all,
    or too few points of it."""
    from dnnlab.diagnose import ALIASES

    if diagnosis.findings or [c for c in diagnosis.checked if c != "nan_loss"]:
        return None
    if not {"train_loss_step", "train_loss_epoch"} & set(diagnosis.inputs):
        names = [n for n in ALIASES["train_loss_step"][:4] + ALIASES["train_loss_epoch"][:2]
                 if n != "train/loss"]
        return (f"run {run_id} has nothing to diagnose: the diagnosis needs a training loss "
                f"curve (train/loss, or an alias such as {', '.join(names)}, ...) and this run "
                "logged none")
    why = "; ".join(f"{s['check']}: {s['reason']}" for s in diagnosis.skipped[:2])
    return f"run {run_id} has too little to diagnose: every check was skipped ({why})"


@app.command()
def sanity(
    experiment: Annotated[Path, typer.Argument(help="experiment YAML file")],
    set_: SetOpt = None,
    tracking_uri: UriOpt = None,
    samples: Annotated[int, typer.Option(help="training samples to memorise")] = 20,
    max_epochs: Annotated[int, typer.Option(help="give up after this many epochs")] = 400,
    as_json: JsonOpt = False,
) -> None:
    """The lectures' sanity test: can the model overfit ~20 samples with regularisation off?"""
    _quiet_libraries()
    from dnnlab.config import load_config
    from dnnlab.runner import run_experiment
    from dnnlab.sanity import StopWhenMemorised, judge, record_failure, sanity_config

    try:
        if samples < 2:
            raise UserError(f"--samples {samples}: give at least 2 samples (the lectures use ~20)")
        if max_epochs < 1:
            raise UserError(f"--max-epochs {max_epochs}: give at least 1")
        cfg = sanity_config(load_config(experiment, set_ or []), samples, max_epochs)
        stopper = StopWhenMemorised()
        redirect = contextlib.redirect_stdout(sys.stderr) if as_json else contextlib.nullcontext()
        with redirect:
            res = run_experiment(cfg, tracking_uri=tracking_uri, extra_callbacks=[stopper])
        verdict = judge(res.run_id, samples, stopper, res.metrics, res.epochs_run)
        if not verdict.passed:
            record_failure(cfg.tracking_uri(tracking_uri), verdict)
    except UserError as err:
        raise fail(str(err)) from None
    if as_json:
        typer.echo(json.dumps(verdict.to_dict()))
    else:
        typer.echo(f"sanity test {verdict.message} (MLflow run {verdict.run_id})", err=True)
    raise typer.Exit(0 if verdict.passed else 1)


StorageOpt = Annotated[str | None, typer.Option(
    "--storage", envvar="DNNLAB_STORAGE", show_envvar=True,
    help="Optuna storage: postgresql://..., mysql://..., sqlite:///... or a journal file path "
    "(default: the file's study.storage, else optuna.db / optuna.journal next to the MLflow "
    "database)")]


@app.command()
def study(
    experiment: Annotated[Path, typer.Argument(help="experiment YAML file (its study: section)")],
    n_trials: Annotated[int | None, typer.Option(
        "--n-trials", help="the study's total number of trials (a resumed or shared study "
        "runs only what is missing)")] = None,
    storage: StorageOpt = None,
    study_name: Annotated[str | None, typer.Option(
        "--study-name", help="default: the file's study.name, else the experiment's name")
    ] = None,
    resume: Annotated[bool, typer.Option(
        "--resume", help="continue an existing study (an error if there is none)")] = False,
    workers: Annotated[int, typer.Option(
        "--workers", "--n-jobs", help="worker processes on this machine")] = 1,
    timeout: Annotated[float | None, typer.Option(
        "--timeout", help="start no new trial after this many seconds")] = None,
    set_: SetOpt = None,
    tracking_uri: UriOpt = None,
    as_json: JsonOpt = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no line per trial")] = False,
    register: RegisterOpt = None,
) -> None:
    """Optuna search over the file's study: space; one MLflow child run per trial."""
    _quiet_libraries()
    import dnnlab
    from dnnlab.config import load_config
    from dnnlab.startup import pause_gc, resume_gc

    if dnnlab._owns_process:  # as for train: back on when the first trial trains
        pause_gc()
    name = study_name
    try:
        if n_trials is None:
            raise UserError("give --n-trials N, the study's total number of trials")
        cfg = load_config(experiment, set_ or [])
        name = cfg.study_name(study_name)
        if register is not None:
            from dnnlab.tracking import check_model_name

            check_model_name(register)
        from dnnlab.study import run_study

        def line(text: str) -> None:
            typer.echo(text, err=True)

        redirect = contextlib.redirect_stdout(sys.stderr) if as_json else contextlib.nullcontext()
        with redirect:
            result = run_study(cfg, n_trials=n_trials, storage=storage, study_name=study_name,
                               resume=resume, workers=workers, timeout=timeout,
                               tracking_uri=tracking_uri,
                               on_trial=None if (quiet or as_json) else line)
            registered = None
            best = result.report.best[0] if result.report.best else None
            if register is not None:
                if best is None or not best.get("mlflow_run_id"):
                    raise UserError(f"--register {register}: no trial completed, so there is "
                                    "no best model; nothing registered")
                uri = cfg.tracking_uri(tracking_uri)
                registered = _register(uri, best["mlflow_run_id"], register, True)
    except UserError as err:
        raise fail(str(err)) from None
    except KeyboardInterrupt:
        typer.echo(f"interrupted: study {name!r} is resumable; run the same command again "
                   "(with --resume) to continue it", err=True)
        raise typer.Exit(130) from None
    finally:
        resume_gc()  # a study that ended before its first trial trained
    if as_json:
        typer.echo(json.dumps(result.to_dict() | ({"registered": registered} if registered
                                                  else {})))
    else:
        typer.echo(result.report.to_text())
        typer.echo(f"MLflow parent run {result.parent_run_id} ({result.trials_run} trials run "
                   f"now); report: dnnlab study-report {result.report.study_name}", err=True)
    raise typer.Exit(0 if result.report.counts.get("COMPLETE") else 1)


@app.command("study-report")
def study_report(
    name: Annotated[str, typer.Argument(help="study name (--study-name of dnnlab study)")],
    storage: StorageOpt = None,
    tracking_uri: UriOpt = None,
    top: Annotated[int, typer.Option("--top", help="rows of the top-trials table")] = 10,
    as_json: JsonOpt = False,
) -> None:
    """Best trial, top trials, counts by state, Pareto front and the MLflow runs of a study."""
    _quiet_libraries()
    from dnnlab.study import study_report as load_report

    try:
        if top < 1:
            raise UserError(f"--top {top}: give at least 1")
        report = load_report(name, storage=storage, tracking_uri=tracking_uri, top=top)
    except UserError as err:
        raise fail(str(err)) from None
    typer.echo(json.dumps(report.to_dict()) if as_json else report.to_text())


def streamlit_command(script: Path, host: str, port: int) -> list[str]:
    """``streamlit run`` of the dashboard: headless, no usage statistics, and no full garbage
    collection after every script run (Streamlit's ``runner.postScriptGC``: with torch, MLflow
    and pandas loaded it took half of the Run page's server CPU on a repeat view, 0.15 of 0.30 s,
    holding the GIL while the page's last messages wait to be sent; Python's own collector still
    runs)."""
    return [sys.executable, "-m", "streamlit", "run", str(script), "--server.address", host,
            "--server.port", str(port), "--server.headless", "true",
            "--browser.gatherUsageStats", "false", "--runner.postScriptGC", "false"]


@app.command()
def dashboard(
    tracking_uri: UriOpt = None,
    storage: StorageOpt = None,
    port: Annotated[int, typer.Option("--port", help="port to listen on")] = 8501,
    host: Annotated[str, typer.Option(
        "--host", help="address to listen on; the default serves this machine only")
    ] = "127.0.0.1",
    no_login: Annotated[bool, typer.Option(
        "--no-login", help="beyond this machine, serve without logins (anyone can read)")
    ] = False,
) -> None:
    """Open the Streamlit dashboard (runs, curves, diagnosis, studies, saliency) on the store."""
    import signal
    import subprocess

    from dnnlab.config import DEFAULT_TRACKING_URI
    from dnnlab.tracking import redact

    uri = tracking_uri or os.environ.get("MLFLOW_TRACKING_URI") or DEFAULT_TRACKING_URI
    script = Path(__file__).resolve().parents[1] / "dashboards" / "app.py"
    try:
        if not script.is_file():
            raise UserError(f"{script} not found: dnnlab dashboard runs from a dnnlab checkout "
                            "(pip install -e .)")
        if not 1 <= port <= 65535:
            raise UserError(f"--port {port}: give a port from 1 to 65535")
        if not host.strip():
            raise UserError("--host is empty; give an address such as 127.0.0.1")
        public = host not in ("127.0.0.1", "localhost", "::1")
        if public and not no_login and not uri.startswith(("http://", "https://")):
            raise UserError(
                f"--host {host}: beyond this machine every user logs in with their MLflow "
                "account, which needs a tracking server with authentication (mlflow server "
                "--app-name basic-auth; --tracking-uri http://HOST:5000); or pass --no-login "
                "to let anyone who reaches the port read every run")
    except UserError as err:
        raise fail(str(err)) from None
    # the stores travel in the environment, not on the command line (ps shows argv)
    env = dict(os.environ, MLFLOW_TRACKING_URI=uri)
    if public and not no_login:
        env["DNNLAB_DASHBOARD_AUTH"] = "1"
    if storage:
        env["DNNLAB_STORAGE"] = storage
    typer.echo(f"dnnlab dashboard: http://{host}:{port} (tracking store {redact(uri)})", err=True)
    if public and no_login:
        typer.echo(f"warning: listening on {host} without logins: anyone who can reach it "
                   "can read your runs", err=True)
    child = subprocess.Popen(streamlit_command(script, host, port), env=env)

    def stop(signum: int, frame: object) -> None:  # SIGTERM to us stops the server too
        child.terminate()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        code = child.wait()
    except KeyboardInterrupt:  # Ctrl-C reaches the server as well; let it finish
        code = child.wait()
        code = 0 if code in (0, -signal.SIGINT, 130) else code
    finally:
        signal.signal(signal.SIGTERM, previous)
    raise typer.Exit(0 if code == -signal.SIGTERM else code)


def main() -> None:
    import dnnlab

    dnnlab._owns_process = True
    code: object = 0
    try:
        app()
    except UserError as err:  # raised outside a command body
        typer.echo(f"error: {err}", err=True)
        code = 2
    except SystemExit as done:  # how every command ends (click's standalone mode)
        code = done.code
    _exit(code)


def _exit(code: object) -> None:
    """End the process the way ``sys.exit`` does (threads joined, atexit handlers run, the
    streams flushed) but without tearing the interpreter down module by module: after a
    run that imported torch, MLflow and scikit-learn that teardown alone took 2 s, with
    nothing left to write."""
    import threading

    if code is None:
        code = 0
    elif not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    try:
        shutdown = getattr(threading, "_shutdown", None)  # joins non-daemon threads
        if shutdown is not None:
            shutdown()
        import atexit

        atexit._run_exitfuncs()  # the metric buffers' close, logging's flush, ...
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):  # a closed pipe: nothing more to say
                stream.flush()
        os._exit(code)


if __name__ == "__main__":
    main()
