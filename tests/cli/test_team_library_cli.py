"""The CLI on a team library (PostgreSQL, the tests' own server: tests/pgserver.py) and on SQLite:
`history` shows who saved each version; a bad URL is one error line; and a password given in the URL
appears in no output, no file written and no error."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner import cli
from planner.store import Library

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "library.sqlite")
    return request.getfixturevalue("pg_database")


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_history_shows_who_saved_each_version(capsys, monkeypatch, db):
    monkeypatch.setenv("PLANNER_USER", "Kim Ji-woo")
    assert run(capsys, "--db", db, "save", "Chips", "--notes", "one")[0] == 0
    monkeypatch.setenv("PLANNER_USER", "Dana Lee")
    assert run(capsys, "save", "--db", db, "Chips", "--set", "us_chips_incentives=80")[0] == 0
    code, out, err = run(capsys, "history", "--db", db, "Chips")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert "saved by" in lines[0] and len(lines) == 3
    assert lines[1].split()[0] == "2" and "Dana Lee" in lines[1]
    assert lines[2].split()[0] == "1" and "Kim Ji-woo" in lines[2]
    code, out, _ = run(capsys, "history", "--db", db, "Chips", "--json")
    assert [(v["version"], v["saved_by"]) for v in json.loads(out)] == [(2, "Dana Lee"), (1, "Kim Ji-woo")]
    code, out, err = run(capsys, "history", "--db", db, "Nope")
    assert code == 2 and out == "" and err.startswith("error:") and len(err.splitlines()) == 1


def test_the_os_user_signs_a_save_by_default(capsys, db):
    import getpass

    run(capsys, "--db", db, "save", "S")
    with Library(db) as library:
        assert library.history("S")[0].saved_by == getpass.getuser()


@pytest.mark.parametrize("url", ["mysql://kim:hunter2@db/team", "postgresql://kim:hunter2@127.0.0.1:1/team",
                                 "postgresql://kim:hunter2@no-such-host.invalid/team"])
def test_a_bad_team_library_url_is_one_error_line_without_its_password(capsys, url):
    code, out, err = run(capsys, "--db", url, "list")
    assert code == 2 and out == ""
    assert err.startswith("error:") and len(err.splitlines()) == 1 and "Traceback" not in err
    assert "hunter2" not in err and "kim@" in err


def test_a_password_in_the_url_is_in_no_output_and_no_file(capsys, pg_server, tmp_path, monkeypatch):
    """Every verb's output, every file written (exports, a scenario file, the outcome table) and the
    errors: none holds the password the URL gave."""
    from pgserver import PASSWORD, TEAMMATE

    name = pg_server.create_database(owner=TEAMMATE)
    try:
        url = pg_server.url(name, TEAMMATE, PASSWORD)
        monkeypatch.setenv("PLANNER_DB", url)        # also from the environment
        monkeypatch.chdir(tmp_path)
        outputs = []
        for argv in (["--db", url, "save", "Team plan", "--notes", "n", "--tag", "team"],
                     ["save", "Team plan", "--set", "us_chips_incentives=70"],
                     ["--db", url, "list"], ["list", "--json"], ["--db", url, "show", "Team plan"],
                     ["show", "Team plan", "--json"], ["history", "Team plan"], ["history", "Team plan", "--json"],
                     ["export", "Team plan", tmp_path / "plan.kuscenario"], ["export", "Team plan", "-"],
                     ["run", "Team plan", "-o", tmp_path / "run.csv"],
                     ["table", "Team plan", "-o", tmp_path / "table.csv"],
                     ["table", "Team plan", "-o", tmp_path / "table.xlsx"],
                     ["compare", "Team plan", tmp_path / "plan.kuscenario", "-o", tmp_path / "compare.csv"],
                     ["import", tmp_path / "plan.kuscenario"],                 # an error: already there
                     ["show", "No such plan"], ["delete", "No such plan"],
                     ["--db", pg_server.url(name, TEAMMATE, "wrong-" + PASSWORD), "list"],
                     ["delete", "Team plan"]):
            code, out, err = run(capsys, *argv)
            outputs.append((argv, code, out + err))
        assert [code for _, code, _ in outputs].count(0) == len(outputs) - 4, outputs
        for argv, _code, text in outputs:
            assert PASSWORD not in text, argv
        written = [p for p in tmp_path.rglob("*") if p.is_file()]
        assert {p.name for p in written} >= {"plan.kuscenario", "run.csv", "table.csv", "table.xlsx", "compare.csv"}
        for path in written:
            assert PASSWORD.encode() not in path.read_bytes(), path
    finally:
        pg_server.drop_database(name)


def test_self_test_against_a_team_library(pg_database):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "planner", "--self-test", "--db", pg_database], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "library self-test passed on postgresql://" in done.stdout
    assert "self-test passed" in done.stdout.splitlines()[-1]
    with Library(pg_database) as library:
        assert library.count() == 0             # the throwaway scenario is gone again
