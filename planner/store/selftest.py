"""`planner --self-test --db LIBRARY`: the library part of the self-test, against a real library
(a SQLite file or a team library on PostgreSQL). Plain Python: no Qt."""

from __future__ import annotations

import uuid

from ..scenario import Scenario
from .errors import LibraryError


def library_self_test(location) -> tuple[bool, str]:
    """Open the library, save a throwaway scenario twice, read it and its history back (with who
    saved it), rename and delete it. Leaves the library as it found it. (ok, one-line report)."""
    from .library import Library

    name = f"planner self-test {uuid.uuid4().hex[:8]}"
    failures = []
    try:
        with Library(location) as library:
            shown = library.location
            try:
                library.save(Scenario(name=name, notes="first"))
                library.save(Scenario(name=name, notes="second").with_levers(us_chips_incentives=80))
                history = library.history(name)
                if [v.scenario.notes for v in history] != ["second", "first"]:
                    failures.append("the history did not hold both saves, newest first")
                if any(v.saved_by != library.user for v in history):
                    failures.append("a version did not record who saved it")
                if library.get(name).scenario.levers["us_chips_incentives"] != 80:
                    failures.append("the scenario read back differs from the one saved")
                library.rename(name, name + " (renamed)")
                name += " (renamed)"
                if not any(s.name == name for s in library.list(name)):
                    failures.append("the renamed scenario is not listed")
                if library.integrity_check() != "ok":
                    failures.append("the integrity check failed")
            finally:
                if library.exists(name):
                    library.delete(name)
    except LibraryError as exc:
        return False, f"library self-test FAILED: {exc}"
    if failures:
        return False, f"library self-test FAILED on {shown}:\n  " + "\n  ".join(failures)
    return True, f"library self-test passed on {shown}: saved, read back, history with who saved, renamed, deleted"
