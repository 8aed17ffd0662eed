# Quick start: `make demo` (set up, render the sample corpus) and `make test` (set up, run the tests).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: demo test lint format bench clean setup

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	@echo "== markup check of the sample document"
	$(BIN)/lacuna parse corpus/document-petrov-zhang-1947.txt --quiet
	@echo "== clean reading text -> out/petrov.clean.txt"
	$(BIN)/lacuna render corpus/document-petrov-zhang-1947.txt --edition clean > out/petrov.clean.txt
	@echo "== JSON edition -> out/petrov.json"
	$(BIN)/lacuna render corpus/document-petrov-zhang-1947.txt --edition json > out/petrov.json
	@echo "== spans of the whole corpus (table)"
	$(BIN)/lacuna spans corpus/*.txt --format table
	@echo "== first paragraph of the clean text"
	@sed -n '21p' out/petrov.clean.txt | fold -s -w 100 | head -12

test: $(STAMP)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: $(STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

bench: $(STAMP)
	$(BIN)/python bench/parse.py

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis build src/*.egg-info
