"""The library's tables (SQLModel) and the ordered migrations that build them.

Each migration is a list of SQL statements taking the schema from version N-1
to N. They run in one transaction after a backup (library.py). Append new
steps; never edit a released one — tests/store/test_migrations.py opens a
library of every older version.

One history, two engines: MIGRATIONS is written in SQLite's SQL (and is what the SQLite exact-schema
check replays); POSTGRES_MIGRATIONS holds the same numbered steps in PostgreSQL's SQL (an identity
column where SQLite has its rowid). The PostgreSQL check (postgres.py) derives what each version must
hold from MIGRATIONS, so the two lists cannot drift apart unnoticed: a library a PostgreSQL step builds
is checked against what the SQLite step of the same number builds (tests/store/test_postgres.py).
"""

from __future__ import annotations

from sqlalchemy import FetchedValue, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

# "KUSP" as a big-endian int: PRAGMA application_id marks the file as ours.
APPLICATION_ID = int.from_bytes(b"KUSP", "big")


def _text(default: str):
    """A TEXT NOT NULL column with this default in the table itself, as the migrations write it."""
    return Field(default=default, sa_type=Text, sa_column_kwargs={"server_default": default})


def _id():
    """INTEGER PRIMARY KEY, SQLite's rowid (the migrations do not write NOT NULL); the database
    gives its value (FetchedValue: rendered nowhere in DDL, but tells SQLAlchemy the column has a
    default, which a nullable primary key needs when several rows are inserted in one statement)."""
    return Field(default=None, primary_key=True,
                 sa_column_kwargs={"nullable": True, "server_default": FetchedValue()})


# The tables as the ORM sees them. They declare the same columns, in the same order, with the same
# types, defaults, keys and indexes as MIGRATIONS build (tests/store/test_schema.py compares the two
# with PRAGMA table_info): the library is always built by the migrations, never by create_all().
class ScenarioRow(SQLModel, table=True):
    __tablename__ = "scenario"
    __table_args__ = (UniqueConstraint("name"), Index("ix_scenario_search_name", "search_name", "name"),
                      Index("ix_scenario_search_scan", "search_name", "name", "search_tags"))

    id: int | None = _id()
    name: str = Field(sa_type=Text, index=True)
    notes: str = _text("")
    levers: str = _text("{}")          # JSON object id -> value
    assumptions: str = _text("{}")     # JSON object id -> value
    model_version: str = _text("")
    created: str = _text("")           # ISO 8601, UTC
    modified: str = _text("")
    tags: str = _text("[]")            # JSON list (added by migration 2)
    # What search and ordering read (migration 4), written by the library with every write of the row:
    # the name casefolded (Python's str.casefold: SQL's lower() folds only ASCII), and the tags
    # casefolded, one a line (a tag holds no control character). See library.search_fields.
    search_name: str = _text("")
    search_tags: str = _text("")


class VersionRow(SQLModel, table=True):
    """Every save of a scenario, newest last: the history a user can restore."""

    __tablename__ = "scenario_version"

    id: int | None = _id()
    scenario_id: int = Field(foreign_key="scenario.id", index=True, ondelete="CASCADE")
    saved: str = _text("")
    name: str = _text("")
    notes: str = _text("")
    tags: str = _text("[]")
    levers: str = _text("{}")
    assumptions: str = _text("{}")
    model_version: str = _text("")
    saved_by: str = _text("")          # who saved it: a display name (added by migration 3)


