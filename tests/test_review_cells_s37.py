"""The review loop for a scanned task table's cells no word could be read from (s37-cells): each such cell of a task
row is a warning ``cell_unreadable`` named by the correction path of the field it would give ("tasks[<id>].lead"),
a ``review_queue`` item with the cell's page and box (the report crops it), and leaves the queue once a correction
of that field, by the task's id or its index, is applied; the correction is kept on every later ingest."""

import json

import pytest
import sqlite_utils
from click.testing import CliRunner

from pdfmaker import scan_pdf
from pipeline.cli import main
from test_scan_tables import ROW, ROWS, TOP, needs_font, needs_tesseract
from test_scans_s35 import TASK_ROWS, XS, _spoiled

A4_POINTS_PER_PIXEL = 595.28 / 2480  # the test page (2480 pixels wide) on an A4 PDF page
# what a clerk reads on the page, by the column spoiled: (column, how, field, two values, what the task then holds)
SPOILED = {
    "deadline": (3, "scribble", ["Quý II/2026", "Tháng 9/2026"], lambda t: (t["deadline"] or {}).get("end"),
                 ["2026-06-30", "2026-09-30"]),
    "lead": (2, "blot", ["Sở Tư pháp", "Sở Nội vụ"], lambda t: [a["name"] for a in t["lead"]],
             [["Sở Tư pháp"], ["Sở Nội vụ"]]),
    "number": (0, "blot", ["1", "2"], lambda t: t["number"], ["1", "2"]),
}


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def queue(folder, kind="cell_unreadable"):
    db = sqlite_utils.Database(folder / "output" / "plans.db")
    return [dict(r) for r in db.query("SELECT item, field_path, value, page, bbox FROM review_queue WHERE kind = ? "
                                      "ORDER BY item", [kind])]


def exported(folder, name):
    return json.loads((folder / "output" / "json" / f"{name}.json").read_text(encoding="utf-8"))


def _ingested(folder, field, fmt):
    """``folder`` with the test page, the column of ``field`` spoiled in every task row, saved as an image or a scanned
    PDF and ingested as the command line does."""
    column, how, *_ = SPOILED[field]
    image = _spoiled(column, how, TASK_ROWS)
    (folder / "plans").mkdir()
    name = f"annex.{fmt}"
    if fmt == "pdf":
        (folder / "plans" / name).write_bytes(scan_pdf([image]))
    else:
        image.save(folder / "plans" / name, dpi=(300, 300))
    assert run("ingest", "plans", "--workers", "1").exit_code == 0
    return name


@needs_tesseract
@needs_font
@pytest.mark.parametrize("field, fmt", [("deadline", "png"), ("lead", "png"), ("number", "png"), ("deadline", "pdf")])
def test_each_unread_cell_is_a_review_item_a_correction_takes_off(tmp_path, monkeypatch, field, fmt):
    monkeypatch.chdir(tmp_path)
    name = _ingested(tmp_path, field, fmt)
    column, _, values, holds, expected = SPOILED[field]
    tasks = exported(tmp_path, name)["tasks"]
    assert [t["content"] for t in tasks] == [ROWS[r - 1][1] for r in TASK_ROWS]
    items = queue(tmp_path)
    assert [i["field_path"] for i in items] == sorted(f"tasks[{t['id']}].{field}" for t in tasks)
    scale = A4_POINTS_PER_PIXEL if fmt == "pdf" else 1.0  # a PDF's boxes are points, an image's pixels
    for item, row in zip(items, TASK_ROWS):  # each cell's own box on its page, for the crop
        x0, top, x1, bottom = json.loads(item["bbox"])
        assert item["page"] == 1 and item["value"] is None
        assert (x0, x1) == (pytest.approx(XS[column] * scale, abs=6 * scale),
                            pytest.approx(XS[column + 1] * scale, abs=6 * scale))
        assert (top, bottom) == (pytest.approx((TOP + row * ROW) * scale, abs=6 * scale),
                                 pytest.approx((TOP + (row + 1) * ROW) * scale, abs=6 * scale))
    # the clerk reads two cells on the page: one named by the task's id, one by its index as jq counts
    assert run("correct", f"plans/{name}", f"tasks[{tasks[0]['id']}].{field}", values[0]).exit_code == 0
    assert run("correct", f"plans/{name}", f"tasks[1].{field}", values[1]).exit_code == 0
    for _ in range(2):  # applied, then kept when the file is read again
        assert "Corrections: 2 applied, 0 not applied." in run("ingest", "plans", "--workers", "1").output
        tasks = exported(tmp_path, name)["tasks"]
        assert [holds(t) for t in tasks[:2]] == expected
        assert [i["item"] for i in queue(tmp_path)] == sorted(t["id"] for t in tasks[2:])


