# Two commands: `make run` serves the demo site, `make test` runs the whole suite.
# Both build everything they need (virtual environment, packages, database).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# The address people use to reach `make run` (links, QR codes); differs from HOST:PORT
# when serving other machines from 0.0.0.0.
ADDRESS ?= http://$(HOST):$(PORT)

.PHONY: run serve test e2e backup restore lint format messages compilemessages i18n-check bench soak bench-search setup setup-demo setup-dev migrate demo clean

run: setup compilemessages migrate demo
	@echo "Serving $(ADDRESS)/th/  (admin: $(ADDRESS)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

# The shipped production stack (gunicorn, production settings) with the embedded defaults;
# its database, media and generated secrets live in var/serve/ (scripts/serve.py).
serve: setup-demo compilemessages
	HOST=$(HOST) PORT=$(PORT) $(PY) scripts/serve.py

test: setup-dev compilemessages
	$(BIN)/pytest -n auto $(PYTEST_ARGS)

# The journeys: Playwright in Debian's Chromium against gunicorn with the production
# settings (tests/e2e). DATABASE_URL and REDIS_URL choose PostgreSQL and Redis.
e2e: setup-dev compilemessages
	E2E=1 $(BIN)/pytest tests/e2e -p no:xdist $(PYTEST_ARGS)

# The deploy check runs on an empty database: it judges the configuration, not local demo data.
lint: setup-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) check
	DATABASE_URL=sqlite://:memory: DJANGO_SETTINGS_MODULE=config.settings.production DJANGO_SECRET_KEY=lint-only-$$(printf '%060d' 0)x ALLOWED_HOSTS=example.org COMPLAINT_ENCRYPTION_KEYS=bGludC1vbmx5LWtleS1ub3QtZm9yLXByb2R1Y3Rpb24= $(MANAGE) check --deploy --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	$(PY) scripts/check_messages.py

format: setup-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refresh the project's Thai catalogue from the source; then fill every msgstr.
messages: setup-dev
	$(MANAGE) makemessages -l th --no-location --ignore=.venv --ignore=locale --ignore=bench --ignore=tests
	$(PY) scripts/compile_messages.py

compilemessages: $(VENV)/.stamp-runtime
	$(PY) scripts/compile_messages.py

# Thai admin gate (issue 9): 100% Thai for Wagtail + wagtail-localize, placeholders,
# locale/wagtail generated from scripts/i18n/wagtail-th.tsv, .mo files current.
i18n-check: setup-dev
	$(PY) scripts/check_messages.py
	$(PY) scripts/i18n_check.py

bench: setup-dev compilemessages
	$(PY) bench/run.py

# Load and faults on the shipped stack (bench/soak/): SOAK_CLIENTS (200) for SOAK_SECONDS (60)
# on PostgreSQL (SOAK_DATABASE_URL, dropped and made again) and a private redis-server.
soak: setup-dev compilemessages
	$(PY) -m bench.soak

# Thai search relevance (issue 8): default backend vs the Thai index on a temporary demo DB.
# BENCH_DATABASE_URL=postgres://... runs it on PostgreSQL instead of SQLite.
bench-search: setup-dev
	$(PY) bench/search_relevance.py --verbose $(if $(BENCH_DATABASE_URL),--database-url $(BENCH_DATABASE_URL))

migrate: setup
	$(MANAGE) migrate --no-input

# The demo site's address is the one `make run` serves: QR codes, exports and API links use it.
demo: setup-demo
	$(MANAGE) load_demo_site --address $(ADDRESS)

# The database and media in one archive, complaints still encrypted (docs/production.md).
backup: setup
	$(MANAGE) backup_site $(BACKUP)

restore: setup migrate
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=path/to/archive.tar.gz"; exit 2; }
	$(MANAGE) restore_site $(BACKUP) --replace

setup: $(VENV)/.stamp-runtime
setup-demo: $(VENV)/.stamp-demo
setup-dev: $(VENV)/.stamp-dev

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.stamp-runtime: requirements.txt | $(VENV)/bin/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.stamp-demo: requirements.txt requirements-demo.txt $(VENV)/.stamp-runtime
	$(BIN)/pip install --quiet -r requirements-demo.txt
	touch $@

$(VENV)/.stamp-dev: requirements.txt requirements-demo.txt requirements-dev.txt $(VENV)/.stamp-demo
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

clean:
	rm -rf $(VENV) db.sqlite3 static_collected
