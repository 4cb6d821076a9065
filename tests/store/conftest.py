"""Fixtures for the library tests. No test here may touch the user's real library."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))   # for `import storehelp`, whatever the import mode

from planner.scenario import Scenario
from planner.store import Library
from storehelp import checkpoint, sidecars


@pytest.fixture(autouse=True)
def isolated_library(tmp_path, monkeypatch):
    """PLANNER_DB and the per-user data folder point into tmp_path, so a forgotten --db cannot reach real data."""
    monkeypatch.setenv("PLANNER_DB", str(tmp_path / "default-library.sqlite"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path / "default-library.sqlite"


@pytest.fixture
def closed_library(tmp_path):
    """A real library file holding a few scenarios, closed and checkpointed: a single file at rest."""
    def make(name="library.sqlite", scenarios=("Alpha", "Beta", "Gamma")) -> Path:
        path = tmp_path / name
        with Library(path) as library:
            for i, scenario_name in enumerate(scenarios):
                library.save(Scenario(name=scenario_name, notes=f"note {i}", tags=("t",))
                             .with_levers(us_chips_incentives=float(10 * (i % 16))))
        checkpoint(path)
        assert sidecars(path) == set()
        return path
    return make


@pytest.fixture(params=["sqlite", "postgresql"])
def library_url(request, tmp_path):
    """Where a fresh library lives, once per engine: a SQLite file, or a new database on the tests'
    own PostgreSQL server (tests/pgserver.py). For tests that hold for both engines."""
    if request.param == "sqlite":
        return str(tmp_path / "library.sqlite")
    return request.getfixturevalue("pg_database")
