"""What every page shares: where the stores are, cached MLflow/Optuna reads, chart helpers.

The dashboard reads through MLflow's and Optuna's own APIs, except where an SQLite store's
tables answer the same question much faster (the newest runs page, a run's curves and its
history for the diagnosis: :mod:`dnnlab.store_sqlite`, each checked against MLflow's client in
a test). Long metric histories are never fetched whole: the points are sampled by step in the
tracking store (as MLflow's sampled history queries, the ones its own UI uses, do), reduced
once more with LTTB for the browser and cached with ``st.cache_data``; the ``MlflowClient`` is
a ``st.cache_resource``.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import math
import os
import sqlite3
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `streamlit run dashboards/app.py` puts only dashboards/ there
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")  # no bars in the log

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import plotly.graph_objects as go  # noqa: E402
import streamlit as st  # noqa: E402
from mlflow import MlflowClient  # noqa: E402

from dnnlab.config import DEFAULT_TRACKING_URI  # noqa: E402
from dnnlab.dashboard_data import (  # noqa: E402
    Series,
    downsample,
    is_per_step,
    parse_json,
    runs_frame,
    sample_steps,
)
from dnnlab.tracking import is_auth_refusal, redact  # noqa: E402

RUNS_PAGE = "views/runs.py"
RUN_PAGE = "views/run.py"
# the Run page's lazy tabs, in order (`run?run=ID&tab=<label>` opens one)
RUN_TABS = ("Curves and diagnosis", "Inside the network", "Evaluation", "Params and tags")
NETWORK_TAB = RUN_TABS[1]
COMPARE_PAGE = "views/compare.py"
STUDY_PAGE = "views/study.py"
INSPECT_PAGE = "views/inspect_model.py"

LINE_POINTS = 1500  # points per line sent to the browser
FETCH_POINTS = 2000  # points per long metric read from the store
LAYER_POINTS = 600  # points per per-layer statistic (a heat map of 300 bins, thin lines)
MARKER_POINTS = 200  # a line of more points is drawn without markers (one SVG node per marker)
SEVERITY_COLOR = {"critical": "#d62728", "warning": "#ff7f0e", "info": "#1f77b4"}
INF = 1e308  # MLflow's SQL stores store +-Inf as +-float max


def _warm_imports() -> None:
    """What a page imports on its first view, imported on a thread while the first page is
    built (the Run page's first view imported the diagnosis package and Streamlit's emoji
    table, ~0.1 s, on the script thread)."""
    def run() -> None:
        with contextlib.suppress(Exception):
            import streamlit.emojis  # noqa: F401 - st.page_link's icon check

            import dashboards.charts  # noqa: F401
            import dnnlab.diagnose  # noqa: F401
            import dnnlab.store_sqlite  # noqa: F401

    threading.Thread(target=run, name="dnnlab-dashboard-imports", daemon=True).start()


_warm_imports()

_modules_frozen = 0  # len(sys.modules) at the last gc.freeze


def freeze_imports() -> None:
    """After a script run that imported modules, move every object alive into the permanent
    generation (``gc.freeze``): the collector's full passes then no longer walk Streamlit's,
    MLflow's, pandas' and plotly's modules (0.07-0.2 s a pass on the 2-core machine, one or
    two in a Run page's first view). Only after runs that imported something, so it happens a
    few times a server, and what it keeps forever is bounded by them."""
    global _modules_frozen
    if len(sys.modules) > _modules_frozen:
        _modules_frozen = len(sys.modules)
        gc.freeze()


# ----------------------------------------------------------------------------- settings


def _argv() -> argparse.Namespace:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--tracking-uri")
    parser.add_argument("--storage")
    args, _ = parser.parse_known_args(sys.argv[1:])
    return args


def base_tracking_uri() -> str:
    """``-- --tracking-uri`` after the script, then ``$MLFLOW_TRACKING_URI``, then the
    embedded ``sqlite:///mlflow.db`` (the same order as ``dnnlab train``)."""
    return _argv().tracking_uri or os.environ.get("MLFLOW_TRACKING_URI") or DEFAULT_TRACKING_URI


def tracking_uri() -> str:
    """The store as this session sees it: with login on, the server URI carries the user
    (``http://alice@host:5000``), so every cached read is kept per user and every MLflow call
    of the session is made with that user's credentials (see :func:`client`)."""
    base = base_tracking_uri()
    user = st.session_state.get(_USER_KEY) if auth_required() else None
    return _with_user(base, user) if user else base


