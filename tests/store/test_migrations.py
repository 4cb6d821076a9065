"""Every older library version opens, migrates in one transaction after a backup, and keeps its data.

The fixtures in tests/store/fixtures/ were written as the old releases wrote them
(make_fixtures.py); there must be one for every version below SCHEMA_VERSION.
"""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from planner.model import baseline_levers
from planner.store import Library, LibraryError, check_library_file
from planner.store import library as library_module
from planner.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from storehelp import sha256

FIXTURES = Path(__file__).parent / "fixtures"
OLD_VERSIONS = list(range(1, SCHEMA_VERSION))


def fixture(version: int) -> Path:
    return FIXTURES / f"library-v{version}.sqlite"


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)


def columns(path: Path) -> list[str]:
    conn = read_only(path)
    try:
        return [c[1] for c in conn.execute("PRAGMA table_info(scenario)")]
    finally:
        conn.close()


def read_raw(path: Path) -> dict:
    """user_version, application_id and the scenario rows of a library file, read with plain sqlite3."""
    conn = read_only(path)
    try:
        conn.row_factory = sqlite3.Row
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        rows = {r["name"]: dict(r) for r in conn.execute("SELECT * FROM scenario")}
        versions = {}
        if "scenario_version" in tables:
            for r in conn.execute("SELECT s.name, count(v.id) FROM scenario s LEFT JOIN scenario_version v "
                                  "ON v.scenario_id = s.id GROUP BY s.id"):
                versions[r[0]] = r[1]
        return {"user_version": conn.execute("PRAGMA user_version").fetchone()[0],
                "application_id": conn.execute("PRAGMA application_id").fetchone()[0],
                "tables": tables, "rows": rows, "versions": versions}
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_older_version():
    missing = [v for v in OLD_VERSIONS if not fixture(v).exists()]
    assert not missing, (f"no fixture for library version(s) {missing}: add a builder to "
                         "tests/store/fixtures/make_fixtures.py, run it and commit the file")
    for version in OLD_VERSIONS:
        raw = read_raw(fixture(version))
        assert raw["user_version"] == version and raw["application_id"] == APPLICATION_ID
        assert len(raw["rows"]) >= 3


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_old_library_migrates_with_backup_and_keeps_data(tmp_path, version):
    original = fixture(version)
    fixture_digest = sha256(original)
    path = tmp_path / "library.sqlite"
    shutil.copyfile(original, path)
    raw = read_raw(path)
    assert check_library_file(path) == version

    with Library(path) as lib:
        assert lib.integrity_check() == "ok"
        assert {s.name for s in lib.list()} == set(raw["rows"])
        assert lib.count() == len(raw["rows"])
        for name, row in raw["rows"].items():
            stored = lib.get(name)
            scenario = stored.scenario
            assert scenario.name == name
            assert scenario.notes == row["notes"]
            assert dict(scenario.levers) == {**baseline_levers(), **json.loads(row["levers"])}
            assert dict(scenario.assumptions) == json.loads(row["assumptions"])
            assert scenario.tags == tuple(json.loads(row.get("tags", "[]")))
            assert (stored.created, stored.modified, stored.model_version) == \
                (row["created"], row["modified"], row["model_version"])
            history = lib.history(name)
            assert len(history) == raw["versions"].get(name, 1)
            if name not in raw["versions"]:        # the current state became the first version
                assert history[0].scenario.same_content(scenario)
                assert history[0].saved == row["modified"]
        # still a working library after the migration
        lib.save(lib.get(name).scenario.with_levers(us_chips_incentives=1))
        assert len(lib.history(name)) == raw["versions"].get(name, 1) + 1

    migrated = read_raw(path)
    assert migrated["user_version"] == SCHEMA_VERSION and migrated["application_id"] == APPLICATION_ID
    assert check_library_file(path) == SCHEMA_VERSION
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()

    backups = sorted(tmp_path.glob(f"library.v{version}-backup-*.sqlite"))
    assert len(backups) == 1, sorted(p.name for p in tmp_path.iterdir())
    backup = read_raw(backups[0])
    assert backup["user_version"] == version and backup["application_id"] == APPLICATION_ID
    assert backup["tables"] == raw["tables"]
    assert backup["rows"] == raw["rows"]
    assert sha256(original) == fixture_digest                 # the committed fixture itself is never touched


def test_opening_a_migrated_library_again_makes_no_new_backup(tmp_path):
    path = tmp_path / "library.sqlite"
    shutil.copyfile(fixture(1), path)
    Library(path).close()
    first = sorted(p.name for p in tmp_path.iterdir())
    with Library(path) as lib:
        assert lib.count() == len(read_raw(fixture(1))["rows"])
    assert sorted(p.name for p in tmp_path.iterdir()) == first


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_migration_failing_midway_leaves_the_old_library_as_it_was(tmp_path, monkeypatch, version):
    path = tmp_path / "library.sqlite"
    shutil.copyfile(fixture(version), path)
    raw = read_raw(path)
    # The real steps, then a statement that fails after all of them have run.
    broken = [list(step) for step in MIGRATIONS]
    broken[-1].append("INSERT INTO no_such_table (x) VALUES (1)")
    monkeypatch.setattr(library_module, "MIGRATIONS", broken)

    with pytest.raises(LibraryError):
        Library(path)

    after = read_raw(path)
    assert after["user_version"] == version
    assert after["tables"] == raw["tables"]
    assert after["rows"] == raw["rows"]
    assert columns(path) == columns(fixture(version))
    conn = read_only(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()

    # and with the real migrations it still opens and migrates fine afterwards
    monkeypatch.setattr(library_module, "MIGRATIONS", MIGRATIONS)
    with Library(path) as lib:
        assert {s.name for s in lib.list()} == set(raw["rows"])
    assert read_raw(path)["user_version"] == SCHEMA_VERSION
