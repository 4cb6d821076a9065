"""The scenario library: one SQLite file, or a team library on PostgreSQL, spoken to through SQLModel.

Library(path) opens a SQLite file; Library("postgresql://user@host:port/dbname") a team library on
a PostgreSQL server through the same code below (psycopg 3). What is particular to PostgreSQL —
its checks, its schema and marker, its migrations — is in postgres.py; its safety rules are in that
module's docstring. The rules below are SQLite's, and stay exactly so.

A library may come from a stranger (a shared drive, an e-mail): it can do nothing but hold
scenarios. Safety rules, each tested in tests/store/:
- A file is checked before the library opens it (check_library_file), only by reading — the header
  as bytes, then SQLite's view of it through a read-only connection: a non-SQLite, foreign, empty,
  truncated or newer file, a schema that is not exactly what MIGRATIONS build for its version (a
  trigger, a view, a table, index or column more or less), or a -wal from another library is
  refused with a LibraryError, and the files are left byte for byte as they were.
- Every connection sets trusted_schema off: nothing in a schema may call a function with side effects.
- A damaged row (bad JSON, wrong types, values out of range) still shows in list(); get() and
  history() refuse it with a LibraryError naming it.
- Migrations run in one transaction after a backup made with SQLite's backup API, written under a
  temporary name, checked and synced before it gets its name; a failed backup stops the migration.
- Every connection turns foreign keys on, uses WAL and waits up to 5 s for a lock, so two copies of
  the app on one library queue their writes instead of losing one; every save that changes something
  also appends a version, so concurrent saves of the same scenario both survive in its history (a
  save identical to the stored scenario writes nothing).
- ORM rows never leave this module: callers get the dataclasses below.

Both engines, at once:
- A save locks the scenario's row (SELECT … FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE
  locks the whole file) before it stamps and appends its version, so concurrent saves of one
  scenario from several processes or machines all become versions, strictly ordered by id, their
  stamps in the same order (on PostgreSQL the stamp is the server's clock, one clock for a team).
  Two first saves of a new name race on the UNIQUE name: the loser retries and appends a version.
- Every version records saved_by, a display name: Library(..., user=), else $PLANNER_USER, else
  the OS user.
- A URL is only ever shown through display_url() (location.py): without its password.

One migration history, our own rather than Alembic's: the SQLite safety check above compares a file
with exactly what MIGRATIONS build for its version (replayed in memory, SQL text and all), and the
PostgreSQL check derives its expectations from the same list, so the history must be plain data the
checks can replay. Alembic would bring a version table of its own that carries no application id
(the checks would have to special-case it), would rebuild SQLite tables in "batch" mode (changing
the SQL of released schemas the check compares), and needs a script folder at run time, which the
packaged app would have to carry. The history is short (one list, each step in SQLite's and
PostgreSQL's SQL, schema.py); a test keeps the two forms equal.
"""

from __future__ import annotations

import functools
import getpass
import json
import os
import re
import shutil
import sqlite3
import struct
import tempfile
from contextlib import closing, contextmanager, suppress
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import event, func, text
from sqlalchemy.pool import StaticPool
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session, col, create_engine, select

from ..model import MODEL_VERSION, without_retired
from ..outputs import OutputError, atomic_output
from ..scenario import Scenario, ScenarioError, clean_name, utc_now
from ..text import short
from .errors import LibraryError
from .location import display_url, is_postgres_url, url_password, url_scheme
from . import search as searching
from .search import stored_tags, stored_text
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, SEARCH_FILLED_BY, ScenarioRow, VersionRow

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class StoredScenario:
    scenario: Scenario
    created: str
    modified: str
    model_version: str
    # From save(): False when the scenario was already stored exactly so, and nothing was written.
    changed: bool = True


@dataclass(frozen=True)
class ScenarioSummary:
    name: str
    tags: tuple[str, ...]
    notes: str
    modified: str


@dataclass(frozen=True)
class SavedVersion:
    id: int
    saved: str
    scenario: Scenario
    model_version: str
    saved_by: str = ""          # who saved it (a display name; '' before library version 3)


@dataclass(frozen=True)
class DeletedScenario:
    """Everything delete() removed, so undo can put it back exactly."""

    row: dict
    versions: tuple[dict, ...]


def now(clock: Callable[[], datetime] = utc_now) -> str:
    """A stamp as the library stores it (ISO 8601, UTC, microseconds), from `clock`."""
    return clock().astimezone(timezone.utc).isoformat(timespec="microseconds")


