"""Scanned task tables (s35-scans8): a column whose cells hold ink no word can be read from (a number column blotted
out, a deadline scribbled over, a blot over the lead column) gives no value, and a warning names the column and boxes
its cells on the page; a few unread cells in a column that reads gives no such warning."""

import random

import pytest
from PIL import ImageDraw

from pipeline.run import process
from test_scan_tables import LEFT, ROW, ROWS, TOP, WIDTHS, needs_font, needs_tesseract, table_page

TASK_ROWS = [r for r, cells in enumerate(ROWS, start=1) if len(cells) > 2]  # the table's rows (the header is 0)
XS = [LEFT + sum(WIDTHS[:n]) for n in range(len(WIDTHS) + 1)]


def _spoiled(column: int, how: str, rows: list[int]):
    """The task table's page with the cells of ``column`` in ``rows`` spoiled: covered by a solid blot, or scribbled
    over with a pen's loops (the printed text under them lost)."""
    image = table_page()
    draw, rnd = ImageDraw.Draw(image), random.Random(column)
    x0, x1 = XS[column], XS[column + 1]
    for r in rows:
        top = TOP + r * ROW
        if how == "blot":
            draw.rectangle([x0 + 10, top + 15, x1 - 10, top + ROW - 15], fill=30)
        else:
            draw.rectangle([x0 + 10, top + 15, x1 - 10, top + ROW - 15], fill=255)
            draw.line([(rnd.randint(x0 + 15, x1 - 15), rnd.randint(top + 20, top + ROW - 20)) for _ in range(25)],
                      fill=0, width=5)
    return image


def _processed(tmp_path, image):
    path = tmp_path / "annex.png"
    image.save(path, dpi=(300, 300))
    return process(path)


@needs_tesseract
@needs_font
@pytest.mark.parametrize("column, how, field", [
    (3, "scribble", "deadline"),  # a deadline written over by hand
    (3, "blot", "deadline"),
    (2, "blot", "lead"),  # a blot over the lead column
    (2, "scribble", "lead"),
    (0, "blot", "number"),  # the number column smudged
])
def test_a_column_that_cannot_be_read_gives_no_value_and_a_warning_boxing_it(tmp_path, column, how, field):
    doc = _processed(tmp_path, _spoiled(column, how, TASK_ROWS))
    assert [t.content for t in doc.tasks] == [ROWS[r - 1][1] for r in TASK_ROWS]
    assert all(getattr(t, field) in (None, []) for t in doc.tasks)  # nothing guessed from the scribbles
    (warning,) = [w for w in doc.warnings if w.code == "column_unreadable"]
    assert f"({field})" in warning.message and f"{len(TASK_ROWS)} cells" in warning.message
    x0, top, x1, bottom = warning.where["bbox"]  # the column's spoiled cells on the page (an image's boxes are pixels)
    assert warning.where["page"] == 1
    assert x0 == pytest.approx(XS[column], abs=6) and x1 == pytest.approx(XS[column + 1], abs=6)
    assert top == pytest.approx(TOP + TASK_ROWS[0] * ROW, abs=6) and bottom == pytest.approx(TOP + (TASK_ROWS[-1] + 1) * ROW, abs=6)
    others = {"deadline": [r[3] for r in ROWS if len(r) > 2], "lead": [r[2] for r in ROWS if len(r) > 2]}
    for other, printed in others.items():  # the other columns read as printed
        if other != field:
            read = [t.deadline.text if other == "deadline" else t.lead[0].name for t in doc.tasks]
            assert read == printed


@needs_tesseract
@needs_font
def test_one_spoiled_cell_in_a_column_that_reads_is_no_unreadable_column(tmp_path):
    doc = _processed(tmp_path, _spoiled(2, "blot", TASK_ROWS[:1]))
    assert not [w for w in doc.warnings if w.code == "column_unreadable"]
    assert [t.lead[0].name if t.lead else None for t in doc.tasks] == [None, *(ROWS[r - 1][2] for r in TASK_ROWS[1:])]
