"""The CLI on a team library (PostgreSQL, the tests' own server: tests/pgserver.py) and on SQLite:
`history` shows who saved each version; a bad URL is one error line; and a password given in the URL
(as it is, percent-encoded or as its `password` parameter) appears in no output, no error and no file
that any verb, the PDF brief or the self-test writes (read as a reader would: an .xlsx unzipped, a
PDF's streams decoded and its text extracted)."""

import html
import json
import os
import subprocess
import sys
import uuid
import zipfile
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest

from planner import cli
from planner.store import Library

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(engine, new_library):
    """A new library, once per engine (tests/cli/conftest.py)."""
    return str(new_library(engine))


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


# A password with what a URL must escape (and a non-ASCII letter), for the percent-encoded form.
SPECIAL_PASSWORD = "Pw 5ecr\u00e9t:@/?#%&=+;-url-9z"


@contextmanager
def password_login(pg_server, password: str, role: str | None = None):
    """A database that `role` owns, where it must give `password` over TCP (scram-sha-256: the tests'
    server, tests/pgserver.py). Without `role`, a login of its own with that password, dropped after."""
    from psycopg import sql

    own = role is None
    if own:
        role = f"team_{uuid.uuid4().hex[:8]}"
        with pg_server.admin() as conn:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role),
                                                                          sql.Literal(password)))
    name = pg_server.create_database(owner=role)
    try:
        yield role, name
    finally:
        pg_server.drop_database(name)
        if own:
            with pg_server.admin() as conn:
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


@pytest.fixture(params=["in the URL", "percent-encoded", "as ?password="])
def secret_library(request, pg_server):
    """A team library that only a password opens, and the password given in the URL: as it is,
    percent-encoded (one with characters a URL must escape, for a login of this test's own), or as
    the `password` parameter. Gives (URL with the password, URL with a wrong one, the password)."""
    from pgserver import PASSWORD, TEAMMATE

    special = request.param == "percent-encoded"
    password = SPECIAL_PASSWORD if special else PASSWORD
    with password_login(pg_server, password, None if special else TEAMMATE) as (user, name):
        def url(secret):
            where = f"127.0.0.1:{pg_server.port}/{name}"
            if request.param == "as ?password=":
                return f"postgresql://{user}@{where}?password={quote(secret, safe='')}"
            return f"postgresql://{user}:{quote(secret, safe='')}@{where}"

        yield url(password), url("wrong-" + password), password


def secret_forms(password: str) -> list[bytes]:
    """The password as any output could hold it: as is (UTF-8, UTF-16), percent-encoded, form-encoded,
    escaped for XML (an .xlsx, a PDF's metadata) or JSON."""
    forms = {password, quote(password), quote(password, safe=""), quote_plus(password),
             html.escape(password, quote=False), html.escape(password), json.dumps(password)[1:-1],
             json.dumps(password, ensure_ascii=False)[1:-1]}
    return sorted({f.encode() for f in forms} | {password.encode("utf-16-le"), password.encode("utf-16-be")})


def readable_parts(path: Path) -> list[bytes]:
    """What a file holds, in every form a reader sees: its bytes; each member of a zip (an .xlsx is
    compressed XML); a PDF's every stream decoded, its metadata and its text (without white space,
    which text extraction adds where a line was broken)."""
    data = path.read_bytes()
    parts = [data]
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            parts += [archive.read(member) for member in archive.namelist()]
    if data.startswith(b"%PDF"):
        from pypdf import PdfReader
        from pypdf.generic import IndirectObject, StreamObject

        reader = PdfReader(path)
        numbers = [(n, g) for g, objects in reader.xref.items() for n in objects if n] + \
            [(n, 0) for n in reader.xref_objStm]
        for number, generation in numbers:
            thing = reader.get_object(IndirectObject(number, generation, reader))
            if isinstance(thing, StreamObject):
                parts.append(thing.get_data())
        parts.append(repr(dict(reader.metadata or {})).encode())
        parts.append("".join("".join(page.extract_text().split()) for page in reader.pages).encode())
    return parts


