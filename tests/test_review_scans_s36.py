"""The review loop for what a scan could not give (s36-scans): each task cell of a column no word could be read from
(``column_unreadable``) is a review item naming the task field a correction gives it, with the cell's page and box for
the crop; a clerk's correction is applied and kept on every later ingest, and the item leaves the queue. The same
loop for a number written by hand in the "Số:" blank."""

import json

import pytest
import sqlite_utils
from click.testing import CliRunner

from pipeline.cli import main
from pdfmaker import SERIF, scan_pdf
from test_handwriting import header_page
from test_scan_tables import ROW, TOP, needs_font, needs_tesseract
from test_scans_s35 import TASK_ROWS, XS, _spoiled

DEADLINE = 3  # the deadline column of test_scan_tables' page


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def queue(folder, kind):
    db = sqlite_utils.Database(folder / "output" / "plans.db")
    return [dict(r) for r in db.query("SELECT item, field_path, value, page, bbox FROM review_queue WHERE kind = ? "
                                      "ORDER BY item", [kind])]


def exported(folder, name):
    return json.loads((folder / "output" / "json" / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
def scribbled_annex(tmp_path, monkeypatch):
    """A folder with a scanned annex whose deadlines are scribbled over, ingested as the command line does."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plans").mkdir()
    _spoiled(DEADLINE, "scribble", TASK_ROWS).save(tmp_path / "plans" / "annex.png", dpi=(300, 300))
    assert run("ingest", "plans", "--workers", "1").exit_code == 0
    return tmp_path


@needs_tesseract
@needs_font
def test_each_unread_cell_is_a_review_item_a_correction_fills_and_a_re_ingest_keeps(scribbled_annex):
    folder = scribbled_annex
    tasks = exported(folder, "annex.png")["tasks"]
    assert [t["deadline"] for t in tasks] == [None] * len(TASK_ROWS)
    items = queue(folder, "cell_unreadable")
    assert [i["field_path"] for i in items] == [f"tasks[{t['id']}].deadline" for t in sorted(tasks, key=lambda t: t["id"])]
    for item, row in zip(items, TASK_ROWS):  # the cell's box on the page (an image's boxes are pixels), for the crop
        x0, top, x1, bottom = json.loads(item["bbox"])
        assert item["page"] == 1 and item["value"] is None
        assert (x0, x1) == (pytest.approx(XS[DEADLINE], abs=6), pytest.approx(XS[DEADLINE + 1], abs=6))
        assert (top, bottom) == (pytest.approx(TOP + row * ROW, abs=6), pytest.approx(TOP + (row + 1) * ROW, abs=6))
    # the clerk reads two cells on the page: one named by the task's id, one by its index as jq counts
    assert run("correct", "plans/annex.png", f"tasks[{tasks[0]['id']}].deadline", "Quý II/2026").exit_code == 0
    assert run("correct", "plans/annex.png", "tasks[1].deadline", "Tháng 9/2026").exit_code == 0
    for _ in range(2):  # applied, then kept when the file is read again
        result = run("ingest", "plans", "--workers", "1")
        assert "Corrections: 2 applied, 0 not applied." in result.output
        tasks = exported(folder, "annex.png")["tasks"]
        assert [(t["deadline"] or {}).get("end") for t in tasks] == ["2026-06-30", "2026-09-30", None, None]
        assert [i["item"] for i in queue(folder, "cell_unreadable")] == sorted(t["id"] for t in tasks[2:])
    assert not queue(folder, "correction_value_changed")


@needs_tesseract
@needs_font
def test_a_report_page_crops_each_unread_cell(scribbled_annex):
    from pipeline.outputs.report import markdown_report

    markdown = markdown_report(scribbled_annex / "output" / "plans.db", ["plans/annex.png"])
    assert markdown.count("cell_unreadable") >= len(TASK_ROWS)
    assert "(correct tasks[table_1__task_1].deadline)" in markdown


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
