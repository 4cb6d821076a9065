"""A team library on PostgreSQL: connecting, checking and migrating it (used by library.Library).

The library lives in its own schema, SCHEMA ("planner"), beside a one-row marker table MARKER holding
(application id, schema version) — PostgreSQL's counterpart of SQLite's PRAGMA application_id and
user_version. Every connection sets search_path to that schema alone (pg_catalog is still searched
first for functions and operators, so nothing in the schema can stand in for a built-in).

Safety rules, as for a SQLite file (tested in tests/store/test_postgres.py):
- Before use, only by reading the catalogs: a database that holds tables but no marker is another
  application's and is refused, nothing written; a marker from another application or a newer planner
  is refused; the schema must hold exactly the tables, columns (names, order, types, NOT NULL,
  defaults), indexes and foreign keys that version of the migration history builds (derived from
  schema.MIGRATIONS, the history both engines share), and no trigger, rule, policy, function,
  operator, view or other object of anyone else's.
- Migrations run in one transaction (PostgreSQL's DDL is transactional: a failed step leaves the
  library as it was, so no backup copy is needed) holding a transaction-level advisory lock, so two
  planners opening a library at once never both migrate: the second waits, then finds it done. The
  result is checked again before the commit.
"""

from __future__ import annotations

import functools
import sqlite3
from contextlib import closing

from .errors import LibraryError
from .schema import APPLICATION_ID, MIGRATIONS, POSTGRES_MIGRATIONS, SCHEMA_VERSION, SEARCH_FILLED_BY

SCHEMA = "planner"
MARKER = "planner_library"
LOCK_TIMEOUT = "10s"          # a save waiting longer than this for another one's lock says "busy"
CONNECT_TIMEOUT_S = 10
SYSTEM_SCHEMAS = ("pg_catalog", "information_schema", "pg_toast")
# An index of the SQLite steps that PostgreSQL has no use for (its btree could not hold long tags).
SQLITE_ONLY = {"ix_scenario_search_scan"}
# What PostgreSQL's step SEARCH_FILLED_BY builds in place of SQLite's full-text table: a table
# of the search text (table -> its columns, as check_schema sees them, and its one index).
POSTGRES_ONLY = {"scenario_search": ((("id", "bigint", "NO", None, "NO"), ("name", "text", "NO", None, "NO"),
                                      ("tags", "text", "NO", None, "NO")), ("scenario_search", ("id",), True))}
# Trigram indexes of the search columns (search.py): there from version SEARCH_FILLED_BY on when
# pg_trgm could be had when the library was migrated, else absent (search then scans the columns).
# name -> (table, columns, unique), as check_schema sees an index.
TRIGRAM_INDEXES = {"ix_scenario_search_name_trgm": ("scenario", ("search_name",), False),
                   "ix_scenario_search_tags_trgm": ("scenario", ("search_tags",), False)}