def assert_nowhere(password: str, folder: Path) -> list[Path]:
    """No file under `folder` holds the password in any form; returns the files read."""
    forms = secret_forms(password)
    forms += [b"".join(form.split()) for form in forms]     # as a PDF's text is read
    written = [p for p in folder.rglob("*") if p.is_file()]
    for path in written:
        for part in readable_parts(path):
            for secret in forms:
                assert secret not in part, (path, secret)
    return written


def private_folders(tmp_path, monkeypatch) -> None:
    """Every per-user folder a verb (or Qt, for the PDF brief) may write into is in tmp_path, so
    the search for the password reads what they wrote."""
    for variable, folder in (("XDG_CONFIG_HOME", "xdg-config"), ("XDG_CACHE_HOME", "xdg-cache"),
                             ("XDG_STATE_HOME", "xdg-state")):
        monkeypatch.setenv(variable, str(tmp_path / folder))


def test_a_password_in_the_url_is_in_no_output_and_no_file(capsys, tmp_path, monkeypatch, secret_library):
    """Every verb's output, every file written (exports, a scenario file, the outcome table as CSV
    and Excel, comparisons, ensembles, decompositions, the PDF brief) and the errors: none holds the
    password the URL gave, neither as it is nor encoded."""
    url, wrong, password = secret_library
    monkeypatch.setenv("PLANNER_DB", url)        # also from the environment
    private_folders(tmp_path, monkeypatch)
    monkeypatch.chdir(tmp_path)
    outputs = []
    outcome, lever = "us_capacity_share", "us_chips_incentives"
    for argv, expected in (
            (["--db", url, "save", "Team plan", "--notes", "n", "--tag", "team"], 0),
            (["save", "Team plan", "--set", "us_chips_incentives=70"], 0),
            (["--db", url, "list"], 0), (["list", "--json"], 0), (["--db", url, "show", "Team plan"], 0),
            (["show", "Team plan", "--json"], 0), (["history", "Team plan"], 0),
            (["history", "Team plan", "--json"], 0),
            (["export", "Team plan", tmp_path / "plan.kuscenario"], 0), (["export", "Team plan", "-"], 0),
            (["run", "Team plan", "-o", tmp_path / "run.csv"], 0), (["run", "Team plan"], 0),
            (["table", "Team plan", "-o", tmp_path / "table.csv"], 0),
            (["table", "Team plan", "-o", tmp_path / "table.xlsx"], 0),
            (["compare", "Team plan", tmp_path / "plan.kuscenario", "-o", tmp_path / "compare.csv"], 0),
            (["ensemble", "Team plan", "--samples", "10", "-o", tmp_path / "ensemble.csv"], 0),
            (["decompose", "Team plan", "--year", "2030", "-o", tmp_path / "decompose.csv"], 0),
            (["sensitivity", "Team plan", "--outcome", outcome, "--year", "2030", "--json"], 0),
            (["goalseek", "Team plan", "--lever", lever, "--outcome", outcome, "--year", "2030",
              "--target", "1e9"], 1),                                             # out of reach
            (["import", tmp_path / "plan.kuscenario", "--as", "Team copy"], 0),
            (["import", tmp_path / "plan.kuscenario"], 2),                 # already there
            (["show", "No such plan"], 2), (["history", "No such plan"], 2), (["delete", "No such plan"], 2),
            (["table", "No such plan", "-o", tmp_path / "none.csv"], 2),
            (["export", "Team plan", tmp_path / "no-such-folder" / "x.kuscenario"], 2),
            (["--db", wrong, "list"], 2), (["--db", wrong, "save", "X"], 2),
            (["delete", "Team copy"], 0)):
        code, out, err = run(capsys, *argv)
        outputs.append((argv, code, expected, out + err))
    assert [(argv, code) for argv, code, _, _ in outputs] == [(argv, expected) for argv, _, expected, _ in outputs], \
        outputs
    assert all("refused the login" in text for argv, _, _, text in outputs if wrong in argv)
    # The PDF brief: its own process (it needs Qt), with the URL from --db, then from PLANNER_DB (at
    # once: each spends most of its time starting).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    briefs = [(argv, expected, subprocess.Popen([sys.executable, "-m", "planner", *map(str, argv)], cwd=tmp_path,
                                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
              for argv, expected in ((["--db", url, "report", "Team plan", "-o", tmp_path / "brief.pdf"], 0),
                                     (["report", "No such plan", "-o", tmp_path / "none.pdf"], 2))]
    done = [(argv, expected, process, *process.communicate(timeout=300)) for argv, expected, process in briefs]
    for argv, expected, process, out, err in done:
        assert process.returncode == expected, err
        outputs.append((argv, process.returncode, expected, out + err))
    for argv, _code, _expected, text in outputs:
        assert not any(secret in text.encode() for secret in secret_forms(password)), argv
    written = assert_nowhere(password, tmp_path)
    assert {p.name for p in written} >= {"plan.kuscenario", "run.csv", "table.csv", "table.xlsx", "compare.csv",
                                         "ensemble.csv", "decompose.csv", "brief.pdf"}
    with Library(url) as library:
        assert [s.name for s in library.list()] == ["Team plan"] and len(library.history("Team plan")) == 2


