"""Model speed: one baseline run (all outcomes, 2022–2040) and a 10,000-sample ensemble.

Run: .venv/bin/python benchmarks/model_speed.py      Goals: ≤ 1 ms and ≤ 100 ms.
Prints medians over repeated runs (after a warm-up), with the spread.
"""

import statistics
import time

from planner.model import draw_assumptions, simulate


def timed(fn, repeats):
    fn()  # warm-up
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def report(name, samples, goal_ms):
    ms = sorted(s * 1000 for s in samples)
    median = statistics.median(ms)
    p90 = ms[int(0.9 * (len(ms) - 1))]
    verdict = "meets" if median <= goal_ms else "MISSES"
    print(f"{name:40s} median {median:8.3f} ms   p90 {p90:8.3f} ms   goal {goal_ms:g} ms ({verdict})")


def main():
    report("baseline run (20 outcomes, 2022–2040)", timed(simulate, 2000), 1.0)
    draws = draw_assumptions(10_000, seed=1)
    report("ensemble of 10,000 samples", timed(lambda: simulate(assumptions=draws), 30), 100.0)


if __name__ == "__main__":
    main()
