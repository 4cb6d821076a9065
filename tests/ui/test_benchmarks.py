"""Every benchmark is in `make bench`, and its short form (--quick) in `make bench-smoke`, which
`make test` runs after the suite (under `timeout`, so one that hangs — a modal question waiting
invisibly on the offscreen platform, as ui_latency.py once did — fails CI). Nothing here is a
timed assertion."""

from pathlib import Path

ROOT = Path(__file__).parents[2]
BENCHMARKS = ["model_speed.py", "ui_latency.py", "library_speed.py", "analysis_speed.py", "compare_speed.py"]


def _target(name: str) -> str:
    return (ROOT / "Makefile").read_text().split(f"\n{name}:")[1].split("\n\n")[0]


def test_make_bench_runs_these_benchmarks():
    assert sorted(b for b in BENCHMARKS if f"benchmarks/{b}" in _target("bench")) == sorted(BENCHMARKS)
    assert sorted(p.name for p in (ROOT / "benchmarks").glob("*.py")
                  if p.name not in ("timing.py", "package_size.py", "library_engines.py")) == sorted(BENCHMARKS)


def test_make_test_runs_each_short_form():
    smoke = _target("bench-smoke")
    assert all(f"benchmarks/{b} --quick" in smoke for b in BENCHMARKS)
    assert "$(MAKE) bench-smoke" in _target("test")
