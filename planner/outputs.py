"""Every file the planner writes goes through here: refused when it would destroy data, and
written whole or not at all.

A target is refused when it is the open library (or its -wal, -shm or -journal), an input of
the same command, or something other than a regular file (a device such as /dev/full, a FIFO,
a folder). The content goes to a temporary file in the target's folder, is checked (a write
that failed or left an empty file fails the command), flushed to disk and only then renamed
over the target in one step: a crash, a full disk or a kill mid-write leaves the old file as it
was. A target that is a symbolic link keeps its link: the file it points to is replaced. No Qt.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from .errors import UserError

LIBRARY_COMPANIONS = ("", "-wal", "-shm", "-journal")


class OutputError(UserError):
    """An output file that cannot or must not be written; nothing was changed."""


def library_files(library: str | Path) -> list[Path]:
    """The library file and the files SQLite keeps beside it: none of them is ever an output."""
    return [Path(f"{library}{suffix}") for suffix in LIBRARY_COMPANIONS]


def _same_file(a: os.stat_result, b: Path) -> bool:
    try:
        other = b.stat()
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (other.st_dev, other.st_ino)


def check_target(path: str | Path, library: str | Path | None = None, inputs: Iterable[str | Path] = ()) -> Path:
    """The real file `path` names (symbolic links followed), or an OutputError saying why it
    must not be written."""
    path = Path(path)
    real = Path(os.path.realpath(path))
    if not real.parent.is_dir():
        raise OutputError("cannot write {path}: the folder {folder} does not exist", path=path, folder=real.parent)
    try:
        info = real.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError("cannot write {path}: {problem}", path=path, problem=exc.strerror or exc) from None
    if info is not None:
        if not stat.S_ISREG(info.st_mode):
            raise OutputError("cannot write {path}: it is not a regular file (a folder, device or pipe); "
                              "choose a file name", path=path)
        if library is not None and any(_same_file(info, f) for f in library_files(library)):
            raise OutputError("cannot write {path}: it is the scenario library in use (or one of its files); "
                              "choose another file name", path=path)
        if any(_same_file(info, Path(i)) for i in inputs):
            raise OutputError("cannot write {path}: it is an input of this command; choose another file name",
                              path=path)
    # A library not yet created has no inode to compare: compare names as well.
    if library is not None and real in {Path(os.path.realpath(f)) for f in library_files(library)}:
        raise OutputError("cannot write {path}: it is the scenario library in use (or one of its files); "
                          "choose another file name", path=path)
    return real


@contextmanager
def atomic_output(path: str | Path, library: str | Path | None = None,
                  inputs: Iterable[str | Path] = ()) -> Iterator[Path]:
    """Yield a temporary path to write; on leaving, it replaces `path` whole. Raises OutputError
    (nothing changed) when the target is refused, the write fails or the file is empty."""
    path = Path(path)
    real = check_target(path, library, inputs)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp" + real.suffix, dir=real.parent)
    except OSError as exc:
        raise _write_error(path, exc) from None
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        with open(temp, "rb+") as handle:
            if os.fstat(handle.fileno()).st_size == 0:
                raise OutputError("cannot write {path}: nothing was written (the output would be an empty "
                                  "file); the old file, if any, was kept", path=path)
            os.fsync(handle.fileno())
        os.chmod(temp, file_mode(real))
        os.replace(temp, real)
    except OSError as exc:
        raise _write_error(path, exc) from None
    finally:
        if temp.exists():
            temp.unlink()


def write_text(path: str | Path, text: str, library: str | Path | None = None,
               inputs: Iterable[str | Path] = ()) -> Path:
    with atomic_output(path, library, inputs) as temp:
        with open(temp, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    return Path(path)


def _write_error(path: Path, exc: OSError) -> OutputError:
    if isinstance(exc, PermissionError):
        return OutputError("cannot write {path}: permission denied", path=path)
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return OutputError("cannot write {path}: the disk is full (or the file too large); the old file, "
                           "if any, was kept", path=path)
    return OutputError("cannot write {path}: {problem}", path=path, problem=exc.strerror or exc)


def file_mode(path: Path) -> int:
    """The permission bits a written file gets: those of the file it replaces, else 0666 less
    the umask (mkstemp's 0600 would make a shared file private)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        pass
    mask = os.umask(0)    # reading the umask means setting it; put it straight back
    os.umask(mask)
    return 0o666 & ~mask
