"""The tracking store: URI checks, credentials, retries, experiments, params and tags."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from pathlib import Path

from mlflow import MlflowClient
from mlflow.entities import Param, RunTag

from dnnlab.errors import UserError
from dnnlab.redaction import redact, redact_text

log = logging.getLogger(__name__)

MAX_METRICS_PER_BATCH = 1000  # mlflow/utils/validation.py
MAX_PARAMS_TAGS_PER_BATCH = 100


DEFAULT_TRACKING_TIMEOUT = 120.0


def tracking_timeout() -> float:
    """Seconds a run keeps retrying an unreachable tracking server before it fails
    (``$DNNLAB_TRACKING_TIMEOUT``, default 120); metrics stay buffered meanwhile."""
    raw = os.environ.get("DNNLAB_TRACKING_TIMEOUT")
    try:
        return float(raw) if raw else DEFAULT_TRACKING_TIMEOUT
    except ValueError:
        raise UserError(f"DNNLAB_TRACKING_TIMEOUT={raw!r} is not a number of seconds") from None


def retrying(fn, timeout: float, what: str = "tracking call", counter: list[int] | None = None):
    """Call ``fn()`` until it succeeds, backing off 0.25 s .. 10 s, for at most ``timeout`` s."""
    delay, start = 0.25, time.monotonic()
    while True:
        try:
            return fn()
        except Exception as err:
            if time.monotonic() - start > timeout:
                raise
            if counter is not None:
                counter[0] += 1
            log.warning("%s failed (%s); retrying in %.1fs", what, redact_text(str(err))[:200],
                        delay)
            time.sleep(delay)
            delay = min(delay * 2, 10.0)


KNOWN_SCHEMES = ("sqlite", "http", "https", "postgresql", "mysql", "mssql", "databricks",
                 "file", "")


def credentials_from_uri(uri: str) -> str:
    """``http(s)://user:password@host`` -> ``http(s)://host`` with the user and password moved
    to ``MLFLOW_TRACKING_USERNAME`` / ``MLFLOW_TRACKING_PASSWORD`` (how MLflow's client sends
    basic auth), so the URI can be used, printed and logged without the secret."""
    parts = urllib.parse.urlsplit(uri)
    if parts.scheme not in ("http", "https") or "@" not in parts.netloc:
        return uri
    userinfo, _, host = parts.netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    if user:
        os.environ["MLFLOW_TRACKING_USERNAME"] = urllib.parse.unquote(user)
    if password:
        os.environ["MLFLOW_TRACKING_PASSWORD"] = urllib.parse.unquote(password)
    return urllib.parse.urlunsplit(parts._replace(netloc=host))


def check_tracking_uri(uri: str, timeout: float = 5.0) -> str:
    """Fail fast with a one-line :class:`UserError` when the tracking store cannot be reached;
    returns the URI to use (credentials moved out of an http(s) URI, see
    :func:`credentials_from_uri`).

    Done before any run is created, so a bad URI leaves nothing half-written behind.
    """
    uri = credentials_from_uri(uri)
    _check(uri, timeout)
    return uri


def _check(uri: str, timeout: float) -> None:
    scheme = urllib.parse.urlsplit(uri).scheme
    if scheme.split("+")[0] not in KNOWN_SCHEMES:
        raise UserError(
            f"tracking URI {redact(uri)!r}: unknown scheme {scheme!r}; use sqlite:///mlflow.db, "
            "http(s)://HOST:PORT of an MLflow server, or postgresql://... of its database")
    if scheme == "sqlite":
        path = uri.split(":///", 1)[-1] if ":///" in uri else ""
        if path and path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise UserError(
                    f"tracking URI {redact(uri)}: folder {parent} does not exist; "
                    "create it or point tracking.uri at an existing folder"
                )
            if not os.access(parent, os.W_OK):
                raise UserError(f"tracking URI {redact(uri)}: folder {parent} is not writable")
            db = Path(path).expanduser()
            if db.exists() and db.stat().st_size:
                try:
                    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=timeout)
                    con.execute("select name from sqlite_master limit 1").fetchall()
                    con.close()
                except sqlite3.DatabaseError:
                    raise UserError(
                        f"tracking URI {redact(uri)}: {db} is not an SQLite database; "
                        "point tracking.uri at another file"
                    ) from None
            create_sqlite_store(uri, db)
        return
    if scheme in ("http", "https"):
        url = uri.rstrip("/") + "/health"
        try:
            with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310
                resp.read(64)
        except urllib.error.HTTPError as err:
            if err.code not in (401, 403):  # reachable behind auth: the credentials come next
                raise UserError(
                    f"tracking server {redact(uri)} answered HTTP {err.code} on /health; "
                    "check the URL points at an MLflow tracking server"
                ) from None
        except (urllib.error.URLError, OSError, TimeoutError) as err:
            reason = getattr(err, "reason", err)
            raise UserError(
                f"cannot reach tracking server {redact(uri)} ({reason}); start it "
                "(mlflow server ...) or fix --tracking-uri / MLFLOW_TRACKING_URI / tracking.uri"
            ) from None
        _check_credentials(uri)
        return
    if scheme.startswith(("postgresql", "mysql", "mssql")):
        import sqlalchemy

        try:
            engine = sqlalchemy.create_engine(uri, connect_args=_connect_timeout(scheme, timeout))
            with engine.connect():
                pass
            engine.dispose()
        except Exception as err:  # driver errors differ by database
            first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            raise UserError(
                f"cannot connect to tracking database {redact(uri)}: {redact(first)}; "
                "check that the server is up and the credentials are right"
            ) from None
        return
    if scheme in ("file", "") and not uri.startswith(("databricks",)):
        raise UserError(
            f"tracking URI {uri!r}: the MLflow file store is deprecated; use "
            "sqlite:///mlflow.db or an http(s):// tracking server"
        )


def create_sqlite_store(uri: str, db: Path) -> None:
    """Create (or migrate) the SQLite store under a file lock next to it.

    MLflow creates its tables on first use; two processes doing that at once on a new file race
    in the schema migration and can leave the store broken for good. Whoever holds the lock
    creates it; the others then find it complete.
    """
    import fcntl

    lock_path = db.expanduser().resolve().with_name(f".{db.name}.lock")
    with open(lock_path, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            MlflowClient(uri).search_experiments(max_results=1)  # creates/migrates the schema
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def is_auth_refusal(err: Exception) -> bool:
    """The tracking server refused the request's credentials (HTTP 401/403)."""
    from mlflow.exceptions import MlflowException

    if isinstance(err, MlflowException) and err.get_http_status_code() in (401, 403):
        return True
    text = str(err)
    return any(k in text for k in ("error code 401", "error code 403", "UNAUTHENTICATED",
                                   "PERMISSION_DENIED"))


