"""Speed of the analysis functions a meeting waits for.

Run: .venv/bin/python benchmarks/analysis_speed.py
Goal from the issue: a 2,000-sample uncertainty band refresh ≤ 100 ms (computed off the GUI
thread in the app; this times the computation itself). Medians over repeated runs after a warm-up.
`--quick`: one run each and a small Sobol, only to check the script runs to the end.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # this checkout's planner
QUICK = "--quick" in sys.argv[1:]

from timing import report as print_timing, timed  # noqa: E402

from planner.model import ASSUMPTIONS, LEVERS  # noqa: E402
from planner.model.analysis import decompose, goal_seek, sobol_indices, tornado, uncertainty_bands  # noqa: E402
from planner.model.assumptions import UNCERTAIN  # noqa: E402

N_UNCERTAIN = sum(1 for a in ASSUMPTIONS if a.kind == UNCERTAIN and a.high > a.low)

SCENARIO = {"export_control_scope": 4, "kr_fab_waiver": 0, "kr_clean_energy_multiple": 3.0,
            "e4_visa_quota": 15000, "us_kr_clean_rd": 300, "us_chips_incentives": 60, "kr_chips_tax_credit": 25}


def report(name, fn, repeats, goal=None):
    print_timing(name, timed(fn, 1 if QUICK else repeats), goal, width=58)


def main():
    report("uncertainty bands, 2,000 samples, all outcomes", lambda: uncertainty_bands(SCENARIO, samples=2000), 20,
           100)
    report(f"tornado: {len(LEVERS)} levers + {N_UNCERTAIN} assumptions, one outcome", lambda: tornado(SCENARIO, outcome="kr_market_share",
                                                                             year=2035), 50)
    report("goal seek (incentives -> US share 16% in 2032)", lambda: goal_seek(
        SCENARIO, lever_id="us_chips_incentives", outcome="us_capacity_share", year=2032, target=16), 20)
    report("decomposition, 7 moved levers (128 coalitions)", lambda: decompose(SCENARIO), 50)
    base = 8 if QUICK else 256
    report(f"Sobol, {base} base samples ({base * (N_UNCERTAIN + 2):,} runs)", lambda: sobol_indices(
        SCENARIO, outcome="us_capacity_share", year=2032, base_samples=base), 3)


if __name__ == "__main__":
    main()
