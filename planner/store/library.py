"""The scenario library: one SQLite file, spoken to through SQLModel.

Safety rules, each tested in tests/store/:
- A file is checked before SQLite opens it (header, application_id, schema
  version, length): a non-SQLite, foreign, empty, truncated or newer file is
  refused with a LibraryError and never written to.
- Migrations run in one transaction after a backup made with SQLite's backup API.
- Every connection turns foreign keys on, uses WAL and waits up to 5 s for a
  lock, so two copies of the app on one library queue their writes instead of
  losing one; every save that changes something also appends a version, so
  concurrent saves of the same scenario both survive in its history (a save
  identical to the stored scenario writes nothing).
- ORM rows never leave this module: callers get the dataclasses below.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import struct
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import event, func
from sqlalchemy.pool import StaticPool
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session, col, create_engine, select

from ..model import MODEL_VERSION, without_retired
from ..scenario import Scenario, ScenarioError, clean_name
from .errors import LibraryError
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, ScenarioRow, VersionRow

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


@dataclass(frozen=True)
class DeletedScenario:
    """Everything delete() removed, so undo can put it back exactly."""

    row: dict
    versions: tuple[dict, ...]


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def _translate_errors(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except DBAPIError as exc:
            raise _library_error(exc.orig or exc, self.path) from None
        except sqlite3.Error as exc:
            raise _library_error(exc, self.path) from None
        except UnicodeEncodeError:
            raise LibraryError("that text contains characters that are not valid Unicode", "bad_name") from None
    return wrapper


def _library_error(exc, path) -> LibraryError:
    text = str(exc).lower()
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


def check_library_file(path: Path) -> int:
    """Return the schema version of an existing library file (0 for a new one), or refuse it."""
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
    user_version = struct.unpack(">I", header[60:64])[0]
    application_id = struct.unpack(">I", header[68:72])[0]
    if application_id not in (0, APPLICATION_ID):
        raise LibraryError("{path} belongs to another application (an SQLite file that is not a planner "
                           "library); it was left untouched", "foreign", path=path)
    if page_count and size < page_size * page_count and not Path(f"{path}-wal").exists():
        raise LibraryError("{path} is truncated ({size:,} of {expected:,} bytes); open or "
                           "create another library", "damaged", path=path, size=size,
                           expected=page_size * page_count)
    wal = Path(f"{path}-wal")
    if application_id == 0 and wal.exists() and wal.stat().st_size > 0:
        # A WAL database keeps a new header in its -wal file until the next checkpoint: ask SQLite.
        application_id, user_version, tables = _read_only_facts(path, immutable=False)
        if application_id not in (0, APPLICATION_ID):
            raise LibraryError("{path} belongs to another application; it was left untouched", "foreign",
                               path=path)
    else:
        tables = None
    if user_version > SCHEMA_VERSION:
        raise LibraryError("{path} was written by a newer planner (library version {version}; this copy "
                           "reads up to {known}). Update the planner to open it.", "newer", path=path,
                           version=user_version, known=SCHEMA_VERSION)
    if application_id == 0:
        # An SQLite file without our mark: fine only if it is empty (then it becomes a library).
        if tables is None:
            _, _, tables = _read_only_facts(path, immutable=not wal.exists())
        if tables:
            raise LibraryError("{path} is another application's SQLite database, not a planner library; it was "
                               "left untouched", "foreign", path=path)
    return user_version


def _read_only_facts(path: Path, immutable: bool) -> tuple[int, int, int]:
    """application_id, user_version and table count, read without writing a byte.

    The path goes in as a proper file: URI (a '#' or '?' in a folder name would otherwise cut it
    short), and `immutable` stops SQLite leaving -wal/-shm files beside another program's database.
    """
    uri = path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            return (conn.execute("PRAGMA application_id").fetchone()[0],
                    conn.execute("PRAGMA user_version").fetchone()[0],
                    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise LibraryError("{path} is damaged or unreadable ({problem}); it was left untouched", "damaged",
                           path=path, problem=exc) from None


class Library:
    """The scenario library at `path` (':memory:' for a throwaway one)."""

    def __init__(self, path: str | Path):
        self.memory = str(path) == ":memory:"
        self.path = Path(path) if not self.memory else Path(":memory:")
        version = 0
        if not self.memory:
            self.path = self.path.expanduser()
            version = check_library_file(self.path)
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError("cannot create the folder {folder}: {problem}", "unwritable",
                                   folder=self.path.parent, problem=exc.strerror or exc) from None
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
            self.is_new = self._prepare(version)
        except DBAPIError as exc:
            self.engine.dispose()
            raise _library_error(exc.orig or exc, self.path) from None
        except LibraryError:
            self.engine.dispose()
            raise

    @staticmethod
    def _on_connect(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA journal_mode = WAL")   # a no-op for ':memory:', which keeps 'memory'
        cursor.close()

    def _prepare(self, version: int) -> bool:
        """Create or migrate the schema; True when the library was created just now (brand new)."""
        with self.engine.connect() as conn:
            current = conn.exec_driver_sql("PRAGMA user_version").scalar()
        if current > SCHEMA_VERSION:   # changed since the header check
            raise LibraryError("{path} was written by a newer planner", "newer", path=self.path)
        if current < SCHEMA_VERSION:
            if current > 0 and not self.memory:
                self.backup_path = self._backup(current)
            self._migrate(current)
            if not self.memory:
                self._checkpoint()
        return current == 0

    def _checkpoint(self) -> None:
        """Move the WAL into the main file, so its header carries our id and version at once."""
        raw = self.engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()

    def _backup(self, version: int) -> Path:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.v{version}-backup-{stamp}{self.path.suffix}")
        source = sqlite3.connect(self.path)
        try:
            with sqlite3.connect(target) as destination:
                source.backup(destination)
            destination.close()
        finally:
            source.close()
        return target

    def _migrate(self, current: int) -> None:
        """All missing steps in one transaction: either the library is fully migrated or unchanged."""
        with self.engine.begin() as conn:
            for step in MIGRATIONS[current:]:
                for statement in step:
                    conn.exec_driver_sql(statement)
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- reading ---------------------------------------------------------------------------------------------------
    @_translate_errors
    def list(self, search: str = "") -> list[ScenarioSummary]:
        """Scenarios whose name or one of whose tags contains `search`, ignoring case, by name.

        Matching is done here rather than in SQL: SQLite's lower() folds only ASCII letters, and
        LIKE over the tags column would match its JSON punctuation.
        """
        with Session(self.engine) as session:
            rows = session.exec(select(ScenarioRow.name, ScenarioRow.tags, ScenarioRow.notes,
                                       ScenarioRow.modified)).all()
        needle = search.strip().casefold()
        found = []
        for name, tags, notes, modified in rows:
            if needle and needle not in name.casefold():
                # Cheap test on the raw JSON first (escaped text, with a backslash, needs parsing);
                # parse only to confirm that a tag really contains it.
                if needle not in tags.casefold() and "\\" not in tags:
                    continue
                if not any(needle in t.casefold() for t in json.loads(tags)):
                    continue
            found.append(ScenarioSummary(name, tuple(json.loads(tags)), notes, modified))
        return sorted(found, key=lambda s: (s.name.casefold(), s.name))

    @_translate_errors
    def count(self) -> int:
        with Session(self.engine) as session:
            return session.exec(select(func.count()).select_from(ScenarioRow)).one()

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
            return [SavedVersion(v.id, v.saved, self._scenario(v), v.model_version) for v in versions]

    # --- writing (each one transaction) ----------------------------------------------------------------------------
    @_translate_errors
    def save(self, scenario: Scenario, model_version: str = MODEL_VERSION) -> StoredScenario:
        """Create or update the scenario called scenario.name, and append it to its history.
        A scenario stored exactly so already (same model version too) is left as it is: no new
        version, and the result's `changed` is False."""
        stamp = now()
        with Session(self.engine) as session:
            row = self._row(session, scenario.name)
            if row is None:
                row = ScenarioRow(name=scenario.name, created=stamp)
            elif self._unchanged(row, scenario, model_version):
                return StoredScenario(scenario, row.created, row.modified, row.model_version, changed=False)
            self._fill(row, scenario, model_version)
            row.modified = stamp
            session.add(row)
            session.flush()
            session.add(self._version(row, stamp))
            session.commit()
            return StoredScenario(scenario, row.created, row.modified, row.model_version)

    @_translate_errors
    def rename(self, old: str, new: str) -> None:
        new = self._free_name(new)
        with Session(self.engine) as session:
            row = self._require(session, old)
            row.name = new
            row.modified = now()
            session.add(row)
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
            session.delete(row)   # versions go with it: ON DELETE CASCADE
            session.commit()
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
            session.add(row)
            session.flush()
            for version in sorted(snapshot.versions, key=lambda v: v["id"]):
                session.add(VersionRow(**{**fields(version), "scenario_id": row.id}))
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
        with self.engine.connect() as conn:
            return conn.exec_driver_sql("PRAGMA integrity_check").scalar()

    # --- helpers ----------------------------------------------------------------------------------------------------
    @staticmethod
    def _row(session, name: str) -> ScenarioRow | None:
        return session.exec(select(ScenarioRow).where(ScenarioRow.name == name)).first()

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
        except (ValueError, TypeError):   # a damaged row: the save writes it afresh
            return False

    @staticmethod
    def _fill(target, scenario: Scenario, model_version: str) -> None:
        target.name = scenario.name
        target.notes = scenario.notes
        target.tags = json.dumps(list(scenario.tags), ensure_ascii=False)
        target.levers = json.dumps(dict(scenario.levers))
        target.assumptions = json.dumps(dict(scenario.assumptions))
        target.model_version = model_version

    def _version(self, row: ScenarioRow, stamp: str) -> VersionRow:
        version = VersionRow(scenario_id=row.id, saved=stamp)
        for key in ("name", "notes", "tags", "levers", "assumptions", "model_version"):
            setattr(version, key, getattr(row, key))
        return version

    def _scenario(self, row) -> Scenario:
        try:
            return Scenario(name=row.name, notes=row.notes, tags=tuple(json.loads(row.tags)),
                            levers=json.loads(row.levers), assumptions=without_retired(json.loads(row.assumptions))[0])
        except (ScenarioError, ValueError, TypeError) as exc:
            raise LibraryError("the stored scenario {name!r} is damaged ({problem})", "damaged", name=row.name,
                               problem=exc) from None


def default_library_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("korea-us-planner", appauthor=False) / "library.sqlite"


def library_path(chosen: str | None = None) -> Path:
    """--db beats the PLANNER_DB environment variable, which beats the per-user default."""
    if chosen:
        return Path(chosen).expanduser()
    if os.environ.get("PLANNER_DB"):
        return Path(os.environ["PLANNER_DB"]).expanduser()
    return default_library_path()
