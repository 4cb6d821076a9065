"""A library from a stranger can do nothing but hold scenarios.

- Its schema must be exactly the one MIGRATIONS build for its version: a trigger, a view, any object or
  column more or less is refused before the library reads or writes anything.
- Damaged rows are listed, and refused one by one when opened, with a short message; never a traceback.
- A -wal from another library beside the file is refused; a genuine one (left by a crash, or by another
  copy of the planner) is replayed.
- A migration backup is whole or absent, and a failed backup stops the migration.
Every refusal leaves the files byte for byte as they were.
"""

import errno
import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from planner.scenario import Scenario
from planner.store import Library, LibraryError, check_library_file
from planner.store import library as library_module
from planner.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from planner.text import forbidden_character
from storehelp import checkpoint, copy_live, digests, sha256, sidecars

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]


def run_sql(path, script: str) -> None:
    """Change a library with plain sqlite3, as a stranger's tools would (then fold the WAL into the file)."""
    conn = sqlite3.connect(path)
    try:
        conn.executescript(script)
    finally:
        conn.close()
    checkpoint(path)


def read_file_alone(path, sql: str) -> list:
    """Query the main file alone (its -wal ignored), without writing anything beside it."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def assert_refused(path, kind: str, *words: str) -> LibraryError:
    """Library(path) is refused twice with `kind`, naming the file and `words`, and nothing beside it changes."""
    before = digests(path)
    for _ in range(2):       # refusing twice is still refusing: the first attempt changed nothing
        with pytest.raises(LibraryError) as info:
            Library(path).close()
        message = str(info.value)
        assert info.value.kind == kind, message
        assert str(path) in message and all(word in message for word in words), message
        assert digests(path) == before
    return info.value


def visible(library: Library) -> dict:
    """Everything a user can see of a library, in comparable form."""
    return {s.name: (s.tags, s.notes, s.modified, library.get(s.name).created,
                     [(v.id, v.saved, v.scenario.notes, dict(v.scenario.levers)) for v in library.history(s.name)])
            for s in library.list()}


# --- 1. the schema is exactly ours ---------------------------------------------------------------------------------

VERSION_TABLE = MIGRATIONS[1][2]       # CREATE TABLE scenario_version (...), as version 2 made it

TAMPERED = {
    "trigger rewriting scenarios on save": (
        "CREATE TRIGGER sneaky AFTER INSERT ON scenario_version BEGIN "
        "UPDATE scenario SET notes = 'rewritten'; DELETE FROM scenario WHERE name = 'Beta'; END", "trigger 'sneaky'"),
    "trigger copying saves to a hidden table": (
        "CREATE TABLE hidden (name TEXT, levers TEXT); CREATE TRIGGER copy_out AFTER UPDATE ON scenario BEGIN "
        "INSERT INTO hidden VALUES (new.name, new.levers); END", "trigger 'copy_out'"),
    "recursive view named like a table": (
        "DROP TABLE scenario_version; CREATE VIEW scenario_version AS WITH RECURSIVE r(n) AS "
        "(SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS id, 1 AS scenario_id, '' AS saved, 'x' AS name, "
        "'' AS notes, '[]' AS tags, '{}' AS levers, '{}' AS assumptions, '' AS model_version FROM r",
        "view 'scenario_version'"),
    "view": ("CREATE VIEW everything AS SELECT * FROM scenario", "view 'everything'"),
    "extra table": ("CREATE TABLE notes_copy (x)", "unexpected table 'notes_copy'"),
    "extra index": ("CREATE INDEX ix_notes ON scenario (notes)", "unexpected index 'ix_notes'"),
    "virtual table": ("CREATE VIRTUAL TABLE search USING fts5(name)", "unexpected table"),
    "statistics from ANALYZE": ("ANALYZE", "unexpected table 'sqlite_stat1'"),
    "missing index": ("DROP INDEX ix_scenario_name", "lacks its index 'ix_scenario_name'"),
    "extra column": ("ALTER TABLE scenario ADD COLUMN evil TEXT NOT NULL DEFAULT ''", "table 'scenario'"),
    "generated column": ("ALTER TABLE scenario ADD COLUMN g TEXT GENERATED ALWAYS AS (upper(name)) VIRTUAL",
                         "table 'scenario'"),
    "column of another type": (
        "DROP TABLE scenario_version; " + VERSION_TABLE.replace("levers TEXT", "levers BLOB") + "; "
        "CREATE INDEX ix_scenario_version_scenario_id ON scenario_version (scenario_id)", "table 'scenario_version'"),
}


@pytest.mark.parametrize("script,words", TAMPERED.values(), ids=TAMPERED.keys())
def test_library_whose_schema_is_not_ours_is_refused_untouched(closed_library, script, words):
    path = closed_library()
    run_sql(path, script)
    assert sidecars(path) == set()
    assert_refused(path, "tampered", words, "left untouched")
    assert sidecars(path) == set()


def test_hostile_object_name_is_quoted_short_and_printable(closed_library):
    path = closed_library()
    name = "\x1b[2J\u202e<b>" + "x" * 5000
    run_sql(path, f'CREATE TRIGGER "{name}" AFTER INSERT ON scenario BEGIN SELECT 1; END')
    message = str(assert_refused(path, "tampered", "trigger", "\\x1b[2J\\u202e<b>xxx"))
    assert forbidden_character(message) is None and len(message) < len(str(path)) + 200


def test_old_library_with_a_trigger_is_refused_before_its_migration(tmp_path):
    path = tmp_path / "library.sqlite"
    shutil.copyfile(FIXTURES / "library-v1.sqlite", path)
    run_sql(path, "CREATE TRIGGER t AFTER UPDATE ON scenario BEGIN DELETE FROM scenario; END")
    assert_refused(path, "tampered", "trigger 't'")
    assert os.listdir(tmp_path) == ["library.sqlite"]          # no backup, no -wal: nothing was begun


def test_tampered_library_with_a_wal_is_refused_and_neither_file_changes(tmp_path, closed_library):
    path = closed_library()
    holder = sqlite3.connect(path)        # the trigger is still in the -wal when the files are copied
    try:
        holder.execute("CREATE TRIGGER late AFTER INSERT ON scenario BEGIN SELECT 1; END")
        holder.commit()
        target = copy_live(path, tmp_path / "copied" / "library.sqlite")
    finally:
        holder.close()
    assert sidecars(target) == {"-wal"}
    assert_refused(target, "tampered", "trigger 'late'")
    assert sidecars(target) == {"-wal"}                        # no -shm made beside it either


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_a_library_of_every_version_passes_the_schema_check(tmp_path, version):
    path = tmp_path / f"v{version}.sqlite"
    script = ";\n".join(statement for step in MIGRATIONS[:version] for statement in step)
    run_sql(path, f"{script}; PRAGMA user_version = {version}; PRAGMA application_id = {APPLICATION_ID}")
    assert check_library_file(path) == version


def test_every_connection_distrusts_the_schema(tmp_path):
    with Library(tmp_path / "library.sqlite") as lib:
        with lib.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0


# --- 1b. damaged rows ------------------------------------------------------------------------------------------------

class RawText(bytes):
    """Bytes stored as TEXT (CAST): text that is not UTF-8, as only a hand-made file holds it."""


def put_row(path, name, **columns) -> None:
    """A scenario row and its one version, written with plain sqlite3 exactly as given."""
    row = {"name": name, "notes": "", "tags": "[]", "levers": "{}", "assumptions": "{}", "model_version": "2.0.0",
           "created": "2025-05-05T00:00:00.000000+00:00", "modified": "2025-05-05T00:00:00.000000+00:00", **columns}
    version = {key: row[key] for key in ("name", "notes", "tags", "levers", "assumptions", "model_version")}

    def insert(conn, table, values):
        places = ", ".join("CAST(? AS TEXT)" if isinstance(v, RawText) else "?" for v in values.values())
        return conn.execute(f"INSERT INTO {table} ({', '.join(values)}) VALUES ({places})",
                            [bytes(v) if isinstance(v, RawText) else v for v in values.values()]).lastrowid
    conn = sqlite3.connect(path)
    try:
        with conn:
            scenario_id = insert(conn, "scenario", row)
            insert(conn, "scenario_version", {"scenario_id": scenario_id, "saved": row["modified"], **version})
    finally:
        conn.close()
    checkpoint(path)


DAMAGED = {   # name -> what is wrong with the row; each is listed, and refused by get() and history()
    "broken JSON": {"levers": '{"us_chips_incentives": 1', "tags": '["a"'},
    "tags a number": {"tags": "5"},
    "levers a list": {"levers": "[1, 2]"},
    "assumptions a string": {"assumptions": '"lots"'},
    "lever out of range": {"levers": '{"us_chips_incentives": 1e12}'},
    "lever unknown": {"levers": '{"warp_drive": 1}'},
    "lever value a string of 900 kB": {"levers": '{"us_chips_incentives": "%s"}' % ("9" * 900_000)},
    "tags nested 100,000 deep": {"tags": "[" * 100_000 + "]" * 100_000},
    "tags a blob": {"tags": b"\xff\xfe"},
    "N" * 900_000: {},                                            # a name 4,500 times too long
    "ctl \x1b[31m\u202e\x00": {"levers": "{"},                    # control characters in the name
}
# Names that are not text: listed (as the text they decode to) but not found by that text.
ODD_NAMES = {b"blob " + b"x" * 900_000: "blob " + "x" * 900_000, RawText(b"bad\xffname"): "bad\ufffdname"}


def test_damaged_rows_are_listed_and_refused_one_by_one(closed_library):
    path = closed_library()
    for name, columns in DAMAGED.items():
        put_row(path, name, **columns)
    for name in ODD_NAMES:
        put_row(path, name)
    with Library(path) as lib:
        listed = {s.name: s for s in lib.list()}
        assert set(listed) == {"Alpha", "Beta", "Gamma", *DAMAGED, *ODD_NAMES.values()}
        assert listed["Alpha"].tags == ("t",) and listed["tags a number"].tags == ()
        assert listed["broken JSON"].tags == () and listed["tags a blob"].tags == ()
        assert [s.name for s in lib.list("ALPH")] == ["Alpha"] and {"Beta", "Gamma"} <= {s.name for s in lib.list("T")}
        for name in DAMAGED:
            for call in (lib.get, lib.history):
                with pytest.raises(LibraryError) as info:
                    call(name)
                message = str(info.value)
                assert info.value.kind == "damaged", message
                assert repr(name[:20])[:-1] in message and len(message) < 400, message
                assert forbidden_character(message) is None, message
        with pytest.raises(LibraryError, match="out of range"):
            lib.get("lever out of range")
        for name in ODD_NAMES.values():
            with pytest.raises(LibraryError) as info:
                lib.get(name)
            assert info.value.kind == "missing"
        # the rest of the library works as before
        assert lib.get("Alpha").scenario.notes == "note 0"
        lib.save(Scenario(name="broken JSON", notes="repaired"))
        assert lib.get("broken JSON").scenario.notes == "repaired"
        lib.delete("N" * 900_000)
        assert lib.count() == 3 + len(DAMAGED) + len(ODD_NAMES) - 1
        assert lib.integrity_check() == "ok"


# --- 2. a -wal from another library --------------------------------------------------------------------------------

def wal_of_library(path, names, page_size=None, application_id=APPLICATION_ID) -> bytes:
    """The -wal of a library holding `names` (each saved twice), read while its connection still holds it."""
    if page_size or application_id != APPLICATION_ID:     # built by hand: the planner makes neither
        script = ";\n".join(statement for step in MIGRATIONS for statement in step)
        run_sql(path, f"PRAGMA page_size = {page_size or 4096}; PRAGMA journal_mode = WAL; {script}; "
                      f"PRAGMA user_version = {SCHEMA_VERSION}; PRAGMA application_id = {application_id}")
        conn = sqlite3.connect(path)
        try:
            with conn:
                for name in names:
                    conn.execute("INSERT INTO scenario (name, created) VALUES (?, '2025')", (name,))
            return Path(f"{path}-wal").read_bytes()
        finally:
            conn.close()
    with Library(path) as lib:
        for name in names:
            lib.save(Scenario(name=name, notes="first"))
            lib.save(Scenario(name=name, notes="second").with_levers(us_chips_incentives=20))
        return Path(f"{path}-wal").read_bytes()


FOREIGN_WALS = {
    "another library, made before": ("before", {}),
    "another library, made after": ("after", {}),
    "a bigger library": ("after", {"names": [f"Other {i}" for i in range(60)]}),
    "another page size": ("after", {"page_size": 1024}),
    "another application": ("after", {"application_id": 0x47504B47}),
}


@pytest.mark.parametrize("when,how", FOREIGN_WALS.values(), ids=FOREIGN_WALS.keys())
def test_wal_from_another_library_is_refused_and_nothing_changes(tmp_path, closed_library, when, how):
    def make_wal():
        return wal_of_library(tmp_path / "other.sqlite", **{"names": ["Other 1", "Other 2"], **how})
    wal = make_wal() if when == "before" else None
    path = closed_library("mine.sqlite", scenarios=("Alpha", "Beta", "Gamma"))
    wal = wal or make_wal()
    Path(f"{path}-wal").write_bytes(wal)
    assert_refused(path, "foreign_wal", f"{path}-wal", "Nothing was changed")
    assert sidecars(path) == {"-wal"}
    Path(f"{path}-wal").unlink()                 # as the message says: without it, the library is as it was
    with Library(path) as lib:
        assert [s.name for s in lib.list()] == ["Alpha", "Beta", "Gamma"]


def test_wal_left_by_a_crash_opens_with_every_save(tmp_path, closed_library):
    path = closed_library(scenarios=("Alpha", "Beta", "Gamma", "Delta"))
    lib = Library(path)
    try:
        lib.save(Scenario(name="Alpha", notes="changed"))
        lib.save(Scenario(name="Epsilon"))
        lib.rename("Beta", "Beta renamed")
        lib.restore_version("Alpha", lib.history("Alpha")[-1].id)
        snapshot = lib.delete("Delta")
        lib.delete("Epsilon")
        lib.save(Scenario(name="Zeta", notes="takes Epsilon's id"))
        lib.undelete(snapshot)
        lib.save(Scenario(name="Gamma", notes="last save"))
        expected = visible(lib)
        crashed = copy_live(path, tmp_path / "crashed" / "library.sqlite")
    finally:
        lib.close()
    assert Path(f"{crashed}-wal").stat().st_size > 0
    with Library(crashed) as again:
        assert visible(again) == expected


def test_wal_left_by_a_checkpoint_killed_midway_opens_with_every_save(tmp_path, closed_library):
    """A kill -9 during a checkpoint leaves the main file half updated (its schema page new, pages it
    points to old): alone it reads as malformed; with its own -wal it is whole, and opens."""
    path = closed_library(scenarios=("Alpha", "Beta"))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    lib = Library(path)
    try:
        for n in range(30):
            lib.save(Scenario(name=f"After {n}", notes="x" * 500))
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")    # page 1 goes into the -wal too
        expected = visible(lib)
        crashed = copy_live(path, tmp_path / "crashed" / "library.sqlite")
    finally:
        lib.close()
        conn.close()
    data, wal = bytearray(crashed.read_bytes()), Path(f"{crashed}-wal").read_bytes()
    page_size = int.from_bytes(wal[8:12], "big")
    in_wal = {int.from_bytes(wal[offset:offset + 4], "big") for offset in range(32, len(wal), 24 + page_size)}
    assert 1 in in_wal
    for page in in_wal:                      # what the checkpoint had not yet written correctly
        start = (page - 1) * page_size + (100 if page == 1 else 0)
        data[start:page * page_size] = bytes([0xA5]) * (page * page_size - start)
    crashed.write_bytes(bytes(data))
    with Library(crashed) as again:
        assert visible(again) == expected


def test_wal_holding_a_deletion_and_a_new_scenario_in_its_place_opens(tmp_path, closed_library):
    """A reader holding an old snapshot keeps delete()'s checkpoint from reaching the file: the main file
    still has the deleted scenario, and the -wal a new one under the same id. That is allowed above
    every id that kept its scenario (SQLite reuses only the highest ids)."""
    path = closed_library(scenarios=("Alpha", "Beta", "Gamma"))
    reader, lib = sqlite3.connect(path, isolation_level=None), Library(path)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM scenario").fetchone()
        lib.delete("Gamma")
        lib.save(Scenario(name="Gamma's successor"))
        lib.save(Scenario(name="Alpha", notes="again"))
        expected = visible(lib)
        crashed = copy_live(path, tmp_path / "crashed" / "library.sqlite")
    finally:
        lib.close()
        reader.close()
    # the file alone still holds Gamma, under the id the -wal gives its successor
    assert read_file_alone(crashed, "SELECT name FROM scenario ORDER BY id") == [("Alpha",), ("Beta",), ("Gamma",)]
    with Library(crashed) as again:
        assert visible(again) == expected


def kill_when_ready(code: str, *args) -> None:
    """Run `code` in a child Python, wait for it to print "ready", then SIGKILL it (no cleanup runs)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *map(str, args)], cwd=REPO, env=env,
                             stdout=subprocess.PIPE)
    try:
        assert select.select([child.stdout], [], [], 60)[0] and child.stdout.readline() == b"ready\n"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()