def engine_for(url: str):
    """A SQLAlchemy engine on psycopg 3 for a postgresql:// URL. The password, when the URL has
    none, comes from libpq itself (~/.pgpass, PGPASSWORD, a service file); sslmode and the other
    libpq parameters in the URL's query pass through."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    parsed = make_url(url).set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True, connect_args={
        "options": f"-c search_path={SCHEMA} -c lock_timeout={LOCK_TIMEOUT}",
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "korea-us-planner"})


# --- what a library of each version holds, from the shared history -------------------------------------------------

@functools.cache
def expected(version: int) -> dict:
    """The catalog facts a PostgreSQL library of `version` must show, derived from what MIGRATIONS
    build in SQLite (PRAGMA table_info, index_list, foreign_key_list), with SQLite's rowid as an
    identity column. Version 0 (nothing yet) holds nothing."""
    tables, indexes, keys = {}, set(), set()
    with closing(sqlite3.connect(":memory:")) as conn:
        for statement in (statement for step in MIGRATIONS[:version] for statement in step):
            conn.execute(statement)
        # SQLite's full-text tables (a virtual table and its shadow tables) have no PostgreSQL form:
        # there, search reads the columns (and their trigram indexes, TRIGRAM_INDEXES).
        virtual = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                               "AND sql LIKE 'CREATE VIRTUAL TABLE%'")]
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%'")
                 if not any(r[0] == v or r[0].startswith(f"{v}_") for v in virtual)]
        for table in names:
            columns = []
            for _cid, name, kind, notnull, default, pk in conn.execute(f"PRAGMA table_info({table})"):
                kind = "bigint" if kind.upper() == "INTEGER" else kind.lower()
                if pk:
                    columns.append((name, kind, "NO", None, "YES"))
                else:
                    columns.append((name, kind, "NO" if notnull else "YES",
                                    None if default is None else f"{default}::{kind}", "NO"))
            tables[table] = tuple(columns)
            for _seq, index, unique, origin, _partial in conn.execute(f"PRAGMA index_list({table})"):
                if origin != "pk" and index not in SQLITE_ONLY:
                    cols = tuple(r[2] for r in conn.execute(f"PRAGMA index_info({index})"))
                    indexes.add((table, cols, bool(unique)))
            for row in conn.execute(f"PRAGMA foreign_key_list({table})"):
                keys.add((table, row[3], row[2], row[4], row[6].upper()))
    if version >= SEARCH_FILLED_BY:
        for table, (columns, index) in POSTGRES_ONLY.items():
            tables[table] = columns
            indexes.add(index)
    if version:
        tables[MARKER] = (("application_id", "integer", "NO", None, "NO"),
                          ("schema_version", "integer", "NO", None, "NO"))
    return {"tables": tables, "indexes": indexes, "keys": keys}


# --- reading the database without trusting it ----------------------------------------------------------------------

def library_version(conn, where: str) -> int:
    """The schema version of the library in the database `conn` is connected to (0: an empty
    database, to become a library), or a LibraryError. Only reads the catalogs and the marker."""
    # A query of pg_class rather than to_regclass(): that reads the catalog cache, which may not yet
    # show what a planner committed while this one waited for the migration lock.
    marker = conn.exec_driver_sql(
        "SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %(schema)s AND c.relname = %(marker)s AND c.relkind = 'r')",
        {"schema": SCHEMA, "marker": MARKER}).scalar()
    if not marker:
        others = conn.exec_driver_sql(
            "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname <> ALL(%(system)s) "
            "AND n.nspname NOT LIKE 'pg\\_temp\\_%%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%%' LIMIT 1",
            {"system": list(SYSTEM_SCHEMAS)}).first()
        if others is not None:
            raise LibraryError("{path} is another application's database (it holds tables but is not a planner "
                               "library); nothing was changed", "foreign", path=where)
        return 0
    rows = conn.exec_driver_sql(f"SELECT application_id, schema_version FROM {SCHEMA}.{MARKER}").all()
    if len(rows) != 1 or rows[0][0] != APPLICATION_ID:
        raise LibraryError("{path} is another application's database (it holds tables but is not a planner "
                           "library); nothing was changed", "foreign", path=where)
    version = rows[0][1]
    if version > SCHEMA_VERSION:
        raise LibraryError("{path} was written by a newer planner (library version {version}; this copy "
                           "reads up to {known}). Update the planner to open it.", "newer", path=where,
                           version=version, known=SCHEMA_VERSION)
    check_schema(conn, version, where)
    return version


def _tampered(where: str, what: str, name: str) -> LibraryError:
    from ..text import short

    return LibraryError("the library {path} contains {what} {name}, which no planner library has; it was not "
                        "opened and was left untouched", "tampered", path=where, what=what, name=short(name))


def check_schema(conn, version: int, where: str) -> None:
    """Refuse a library whose schema is not exactly what the history builds for `version`."""
    from ..text import short

    want = expected(version)
    params = {"schema": SCHEMA}
    ns = "(SELECT oid FROM pg_namespace WHERE nspname = %(schema)s)"
    # What can run code on our reads and writes: triggers, rules, row policies, functions, operators.
    for what, sql in (
            ("a trigger", f"SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                          f"WHERE c.relnamespace = {ns} AND NOT t.tgisinternal"),
            ("a rule", "SELECT rulename FROM pg_rules WHERE schemaname = %(schema)s"),
            ("a row policy", f"SELECT p.polname FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid "
                             f"WHERE c.relnamespace = {ns}"),
            ("a function", f"SELECT proname FROM pg_proc WHERE pronamespace = {ns}"),
            ("an operator", f"SELECT oprname FROM pg_operator WHERE oprnamespace = {ns}"),
            ("a constraint", f"SELECT conname FROM pg_constraint WHERE connamespace = {ns} "
                             f"AND contype NOT IN ('p', 'u', 'f')")):
        found = conn.exec_driver_sql(sql + " LIMIT 1", params).first()
        if found is not None:
            raise _tampered(where, what, found[0])
    # Relations: exactly our tables, their identity sequences and indexes.
    tables = want["tables"]
    wanted = {(t, "r") for t in tables} | {(f"{t}_id_seq", "S") for t, cols in tables.items()
                                           if any(c[4] == "YES" for c in cols)}
    found = {(name, kind) for name, kind in conn.exec_driver_sql(
        f"SELECT relname, relkind::text FROM pg_class WHERE relnamespace = {ns} AND relkind <> 'i'", params)}
    extra, missing = sorted(found - wanted), sorted(wanted - found)
    if extra:
        name, kind = extra[0]
        raise _tampered(where, {"v": "a view", "m": "a view", "r": "a table", "S": "a sequence"}.get(kind, "an object"),
                        name)
    if missing:
        raise LibraryError("the library {path} lacks its {what} {name}; it was not opened and was left untouched",
                           "tampered", path=where, what="table" if missing[0][1] == "r" else "sequence",
                           name=short(missing[0][0]))
    columns = {}
    for table, name, kind, nullable, default, identity in conn.exec_driver_sql(
            "SELECT table_name, column_name, data_type, is_nullable, column_default, is_identity "
            "FROM information_schema.columns WHERE table_schema = %(schema)s ORDER BY table_name, ordinal_position",
            params):
        columns.setdefault(table, []).append((name, kind, nullable, default, identity))
    for table, cols in tables.items():
        if tuple(columns.get(table, ())) != cols:
            raise LibraryError("the {what} {name} in the library {path} is not defined as a planner library "
                               "defines it; it was not opened and was left untouched", "tampered", path=where,
                               what="table", name=short(table))
    indexes = conn.exec_driver_sql(
        "SELECT x.relname, c.relname, i.indisunique, i.indisprimary, "
        "ARRAY(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(n, o) "
        "      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n ORDER BY k.o), "
        "i.indexprs IS NOT NULL OR i.indpred IS NOT NULL "
        "FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class x ON x.oid = i.indexrelid "
        f"WHERE c.relnamespace = {ns}", params).all()
    found_indexes = sorted((t, tuple(cols), bool(u)) for name, t, u, primary, cols, partial in indexes
                           if not primary and not (version >= SEARCH_FILLED_BY and name in TRIGRAM_INDEXES
                                                   and TRIGRAM_INDEXES[name] == (t, tuple(cols), bool(u))))
    indexes = [row[1:] for row in indexes]
    if sorted(want["indexes"]) != found_indexes or any(partial for *_, partial in indexes) \
            or sum(1 for *_, primary, _c, _p in indexes if primary) != sum(
                1 for cols in tables.values() if any(c[4] == "YES" for c in cols)):
        raise LibraryError("the {what} {name} in the library {path} is not defined as a planner library "
                           "defines it; it was not opened and was left untouched", "tampered", path=where,
                           what="index", name="of the tables")
    keys = {(t, col, ref, to, action) for t, col, ref, to, action in conn.exec_driver_sql(
        "SELECT c.relname, a.attname, r.relname, b.attname, "
        "CASE k.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' "
        "WHEN 'n' THEN 'SET NULL' ELSE 'SET DEFAULT' END "
        "FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid "
        "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] "
        "JOIN pg_attribute b ON b.attrelid = k.confrelid AND b.attnum = k.confkey[1] "
        f"WHERE k.contype = 'f' AND k.connamespace = {ns}", params)}
    if keys != want["keys"]:
        raise LibraryError("the {what} {name} in the library {path} is not defined as a planner library "
                           "defines it; it was not opened and was left untouched", "tampered", path=where,
                           what="foreign key", name="of the tables")


# --- creating and upgrading ----------------------------------------------------------------------------------------

def add_trigram_indexes(conn) -> bool:
    """Trigram GIN indexes of the search columns (TRIGRAM_INDEXES), when pg_trgm is installed in the
    database or this login may install it (a trusted extension since PostgreSQL 13: the database's
    owner, or anyone with CREATE on it, may). It goes into the schema public, never the library's
    own (which holds no function). In a savepoint: without it the library works the same, search
    scanning the columns instead. True when the indexes were made."""
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")
            home = conn.exec_driver_sql("SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n "
                                        "ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'").scalar()
            for name, (table, (column,), _unique) in TRIGRAM_INDEXES.items():
                conn.exec_driver_sql(f"CREATE INDEX {name} ON {table} USING gin ({column} {home}.gin_trgm_ops)")
        return True
    except Exception as exc:       # noqa: BLE001 - any refusal (privilege, no contrib package) means "without"
        from sqlalchemy.exc import DBAPIError

        if not isinstance(exc, DBAPIError):
            raise
        return False


def migrate(engine, where: str, fill_search=None) -> int:
    """Bring the library to SCHEMA_VERSION: in one transaction, under an advisory lock (a second
    planner opening it at the same moment waits, then finds the work done). Returns the version
    found under the lock (0 for a library created just now). `fill_search(conn)` fills the search
    columns of existing rows when the library was older than SEARCH_FILLED_BY."""
    with engine.begin() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({APPLICATION_ID})")
        current = library_version(conn, where)
        if current < SCHEMA_VERSION:
            if current == 0:
                conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
                conn.exec_driver_sql(f"CREATE TABLE {SCHEMA}.{MARKER} (application_id INTEGER NOT NULL, "
                                     f"schema_version INTEGER NOT NULL)")
                conn.exec_driver_sql(f"INSERT INTO {SCHEMA}.{MARKER} VALUES ({APPLICATION_ID}, 0)")
            for step in POSTGRES_MIGRATIONS[current:SCHEMA_VERSION]:
                for statement in step:
                    conn.exec_driver_sql(statement)
            if current < SEARCH_FILLED_BY:
                if current and fill_search is not None:
                    fill_search(conn)
                add_trigram_indexes(conn)
            conn.exec_driver_sql(f"UPDATE {SCHEMA}.{MARKER} SET schema_version = {SCHEMA_VERSION}")
            check_schema(conn, SCHEMA_VERSION, where)    # what the steps built is what the history says
        return current
