# Quick start: `make demo` (set up, render the sample corpus) and `make test` (set up, run the tests).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: demo test perf lint format bench clean setup test-deps compiled pure current

# The hot modules are compiled by mypyc (docs/design.md, "Compiled hot modules"): the build's
# requirements (pyproject.toml's [build-system], mypy among them) are installed in the
# environment first and the package is built there (--no-build-isolation). Without gcc and the
# Python headers, or when mypyc declines, it is built with the pure Python modules: the last
# line says which runs, and why. `LACUNA_COMPILE=0 make setup` (or `make pure`): the pure build.
BUILD_REQUIRES = $(BIN)/python -c "import tomllib; print(*tomllib.load(open('pyproject.toml', 'rb'))['build-system']['requires'])"
SAY_BUILD = $(BIN)/python -c "from lacuna import _compiled; print('lacuna:', _compiled.describe())"; \
	if [ -f build/lacuna-compiled.txt ]; then sed 's/^/lacuna: /' build/lacuna-compiled.txt; fi

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet $$($(BUILD_REQUIRES))
	$(BIN)/pip install --quiet --no-build-isolation -e '.[test]'
	@$(SAY_BUILD)
	touch $(STAMP)

setup: $(STAMP)

# The compiled build again when a source changed since it was built (an editable install runs
# an edited source as written, so the compiled modules give way to the sources until then); a
# pure build stays pure
current: $(STAMP)
	@if [ "$$($(BIN)/python -c 'from lacuna import _compiled; print(_compiled.state())')" = stale ]; then \
		echo "== the sources changed since the compiled build: building it again"; \
		$(BIN)/pip install --quiet --no-build-isolation --no-deps -e . && $(SAY_BUILD); \
	fi

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
test: current
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile

# the timing tests (growth on hostile input, best of several runs), which `make test` skips;
# of the compiled build, built again first if a source changed (else the sources would be timed)
perf: current
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

bench: current
	$(BIN)/python bench/parse.py

# The compiled build (the default of `make setup`) again, after an edit of the sources or
# `make pure`; `make pure`: the pure Python modules (removes the compiled files). `make clean`
# removes them too (run it before switching branches: *.so files are not tracked)
compiled: $(STAMP)
	LACUNA_COMPILE=1 $(BIN)/pip install --quiet --no-build-isolation --no-deps -e .
	@$(SAY_BUILD)

pure: $(STAMP)
	LACUNA_COMPILE=0 $(BIN)/pip install --quiet --no-build-isolation --no-deps -e .
	@$(SAY_BUILD)

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis build src/*.egg-info src/lacuna/_compiled.sha256
	find src -name '*.so' -delete
