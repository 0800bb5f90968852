"""The review loop for a number written by hand in the "Số:" blank of a scan (s36-scans): a review item naming
document.number with the field's box; a clerk's correction is applied, kept on every later ingest, and the item
leaves the queue."""

import json

import sqlite_utils
from click.testing import CliRunner

from pipeline.cli import main
from pdfmaker import SERIF, scan_pdf
from test_handwriting import header_page
from test_scan_tables import needs_tesseract


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def queue(folder, kind):
    db = sqlite_utils.Database(folder / "output" / "plans.db")
    return [dict(r) for r in db.query("SELECT item, field_path, value, page, bbox FROM review_queue WHERE kind = ? "
                                      "ORDER BY item", [kind])]


def exported(folder, name):
    return json.loads((folder / "output" / "json" / f"{name}.json").read_text(encoding="utf-8"))


@needs_tesseract
def test_handwritten_number_review_loop(tmp_path, monkeypatch):
    """A number written by hand: a review item naming document.number with the field's box; corrected, it is kept and
    leaves the queue."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "qd.pdf").write_bytes(scan_pdf([header_page(SERIF, hand={"number": {"scale": 1.4}})]))
    assert run("ingest", "plans", "--workers", "1").exit_code == 0
    (item,) = queue(tmp_path, "field_handwritten")
    assert item["field_path"] == "document.number" and item["page"] == 1 and len(json.loads(item["bbox"])) == 4
    assert run("correct", "plans/qd.pdf", "document.number", "1740/QĐ-UBND").exit_code == 0
    for _ in range(2):
        assert "Corrections: 1 applied" in run("ingest", "plans", "--workers", "1").output
        assert exported(tmp_path, "qd.pdf")["document"]["number"] == "1740/QĐ-UBND"
        assert not queue(tmp_path, "field_handwritten")