def _check_credentials(uri: str) -> None:
    """One authenticated read, so a server with authentication on (``mlflow server --app-name
    basic-auth``) that refuses our credentials is a one-line error before any run exists."""
    from mlflow.exceptions import MlflowException

    try:
        MlflowClient(uri).search_experiments(max_results=1)
    except MlflowException as err:
        if not is_auth_refusal(err):
            return  # other failures surface, with their retries, in the real calls
        user = os.environ.get("MLFLOW_TRACKING_USERNAME") or urllib.parse.urlsplit(uri).username
        given = f"the credentials of user {user!r}" if user else "a request without credentials"
        raise UserError(
            f"tracking server {redact(uri)} refused {given} (HTTP 401/403); set "
            "MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD to an MLflow user's"
        ) from None


def _connect_timeout(scheme: str, timeout: float) -> dict:
    return {"connect_timeout": int(timeout)} if scheme.startswith("postgresql") else {}


@contextlib.contextmanager
def use_tracking_uri(uri: str):
    """Point MLflow's fluent API at ``uri`` for a block, then restore the previous setting.

    ``mlflow.set_tracking_uri`` also sets $MLFLOW_TRACKING_URI, which would otherwise leak into
    every later run of the process (and override experiment files).
    """
    import mlflow

    before_env = os.environ.get("MLFLOW_TRACKING_URI")
    before = mlflow.get_tracking_uri() if before_env is not None else None
    mlflow.set_tracking_uri(uri)
    try:
        yield
    finally:
        mlflow.set_tracking_uri(before)
        if before_env is not None:
            os.environ["MLFLOW_TRACKING_URI"] = before_env


EXPERIMENT_KIND = {"mlflow.experimentKind": "custom_model_development"}


def get_or_create_experiment(client: MlflowClient, name: str) -> str:
    """The experiment's id, created if need be, tagged so that the MLflow 3 UI opens it on its
    runs (``mlflow.experimentKind``; without it the UI lands on the GenAI traces view)."""
    exp = client.get_experiment_by_name(name)
    if exp is not None:
        if exp.lifecycle_stage == "deleted":
            raise UserError(
                f"MLflow experiment {name!r} is deleted; restore it in the MLflow UI or "
                "choose another name (name: / tracking.experiment)"
            )
        if "mlflow.experimentKind" not in exp.tags:
            with contextlib.suppress(Exception):  # e.g. a READ-only user of a shared server
                client.set_experiment_tag(exp.experiment_id, "mlflow.experimentKind",
                                          EXPERIMENT_KIND["mlflow.experimentKind"])
        return exp.experiment_id
    try:
        return client.create_experiment(name, tags=EXPERIMENT_KIND)
    except Exception:  # another process created it first
        exp = client.get_experiment_by_name(name)
        if exp is None:
            raise
        return exp.experiment_id


def log_params_and_tags(
    client: MlflowClient, run_id: str, params: Mapping[str, str], tags: Mapping[str, str]
) -> None:
    items = [Param(k, str(v)[:6000]) for k, v in params.items()]
    for i in range(0, len(items), MAX_PARAMS_TAGS_PER_BATCH):
        client.log_batch(run_id, params=items[i : i + MAX_PARAMS_TAGS_PER_BATCH])
    tag_items = [RunTag(k, str(v)) for k, v in tags.items()]
    for i in range(0, len(tag_items), MAX_PARAMS_TAGS_PER_BATCH):
        client.log_batch(run_id, tags=tag_items[i : i + MAX_PARAMS_TAGS_PER_BATCH])
