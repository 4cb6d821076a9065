"""The library's tables (SQLModel) and the ordered migrations that build them.

Each migration is a list of SQL statements taking the schema from version N-1
to N. They run in one transaction after a backup (library.py). Append new
steps; never edit a released one — tests/store/test_migrations.py opens a
library of every older version.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel

# "KUSP" as a big-endian int: PRAGMA application_id marks the file as ours.
APPLICATION_ID = int.from_bytes(b"KUSP", "big")


class ScenarioRow(SQLModel, table=True):
    __tablename__ = "scenario"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True)
    notes: str = ""
    tags: str = "[]"            # JSON list
    levers: str = "{}"          # JSON object id -> value
    assumptions: str = "{}"     # JSON object id -> value
    model_version: str = ""
    created: str = ""           # ISO 8601, UTC
    modified: str = ""


class VersionRow(SQLModel, table=True):
    """Every save of a scenario, newest last: the history a user can restore."""

    __tablename__ = "scenario_version"

    id: int | None = Field(default=None, primary_key=True)
    scenario_id: int = Field(foreign_key="scenario.id", index=True, ondelete="CASCADE")
    saved: str = ""
    name: str = ""
    notes: str = ""
    tags: str = "[]"
    levers: str = "{}"
    assumptions: str = "{}"
    model_version: str = ""


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
]

SCHEMA_VERSION = len(MIGRATIONS)
