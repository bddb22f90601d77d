# One command per job. Each creates .venv when missing and installs the project into it.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: install demo test test-fast lint bench clean chromium

$(STAMP): pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

demo: install
	$(VENV)/bin/tacitus demo --db tacitus-demo.db

# The dashboard's browser tests drive Debian's Chromium (never `playwright install`).
# Idempotent: installs the package only when /usr/bin/chromium is missing; sudo only when not root.
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "installing Debian's chromium for the browser tests" >&2; \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi

# Lint, then the whole suite with a private PostgreSQL server for the store tests.
test: install lint chromium
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
	$(PY) bench/api_load.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache tacitus-demo.db
