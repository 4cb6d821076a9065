"""Search and paging in SQL (planner/store/search.py), on both engines: a search finds exactly what
the old Python matcher found, on a randomised library full of hostile text; page() covers every row
once, in list()'s order; count() and index_of() agree; the search index follows renames, deletes,
undeletes and libraries migrated from every older version; a save reads one row, not all of them."""

import json
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from planner.scenario import Scenario
from planner.store import Library, LibraryError
from planner.store.schema import MIGRATIONS, SCHEMA_VERSION

FIXTURES = Path(__file__).parent / "fixtures"

# Pieces of names and tags: Korean, quotes, LIKE wildcards, backslash, emoji, casefolding's hard
# cases (ß → ss, final sigma, Ǆ, dotted İ), JSON punctuation.
PIECES = ["한미", "반도체", "협력", "chips", "CHIPS", "Chip", "'", '"', "%", "_", "\\", "\\\\", "🇰🇷", "🇺🇸", "😀",
          "Straße", "STRASSE", "ΣΊΣΥΦΟΣ", "σίσυφος", "Ǆ", "ǆ", "İstanbul", "i̇", "[", "]", ",", ":", "{", "}",
          "a", "b", "ab", "x", " ", "-", "100%", "a_b", "ÉNERGIE", "énergie", "ﬁ", "fi"]


def old_matcher(summaries, search):
    """What Library.list(search) found before search moved into SQL (its code, on the listing)."""
    needle = search.strip().casefold()
    found = [s for s in summaries
             if not needle or needle in s.name.casefold() or any(needle in t.casefold() for t in s.tags)]
    return sorted(found, key=lambda s: (s.name.casefold(), s.name))


def random_text(rng, pieces=(1, 4)):
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(*pieces))).strip()


def random_library(library, rng, count=120):
    names = set()
    while len(names) < count:
        name = random_text(rng, (1, 5))
        if name and name not in names:
            names.add(name)
            tags = tuple(t for t in (random_text(rng, (1, 3)) for _ in range(rng.randint(0, 3))) if t)
            library.save(Scenario(name=name, tags=tags))
    return names


def searches(rng, names):
    """Every piece alone, slices of stored names (1 to 8 characters), and random texts."""
    out = set(PIECES) | {"", "   ", "  ab  ", "\n", 'a", "b', "\x00"}
    for name in sorted(names):
        start = rng.randrange(len(name))
        out.add(name[start:start + rng.randint(1, 8)])
    out |= {random_text(rng, (1, 3)) for _ in range(60)}
    return sorted(out)


@pytest.fixture
def library(library_url):
    with Library(library_url) as lib:
        yield lib


def test_search_in_sql_finds_exactly_what_the_python_matcher_found(library):
    rng = random.Random(16)
    names = random_library(library, rng)
    everything = library.list()
    assert len(everything) == len(names) == library.count()
    assert everything == old_matcher(everything, "")
    for search in searches(rng, names):
        expected = old_matcher(everything, search)
        assert library.list(search) == expected, repr(search)
        assert library.count(search) == len(expected), repr(search)


def test_the_search_index_follows_every_write(library):
    rng = random.Random(5)
    names = sorted(random_library(library, rng, count=40))
    for i, name in enumerate(names[:10]):
        library.rename(name, f"renamed 한미 {i} {name}")
    for name in names[10:20]:
        library.save(Scenario(name=name, tags=("retagged Straße",)))
    deleted = [library.delete(name) for name in names[20:30]]
    for snapshot in deleted[:5]:
        library.undelete(snapshot)
    library.duplicate(names[30], "copy of ΣΊΣΥΦΟΣ")
    everything = library.list()
    for search in ["renamed", "한미 1", "strasse", "STRASSE", "σίσυφοσ", "ab", "a", "%", *names]:
        assert library.list(search) == old_matcher(everything, search), repr(search)
        assert library.count(search) == len(old_matcher(everything, search)), repr(search)
    assert library.integrity_check() == "ok"


@pytest.mark.parametrize("search", ["", "a", "ab", "chips", "한미", "%", "no such text"])
def test_pages_cover_every_row_once_in_order(library, search):
    rng = random.Random(7)
    random_library(library, rng, count=90)
    whole = library.list(search)
    assert library.count(search) == len(whole)
    for size in (1, 7, 25, 200):
        by_offset = [s for offset in range(0, len(whole) + size, size) for s in library.page(search, offset, size)]
        assert by_offset == whole, size
        by_key, after = [], None
        while True:
            rows = library.page(search, limit=size, after=after)
            if not rows:
                break
            by_key += rows
            after = rows[-1].name
        assert by_key == whole, size
    assert library.page(search, offset=len(whole)) == [] and library.page(search, limit=0) == []
    assert library.page(search, offset=3, limit=None) == whole[3:]
    for position, summary in enumerate(whole):
        assert library.index_of(summary.name, search) == position
    assert library.index_of("no scenario is called this", search) is None


