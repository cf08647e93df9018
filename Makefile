# `make demo` and `make test` are the two commands of the README and CI.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
KG := $(BIN)/kg
SHARED := ../shared
SEED_GOLD := $(SHARED)/gold/000_e50f60dcf0432a7e.json

.PHONY: demo test bench fuzz

# the venv is created once; `pip install -e` keeps it in step with the source
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

demo: $(BIN)/python
	$(BIN)/pip install -q -e .
	$(KG) build examples/ -o out/demo
	$(KG) query out/demo --name oversight --param unit=财政局
	$(KG) query out/demo --name groups
	$(KG) viz out/demo -o out/demo.html
	@if [ -d $(SHARED)/seeds ]; then \
	  set -e; \
	  $(KG) build $(SHARED)/seeds/ -o out/seed; \
	  $(KG) viz out/seed -o out/seed.html; \
	  $(KG) export out/seed --format csv -o out/seed-tables; \
	  $(KG) eval out/seed --gold $(SEED_GOLD); \
	else echo "($(SHARED)/seeds not present: seed demo skipped)"; fi
	@echo "open out/demo.html in a browser (works offline)"

test: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/pytest -q

# figures, not timed tests: the examples' build, the page's drawing, then a
# 1,000-gazette corpus (benchmarks/build.py: build, store, queries, rdflib ratio)
bench: $(BIN)/python
	$(BIN)/pip install -q -e .
	@TIMEFORMAT='kg build examples/: %Rs'; time $(KG) build examples/ -o out/bench --quiet
	$(BIN)/python -m benchmarks.paint
	$(BIN)/python -m benchmarks.build $(BENCH_ARGS)

# the property tests of tests/test_fuzz.py with many more generated texts
fuzz: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	KG_FUZZ_EXAMPLES=50000 $(BIN)/pytest -q tests/test_fuzz.py
