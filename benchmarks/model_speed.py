"""Model speed: one baseline run (all outcomes, 2022–2040), a 10,000-sample ensemble, and the
cost per draw of uncertainty bands (drawing the samples, running them, percentiles) from 1,000
to 1,000,000 draws, with the peak memory of the process.

Run: .venv/bin/python benchmarks/model_speed.py      Goals: ≤ 1 ms, ≤ 100 ms; per draw at 1M
within 1.5× of 10k; peak memory ≤ 500 MB. Prints medians over repeated runs (after a warm-up),
with the spread. `--quick`: a few runs and bands up to 20,000 draws, only to check the script
runs to the end (tests/ui/test_benchmarks.py).
"""

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # this checkout's planner
QUICK = "--quick" in sys.argv[1:]

from timing import report, timed  # noqa: E402

from planner.model import OUTCOMES, draw_assumptions, simulate  # noqa: E402
from planner.model.analysis import uncertainty_bands  # noqa: E402


def main():
    report(f"baseline run ({len(OUTCOMES)} outcomes, 2022–2040)", timed(simulate, 20 if QUICK else 2000), 1.0)
    draws = draw_assumptions(10_000, seed=1)
    report("ensemble of 10,000 samples", timed(lambda: simulate(assumptions=draws), 2 if QUICK else 30), 100.0)
    per_draw = {}
    for samples in (1_000, 10_000, 20_000) if QUICK else (1_000, 10_000, 100_000, 1_000_000):
        start = time.perf_counter()
        uncertainty_bands(samples=samples, seed=3)
        per_draw[samples] = (time.perf_counter() - start) / samples * 1e6
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{f'bands of {samples:,} draws':48s} {per_draw[samples]:9.2f} µs per draw   peak memory so far "
              f"{peak_mb:5.0f} MB (goal ≤ 500)")
    largest = max(per_draw)
    ratio = per_draw[largest] / per_draw[10_000]
    print(f"{f'per draw at {largest:,} vs 10,000':48s} {ratio:9.2f}×   goal ≤ 1.5× "
          f"({'meets' if ratio <= 1.5 else 'MISSES'})")


if __name__ == "__main__":
    main()
