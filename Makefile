# The two commands a newcomer needs are `make run` and `make test`; everything else is
# what they are made of.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint format migrate fixtures bench loadtest messages clean

install: $(STAMP)

# Re-installs only when pyproject.toml changes: `make install` on a ready tree does nothing.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

run: migrate
	$(BIN)/python manage.py setup_demo --url http://$(HOST):$(PORT)/admin/
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install
	cd claims && ../$(BIN)/django-admin makemessages -l ko --no-obsolete
	cd claims && ../$(BIN)/django-admin compilemessages

fixtures: install
	$(BIN)/python manage.py build_fixtures

bench: install
	$(BIN)/python -m claims.bench

loadtest: install
	$(BIN)/python -m claims.loadtest

clean:
	rm -rf $(VENV) db.sqlite3 .pytest_cache
