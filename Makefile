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

# Process examples/inbox on the embedded default (SQLite under ./data) and keep running.
run: install
	$(BIN)/nomproc run

system-deps:
	./scripts/install-system-deps.sh

lint: install
	$(BIN)/ruff check .

# The whole suite, on SQLite and then on PostgreSQL (127.0.0.1:5432, database `test`).
test: lint system-deps
	$(MAKE) test-sqlite
	$(MAKE) test-postgres

test-sqlite: install
	NOMPROC_TEST_DATABASE=sqlite $(BIN)/pytest -q

test-postgres: install
	NOMPROC_TEST_DATABASE=postgresql $(BIN)/pytest -q
