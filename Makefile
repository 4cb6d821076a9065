# `make run` and `make test` set everything up first (tools/bootstrap.sh), so both
# work on a fresh Debian machine with only Python and make.
VENV := .venv
PY := $(VENV)/bin/python


.PHONY: setup setup-package run test test-fast lint bench bench-smoke package package-check bench-package clean

setup:
	@VENV=$(VENV) sh tools/bootstrap.sh

# The test tools plus PyInstaller (the `package` extra in pyproject.toml).
setup-package:
	@VENV=$(VENV) EXTRAS=dev,package sh tools/bootstrap.sh

run: setup
	$(PY) -m planner

# The whole suite, headless: layer contracts, model, CLI, UI, reliability runs,
# then the desktop executable is built and its own self-test run (package-check).
test: setup
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	$(MAKE) bench-smoke
	$(MAKE) package-check

# The everyday subset: skips the long reliability runs.
test-fast: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow"

# Every benchmark, the packaged app's start-up too, in one run; the printout is also kept in
# docs/benchmarks.txt, where README's "Speed" and "Size and start-up" tables take their figures.
BENCH_OUT := docs/benchmarks.txt
bench: setup package
	set -e; { date -u +"make bench, %Y-%m-%d %H:%M UTC"; \
	  $(PY) benchmarks/model_speed.py; \
	  QT_QPA_PLATFORM=offscreen $(PY) benchmarks/ui_latency.py; \
	  $(PY) benchmarks/library_speed.py; \
	  $(PY) benchmarks/analysis_speed.py; \
	  QT_QPA_PLATFORM=offscreen $(PY) benchmarks/compare_speed.py; \
	  $(PY) benchmarks/package_size.py; } > $(BENCH_OUT).part
	mv $(BENCH_OUT).part $(BENCH_OUT)
	cat $(BENCH_OUT)

# Each benchmark in its short form (--quick: seconds each), so one that hangs or breaks fails
# `make test`; `timeout` turns a hang (a modal question waiting invisibly offscreen) into a failure.
SMOKE := QT_QPA_PLATFORM=offscreen timeout 300 $(PY)
bench-smoke: setup
	$(SMOKE) benchmarks/model_speed.py --quick
	$(SMOKE) benchmarks/ui_latency.py --quick
	$(SMOKE) benchmarks/library_speed.py --quick
	$(SMOKE) benchmarks/analysis_speed.py --quick
	$(SMOKE) benchmarks/compare_speed.py --quick

# The desktop executable: dist/planner/planner (onedir) and
# dist/planner-<version>-linux-x86_64.tar.gz (see README, "Packaging").
package: setup-package
	rm -rf dist/planner
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/planner.spec
	$(PY) packaging/archive.py

# Runs the built executable: a module or resource missing from the build fails here. The last
# step opens its real window on X11 (its own Xvfb, QT_QPA_PLATFORM=xcb) and checks it painted.
package-check: package
	QT_QPA_PLATFORM=offscreen dist/planner/planner --self-test
	dist/planner/planner --version
	$(PY) packaging/smoke_test.py dist/planner/planner
	$(PY) packaging/x11_check.py dist/planner/planner

# Size of the build and the archive, start-up time of the executable (prints figures).
bench-package: package
	$(PY) benchmarks/package_size.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
