"""Task annexes printed to PDF whose rows cross a page break or share a merged cell (the leftovers of
tests/test_annex_s39.py; layouts built by tests/annex_s39.py, all content made up):

- a half-ruled table (rules between the rows, or only the header's foot and the table's top and bottom) whose last
  row wraps over a page break: its rest opens the next page between two rules only, too few for a stack of its own,
  and takes the columns of the table it goes on (parsers/pdf.py ``page_tables``, ``carried``);
- a lead merged down over several rows of a half-ruled table: the rules between those rows stop at the merged
  cell's drawn border, off the gutter the column borders stand at (``rules.rules_to_gutters``);
- a merged lead a page break splits inside a row: the row's rest on the next page spans down into the next row, so
  the lead goes on over it (parsers/common.py ``_join``); a header cell spanning two columns repeated on the next
  page is the same header read whole or split (``printed_alike``);
- a group row's title too short to cross two gutters (a small font), and a two-row header ruled only at its foot;
- a cell of items ("- …", "+ …", "a) …", "1. …") split by a page break between two items: its rest opens an item of
  its own, kept on a line of its own (not glued to the last item with a space: the items, aligned with the product
  cell's, each make a task);
- a lead merged down over rows a page break falls between: the next page prints its part of the cell empty, and
  nothing there shows the merge. The lead stays empty (no guess), with the warning ``task_lead_over_page_break`` on
  the rows under that empty cell at the page's top (pipeline/stages/tasks.py; each row's page: the cells a joined
  table's pages give, pipeline/stages/tables.py ``rows_from_grid``).
"""

from __future__ import annotations

import re
import shutil

import pytest

from annex_s39 import Annex, build, items, line_boxes, rule_edge, score
from conftest import print_to_pdf
from parsers import rules
from parsers.common import grid_text, join_continued_tables, printed_alike
from parsers.pdf import page_tables
from pipeline.model import Block, BlockKind, Cell, Document, Origin, Provenance, Table
from pipeline.run import process, run_stages

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")

PDF_LAYOUTS = {
    # the last task's rest over the page break (three groups do not fit one page)
    "half-ruled, a row over the page break": Annex(rules="horizontal"),
    "half-ruled, portrait, a row over the page break": Annex(rules="horizontal", landscape=False),
    "half-ruled, 13 pt, rows over the page break": Annex(rules="horizontal", font_size=13),
    "half-ruled, two header rows, group rows one cell": Annex(rules="horizontal", header="two", group_row="span"),
    "ruled at the header's foot only": Annex(rules="header"),
    "ruled at the header's foot only, two header rows": Annex(rules="header", header="two"),
    # merged leads
    "half-ruled, lead merged down": Annex(rules="horizontal", merge_lead=True),
    "half-ruled, lead merged, header repeated": Annex(rules="horizontal", merge_lead=True, repeat="word"),
    "half-ruled, lead merged over the page break, two header rows repeated":
        Annex(rules="horizontal", header="two", merge_lead=True, repeat="word", note=True),
    "half-ruled, 13 pt, lead merged, header repeated": Annex(rules="horizontal", font_size=13, merge_lead=True,
                                                             repeat="word"),
    # a group title crossing one gutter only
    "half-ruled, 9 pt": Annex(rules="horizontal", font_size=9),
    # the ruled forms, still whole
    "ruled, 13 pt, lead merged, header repeated": Annex(font_size=13, merge_lead=True, repeat="word"),
    "ruled, 9 pt, lead merged": Annex(font_size=9, merge_lead=True),
}


@needs_soffice
@pytest.mark.parametrize("name", PDF_LAYOUTS, ids=PDF_LAYOUTS.keys())
def test_a_pdf_annex_s_rows_over_page_breaks_and_merged_cells_are_read_whole(printed, name):
    spec = PDF_LAYOUTS[name]
    doc = process(printed[name][1])
    result = score(doc, spec)
    assert (result["missing"], result["wrong"], result["extra"]) == ([], [], 0)
    assert not [w for w in doc.warnings if w.code == "task_lead_over_page_break"]  # every lead read: none doubted


