"""Each corpus file's JSON export equals tests/golden/<file name>.json.

The golden files are rewritten only by ``make golden`` (UPDATE_GOLDEN=1), and every change to them is
read against the source document before it is committed.
"""

import os

import pytest

from pipeline.outputs.export import dumps
from pipeline.run import process

from conftest import ROOT, corpus_files

GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_export_matches_golden(path, monkeypatch):
    monkeypatch.chdir(ROOT)
    actual = dumps(process(path.relative_to(ROOT)))
    golden = GOLDEN / f"{path.name}.json"
    if UPDATE:
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"no golden file for {path.name}: run 'make golden' and review it"
    assert actual == golden.read_text(encoding="utf-8")


def test_every_golden_file_has_its_corpus_file():
    names = {p.name for p in corpus_files()}
    assert {g.name.removesuffix(".json") for g in GOLDEN.glob("*.json")} == names


def test_golden_update_is_off_in_ci():
    assert not (os.environ.get("CI") and UPDATE), "UPDATE_GOLDEN must never be set in CI"
