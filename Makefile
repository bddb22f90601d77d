# One command per job. Each creates .venv when missing and installs the project into it.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: install demo test test-fast lint bench clean

$(STAMP): pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

demo: install
	$(VENV)/bin/tacitus demo --db tacitus-demo.db

# Lint, then the whole suite with a private PostgreSQL server for the store tests.
test: install lint
	tools/with-postgres.sh $(PY) -m pytest $(PYTEST_ARGS)

test-fast: install
	$(PY) -m pytest -m "not slow" $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check src tests bench tools
	$(VENV)/bin/ruff format --check src tests bench tools
	$(VENV)/bin/mypy

bench: install
	tools/with-postgres.sh $(PY) bench/run.py
	tools/with-postgres.sh $(PY) bench/store_bench.py
	$(PY) bench/cluster_bench.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache tacitus-demo.db