LEAD_OVER_BREAK = {  # the third group's lead merged over its two tasks, the page break between them
    "ruled, landscape": Annex(merge_lead=True, header="two"),
    "ruled, portrait": Annex(landscape=False, merge_lead=True, header="two"),
}


@needs_soffice
@pytest.mark.parametrize("name", LEAD_OVER_BREAK, ids=LEAD_OVER_BREAK.keys())
def test_a_lead_merged_over_a_page_break_between_rows_stays_empty_with_a_warning(printed, name):
    source, pdf = printed[name]
    doc = process(pdf)
    [task] = [t for t in doc.tasks if t.content.startswith("Biên soạn tài liệu")]
    assert task.lead == []
    [warning] = [w for w in doc.warnings if w.code == "task_lead_over_page_break"]
    assert warning.message.startswith(f"{task.id}:") and "'Sở Nội vụ'" in warning.message
    assert warning.where["page"] == task.page > [t for t in doc.tasks if t.content.startswith("Tổ chức tập huấn")][0].page
    assert not [w for w in process(source).warnings if w.code == "task_lead_over_page_break"]  # the DOCX reads it


ITEM_LAYOUTS = {  # the last task's row, a short item a line, runs over the page break between two items
    "ruled, dashed items": Annex(groups=1, items=40),
    "half-ruled, dashed items": Annex(groups=1, items=40, rules="horizontal"),
    "ruled at the header's foot only, dashed items": Annex(groups=1, items=40, rules="header"),
    "ruled, '+' items": Annex(groups=1, items=40, items_mark="+"),
    "half-ruled, numbered items": Annex(groups=1, items=40, rules="horizontal", items_mark="1."),
    "ruled, lettered items": Annex(groups=1, items=20, items_mark="a)"),
}


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple]:
    """Every layout above: its name -> (its DOCX, that DOCX printed to PDF), printed in one LibreOffice start (a start
    a case cost the 21 cases about 4 s each, s49's full run)."""
    layouts = {**PDF_LAYOUTS, **LEAD_OVER_BREAK, **ITEM_LAYOUTS}
    assert len(layouts) == len(PDF_LAYOUTS) + len(LEAD_OVER_BREAK) + len(ITEM_LAYOUTS)  # a name for one layout only
    folder = tmp_path_factory.mktemp("printed")
    sources = [build(spec, folder / f"plan{n}.docx") for n, spec in enumerate(layouts.values())]
    return dict(zip(layouts, zip(sources, print_to_pdf(sources))))


@needs_soffice
@pytest.mark.parametrize("name", ITEM_LAYOUTS, ids=ITEM_LAYOUTS.keys())
def test_a_cell_s_items_split_by_a_page_break_stay_apart(printed, name):
    """Each item on a line of its own, as the DOCX gives them: dashed items aligned with the product's make a task
    each (glued, two items made one task and the products after it slipped a task up)."""
    spec = ITEM_LAYOUTS[name]
    source, pdf = printed[name]
    tasks = process(pdf).tasks
    lines = {field: [line for t in tasks for line in (getattr(t, field) or "").splitlines() if "ước" in line]
             for field in ("content", "output")}
    assert lines == items(spec)
    assert [(t.content, t.output) for t in tasks] == [(t.content, t.output) for t in process(source).tasks]


# ---------------------------------------------------------------------------------------------------
# Half-ruled tables from characters' boxes (left, top, right, bottom) and rules


COLUMNS = (5, 40, 140, 240, 340)  # where each column's text starts: STT, task, lead, support, deadline; right 420
HEADER = ("TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn")


def _row(top: float, cells: tuple[str, ...], lines: int = 2) -> list[tuple]:
    """A row's cells, each on ``lines`` lines (the number on the first only)."""
    return [box for c, (x, text) in enumerate(zip(COLUMNS, cells)) if text for k in range(1 if c == 0 else lines)
            for box in line_boxes(x, top + 3 + 11 * k, text)]


