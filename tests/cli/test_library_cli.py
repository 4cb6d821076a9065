"""The library verbs of the CLI: every success path, every user error (exit 2, one `error:` line,
no traceback) and, after every failing command, a library that is unchanged: a file byte-for-byte,
a team library row for row.

The tests that hold for any library run twice (the `engine` fixture, tests/cli/conftest.py): on a
SQLite file and on a team library on the tests' own PostgreSQL server. Those about a SQLite file as
such (damaged, foreign or newer files, a folder as the library) use `sqlite_db`; their team-library
counterparts (another application's database, a newer or tampered library) use PostgreSQL alone."""

import csv
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner import cli
from planner.model import LEVERS
from planner.scenario import Scenario, read_scenario_file, write_scenario_file
from planner.store import Library
from planner.store.location import url_scheme
from planner.store.schema import SCHEMA_VERSION

REPO = Path(__file__).resolve().parents[2]


def run_cli(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys, *argv):
    code, out, err = run_cli(capsys, *argv)
    assert code == 0 and err == "", err
    return out


def digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def is_team(location) -> bool:
    return url_scheme(location) is not None


def pg_tables(url) -> list[tuple[str, str]]:
    """Every table in the database the URL names, outside PostgreSQL's own schemas."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute("SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema "
                            "NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2").fetchall()


def contents(location):
    """What a library holds, to compare before and after: a file's digest; for a team library, its
    database's tables, their columns and indexes, and every row of every table."""
    if not is_team(location):
        return digest(location)
    import psycopg
    from psycopg import sql

    tables = pg_tables(location)
    with psycopg.connect(location, autocommit=True) as conn:
        columns = conn.execute("SELECT table_schema, table_name, column_name, data_type, is_nullable, column_default "
                               "FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', "
                               "'information_schema') ORDER BY 1, 2, ordinal_position").fetchall()
        indexes = conn.execute("SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes WHERE "
                               "schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2, 3").fetchall()
        rows = [sorted(map(repr, conn.execute(sql.SQL("SELECT * FROM {}.{}").format(
            sql.Identifier(schema), sql.Identifier(table))).fetchall())) for schema, table in tables]
    return tables, columns, indexes, rows


def created(location) -> bool:
    """Whether anything was made where a library may be: a file, or a table in a team database."""
    return bool(pg_tables(location)) if is_team(location) else Path(location).exists()


def sidecars(path):
    return {s for s in ("-wal", "-shm", "-journal") if Path(f"{path}{s}").exists()}


def checkpoint(path):
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def assert_user_error(capsys, argv, message=None, *, unchanged=()):
    """Exit 2, nothing on stdout, one `error:` line, and each library in `unchanged` as it was (a file
    byte-for-byte, with no -wal or -journal beside it; a team library row for row)."""
    before = {p: contents(p) for p in unchanged}
    code, out, err = run_cli(capsys, *argv)
    assert code == 2, (code, out, err)
    assert out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err
    if message:
        assert message in err, err
    for path, value in before.items():
        assert contents(path) == value, f"{path} changed"
        if not is_team(path):
            assert sidecars(path) == set(), f"{path} got {sidecars(path)}"
    return err


def fill(location):
    """Two scenarios (one with two versions)."""
    with Library(location) as lib:
        lib.save(Scenario(name="Chips push", notes="first", tags=("chips",)).with_levers(us_chips_incentives=80))
        lib.save(Scenario(name="Chips push", notes="more fabs", tags=("chips", "us"))
                 .with_levers(us_chips_incentives=90, kr_fab_waiver=0))
        lib.save(Scenario(name="<b>Green</b> & talent", tags=("energy",)).with_levers(kr_clean_energy_multiple=3.0))


@pytest.fixture
def sqlite_db(tmp_path):
    """A library file with two scenarios (one with two versions), at rest as a single file."""
    path = tmp_path / "lib.sqlite"
    fill(path)
    checkpoint(path)
    assert sidecars(path) == set()
    return path


