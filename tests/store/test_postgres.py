"""A team library on PostgreSQL, against the tests' own server (tests/pgserver.py): created in its own
schema with a marker; foreign, newer and tampered databases refused and left untouched; migrations in
one transaction under an advisory lock; who saved each version; many writers, no lost save; the
password never shown."""

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import psycopg
import pytest

from planner.scenario import Scenario
from planner.store import Library, LibraryError, display_url
from planner.store import postgres
from planner.store.schema import APPLICATION_ID, POSTGRES_MIGRATIONS, SCHEMA_VERSION

REPO = Path(__file__).resolve().parents[2]


def connect(url):
    return psycopg.connect(url, autocommit=True)


def catalog(url) -> list:
    """Everything in the database outside the system schemas: what a refused open must leave as it was."""
    with connect(url) as conn:
        return conn.execute(
            "SELECT n.nspname, c.relname, c.relkind, "
            "  (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0), "
            "  (SELECT count(*) FROM pg_trigger t WHERE t.tgrelid = c.oid) "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') ORDER BY 1, 2").fetchall() + \
            conn.execute("SELECT nspname FROM pg_namespace ORDER BY 1").fetchall()


def rows(url, sql):
    with connect(url) as conn:
        return conn.execute(sql).fetchall()


def build_old(url, version, scenarios=("Alpha", "Beta")):
    """A PostgreSQL library as `version` of the history built it, holding a few scenarios."""
    with connect(url) as conn:
        conn.execute("CREATE SCHEMA planner")
        conn.execute("SET search_path = planner")
        conn.execute("CREATE TABLE planner_library (application_id INTEGER NOT NULL, schema_version INTEGER NOT NULL)")
        conn.execute(f"INSERT INTO planner_library VALUES ({APPLICATION_ID}, {version})")
        for statement in POSTGRES_MIGRATIONS[0]:
            conn.execute(statement)
        for name in scenarios:
            conn.execute("INSERT INTO scenario (name, notes, created, modified) VALUES (%s, %s, %s, %s)",
                         (name, f"notes of {name}", "2025-01-01T00:00:00.000000+00:00",
                          "2025-01-02T00:00:00.000000+00:00"))
        for step in POSTGRES_MIGRATIONS[1:version]:
            for statement in step:
                conn.execute(statement)


# --- a new library, and what it holds --------------------------------------------------------------------------------

def test_a_new_team_library_lives_in_its_own_schema_with_a_marker(pg_database):
    with Library(pg_database, user="Kim Ji-woo") as library:
        assert library.is_new and library.engine_name == "postgresql" and library.path is None
        assert library.location == display_url(pg_database)
        library.save(Scenario(name="A", notes="one"))
        library.save(Scenario(name="A", notes="two"))
        assert [(v.scenario.notes, v.saved_by) for v in library.history("A")] == [("two", "Kim Ji-woo"),
                                                                                  ("one", "Kim Ji-woo")]
        assert library.integrity_check() == "ok"
    assert rows(pg_database, "SELECT application_id, schema_version FROM planner.planner_library") == \
        [(APPLICATION_ID, SCHEMA_VERSION)]
    assert rows(pg_database, "SELECT table_schema, table_name FROM information_schema.tables "
                             "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 2") == \
        [("planner", "planner_library"), ("planner", "scenario"), ("planner", "scenario_search"),
         ("planner", "scenario_version")]
    with Library(pg_database) as again:
        assert not again.is_new and again.get("A").scenario.notes == "two"


def test_every_version_built_by_the_postgres_steps_passes_the_check_derived_from_the_history(pg_server):
    """The two forms of the history (schema.py) build the same tables: a PostgreSQL library of every
    version holds exactly what the SQLite steps of that version build."""
    for version in range(1, SCHEMA_VERSION + 1):
        name = pg_server.create_database()
        try:
            url = pg_server.url(name)
            build_old(url, version)
            engine = postgres.engine_for(url)
            try:
                with engine.connect() as conn:
                    assert postgres.library_version(conn, "x") == version
            finally:
                engine.dispose()
        finally:
            pg_server.drop_database(name)


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_an_older_team_library_is_migrated_in_one_transaction_keeping_its_data(pg_database, version):
    build_old(pg_database, version)
    with Library(pg_database, user="migrator") as library:
        assert not library.is_new
        assert [s.name for s in library.list()] == ["Alpha", "Beta"]
        assert library.get("Alpha").scenario.notes == "notes of Alpha"
        library.save(Scenario(name="Alpha", notes="after"))
        history = library.history("Alpha")
        assert [v.saved_by for v in history] == ["migrator", ""][:len(history)]
    assert rows(pg_database, "SELECT schema_version FROM planner.planner_library") == [(SCHEMA_VERSION,)]


def test_a_failing_migration_leaves_the_team_library_as_it_was(pg_database, monkeypatch):
    build_old(pg_database, 1)
    before = catalog(pg_database)
    broken = [list(step) for step in POSTGRES_MIGRATIONS]
    broken[-1].append("INSERT INTO no_such_table (x) VALUES (1)")
    monkeypatch.setattr(postgres, "POSTGRES_MIGRATIONS", broken)
    with pytest.raises(LibraryError):
        Library(pg_database)
    assert catalog(pg_database) == before
    assert rows(pg_database, "SELECT schema_version FROM planner.planner_library") == [(1,)]
    monkeypatch.setattr(postgres, "POSTGRES_MIGRATIONS", POSTGRES_MIGRATIONS)
    with Library(pg_database) as library:
        assert library.count() == 2


def test_planners_opening_a_new_library_at_once_create_it_once(pg_database):
    results, errors, start = [], [], threading.Barrier(4)

    def open_it():
        try:
            start.wait()
            with Library(pg_database) as library:
                results.append(library.is_new)
        except BaseException as exc:   # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == [] and len(results) == 4
    assert results.count(True) <= 1       # the first to take the lock created it; the others found it
    assert rows(pg_database, "SELECT count(*) FROM planner.planner_library") == [(1,)]


# --- refused, and never written ---------------------------------------------------------------------------------------

FOREIGN = {
    "another application's table": ["CREATE TABLE public.invoices (id int PRIMARY KEY, total numeric)"],
    "a planner schema without a marker": ["CREATE SCHEMA planner", "CREATE TABLE planner.scenario (id int)"],
    "a marker of another application": [
        "CREATE SCHEMA planner",
        "CREATE TABLE planner.planner_library (application_id INTEGER NOT NULL, schema_version INTEGER NOT NULL)",
        "INSERT INTO planner.planner_library VALUES (42, 1)"],
}


@pytest.mark.parametrize("statements", FOREIGN.values(), ids=FOREIGN.keys())
def test_another_applications_database_is_refused_and_untouched(pg_database, statements):
    with connect(pg_database) as conn:
        for statement in statements:
            conn.execute(statement)
    before = catalog(pg_database)
    with pytest.raises(LibraryError, match="another application's database.*nothing was changed") as caught:
        Library(pg_database)
    assert caught.value.kind == "foreign"
    assert catalog(pg_database) == before


def test_a_library_from_a_newer_planner_is_refused_and_untouched(pg_database):
    Library(pg_database).close()
    with connect(pg_database) as conn:
        conn.execute(f"UPDATE planner.planner_library SET schema_version = {SCHEMA_VERSION + 1}")
    before = catalog(pg_database)
    with pytest.raises(LibraryError, match="newer planner") as caught:
        Library(pg_database)
    assert caught.value.kind == "newer" and catalog(pg_database) == before


TAMPERING = {
    "trigger": ["CREATE FUNCTION public.spy() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
                "CREATE TRIGGER spy BEFORE INSERT ON planner.scenario FOR EACH ROW EXECUTE FUNCTION public.spy()"],
    "rule": ["CREATE RULE quiet AS ON DELETE TO planner.scenario DO INSTEAD NOTHING"],
    "function in the schema": ["CREATE FUNCTION planner.lower(text) RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$"],
    "extra column": ["ALTER TABLE planner.scenario ADD COLUMN secret text"],
    "missing column": ["ALTER TABLE planner.scenario_version DROP COLUMN saved_by"],
    "changed default": ["ALTER TABLE planner.scenario ALTER COLUMN notes SET DEFAULT 'x'"],
    "extra table": ["CREATE TABLE planner.extra (id int)"],
    "view": ["CREATE VIEW planner.everything AS SELECT * FROM planner.scenario"],
    "extra index": ["CREATE INDEX ix_notes ON planner.scenario (notes)"],
    "dropped index": ["DROP INDEX planner.ix_scenario_name"],
    "check constraint": ["ALTER TABLE planner.scenario ADD CONSTRAINT short CHECK (length(name) < 3) NOT VALID"],
    "row policy": ["CREATE POLICY hide ON planner.scenario USING (false)"],
}


@pytest.mark.parametrize("statements", TAMPERING.values(), ids=TAMPERING.keys())
def test_a_tampered_team_library_is_refused_and_untouched(pg_database, statements):
    with Library(pg_database) as library:
        library.save(Scenario(name="kept"))
    with connect(pg_database) as conn:
        for statement in statements:
            conn.execute(statement)
    before = catalog(pg_database)
    with pytest.raises(LibraryError) as caught:
        Library(pg_database)
    assert caught.value.kind == "tampered", str(caught.value)
    assert catalog(pg_database) == before
    assert rows(pg_database, "SELECT name FROM planner.scenario") == [("kept",)]


def test_a_name_with_sql_in_it_is_data(pg_database):
    name = "x'); DROP SCHEMA planner CASCADE; --"
    with Library(pg_database) as library:
        library.save(Scenario(name=name))
        library.rename(name, name + " 2")
        assert library.list(";")[0].name == name + " 2"
    assert rows(pg_database, "SELECT name FROM planner.scenario") == [(name + " 2",)]


# --- connecting: bad URLs, the login, where the password comes from ----------------------------------------------------

@pytest.mark.parametrize("url,kind", [
    ("mysql://someone@localhost/db", "bad_url"),
    ("postgresql://someone@127.0.0.1:1/nothing", "unreachable"),
    ("postgresql://someone@no-such-host.invalid/db", "unreachable"),
])
def test_a_bad_url_is_one_clear_error(url, kind):
    with pytest.raises(LibraryError) as caught:
        Library(url)
    assert caught.value.kind == kind, str(caught.value)
    assert "\n" not in str(caught.value)


def test_the_password_comes_from_the_url_pgpassword_or_pgpass_and_is_never_shown(pg_server, monkeypatch, tmp_path):
    from pgserver import PASSWORD, TEAMMATE

    name = pg_server.create_database(owner=TEAMMATE)
    try:
        with Library(pg_server.url(name, TEAMMATE, PASSWORD)) as library:       # in the URL
            assert PASSWORD not in str(library.location)
            library.save(Scenario(name="from url"))
        with pytest.raises(LibraryError) as caught:                              # none anywhere
            Library(pg_server.url(name, TEAMMATE))
        assert caught.value.kind == "login" and ".pgpass" in str(caught.value)
        with pytest.raises(LibraryError) as caught:                              # a wrong one
            Library(pg_server.url(name, TEAMMATE, "wrong-" + PASSWORD))
        assert caught.value.kind == "login" and PASSWORD not in str(caught.value)
        monkeypatch.setenv("PGPASSWORD", PASSWORD)                               # PGPASSWORD
        with Library(pg_server.url(name, TEAMMATE)) as library:
            assert library.exists("from url")
        monkeypatch.delenv("PGPASSWORD")
        pgpass = tmp_path / "pgpass"                                             # a .pgpass file
        pgpass.write_text(f"127.0.0.1:{pg_server.port}:{name}:{TEAMMATE}:{PASSWORD}\n")
        pgpass.chmod(0o600)
        monkeypatch.setenv("PGPASSFILE", str(pgpass))
        with Library(pg_server.url(name, TEAMMATE)) as library:
            assert library.exists("from url")
    finally:
        pg_server.drop_database(name)


def test_a_database_that_does_not_exist_is_unreachable_not_created(pg_server):
    with pytest.raises(LibraryError) as caught:
        Library(pg_server.url("no_such_database"))
    assert caught.value.kind == "unreachable" and "no_such_database" in str(caught.value)


def test_display_url_removes_every_password():
    assert display_url("postgresql://kim:s3cr%40t@db.example.org:5432/team?sslmode=require") == \
        "postgresql://kim@db.example.org:5432/team?sslmode=require"
    assert "s3cret" not in display_url("postgresql://kim@db/team?password=s3cret&sslpassword=s3cret")
    assert "s3cret" not in display_url("postgresql://kim:s3cret@[::1")          # unparseable: stripped by hand
    assert display_url("/home/kim/library.sqlite") == "/home/kim/library.sqlite"


# --- several people at once -------------------------------------------------------------------------------------------

WRITER = textwrap.dedent("""
    import sys
    from planner.scenario import Scenario
    from planner.store import Library

    url, writer, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with Library(url, user=writer) as library:
        print("ready", flush=True)
        sys.stdin.readline()
        for i in range(rounds):
            library.save(Scenario(name="shared", notes=f"{writer}/{i}").with_levers(us_chips_incentives=i % 100))
            library.save(Scenario(name=f"{writer}-{i:03d}"))
""")


def hammer(url, writers=("kim", "lee"), rounds=60):
    processes = [subprocess.Popen([sys.executable, "-c", WRITER, url, w, str(rounds)], cwd=REPO, text=True,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for w in writers]
    try:
        for p in processes:
            assert p.stdout.readline().strip() == "ready", p.stderr.read()
        for p in processes:          # all start saving at the same moment
            p.stdin.write("go\n")
            p.stdin.flush()
        for p in processes:
            _, err = p.communicate(timeout=240)
            assert p.returncode == 0, err
    finally:
        for p in processes:
            if p.poll() is None:
                p.kill()


def check_no_lost_save(library, writers=("kim", "lee"), rounds=60):
    history = library.history("shared")
    oldest_first = list(reversed(history))
    assert len(history) == len(writers) * rounds                           # no lost save
    ids = [v.id for v in oldest_first]
    stamps = [v.saved for v in oldest_first]
    assert ids == sorted(set(ids)) and stamps == sorted(set(stamps))       # strictly ordered, by id and stamp
    for w in writers:                 # each writer's saves in the order it made them, and signed by it
        mine = [v for v in oldest_first if v.scenario.notes.startswith(f"{w}/")]
        assert [v.scenario.notes for v in mine] == [f"{w}/{i}" for i in range(rounds)]
        assert {v.saved_by for v in mine} == {w}
    assert library.get("shared").scenario.same_content(history[0].scenario)
    assert library.count() == 1 + len(writers) * rounds


def test_two_processes_hammering_one_scenario_lose_nothing(library_url):
    Library(library_url).close()          # created first: the writers then only save
    hammer(library_url)
    with Library(library_url) as library:
        check_no_lost_save(library)


def test_two_processes_creating_the_same_new_scenario_both_keep_their_save(pg_database):
    script = textwrap.dedent("""
        import sys
        from planner.scenario import Scenario
        from planner.store import Library
        with Library(sys.argv[1], user=sys.argv[2]) as library:
            print("ready", flush=True)
            sys.stdin.readline()
            for i in range(20):
                library.save(Scenario(name=f"new {i}", notes=sys.argv[2]))
    """)
    Library(pg_database).close()
    processes = [subprocess.Popen([sys.executable, "-c", script, pg_database, w], cwd=REPO, text=True,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for w in ("kim", "lee")]
    for p in processes:
        assert p.stdout.readline().strip() == "ready"
    for p in processes:
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in processes:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    with Library(pg_database) as library:
        for i in range(20):
            assert sorted(v.saved_by for v in library.history(f"new {i}")) == ["kim", "lee"]
