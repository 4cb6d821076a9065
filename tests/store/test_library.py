"""The scenario library: CRUD, history, undo of delete, search, hostile text, bad files, two writers."""

import os
import shutil
import sqlite3
import threading

import pytest

from planner.scenario import Scenario, ScenarioError
from planner.store import Library, LibraryError, check_library_file
from planner.store.schema import APPLICATION_ID, SCHEMA_VERSION

from storehelp import checkpoint, sha256, sidecars


def content(scenario: Scenario):
    return (scenario.name, scenario.notes, scenario.tags, dict(scenario.levers), dict(scenario.assumptions))


def state(library: Library):
    """Everything a user can see of a library, in comparable form."""
    out = {}
    for summary in library.list():
        stored = library.get(summary.name)
        out[summary.name] = (content(stored.scenario), stored.created, stored.modified, stored.model_version,
                             summary.tags, summary.notes, summary.modified,
                             [(v.id, v.saved, v.model_version, content(v.scenario))
                              for v in library.history(summary.name)])
    return out


@pytest.fixture
def library(library_url):
    """A fresh library on each engine (tests/store/conftest.py)."""
    with Library(library_url) as lib:
        yield lib


# --- CRUD and history -------------------------------------------------------------------------------------------

def test_new_library_is_empty_and_marked_as_ours(tmp_path):
    path = tmp_path / "sub" / "folder" / "new.sqlite"
    with Library(path) as lib:
        assert lib.count() == 0 and lib.list() == [] and lib.integrity_check() == "ok"
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        conn.close()
    assert check_library_file(path) == SCHEMA_VERSION


def test_save_get_exists_count_list(library):
    a = Scenario(name="Chips push", notes="more fabs", tags=("chips", "us")).with_levers(
        us_chips_incentives=80, kr_fab_waiver=0, export_control_scope=3).with_assumptions(control_leakage=0.4)
    b = Scenario(name="alpha")
    stored = library.save(a)
    library.save(b)
    assert stored.scenario.same_content(a)
    assert stored.created == stored.modified
    assert library.exists("Chips push") and library.exists("alpha") and not library.exists("chips push")
    assert library.count() == 2
    assert [s.name for s in library.list()] == ["alpha", "Chips push"]     # by name, case-insensitively
    got = library.get("Chips push")
    assert got.scenario.same_content(a)
    assert got.scenario.levers["us_chips_incentives"] == 80.0 and got.scenario.levers["kr_fab_waiver"] == 0.0
    assert dict(got.scenario.assumptions) == {"control_leakage": 0.4}
    summary = library.list()[1]
    assert (summary.tags, summary.notes, summary.modified) == (("chips", "us"), "more fabs", got.modified)


def test_saving_again_updates_and_appends_history_newest_first(library):
    first = library.save(Scenario(name="S", notes="v1"))
    library.save(Scenario(name="S", notes="v2").with_levers(us_chips_incentives=10))
    library.save(Scenario(name="S", notes="v3", tags=("x",)))
    assert library.count() == 1
    current = library.get("S")
    assert current.scenario.notes == "v3" and current.created == first.created
    assert current.modified > first.modified
    history = library.history("S")
    assert [v.scenario.notes for v in history] == ["v3", "v2", "v1"]
    assert [v.id for v in history] == sorted((v.id for v in history), reverse=True)
    assert history[1].scenario.levers["us_chips_incentives"] == 10
    assert history[0].saved == current.modified


def test_restore_version_makes_old_content_current_and_keeps_everything(library):
    library.save(Scenario(name="S", notes="old").with_levers(e4_visa_quota=15000))
    library.save(Scenario(name="S", notes="new"))
    old = library.history("S")[-1]
    restored = library.restore_version("S", old.id)
    assert restored.scenario.same_content(old.scenario)
    assert library.get("S").scenario.same_content(old.scenario)
    assert [v.scenario.notes for v in library.history("S")] == ["old", "new", "old"]


