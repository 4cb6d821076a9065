"""The library's schema is written twice: as SQLModel tables (what the ORM reads and writes) and as
the ordered raw-SQL migrations (what builds every real library). They must describe the same
tables: built each way in a fresh database, every table has the same PRAGMA table_info, indexes
and foreign keys (SQLite's full-text table aside: the ORM never maps it)."""

import sqlite3

import pytest
from sqlmodel import SQLModel, create_engine

from planner.store import Library
from planner.store.schema import MIGRATIONS, ScenarioRow, VersionRow  # noqa: F401 - registers the tables

PRAGMAS = ("table_info", "index_list", "foreign_key_list")


def describe(conn) -> dict:
    """The tables and their columns, indexes and keys; not SQLite's full-text table (a virtual table
    and its shadow tables, which the ORM never maps: the library reads and writes it in SQL)."""
    virtual = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")]
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%' ORDER BY name")
              if not any(r[0] == v or r[0].startswith(f"{v}_") for v in virtual)]
    out = {}
    for table in tables:
        out[table] = {pragma: [tuple(r) for r in conn.execute(f"PRAGMA {pragma}({table})")] for pragma in PRAGMAS}
        # which indexes, not the order they were created in (index_list numbers them newest first)
        out[table]["index_list"] = sorted(r[1:] for r in out[table]["index_list"])
        out[table]["index_columns"] = {
            index[1]: [tuple(r) for r in conn.execute(f"PRAGMA index_info({index[1]})")]
            for index in out[table]["index_list"]}
    return out


@pytest.fixture
def from_migrations():
    conn = sqlite3.connect(":memory:")
    for step in MIGRATIONS:
        for statement in step:
            conn.execute(statement)
    yield describe(conn)
    conn.close()


@pytest.fixture
def from_tables():
    engine = create_engine("sqlite://")
    SQLModel.metadata.create_all(engine)
    conn = engine.raw_connection()
    yield describe(conn)
    conn.close()
    engine.dispose()


def test_migrations_and_sqlmodel_tables_build_the_same_tables(from_migrations, from_tables):
    assert sorted(from_migrations) == sorted(from_tables) == sorted(SQLModel.metadata.tables)
    for table in from_migrations:
        for pragma in (*PRAGMAS, "index_columns"):
            assert from_migrations[table][pragma] == from_tables[table][pragma], (table, pragma)


def test_a_library_is_built_by_the_migrations(from_migrations, tmp_path):
    with Library(tmp_path / "lib.sqlite") as library:
        library.save  # noqa: B018 - opened and created
    conn = sqlite3.connect(tmp_path / "lib.sqlite")
    try:
        assert describe(conn) == from_migrations
    finally:
        conn.close()
