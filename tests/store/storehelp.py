"""Plain helpers shared by the tests in tests/store (imported by name: this folder is on sys.path)."""

import hashlib
import sqlite3
from pathlib import Path


def sha256(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def sidecars(path) -> set[str]:
    """The -wal / -shm / -journal files next to a database file."""
    path = Path(path)
    return {suffix for suffix in ("-wal", "-shm", "-journal") if Path(f"{path}{suffix}").exists()}


def checkpoint(path) -> None:
    """Fold the WAL into the main file, so the file alone is the whole library."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
