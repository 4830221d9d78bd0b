# sitroom: `make demo` runs the pipeline on the bundled examples, `make lint` checks the code
# (ruff + mypy, zero errors), `make test` lints and then runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install browser demo lint test eval bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/sitroom run examples/reports --meta examples/meta.json --db out/demo.db --out out

# Debian's chromium for the browser tests (skipped, with a warning, where it cannot be installed)
browser: install
	@command -v chromium >/dev/null 2>&1 || bash scripts/install_browser.sh \
	  || echo "warning: chromium could not be installed; the browser tests will be skipped" >&2

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/mypy

test: lint browser
	$(BIN)/python -m pytest

eval: install
	$(BIN)/sitroom eval all --data ../shared/eval

bench: install
	$(BIN)/sitroom bench --words 20000

clean:
	rm -rf out .pytest_cache
