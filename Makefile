# Every target installs what it needs on first use (a virtual environment in .venv).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
CORPUS ?= corpus
OUTPUT ?= output

.PHONY: ingest test golden schema bench bench-floors bench-scale serve datapackage report xlsx lint clean system-deps test-system-deps

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

# One worker per core (CI has two); a module's tests stay on one worker, so a module's fixture (the task bed, a
# LibreOffice conversion) is built once. TEST_WORKERS=0 runs them in this process.
TEST_WORKERS ?= auto
test: $(STAMP) test-system-deps
	HYPOTHESIS_PROFILE=repeatable $(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadfile --durations=15

# Rewrites tests/golden/ from the corpus. Review the diff against the source documents before committing.
golden: $(STAMP)
	UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py

# A page per document for review (metadata and where it came from, warnings beside their source text, crops of
# scans) and an index with what each has to review: output/report/index.html.
report: $(STAMP)
	$(PY) -m pipeline report --db $(OUTPUT)/plans.db --out $(OUTPUT)/report

# The database as a spreadsheet: documents, tasks, task × agency, indicators, review queue.
xlsx: $(STAMP)
	$(PY) -m pipeline export --db $(OUTPUT)/plans.db --xlsx $(OUTPUT)/plans.xlsx

# Every table and view as CSV with a Frictionless datapackage.json, for tools that load that standard.
datapackage: $(STAMP)
	$(PY) -m pipeline datapackage --db $(OUTPUT)/plans.db --out $(OUTPUT)/datapackage

# Browse the database in Datasette at http://127.0.0.1:8001 (titles, facets and canned queries in the metadata file).
serve: $(STAMP)
	$(VENV)/bin/datasette serve $(OUTPUT)/plans.db --metadata pipeline/data/datasette.json -h 127.0.0.1 -p 8001

# Throughput, OCR speed and error rate, memory, re-ingest and scaling, then each format beside its library's
# floor, peak memory on a 200-page PDF, start-up and a no-change re-ingest of 2,000 files; writes bench/RESULTS.md
# (~30 min).
bench: $(STAMP) test-system-deps
	$(PY) bench/run.py
	OMP_THREAD_LIMIT=1 $(PY) bench/floors.py

# Only the side-by-side part of the above (~5 min): each format's CPU time beside its library's floor.
bench-floors: $(STAMP) test-system-deps
	OMP_THREAD_LIMIT=1 $(PY) bench/floors.py --only txt,html,docx,pdf,scan,doc

# 10,000 varied documents through `kehoach ingest --engine dask` (a local cluster; SCALE_ARGS='--scheduler tcp://…'
# passes through) into SQLite, then into a throw-away local PostgreSQL: documents/s, memory per worker, engine cost
# per task, the writer's share. Writes the "At scale" sections of bench/RESULTS.md; takes 30–90 min on 2 cores.
# docs/scale.md extrapolates from them.
bench-scale: $(STAMP) test-system-deps
	$(PY) bench/scale.py $(SCALE_ARGS)
	$(PY) bench/scale.py --db local-postgresql $(SCALE_ARGS)

# Regenerates the published JSON Schema from pipeline/outputs/schema.py (a test fails while they differ).
schema: $(STAMP)
	$(PY) -m pipeline schema > schema/plan.schema.json

# Pyflakes' checks (unused imports and names, undefined names) and syntax errors, with ruff (the test extra).
lint: $(STAMP)
	$(VENV)/bin/ruff check .

# Removes everything the targets above wrote into $(OUTPUT) (database, JSON, plans.jsonl, report, spreadsheet, data
# package, caches); keeps a person's work: corrections.csv and the registry folder.
clean:
	find $(OUTPUT) -mindepth 1 -maxdepth 1 ! -name corrections.csv ! -name registry ! -name .gitkeep -exec rm -rf {} +