def test_wal_left_by_a_killed_process_opens_with_every_save(closed_library):
    path = closed_library(scenarios=("Alpha",))
    kill_when_ready("""
        import sys, time
        from planner.scenario import Scenario
        from planner.store import Library

        library = Library(sys.argv[1])
        for i in range(30):
            library.save(Scenario(name=f"s{i:02d}", notes=f"n{i}"))
        library.rename("s00", "first")
        library.delete("s29")
        library.save(Scenario(name="last", notes="after the delete"))
        library.save(Scenario(name="s01", notes="saved twice"))
        print("ready", flush=True)
        time.sleep(60)
    """, path)
    assert Path(f"{path}-wal").stat().st_size > 0
    with Library(path) as lib:
        names = {s.name for s in lib.list()}
        assert names == {"Alpha", "first", "last", *(f"s{i:02d}" for i in range(1, 29))}
        assert [v.scenario.notes for v in lib.history("s01")] == ["saved twice", "n1"]
        assert lib.integrity_check() == "ok"


def test_old_library_killed_between_its_migration_and_the_checkpoint_opens(tmp_path, monkeypatch):
    """The file alone is still version 1; its -wal holds the migration to version 2."""
    path = tmp_path / "library.sqlite"
    shutil.copyfile(FIXTURES / "library-v1.sqlite", path)
    with monkeypatch.context() as patch:
        patch.setattr(Library, "_checkpoint", lambda self, mode="TRUNCATE": None)
        lib = Library(path)
        try:
            expected = visible(lib)
            crashed = copy_live(path, tmp_path / "crashed" / "library.sqlite")
        finally:
            lib.close()
    assert read_file_alone(crashed, "PRAGMA user_version") == [(1,)]
    assert check_library_file(crashed) == SCHEMA_VERSION
    with Library(crashed) as again:
        assert visible(again) == expected and len(expected) == 5


