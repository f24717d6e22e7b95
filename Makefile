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

.PHONY: book test lab serve bench execute venv clean

# The venv is (re)installed whenever requirements.txt or pyproject.toml is newer than it.
$(VENV)/.installed: requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

venv: $(VENV)/.installed

## make book: validate the data, then build the HTML book into _build/html (warnings are errors)
book: venv
	$(PY) -m bookbuild.validate --stamp $(BUILD)/.missions-data-valid.sha256
	$(VENV)/bin/jupyter-book build . $(JB_FLAGS)

## make test: build the book, then run every test (unit, data, notebooks via nbval, built pages, browser)
test: book
	$(PY) -m pytest

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
