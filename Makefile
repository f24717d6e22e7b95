# Missions: the two commands are `make book` and `make test` (see README.md).
# Only python3, git and make are assumed; everything else comes from requirements.txt.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BUILD := _build
JB_FLAGS := -W -n --keep-going
PORT ?= 8000
# JupyterLab refuses to start as root (containers, CI machines) unless told it may.
LAB_FLAGS := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: book test lint lab serve bench execute venv clean

# The venv is (re)installed whenever requirements.txt or pyproject.toml is newer than it.
# The lock needs Python 3.11.5 or newer: say so plainly rather than fail deep inside pip.
$(VENV)/.installed: requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11, 5) else 1)' || { \
	  echo "Missions needs Python 3.11.5 or newer; $(PYTHON) is $$($(PYTHON) -V 2>&1)."; \
	  echo "Install a newer Python, or run make with PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

venv: $(VENV)/.installed

## make book: validate the data, then build the HTML book into _build/html (warnings are errors)
book: venv
	$(PY) -m bookbuild.validate --stamp $(BUILD)/.missions-data-valid.sha256
	$(VENV)/bin/jupyter-book build . $(JB_FLAGS)

## make test: lint, build the book, then run every test (unit, data, notebooks via nbval, built pages, browser)
test: lint book
	$(PY) -m pytest

## make lint: ruff (check and format) and codespell, as configured in pyproject.toml
lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/codespell

## make execute: re-run the chapter notebooks and save their outputs (do this before committing)
execute: venv
	$(PY) -m bookbuild.execute

## make lab: JupyterLab on the chapters, for running them locally
lab: venv
	$(VENV)/bin/jupyter lab $(LAB_FLAGS) --no-browser book

## make serve: preview the built book on http://localhost:$(PORT)/
serve: book
	$(PY) -m http.server $(PORT) --bind 127.0.0.1 --directory $(BUILD)/html

## make bench: time a clean build, each notebook, a no-change rebuild and the tests; page weights
bench: venv
	$(PY) -m bookbuild.bench

clean:
	rm -rf $(BUILD)