def test_restore_version_of_another_scenario_is_refused(library):
    library.save(Scenario(name="A"))
    library.save(Scenario(name="B"))
    other = library.history("B")[0].id
    before = state(library)
    with pytest.raises(LibraryError) as info:
        library.restore_version("A", other)
    assert info.value.kind == "missing"
    with pytest.raises(LibraryError) as info:
        library.restore_version("A", 10_000)
    assert info.value.kind == "missing"
    assert state(library) == before


@pytest.mark.parametrize("call", [
    lambda lib: lib.get("nope"), lambda lib: lib.history("nope"), lambda lib: lib.delete("nope"),
    lambda lib: lib.rename("nope", "new"), lambda lib: lib.duplicate("nope", "new"),
    lambda lib: lib.restore_version("nope", 1)], ids=["get", "history", "delete", "rename", "duplicate", "restore"])
def test_missing_name(library, call):
    library.save(Scenario(name="present"))
    before = state(library)
    with pytest.raises(LibraryError) as info:
        call(library)
    assert info.value.kind == "missing"
    assert state(library) == before


def test_rename_moves_scenario_and_history(library):
    library.save(Scenario(name="Old", notes="1"))
    library.save(Scenario(name="Old", notes="2"))
    library.rename("Old", "  New  ")
    assert not library.exists("Old") and library.exists("New")
    assert library.get("New").scenario.name == "New" and library.get("New").scenario.notes == "2"
    assert [v.scenario.notes for v in library.history("New")] == ["2", "1"]


def test_duplicate_copies_content_with_fresh_history(library):
    library.save(Scenario(name="Src", notes="draft", tags=("a", "b")).with_levers(kr_chips_tax_credit=33)
                 .with_assumptions(e4_uptake=0.9))
    library.save(Scenario(name="Src", notes="n", tags=("a", "b")).with_levers(kr_chips_tax_credit=33)
                 .with_assumptions(e4_uptake=0.9))
    copy = library.duplicate("Src", "Copy")
    assert copy.scenario.same_content(library.get("Src").scenario.renamed("Copy"))
    assert len(library.history("Copy")) == 1 and len(library.history("Src")) == 2


@pytest.mark.parametrize("verb", ["rename", "duplicate"])
def test_rename_or_duplicate_onto_existing_name_changes_nothing(library, verb):
    library.save(Scenario(name="A", notes="a"))
    library.save(Scenario(name="B", notes="b"))
    library.save(Scenario(name="B", notes="b2"))
    before = state(library)
    for target in ("B", " B ", "A"):
        with pytest.raises(LibraryError) as info:
            getattr(library, verb)("A", target)
        assert info.value.kind == "exists"
        assert state(library) == before


@pytest.mark.parametrize("verb", ["rename", "duplicate"])
@pytest.mark.parametrize("bad", ["", "   ", "x" * 201, "a\x00b"])
def test_rename_or_duplicate_to_bad_name(library, verb, bad):
    library.save(Scenario(name="A"))
    before = state(library)
    with pytest.raises(LibraryError) as info:
        getattr(library, verb)("A", bad)
    assert info.value.kind == "bad_name"
    assert state(library) == before


def test_delete_then_undelete_restores_scenario_and_whole_history_exactly(library):
    library.save(Scenario(name="Keep"))
    for i in range(4):
        library.save(Scenario(name="Doomed", notes=f"v{i}", tags=(f"t{i}",)).with_levers(us_chips_incentives=i))
        library.save(Scenario(name="Keep", notes=f"k{i}"))
    library.rename("Doomed", "Doomed!")
    before = state(library)
    snapshot = library.delete("Doomed!")
    assert not library.exists("Doomed!") and library.count() == 1
    assert len(snapshot.versions) == 4
    library.undelete(snapshot)
    assert state(library) == before
    assert library.integrity_check() == "ok"


