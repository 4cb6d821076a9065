# `make run` and `make test` set everything up first (tools/bootstrap.sh), so both
# work on a fresh Debian machine with only Python and make.
VENV := .venv
PY := $(VENV)/bin/python


.PHONY: setup run test test-fast lint bench clean

setup:
	@VENV=$(VENV) sh tools/bootstrap.sh

run: setup
	$(PY) -m planner

# The whole suite, headless: layer contracts, model, CLI, UI, reliability runs.
test: setup
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# The everyday subset: skips the long reliability runs.
test-fast: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow"

bench: setup
	$(PY) benchmarks/model_speed.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/ui_latency.py
	$(PY) benchmarks/library_speed.py
	$(PY) benchmarks/analysis_speed.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
