# The two commands of the README: `make run` and `make test`. Everything else is set up on the way.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install run test test-sqlite test-postgres system-deps lint

$(BIN)/nomproc: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/nomproc

# Process the sample replies in examples/inbox on the embedded default (SQLite under ./data) and keep running.
run: install
	$(BIN)/nomproc run --inbox examples/inbox

system-deps:
	./scripts/install-system-deps.sh

# ruff; the import layers (import-linter contracts in pyproject.toml); mypy, strict on the domain and the pure stages.
lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

# The whole suite, on SQLite and then on PostgreSQL (127.0.0.1:5432, database `test`).
test: lint system-deps
	$(MAKE) test-sqlite
	$(MAKE) test-postgres

test-sqlite: install
	NOMPROC_TEST_DATABASE=sqlite $(BIN)/pytest -q

test-postgres: install
	NOMPROC_TEST_DATABASE=postgresql $(BIN)/pytest -q

# Fuzz parse and the pure middle of the pipeline with atheris for FUZZ_SECONDS; a crash stops it and is written to
# fuzz/artifacts/. New inputs that reach new code are merged into tests/fuzz_corpus/ (replayed by the test suite).
FUZZ_SECONDS ?= 600
.PHONY: fuzz
fuzz: install
	$(BIN)/pip install --quiet -e '.[fuzz]'
	mkdir -p fuzz/work fuzz/artifacts
	cp tests/fuzz_corpus/* fuzz/work/
	$(BIN)/python -m fuzz.seeds fuzz/work
	PATH=$(BIN):$$PATH fuzz/fuzz_pipeline.py fuzz/work -max_total_time=$(FUZZ_SECONDS) -timeout=30 \
		-rss_limit_mb=2048 -max_len=65536 -artifact_prefix=fuzz/artifacts/
	# merging re-runs the target as a program: fuzz_pipeline.py is executable and finds the venv's python on PATH
	PATH=$(BIN):$$PATH fuzz/fuzz_pipeline.py -merge=1 tests/fuzz_corpus fuzz/work

.PHONY: bench bench-quick
# Every figure of issue 8 side by side with its anchor, written to BENCHMARKS.md (about 20 minutes on 2 cores).
bench: install
	$(BIN)/python -m benchmarks.run

# The same harness at small sizes (under a minute): checks that every benchmark still runs; writes a temp file.
bench-quick: install
	$(BIN)/python -m benchmarks.run --quick
