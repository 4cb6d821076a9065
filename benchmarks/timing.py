"""Shared by the benchmark scripts: repeat a call, then print its median and 90th percentile."""

import statistics
import time


def timed(fn, repeats):
    """Seconds per call over `repeats` calls, after one warm-up call."""
    fn()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def report(name, samples_s, goal_ms=None, width=48):
    """Print median and p90 in milliseconds, and whether the median meets `goal_ms`."""
    ms = sorted(s * 1000 for s in samples_s)
    median = statistics.median(ms)
    p90 = ms[int(0.9 * (len(ms) - 1))]
    verdict = "" if goal_ms is None else f"   goal {goal_ms:g} ms ({'meets' if median <= goal_ms else 'MISSES'})"
    print(f"{name:{width}s} median {median:9.3f} ms   p90 {p90:9.3f} ms{verdict}")
    return goal_ms is None or median <= goal_ms


def yardstick() -> str:
    """This machine's speed at plain Python, to read figures from different machines (or days)
    against: seconds for 5 million integer additions in a loop, best of three. A budget set on a
    machine where this takes 0.3 s is three times harder to meet where it takes 0.9 s."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        total = 0
        for i in range(5_000_000):
            total += i
        best = min(best, time.perf_counter() - start)
    return f"machine yardstick (5M Python integer additions, best of 3): {best:.2f} s"


def band_jobs_until(stop, started, samples, prefix_of, period_s):
    """In a process of its own: the quick band job, again and again, one starting every
    `period_s` (the pace of the app's band jobs during a drag), until the event `stop` is set;
    `started` is set when the first is done. The load the bands' worker process puts on the other
    core, without a band ever reaching the window."""
    from planner.model.analysis import uncertainty_bands

    while not stop.is_set():
        start = time.perf_counter()
        uncertainty_bands(samples=samples, seed=0, prefix_of=prefix_of)
        started.set()
        stop.wait(max(0.0, period_s - (time.perf_counter() - start)))