def _translate_errors(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except DBAPIError as exc:     # (a team library's errors are scrubbed of the password its URL holds)
            raise _library_error(exc.orig or exc, getattr(self, "_url", self.location)) from None
        except sqlite3.Error as exc:
            raise _library_error(exc, self.location) from None
        except UnicodeEncodeError:
            raise LibraryError("that text contains characters that are not valid Unicode", "bad_name") from None
    return wrapper


def _library_error(exc, path) -> LibraryError:
    text = str(exc).lower()
    if isinstance(path, str) and is_postgres_url(path):
        return _server_error(exc, path)
    if "locked" in text or "busy" in text:
        return LibraryError("the library {path} is busy in another copy of the planner; try again in a moment",
                            "busy", path=path)
    if "readonly" in text or "read-only" in text:
        return LibraryError("the library {path} is read-only; choose a library you can write to", "unwritable",
                            path=path)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return LibraryError("the library {path} is damaged ({problem}); open or create another library", "damaged",
                            path=path, problem=exc)
    if "disk" in text and "full" in text:
        return LibraryError("the disk holding {path} is full; nothing was saved", "disk_full", path=path)
    return LibraryError("the library {path} could not be used: {problem}", "error", path=path, problem=exc)


def _server_error(exc, url: str) -> LibraryError:
    """A PostgreSQL error as one line naming the library by its display URL (never its password)."""
    text = str(exc).lower()
    problem = " ".join(str(exc).split()) or type(exc).__name__
    secret = url_password(url)
    if secret:
        problem = problem.replace(secret, "***")
    problem = short(problem, 200)
    shown = display_url(url)
    if any(s in text for s in ("password authentication failed", "no password supplied", "authentication failed",
                               "role \"", "peer authentication", "pg_hba.conf")) and "does not exist" not in text \
            or ("role" in text and "does not exist" in text):
        return LibraryError("the team library {path} refused the login ({problem}). The password comes from "
                            "~/.pgpass, PGPASSWORD or a service file, never from the planner's settings",
                            "login", path=shown, problem=problem)
    if any(s in text for s in ("could not connect", "connection refused", "could not translate host name",
                               "failed to resolve host", "name or service not known",
                               "timeout expired", "server closed the connection", "connection is closed",
                               "connection is lost", "terminating connection",
                               "no such file or directory", "network is unreachable", "ssl")) \
            or ('database "' in text and "does not exist" in text):
        return LibraryError("the team library {path} cannot be reached ({problem}); nothing was saved there",
                            "unreachable", path=shown, problem=problem)
    if "lock timeout" in text or "deadlock" in text or "could not serialize" in text:
        return LibraryError("the library {path} is busy in another copy of the planner; try again in a moment",
                            "busy", path=shown)
    if "permission denied" in text or "read-only" in text:
        return LibraryError("the team library {path} does not let this login do that ({problem})",
                            "unwritable", path=shown, problem=problem)
    return LibraryError("the library {path} could not be used: {problem}", "error", path=shown, problem=problem)


def saved_by_default() -> str:
    """Who saves, when Library() is not told: $PLANNER_USER, else the OS user ('' when unknown)."""
    name = os.environ.get("PLANNER_USER", "")
    if not name.strip():
        try:
            name = getpass.getuser()
        except (OSError, KeyError, ImportError):
            name = ""
    return clean_user(name)


def clean_user(name: str) -> str:
    """A display name as stored: one line, no control characters, at most 100 characters."""
    return " ".join("".join(c if c.isprintable() else " " for c in str(name)).split())[:100]


def check_library_file(path: Path) -> int:
    """Return the schema version of an existing library file (0 for a new one), or refuse it.

    Nothing here writes a byte or runs any of the file's SQL: the header is read as bytes, the rest
    through a read-only connection (_inspect) that reads the schema from sqlite_master only.
    """
    if not path.exists():
        return 0
    if path.is_dir():
        raise LibraryError("{path} is a folder, not a library file", "not_library", path=path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise LibraryError("cannot read {path}: {problem}", "unreadable", path=path,
                           problem=exc.strerror or exc) from None
    if size == 0:
        raise LibraryError("{path} is an empty file, not a planner library; it was left untouched",
                           "not_library", path=path)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise LibraryError("{path} is not a planner library (not an SQLite database); it was left untouched",
                           "not_library", path=path)
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", header[28:32])[0]
    application_id = struct.unpack(">I", header[68:72])[0]
    if application_id not in (0, APPLICATION_ID):
        raise LibraryError("{path} belongs to another application (an SQLite file that is not a planner "
                           "library); it was left untouched", "foreign", path=path)
    wal = Path(f"{path}-wal")
    if page_count and size < page_size * page_count and not wal.exists():
        raise LibraryError("{path} is truncated ({size:,} of {expected:,} bytes); open or "
                           "create another library", "damaged", path=path, size=size,
                           expected=page_size * page_count)
    try:
        with _inspect(path, wal) as (conn, with_wal):
            if with_wal:
                _check_wal_facts(conn, path, wal)
            # A WAL database keeps a new header in its -wal file until the next checkpoint: ask SQLite.
            application_id, user_version, _ = _facts(conn, "main")
            if application_id not in (0, APPLICATION_ID):
                raise LibraryError("{path} belongs to another application; it was left untouched", "foreign",
                                   path=path)
            if user_version > SCHEMA_VERSION:
                raise LibraryError("{path} was written by a newer planner (library version {version}; this copy "
                                   "reads up to {known}). Update the planner to open it.", "newer", path=path,
                                   version=user_version, known=SCHEMA_VERSION)
            if application_id == 0:
                # An SQLite file without our mark: fine only if it is empty (then it becomes a library).
                if _schema(conn):
                    raise LibraryError("{path} is another application's SQLite database, not a planner library; "
                                       "it was left untouched", "foreign", path=path)
                return user_version
            _check_schema(conn, "main", user_version, path)
            if with_wal:
                _check_wal_rows(conn, path, wal)
            return user_version
    except sqlite3.Error as exc:
        raise LibraryError("{path} is damaged or unreadable ({problem}); it was left untouched", "damaged",
                           path=path, problem=exc) from None
    except OSError as exc:      # no temporary folder for the copy a -wal needs (_inspect)
        raise LibraryError("cannot read {path}: {problem}", "unreadable", path=path,
                           problem=exc.strerror or exc) from None


# --- reading a file without trusting it ---------------------------------------------------------------------------

def _uri(path: Path, immutable: bool) -> str:
    """A read-only file: URI (a '#' or '?' in a folder name would cut a plain path short); `immutable`
    reads the main file alone, taking no lock and leaving no -wal/-shm beside it."""
    return path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")


def _connect_ro(path: Path, immutable: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(_uri(path, immutable), uri=True, isolation_level=None)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


@contextmanager
def _inspect(path: Path, wal: Path):
    """(connection, compare): SQLite's view of the library, read-only, and whether a -wal is in it
    that can be compared with the main file alone.

    Without a -wal the file itself is read, immutable. With one, SQLite would replay it through a -shm
    made beside the user's file, so a copy of both in a temporary folder is read instead, with the
    main file alone attached as "alone" for _check_wal_rows.
    """
    with_wal = False
    with suppress(FileNotFoundError):
        with_wal = wal.stat().st_size > 0
    if not with_wal:
        with closing(_connect_ro(path, immutable=True)) as conn:
            yield conn, False
        return
    with tempfile.TemporaryDirectory(prefix="planner-check-") as folder:
        copy = _copy_with_wal(path, wal, Path(folder) / "library.sqlite")
        with closing(_connect_ro(copy, immutable=False)) as conn:
            try:
                conn.execute("ATTACH DATABASE ? AS alone", (_uri(copy, immutable=True),))
            except sqlite3.DatabaseError:
                # The main file alone cannot even be opened (a checkpoint killed midway left it half
                # written): there is nothing of its own to protect, and only its -wal completes it.
                yield conn, False
                return
            yield conn, True


def _copy_with_wal(path: Path, wal: Path, copy: Path) -> Path:
    """Copy the library and its -wal to `copy` (and `copy`-wal); again when either changed meanwhile
    (another copy of the planner saving or checkpointing), so the pair shows one moment."""
    def stamps():
        return [(s.st_size, s.st_mtime_ns) for s in (path.stat(), wal.stat())]
    try:
        for _ in range(5):
            before = stamps()
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, f"{copy}-wal")
            if stamps() == before:
                return copy
    except FileNotFoundError:
        pass    # the -wal went meanwhile: the other copy of the planner closed the library
    except OSError as exc:
        raise LibraryError("cannot check the file {wal} beside the library {path}: {problem}; nothing was changed",
                           "unreadable", path=path, wal=wal, problem=exc.strerror or exc) from None
    raise LibraryError("the library {path} is busy in another copy of the planner; try again in a moment",
                       "busy", path=path)


def _facts(conn: sqlite3.Connection, db: str) -> tuple[int, int, int]:
    """application_id, user_version and page size of schema `db` (the header: nothing runs)."""
    return tuple(conn.execute(f"PRAGMA {db}.{name}").fetchone()[0]
                 for name in ("application_id", "user_version", "page_size"))


def _schema(conn: sqlite3.Connection, db: str = "main") -> dict:
    """{(type, name): (table, SQL)} for every object of schema `db`, the SQL with its spacing normalised
    (a reformatted migration still matches). Reading sqlite_master queries no view and fires no trigger."""
    return {(kind, name): (table, sql if sql is None else re.sub(r" ?([(),]) ?", r"\1", " ".join(str(sql).split())))
            for kind, name, table, sql in conn.execute(f"SELECT type, name, tbl_name, sql FROM {db}.sqlite_master")}


@functools.cache
def _schema_built_by(steps: tuple[tuple[str, ...], ...]) -> dict:
    """The schema these migration steps build in a fresh database: exactly what a library of that
    version holds (its SQL is what SQLite builds the tables, columns, types and indexes from)."""
    with closing(sqlite3.connect(":memory:")) as conn:
        for statement in (statement for step in steps for statement in step):
            conn.execute(statement)
        return _schema(conn)


def _check_schema(conn: sqlite3.Connection, db: str, version: int, path: Path) -> None:
    """Refuse a library whose schema `db` is not exactly what MIGRATIONS build for `version`."""
    found = _schema(conn, db)
    expected = _schema_built_by(tuple(tuple(step) for step in MIGRATIONS[:version]))
    extra = sorted(found.keys() - expected.keys(), key=lambda key: (key[0] != "trigger", key[0] != "view", repr(key)))
    missing = sorted(expected.keys() - found.keys())
    changed = [key for key in sorted(expected.keys() & found.keys()) if found[key] != expected[key]]
    if extra:
        kind, name = extra[0]
        if kind == "trigger":
            raise LibraryError("the library {path} contains a trigger {name}, which no planner library has; it "
                               "was not opened and was left untouched", "tampered", path=path, name=short(name))
        if kind == "view":
            raise LibraryError("the library {path} contains a view {name}, which no planner library has; it "
                               "was not opened and was left untouched", "tampered", path=path, name=short(name))
        raise LibraryError("the library {path} contains an unexpected {what} {name}; it was not opened and was "
                           "left untouched", "tampered", path=path, name=short(name),
                           what=kind if kind in ("table", "index") else "object")
    if missing:
        kind, name = missing[0]
        raise LibraryError("the library {path} lacks its {what} {name}; it was not opened and was left untouched",
                           "tampered", path=path, what=kind, name=short(name))
    if changed:
        kind, name = changed[0]
        raise LibraryError("the {what} {name} in the library {path} is not defined as a planner library defines "
                           "it; it was not opened and was left untouched", "tampered", path=path, what=kind,
                           name=short(name))


def _foreign_wal(path: Path, wal: Path) -> LibraryError:
    return LibraryError("the file {wal} beside the library {path} belongs to another library: opened together, "
                        "they would replace this library's scenarios. Nothing was changed; move {wal} out of the "
                        "folder to open the library as its own file holds it", "foreign_wal", path=path, wal=wal)


def _check_wal_facts(conn: sqlite3.Connection, path: Path, wal: Path) -> None:
    """Refuse a -wal that changes the application id from ours, the page size (SQLite takes the
    -wal's page size, from its header, over the file's) or lowers the schema version; see _check_wal_rows."""
    alone, replayed = _facts(conn, "alone"), _facts(conn, "main")
    if (alone[0] == APPLICATION_ID and replayed[0] != APPLICATION_ID) or replayed[1] < alone[1] \
            or replayed[2] != alone[2]:
        raise _foreign_wal(path, wal)


def _check_wal_rows(conn: sqlite3.Connection, path: Path, wal: Path) -> None:
    """Refuse a -wal whose replay takes scenarios of the main file away in a way this app never does.

    SQLite checks a -wal only against its own header (salts, checksums), never against the file it
    lies beside, so a -wal copied from another library is self-consistent and replayed whole. What a
    -wal of this library does to the rows of its main file: adds and updates them, and deletes
    scenarios (their versions go with them: versions are otherwise only ever appended). So, comparing
    the main file alone with the library as the -wal leaves it, the -wal is foreign when
    - a scenario still there (same id, same creation stamp) lost or changed one of its saved versions;
    - an id now holds another scenario (another creation stamp) below an id that kept its scenario:
      SQLite gives a new row the highest id + 1, so it reuses a deleted id only above every other;
    - none of the main file's scenarios is left, yet others are there: the library was replaced whole
      (delete() checkpoints, so a -wal of this library seldom holds both every deletion and new ones).
    Where a rule fires, the main file alone is checked too (quick_check): one that is not whole on its
    own was being checkpointed when a process was killed, and only its own -wal completes it. A -wal
    carries no mark of its library, so this tests content: a -wal from a copy of this very library may pass.
    """
    application_id, version, _ = _facts(conn, "alone")
    if application_id != APPLICATION_ID or version == 0:
        return      # a new library killed before its first checkpoint: the main file holds nothing yet
    try:
        _check_schema(conn, "alone", version, path)    # before its tables are read: a view is never queried
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError:
        # The main file alone is not whole (a checkpoint was killed midway, its schema page already
        # new and the pages it points to not yet): only its own -wal completes it.
        return
    kept = "alone.scenario a JOIN main.scenario m ON m.id = a.id AND m.created IS a.created"
    same = " AND ".join(f"w.{column} IS v.{column}" for column in _VERSION_COLUMNS)
    rules = [
        # none of the main file's scenarios kept, yet others there
        f"NOT EXISTS (SELECT 1 FROM {kept}) AND EXISTS (SELECT 1 FROM alone.scenario) "
        f"AND EXISTS (SELECT 1 FROM main.scenario)",
        # an id holding another scenario below an id that kept its own
        f"EXISTS (SELECT 1 FROM alone.scenario o JOIN main.scenario n ON n.id = o.id AND n.created IS NOT o.created "
        f"WHERE o.id < (SELECT max(a.id) FROM {kept}))"]
    if version >= 2:    # a kept scenario's saved version gone or changed
        rules.append(f"EXISTS (SELECT 1 FROM {kept} JOIN alone.scenario_version v ON v.scenario_id = a.id WHERE "
                     f"NOT EXISTS (SELECT 1 FROM main.scenario_version w WHERE w.id = v.id AND {same}))")
    try:
        foreign = any(conn.execute(f"SELECT {rule}").fetchone()[0] for rule in rules)
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError:   # malformed on one side or the other: the main file alone decides
        foreign = True
    if foreign:
        try:
            whole = conn.execute("PRAGMA alone.quick_check(1)").fetchone()[0] == "ok"
        except sqlite3.DatabaseError:
            whole = False
        if whole:
            raise _foreign_wal(path, wal)


# The columns version 2 gave scenario_version (later versions may only add some).
_VERSION_COLUMNS = ("id", "scenario_id", "saved", "name", "notes", "tags", "levers", "assumptions", "model_version")


class Library:
    """The scenario library at `path` (':memory:' for a throwaway one), or the team library a
    postgresql:// URL names.

    `location` is what to show a user (the path, or the URL without its password); `engine_name` is
    "sqlite" or "postgresql"; `path` is the SQLite file (None for a team library: it has no file).
    """

    def __init__(self, path: str | Path, clock: Callable[[], datetime] = utc_now, user: str | None = None):
        """`clock` gives the time of every stamp (saves, renames, backups): tests pass a fixed one
        (the default, the real time, is the server's clock on PostgreSQL). `user` is the name every
        version saved here records (default: $PLANNER_USER, else the OS user)."""
        self.clock = clock
        self.user = clean_user(user) if user is not None else saved_by_default()
        self.backup_path: Path | None = None
        scheme = url_scheme(path)
        if scheme == "sqlite" and str(path).startswith("sqlite:///"):
            path = str(path)[len("sqlite:///"):] or ":memory:"     # sqlite:///file, SQLAlchemy's form
        elif scheme is not None:
            self._open_server(str(path))
            return
        self.engine_name = "sqlite"
        self.memory = str(path) == ":memory:"
        self.path = Path(path) if not self.memory else Path(":memory:")
        self.location = self.path
        if not self.memory:
            self.path = self.path.expanduser()
            version = check_library_file(self.path)
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError("cannot create the folder {folder}: {problem}", "unwritable",
                                   folder=self.path.parent, problem=exc.strerror or exc) from None
            if 0 < version < SCHEMA_VERSION:
                # Before any connection of ours: the first one switches the file to WAL, changing its header.
                self.backup_path = self._backup(version)
            self.location = self.path
        url = "sqlite://" if self.memory else f"sqlite:///{self.path}"
        # isolation_level=None + our own BEGIN: pysqlite's implicit transactions skip DDL, which would
        # let a half-run migration commit; see SQLAlchemy's "Serializable isolation / Savepoints" note.
        # One shared connection for ':memory:' (each new one would be a different, empty database).
        pool = {"poolclass": StaticPool} if self.memory else {}
        self.engine = create_engine(url, connect_args={"isolation_level": None, "timeout": BUSY_TIMEOUT_S,
                                                        "check_same_thread": False}, **pool)
        event.listen(self.engine, "connect", self._on_connect)
        event.listen(self.engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
        try:
            self.is_new = self._prepare()
        except DBAPIError as exc:
            self.engine.dispose()
            raise _library_error(exc.orig or exc, self.path) from None
        except LibraryError:
            self.engine.dispose()
            raise

    def _open_server(self, url: str) -> None:
        """Open (create, migrate) the team library a postgresql:// URL names; see postgres.py."""
        self.engine_name = "postgresql"
        self.memory = False
        self.path = None
        self.location = display_url(url)
        self._url = url
        if not is_postgres_url(url):
            raise LibraryError("{path} is not a library this planner can open: give a PostgreSQL URL "
                               "(postgresql://user@host:port/database) or a library file", "bad_url",
                               path=self.location)
        from sqlalchemy.exc import ArgumentError, NoSuchModuleError

        from . import postgres
        try:
            self.engine = postgres.engine_for(url)
        except (NoSuchModuleError, ImportError):
            raise LibraryError("this copy of the planner was built without PostgreSQL support, so it cannot open "
                               "the team library {path}", "unsupported", path=self.location) from None
        except (ArgumentError, ValueError):
            raise LibraryError("{path} is not a library this planner can open: give a PostgreSQL URL "
                               "(postgresql://user@host:port/database) or a library file", "bad_url",
                               path=self.location) from None
        try:
            # Reads only (a database not ours is never written), in one snapshot: a planner creating
            # the library meanwhile shows either all of its work or none.
            with self.engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn:
                current = postgres.library_version(conn, self.location)
            if current < SCHEMA_VERSION:
                current = postgres.migrate(self.engine, self.location, fill_search=self._fill_search)
            self.is_new = current == 0
        except DBAPIError as exc:
            self.engine.dispose()
            raise _library_error(exc.orig or exc, url) from None
        except LibraryError:
            self.engine.dispose()
            raise

    @staticmethod
    def _on_connect(dbapi_connection, _record):
        # Text a damaged row holds that is not UTF-8 reads as U+FFFD instead of failing the whole query.
        dbapi_connection.text_factory = lambda data: data.decode("utf-8", "replace")
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA trusted_schema = OFF")   # the schema is checked too: see check_library_file
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA journal_mode = WAL")   # a no-op for ':memory:', which keeps 'memory'
        cursor.close()

    def _prepare(self) -> bool:
        """Create or migrate the schema; True when the library was created just now (brand new)."""
        with self.engine.connect() as conn:
            current = conn.exec_driver_sql("PRAGMA user_version").scalar()
        if current > SCHEMA_VERSION:   # changed since the header check
            raise LibraryError("{path} was written by a newer planner", "newer", path=self.path)
        if current < SCHEMA_VERSION:
            self._migrate(current)
            if not self.memory:
                self._checkpoint()
        return current == 0

    def _checkpoint(self, mode: str = "TRUNCATE") -> None:
        """Move the WAL into the main file (after a migration: so its header carries our id and version
        at once). PASSIVE never waits for other connections; what they still read stays in the WAL."""
        raw = self.engine.raw_connection()
        try:
            raw.driver_connection.execute(f"PRAGMA wal_checkpoint({mode})")
        finally:
            raw.close()

    def _backup(self, version: int) -> Path:
        """Copy the library, before it is migrated, to NAME.vVERSION-backup-STAMP.SUFFIX beside it.

        Written as every output is (planner/outputs.py): to a hidden temporary file, then renamed, so
        a file with a backup's name is always a whole backup. Before the rename the copy is checked
        (integrity, version, scenario count) and synced. On any failure the temporary file goes and
        the migration stops, the library unchanged.
        """
        stamp = now(self.clock)[:19].replace("-", "").replace(":", "")
        target = self.path.with_name(f"{self.path.stem}.v{version}-backup-{stamp}{self.path.suffix}")
        for n in range(2, 1000):     # never over an earlier backup (one migrated the same second)
            if not target.exists():
                break
            target = self.path.with_name(f"{self.path.stem}.v{version}-backup-{stamp}-{n}{self.path.suffix}")
        try:
            with atomic_output(target, library=self.path) as temporary:
                with closing(sqlite3.connect(self.path)) as source:
                    source.execute("PRAGMA trusted_schema = OFF")
                    expected = ("ok", version, source.execute("SELECT count(*) FROM scenario").fetchone()[0])
                    with closing(sqlite3.connect(temporary)) as destination:
                        _copy_database(source, destination)
                with closing(_connect_ro(temporary, immutable=True)) as copy:
                    found = _backup_facts(copy)
                if found != expected:
                    raise ValueError("the copy does not match the library (integrity {0!r}, version {1}, {2} "
                                     "scenarios)".format(*found))
            with suppress(OSError):     # the rename, too, survives a power cut (where a folder can be synced)
                fd = os.open(target.parent, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
        except (sqlite3.Error, ValueError, OutputError) as exc:
            raise LibraryError("could not back up the library {path} before upgrading it: {problem}; the library "
                               "was not changed", "unwritable", path=self.path, problem=exc) from None
        return target

    def _migrate(self, current: int) -> None:
        """All missing steps in one transaction: either the library is fully migrated or unchanged."""
        with self.engine.begin() as conn:
            for step in MIGRATIONS[current:]:
                for statement in step:
                    conn.exec_driver_sql(statement)
            if 0 < current < SEARCH_FILLED_BY:
                self._fill_search(conn)
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")

    def _fill_search(self, conn) -> None:
        """Fill the search columns (and SQLite's full-text table) of every existing row: the
        migration to SEARCH_FILLED_BY, in its transaction. Casefolding is Python's, so not in SQL."""
        rows = conn.exec_driver_sql("SELECT id, name, tags FROM scenario").all()
        values = [dict(zip(("id", "n", "t"), (row_id, *searching.search_fields(name, tags))))
                  for row_id, name, tags in rows]
        if not values:
            return
        conn.execute(text("UPDATE scenario SET search_name = :n, search_tags = :t WHERE id = :id"), values)
        conn.execute(text(f"INSERT INTO scenario_search ({self._search_id}, name, tags) VALUES (:id, :n, :t)"), values)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- reading ---------------------------------------------------------------------------------------------------
    # Search and order run in SQL, on indexes (search.py says how, and what a search finds). For a
    # model/view panel: count(search) rows, page(search, offset, limit) or page(search, after=name)
    # for the rows of a screen, index_of(name, search) for where a scenario is (after a save).
    @_translate_errors
    def list(self, search: str = "") -> list[ScenarioSummary]:
        """Scenarios whose name or one of whose tags contains `search`, ignoring case, by name
        (casefolded, then as is). A damaged row is listed too (with no tags when they are
        damaged): get() says what is wrong with it. All of them: a panel reads page() instead."""
        return self.page(search, limit=None)

    @_translate_errors
    def page(self, search: str = "", offset: int = 0, limit: int | None = 100,
             after: str | None = None) -> list[ScenarioSummary]:
        """At most `limit` (None: all) of the scenarios list(search) gives, from position `offset`
        of that order; with `after`, those that come after the scenario called `after` in it (it
        need not exist: the rows a name would follow), which stays quick however deep the page."""
        condition, params = self._search_condition(search, paging=True)
        conditions = [condition] if condition else []
        if after is not None:
            conditions.append(f"(s.search_name > :after_key OR (s.search_name = :after_key AND {self._name_order} "
                              f"> :after_name))")
            params.update(after_key=searching.fold(after), after_name=after)
        sql = "SELECT s.name, s.tags, s.notes, s.modified FROM scenario s"
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += f" ORDER BY s.search_name, {self._name_order}"
        if limit is not None:
            sql += " LIMIT :limit"
            params["limit"] = max(0, int(limit))
        if offset:
            sql += (" OFFSET :offset" if limit is not None or self.engine_name == "postgresql"
                    else " LIMIT -1 OFFSET :offset")
            params["offset"] = max(0, int(offset))
        with Session(self.engine) as session:
            rows = session.connection().execute(text(sql), params).all()
        return [ScenarioSummary(stored_text(name), stored_tags(tags), stored_text(notes), stored_text(modified))
                for name, tags, notes, modified in rows]

    @_translate_errors
    def count(self, search: str = "") -> int:
        """How many scenarios list(search) gives."""
        text_ = searching.needle(search)
        hits = searching.sqlite_hits(text_) if self.engine_name == "sqlite" else None
        with Session(self.engine) as session:
            if hits is not None:
                return session.connection().execute(text(hits), {"phrase": searching.fts_phrase(text_)}).scalar()
            if self.engine_name == "postgresql":       # from the table of the search text alone
                condition, params = searching.where(self.engine_name, text_, columns=("s.name", "s.tags"))
                return session.connection().execute(
                    text("SELECT count(*) FROM scenario_search s" + (f" WHERE {condition}" if condition else "")),
                    params).scalar()
            condition, params = self._search_condition(search)
            return session.connection().execute(
                text("SELECT count(*) FROM scenario s" + (f" WHERE {condition}" if condition else "")), params).scalar()

    @_translate_errors
    def index_of(self, name: str, search: str = "") -> int | None:
        """The position of the scenario called `name` in list(search), or None when the search does
        not give it (or there is none)."""
        condition, params = self._search_condition(search)
        params.update(name=name)
        also = f" AND {condition}" if condition else ""
        with Session(self.engine) as session:
            conn = session.connection()
            key = conn.execute(text(f"SELECT s.search_name FROM scenario s WHERE s.name = :name{also}"),
                               params).first()
            if key is None:
                return None
            params.update(key=key[0])
            return conn.execute(text(f"SELECT count(*) FROM scenario s WHERE (s.search_name < :key OR "
                                     f"(s.search_name = :key AND {self._name_order} < :name)){also}"),
                                params).scalar()

    @property
    def _name_order(self) -> str:
        # Ties of the casefolded name go by the name, compared as Python compares text (code points).
        return 's.name COLLATE "C"' if self.engine_name == "postgresql" else "s.name"

    def _search_condition(self, search: str, paging: bool = False) -> tuple[str, dict]:
        """The WHERE condition of a search; `paging` (SQLite): asks the full-text index first how
        many rows match, and scans the search index in list order when they are many (search.py)."""
        needle = searching.needle(search)
        many = False
        if paging and self.engine_name == "sqlite" and searching.sqlite_hits(needle) is not None:
            many = self.count(search) > searching.MANY
        return searching.where(self.engine_name, needle, many=many)

    @_translate_errors
    def exists(self, name: str) -> bool:
        with Session(self.engine) as session:
            return self._row(session, name) is not None

    @_translate_errors
    def get(self, name: str) -> StoredScenario:
        with Session(self.engine) as session:
            row = self._require(session, name)
            return StoredScenario(self._scenario(row), row.created, row.modified, row.model_version)

    @_translate_errors
    def history(self, name: str) -> list[SavedVersion]:
        """Every saved version, newest first."""
        with Session(self.engine) as session:
            row = self._require(session, name)
            versions = session.exec(select(VersionRow).where(VersionRow.scenario_id == row.id)
                                    .order_by(col(VersionRow.id).desc())).all()
            return [SavedVersion(v.id, v.saved, self._scenario(v, row.name), v.model_version, stored_text(v.saved_by))
                    for v in versions]

    # --- writing (each one transaction) ----------------------------------------------------------------------------
    @_translate_errors
    def save(self, scenario: Scenario, model_version: str = MODEL_VERSION) -> StoredScenario:
        """Create or update the scenario called scenario.name, and append it to its history.
        A scenario stored exactly so already (same model version too) is left as it is: no new
        version, and the result's `changed` is False.

        The scenario's row is locked before the stamp is taken (see the module docstring), so the
        versions of concurrent saves are strictly ordered. Two first saves of one new name on
        PostgreSQL: the one that loses on the UNIQUE name retries, and appends a version."""
        for attempt in range(3):
            with Session(self.engine) as session:
                row = self._row(session, scenario.name, lock=True)
                if row is not None and self._unchanged(row, scenario, model_version):
                    return StoredScenario(scenario, row.created, row.modified, row.model_version, changed=False)
                stamp = self._stamp(session)
                if row is None:
                    row = ScenarioRow(name=scenario.name, created=stamp)
                indexed = (row.id, row.search_name, row.search_tags)
                self._fill(row, scenario, model_version)
                row.modified = stamp
                session.add(row)
                try:
                    session.flush()
                except IntegrityError:
                    if self.engine_name != "postgresql" or row.id is not None or attempt == 2:
                        raise
                    session.rollback()
                    continue        # another process created this name meanwhile: save onto it
                if indexed != (row.id, row.search_name, row.search_tags):
                    self._reindex(session, row)
                session.add(self._version(row, stamp))
                self._announce(session)
                session.commit()
                return StoredScenario(scenario, row.created, row.modified, row.model_version)
        raise AssertionError("unreachable")

    def _stamp(self, session) -> str:
        """Now, as a stamp; on PostgreSQL with the real clock, the server's (one clock for a team)."""
        if self.engine_name == "postgresql" and self.clock is utc_now:
            return session.exec(select(func.clock_timestamp())).one().astimezone(timezone.utc) \
                .isoformat(timespec="microseconds")
        return now(self.clock)

    @_translate_errors
    def rename(self, old: str, new: str) -> None:
        new = self._free_name(new)
        with Session(self.engine) as session:
            row = self._require(session, old)
            row.name = new
            row.search_name, row.search_tags = searching.search_fields(new, row.tags)
            row.modified = now(self.clock)
            session.add(row)
            session.flush()
            self._reindex(session, row)
            self._announce(session)
            self._commit_unique(session, new)

    @_translate_errors
    def duplicate(self, name: str, new: str) -> StoredScenario:
        new = self._free_name(new)
        original = self.get(name).scenario
        return self.save(Scenario(name=new, notes=original.notes, tags=original.tags, levers=original.levers,
                                  assumptions=original.assumptions))

    @_translate_errors
    def delete(self, name: str) -> DeletedScenario:
        with Session(self.engine) as session:
            row = self._require(session, name)
            versions = session.exec(select(VersionRow).where(VersionRow.scenario_id == row.id)).all()
            snapshot = DeletedScenario(row.model_dump(), tuple(v.model_dump() for v in versions))
            self._unindex(session, row.id)
            session.delete(row)   # versions go with it: ON DELETE CASCADE
            self._announce(session)
            session.commit()
        if self.engine_name == "sqlite" and not self.memory:
            # The main file forgets the scenario now, so a WAL seldom holds both its deletion and a new
            # scenario taking its id (_check_wal_rows could not tell that from a foreign -wal). The
            # deletion is committed: a checkpoint that fails now is simply done later.
            with suppress(sqlite3.Error, DBAPIError):
                self._checkpoint("PASSIVE")
        return snapshot

    @_translate_errors
    def undelete(self, snapshot: DeletedScenario) -> None:
        """Put a deleted scenario and its history back. Its old row id may have been reused by a
        scenario saved since (SQLite reuses the highest freed id), so rows get fresh ids."""
        name = snapshot.row["name"]
        if self.exists(name):
            raise LibraryError("a scenario called {name!r} exists again; rename it first", "exists", name=name)
        with Session(self.engine) as session:
            ids_free = session.get(ScenarioRow, snapshot.row["id"]) is None and not session.exec(
                select(VersionRow.id).where(col(VersionRow.id).in_([v["id"] for v in snapshot.versions]))).first()

            def fields(values):  # keep the old ids when nobody took them: exactly as before
                return values if ids_free else {k: v for k, v in values.items() if k != "id"}

            row = ScenarioRow(**fields(snapshot.row))
            row.search_name, row.search_tags = searching.search_fields(row.name, row.tags)
            session.add(row)
            session.flush()
            self._reindex(session, row)
            for version in sorted(snapshot.versions, key=lambda v: v["id"]):
                session.add(VersionRow(**{**fields(version), "scenario_id": row.id}))
            self._announce(session)
            self._commit_unique(session, name)

    @_translate_errors
    def restore_version(self, name: str, version_id: int) -> StoredScenario:
        """Make an old version current again; it is saved as a new version, so nothing is lost."""
        with Session(self.engine) as session:
            row = self._require(session, name)
            version = session.get(VersionRow, version_id)
            if version is None or version.scenario_id != row.id:
                raise LibraryError("{name!r} has no saved version {version}", "missing", name=name,
                                   version=version_id)
            scenario = self._scenario(version)
        return self.save(scenario.renamed(name))

    @_translate_errors
    def integrity_check(self) -> str:
        """SQLite's integrity_check; on PostgreSQL (which checks its own pages) "ok" when every
        version belongs to a scenario and the schema is still exactly ours."""
        with self.engine.connect() as conn:
            if self.engine_name == "postgresql":
                from . import postgres

                postgres.check_schema(conn, SCHEMA_VERSION, self.location)
                orphans = conn.exec_driver_sql("SELECT count(*) FROM scenario_version v WHERE NOT EXISTS "
                                               "(SELECT 1 FROM scenario s WHERE s.id = v.scenario_id)").scalar()
                return "ok" if orphans == 0 else f"{orphans} versions without their scenario"
            return conn.exec_driver_sql("PRAGMA integrity_check").scalar()

    def watcher(self):
        """A LibraryWatcher (watch.py) telling when this library changes, or None for a library in
        memory (nobody else can change it). LibraryError when a team library cannot be reached."""
        from . import watch

        if self.engine_name == "postgresql":
            return watch.PostgresWatcher(self._url, self.location)
        if self.memory:
            return None
        try:
            return watch.SqliteWatcher(self.path)
        except sqlite3.Error as exc:
            raise _library_error(exc, self.path) from None

    # --- helpers ----------------------------------------------------------------------------------------------------
    def _announce(self, session) -> None:
        """On a team library, tell the planners watching it (watch.py) that it changed — delivered
        by PostgreSQL when, and only if, this transaction commits. (SQLite's watchers need no word.)"""
        if self.engine_name == "postgresql":
            from .watch import CHANNEL

            session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})

    @staticmethod
    def _row(session, name: str, lock: bool = False) -> ScenarioRow | None:
        """The scenario called `name`; with `lock`, its row locked until the transaction ends
        (FOR UPDATE; SQLite, which has no row locks, holds the whole file from BEGIN IMMEDIATE)."""
        query = select(ScenarioRow).where(ScenarioRow.name == name)
        return session.exec(query.with_for_update() if lock else query).first()

    def _require(self, session, name: str) -> ScenarioRow:
        row = self._row(session, name)
        if row is None:
            raise LibraryError("there is no scenario called {name!r} in the library", "missing", name=name)
        return row

    def _free_name(self, name: str) -> str:
        try:
            name = clean_name(name)
        except ScenarioError as exc:
            raise LibraryError(exc.template, "bad_name", **exc.values) from None
        if self.exists(name):
            raise LibraryError("a scenario called {name!r} already exists; choose another name", "exists", name=name)
        return name

    @staticmethod
    def _commit_unique(session, name: str) -> None:
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            raise LibraryError("a scenario called {name!r} already exists; choose another name", "exists", name=name) from None

    @staticmethod
    def _unchanged(row: ScenarioRow, scenario: Scenario, model_version: str) -> bool:
        """Whether `row` already holds `scenario` (compared as values: key order does not count)."""
        try:
            return (row.name, row.notes, tuple(json.loads(row.tags)), json.loads(row.levers),
                    json.loads(row.assumptions), row.model_version) == \
                (scenario.name, scenario.notes, scenario.tags, dict(scenario.levers), dict(scenario.assumptions),
                 model_version)
        except (ValueError, TypeError, RecursionError):   # a damaged row: the save writes it afresh
            return False

    @property
    def _search_id(self) -> str:
        return "rowid" if self.engine_name == "sqlite" else "id"

    def _reindex(self, session, row: ScenarioRow) -> None:
        """Put the row's search text into scenario_search (SQLite's full-text table, PostgreSQL's
        table of the search text) in place of what it held there: every write of a row's name or
        tags calls this, in its transaction (a library holds no trigger)."""
        self._unindex(session, row.id)
        session.connection().execute(
            text(f"INSERT INTO scenario_search ({self._search_id}, name, tags) VALUES (:id, :n, :t)"),
            {"id": row.id, "n": row.search_name, "t": row.search_tags})

    def _unindex(self, session, row_id: int) -> None:
        session.connection().execute(text(f"DELETE FROM scenario_search WHERE {self._search_id} = :id"),
                                     {"id": row_id})

    @staticmethod
    def _fill(target, scenario: Scenario, model_version: str) -> None:
        target.name = scenario.name
        target.notes = scenario.notes
        target.tags = json.dumps(list(scenario.tags), ensure_ascii=False)
        target.search_name, target.search_tags = searching.search_fields(target.name, target.tags)
        target.levers = json.dumps(dict(scenario.levers))
        target.assumptions = json.dumps(dict(scenario.assumptions))
        target.model_version = model_version

    def _version(self, row: ScenarioRow, stamp: str) -> VersionRow:
        version = VersionRow(scenario_id=row.id, saved=stamp, saved_by=self.user)
        for key in ("name", "notes", "tags", "levers", "assumptions", "model_version"):
            setattr(version, key, getattr(row, key))
        return version

    @staticmethod
    def _scenario(row, name=None) -> Scenario:
        """The scenario a row (or a version of scenario `name`) holds; a damaged one is refused, naming it."""
        try:
            tags, levers, assumptions = json.loads(row.tags), json.loads(row.levers), json.loads(row.assumptions)
            if not (isinstance(tags, list) and isinstance(levers, dict) and isinstance(assumptions, dict)):
                raise TypeError("tags must be a JSON list, levers and assumptions JSON objects")
            return Scenario(name=row.name, notes=row.notes, tags=tuple(tags), levers=levers,
                            assumptions=without_retired(assumptions)[0])
        except (ScenarioError, ValueError, TypeError, RecursionError) as exc:
            raise LibraryError("the stored scenario {name} is damaged ({problem})", "damaged",
                               name=short(stored_text(row.name if name is None else name)),
                               problem=short(str(exc) or type(exc).__name__, 100)) from None


def _copy_database(source: sqlite3.Connection, destination: sqlite3.Connection) -> None:
    source.backup(destination)   # SQLite's backup API: a consistent copy, page by page


def _backup_facts(conn: sqlite3.Connection) -> tuple[str, int, int]:
    """What a backup must show before it gets its name: integrity, schema version, scenario count."""
    return (conn.execute("PRAGMA integrity_check").fetchone()[0], conn.execute("PRAGMA user_version").fetchone()[0],
            conn.execute("SELECT count(*) FROM scenario").fetchone()[0])


def default_library_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("korea-us-planner", appauthor=False) / "library.sqlite"


def library_path(chosen: str | None = None) -> Path | str:
    """--db beats the PLANNER_DB environment variable, which beats the per-user default. A file's
    path, or a library URL (postgresql://…) as it was given: str() of it is what Library() takes."""
    for value in (chosen, os.environ.get("PLANNER_DB")):
        if value:
            return value if url_scheme(value) is not None else Path(value).expanduser()
    return default_library_path()
