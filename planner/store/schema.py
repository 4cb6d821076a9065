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

from sqlalchemy import FetchedValue, Text, UniqueConstraint
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
    __table_args__ = (UniqueConstraint("name"),)

    id: int | None = _id()
    name: str = Field(sa_type=Text, index=True)
    notes: str = _text("")
    levers: str = _text("{}")          # JSON object id -> value
    assumptions: str = _text("{}")     # JSON object id -> value
    model_version: str = _text("")
    created: str = _text("")           # ISO 8601, UTC
    modified: str = _text("")
    tags: str = _text("[]")            # JSON list (added by migration 2, so the last column)


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
]

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
]

SCHEMA_VERSION = len(MIGRATIONS)
assert len(POSTGRES_MIGRATIONS) == SCHEMA_VERSION, "every step has its PostgreSQL form"
