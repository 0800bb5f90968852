"""A blind round on task annexes as authors make them in Word, and as the PDFs Word files print to (the plans are
built at test time by tests/annex_s39.py, all content made up):

- a task's number (STT) and a group's label numbered by a Word list: the cell holds no text, only the list's number
  (parsers/docx.py: an empty numbered paragraph in a cell is its number alone);
- a PDF table ruled by horizontal lines only, whose columns are the gutters every row leaves white
  (parsers/rules.py ``gutters``): a group row's title spanning the columns crosses them (a strip only such rows cross
  is a gutter still, and the title one cell), so does a two-row header's "Đơn vị thực hiện" over "Chủ trì" |
  "Phối hợp"; a space that ends a wrapped line reaches over the cell's margin (no ink); a capital's stacked tone
  marks reach above its row's rule (a character is in the row of its middle).
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from annex_s39 import Annex, build, line_boxes, rule_edge, score
from parsers import docx as docx_reader
from parsers import rules
from pipeline.run import process

DOCX_LAYOUTS = {
    "one header row": Annex(),
    "two header rows, a note column": Annex(header="two", note=True),
    "lead merged down, header repeated by Word": Annex(merge_lead=True, header="two", repeat="word"),
    "header typed again, column numbers": Annex(repeat="typed", column_numbers=True),
    "split by a page break, no header after": Annex(split="page", split_header=False, header="two"),
    "split by a blank paragraph": Annex(split="blank"),
    "supports in a table in the cell": Annex(nested_support=True),
    "numbered by a Word list": Annex(numbered=True),
    "numbered by a Word list, group rows one cell": Annex(numbered=True, group_row="span"),
    "numbered by a Word list with a dot, merged, two rows": Annex(numbered=True, number_text="%1.", merge_lead=True,
                                                                  header="two", note=True),
}


@pytest.mark.parametrize("spec", DOCX_LAYOUTS.values(), ids=DOCX_LAYOUTS.keys())
def test_a_word_annex_s_tasks_are_read_whole(tmp_path, spec):
    result = score(process(build(spec, tmp_path / "plan.docx")), spec)
    assert (result["missing"], result["wrong"], result["extra"]) == ([], [], 0)


def _cell_paragraphs_docx(tmp_path, cells: list[list[tuple[str, str | None]]], inner_table: int | None = None):
    """A one-row table whose cells each hold paragraphs: (text, the numbering format of its list or None); each cell
    numbers its paragraphs of one format in one list, from 3. ``inner_table``: the cell that holds a one-cell table
    ("Sở Y tế") after its paragraphs."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    table = document.add_table(rows=1, cols=len(cells))
    lists: dict[tuple[int, str], int] = {}
    for k, paragraphs in enumerate(cells):
        cell = table.rows[0].cells[k]
        for n, (text, fmt) in enumerate(paragraphs):
            paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
            paragraph.add_run(text)
            if fmt is None:
                continue
            if (k, fmt) not in lists:
                lists[(k, fmt)] = list_id = 80 + len(lists)
                level_text = "•" if fmt == "bullet" else "%1."
                numbering.insert(0, parse_xml(
                    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{list_id}"><w:lvl w:ilvl="0"><w:start w:val="3"/>'
                    f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{level_text}"/></w:lvl></w:abstractNum>'))
                numbering.append(parse_xml(
                    f'<w:num {nsdecls("w")} w:numId="{list_id}"><w:abstractNumId w:val="{list_id}"/></w:num>'))
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{lists[(k, fmt)]}"/></w:numPr>'))
        if inner_table == k:
            cell.add_table(rows=1, cols=1).rows[0].cells[0].text = "Sở Y tế"
    path = tmp_path / "cells.docx"
    document.save(path)
    return path


def _cell_texts(path) -> list[str]:
    [table] = [b.table for b in docx_reader.read(path).blocks if b.table is not None]
    return [c.text for c in table.cells]


def test_an_empty_numbered_paragraph_in_a_cell_is_its_number_a_bullet_alone_is_nothing(tmp_path):
    path = _cell_paragraphs_docx(tmp_path, [[("", "decimal")], [("", "upperRoman")], [("", "lowerLetter")],
                                            [("Rà soát", "decimal")], [("", "bullet")], [("", None)]])
    assert _cell_texts(path) == ["3.", "III.", "c.", "3. Rà soát", "", ""]


# An empty numbered paragraph beside a cell's text is a stray Enter (after a list's items, after a date), no text
EMPTY_NUMBERED_BESIDE_TEXT = {
    "after a date": ([("Quý II/2026", None), ("", "decimal")], "Quý II/2026"),
    "after lettered items": ([("Rà soát các thủ tục:", None), ("Thủ tục đất đai", "lowerLetter"),
                              ("Thủ tục hộ tịch", "lowerLetter"), ("", "lowerLetter")],
                             "Rà soát các thủ tục:\nc. Thủ tục đất đai\nd. Thủ tục hộ tịch"),
    "before the text": ([("", "decimal"), ("Sở Nội vụ", None)], "Sở Nội vụ"),
    "roman, between two lines": ([("Năm 2026", None), ("", "upperRoman"), ("Năm 2027", None)], "Năm 2026\nNăm 2027"),
}


@pytest.mark.parametrize("case", EMPTY_NUMBERED_BESIDE_TEXT.values(), ids=EMPTY_NUMBERED_BESIDE_TEXT.keys())
def test_an_empty_numbered_paragraph_beside_text_is_no_text(tmp_path, case):
    paragraphs, expected = case
    assert _cell_texts(_cell_paragraphs_docx(tmp_path, [[("1", None)], paragraphs])) == ["1", expected]


def test_an_empty_numbered_paragraph_beside_an_inner_table_is_no_text(tmp_path):
    """A cell holding a table is read by the element tree, not streamed: the same rule."""
    path = _cell_paragraphs_docx(tmp_path, [[("1", None)], [("", "decimal")]], inner_table=1)
    assert _cell_texts(path) == ["1", "Sở Y tế"]


def test_an_empty_numbered_paragraph_still_counts_in_its_list(tmp_path):
    path = _cell_paragraphs_docx(tmp_path, [[("Rà soát:", None), ("", "decimal"), ("Đất đai", "decimal")]])
    assert _cell_texts(path) == ["Rà soát:\n4. Đất đai"]


# ---------------------------------------------------------------------------------------------------
# Half-ruled columns (rules.gutters), from characters' boxes: (left, top, right, bottom)

RULES = [0, 30, 60, 90, 120, 150]  # a header row and four rows under it


def _rows(*cells_by_row: list[tuple[float, str]], lines: int = 2) -> list[tuple]:
    """Each row's cells as (x, text), each cell's text on ``lines`` lines, in the band under its rule."""
    boxes = []
    for rule, cells in zip(RULES, cells_by_row):
        for x, text in cells:
            for k in range(lines):
                boxes += line_boxes(x, rule + 3 + 11 * k, text)
    return boxes


def test_a_group_title_spanning_the_columns_leaves_their_gutters():
    body = [[(5, "1"), (40, "Rà soát"), (140, "Sở Y tế"), (240, "Quý II")],
            [(5, "2"), (40, "Ban hành"), (140, "Sở Nội vụ"), (240, "Năm 2026")]]
    boxes = _rows([(5, "TT"), (40, "Nội dung"), (140, "Chủ trì"), (240, "Thời hạn")], *body, *body, lines=2)
    title = line_boxes(40, RULES[2] + 3, "NHÓM NHIỆM VỤ HOÀN THIỆN THỂ CHẾ CHÍNH SÁCH")  # one line, from 40 to 280
    boxes = [b for b in boxes if not RULES[2] < b[1] < RULES[3]] + title
    columns = rules.gutters(boxes, 0, 320, RULES)
    assert len(columns) == 3 and columns[0] < 40 < columns[1] < 140 < columns[2] < 240
    borders = rules.column_borders(boxes, RULES, 0, 320, columns)
    assert not [x for x, top, bottom in borders if top == RULES[2] and 0 < x < 320 and x > 40]  # the title one cell


def test_a_long_line_in_one_cell_makes_no_column():
    """A strip that only one row's single line crosses, which crosses no other: a long cell, not a span."""
    short = [[(5, "1"), (40, "Rà soát"), (240, "Quý II")], [(5, "2"), (40, "Ban hành"), (240, "Năm 2026")]]
    boxes = _rows([(5, "TT"), (40, "Nội dung"), (240, "Thời hạn")], *short, *short, lines=2)
    long_line = line_boxes(40, RULES[2] + 3, "Tổ chức tập huấn kỹ năng số")  # 40 to ~200: over the white at 140
    boxes = [b for b in boxes if not RULES[2] < b[1] < RULES[3]] + long_line + [(5, RULES[2] + 3, 11, RULES[2] + 12)]
    columns = rules.gutters(boxes, 0, 320, RULES)
    assert len(columns) == 2 and columns[0] < 40 and 200 < columns[1] < 240


# lines across the table's width above or below it: only its own rules make its rows and borders
LINES_OUTSIDE = {
    "a heading's underline above": [(60, 300, RULES[0] - 40)],
    "a line below, nearly as wide": [(10, 310, RULES[-1] + 30)],
    "both, and one nearly as wide as the table": [(10, 310, RULES[0] - 40), (60, 300, RULES[0] - 25), (150, 250, RULES[-1] + 30)],
}


@pytest.mark.parametrize("lines", LINES_OUTSIDE.values(), ids=LINES_OUTSIDE.keys())
def test_a_half_ruled_table_ends_at_its_own_rules(lines):
    from parsers.pdf import page_tables

    body = [[(5, "1"), (40, "Rà soát"), (140, "Sở Y tế"), (240, "Quý II")],
            [(5, "2"), (40, "Ban hành"), (140, "Sở Nội vụ"), (240, "Năm 2026")]]
    boxes = _rows([(5, "TT"), (40, "Nội dung"), (140, "Chủ trì"), (240, "Thời hạn")], *body, *body, lines=1)
    boxes += line_boxes(40, RULES[0] - 35, "Kèm theo Kế hoạch số 45 của UBND tỉnh") + line_boxes(40, RULES[-1] + 12, "Ghi chú: tính đến cuối quý")
    rules_of_table = [rule_edge(0, 320, y) for y in RULES]
    plain = page_tables(rules_of_table, lambda: boxes)
    [table] = page_tables(rules_of_table + [rule_edge(*line) for line in lines], lambda: boxes)
    assert [t.bbox for t in plain] == [table.bbox] and table.bbox[1::2] == (RULES[0], RULES[-1])
    assert len(table.rows) == len(plain[0].rows) == len(RULES) - 1


# ---------------------------------------------------------------------------------------------------
# The PDFs LibreOffice prints from such Word files

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")

PDF_LAYOUTS = {
    "half-ruled, group rows label and title": Annex(rules="horizontal", groups=2),
    "half-ruled, two header rows": Annex(rules="horizontal", header="two", groups=2),
    "half-ruled, group rows one cell, column numbers": Annex(rules="horizontal", group_row="span", column_numbers=True,
                                                            groups=2),
    "half-ruled, split by a page break, no header after": Annex(rules="horizontal", split="page", split_header=False),
}


@needs_soffice
@pytest.mark.parametrize("spec", PDF_LAYOUTS.values(), ids=PDF_LAYOUTS.keys())
def test_a_half_ruled_pdf_annex_s_tasks_are_read_whole(tmp_path, spec):
    source = build(spec, tmp_path / "plan.docx")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=120)
    result = score(process(tmp_path / "plan.pdf"), spec)
    assert (result["missing"], result["wrong"], result["extra"]) == ([], [], 0)
