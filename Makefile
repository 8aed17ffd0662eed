# Quick start: `make demo` (set up, render the sample corpus) and `make test` (set up, run the tests).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: demo test perf lint format bench clean setup test-deps compiled

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
	@echo "== editions -> out/petrov.{clean.txt,json,tei.xml,html}"
	$(BIN)/lacuna render corpus/document-petrov-zhang-1947.txt --edition clean > out/petrov.clean.txt
	$(BIN)/lacuna render corpus/document-petrov-zhang-1947.txt --edition json > out/petrov.json
	$(BIN)/lacuna render corpus/document-petrov-zhang-1947.txt --edition tei > out/petrov.tei.xml
	$(BIN)/lacuna render corpus/document-petrov-zhang-1947.txt --edition html > out/petrov.html
	@echo "== spans of the sample document (table)"
	$(BIN)/lacuna spans corpus/document-petrov-zhang-1947.txt --format table
	@echo "== what is missing, and how it could be restored"
	$(BIN)/lacuna lacunae corpus/document-petrov-zhang-1947.txt
	@echo "== listing pages: entries, cross-page duplicates, documents -> out/listings.csv"
	$(BIN)/lacuna listings corpus/listing-*.txt --format csv > out/listings.csv
	@echo "== the edition site of the corpus -> out/site/index.html (open it in a browser)"
	$(BIN)/lacuna site corpus -o out/site
	@echo "== first paragraph of the clean text"
	@sed -n '21p' out/petrov.clean.txt | fold -s -w 100 | head -12

# The tests run in parallel (pytest-xdist), one process per core (TEST_WORKERS=1 make test: one):
# each test file runs whole in one worker, in its order, so a file's module fixtures (one Spark
# session, one browser, the documented examples' shared directory) are made once, as in a
# serial run. A failure is reported under its test's name, as without workers.
TEST_WORKERS ?= auto
test: $(STAMP)
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile

# the timing tests (growth on hostile input, best of several runs), which `make test` skips
perf: $(STAMP)
	$(BIN)/pytest -m perf

# System tools some tests need (they skip without them): jing validates the TEI edition,
# chromium renders the HTML edition. Debian/Ubuntu; installs only what is missing; needs root.
test-deps:
	@if command -v jing >/dev/null && command -v chromium >/dev/null && command -v chromedriver >/dev/null; then \
		echo "jing and chromium are installed"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && apt-get install -y -qq jing chromium chromium-driver; \
	else \
		echo "test-deps: run as root on Debian/Ubuntu, or install jing and chromium yourself" >&2; exit 1; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check src tests bench setup.py
	$(BIN)/ruff format --check src tests bench setup.py

format: $(STAMP)
	$(BIN)/ruff format src tests bench setup.py
	$(BIN)/ruff check --fix src tests bench setup.py

bench: $(STAMP)
	$(BIN)/python bench/parse.py

# The hot modules compiled by mypyc (a build option, docs/design.md "Compiled hot modules"):
# needs gcc and the Python headers. `pip install -e .` (`make setup` after a change of
# pyproject.toml) goes back to the sources and removes the compiled files; so does `make clean`
# (run it before switching branches: *.so files are not tracked)
compiled: $(STAMP)
	$(BIN)/pip install --quiet "setuptools>=77" wheel "mypy>=1.15"
	LACUNA_COMPILE=1 $(BIN)/pip install --quiet --no-build-isolation -e .
	$(BIN)/python -c "from lacuna import _compiled; print('compiled modules in use:', _compiled.ACTIVE)"

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis build src/*.egg-info src/lacuna/_compiled.sha256
	find src -name '*.so' -delete