# --- 3. migration backups --------------------------------------------------------------------------------------------

@pytest.fixture
def old_library(tmp_path):
    path = tmp_path / "library.sqlite"
    shutil.copyfile(FIXTURES / "library-v1.sqlite", path)
    return path


def half_copy_then(error):
    def copy(source, destination):
        destination.execute("CREATE TABLE half_written (x)")        # something on disk already
        destination.commit()
        raise error
    return copy


def full_disk_on_sync(_fd):
    raise OSError(errno.ENOSPC, "No space left on device")


def wrong_facts(_conn):
    return "*** in database main ***\nPage 3: btreeInitPage() returns error code 11", 1, 5


BACKUP_FAILURES = {
    "disk full while copying": (library_module, "_copy_database",
                                half_copy_then(sqlite3.OperationalError("database or disk is full")),
                                "database or disk is full"),
    "disk full while syncing": (os, "fsync", full_disk_on_sync, "the disk is full"),
    "copy fails its check": (library_module, "_backup_facts", wrong_facts, "does not match the library"),
}


@pytest.mark.parametrize("where,name,replacement,problem", BACKUP_FAILURES.values(), ids=BACKUP_FAILURES.keys())
def test_failed_backup_stops_the_migration_and_leaves_nothing(old_library, monkeypatch, where, name, replacement,
                                                              problem):
    digest = sha256(old_library)
    monkeypatch.setattr(where, name, replacement)
    with pytest.raises(LibraryError) as info:
        Library(old_library)
    message = str(info.value)
    assert message.startswith(f"could not back up the library {old_library} before upgrading it: ")
    assert problem in message and message.endswith("the library was not changed"), message
    assert os.listdir(old_library.parent) == ["library.sqlite"]     # no backup, no temporary file, no -wal
    assert sha256(old_library) == digest and check_library_file(old_library) == 1

    monkeypatch.undo()                                                # with room again, it migrates
    with Library(old_library) as lib:
        assert lib.count() == 5
    names = sorted(os.listdir(old_library.parent))
    assert len(names) == 2 and names[1].startswith("library.v1-backup-") and names[1].endswith(".sqlite"), names


