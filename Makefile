# Every target installs what it needs on first use (a virtual environment in .venv).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
CORPUS ?= corpus
OUTPUT ?= output

.PHONY: ingest test golden schema bench serve datapackage lint clean system-deps test-system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Tesseract (Vietnamese) and LibreOffice, installed with apt-get when missing and run as root.
system-deps:
	@bash scripts/install-system-deps.sh runtime

# The same, plus what the tests render with: fonts (Times New Roman and Arial metrics) and Chromium.
test-system-deps:
	@bash scripts/install-system-deps.sh test

ingest: $(STAMP) system-deps
	$(PY) -m pipeline ingest $(CORPUS) --db $(OUTPUT)/plans.db --json-dir $(OUTPUT)/json

test: $(STAMP) test-system-deps
	$(PY) -m pytest -q

# Rewrites tests/golden/ from the corpus. Review the diff against the source documents before committing.
golden: $(STAMP)
	UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py

# Every table and view as CSV with a Frictionless datapackage.json, for tools that load that standard.
datapackage: $(STAMP)
	$(PY) -m pipeline datapackage --db $(OUTPUT)/plans.db --out $(OUTPUT)/datapackage

# Browse the database in Datasette at http://127.0.0.1:8001 (titles, facets and canned queries in the metadata file).
serve: $(STAMP)
	$(VENV)/bin/datasette serve $(OUTPUT)/plans.db --metadata pipeline/data/datasette.json -h 127.0.0.1 -p 8001

# Throughput, OCR speed and error rate, memory, re-ingest and scaling; writes bench/RESULTS.md (~20 min).
bench: $(STAMP) test-system-deps
	$(PY) bench/run.py

# Regenerates the published JSON Schema from pipeline/schema.py (a test fails while they differ).
schema: $(STAMP)
	$(PY) -m pipeline schema > schema/plan.schema.json

clean:
	rm -rf $(OUTPUT)/plans.db $(OUTPUT)/json
