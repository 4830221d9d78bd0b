# sitroom: `make demo` runs the pipeline on the bundled examples, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test eval bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/sitroom run examples/reports --meta examples/meta.json --db out/demo.db --out out

test: install
	$(BIN)/python -m pytest

eval: install
	@for t in time events geo; do echo "== $$t"; $(BIN)/sitroom eval $$t --data ../shared/eval/$$( \
	  case $$t in time) echo time-tempeval3;; events) echo events-plover/PLOVER_GSR_dev.json;; geo) echo geo-lgl/lgl.xml;; esac); done

bench: install
	$(BIN)/sitroom bench --words 20000

clean:
	rm -rf out .pytest_cache
