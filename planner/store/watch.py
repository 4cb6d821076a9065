"""Noticing that a library changed — a colleague's save, rename or delete — without reading it.

Library.watcher() gives a LibraryWatcher; poll() says whether anything was committed to the library
since the last poll, by this process or any other:
- SQLite: PRAGMA data_version on a connection of the watcher's own, which changes whenever another
  connection commits. A read of a few bytes of shared memory: cheap enough to poll every ½ s.
- PostgreSQL: LISTEN on CHANNEL, on a connection of the watcher's own (autocommit); every write of
  Library sends NOTIFY on it inside its transaction, so the notice arrives when, and only if, the
  write commits. fileno() is that connection's socket: the UI waits on it (QSocketNotifier), so a
  colleague's save shows at once, and a server that goes away wakes the UI too (the socket closes).

A watcher that loses its server raises LibraryError ("unreachable") from poll() and is then closed;
reconnect() tries again (blocking: at most CONNECT_TIMEOUT_S, so the UI calls it off its thread) and
reports True when it is back (a change is then assumed: colleagues may have saved meanwhile).
Nothing here reads or writes scenarios, so a watcher needs no schema checks of its own.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .errors import LibraryError

CHANNEL = "planner_library_changed"
CONNECT_TIMEOUT_S = 5


class LibraryWatcher:
    """The interface the UI uses; see the two engines' watchers below."""

    def fileno(self) -> int | None:
        """A socket that becomes readable when there is news (None: poll on a timer)."""
        return None

    def poll(self) -> bool:
        """Whether the library changed since the last poll (LibraryError when it cannot be reached)."""
        raise NotImplementedError

    @property
    def connected(self) -> bool:
        return True

    def reconnect(self) -> bool:
        """Try to reach the library again; True when it is reachable."""
        return True

    def close(self) -> None:
        pass


class SqliteWatcher(LibraryWatcher):
    def __init__(self, path: Path):
        # Read-only and without the schema ever being read: PRAGMA data_version needs neither.
        self._conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        self._version = self._read()

    def _read(self) -> int:
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def poll(self) -> bool:
        try:
            version = self._read()
        except sqlite3.Error as exc:
            raise LibraryError("the library could not be read: {problem}", "error", problem=exc) from None
        changed, self._version = version != self._version, version
        return changed

    def close(self) -> None:
        self._conn.close()


class PostgresWatcher(LibraryWatcher):
    def __init__(self, url: str, location: str):
        self._url, self._location = url, location
        self._conn = None
        self._connect()

    def _connect(self) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        # libpq's own form of the URL (SQLAlchemy's driver name removed); the password, when the URL
        # has none, comes from libpq's usual places, as for the library's own connections.
        parsed = make_url(self._url)
        conninfo = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
        try:
            self._conn = psycopg.connect(conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                         application_name="korea-us-planner (watching)")
            self._conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            self._drop()
            raise self._unreachable(exc) from None

    def _unreachable(self, exc) -> LibraryError:
        from .library import _server_error

        return _server_error(exc, self._url)

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:   # noqa: BLE001 - a connection already broken may fail to close; it is gone either way
                pass
        self._conn = None

    def fileno(self) -> int | None:
        return self._conn.fileno() if self._conn is not None else None

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.closed

    def poll(self) -> bool:
        import psycopg

        if not self.connected:
            raise LibraryError("the team library {path} cannot be reached", "unreachable", path=self._location)
        try:
            # Everything that has arrived on the socket (all of it, so none is left to wake the
            # UI twice), without waiting for more.
            news = sum(1 for _ in self._conn.notifies(timeout=0)) > 0
            # A server that went away has closed the socket: reading it once more says so (the
            # read above may have taken only the server's goodbye message).
            self._conn.pgconn.consume_input()
            return news
        except psycopg.Error as exc:
            self._drop()
            raise self._unreachable(exc) from None

    def reconnect(self) -> bool:
        self._drop()
        try:
            self._connect()
        except LibraryError:
            return False
        return True

    def close(self) -> None:
        self._drop()