@pytest.fixture(scope="session")
def team_template(pg_server):
    """A team library filled once: each test's `db` on PostgreSQL is a copy of this database."""
    name = pg_server.create_database()
    fill(pg_server.url(name))
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def db(request, engine, new_library):
    """The same library once per engine: `sqlite_db`, or a team library holding the same."""
    if engine == "sqlite":
        return request.getfixturevalue("sqlite_db")
    return new_library("postgresql", "lib", template=request.getfixturevalue("team_template"))


def names_in(path):
    with Library(path) as lib:
        return [s.name for s in lib.list()]


# --- success paths ---------------------------------------------------------------------------------------------

def test_list_plain_and_json_and_search(capsys, db):
    out = ok(capsys, "--db", db, "list")
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].endswith("<b>Green</b> & talent  [energy]") and lines[1].endswith("Chips push  [chips, us]")
    rows = json.loads(ok(capsys, "list", "--json", "--db", db))
    assert [r["name"] for r in rows] == ["<b>Green</b> & talent", "Chips push"]
    assert rows[1] == {"name": "Chips push", "tags": ["chips", "us"], "notes": "more fabs",
                       "modified": rows[1]["modified"]}
    assert [r["name"] for r in json.loads(ok(capsys, "--db", db, "list", "CHIPS", "--json"))] == ["Chips push"]
    assert [r["name"] for r in json.loads(ok(capsys, "--db", db, "list", "ENERGY", "--json"))] == \
        ["<b>Green</b> & talent"]
    assert ok(capsys, "--db", db, "list", "no such thing") == ""


def test_list_of_a_new_library_creates_it_empty(capsys, tmp_path, engine, new_library):
    location = tmp_path / "deep" / "new.sqlite" if engine == "sqlite" else new_library(engine, "new")
    assert not created(location)
    assert json.loads(ok(capsys, "list", "--json", "--db", location)) == []
    assert created(location)
    with Library(location) as lib:
        assert lib.count() == 0 and lib.integrity_check() == "ok"


def test_save_new_then_new_versions_with_sets_notes_tags(capsys, db):
    out = ok(capsys, "--db", db, "save", "Plan B", "--set", "us_chips_incentives=100", "--set", "kr_fab_waiver=off",
             "--set", "export_control_scope=3", "--notes", "<i>draft</i>\tone", "--tag", "a", "--tag", "b")
    assert out == "saved 'Plan B' (version 1)\n"
    with Library(db) as lib:
        s = lib.get("Plan B").scenario
    assert (s.levers["us_chips_incentives"], s.levers["kr_fab_waiver"], s.levers["export_control_scope"]) == \
        (100, 0, 3)
    assert s.notes == "<i>draft</i>\tone" and s.tags == ("a", "b")
    # saving again keeps what it does not change and adds a version
    assert ok(capsys, "save", "Plan B", "--db", db, "--set", "e4_visa_quota=15000") == \
        "saved 'Plan B' (version 2)\n"
    with Library(db) as lib:
        s2 = lib.get("Plan B").scenario
        assert len(lib.history("Plan B")) == 2
    assert s2.levers["e4_visa_quota"] == 15000 and s2.levers["us_chips_incentives"] == 100
    assert s2.notes == s.notes and s2.tags == s.tags
    ok(capsys, "--db", db, "save", "Plan B", "--notes", "", "--tag", "only")
    with Library(db) as lib:
        s3 = lib.get("Plan B").scenario
    assert s3.notes == "" and s3.tags == ("only",) and s3.levers["e4_visa_quota"] == 15000


def test_save_from_file(capsys, db, tmp_path):
    source = tmp_path / "in.kuscenario"
    write_scenario_file(source, Scenario(name="ignored", notes="from file", tags=("f",))
                        .with_levers(us_kr_clean_rd=500).with_assumptions(e4_uptake=0.9))
    ok(capsys, "--db", db, "save", "From file", "--from", source, "--set", "e4_visa_quota=1000")
    with Library(db) as lib:
        s = lib.get("From file").scenario
    assert s.name == "From file" and s.notes == "from file" and s.tags == ("f",)
    assert s.levers["us_kr_clean_rd"] == 500 and s.levers["e4_visa_quota"] == 1000
    assert dict(s.assumptions) == {"e4_uptake": 0.9}


