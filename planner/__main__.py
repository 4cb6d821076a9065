"""Entry point: `planner` opens the app; `planner <verb>` runs a headless CLI verb.

The UI is imported lazily so CLI verbs never load Qt.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from . import cli

    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())
