"""What the frozen executable runs: the same entry point as the `planner` script."""

import sys

from planner.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