def _grid(tables) -> list[list[str]]:
    """Each table's rows as the columns their cells start at (a cell's text is not read here)."""
    return [[[round(c[0]) if c else None for c in row.cells] for row in t.rows] for t in tables]


# the lead's text ends at 194, the support's starts at 240: the gutter at 217
@pytest.mark.parametrize("lead_end", [200, 225, 236], ids=["before the gutter", "past the gutter", "near the next text"])
def test_rules_broken_by_a_merged_lead_still_part_the_next_column_s_rows(lead_end):
    """Three tasks share one lead printed once: the rules between them stop at the lead cell's drawn border (at
    ``lead_end``, wherever the word processor puts it in the white between the columns' text)."""
    tops = [0, 30, 60, 90, 120]
    boxes = _row(tops[0], HEADER, 1) + _row(tops[1], ("1", "Rà soát", "Sở Tư pháp", "Sở Nội vụ", "Quý II"))
    boxes += _row(tops[2], ("2", "Ban hành", "", "Sở Tài chính", "Năm 2026"))
    boxes += _row(tops[3], ("3", "Xây dựng", "", "Sở Y tế", "Năm 2027"))
    edges = [rule_edge(0, 420, y) for y in (0, 30, 120)]
    edges += [piece for y in (60, 90) for piece in (rule_edge(0, 135, y), rule_edge(lead_end, 420, y))]
    [table] = page_tables(edges, lambda: boxes)
    rows = table.rows
    assert len(rows) == 4
    support = [row.cells[3] for row in rows]  # the support column's cell of each row: one a row, none merged
    assert all(support) and len({c[1] for c in support}) == 4 and all(c[3] - c[1] < 31 for c in support)
    assert [row.cells[2] is None for row in rows] == [False, False, True, True]  # the lead merged down


def test_a_rule_is_not_stretched_over_a_cell_s_text():
    edges = [rule_edge(0, 135, 60), rule_edge(200, 420, 60)]
    boxes = line_boxes(140, 40, "Sở Tư pháp") + line_boxes(240, 40, "Sở Nội vụ")  # text between the rule's end and the gutter
    [left, right] = rules.rules_to_gutters(edges, boxes, 0, 420, [136.0, 236.0])
    assert (left["x0"], left["x1"]) == (0, 136.0) and (right["x0"], right["x1"]) == (200, 420)


def test_a_group_title_crossing_one_gutter_under_two_headings_is_one_cell():
    """A small font: the title "I | ĐÀO TẠO …" spans the task and lead columns only; the header names a column each
    side of the gutter it crosses."""
    tops = [0, 30, 60, 90, 120, 150]
    body = [("1", "Rà soát", "Sở Tư pháp", "Sở Nội vụ", "Quý II"), ("2", "Ban hành", "Sở Y tế", "Sở Tài chính", "Năm 2026")]
    boxes = _row(tops[0], HEADER, 1) + _row(tops[1], body[0]) + _row(tops[2], body[1]) + _row(tops[4], body[0])
    boxes += line_boxes(5, tops[3] + 3, "I") + line_boxes(40, tops[3] + 3, "ĐÀO TẠO BỒI DƯỠNG NHÂN")  # 40 to ~175
    columns = rules.gutters(boxes, 0, 420, tops)
    assert len(columns) == 4 and 100 < columns[1] < 140 < columns[2] < 240


