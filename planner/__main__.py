"""Entry point: `planner` opens the app; `planner <verb>` runs a headless CLI verb.

The UI is imported lazily, so CLI verbs never load Qt.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from . import cli

    if argv and (argv[0] in cli.COMMANDS or argv[0] in ("--version", "-h", "--help")):
        return cli.main(argv)
    from .ui.app import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main())