def test_undelete_after_another_scenario_was_created(library):
    """Delete, create something else, then undo the delete: the deleted scenario must come back.

    BUG (planner/store/library.py, undelete): scenario and version rows are re-inserted with their old
    ids, but SQLite reuses the largest freed rowid (INTEGER PRIMARY KEY without AUTOINCREMENT), so the
    new scenario took the deleted one's id and undo fails with a false "already exists".
    """
    library.save(Scenario(name="A"))
    library.save(Scenario(name="B", notes="precious"))
    library.save(Scenario(name="B", notes="precious 2"))
    history_before = [(v.saved, content(v.scenario)) for v in library.history("B")]
    snapshot = library.delete("B")
    library.save(Scenario(name="C"))
    library.undelete(snapshot)
    assert library.get("B").scenario.notes == "precious 2"
    assert [(v.saved, content(v.scenario)) for v in library.history("B")] == history_before
    assert library.exists("C") and library.integrity_check() == "ok"


def test_undelete_onto_a_name_taken_meanwhile_is_refused_and_changes_nothing(library):
    library.save(Scenario(name="A", notes="first"))
    snapshot = library.delete("A")
    library.save(Scenario(name="Z"))
    library.save(Scenario(name="A", notes="second"))
    before = state(library)
    with pytest.raises(LibraryError) as info:
        library.undelete(snapshot)
    assert info.value.kind == "exists"
    assert state(library) == before


# --- search ------------------------------------------------------------------------------------------------------

def names(library, search):
    return [s.name for s in library.list(search)]


def test_search_is_case_insensitive_over_names_and_tags(library):
    library.save(Scenario(name="Resilience first"))
    library.save(Scenario(name="Other", tags=("supply", "RESILIENT grid")))
    library.save(Scenario(name="Unrelated", tags=("energy",)))
    for query in ("resil", "RESIL", "ReSiL", "  resil  "):
        assert names(library, query) == ["Other", "Resilience first"], query
    assert names(library, "GRID") == ["Other"]
    assert names(library, "first") == ["Resilience first"]
    assert names(library, "nothing like it") == []
    assert names(library, "") == names(library, "   ") == ["Other", "Resilience first", "Unrelated"]


def test_search_treats_like_wildcards_and_backslash_literally(library):
    for name in ("100% chips", "100 chips", "a_b", "axb", "back\\slash", "backslash", "x%_\\y"):
        library.save(Scenario(name=name))
    library.save(Scenario(name="tagged", tags=("50%",)))
    assert names(library, "%") == ["100% chips", "tagged", "x%_\\y"]
    assert names(library, "_") == ["a_b", "x%_\\y"]
    assert names(library, "\\") == ["back\\slash", "x%_\\y"]
    assert names(library, "0% c") == ["100% chips"]
    assert names(library, "a_b") == ["a_b"]
    assert names(library, "%_\\") == ["x%_\\y"]
    assert names(library, "\\\\") == []


def test_search_for_an_exact_non_ascii_name_finds_it(library):
    """BUG (planner/store/library.py, list): the search text is lowered by Python (`str.lower`) but the
    column by SQLite's `lower()`, which only folds ASCII, and LIKE only ignores ASCII case. So
    "ÉNERGIE" is lowered to "énergie" while the name stays "Énergie…" in SQL: searching for a name
    exactly as written does not find it."""
    library.save(Scenario(name="ÉNERGIE 2030"))
    library.save(Scenario(name="Ωmega", tags=("ÜBER",)))
    assert names(library, "ÉNERGIE") == ["ÉNERGIE 2030"]
    assert names(library, "énergie") == ["ÉNERGIE 2030"]
    assert names(library, "ωMEGA") == ["Ωmega"]
    assert names(library, "über") == ["Ωmega"]