def test_a_two_row_header_ruled_only_at_its_foot_parts_its_lower_row():
    tops = [0, 30, 60, 90, 120]  # the header's two lines share the band 0-30
    boxes = line_boxes(5, 3, "TT") + line_boxes(40, 3, "Nhiệm vụ") + line_boxes(170, 3, "Đơn vị thực hiện") + line_boxes(340, 3, "Thời hạn")
    boxes += line_boxes(140, 16, "Chủ trì") + line_boxes(240, 16, "Phối hợp")
    for top in tops[1:-1]:
        boxes += _row(top, ("1", "Rà soát", "Sở Tư pháp", "Sở Nội vụ", "Quý II"))
    columns = rules.gutters(boxes, 0, 420, tops)
    assert len(columns) == 4 and 140 < columns[2] < 240
    [(x0, x1, y)] = rules.header_span_rules(boxes, tops, 0, 420, columns)
    assert x0 == columns[1] and x1 == columns[3] and 12 < y < 16
    [table] = page_tables([rule_edge(0, 420, y) for y in tops], lambda: boxes)
    # the header: TT, task and deadline merged down over its two lines, "Đơn vị thực hiện" over two cells
    assert [len([c for c in row.cells if c]) for row in table.rows] == [4, 2, 5, 5, 5]


# the rest of a row the page break carried over: two rules at the top of the next page
REST = line_boxes(40, 53, "tuyến") + line_boxes(240, 53, "tỉnh")


def _first_page() -> tuple[list[dict], list[tuple]]:
    tops = [300, 330, 360, 390, 420]
    boxes = _row(tops[0], HEADER, 1)
    for k, top in enumerate(tops[1:], start=1):
        boxes += _row(top, (str(k), "Rà soát", "Sở Tư pháp", "Sở Nội vụ", "Quý II"))
    return [rule_edge(0, 420, y) for y in tops + [450]], boxes


@pytest.mark.parametrize("above", [[], line_boxes(200, 20, "2")], ids=["nothing above", "a page number above"])
def test_a_row_s_rest_between_two_rules_on_the_next_page_takes_the_table_s_columns(above):
    carried: dict = {}
    edges, boxes = _first_page()
    [first] = page_tables(edges, lambda: boxes, carried=carried)
    [rest] = page_tables([rule_edge(0, 420, 50), rule_edge(0, 420, 66)], lambda: REST + above, carried=carried)
    assert len(rest.rows) == 1 and [c is not None for c in rest.rows[0].cells] == [True] * 5
    assert [round(c[0]) for c in rest.rows[0].cells] == [round(c[0]) for c in first.rows[-1].cells]


def test_two_rules_are_no_table_s_rest_after_text_or_on_a_page_after_another():
    edges, boxes = _first_page()
    carried: dict = {}
    page_tables(edges, lambda: boxes, carried=carried)
    text = line_boxes(40, 10, "Các cơ quan triển khai") + line_boxes(40, 24, "thực hiện nghiêm túc")
    assert page_tables([rule_edge(0, 420, 50), rule_edge(0, 420, 66)], lambda: REST + text, carried=dict(carried)) == []
    assert page_tables([rule_edge(0, 420, 50), rule_edge(0, 420, 66)], lambda: REST) == []  # nothing carried
    assert page_tables([rule_edge(100, 420, 50), rule_edge(100, 420, 66)], lambda: REST, carried=dict(carried)) == []



# A frame of two rules at the next page's top holding what is no row's rest: its text runs across the table's columns
_FRAMED = {"a note across the page": line_boxes(10, 56, "Ghi chú: Các đơn vị gửi báo cáo về Sở Nội vụ trước ngày 15"),
           "the next annex's title, centred": line_boxes(186, 56, "PHỤ LỤC II"),
           "a box of signers": line_boxes(20, 56, "NGƯỜI LẬP BIỂU") + line_boxes(260, 56, "THỦ TRƯỞNG ĐƠN VỊ"),
           "a note in two lines": line_boxes(60, 53, "Số liệu tính đến") + line_boxes(60, 65, "hết ngày 30 tháng 6 năm 2026")}


@pytest.mark.parametrize("framed", list(_FRAMED))
def test_two_rules_around_text_across_the_columns_are_no_table_s_rest(framed):
    edges, boxes = _first_page()
    carried: dict = {}
    page_tables(edges, lambda: boxes, carried=carried)
    assert page_tables([rule_edge(0, 420, 50), rule_edge(0, 420, 80)], lambda: _FRAMED[framed], carried=carried) == []