def test_show_plain_and_json(capsys, db):
    out = ok(capsys, "--db", db, "show", "Chips push")
    assert "name:     Chips push" in out and "tags:     chips, us" in out and "(2 saved versions)" in out
    assert "notes:\n  more fabs" in out
    spec = next(s for s in LEVERS if s.id == "us_chips_incentives")
    assert f"us_chips_incentives{' ' * (26 - len(spec.id))} {spec.format(90)}" in out
    doc = json.loads(ok(capsys, "show", "--db", db, "Chips push", "--json"))
    assert doc["format"] == "kuscenario" and doc["name"] == "Chips push"
    assert doc["levers"]["us_chips_incentives"] == 90 and doc["levers"]["kr_fab_waiver"] == "denied"


def test_export_to_file_and_stdout_then_import(capsys, db, tmp_path, engine, new_library):
    target = tmp_path / "out.kuscenario"
    assert ok(capsys, "--db", db, "export", "<b>Green</b> & talent", target) == ""
    read = read_scenario_file(target)
    with Library(db) as lib:
        original = lib.get("<b>Green</b> & talent").scenario
    assert read.scenario.same_content(original)
    assert json.loads(ok(capsys, "export", "--db", db, "Chips push", "-"))["notes"] == "more fabs"

    other = new_library("postgresql" if engine == "sqlite" else "sqlite", "other")   # across engines
    assert ok(capsys, "--db", other, "import", target) == "imported '<b>Green</b> & talent'\n"
    assert ok(capsys, "import", target, "--as", "Copy", "--db", db) == "imported 'Copy'\n"
    with Library(db) as lib:
        assert lib.get("Copy").scenario.same_content(original.renamed("Copy"))
        assert len(lib.history("Copy")) == 1
    with Library(other) as lib:
        assert lib.get("<b>Green</b> & talent").scenario.same_content(original)


def test_import_legacy_levers_only_file(capsys, db, tmp_path):
    legacy = tmp_path / "old.json"
    legacy.write_text(json.dumps({"levers": {"us_chips_incentives": 0}}))
    assert ok(capsys, "--db", db, "import", legacy) == "imported 'Untitled'\n"


def test_delete(capsys, db):
    assert ok(capsys, "--db", db, "delete", "Chips push") == "deleted 'Chips push'\n"
    assert names_in(db) == ["<b>Green</b> & talent"]


def test_run_a_library_scenario(capsys, db):
    rows = list(csv.DictReader(io.StringIO(ok(capsys, "--db", db, "run", "Chips push", "--end-year", "2030"))))
    base = list(csv.DictReader(io.StringIO(ok(capsys, "run", "--end-year", "2030"))))
    assert len(rows) == len(base) > 0
    assert rows != base      # the saved levers were used, not the baseline


# --- where the library is: --db before or after the verb, PLANNER_DB ---------------------------------------------

@pytest.mark.parametrize("place", ["before", "after", "env", "both"])
def test_library_location(capsys, tmp_path, monkeypatch, place, engine, new_library):
    chosen, decoy = new_library(engine, "chosen"), new_library(engine, "decoy")
    monkeypatch.setenv("PLANNER_DB", str(decoy if place == "both" else chosen))

    def argv(*verb):
        if place == "before":
            return ["--db", chosen, *verb]
        if place in ("after", "both"):
            return [*verb, "--db", chosen]
        return list(verb)

    ok(capsys, *argv("save", "Here", "--tag", "x"))
    assert [r["name"] for r in json.loads(ok(capsys, *argv("list", "--json")))] == ["Here"]
    assert "name:     Here" in ok(capsys, *argv("show", "Here"))
    ok(capsys, *argv("export", "Here", tmp_path / "h.kuscenario"))
    ok(capsys, *argv("import", tmp_path / "h.kuscenario", "--as", "Here too"))
    ok(capsys, *argv("run", "Here"))
    ok(capsys, *argv("delete", "Here"))
    assert names_in(chosen) == ["Here too"]
    assert not created(decoy)


def test_db_after_verb_beats_db_before_it(capsys, engine, new_library):
    first, second = new_library(engine, "first"), new_library(engine, "second")
    ok(capsys, "--db", first, "save", "X", "--db", second)
    assert names_in(second) == ["X"] and not created(first)