# ----------------------------------------------------------------------------- login

AUTH_ENV = "DNNLAB_DASHBOARD_AUTH"  # "1": every session logs in with its MLflow credentials
_USER_KEY = "dnnlab_user"
_CREDENTIALS: dict[tuple[str, str], str] = {}  # (server, user) -> password, after a login
_ENV_LOCK = threading.RLock()
_CRED_VARS = ("MLFLOW_TRACKING_USERNAME", "MLFLOW_TRACKING_PASSWORD", "MLFLOW_TRACKING_TOKEN")


def auth_required() -> bool:
    return os.environ.get(AUTH_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def _with_user(uri: str, user: str) -> str:
    parts = urllib.parse.urlsplit(uri)
    host = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit(parts._replace(
        netloc=f"{urllib.parse.quote(user, safe='')}@{host}"))


def _split_user(uri: str) -> tuple[str, str | None]:
    parts = urllib.parse.urlsplit(uri)
    if parts.scheme not in ("http", "https") or "@" not in parts.netloc:
        return uri, None
    userinfo, _, host = parts.netloc.rpartition("@")
    return (urllib.parse.urlunsplit(parts._replace(netloc=host)),
            urllib.parse.unquote(userinfo.partition(":")[0]))


@contextlib.contextmanager
def as_user(user: str | None, password: str | None):
    """MLflow's client reads its credentials from the environment at each request: set them to
    this session's user for one call (one call at a time), and never to the service's own."""
    with _ENV_LOCK:
        saved = {k: os.environ.get(k) for k in _CRED_VARS}
        for k in _CRED_VARS:
            os.environ.pop(k, None)
        if user is not None:
            os.environ["MLFLOW_TRACKING_USERNAME"] = user
            os.environ["MLFLOW_TRACKING_PASSWORD"] = password or ""
        try:
            yield
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v


class _AsUser:
    """Any MLflow object (a client, its store) whose every call is made with one user's
    credentials; attributes that are objects are wrapped the same way."""

    _PLAIN = (str, bytes, int, float, bool, type(None), tuple, list, dict)

    def __init__(self, inner: Any, base: str, user: str) -> None:
        self._inner, self._base, self._user = inner, base, user

    def __getattr__(self, name: str) -> Any:
        with as_user(self._user, self._password()):
            attr = getattr(self._inner, name)  # a property may build the store: also as user
        if isinstance(attr, self._PLAIN):
            return attr
        if not callable(attr):
            return _AsUser(attr, self._base, self._user)

        def call(*args: Any, **kwargs: Any) -> Any:
            with as_user(self._user, self._password()):
                return attr(*args, **kwargs)

        return call

    def _password(self) -> str:
        password = _CREDENTIALS.get((self._base, self._user))
        if password is None:
            raise PermissionError("this session is logged out; log in again")
        return password


def UserClient(base: str, user: str) -> Any:  # noqa: N802 - builds a client-like object
    """An ``MlflowClient`` on ``base`` whose every call is made as ``user``."""
    return _AsUser(MlflowClient(base), base, user)


def check_login(base: str, user: str, password: str) -> str | None:
    """None when the tracking server accepts ``user``/``password``, else why not."""
    try:
        with as_user(user, password):
            MlflowClient(base).search_experiments(max_results=1)
    except Exception as err:
        if is_auth_refusal(err):
            return "The tracking server refused this user name and password."
        return f"Cannot reach the tracking server {redact(base)}: {type(err).__name__}"
    return None


def require_login() -> None:
    """With login on, show only a login form until the session's credentials are accepted
    by the tracking server (MLflow's own users and permissions decide what each user sees)."""
    if not auth_required():
        return
    base = base_tracking_uri()
    if not base.startswith(("http://", "https://")):
        st.error(f"Login needs an MLflow tracking server with authentication (mlflow server "
                 f"--app-name basic-auth); this dashboard points at {redact(base)}.")
        st.stop()
    user = st.session_state.get(_USER_KEY)
    if user and (base, user) in _CREDENTIALS:
        with st.sidebar:
            st.caption(f"Logged in as **{user}**")
            if st.button("Log out"):
                del st.session_state[_USER_KEY]
                st.rerun()
        return
    st.title("dnnlab")
    with st.form("login"):
        st.write(f"Log in with your MLflow account on {redact(base)}.")
        name = st.text_input("User name", key="login_user")
        password = st.text_input("Password", type="password", key="login_password")
        submitted = st.form_submit_button("Log in")
    if submitted:
        problem = check_login(base, name, password) if name else "Enter a user name."
        if problem is None:
            _CREDENTIALS[(base, name)] = password
            st.session_state[_USER_KEY] = name
            st.rerun()
        st.error(problem)
    st.stop()


def storage_flag() -> str | None:
    """The Optuna storage given with ``--storage`` or ``$DNNLAB_STORAGE``, if any."""
    return _argv().storage or os.environ.get("DNNLAB_STORAGE") or None


def sqlite_path(uri: str) -> Path | None:
    if uri.startswith("sqlite:///"):
        path = uri[len("sqlite:///"):]
        return Path(path).expanduser() if path and path != ":memory:" else None
    return None


def store_problem(uri: str) -> str | None:
    """Why the tracking store cannot be shown (None when it can). A missing SQLite file is
    not created: viewing must never write."""
    path = sqlite_path(uri)
    if path is not None and not path.exists():
        return (f"No tracking store at `{path}` yet. Train a run first "
                "(`dnnlab train experiments/digits_cnn.yaml`), or start the dashboard with "
                "`dnnlab dashboard --tracking-uri URI`.")
    try:
        experiments(uri)
    except Exception as err:  # any store error: say what and where, no traceback
        text = str(err).strip().splitlines()[0][:300] if str(err).strip() else type(err).__name__
        if is_auth_refusal(err):
            return (f"The tracking server {redact(uri)} refused the dashboard (HTTP 401/403): "
                    "start it with MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD set "
                    "to an MLflow user's.")
        return f"Cannot read the tracking store {redact(uri)}: {text}"
    return None


def require_store() -> str:
    """The tracking URI; stops the page with a clear message when the store is unreadable."""
    uri = tracking_uri()
    problem = store_problem(uri)
    if problem:
        st.info(problem)
        st.stop()
    return uri


# ----------------------------------------------------------------------------- MLflow reads


@st.cache_resource(show_spinner=False)
def client(uri: str) -> MlflowClient:
    base, user = _split_user(uri)
    if user is not None and auth_required():
        return UserClient(base, user)  # type: ignore[return-value]
    if uri.startswith("sqlite:///") and Path(uri[len("sqlite:///"):]).is_file():
        # a store another process is creating: wait for it under the creation lock
        from dnnlab.tracking import create_sqlite_store

        create_sqlite_store(uri, Path(uri[len("sqlite:///"):]))
    return MlflowClient(uri)


@st.cache_data(ttl=30, show_spinner=False)
def experiments(uri: str) -> dict[str, str]:
    """``{experiment_id: name}`` of the active experiments."""
    return {e.experiment_id: e.name for e in client(uri).search_experiments()}


@st.cache_data(ttl=15, show_spinner=False)
def runs_page(uri: str, experiment_ids: tuple[str, ...], filter_string: str = "",
              order_by: tuple[str, ...] = ("attributes.start_time DESC",),
              max_results: int = 100, page_token: str | None = None
              ) -> tuple[pd.DataFrame, str | None]:
    """One page of runs as :func:`dnnlab.dashboard_data.runs_frame`, filtered and sorted by
    MLflow itself, plus the token of the next page (None on the last)."""
    if not experiment_ids:
        return runs_frame([]), None
    if not filter_string and tuple(order_by) == ("attributes.start_time DESC",):
        fast = _newest_from_sqlite(uri, experiment_ids, max_results, page_token)
        if fast is not None:
            return fast
    result = client(uri).search_runs(list(experiment_ids), filter_string=filter_string,
                                     order_by=list(order_by), max_results=max_results,
                                     page_token=page_token)
    return runs_frame(result, experiments(uri)), result.token or None


@contextlib.contextmanager
def _tables(uri: str) -> Iterator[Any]:
    """A read-only reader of an MLflow SQLite store's tables
    (:class:`dnnlab.store_sqlite.SqliteRuns`), or None for any other store: the caller then
    reads through MLflow's client, which also says what is wrong with a bad one."""
    from dnnlab.store_sqlite import open_store

    try:
        reader = open_store(uri)
    except Exception:
        reader = None
    try:
        yield reader
    finally:
        if reader is not None:
            reader.close()


def _newest_from_sqlite(uri: str, experiment_ids: tuple[str, ...], max_results: int,
                        page_token: str | None) -> tuple[pd.DataFrame, str | None] | None:
    """The unfiltered, newest-first page straight from an SQLite store's tables (MLflow's
    client builds an entity per param, tag and metric: 0.6 s for 100 runs of a 10,000-run
    store); page tokens made and read by MLflow's own ``SearchUtils``, so either path reads
    the other's. None when this path cannot answer."""
    from mlflow.utils.search_utils import SearchUtils

    with _tables(uri) as reader:
        if reader is None:
            return None
        try:
            offset = SearchUtils.parse_start_offset_from_page_token(page_token)
            listed, next_offset = reader.newest_runs(list(experiment_ids), max_results, offset)
        except Exception:  # a token or table this path cannot read: MLflow's client reads it
            return None
    token = None if next_offset is None else \
        SearchUtils.create_page_token(next_offset).decode()
    return runs_frame(listed, experiments(uri)), token


def recent_runs(uri: str, limit: int = 100, filter_string: str = "") -> pd.DataFrame:
    """The latest runs (the Runs page's unfiltered first page: one cached read for both)."""
    frame, _ = runs_page(uri, tuple(experiments(uri)), filter_string, max_results=limit)
    return frame


@st.cache_data(ttl=10, show_spinner=False)
def run_record(uri: str, run_id: str) -> dict[str, Any] | None:
    """A run as plain data: ``info`` fields, ``params``, ``tags``, latest ``metrics`` (None
    when the run does not exist)."""
    try:
        run = client(uri).get_run(run_id)
    except Exception:
        return None
    info = run.info
    return {
        "run_id": info.run_id, "run_name": info.run_name or info.run_id[:8],
        "experiment_id": info.experiment_id, "status": info.status,
        "start_time": info.start_time, "end_time": info.end_time,
        "params": dict(run.data.params), "tags": dict(run.data.tags),
        "metrics": dict(run.data.metrics), "artifact_uri": info.artifact_uri,
    }


def version_of(rec: dict[str, Any]) -> str:
    """Changes whenever the run's data may have changed: finished runs never, running runs
    every 10 s (so the caches below refresh a live run)."""
    if rec["status"] == "RUNNING" or not rec.get("end_time"):
        return f"live-{int(time.time() // 10)}"
    return f"end-{rec['end_time']}"


def _store(c: MlflowClient) -> Any:
    return getattr(getattr(c, "_tracking_client", None), "store", None)


def _clean(values: Iterable[float]) -> np.ndarray:
    v = np.asarray(list(values), dtype=float)
    v[v >= INF] = np.inf
    v[v <= -INF] = -np.inf
    return v


def _dedupe(steps: np.ndarray, values: np.ndarray, stamps: np.ndarray
            ) -> tuple[np.ndarray, np.ndarray]:
    """Sorted by step; a step logged twice (a resumed run) keeps its latest value."""
    if len(steps) == 0:
        return steps.astype(np.int64), values
    order = np.lexsort((stamps, steps))
    steps, values = steps[order], values[order]
    last = np.append(steps[1:] != steps[:-1], True)
    return steps[last], values[last]


def _whole_series(key: str, steps: np.ndarray, values: np.ndarray, stamps: np.ndarray
                  ) -> Series:
    """Every point of a metric as a Series; one logged without steps (all at step 0) is
    indexed by its order of logging."""
    if len(steps) > 1 and (steps == steps[0]).all():  # logged without steps
        order = np.argsort(stamps, kind="stable")
        return Series(key, np.arange(len(steps), dtype=np.int64), values[order], len(steps))
    s, v = _dedupe(steps, values, stamps)
    return Series(key, s, v, len(s))


def _arrays(points: Sequence[Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(steps, values, timestamps) of MLflow ``Metric`` entities, +-float max read as +-Inf."""
    return (np.array([m.step for m in points], dtype=np.int64), _clean(m.value for m in points),
            np.array([m.timestamp for m in points], dtype=np.int64))


def _whole(c: MlflowClient, run_id: str, key: str) -> Series:
    return _whole_series(key, *_arrays(c.get_metric_history(run_id, key)))


def _grid(max_step: int, max_points: int, every: int) -> tuple[list[int], int]:
    """The steps to sample (at most about ``max_points`` on the logging grid ``every``; other
    tools start at step 0) and how many steps that grid has in all."""
    wanted = sample_steps(max_step, max_points, every, first=0)
    return wanted, (max_step - wanted[0]) // every + 1 if wanted else 0


def _on_grid(key: str, wanted: list[int], grid: int, max_points: int, steps: np.ndarray,
             values: np.ndarray, stamps: np.ndarray) -> Series | None:
    """The points read at the ``wanted`` steps as a Series, or None when fewer than half of
    those steps hold one (a metric off that grid) and the grid is longer than ``max_points``."""
    if not len(steps) or (len(np.unique(steps)) < 0.5 * len(wanted) and grid > max_points):
        return None
    s, v = _dedupe(steps, values, stamps)
    total = grid if grid > len(wanted) else len(s)
    return Series(key, s, v, max(total, len(s)))


def series_from_tables(reader: Any, run_id: str, key: str, max_points: int = FETCH_POINTS,
                       every: int = 1, whole: bool = False) -> Series | None:
    """:func:`fetch_series` read straight from an SQLite store's tables
    (:class:`dnnlab.store_sqlite.SqliteRuns`): the same points, sampled on the same steps, at
    about 1 us a point where MLflow's client takes 20 (a 1M-step run's page read 1.5 s of
    series through it). None when the metric is off its sampling grid: MLflow's evenly sampled
    history then answers."""
    max_step = None if whole else reader.max_step(run_id, key)
    if not max_step:
        steps, values, stamps = reader.points(run_id, key)
        return _whole_series(key, steps, _clean(values), stamps)
    wanted, grid = _grid(max_step, max_points, every)
    steps, values, stamps = reader.points(run_id, key, wanted)
    return _on_grid(key, wanted, grid, max_points, steps, _clean(values), stamps)


def fetch_series(c: MlflowClient, run_id: str, key: str, max_points: int = FETCH_POINTS,
                 every: int = 1, whole: bool = False) -> Series:
    """At most about ``max_points`` points of one metric, spread over all its steps.

    On SQL stores the sampling happens in the database (by step on the metric's logging grid
    ``every``, else MLflow's evenly sampled history); other stores return the whole history,
    which is then reduced here. A metric logged without steps (all at step 0) is indexed by
    its order of logging.
    """
    if whole:  # a short per-epoch curve: one query for all of it
        return _whole(c, run_id, key)
    store = _store(c)
    max_step = None
    if store is not None and hasattr(store, "get_max_step_for_metric"):
        try:
            max_step = int(store.get_max_step_for_metric(run_id, key))
        except Exception:
            max_step = None
    if max_step and hasattr(store, "get_metric_history_bulk_interval_from_steps"):
        wanted, grid = _grid(max_step, max_points, every)
        try:
            rows = store.get_metric_history_bulk_interval_from_steps(
                run_id, key, wanted, 4 * len(wanted) + 10)
            got = _on_grid(key, wanted, grid, max_points,
                           *_arrays([r.metric if hasattr(r, "metric") else r for r in rows]))
            if got is not None:
                return got
            rows = store.get_metric_history_bulk_interval([run_id], key, max_points, None, None)
            got = [r.metric if hasattr(r, "metric") else r for r in rows]
            if got:
                s, v = _dedupe(*_arrays(got))
                return Series(key, s, v, max(len(s), grid if len(got) >= max_points else 0))
        except Exception:
            pass  # fall back to the whole history below
    return _whole(c, run_id, key)


def logging_grid(rec: dict[str, Any], key: str) -> int:
    """dnnlab logs per-layer stats and lr every ``train.log_every_n_steps`` steps."""
    if rec["tags"].get("dnnlab_version") and is_per_step(key) and key != "train/loss":
        try:
            return max(1, int(rec["params"].get("train.log_every_n_steps", "1")))
        except ValueError:
            return 1
    return 1


def points_for(key: str) -> int:
    """How many points of a metric to read: fewer for the per-layer statistics, which are
    drawn as a heat map of a few hundred bins and as thin lines."""
    if key.startswith(("update_ratio/", "grad_norm/")) or key == "lr":
        return LAYER_POINTS
    return FETCH_POINTS


@st.cache_data(show_spinner=False, max_entries=500)
def series_batch(uri: str, run_id: str, spec: tuple[tuple[str, int, int, bool], ...],
                 version: str) -> dict[str, Series]:
    """:func:`fetch_series` of several ``(key, max_points, every, whole)`` at once, cached per
    run ``version`` (:func:`version_of`): from an SQLite store's tables when it is one, else
    through MLflow's client (4 threads: the store's reads overlap)."""
    out: dict[str, Series] = {}
    with _tables(uri) as reader:  # an SQLite store: its tables, in this thread
        for k in spec if reader is not None else ():
            with contextlib.suppress(sqlite3.Error):  # a table this reader cannot read
                got = series_from_tables(reader, run_id, *k)
                if got is not None:
                    out[k[0]] = got
    rest = [k for k in spec if k[0] not in out]
    if rest:  # any other store, or what the tables could not answer: MLflow's client
        c = client(uri)
        with ThreadPoolExecutor(max_workers=4) as pool:
            out.update(zip((k[0] for k in rest),
                           pool.map(lambda k: fetch_series(c, run_id, *k), rest), strict=True))
    return {k[0]: out[k[0]] for k in spec}


def run_series(uri: str, rec: dict[str, Any], keys: Sequence[str],
               max_points: int | None = None) -> dict[str, Series]:
    """Several metrics of a run (only those it logged), cached."""
    dnnlab = "dnnlab_version" in rec["tags"]
    spec = tuple((k, max_points or points_for(k), logging_grid(rec, k),
                  dnnlab and not is_per_step(k)) for k in keys if k in rec["metrics"])
    return series_batch(uri, rec["run_id"], spec, version_of(rec)) if spec else {}


def tidy(all_series: Iterable[Series]) -> pd.DataFrame:
    """Series as the tidy ``key``/``step``/``value`` table the diagnosis reads."""
    frames = [pd.DataFrame({"key": s.key, "step": s.steps, "value": s.values})
              for s in all_series if len(s.steps)]
    if not frames:
        return pd.DataFrame({"key": pd.Series(dtype=str), "step": pd.Series(dtype="int64"),
                             "value": pd.Series(dtype=float)})
    return pd.concat(frames, ignore_index=True)


def local_artifact(root: str | None, path: str) -> Path | None:
    """Where artifact ``path`` of a run whose artifact root is ``root`` lies on this machine,
    when the root is a local folder (a plain path or ``file://``; the embedded default), else
    None. A path that would leave the root is None too."""
    if not root:
        return None
    parsed = urllib.parse.urlparse(root)
    if parsed.scheme not in ("", "file") or (parsed.scheme == "file" and parsed.netloc):
        return None
    base = Path(urllib.parse.unquote(parsed.path) if parsed.scheme else root).resolve()
    target = (base / path).resolve()
    return target if target.is_relative_to(base) else None


def _download_text(c: MlflowClient, run_id: str, path: str, root: str | None = None
                   ) -> str | None:
    """A text artifact of the run, or None when it has none. With a local artifact ``root``
    the file is read where it lies (MLflow's download copies it into a temporary folder and
    looks the run up first: about 10 ms an artifact, 0.1 s more on the first for imports)."""
    import tempfile

    local = local_artifact(root, path)
    if local is not None:
        try:
            return local.read_text()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            return None
        except OSError:
            pass  # unreadable here: let MLflow try
    with tempfile.TemporaryDirectory(prefix="dnnlab-dash-") as folder:
        try:
            return Path(c.download_artifacts(run_id, path, folder)).read_text()
        except Exception:  # no such artifact (each store raises its own error)
            return None


@st.cache_data(show_spinner=False, max_entries=500)
def artifact_text(uri: str, run_id: str, path: str, version: str, root: str | None = None
                  ) -> str | None:
    """A small text artifact (JSON, CSV, YAML), or None when the run has none; ``root``: the
    run's artifact URI, read directly when it is a local folder."""
    return _download_text(client(uri), run_id, path, root)


def artifact_json(uri: str, run_id: str, path: str, version: str, root: str | None = None
                  ) -> Any:
    return parse_json(artifact_text(uri, run_id, path, version, root))


@st.cache_data(show_spinner=False, max_entries=500)
def artifact_texts(uri: str, run_id: str, paths: tuple[str, ...], version: str,
                   root: str | None = None) -> dict[str, str | None]:
    """Several small artifacts at once (read where they lie when ``root`` is a local folder,
    else downloaded in parallel)."""
    c = client(uri)
    if all(local_artifact(root, p) is not None for p in paths):
        return {p: _download_text(c, run_id, p, root) for p in paths}
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda p: _download_text(c, run_id, p, root), paths))
    return dict(zip(paths, got, strict=True))


# ----------------------------------------------------------------------------- diagnosis


def _diagnosis_version(rec: dict[str, Any]) -> str:
    """Changes when the stored diagnosis may have: the run's version, or its diagnosis tags
    (``dnnlab diagnose --log`` rewrites diagnosis.json of a finished run)."""
    return "|".join((version_of(rec), rec["tags"].get("diagnosis.verdict", ""),
                     rec["tags"].get("diagnosis.summary", "")))


@st.cache_data(show_spinner=False, max_entries=200)
def computed_diagnosis(uri: str, run_id: str, version: str) -> dict[str, Any]:
    """:func:`dnnlab.runs.diagnose_run` (what ``dnnlab diagnose`` runs) as ``to_dict()``: on an
    SQLite store from its tables, read-only, as the command reads it (the history of a
    200,000-step run: 1.8 s through MLflow's client), else through MLflow."""
    from dnnlab.runs import diagnose_run

    with _tables(uri) as reader:
        if reader is not None:
            with contextlib.suppress(sqlite3.Error):  # tables this reader cannot read
                return diagnose_run(reader, run_id).to_dict()
    return diagnose_run(client(uri), run_id).to_dict()


def run_diagnosis(uri: str, rec: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The run's diagnosis and where it comes from: its stored ``diagnosis.json`` (written at
    the end of the run on its whole history) when it has one and has ended, else the same
    diagnosis ``dnnlab diagnose`` computes now. Either way the dict of ``Diagnosis.to_dict``."""
    if rec["status"] != "RUNNING":
        doc = parse_json(artifact_text(uri, rec["run_id"], "diagnosis.json",
                                       _diagnosis_version(rec), rec.get("artifact_uri")))
        if isinstance(doc, dict) and isinstance(doc.get("findings"), list) and doc.get("verdict"):
            return doc, "stored"
    return computed_diagnosis(uri, rec["run_id"], version_of(rec)), "computed"


# ----------------------------------------------------------------------------- Optuna reads


def optuna_storages(uri: str) -> list[str]:
    """``--storage`` if given, else the embedded files next to the MLflow database
    (``optuna.db``, ``optuna.journal``) that exist."""
    flag = storage_flag()
    if flag:
        return [flag]
    path = sqlite_path(uri)
    folder = path.resolve().parent if path is not None else Path.cwd()
    found = []
    if (folder / "optuna.db").exists():
        found.append(f"sqlite:///{folder / 'optuna.db'}")
    if (folder / "optuna.journal").exists():
        found.append(str(folder / "optuna.journal"))
    return found


@st.cache_resource(show_spinner=False)
def optuna_storage(url: str) -> Any:
    """An Optuna storage object: a database URL, or a journal file path."""
    import optuna

    if "://" in url:
        return optuna.storages.RDBStorage(url, skip_compatibility_check=True) \
            if url.startswith("sqlite") else url
    from optuna.storages.journal import JournalFileBackend, JournalStorage

    return JournalStorage(JournalFileBackend(url))


def quiet_optuna() -> None:
    import optuna

    optuna.logging.set_verbosity(optuna.logging.WARNING)


# ----------------------------------------------------------------------------- charts


def layout(fig: go.Figure, title: str, x_title: str, y_title: str,
           height: int = 380, log_y: bool = False, legend: str = "top") -> go.Figure:
    """Every chart gets a title, axis titles with units and a legend on top (``legend="right"``:
    a column beside the plot, for many entries; the colours are Streamlit's theme; naming a
    plotly template here would cost ~70 ms per chart)."""
    xaxis: dict[str, Any] = {"title": {"text": x_title}}
    yaxis: dict[str, Any] = {"title": {"text": y_title}}
    if x_title.startswith(("epoch", "trial number", "optimisation step")):  # no 1.5 ticks
        xs = [float(np.nanmax(np.asarray(t.x, dtype=float))) for t in fig.data
              if t.type in ("scatter", "bar") and t.x is not None and len(t.x)]
        if xs and max(xs) <= 25:
            xaxis["dtick"] = 1
    if log_y:
        yaxis["type"] = "log"
    # the layout is set as one plain dict: plotly's update_layout parses and validates every
    # path on each call (~30 ms a chart), assigning a dict once is several times cheaper
    lay = fig.layout.to_plotly_json()
    lay.pop("template", None)  # Streamlit's theme styles the chart in the browser
    lay.update(
        title={"text": title, "x": 0.0, "xanchor": "left"}, height=height,
        margin={"l": 60, "r": 20, "t": 60, "b": 50},
        legend=({"orientation": "v", "yanchor": "top", "y": 1.0, "xanchor": "left", "x": 1.02}
                if legend == "right" else
                {"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1}),
        hovermode="x unified" if fig.data and fig.data[0].type == "scatter" else "closest",
    )
    for name, extra in (("xaxis", xaxis), ("yaxis", yaxis)):
        lay[name] = {**lay.get(name, {}), **extra}
        for key in [k for k in lay if k.startswith(name) and k != name]:  # subplot panels
            lay[key] = {**lay[key], "title": extra["title"]}
    fig.layout = lay
    return fig


def show(fig: go.Figure, key: str | None = None) -> None:
    st.plotly_chart(fig, width="stretch", key=key, config={"displaylogo": False})


def add_line(fig: go.Figure, s: Series, name: str, x_scale: float = 1.0, color: str | None = None,
             dash: str | None = None, n_points: int = LINE_POINTS, log_y: bool = False,
             mode: str = "lines") -> None:
    """One metric as a line (LTTB-reduced), plus a marker at every NaN/Inf point (drawn at the
    last finite value, as a NaN has no height)."""
    x = s.steps.astype(float) * x_scale
    fx, fy, bx, by = downsample(x, s.values, n_points)
    if log_y:
        keep = fy > 0
        fx, fy = fx[keep], fy[keep]
    if "markers" in mode and len(fx) > MARKER_POINTS:
        # a marker per point of a dense line hides nothing the line shows, and each is an SVG
        # node for the browser to lay out (a 10,000-epoch run drew 2 x 1,500 on one chart)
        mode = "lines"
    line: dict[str, Any] = {"width": 1.6}
    if color:
        line["color"] = color
    if dash:
        line["dash"] = dash
    fig.add_trace(go.Scatter(x=fx, y=fy, name=name, mode=mode, line=line,
                             marker={"size": 6} if "markers" in mode else None))
    if len(bx):
        height = float(fy[-1]) if len(fy) else 0.0
        fig.add_trace(go.Scatter(
            x=bx, y=[height] * len(bx), name=f"{name}: NaN/Inf", mode="markers",
            marker={"symbol": "x", "size": 12, "color": SEVERITY_COLOR["critical"]},
            text=[str(v) for v in by], hovertemplate="%{x}: %{text}<extra></extra>"))


def sampled_note(all_series: Iterable[Series]) -> str | None:
    """A caption saying which long curves were sampled, or None when none were."""
    parts = [f"{s.key}: {len(s.steps):,} of {s.total:,} points" for s in all_series if s.sampled]
    if not parts:
        return None
    return ("Long curves are sampled in the tracking store and reduced with LTTB before "
            "drawing (" + "; ".join(parts[:4]) + ("; ..." if len(parts) > 4 else "") + ").")


def run_label(row: pd.Series | dict[str, Any]) -> str:
    return f"{row['run_name']} · {row['status']} · {str(row['run_id'])[:8]}"


def pick_run(uri: str, param: str = "run", label: str = "Run",
             filter_string: str = "") -> str | None:
    """The run named by the page's query parameter, else one picked from the latest runs
    (the choice is written back to the URL so the page can be shared)."""
    wanted = st.query_params.get(param)
    frame = recent_runs(uri, 100, filter_string)
    if frame.empty and not wanted:
        return None
    ids = frame["run_id"].tolist()
    labels = {r["run_id"]: run_label(r) for _, r in frame.iterrows()}
    if wanted and wanted not in labels:
        rec = run_record(uri, wanted)
        if rec is not None:
            labels = {wanted: run_label(rec)} | labels
            ids = [wanted, *ids]
    # a run id in the URL that the store does not hold is returned as is: the page says so
    index = ids.index(wanted) if wanted in ids else (None if wanted else 0)
    chosen = st.selectbox(label, ids, index=index, format_func=lambda i: labels.get(i, i),
                          key=f"pick_{param}", placeholder="Pick a run")
    if chosen is None:
        return wanted
    if st.query_params.get(param) != chosen:
        st.query_params[param] = chosen
    return chosen


def fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.4g}" if math.isfinite(v) else str(v)
    return str(v)
