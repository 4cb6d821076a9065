"""What the frozen executable runs: the same entry point as the `planner` script."""

import multiprocessing
import sys

from planner.__main__ import main

if __name__ == "__main__":
    # The bands' worker process (planner/ui/model_process.py) is this executable started again by
    # multiprocessing's "spawn": here it hands over to multiprocessing instead of opening the app.
    multiprocessing.freeze_support()
    sys.exit(main())