# what a page may print under a half-ruled table: below it, more than a line of text, or another frame's rules
_UNDER_TABLE = {"a note of two lines": (line_boxes(40, 470, "Ghi chú: số liệu ước thực hiện") + line_boxes(40, 484, "đến hết năm"), []),
                "a signer's block": (line_boxes(260, 480, "KT. CHỦ TỊCH") + line_boxes(260, 494, "PHÓ CHỦ TỊCH")
                                     + line_boxes(260, 560, "Nguyễn Văn An"), []),
                "a framed box under it": ([], [rule_edge(30, 390, 480), rule_edge(30, 390, 500)])}


@pytest.mark.parametrize("under", list(_UNDER_TABLE))
def test_a_table_followed_by_more_on_its_page_carries_no_columns(under):
    """Its rows end on its page: two rules opening the next page around text in its columns are no rest of it."""
    edges, boxes = _first_page()
    more_boxes, more_edges = _UNDER_TABLE[under]
    carried: dict = {}
    page_tables(edges + more_edges, lambda: boxes + more_boxes, carried=carried)
    assert "half-ruled" not in carried
    assert page_tables([rule_edge(0, 420, 50), rule_edge(0, 420, 66)], lambda: REST, carried=carried) == []


def test_a_table_with_only_its_page_number_under_it_carries_its_columns():
    """The guard: a page's number alone under the table, as the rest's test above the rules on the next page."""
    edges, boxes = _first_page()
    carried: dict = {}
    page_tables(edges, lambda: boxes + line_boxes(200, 560, "3"), carried=carried)
    [rest] = page_tables([rule_edge(0, 420, 50), rule_edge(0, 420, 66)], lambda: REST, carried=carried)
    assert len(rest.rows) == 1


# ---------------------------------------------------------------------------------------------------
# Tables joined over a page break (parsers/common.py)


def _block(page: int, rows: list[list[str]], spans: dict[tuple[int, int], int] | None = None) -> Block:
    spans = spans or {}
    covered = {(r + k, c) for (r, c), n in spans.items() for k in range(1, n)}
    cells = [Cell(row=r, col=c, row_span=spans.get((r, c), 1), col_span=1, text=text)
             for r, line in enumerate(rows) for c, text in enumerate(line) if (r, c) not in covered]
    table = Table(n_rows=len(rows), n_cols=len(rows[0]), cells=cells)
    return Block(id=f"b{page:04d}", kind=BlockKind.TABLE, orig=grid_text(table), table=table,
                 prov=Provenance(reader="pdf", page=page, line_start=1, line_end=1))


HEADER_ROW = ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp"]


@pytest.mark.parametrize("rest_text", ["", "(tiếp)"], ids=["empty", "with text"])
def test_a_merged_lead_split_inside_a_row_goes_on_over_the_next_rows(rest_text):
    first = _block(1, [HEADER_ROW, ["1", "Rà soát", "Sở Tư pháp", "Sở Y tế"], ["2", "Tổ chức tập huấn cho cán bộ,", "Sở Nội vụ", "Sở Y tế"]])
    second = _block(2, [["", "công chức", rest_text, ""], ["3", "Biên soạn tài liệu", "", "Văn phòng"],
                        ["4", "Xây dựng bộ tiêu chí", "", "Sở Tài chính"]], spans={(0, 2): 3})
    [joined] = join_continued_tables([first, second])
    grid = joined.table.grid()
    lead = " ".join(f"Sở Nội vụ {rest_text}".split())
    assert [row[2] for row in grid] == ["Chủ trì", "Sở Tư pháp", lead, lead, lead]
    assert grid[2][1] == "Tổ chức tập huấn cho cán bộ, công chức" and len(grid) == 5


