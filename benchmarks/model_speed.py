"""Model speed: one baseline run (all outcomes, 2022–2040) and a 10,000-sample ensemble.

Run: .venv/bin/python benchmarks/model_speed.py      Goals: ≤ 1 ms and ≤ 100 ms.
Prints medians over repeated runs (after a warm-up), with the spread. `--quick`: a few runs,
only to check the script runs to the end (tests/ui/test_benchmarks.py).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # this checkout's planner
QUICK = "--quick" in sys.argv[1:]

from timing import report, timed  # noqa: E402

from planner.model import OUTCOMES, draw_assumptions, simulate  # noqa: E402


def main():
    report(f"baseline run ({len(OUTCOMES)} outcomes, 2022–2040)", timed(simulate, 20 if QUICK else 2000), 1.0)
    draws = draw_assumptions(10_000, seed=1)
    report("ensemble of 10,000 samples", timed(lambda: simulate(assumptions=draws), 2 if QUICK else 30), 100.0)


if __name__ == "__main__":
    main()
