# Every target installs what it needs on first use (a virtual environment in .venv).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
CORPUS ?= corpus
OUTPUT ?= output

.PHONY: ingest test golden lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

ingest: $(STAMP)
	$(PY) -m pipeline ingest $(CORPUS) --db $(OUTPUT)/plans.db --json-dir $(OUTPUT)/json

test: $(STAMP)
	$(PY) -m pytest -q

# Rewrites tests/golden/ from the corpus. Review the diff against the source documents before committing.
golden: $(STAMP)
	UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py

clean:
	rm -rf $(OUTPUT)/plans.db $(OUTPUT)/json
