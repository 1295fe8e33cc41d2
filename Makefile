# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Frames above this many bytes are refused by daphne itself (the consumer
# closes anything over 1 KiB with 4413 first; see DESIGN.md).
WS_MAX_FRAME ?= 65536
PYTEST_ARGS ?=

.PHONY: help install install-test install-bench run serve test lint format browsers nginx stack stack-stop bench bench-tools clean

help:
	@echo "make run    - install, migrate, load demo content, serve http://$(HOST):$(PORT)"
	@echo "make test   - install everything the suite needs and run it"
	@echo "make lint   - ruff check and format check"
	@echo "make stack  - PostgreSQL, Redis, gunicorn (pages), two daphne (/ws/), nginx: https://127.0.0.1:8443/"
	@echo "make stack-stop - stop what make stack started"
	@echo "make bench  - benchmarks, about 20 minutes (QUICK=1: about 3); see bench/"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -c constraints.txt -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test]"
	@touch $@ $(VENV)/.installed

$(VENV)/.installed-bench: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test,bench]"
	@touch $@ $(VENV)/.installed $(VENV)/.installed-test

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test
install-bench: $(VENV)/.installed-bench

# The embedded default: SQLite, in-memory channel layer and presence store,
# local-memory cache, DEBUG on. Set DATABASE_URL/REDIS_URL for the real stack.
run: install
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py migrate --noinput
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py load_demo --if-empty
	@# Only on an empty embedded database with DEBUG on (prints its password once).
	@if [ "$${DEBUG:-1}" != "0" ]; then DEBUG=$${DEBUG:-1} $(BIN)/python manage.py create_demo_editor; fi
	$(MAKE) --no-print-directory serve

serve:
	@echo "Serving on http://$(HOST):$(PORT)/ (Ctrl+C stops)"
	DEBUG=$${DEBUG:-1} $(BIN)/python -m presence.serve -b $(HOST) -p $(PORT) \
	  --websocket-max-frame-size $(WS_MAX_FRAME) \
	  --websocket-max-message-size $(WS_MAX_FRAME) \
	  portal.asgi:application

# Debian's Chromium for the browser tests (Playwright cannot download its own).
browsers:
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

# Debian's nginx for `make stack` and the stack tests.
nginx:
	@if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then \
	  echo "Installing Debian's nginx..."; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  { DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq nginx-light >/dev/null || \
	    DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq nginx >/dev/null; }; \
	fi

# The real stack, natively (docker-compose.yml describes the same): PostgreSQL
# and Redis on loopback (reused when they answer), migrations, static files,
# demo content when empty, gunicorn's sync workers (pages; GUNICORN_WORKERS,
# default 2 x cores + 1) and two daphne processes (/ws/) on Unix sockets,
# nginx with a self-signed certificate. Pid files and logs are in run/.
STACK_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/portal
STACK_REDIS_URL ?= redis://127.0.0.1:6379/0

stack: install nginx
	STACK_DATABASE_URL=$(STACK_DATABASE_URL) STACK_REDIS_URL=$(STACK_REDIS_URL) \
	  $(BIN)/python -m deploy.stack start

stack-stop:
	@PY=$(BIN)/python; [ -x $$PY ] || PY=python3; \
	STACK_DATABASE_URL=$(STACK_DATABASE_URL) STACK_REDIS_URL=$(STACK_REDIS_URL) \
	  $$PY -m deploy.stack stop

# Debian's wrk, nginx and Redis for the benchmarks, when missing.
bench-tools:
	@missing=""; \
	command -v wrk >/dev/null || missing="$$missing wrk"; \
	{ command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; } || missing="$$missing nginx-light"; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian's$$missing for the benchmarks..."; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

# Pages and the live counter next to their baselines, on loopback; prints
# the table and writes it to bench/results/. QUICK=1 for a short run.
QUICK ?=
bench: install-bench bench-tools
	$(BIN)/python -m bench.run $(if $(filter-out 0,$(QUICK)),--quick,)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: install-test browsers nginx lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
