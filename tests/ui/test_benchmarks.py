"""`make bench` runs to the end: each benchmark's short form (--quick) exits 0 in time.

The timeout only turns a hang (a modal question waiting invisibly on the offscreen platform,
as ui_latency.py once did) into a failure; nothing here is a timed assertion."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
BENCHMARKS = ["model_speed.py", "ui_latency.py", "library_speed.py", "analysis_speed.py", "compare_speed.py"]


def test_make_bench_runs_these_benchmarks():
    bench = (ROOT / "Makefile").read_text().split("\nbench:")[1].split("\n\n")[0]
    assert sorted(b for b in BENCHMARKS if f"benchmarks/{b}" in bench) == sorted(BENCHMARKS)


@pytest.mark.slow
@pytest.mark.parametrize("script", BENCHMARKS)
def test_benchmark_short_form_runs_to_the_end(script):
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), "--quick"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "median" in done.stdout