def test_a_name_between_rows_pages_after_where_it_would_be(library):
    for name in ("alpha", "Beta", "beta", "gamma"):
        library.save(Scenario(name=name))
    assert [s.name for s in library.page(after="b")] == ["Beta", "beta", "gamma"]
    assert [s.name for s in library.page(after="Beta")] == ["beta", "gamma"]
    assert [s.name for s in library.page(after="zzz")] == []
    assert library.index_of("beta", "ET") == 1 and library.index_of("alpha", "ET") is None


def test_a_save_reads_and_writes_one_row(library):
    for i in range(30):
        library.save(Scenario(name=f"scenario {i}", tags=("t",)))
    statements = []

    def record(_conn, _cursor, statement, *_):
        statements.append(" ".join(statement.split()))
    event.listen(library.engine, "before_cursor_execute", record)
    try:
        library.save(Scenario(name="scenario 3", notes="changed", tags=("new tag",)))
        library.save(Scenario(name="a new one"))
    finally:
        event.remove(library.engine, "before_cursor_execute", record)
    reads = [s for s in statements if s.upper().startswith("SELECT") and "FROM SCENARIO" in s.upper()]
    assert reads and all("WHERE" in s.upper() for s in reads), reads
    assert all("WHERE" in s.upper() or s.upper().startswith("INSERT") for s in statements
               if s.upper().startswith(("UPDATE", "DELETE"))), statements
    assert library.list("new tag")[0].name == "scenario 3" and library.list("new one")[0].name == "a new one"


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_a_migrated_library_is_searched_by_its_casefolded_text(tmp_path, version):
    path = tmp_path / "library.sqlite"
    shutil.copyfile(FIXTURES / f"library-v{version}.sqlite", path)
    with Library(path) as lib:
        everything = lib.list()
        assert lib.count() == len(everything) >= 5
        for search in ("한미", "CHIPS", "chips", "<b>", "export", "a", "(", "\\", '"', "strasse", "ǆ", "σίσυφοσ", "%"):
            assert lib.list(search) == old_matcher(everything, search), (version, search)
        if version == 3:
            assert [s.name for s in lib.list("strasse")] == ["STRASSE Ǆ — Straße"]
            assert [s.name for s in lib.list("σίσυφος")] == ["STRASSE Ǆ — Straße"]
            assert [s.name for s in lib.list("100% \\")] == ["STRASSE Ǆ — Straße"]
        assert lib.integrity_check() == "ok"


def test_an_older_team_library_is_searched_after_its_migration(pg_database):
    from test_postgres import build_old

    build_old(pg_database, 3, scenarios=("Straße 한미", "ΣΊΣΥΦΟΣ", "plain"))
    with Library(pg_database) as lib:
        assert [s.name for s in lib.list("STRASSE")] == ["Straße 한미"]
        assert [s.name for s in lib.list("σίσυφοσ")] == ["ΣΊΣΥΦΟΣ"]
        assert [s.name for s in lib.list("한")] == ["Straße 한미"]
        assert lib.count("a") == 2 and lib.integrity_check() == "ok"


def test_a_library_with_its_search_table_redefined_is_refused(tmp_path):
    """The full-text table is part of the exact schema: declared otherwise, the library is not opened."""
    path = tmp_path / "library.sqlite"
    with Library(path) as lib:
        lib.save(Scenario(name="Alpha"))
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("DROP TABLE scenario_search")
            conn.execute("CREATE VIRTUAL TABLE scenario_search USING fts5 (name, tags)")
    finally:
        conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError) as info:
        Library(path)
    assert info.value.kind == "tampered"
    assert path.read_bytes() == before


def test_the_search_step_is_in_the_history_and_builds_no_trigger():
    script = [statement for step in MIGRATIONS for statement in step]
    assert any("fts5" in statement and "trigram" in statement for statement in script)
    assert not any("TRIGGER" in statement.upper() for statement in script)
    assert json.loads("[]") == []


def test_a_team_library_without_trigram_indexes_searches_the_same(pg_database):
    """Where pg_trgm cannot be had (a login that may not install it), the library has no trigram
    indexes: it opens and searches the same, by scanning its casefolded columns."""
    import psycopg

    from planner.store import postgres

    with Library(pg_database) as lib:
        rng = random.Random(3)
        names = random_library(lib, rng, count=40)
        everything = lib.list()
    with psycopg.connect(pg_database, autocommit=True) as conn:
        for name in postgres.TRIGRAM_INDEXES:
            conn.execute(f"DROP INDEX planner.{name}")
    with Library(pg_database) as lib:
        for search in searches(rng, names)[:40]:
            assert lib.list(search) == old_matcher(everything, search), repr(search)
        assert lib.integrity_check() == "ok"
    with psycopg.connect(pg_database, autocommit=True) as conn:     # one on another column is not ours
        conn.execute("CREATE INDEX ix_scenario_search_name_trgm ON planner.scenario USING gin "
                     "(notes public.gin_trgm_ops)")
    with pytest.raises(LibraryError) as info:
        Library(pg_database)
    assert info.value.kind == "tampered"
