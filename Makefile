# The two commands: `make run` and `make test`. Everything else here serves them.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP_STAMP := $(VENV)/.installed
NPM_STAMP := frontend/node_modules/.installed
TEST_DATABASE_URL ?= postgresql://postgres@127.0.0.1:5432/test
HOST ?= 127.0.0.1
PORT ?= 8000
SPECTRAL := npx --yes @stoplight/spectral-cli@6

.PHONY: run test setup frontend-build test-python test-postgres test-frontend test-e2e \
        lint-python lint-api openapi postgres-up browser bench clean

## make run: set up everything, then serve the API and the web app with demo data on SQLite, and
## run a worker beside it (scheduled jobs, queues, notifications). Ctrl-C stops both.
run: setup frontend-build
	$(PY) -m api db upgrade
	$(PY) -m api demo load
	@echo "Onderdak runs on http://$(HOST):$(PORT) (API: http://$(HOST):$(PORT)/api/v1/docs), with a worker"
	@$(PY) -m api worker & worker=$$!; trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT; \
	 $(PY) -m api serve --host $(HOST) --port $(PORT)

## make test: set up everything and run every test (with CI=true also PostgreSQL and the browser).
test: setup
	$(MAKE) lint-python
	$(MAKE) test-python
	$(MAKE) lint-api
	$(MAKE) test-frontend
	@if [ "$$CI" = "true" ]; then $(MAKE) test-postgres; \
	 else echo "PostgreSQL pass skipped (CI is not true); run 'make test-postgres' for it."; fi
	$(MAKE) test-e2e

setup: $(PIP_STAMP) $(NPM_STAMP)

$(PIP_STAMP): pyproject.toml clients/python/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]' -e clients/python
	touch $@

$(NPM_STAMP): frontend/package.json frontend/package-lock.json
	npm ci --prefix frontend --no-audit --no-fund
	touch $@

frontend-build: $(NPM_STAMP)
	npm --prefix frontend run build

# pytest exits 5 when it collected no test: make treats that, like any non-zero exit, as failure.
test-python: $(PIP_STAMP)
	$(PY) -m pytest

postgres-up:
	@pg_isready -q -h 127.0.0.1 -p 5432 || \
	  pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start
	@pg_isready -h 127.0.0.1 -p 5432

test-postgres: $(PIP_STAMP) postgres-up
	TEST_DATABASE_URL=$(TEST_DATABASE_URL) $(PY) -m pytest

lint-python: $(PIP_STAMP)
	$(PY) -m ruff check api tests benchmarks migrations clients/python/generate.py
	$(PY) -m ruff format --check api tests benchmarks migrations clients/python/generate.py

lint-api:
	$(SPECTRAL) lint --fail-severity error -r openapi/nl-api-design-rules.spectral.yaml openapi/openapi.json

test-frontend: $(NPM_STAMP)
	npm --prefix frontend run check:client
	npm --prefix frontend test
	npm --prefix frontend run build

# Browser tests need Debian's chromium: installed here when we are root (as in CI).
browser:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi

test-e2e: $(NPM_STAMP) browser
	ONDERDAK_PYTHON=$(CURDIR)/$(PY) npm --prefix frontend run e2e

## make openapi: export the spec after changing the API, then regenerate the SPA client and the
## partner client (clients/python; it fails when the generator would drop a schema or an endpoint).
openapi: $(PIP_STAMP)
	$(PY) -m api openapi export
	npm --prefix frontend run generate:client
	$(PY) clients/python/generate.py

## make bench: the benchmarks (PostgreSQL for all but matching.py; they print their figures).
bench: $(PIP_STAMP) postgres-up
	$(PY) benchmarks/places_list.py
	$(PY) benchmarks/candidates.py
	$(PY) benchmarks/matching_run.py
	$(PY) benchmarks/matching.py
	$(PY) benchmarks/reports.py
	$(PY) benchmarks/outbox.py

clean:
	rm -rf $(VENV) frontend/node_modules frontend/dist var