def test_backup_killed_midway_leaves_no_file_named_like_a_backup(old_library):
    digest = sha256(old_library)
    kill_when_ready("""
        import sys, time
        from planner.store import Library, library

        def copy_then_hang(source, destination):
            destination.execute("CREATE TABLE half_written (x)")
            destination.commit()
            print("ready", flush=True)
            time.sleep(60)

        library._copy_database = copy_then_hang
        Library(sys.argv[1])
    """, old_library)
    left = [name for name in os.listdir(old_library.parent) if name != "library.sqlite"]
    assert len(left) == 1 and left[0].startswith(".library.v1-backup-") and left[0].endswith(".tmp.sqlite"), left
    assert sha256(old_library) == digest
    with Library(old_library) as lib:                   # the next start backs up and migrates as usual
        assert lib.count() == 5 and lib.backup_path.exists()


def test_backup_name_comes_from_the_clock_and_never_replaces_an_earlier_backup(old_library, monkeypatch):
    monkeypatch.setattr(library_module, "now", lambda *_clock: "2025-01-02T03:04:05.678901+00:00")
    earlier = old_library.with_name("library.v1-backup-20250102T030405.sqlite")
    earlier.write_bytes(b"an earlier backup")
    with Library(old_library) as lib:
        assert lib.backup_path == old_library.with_name("library.v1-backup-20250102T030405-2.sqlite")
    assert earlier.read_bytes() == b"an earlier backup"
    assert read_file_alone(lib.backup_path, "SELECT count(*), (SELECT user_version FROM pragma_user_version) "
                                            "FROM scenario") == [(5, 1)]