def test_search_matches_tag_text_not_its_json_encoding(library):
    """BUG (planner/store/library.py, list): tags are matched as their stored JSON text
    ('["a", "b"]'), so JSON punctuation matches every scenario ('[' matches all of them) and a tag
    holding a quote or a backslash cannot be found by its own text (it is stored escaped)."""
    library.save(Scenario(name="plain"))
    library.save(Scenario(name="two tags", tags=("alpha", "beta")))
    library.save(Scenario(name="quoted", tags=('say "hi"', "C:\\temp")))
    assert names(library, "[") == []
    assert names(library, ",") == []
    assert names(library, 'a", "b') == []
    assert names(library, 'say "hi"') == ["quoted"]
    assert names(library, "C:\\temp") == ["quoted"]


# --- hostile text --------------------------------------------------------------------------------------------------

# Legal but hostile: markup, SQL, escapes a renderer might act on. Names and tags refuse control
# characters, bidi overrides and line separators (planner/text.py); notes keep newlines and tabs.
HOSTILE_NAMES = ["<b>x</b>", "<img src=x onerror=alert(1)>", "'; DROP TABLE scenario; --", "zero\u200bwidth",
                 "emoji 🇰🇷🇺🇸", "한미 시나리오", "%_\\", "&amp; &lt;", "=HYPERLINK(\"x\")", "US/Korea"]
REFUSED_NAMES = ["a\x01b\x02c\x7fd", "tab\there", "line\nbreak", "\x1b[31mred\x1b[0m", "RTL \u202eevil",
                 "para\u2028graph", "nul\x00"]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_text_round_trips_unchanged(library, name):
    notes = f"<script>alert('{name}')</script>\n\t<img src=x>\nline two"
    tags = ("<b>x</b>", "<img src=x>", "=1+1", name[:40])
    scenario = Scenario(name=name, notes=notes, tags=tags)
    assert scenario.name == name and scenario.notes == notes     # nothing stripped from the middle
    library.save(scenario)
    library.save(scenario)
    assert library.get(name).scenario.same_content(scenario)
    assert all(v.scenario.same_content(scenario) for v in library.history(name))
    [summary] = [s for s in library.list() if s.name == name]
    assert summary.notes == notes and summary.tags == scenario.tags
    library.rename(name, name + "<i>2</i>")
    assert library.get(name + "<i>2</i>").scenario.notes == notes


@pytest.mark.parametrize("name", REFUSED_NAMES)
def test_invisible_characters_are_refused_before_the_library(library, name):
    library.save(Scenario(name="kept"))
    with pytest.raises(ScenarioError, match="invisible character U\\+"):
        library.save(Scenario(name=name))
    with pytest.raises(ScenarioError, match="invisible character"):
        Scenario(name="ok", tags=(name,))
    with pytest.raises(ScenarioError, match="invisible character"):
        Scenario(name="ok", notes=name.replace("\t", "\x00").replace("\n", "\x00"))
    with pytest.raises(LibraryError, match="invisible character"):
        library.rename("kept", name)
    assert [s.name for s in library.list()] == ["kept"]


def test_memory_library(tmp_path):
    before = set(os.listdir(tmp_path))
    with Library(":memory:") as lib:
        lib.save(Scenario(name="m", notes="in memory"))
        lib.save(Scenario(name="m", notes="again"))
        assert lib.count() == 1 and names(lib, "M") == ["m"]
        assert [v.scenario.notes for v in lib.history("m")] == ["again", "in memory"]
        snapshot = lib.delete("m")
        lib.undelete(snapshot)
        assert lib.get("m").scenario.notes == "again"
        assert lib.integrity_check() == "ok"
    with Library(":memory:") as fresh:
        assert fresh.count() == 0       # each one is its own throwaway library
    assert set(os.listdir(tmp_path)) == before and not os.path.exists(":memory:")


# --- bad library files ----------------------------------------------------------------------------------------------

def _sqlite_file(path, *statements):
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def make_text(path, _lib):
    path.write_text("name,levers\nBaseline,{}\n" * 20)


def make_random(path, _lib):
    path.write_bytes(bytes(range(256)) * 20)


def make_header_only(path, _lib):
    path.write_bytes(b"SQLite format 3\x00")