def test_the_password_search_sees_through_zip_and_pdf(tmp_path, qapp):
    """The search above would find the password in an .xlsx (compressed XML, where "&" is "&amp;")
    or in a PDF's page text (in the notes: not in its metadata, its streams hold glyphs, not text)."""
    from planner.exports import write_outcome_table
    from planner.scenario import Scenario
    from planner.ui.application import make_application
    from planner.ui.report import write_brief

    scenario = Scenario(name="Plan " + SPECIAL_PASSWORD)
    write_outcome_table(tmp_path / "t.xlsx", scenario, scenario.run())
    assert SPECIAL_PASSWORD.encode() not in (tmp_path / "t.xlsx").read_bytes()     # compressed
    with pytest.raises(AssertionError, match="t.xlsx"):
        assert_nowhere(SPECIAL_PASSWORD, tmp_path)
    (tmp_path / "t.xlsx").unlink()
    make_application([])      # on pytest-qt's application, as tests/ui do
    write_brief(tmp_path / "b.pdf", Scenario(name="Plan", notes="notes " + SPECIAL_PASSWORD), 2030, "A4")
    assert not any(secret in (tmp_path / "b.pdf").read_bytes() for secret in secret_forms(SPECIAL_PASSWORD))
    with pytest.raises(AssertionError, match="b.pdf"):
        assert_nowhere(SPECIAL_PASSWORD, tmp_path)


def test_self_test_against_a_team_library(pg_server, tmp_path, monkeypatch):
    """The app's self-test on a team library that only a password opens, given percent-encoded in
    the URL: it passes, and neither its output nor any file it wrote (settings too) holds the password."""
    with password_login(pg_server, SPECIAL_PASSWORD) as (role, name):
        url = f"postgresql://{role}:{quote(SPECIAL_PASSWORD, safe='')}@127.0.0.1:{pg_server.port}/{name}"
        private_folders(tmp_path, monkeypatch)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run([sys.executable, "-m", "planner", "--self-test", "--db", url], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        assert f"library self-test passed on postgresql://{role}@" in done.stdout
        assert "self-test passed" in done.stdout.splitlines()[-1]
        assert not any(secret in (done.stdout + done.stderr).encode() for secret in secret_forms(SPECIAL_PASSWORD))
        assert_nowhere(SPECIAL_PASSWORD, tmp_path)
        with Library(url) as library:
            assert library.count() == 0             # the throwaway scenario is gone again