def test_a_lead_cell_empty_on_the_next_page_takes_nothing_without_a_split_row():
    first = _block(1, [HEADER_ROW, ["1", "Rà soát", "Sở Tư pháp", "Sở Y tế"]])
    second = _block(2, [["2", "Biên soạn tài liệu", "", "Văn phòng"], ["3", "Xây dựng", "", "Sở Y tế"]], spans={(0, 2): 2})
    [joined] = join_continued_tables([first, second])
    assert [row[2] for row in joined.table.grid()] == ["Chủ trì", "Sở Tư pháp", "", ""]


def test_a_repeated_header_s_spanning_cell_read_split_is_the_same_header():
    top = ["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị thực hiện", "Thời hạn"]
    assert printed_alike(["TT", "Nhiệm vụ", "Đơn vị thực hiện", "", "Thời hạn"], top)
    assert printed_alike(top, top)
    assert not printed_alike(["TT", "Nhiệm vụ", "Đơn vị", "", "Thời hạn"], top)
    assert not printed_alike(["1", "Rà soát", "Sở Y tế", "", "Quý II"], ["1", "Rà soát", "", "Sở Y tế", "Quý II"])


@pytest.mark.parametrize("rest, glue", [
    ("- Xác nhận việc đóng góp", "\n"), ("+ Xác nhận việc đóng góp", "\n"), ("• Xác nhận việc đóng góp", "\n"),
    ("b) Xác nhận việc đóng góp", "\n"), ("2. Xác nhận việc đóng góp", "\n"), ("(2) Xác nhận việc đóng góp", "\n"),
    ("2.1. Xác nhận việc đóng góp", "\n"),
    ("của công dân, tránh trùng lặp", " "), ("2025. Xác nhận việc đóng góp", " ")],
    ids=["dash", "plus", "bullet", "letter", "number", "parenthesised", "sub-number", "words going on", "a year's end"])
@pytest.mark.parametrize("number_rest", [False, True], ids=["number cell empty", "number cell merged down"])
def test_a_cell_s_rest_on_the_next_page_opening_an_item_is_its_own_line(rest, glue, number_rest):
    """A row split by a page break, its rest on the next page under an empty number cell (or the number cell merged
    down from the page before, a ruled table): in the task and the product cells the rest opening an item ("- ",
    "b)", "2.") goes on a line of its own; words going on, or a year ending a sentence, after a space."""
    first = _block(1, [HEADER_ROW + ["Sản phẩm"], ["1", "Rà soát", "Sở Tư pháp", "Sở Y tế", "- Báo cáo"],
                       ["2", "- Hướng dẫn nghiệp vụ quản lý tài chính", "Sở Tài chính", "", "- Văn bản hướng dẫn"]])
    spans = {(0, 0): 2} if number_rest else None
    second = _block(2, [["", rest, "", "", rest.replace("Xác nhận việc đóng góp", "Giấy xác nhận")],
                        ["3", "Biên soạn tài liệu", "Sở Nội vụ", "", "Tài liệu"]], spans=spans)
    [joined] = join_continued_tables([first, second])
    grid = joined.table.grid()
    assert grid[2][1] == f"- Hướng dẫn nghiệp vụ quản lý tài chính{glue}{rest}"
    assert grid[2][4] == f"- Văn bản hướng dẫn{glue}{rest.replace('Xác nhận việc đóng góp', 'Giấy xác nhận')}"
    assert len(grid) == 4


# ---------------------------------------------------------------------------------------------------
# A lead merged over a page break between rows: empty on the next page, with a warning (pipeline/stages/tasks.py)

TASK_HEADER = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
FIRST_PAGE = [TASK_HEADER, ["1", "Rà soát quy định", "Sở Tư pháp", "Sở Y tế", "Quý II/2026"],
              ["2", "Ban hành quy chế", "Sở Nội vụ", "Sở Tài chính", "Quý III/2026"]]
