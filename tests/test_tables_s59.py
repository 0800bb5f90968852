"""Task tables misread in PDFs, after s58 (s59).

1. A table ruled round its header only (a rule above and under the header, none between the rows) whose header Word
   prints again on each page, with a part's heading or a paragraph after its last row: on the next page the header's
   two rules were taken for the top and bottom borders of a row's rest (the rows under them were asked to stand in the
   table's columns down to the page's foot, and the part after them does not), so the header was read as a task
   ("Nội dung nhiệm vụ", lead "Cơ quan chủ") and every row under it was lost, the row the page break cut kept its first
   page's half ("Sở Khoa học và Công"). Rows' first two lines under the header standing in the columns make it a
   header printed again, the rows under it read to where the reading by white ends them; its band is the header's
   (not cut at "T" of "ST" over "T") on a page that opens with a row's rest too, and the one or two rows on the last
   page under it (the rest of the row the break cut and one more) are rows where the reading by white ends them.
2. A task table set in a table of one column used as a frame (a box round the annex) whose other rows hold a title
   over it or a note under it ("DANH MỤC NHIỆM VỤ TRỌNG TÂM", "Ghi chú: …"), in DOCX and HTML: the frame was read as a
   table of one column whose cell held the task table's text run together: no task at all. A frame's title or note
   was allowed only empty; in a table of one column every cell is now read in turn as if it stood in the body (a table
   in a cell of a table of several columns stays that cell's: a support cell's list of bodies).
Every table and text is our own: Word files printed to PDF by LibreOffice (one start for the module), Word files and
web pages written here.
"""

from __future__ import annotations

from functools import partial

import pytest
from test_tables_s56 import AFTER_INLINE, ANNEX, HEAD, HEADER, ROUNDS, SIGNATURE, WORKS, _expected, _fields, _unruled_docx
from test_tables_s58 import PARAGRAPH, PART_AFTER, WIDE_NUMBER, WIDE_TASK, _ruled_round_header
from test_tables_s57 import NARROW

from conftest import printed_and_read
from pipeline.run import process


def _rows(count: int) -> list[list[str]]:
    return [HEADER, *[[str(k), *w] for k, w in enumerate(ROUNDS[:count], 1)]]


def _ruled_between_rows(path, **options):
    """The plan of ``_unruled_docx`` whose rows are ruled above and under, no column rule: a half-ruled table."""
    from docx import Document
    from task_layouts.render import _borders

    _unruled_docx(path, **options)
    document = Document(path)
    for cell in (cell for row in document.tables[0].rows for cell in row.cells):
        _borders(cell._tc.get_or_add_tcPr(), "w:tcBorders", {"top": True, "bottom": True})
    document.save(path)


# a last task long enough for the page break to cut it (or to carry it whole) after 24 or 25 rows
LONG_TASK = ["Rà soát, cập nhật, bổ sung cơ sở dữ liệu chuyên ngành y tế, kết nối, chia sẻ với cơ sở dữ liệu quốc gia "
             "về dân cư và các hệ thống thông tin của tỉnh phục vụ chỉ đạo, điều hành", "Sở Y tế",
             "Sở Khoa học và Công nghệ", "Quý IV/2026", "Cơ sở dữ liệu"]
# after the table, indented: a part's heading and a short line that both stand in a 7.5 cm task column, then a paragraph
SHORT_AFTER = [AFTER_INLINE[0], "1. Sở Y tế chủ trì.", AFTER_INLINE[1]]


def _long_last(count: int) -> list[list[str]]:
    return [*_rows(count), [str(count + 1), *LONG_TASK]]


AGAIN = dict(inline=True, repeat_header=True)
WRITERS = {
    # the header printed again over the rows' rest, a part after the last row on the second page: number columns of
    # 1.5 cm ("STT" on one line), 1 cm ("ST" over "T"), Word's equal widths
    "again_part_15": partial(_ruled_round_header, rows=_rows(24), widths=WIDE_NUMBER, after=PART_AFTER, **AGAIN),
    "again_part_10": partial(_ruled_round_header, rows=_rows(22), widths=NARROW, after=PART_AFTER, **AGAIN),
    "again_part_equal": partial(_ruled_round_header, rows=_rows(20), after=PART_AFTER, **AGAIN),
    # over three pages, the header printed on each, the last page holding the row the break cut and one more, or that
    # rest alone, or whole rows only; in an annex
    "again_three_pages": partial(_ruled_round_header, rows=_rows(30), widths=WIDE_NUMBER, after=PART_AFTER, **AGAIN),
    "again_rest_alone": partial(_ruled_round_header, rows=_rows(29), widths=WIDE_NUMBER, after=PART_AFTER, **AGAIN),
    "again_whole_rows": partial(_ruled_round_header, rows=_rows(28), widths=WIDE_NUMBER, after=PART_AFTER, **AGAIN),
    "again_annex_three_pages": partial(_ruled_round_header, rows=_rows(30), widths=NARROW, repeat_header=True),
    # a paragraph right under the last row, and a rule under the last row
    "again_paragraph": partial(_ruled_round_header, rows=_rows(24), widths=WIDE_NUMBER, after=PARAGRAPH, **AGAIN),
    "again_last_rule": partial(_ruled_round_header, rows=_rows(24), widths=NARROW, after=PART_AFTER, last_rule=True,
                               **AGAIN),
    # in an annex, nothing under the last row
    "again_annex": partial(_ruled_round_header, rows=_rows(24), widths=NARROW, repeat_header=True),
}
# guards (review s59): a half-ruled table's last row cut by the page break (its rest between two rules) or carried
# whole, then two short lines that stand in the columns: the pair is the rest's, no header printed again
REST_PAIRS = {f"rest_pair_{count}": partial(_ruled_between_rows, rows=_long_last(count), widths=WIDE_TASK, inline=True,
                                            after=SHORT_AFTER, indent_after=True) for count in (24, 25)}


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """Each case's Word file and the PDF LibreOffice prints from it (one start), both read."""
    read = printed_and_read(tmp_path_factory.mktemp("s59tables"), {**WRITERS, **REST_PAIRS})
    return {name: (docx, pdf) for name, (_, docx, pdf) in read.items()}