def make_zero(path, _lib):
    path.write_bytes(b"")


def make_foreign_no_id(path, _lib):
    _sqlite_file(path, "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)",
                 "INSERT INTO contacts (name) VALUES ('Kim')")


def make_foreign_other_id(path, _lib):
    _sqlite_file(path, "PRAGMA application_id = 1196444237",   # 'GPKG', a GeoPackage
                 "CREATE TABLE features (id INTEGER PRIMARY KEY)")


def make_foreign_other_id_empty(path, _lib):
    _sqlite_file(path, "PRAGMA application_id = 12345")


def make_truncated(path, lib):
    shutil.copyfile(lib, path)
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def make_newer(path, lib):
    shutil.copyfile(lib, path)
    _sqlite_file(path, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    checkpoint(path)


def make_much_newer(path, lib):
    shutil.copyfile(lib, path)
    _sqlite_file(path, "PRAGMA user_version = 2000000000")
    checkpoint(path)


BAD_FILES = {
    "text file": (make_text, "not_library"),
    "random bytes": (make_random, "not_library"),
    "bare SQLite magic": (make_header_only, "not_library"),
    "zero bytes": (make_zero, "not_library"),
    "other app, no application_id": (make_foreign_no_id, "foreign"),
    "other app, other application_id": (make_foreign_other_id, "foreign"),
    "empty db, other application_id": (make_foreign_other_id_empty, "foreign"),
    "truncated library": (make_truncated, "damaged"),
    "newer library": (make_newer, "newer"),
    "much newer library": (make_much_newer, "newer"),
}


@pytest.mark.parametrize("make,kind", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_bad_library_file_refused_and_untouched(tmp_path, closed_library, make, kind):
    good = closed_library("good.sqlite")
    path = tmp_path / "bad.sqlite"
    make(path, good)
    assert sidecars(path) == set()
    digest = sha256(path)
    for attempt in range(2):     # refusing twice is still refusing: the first attempt changed nothing
        with pytest.raises(LibraryError) as info:
            Library(path)
        assert info.value.kind == kind, str(info.value)
        assert str(path) in str(info.value)
        assert sha256(path) == digest
        assert sidecars(path) == set()


def test_folder_is_not_a_library(tmp_path):
    with pytest.raises(LibraryError) as info:
        Library(tmp_path)
    assert info.value.kind == "not_library"


def test_foreign_wal_database_is_refused_without_leaving_wal_files(tmp_path):
    """BUG (planner/store/library.py, check_library_file): the read-only sqlite3 connection that counts
    tables in an application_id-0 file creates `-wal`/`-shm` files next to another application's
    WAL-mode database and leaves them there, although the file is refused as "left untouched"."""
    path = tmp_path / "other.sqlite"
    _sqlite_file(path, "PRAGMA journal_mode = WAL", "CREATE TABLE t (x)", "INSERT INTO t VALUES (1)")
    assert sidecars(path) == set()
    digest = sha256(path)
    with pytest.raises(LibraryError) as info:
        Library(path)
    assert info.value.kind == "foreign"
    assert sha256(path) == digest
    assert sidecars(path) == set()


@pytest.mark.parametrize("folder", ["C# projects", "what?", "100%25 sure"])
def test_foreign_database_in_a_folder_with_uri_characters_is_refused_and_untouched(tmp_path, folder):
    """BUG (planner/store/library.py, check_library_file): the path is pasted unquoted into an SQLite
    URI (`f"file:{path}?mode=ro"`), so '#' or '?' in a folder name cuts the path: SQLite opens (and
    creates, read-write) a different file, finds no tables there, and the foreign database is then
    taken over as a library (our tables are added to it)."""
    where = tmp_path / folder
    where.mkdir()
    path = where / "other.sqlite"
    make_foreign_no_id(path, None)
    digest, listing = sha256(path), sorted(os.listdir(tmp_path))
    with pytest.raises(LibraryError) as info:
        Library(path).close()
    assert info.value.kind == "foreign"
    assert sha256(path) == digest
    assert sorted(os.listdir(tmp_path)) == listing and sorted(os.listdir(where)) == ["other.sqlite"]


def test_empty_sqlite_file_without_our_mark_becomes_a_library(tmp_path):
    path = tmp_path / "empty.sqlite"
    _sqlite_file(path, "CREATE TABLE t (x)", "DROP TABLE t")      # a valid SQLite file with no tables
    assert path.stat().st_size > 0
    with Library(path) as lib:
        lib.save(Scenario(name="first"))
    assert check_library_file(path) == SCHEMA_VERSION


def test_damaged_pages_are_reported_as_damaged(tmp_path, closed_library):
    path = closed_library("lib.sqlite", scenarios=[f"s{i}" for i in range(40)])
    with open(path, "r+b") as handle:
        page_size = int.from_bytes(handle.read(18)[16:18], "big")
        size = path.stat().st_size
        handle.seek(page_size)                       # keep the header page, garble every other page
        handle.write(b"\xa5" * (size - page_size))
    digest = sha256(path)
    with pytest.raises(LibraryError) as info:
        with Library(path) as lib:
            lib.list()
            lib.get("s1")
    assert info.value.kind == "damaged"
    assert sha256(path) == digest


# --- two copies of the app on one library ---------------------------------------------------------------------------

def test_second_library_object_opens_a_library_another_one_just_created(tmp_path):
    """BUG (planner/store/library.py, check_library_file): a new library is created in WAL mode and its
    application_id / user_version live in the -wal file until the first checkpoint. The header check
    reads only the main file, sees application_id 0 plus tables, and refuses the planner's own library
    as "another application's SQLite database" — for a second copy of the app, and after a crash
    (tests/store/test_crash_loop.py::test_library_killed_right_after_creation_can_be_opened)."""
    path = tmp_path / "shared.sqlite"
    first = Library(path)
    try:
        first.save(Scenario(name="from first"))
        with Library(path) as second:
            assert second.exists("from first")
            second.save(Scenario(name="from second"))
        assert first.exists("from second")
    finally:
        first.close()


def test_two_libraries_saving_interleaved_lose_nothing(tmp_path, closed_library):
    path = closed_library("shared.sqlite", scenarios=["seed"])
    rounds = 100            # per thread: 100 saves to its own names + 100 to the shared name = 200 saves
    libraries = [Library(path), Library(path)]
    errors, start = [], threading.Barrier(2)

    def work(k):
        lib = libraries[k]
        try:
            start.wait()
            for i in range(rounds):
                lib.save(Scenario(name=f"w{k}-{i:03d}", notes=f"{k}/{i}").with_levers(e4_visa_quota=500 * (i % 60)))
                lib.save(Scenario(name="shared", notes=f"{k}/{i}").with_levers(us_chips_incentives=i))
        except BaseException as exc:   # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in (0, 1)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not any(t.is_alive() for t in threads)
        assert errors == []
    finally:
        for lib in libraries:
            lib.close()
    with Library(path) as lib:
        expected = {"seed", "shared"} | {f"w{k}-{i:03d}" for k in (0, 1) for i in range(rounds)}
        assert {s.name for s in lib.list()} == expected
        assert lib.count() == len(expected)
        for k in (0, 1):
            for i in (0, rounds // 2, rounds - 1):
                assert lib.get(f"w{k}-{i:03d}").scenario.notes == f"{k}/{i}"
        history = lib.history("shared")
        notes = [v.scenario.notes for v in reversed(history)]          # oldest first
        assert sorted(notes) == sorted(f"{k}/{i}" for k in (0, 1) for i in range(rounds))
        for k in (0, 1):     # each writer's saves appear in the order it made them
            assert [n for n in notes if n.startswith(f"{k}/")] == [f"{k}/{i}" for i in range(rounds)]
        assert lib.get("shared").scenario.same_content(history[0].scenario)
        assert lib.integrity_check() == "ok"
