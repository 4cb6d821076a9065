"""Entry point: `planner` opens the app; `planner <verb>` runs a headless CLI verb.

The UI is imported lazily, so CLI verbs never load Qt.
"""

from __future__ import annotations

import sys


def _first_word(argv: list[str]) -> str | None:
    """The first argument that is not the global --db option or its value."""
    i = 0
    while i < len(argv):
        if argv[i] == "--db":
            i += 2
        elif argv[i].startswith("--db="):
            i += 1
        else:
            return argv[i]
    return None


def _db_option(argv: list[str]) -> str | None:
    """The value of the global --db option, if given."""
    for i, arg in enumerate(argv):
        if arg == "--db" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--db="):
            return arg[len("--db="):]
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from . import cli

    first = _first_word(argv)
    if first == "report":     # the PDF brief needs Qt's PDF writer, so it lives with the UI
        from .ui.report import main as report_main

        return report_main([a for a in argv if a != "report"])
    if first in (*cli.COMMANDS, "--version", "-h", "--help"):
        return cli.main(argv)
    db = _db_option(argv)
    if "--self-test" in argv and db:
        # The library part runs here, without Qt, on the library --db names (a team library too);
        # the window's own self-test then runs as usual.
        from .store.selftest import library_self_test

        ok, report = library_self_test(db)
        print(report, file=sys.stdout if ok else sys.stderr)
        if not ok:
            return 1
    from .ui.app import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main())
