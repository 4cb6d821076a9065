"""Plain helpers shared by the tests in tests/store (imported by name: this folder is on sys.path)."""

import hashlib
import shutil
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


def digests(path) -> dict[str, str]:
    """sha256 of a database file and of each -wal / -shm / -journal beside it, by suffix ('' for the file)."""
    path = Path(path)
    return {suffix: sha256(f"{path}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")
            if Path(f"{path}{suffix}").exists()}


def copy_live(path, target) -> Path:
    """Copy a library and its -wal while a connection still holds them: the files a crash leaves behind
    (the -wal holds saves not yet moved into the file)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target)
    shutil.copyfile(f"{path}-wal", f"{target}-wal")
    return target
