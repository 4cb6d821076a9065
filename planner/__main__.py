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


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from . import cli

    first = _first_word(argv)
    if first == "report":     # the PDF brief needs Qt's PDF writer, so it lives with the UI
        from .ui.report import main as report_main

        return report_main([a for a in argv if a != "report"])
    if first in (*cli.COMMANDS, "--version", "-h", "--help"):
        return cli.main(argv)
    from .ui.app import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main())
