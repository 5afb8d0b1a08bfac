"""Where a study lives: an Optuna storage URL, or an embedded file next to the MLflow database.

Default: ``optuna.db`` (SQLite, heartbeats on) beside ``mlflow.db``; with several worker
processes ``optuna.journal`` (a JournalFileBackend: file locks, no SQLite lock-ups). An
existing study is found in either file whatever ``--workers`` says, so resuming just works.
Both open in ``optuna-dashboard`` as they are (``optuna-dashboard sqlite:///optuna.db`` or
``optuna-dashboard optuna.journal``).
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dnnlab.errors import UserError
from dnnlab.tracking import redact

SQLITE_NAME = "optuna.db"
JOURNAL_NAME = "optuna.journal"


@dataclass(frozen=True)
class StorageSpec:
    """A storage by value (picklable, so worker processes open their own connections)."""

    url: str  # an SQLAlchemy URL, or the path of a journal file
    kind: str  # "rdb" or "journal"
    heartbeat_interval: int | None = None
    grace_period: int | None = None

    @property
    def display(self) -> str:
        """The URL without its password (safe for tags, logs and reports)."""
        return redact(self.url) if self.kind == "rdb" else self.url

    def exists(self) -> bool:
        """False for an embedded file not made yet (a server database always counts)."""
        if self.kind == "journal":
            return Path(self.url).exists()
        if self.url.startswith("sqlite:///"):
            return Path(self.url.split(":///", 1)[1]).expanduser().exists()
        return True

    @property
    def heartbeat(self) -> bool:
        return self.kind == "rdb" and self.heartbeat_interval is not None

    def open(self, stale_callback: Any = None) -> Any:
        """The Optuna storage object; ``stale_callback`` runs for a trial whose heartbeat
        stopped (database storages only)."""
        import optuna
        from optuna.storages.journal import JournalFileBackend, JournalStorage

        if self.kind == "journal":
            return JournalStorage(JournalFileBackend(self.url))
        kwargs: dict[str, Any] = {}
        if self.url.startswith("postgresql"):
            kwargs["engine_kwargs"] = {"connect_args": {"connect_timeout": 10},
                                       "pool_pre_ping": True}
        if self.heartbeat:
            kwargs.update(heartbeat_interval=self.heartbeat_interval,
                          grace_period=self.grace_period or 2 * self.heartbeat_interval,
                          heartbeat_stale_trial_callback=stale_callback)
        return optuna.storages.RDBStorage(self.url, **kwargs)


def parse_storage(text: str, heartbeat_interval: int | None = None,
                  grace_period: int | None = None) -> StorageSpec:
    """``sqlite:///...``, ``postgresql://...``, ``mysql://...``: a database; a file path
    (``optuna.journal``): a journal file."""
    scheme = urllib.parse.urlsplit(text).scheme if "://" in text else ""
    if not scheme:
        path = Path(text).expanduser()
        if not path.parent.is_dir():
            raise UserError(f"Optuna storage {text!r}: folder {path.parent} does not exist")
        return StorageSpec(str(path), "journal")
    if scheme == "sqlite":
        db = text.split(":///", 1)[-1] if ":///" in text else ""
        if not db or db == ":memory:":
            raise UserError(f"Optuna storage {text!r}: an in-memory study cannot be shared or "
                            "resumed; use sqlite:///optuna.db")
        if not Path(db).expanduser().resolve().parent.is_dir():
            raise UserError(f"Optuna storage {text!r}: folder "
                            f"{Path(db).expanduser().resolve().parent} does not exist")
    elif not scheme.startswith(("postgresql", "mysql", "mariadb", "oracle", "mssql")):
        raise UserError(f"Optuna storage {redact(text)!r}: unknown scheme {scheme!r}; use "
                        "sqlite:///, postgresql://, mysql:// or a journal file path")
    if scheme == "postgresql":
        text = "postgresql+" + _postgres_driver() + text[len("postgresql"):]
    return StorageSpec(text, "rdb", heartbeat_interval, grace_period)


def _postgres_driver() -> str:
    """SQLAlchemy 2.1 reads a bare postgresql:// as psycopg 3; use psycopg2 when only it is
    installed (psycopg2-binary is the common install)."""
    import importlib.util

    if importlib.util.find_spec("psycopg") is None and importlib.util.find_spec("psycopg2"):
        return "psycopg2"
    return "psycopg"


def default_folder(tracking_uri: str) -> Path:
    """The folder of the MLflow SQLite database, else the working directory."""
    if tracking_uri.startswith("sqlite:///"):
        path = tracking_uri.split(":///", 1)[1]
        if path and path != ":memory:":
            return Path(path).expanduser().resolve().parent
    return Path.cwd()


def resolve_storage(flag: str | None, tracking_uri: str, study_name: str, workers: int = 1,
                    heartbeat_interval: int | None = None,
                    grace_period: int | None = None) -> StorageSpec:
    """``--storage`` if given; else the embedded file that already holds ``study_name``; else
    a new SQLite file (one worker) or journal file (several)."""
    if flag:
        return parse_storage(flag, heartbeat_interval, grace_period)
    folder = default_folder(tracking_uri)
    sqlite = StorageSpec(f"sqlite:///{folder / SQLITE_NAME}", "rdb", heartbeat_interval,
                         grace_period)
    journal = StorageSpec(str(folder / JOURNAL_NAME), "journal")
    for spec, path in ((sqlite, folder / SQLITE_NAME), (journal, folder / JOURNAL_NAME)):
        if path.exists() and study_name in study_names(spec):
            return spec
    return journal if workers > 1 else sqlite


def embedded_candidates(tracking_uri: str) -> list[StorageSpec]:
    """The default storage files that exist (for ``study-report`` without ``--storage``)."""
    folder = default_folder(tracking_uri)
    out = []
    if (folder / SQLITE_NAME).exists():
        out.append(StorageSpec(f"sqlite:///{folder / SQLITE_NAME}", "rdb"))
    if (folder / JOURNAL_NAME).exists():
        out.append(StorageSpec(str(folder / JOURNAL_NAME), "journal"))
    return out


def study_names(spec: StorageSpec) -> list[str]:
    """Names of the studies in the storage; a one-line :class:`UserError` if unreachable."""
    return [s.study_name for s in open_checked(spec).get_all_studies()]


def open_checked(spec: StorageSpec, stale_callback: Any = None) -> Any:
    """Open the storage and read from it once, so a bad URL fails before any run exists.

    Several workers starting together on a fresh database race to create Optuna's tables; the
    losers see "already exists" and simply open it again once the winner is done.
    """
    import random
    import time

    for attempt in range(6):
        try:
            storage = spec.open(stale_callback)
            storage.get_all_studies()
            return storage
        except UserError:
            raise
        except Exception as err:
            if "already exists" in str(err) and attempt < 5:
                time.sleep(0.5 + random.random())
                continue
            error = err
            break
    try:
        raise error
    except Exception as err:  # driver and file errors differ by backend
        text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        password = urllib.parse.urlsplit(spec.url).password if spec.kind == "rdb" else None
        if password:
            text = text.replace(password, "***")
        raise UserError(f"cannot open Optuna storage {spec.display}: {text[:300]}; "
                        "check the URL, that the server is up and the credentials") from None
    return storage
