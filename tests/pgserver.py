"""A throwaway PostgreSQL server for the tests: a pytest plugin (tests/conftest.py registers it).

`pg_server` (session scope) runs initdb and pg_ctl (Debian's `postgresql` package, which
tools/bootstrap.sh installs) on a cluster in a temporary folder, on a free port, as a non-root user
when the tests run as root (PostgreSQL refuses to run as root): the data folder belongs to that
user. It listens on a unix socket in that folder and on 127.0.0.1; at the end of the session it is
stopped (pg_ctl stop -m immediate) and the folder removed.

`pg_database` gives each test a fresh database owned by the test role, dropped afterwards, as a
postgresql:// URL. No test is skipped for want of a server: when it cannot start, the tests that
need it fail, saying why.

Roles: ADMIN (the cluster's superuser, unix socket only), ROLE (owns each test database, no
password over TCP: trust), and TEAMMATE, who must give PASSWORD over TCP (scram-sha-256).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

ADMIN = "pgadmin"
ROLE = "planner_test"
TEAMMATE = "teammate"
PASSWORD = "Pw-5ecret-in-the-url-7q"


def _bin_dir() -> Path | None:
    """The folder with initdb and pg_ctl: $PG_BIN, else Debian's newest /usr/lib/postgresql/N/bin,
    else the PATH."""
    candidates = [os.environ.get("PG_BIN", "")]
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
                         if Path(p).parent.name.isdigit() else 0, reverse=True)
    which = shutil.which("initdb")
    candidates.append(str(Path(which).resolve().parent) if which else "")
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self, folder: Path, port: int, bin_dir: Path, run_as: str | None, durable: bool = False):
        self.folder, self.port, self.bin_dir, self.run_as = folder, port, bin_dir, run_as
        # Not durable (the default, for speed): a commit returns before it is in the WAL, so a
        # server stopped with -m immediate may forget the last ones, as a crashed one would.
        self.durable = durable
        self.data, self.socket_dir, self.log = folder / "data", folder / "sock", folder / "server.log"

    def _command(self, *args: str) -> list[str]:
        prefix = []
        if self.run_as:
            prefix = ["runuser", "-u", self.run_as, "--"] if shutil.which("runuser") else \
                ["setpriv", f"--reuid={self.run_as}", f"--regid={pwd.getpwnam(self.run_as).pw_gid}",
                 "--init-groups", "--"]
        return [*prefix, *args]

    def run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        return subprocess.run(self._command(*args), capture_output=True, text=True, timeout=timeout,
                              cwd=self.folder, env={**os.environ, "LC_ALL": "C.UTF-8"})

    def start(self) -> None:
        """Create the cluster, start it, and create the test roles."""
        done = self.run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", ADMIN, "-E", "UTF8",
                        "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync")
        if done.returncode:
            raise RuntimeError(f"initdb failed:\n{done.stdout}\n{done.stderr}")
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"local all all trust\nhost all {ROLE} 127.0.0.1/32 trust\n"
                       f"host all all 127.0.0.1/32 scram-sha-256\n")
        self.resume()
        with self.admin() as conn:
            conn.execute(f"CREATE ROLE {ROLE} LOGIN CREATEDB")
            conn.execute(f"CREATE ROLE {TEAMMATE} LOGIN PASSWORD '{PASSWORD}'")

    def resume(self) -> None:
        """Start the server on its cluster (again, after stop(): a server that went away and came back)."""
        options = (f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                   f"-c synchronous_commit={'on' if self.durable else 'off'} -c full_page_writes=off "
                   f"-c max_connections=100")
        done = self.run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", options,
                        "-w", "-t", "60", "start", timeout=90)
        if done.returncode:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"pg_ctl start failed:\n{done.stdout}\n{done.stderr}\n{log[-2000:]}")

    def stop(self) -> None:
        """Stop at once, as a crash or a pulled cable would (every client's connection drops)."""
        self.run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")

    def admin(self, dbname: str = "postgres"):
        import psycopg

        return psycopg.connect(host=str(self.socket_dir), port=self.port, user=ADMIN, dbname=dbname,
                               autocommit=True)

    def url(self, dbname: str, user: str = ROLE, password: str | None = None) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, owner: str = ROLE) -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {name} OWNER {owner}")
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _run_as() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and there is no 'postgres' or 'nobody' user to run PostgreSQL as")


@contextmanager
def throwaway_server(durable: bool = False):
    """A PostgreSQL server in a temporary folder for as long as the block runs (RuntimeError when
    it cannot start). Used by the pg_server fixture and by packaging/smoke_test.py. `durable`: every
    commit acknowledged is kept when the server is stopped (see PgServer)."""
    bin_dir = _bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL's initdb/pg_ctl were not found: install Debian's `postgresql` package "
                           "(tools/bootstrap.sh does) or set PG_BIN")
    folder = Path(tempfile.mkdtemp(prefix="planner-pg-"))
    server = None
    try:
        run_as = _run_as()
        (folder / "sock").mkdir()
        if run_as:
            user = pwd.getpwnam(run_as)
            for path in (folder, folder / "sock"):
                os.chown(path, user.pw_uid, user.pw_gid)
        last = None
        for _ in range(3):        # a free port can be taken between the probe and the start
            server = PgServer(folder, _free_port(), bin_dir, run_as, durable)
            try:
                server.start()
                break
            except RuntimeError as exc:
                last = exc
                server.stop()
                shutil.rmtree(server.data, ignore_errors=True)
                server = None
        if server is None:
            raise RuntimeError(f"could not start a throwaway PostgreSQL server in {folder}: {last}")
        yield server
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _server_for_a_fixture(durable: bool = False):
    """A throwaway server for as long as the fixture lasts; a test that needs it fails, saying why,
    when it cannot start (never skipped)."""
    try:
        manager = throwaway_server(durable=durable)
        server = manager.__enter__()
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield server
    finally:
        manager.__exit__(None, None, None)


@pytest.fixture(scope="session")
def pg_server():
    yield from _server_for_a_fixture()


@pytest.fixture
def pg_database(pg_server):
    """A fresh, empty database owned by the test role, as a postgresql:// URL (no password: trust)."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def own_pg_server():
    """A server of this test's own, which it may stop and start again (pg_server is shared);
    durable, so what it acknowledged survives a stop."""
    yield from _server_for_a_fixture(durable=True)