NEXT_ROWS = [["3", "Tổ chức tập huấn", "", "Sở Y tế", "Năm 2026"],
             ["4", "Biên soạn tài liệu", "", "Văn phòng UBND tỉnh", "Tháng 6/2026"],
             ["5", "Xây dựng bộ tiêu chí", "Sở Tài chính", "Sở Y tế", "Năm 2027"]]


def _plan(pages: list[tuple[list[list[str]], dict]], reader: str = "pdf") -> Document:
    """A plan whose task table runs over ``pages`` (each its rows and merged cells), read as a PDF reader gives it:
    a table block a page, joined."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH NAM HÀ", "Số: 45/KH-UBND", "Nam Hà, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH",
             "Triển khai chuyển đổi số năm 2026", "I. NHIỆM VỤ"]
    blocks = [Block(id=f"p{k}", orig=line, prov=Provenance(reader=reader, page=1 if reader == "pdf" else None,
                                                           line_start=k + 1, line_end=k + 1))
              for k, line in enumerate(lines)]
    for page, (rows, spans) in enumerate(pages, start=1):
        block = _block(page, rows, spans)
        if reader != "pdf":
            block = block.model_copy(update={"prov": Provenance(reader=reader)})
        blocks.append(block)
    blocks = join_continued_tables(blocks) if reader == "pdf" else blocks
    return run_stages(Document(origin=Origin(path="plan.pdf", name="plan.pdf", format=reader, sha256="0" * 64, size=1),
                               blocks=blocks))


def _doubted(doc: Document) -> dict[str, str]:
    """The tasks the warning names, by the lead it says they may have."""
    return {w.message.split(":")[0]: re.search(r"whose lead is '(.*?)':", w.message).group(1)
            for w in doc.warnings if w.code == "task_lead_over_page_break"}


@pytest.mark.parametrize("next_page, doubted", [
    ((NEXT_ROWS, {(0, 2): 2}), {"table_1__task_3": "Sở Nội vụ", "table_1__task_4": "Sở Nội vụ"}),
    ((NEXT_ROWS, {}), {"table_1__task_3": "Sở Nội vụ"}),
    (([TASK_HEADER, *NEXT_ROWS], {(1, 2): 2}), {"table_1__task_3": "Sở Nội vụ", "table_1__task_4": "Sở Nội vụ"}),
    (([["", "và ban hành", "", "", ""], *NEXT_ROWS], {(1, 2): 2}), {"table_1__task_3": "Sở Nội vụ",
                                                                       "table_1__task_4": "Sở Nội vụ"}),
], ids=["merged over two rows", "one row's own empty cell", "header repeated", "under the split row's rest"])
def test_an_empty_lead_opening_the_next_page_under_a_lead_is_doubted_not_filled(next_page, doubted):
    doc = _plan([(FIRST_PAGE, {}), next_page])
    assert [[m.name for m in t.lead] for t in doc.tasks] == [["Sở Tư pháp"], ["Sở Nội vụ"], [], [], ["Sở Tài chính"]]
    assert _doubted(doc) == doubted
    assert [t.page for t in doc.tasks] == [1, 1, 2, 2, 2]


@pytest.mark.parametrize("pages, reader", [
    ([(FIRST_PAGE, {}), ([[*NEXT_ROWS[0][:2], "Sở Nội vụ", *NEXT_ROWS[0][3:]], *NEXT_ROWS[1:]], {})], "pdf"),
    ([(FIRST_PAGE[:2] + [["II", "NHÓM NHIỆM VỤ KHÁC", "", "", ""]], {}), (NEXT_ROWS, {})], "pdf"),
    ([(FIRST_PAGE + NEXT_ROWS, {(3, 2): 2})], "pdf"),
    ([(FIRST_PAGE, {}), (NEXT_ROWS, {(0, 2): 2})], "docx"),
], ids=["a lead printed on the next page", "a group row above the break", "no page break", "no pages (a DOCX)"])
def test_no_lead_is_doubted_without_a_page_break_under_a_lead(pages, reader):
    assert _doubted(_plan(pages, reader)) == {}