def test_real_process_uses_planner_db(tmp_path, engine, new_library):
    path = new_library(engine, "proc")
    env = {**os.environ, "PLANNER_DB": str(path), "PYTHONPATH": str(REPO)}
    saved = subprocess.run([sys.executable, "-m", "planner", "save", "Proc"], capture_output=True, text=True,
                           env=env, cwd=REPO)
    assert saved.returncode == 0, saved.stderr
    missing = subprocess.run([sys.executable, "-m", "planner", "show", "Nope"], capture_output=True, text=True,
                             env=env, cwd=REPO)
    assert missing.returncode == 2 and missing.stderr.startswith("error:") and missing.stderr.count("\n") == 1
    assert "Traceback" not in missing.stderr
    assert names_in(path) == ["Proc"]


# --- user errors on a healthy library ----------------------------------------------------------------------------

def test_missing_names(capsys, db, tmp_path):
    for argv in (["show", "Nope"], ["show", "Nope", "--json"], ["export", "Nope", tmp_path / "x.kuscenario"],
                 ["export", "Nope", "-"], ["delete", "Nope"], ["run", "Nope"], ["show", "chips push"],
                 ["history", "Nope"], ["history", "Nope", "--json"]):
        assert_user_error(capsys, ["--db", db, *argv], "no scenario called", unchanged=[db])
    assert not (tmp_path / "x.kuscenario").exists()


def test_import_onto_existing_name(capsys, db, tmp_path):
    file = tmp_path / "s.kuscenario"
    write_scenario_file(file, Scenario(name="Chips push", notes="intruder"))
    assert_user_error(capsys, ["--db", db, "import", file], "already in the library", unchanged=[db])
    write_scenario_file(file, Scenario(name="other", notes="intruder"))
    assert_user_error(capsys, ["--db", db, "import", file, "--as", "<b>Green</b> & talent"], "already",
                      unchanged=[db])
    with Library(db) as lib:
        assert lib.get("Chips push").scenario.notes == "more fabs"


@pytest.mark.parametrize("name", ["", "   ", "x" * 201, "a\x00b"])
def test_bad_names(capsys, db, tmp_path, name):
    file = tmp_path / "s.kuscenario"
    write_scenario_file(file, Scenario(name="fine"))
    if name:       # `--as ""`: see test_import_as_empty_name_is_refused
        assert_user_error(capsys, ["--db", db, "import", file, "--as", name], unchanged=[db])
    assert_user_error(capsys, ["--db", db, "save", name], unchanged=[db])


def test_import_as_empty_name_is_refused(capsys, db, tmp_path):
    """An explicit `--as ""` is refused like every other empty name (it was once taken as no --as
    at all, importing the file under its own name)."""
    file = tmp_path / "s.kuscenario"
    write_scenario_file(file, Scenario(name="fine"))
    assert_user_error(capsys, ["--db", db, "import", file, "--as", ""], "needs a name", unchanged=[db])


@pytest.mark.parametrize("setting,message", [
    ("nope=1", "unknown lever 'nope'"), ("us_chips_incentives=151", "out of range"),
    ("us_chips_incentives=-1", "out of range"), ("e4_visa_quota=lots", "must be a number"),
    ("kr_fab_waiver=maybe", "one of denied, operate_only, veu"), ("export_control_scope=2.5", "integer from 0 to 4"),
    ("us_chips_incentives", "ID=VALUE"), ("=5", "ID=VALUE"), ("us_chips_incentives=nan", "out of range"),
    ("us_chips_incentives=inf", "out of range"), ("us_chips_incentives=", "must be a number"),
])
def test_save_with_bad_set(capsys, db, setting, message):
    assert_user_error(capsys, ["--db", db, "save", "Chips push", "--set", setting], message, unchanged=[db])
    assert_user_error(capsys, ["--db", db, "save", "Brand new", "--set", "e4_visa_quota=500", "--set", setting],
                      message, unchanged=[db])
    assert names_in(db) == ["<b>Green</b> & talent", "Chips push"]