LEFT = {"again_rest_alone": "the last page holds the cut row's rest alone under the header printed again, then the part "
                            "after: the rest is lost, the cut row keeps its first page's half ('Sở Khoa học và Công'), "
                            "as on main",
        "again_part_equal": "Word's equal widths (a number column as wide as the others): no task read, as on main"}


@pytest.mark.parametrize("case", [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=f"left (s59): {LEFT[name]}"))
                                  if name in LEFT else name for name in WRITERS])
def test_a_header_printed_again_over_the_rows_rest_is_no_row(printed, case):
    """Every task with its lead, support, deadline and product as the Word file gives them; the header is no task, the
    part after the table no row."""
    docx, pdf = printed[case]
    rows = len(WRITERS[case].keywords["rows"]) - 1
    assert len(_fields(docx)) == rows
    assert _fields(pdf) == _fields(docx)
    assert not any(t.content.startswith("Nội dung") for t in pdf.tasks)


@pytest.mark.parametrize("case", list(REST_PAIRS))
def test_a_rows_rest_over_short_lines_in_the_columns_is_no_header(printed, case):
    """Every task whole, as the Word file gives it: the last one neither cut ('Sở Khoa học và') nor lost."""
    docx, pdf = printed[case]
    assert len(_fields(docx)) == len(REST_PAIRS[case].keywords["rows"]) - 1
    assert _fields(pdf) == _fields(docx)


TITLE, NOTE = "DANH MỤC NHIỆM VỤ TRỌNG TÂM", "Ghi chú: thời hạn tính đến hết ngày cuối của kỳ."
TASK_ROWS = [HEADER, *[[str(k), *w] for k, w in enumerate(WORKS, 1)]]
# the frame's rows: None is the one holding the task table
FRAMES = {"title_over": [TITLE, None], "note_under": [None, NOTE], "title_and_note": [TITLE, None, NOTE],
          "two_title_lines": ["PHỤ LỤC II\nDANH MỤC NHIỆM VỤ", None], "empty_frame": [None]}


def _framed_docx(path, frame):
    from docx import Document as Docx

    document = Docx()
    for line in [*HEAD, *SIGNATURE]:
        document.add_paragraph(line)
    document.add_page_break()
    for line in ANNEX:
        document.add_paragraph(line)
    outer = document.add_table(rows=len(frame), cols=1)
    outer.style = "Table Grid"
    for row, text in zip(outer.rows, frame):
        cell = row.cells[0]
        if text is not None:
            cell.text = text
            continue
        inner = cell.add_table(rows=len(TASK_ROWS), cols=len(HEADER))
        inner.style = "Table Grid"
        for r, values in enumerate(TASK_ROWS):
            for c, value in enumerate(values):
                inner.cell(r, c).text = value
    document.save(path)


def _framed_html(path, frame):
    inner = '<table border="1" cellspacing="0">' + "".join(
        "<tr>" + "".join(f'<td><p style="margin:0">{v}</p></td>' for v in row) + "</tr>" for row in TASK_ROWS) + "</table>"
    cells = "".join("<tr><td>" + (inner if text is None else "".join(f"<p><b>{t}</b></p>" for t in text.split("\n")))
                    + "</td></tr>" for text in frame)
    body = "".join(f"<p>{line}</p>" for line in [*HEAD, *SIGNATURE, *ANNEX])
    path.write_text(f'<html><body>{body}<table border="1" width="100%">{cells}</table></body></html>', encoding="utf-8")


@pytest.mark.parametrize("form", ["docx", "html"])
@pytest.mark.parametrize("frame", list(FRAMES))
def test_a_task_table_in_a_one_column_frame_is_read(tmp_path, frame, form):
    """Every task with its lead, support, deadline and product; the frame's title and note stay text."""
    path = tmp_path / f"plan.{form}"
    (_framed_docx if form == "docx" else _framed_html)(path, FRAMES[frame])
    document = process(path)
    assert _fields(document) == _expected(WORKS)
    texts = " ".join(b.orig for b in document.blocks if b.table is None)
    assert all(line in texts for text in FRAMES[frame] if text for line in text.split("\n"))


def test_a_table_in_a_cell_of_several_columns_stays_that_cells(tmp_path):
    """Guard: a support cell holding a one-column table of bodies, in a task table of several columns, is that
    cell's (the task table is no frame)."""
    from docx import Document as Docx

    document = Docx()
    for line in [*HEAD, *SIGNATURE]:
        document.add_paragraph(line)
    table = document.add_table(rows=len(TASK_ROWS), cols=len(HEADER))
    table.style = "Table Grid"
    for r, values in enumerate(TASK_ROWS):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    title = table.cell(1, 1).paragraphs[0]
    bodies = table.cell(1, 3)
    bodies.text = ""
    nested = bodies.add_table(rows=2, cols=1)
    nested.cell(0, 0).text, nested.cell(1, 0).text = "Sở Khoa học và Công nghệ", "Sở Tài chính"
    document.save(tmp_path / "plan.docx")
    tasks = process(tmp_path / "plan.docx").tasks
    assert title.text == WORKS[0][0] and len(tasks) == len(WORKS)
    assert {a.name for a in tasks[0].support} >= {"Sở Khoa học và Công nghệ", "Sở Tài chính"}
