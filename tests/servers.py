"""Real servers for integration tests: a throw-away PostgreSQL cluster and `mlflow server`.

PostgreSQL comes from the system packages (`apt-get install postgresql`, done by .ci/run); each
test session starts its own cluster on a free localhost port in a temp dir, so nothing depends
on a service being up already. As root, the server runs as the `postgres` user.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PG_USER = "dnnlab"
PG_PASSWORD = "dnnlab-test-pw"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        which = shutil.which("initdb")
        if not which:
            raise RuntimeError("PostgreSQL is not installed: apt-get install -y postgresql")
        return Path(which).parent
    return Path(found[-1]).parent


def _as_postgres(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@dataclass
class Postgres:
    port: int
    datadir: Path
    bindir: Path

    def url(self, db: str = "postgres", driver: str = "postgresql") -> str:
        return f"{driver}://{PG_USER}:{PG_PASSWORD}@127.0.0.1:{self.port}/{db}"

    def create_db(self, name: str) -> str:
        subprocess.run(_as_postgres([str(self.bindir / "psql"), "-h", "127.0.0.1", "-p",
                                     str(self.port), "-U", "postgres", "-d", "postgres", "-c",
                                     f'CREATE DATABASE "{name}" OWNER {PG_USER}']),
                       check=True, capture_output=True)
        return self.url(name)

    def stop(self) -> None:
        subprocess.run(_as_postgres([str(self.bindir / "pg_ctl"), "-D", str(self.datadir),
                                     "-m", "fast", "stop"]), capture_output=True)


@contextmanager
def postgres() -> Iterator[Postgres]:
    bindir = pg_bin()
    root = Path(tempfile.mkdtemp(prefix="dnnlab-pg-"))
    datadir = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    os.chmod(root, 0o777)
    port = free_port()
    subprocess.run(_as_postgres([str(bindir / "initdb"), "-D", str(datadir), "-U", "postgres",
                                 "--auth-local=trust", "--auth-host=trust", "-E", "UTF8"]),
                   check=True, capture_output=True)
    hba = datadir / "pg_hba.conf"
    # the test role must give its password over TCP; the superuser stays trusted locally
    lines = [f"host all {PG_USER} 127.0.0.1/32 scram-sha-256",
             "host all postgres 127.0.0.1/32 trust", "local all all trust"]
    subprocess.run(_as_postgres(["sh", "-c", f"printf '%s\\n' {' '.join(repr(x) for x in lines)}"
                                 f" > {hba}"]), check=True)
    subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(datadir), "-l",
                                 str(root / "log"), "-w", "-o",
                                 f"-p {port} -k {root} -c listen_addresses=127.0.0.1 "
                                 "-c max_connections=200 -c fsync=off", "start"]),
                   check=True, capture_output=True)
    pg = Postgres(port, datadir, bindir)
    subprocess.run(_as_postgres([str(bindir / "psql"), "-h", "127.0.0.1", "-p", str(port),
                                 "-U", "postgres", "-d", "postgres", "-c",
                                 f"CREATE ROLE {PG_USER} LOGIN CREATEDB PASSWORD "
                                 f"'{PG_PASSWORD}'"]), check=True, capture_output=True)
    try:
        yield pg
    finally:
        pg.stop()
        shutil.rmtree(root, ignore_errors=True)


@dataclass
class MlflowServer:
    backend: str
    artifacts: Path
    port: int
    proc: subprocess.Popen | None = None
    auth_config: Path | None = None  # basic_auth.ini: serve with --app-name basic-auth

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 90) -> None:
        cmd = [sys.executable, "-m", "mlflow", "server", "--backend-store-uri", self.backend,
               "--artifacts-destination", str(self.artifacts), "--host", "127.0.0.1",
               "--port", str(self.port), "--workers", "2"]
        env = {k: v for k, v in os.environ.items() if not k.startswith("MLFLOW_")}
        if self.auth_config is not None:
            cmd += ["--app-name", "basic-auth"]
            env["MLFLOW_AUTH_CONFIG_PATH"] = str(self.auth_config)
            env["MLFLOW_FLASK_SERVER_SECRET_KEY"] = "dnnlab-test-csrf-key"  # required by auth
        self.proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"mlflow server exited with {self.proc.returncode}")
            try:
                with urllib.request.urlopen(self.url + "/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError("mlflow server did not become healthy")

    def kill(self) -> None:
        """Crash the server at once (SIGKILL): no graceful shutdown that still serves clients."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.proc = None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.proc = None


@contextmanager
def mlflow_server(backend: str, artifacts: Path,
                  auth_config: Path | None = None) -> Iterator[MlflowServer]:
    server = MlflowServer(backend, artifacts, free_port(), auth_config=auth_config)
    server.start()
    try:
        yield server
    finally:
        server.stop()