@needs_tesseract
@needs_font
def test_a_report_page_crops_each_unread_cell_and_names_its_path(tmp_path, monkeypatch):
    from lxml import html as lxml_html
    from pipeline.outputs.report import markdown_report, write_report

    monkeypatch.chdir(tmp_path)
    name = _ingested(tmp_path, "lead", "png")
    first = exported(tmp_path, name)["tasks"][0]["id"]
    markdown = markdown_report(tmp_path / "output" / "plans.db", [f"plans/{name}"])
    assert markdown.count("- **cell_unreadable**") == 2 * len(TASK_ROWS)  # the queue's items and the warnings
    assert f"correct `tasks[{first}].lead`" in markdown
    write_report(tmp_path / "output" / "plans.db", tmp_path / "report")
    page = lxml_html.fromstring((tmp_path / "report" / f"{name}.html").read_bytes())
    rows = [r for r in page.xpath("//tr[td]") if r[0].text_content() == "cell_unreadable"]
    review = [r for r in rows if len(r) == 6]  # what to review, the last cell the path to correct
    warned = [r for r in rows if len(r) == 4]  # the warnings, each with its crop of the page
    assert sorted(r[5].text_content() for r in review) == sorted(i["field_path"] for i in queue(tmp_path))
    assert len(review) == len(warned) == len(TASK_ROWS) and all(r.xpath(".//img[@class='crop']") for r in warned)


def test_the_queue_names_each_cell_until_its_field_is_corrected(tmp_path, corpus_docs):
    """Without OCR: the warnings as the tasks stage words them, and the corrections as applied, loaded: one item per
    cell, by the path its message opens with; a correction by id or by index (jq's, from 0) takes its item off, one
    of another field or not applied does not."""
    from pipeline.ingest import path_key
    from pipeline.model import Correction, Issue
    from pipeline.outputs.load import SourceFile, load, open_db, transaction

    doc = corpus_docs["003"]
    ids = [t.id for t in doc.tasks[:4]]
    box = [420.0, 300.5, 520.0, 330.0]
    doc = doc.with_warnings([Issue(code="cell_unreadable", message=f"tasks[{i}].{field}: the scanned cell under 'X' "
                                   "holds ink no word could be read from", where={"block": "b0011", "page": 2, "bbox": box})
                             for i in ids for field in ("lead", "deadline")])

    def fixed(line, field, status="applied"):
        return Correction(line=line, field=field, value="Sở Tư pháp", was="", status=status)

    doc = doc.model_copy(update={"corrections": [fixed(2, f"tasks[{ids[0]}].lead"), fixed(3, "tasks[1].deadline"),
                                                 fixed(4, "tasks[2].lead", "value_changed"), fixed(5, "tasks[3].support")]})
    db = open_db(tmp_path / "plans.db")
    with transaction(db):
        load(db, doc, SourceFile(path_key(tmp_path / "scan.pdf"), 1, 1, "scan.pdf.json"))
    items = [dict(r) for r in db.query("SELECT item, field_path, page, bbox FROM review_queue WHERE kind = 'cell_unreadable' "
                                       "ORDER BY field_path")]
    left = {(ids[0], "deadline"), (ids[1], "lead"), (ids[2], "lead"), (ids[2], "deadline"), (ids[3], "lead"),
            (ids[3], "deadline")}
    assert sorted(i["field_path"] for i in items) == sorted(f"tasks[{i}].{f}" for i, f in left)
    assert all(i["field_path"].startswith(f"tasks[{i['item']}].") for i in items)
    assert all(i["page"] == 2 and json.loads(i["bbox"]) == box for i in items)
