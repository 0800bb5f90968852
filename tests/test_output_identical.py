"""Every real document exports the same JSON as when tests/data/realdocs_digests.json was written: a change made
for speed must not change any output (the corpus/ samples are compared whole by tests/test_golden.py).

The digests are rewritten only by ``scripts/realdocs_digests.py --write``, after the changed JSON (written to
output/realdocs-json/) has been read against its document. Documents read by OCR take a minute or more each:
they are checked when KEHOACH_SLOW=1 (``KEHOACH_SLOW=1 pytest -m slow tests/test_output_identical.py``)."""

import json
import sys

import pytest

from conftest import REALDOCS, REALDOCS2, ROOT, needs, slow_only

sys.path.insert(0, str(ROOT / "scripts"))
from realdocs_digests import DIGESTS, digest, documents, export  # noqa: E402

STORED = json.loads(DIGESTS.read_text(encoding="utf-8"))


def _cases() -> list:
    cases = []
    for name, stored in sorted(STORED.items()):
        marks = [needs(REALDOCS if name.startswith("realdocs/") else REALDOCS2)]
        if stored["format"] == "pdf-ocr":
            marks += slow_only("read by OCR")
        cases.append(pytest.param(name, stored, marks=marks, id=name))
    return cases


@pytest.mark.parametrize("name, stored", _cases())
def test_real_document_exports_as_before(name, stored):
    assert digest(export(name)) == stored, (
        f"{name}: its JSON changed; read output/realdocs-json/{name}.json against the document, then "
        "run scripts/realdocs_digests.py --write if the change is right")


@needs(REALDOCS)
@needs(REALDOCS2)
def test_every_real_document_has_a_digest():
    assert set(documents()) == set(STORED)


def test_a_digest_leaves_out_the_schema_version_only():
    export_text = '{\n  "schema_version": "0.14.0",\n  "source": {\n    "format": "html"\n  },\n  "title": "Kế hoạch"\n}'
    assert digest(export_text) == digest(export_text.replace("0.14.0", "0.15.0"))
    assert digest(export_text) != digest(export_text.replace("Kế hoạch", "Kế hoạch số 2"))