MIGRATIONS: list[list[str]] = [
    # 1: scenarios only (the first release).
    [
        """CREATE TABLE scenario (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            notes TEXT NOT NULL DEFAULT '',
            levers TEXT NOT NULL DEFAULT '{}',
            assumptions TEXT NOT NULL DEFAULT '{}',
            model_version TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL DEFAULT '',
            modified TEXT NOT NULL DEFAULT ''
        )""",
    ],
    # 2: tags and a history of saved versions; the current state of each scenario
    #    becomes its first version.
    [
        "ALTER TABLE scenario ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'",
        "CREATE INDEX IF NOT EXISTS ix_scenario_name ON scenario (name)",
        """CREATE TABLE scenario_version (
            id INTEGER PRIMARY KEY,
            scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
            saved TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            levers TEXT NOT NULL DEFAULT '{}',
            assumptions TEXT NOT NULL DEFAULT '{}',
            model_version TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX ix_scenario_version_scenario_id ON scenario_version (scenario_id)",
        """INSERT INTO scenario_version (scenario_id, saved, name, notes, tags, levers, assumptions, model_version)
           SELECT id, modified, name, notes, tags, levers, assumptions, model_version FROM scenario""",
    ],
    # 3: who saved each version (a display name; '' for versions saved before).
    [
        "ALTER TABLE scenario_version ADD COLUMN saved_by TEXT NOT NULL DEFAULT ''",
    ],
    # 4: search and paging in SQL. The casefolded copies of name and tags (filled for existing rows
    #    by the library in the same transaction: SEARCH_FILLED_BY), ordered by an index, and a
    #    full-text index of their trigrams (FTS5 with its own copy of the text, so a row is taken
    #    out by its id alone; case_sensitive 1: the text is casefolded already, folded once only).
    #    The library keeps it in step with every write: no trigger (a library holds none).
    [
        "ALTER TABLE scenario ADD COLUMN search_name TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE scenario ADD COLUMN search_tags TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX ix_scenario_search_name ON scenario (search_name, name)",
        "CREATE VIRTUAL TABLE scenario_search USING fts5 (name, tags, tokenize = 'trigram case_sensitive 1')",
        # SQLite only (postgres.SQLITE_ONLY): the search text in list order, scanned for a search too
        # short for trigrams or matching many rows (a few MB, where the table holds every lever).
        "CREATE INDEX ix_scenario_search_scan ON scenario (search_name, name, search_tags)",
    ],
]

# The version whose step adds the search columns, which the library fills (in Python: casefolding)
# right after the SQL steps, in the same transaction.
SEARCH_FILLED_BY = 4

# The same steps for PostgreSQL (see the module docstring). Run with search_path = the library's own
# schema (postgres.SCHEMA), so the names need no qualification.
POSTGRES_MIGRATIONS: list[list[str]] = [
    [
        """CREATE TABLE scenario (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            notes TEXT NOT NULL DEFAULT '',
            levers TEXT NOT NULL DEFAULT '{}',
            assumptions TEXT NOT NULL DEFAULT '{}',
            model_version TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL DEFAULT '',
            modified TEXT NOT NULL DEFAULT ''
        )""",
    ],
    [
        "ALTER TABLE scenario ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'",
        "CREATE INDEX ix_scenario_name ON scenario (name)",
        """CREATE TABLE scenario_version (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            scenario_id BIGINT NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
            saved TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            levers TEXT NOT NULL DEFAULT '{}',
            assumptions TEXT NOT NULL DEFAULT '{}',
            model_version TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX ix_scenario_version_scenario_id ON scenario_version (scenario_id)",
        """INSERT INTO scenario_version (scenario_id, saved, name, notes, tags, levers, assumptions, model_version)
           SELECT id, modified, name, notes, tags, levers, assumptions, model_version FROM scenario""",
    ],
    [
        "ALTER TABLE scenario_version ADD COLUMN saved_by TEXT NOT NULL DEFAULT ''",
    ],
    # 4: the search columns in byte (code point) order, as Python compares text, whatever the
    #    database's collation. No full-text table: search is LIKE over the casefolded columns, with
    #    trigram indexes when pg_trgm can be had (postgres.add_trigram_indexes).
    [
        "ALTER TABLE scenario ADD COLUMN search_name TEXT COLLATE \"C\" NOT NULL DEFAULT ''",
        "ALTER TABLE scenario ADD COLUMN search_tags TEXT COLLATE \"C\" NOT NULL DEFAULT ''",
        "CREATE INDEX ix_scenario_search_name ON scenario (search_name, name COLLATE \"C\")",
        # PostgreSQL's counterpart of SQLite's full-text table (postgres.POSTGRES_ONLY): the search
        # text alone, one row per scenario, kept in step by the library, so that counting the
        # matches of a search scans a few MB rather than every scenario's levers and notes.
        "CREATE TABLE scenario_search (id BIGINT NOT NULL, name TEXT COLLATE \"C\" NOT NULL, "
        "tags TEXT COLLATE \"C\" NOT NULL)",
        "CREATE UNIQUE INDEX ix_scenario_search_id ON scenario_search (id)",
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)
assert len(POSTGRES_MIGRATIONS) == SCHEMA_VERSION, "every step has its PostgreSQL form"