@pytest.mark.parametrize("argv,message", [
    (["save", "X", "--tag", "t" * 41], "tag is at most"),
    (["save", "X"] + [a for i in range(31) for a in ("--tag", f"t{i}")], "at most 30 tags"),
    (["save", "X", "--notes", "n" * 20_001], "notes are at most"),
    (["save"], "required"), (["show"], "required"), (["export", "Chips push"], "required"),
    (["import"], "required"), (["delete"], "required"), (["list", "a", "b"], "unrecognized"),
    (["show", "Chips push", "--bogus"], "unrecognized"),
])
def test_other_usage_errors(capsys, db, argv, message):
    assert_user_error(capsys, ["--db", db, *argv], message, unchanged=[db])


BAD_FILES = {
    "missing": (None, "does not exist"),
    "folder": ("folder", "folder"),
    "not json": (b"{levers: 1", "not valid JSON"),
    "not utf-8": (b'{"name": "\xff"}', "not UTF-8"),
    "empty": (b"", "not valid JSON"),
    "list": (b"[]", "JSON object"),
    "unknown key": (b'{"format": "kuscenario", "version": 1, "name": "x", "evil": 1}', "evil"),
    "unknown lever": (b'{"format": "kuscenario", "version": 1, "name": "x", "levers": {"nope": 1}}', "nope"),
    "out of range": (b'{"format": "kuscenario", "version": 1, "name": "x", "levers": {"e4_visa_quota": 1e6}}',
                     "out of range"),
    "NaN": (b'{"format": "kuscenario", "version": 1, "name": "x", "levers": {"e4_visa_quota": NaN}}', "NaN"),
    "newer": (b'{"format": "kuscenario", "version": 3, "name": "x"}', "newer planner"),
    "wrong format": (b'{"format": "gpx", "version": 1, "name": "x"}', "not a planner scenario"),
    "oversize": (b" " * 1_000_001, "larger than"),
    "deep": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "deep small": (b'{"levers": ' * 5000 + b"1" + b"}" * 5000, "levers"),
}


