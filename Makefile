# mockround: `make run` serves on http://127.0.0.1:8000 (PORT= overrides); `make test` runs the tests.
PORT ?= 8000
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MOCKROUND := $(BIN)/mockround
ASSETS := build/assets/app.js

.PHONY: run test check format assets venv image app-image clean

run: venv assets
	$(MOCKROUND) migrate
	$(MOCKROUND) problems sync
	PORT=$(PORT) $(MOCKROUND) serve

test: venv assets
	$(BIN)/pytest $(PYTEST_ARGS)

check: venv
	$(BIN)/ruff check platform tests benchmarks
	$(BIN)/ruff format --check platform tests benchmarks
	$(BIN)/mypy

format: venv
	$(BIN)/ruff check --fix platform tests benchmarks
	$(BIN)/ruff format platform tests benchmarks

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

assets: $(ASSETS)

$(ASSETS): package.json package-lock.json $(wildcard frontend/src/*)
	npm ci --no-audit --no-fund
	npm run build
	touch $@

# The Docker sandbox image (service mode); skipped when one built from the same recipe exists.
image:
	bash sandbox/build-image.sh

# The application image of docker-compose.yml; skipped when one built from the same recipe and files exists.
app-image:
	bash deploy/build-app-image.sh

clean:
	rm -rf build node_modules var
