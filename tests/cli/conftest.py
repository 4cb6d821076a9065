"""Shared by the CLI tests."""

import uuid

import pytest


@pytest.fixture(autouse=True)
def no_real_library(tmp_path, monkeypatch):
    """Nothing here may reach the user's library or their name: PLANNER_DB and the data folders
    point into tmp_path, and who saves comes from the OS user unless a test says otherwise."""
    monkeypatch.setenv("PLANNER_DB", str(tmp_path / "env-library.sqlite"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("PLANNER_USER", raising=False)


ENGINES = ("sqlite", "postgresql")


@pytest.fixture(params=ENGINES)
def engine(request):
    """The engine a test's library is on: once a SQLite file, once a team library on the tests'
    own PostgreSQL server (tests/pgserver.py). For the tests that hold for both."""
    return request.param


@pytest.fixture
def new_library(request, tmp_path):
    """Where a new library may be made: new_library("sqlite", NAME) is the path of a file in tmp_path
    that does not exist yet, new_library("postgresql", NAME) the URL of a fresh, empty database on
    the tests' own server (dropped after the test), or with `template` (a URL of a database there
    nobody is connected to) a copy of that one. The server starts only when asked for."""
    made = []

    def make(engine: str, name: str = "library", template: str | None = None):
        if engine == "sqlite":
            path = tmp_path / f"{name}.sqlite"
            assert not path.exists()
            return path
        assert engine == "postgresql", engine
        server = request.getfixturevalue("pg_server")
        if template is None:
            database = server.create_database()
        else:
            from pgserver import ROLE

            database = f"t_{uuid.uuid4().hex[:12]}"
            with server.admin() as conn:
                conn.execute(f"CREATE DATABASE {database} OWNER {ROLE} TEMPLATE {template.rsplit('/', 1)[1]}")
        made.append((server, database))
        return server.url(database)

    yield make
    for server, database in made:
        server.drop_database(database)