@pytest.mark.parametrize("content,message", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_bad_scenario_files_on_import_and_save_from(capsys, db, tmp_path, content, message):
    file = tmp_path / "bad.kuscenario"
    if content == "folder":
        file.mkdir()
    elif content is not None:
        file.write_bytes(content)
    assert_user_error(capsys, ["--db", db, "import", file], message, unchanged=[db])
    assert_user_error(capsys, ["--db", db, "import", file, "--as", "Fresh"], message, unchanged=[db])
    assert_user_error(capsys, ["--db", db, "save", "Fresh", "--from", file], message, unchanged=[db])
    assert_user_error(capsys, ["--db", db, "run", file], message, unchanged=[db])


def test_export_to_missing_folder(capsys, db, tmp_path):
    assert_user_error(capsys, ["--db", db, "export", "Chips push", tmp_path / "no" / "such" / "x.kuscenario"],
                      "does not exist", unchanged=[db])
    assert_user_error(capsys, ["--db", db, "export", "Chips push", tmp_path], unchanged=[db])


@pytest.mark.parametrize("argv", [["save", "bad\udcffname"], ["save", "ok", "--tag", "bad\udcff"],
                                  ["save", "ok", "--notes", "bad\udcff"]],
                         ids=["name", "tag", "notes"])
def test_undecodable_command_line_text_is_refused(capsys, db, argv):
    """A command-line argument holding bytes that are not UTF-8 reaches Python as a lone surrogate
    ('\\udcff', surrogateescape): one `error:` line, never a UnicodeEncodeError traceback (as it once
    was), and the library unchanged."""
    assert_user_error(capsys, ["--db", db, *argv], unchanged=[db])


# --- a library file that is not a healthy library ----------------------------------------------------------------

def make_damaged(kind, tmp_path, healthy):
    path = tmp_path / f"{kind}.sqlite"
    if kind == "text":
        path.write_text("just some notes\n" * 50)
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.commit()
        conn.close()
    elif kind == "truncated":
        shutil.copyfile(healthy, path)
        with open(path, "r+b") as handle:
            handle.truncate(path.stat().st_size // 2)
    elif kind == "newer":
        shutil.copyfile(healthy, path)
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()
        conn.close()
        checkpoint(path)
    elif kind == "garbled":
        shutil.copyfile(healthy, path)
        with open(path, "r+b") as handle:
            page = int.from_bytes(handle.read(18)[16:18], "big")
            handle.seek(page)
            handle.write(b"\x5a" * (path.stat().st_size - page))
    return path


DAMAGED = {"text": "not a planner library", "empty": "empty file", "foreign": "another application",
           "truncated": "truncated", "newer": "newer planner", "garbled": "damaged"}


@pytest.mark.parametrize("kind", DAMAGED)
def test_every_verb_refuses_a_bad_library_file_and_leaves_it_untouched(capsys, sqlite_db, tmp_path, kind):
    bad = make_damaged(kind, tmp_path, sqlite_db)
    assert sidecars(bad) == set()
    file = tmp_path / "ok.kuscenario"
    write_scenario_file(file, Scenario(name="Incoming"))
    for verb in every_library_verb(tmp_path, file):
        for argv in (["--db", bad, *verb], [*verb, "--db", bad]):
            err = assert_user_error(capsys, argv, unchanged=[bad])
            if kind != "garbled":
                assert DAMAGED[kind] in err, err
    assert not (tmp_path / "e.kuscenario").exists() and not (tmp_path / "t.csv").exists()


def every_library_verb(tmp_path, file):
    return [["list"], ["list", "x", "--json"], ["show", "Chips push"], ["show", "Chips push", "--json"],
            ["save", "New"], ["save", "Chips push", "--set", "e4_visa_quota=500"], ["export", "Chips push", "-"],
            ["export", "Chips push", tmp_path / "e.kuscenario"], ["import", file], ["import", file, "--as", "Y"],
            ["delete", "Chips push"], ["run", "Chips push"], ["history", "Chips push"],
            ["table", "Chips push", "-o", tmp_path / "t.csv"]]


def test_bad_library_from_planner_db(capsys, tmp_path, monkeypatch, sqlite_db):
    bad = make_damaged("foreign", tmp_path, sqlite_db)
    monkeypatch.setenv("PLANNER_DB", str(bad))
    assert_user_error(capsys, ["list"], "another application", unchanged=[bad])
    assert_user_error(capsys, ["save", "X"], "another application", unchanged=[bad])


def test_library_path_is_a_folder(capsys, tmp_path):
    assert_user_error(capsys, ["--db", tmp_path, "list"], "is a folder")


# --- a team library that is not a healthy library of ours ---------------------------------------------------------

def make_unusable_team_library(kind, url):
    """A database that no verb may use or change: another application's, a newer planner's library,
    or a library someone added a table of their own to."""
    import psycopg

    if kind != "foreign":
        fill(url)
    with psycopg.connect(url, autocommit=True) as conn:
        if kind == "foreign":
            conn.execute("CREATE TABLE contacts (name text)")
            conn.execute("INSERT INTO contacts VALUES ('Kim')")
        elif kind == "newer":
            conn.execute(f"UPDATE planner.planner_library SET schema_version = {SCHEMA_VERSION + 1}")
        else:
            conn.execute("CREATE TABLE planner.extra (x integer)")
    return url


UNUSABLE_TEAM = {"foreign": "another application", "newer": "newer planner", "tampered": "contains a table 'extra'"}


@pytest.mark.parametrize("kind", UNUSABLE_TEAM)
def test_every_verb_refuses_a_team_library_not_ours_and_leaves_it_untouched(capsys, tmp_path, monkeypatch,
                                                                          new_library, kind):
    bad = make_unusable_team_library(kind, new_library("postgresql", kind))
    file = tmp_path / "ok.kuscenario"
    write_scenario_file(file, Scenario(name="Incoming"))
    for verb in every_library_verb(tmp_path, file):
        for argv in (["--db", bad, *verb], [*verb, "--db", bad]):
            err = assert_user_error(capsys, argv, UNUSABLE_TEAM[kind], unchanged=[bad])
            assert "postgresql://" in err
    monkeypatch.setenv("PLANNER_DB", bad)
    assert_user_error(capsys, ["list"], UNUSABLE_TEAM[kind], unchanged=[bad])
    assert_user_error(capsys, ["save", "X"], UNUSABLE_TEAM[kind], unchanged=[bad])
    assert not (tmp_path / "e.kuscenario").exists() and not (tmp_path / "t.csv").exists()
