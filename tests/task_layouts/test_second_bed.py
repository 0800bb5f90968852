"""The second test bed prints what its layouts say: merged cells, frames, totals, site markups, continued tables,
and a truth that follows the printed page. (How the pipeline does on these layouts is tests/test_task_layouts.py's
business; this checks the bed itself.)"""

from __future__ import annotations

import re
import zipfile

import pytest

from task_layouts import BY_NAME, LAYOUTS, SECOND_BED, build, truth
from task_layouts.render import Cell, leading_header_rows, table_grid, to_html, to_text
from task_layouts.spec import Group, Task


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return build(tmp_path_factory.mktemp("second_bed"), [BY_NAME[n] for n in SECOND_BED], ("docx", "html", "txt"))


def _document_xml(path) -> str:
    return zipfile.ZipFile(path).read("word/document.xml").decode()


def test_the_second_bed_is_its_own_set():
    assert len(SECOND_BED) >= 20 and set(SECOND_BED) <= {layout.name for layout in LAYOUTS}
    assert all(BY_NAME[name].note for name in SECOND_BED)
    assert LAYOUTS[28:28 + len(SECOND_BED)] == [BY_NAME[name] for name in SECOND_BED]  # the first 28 keep their places


def test_equal_cells_merge_down_over_their_run(files):
    layout = BY_NAME["merged_lead_runs"]
    table = layout.tables[0]
    grid = table_grid(table)
    lead = [c.role for c in table.columns].index("lead")
    first = grid[table.header_rows()]
    assert first[lead].text == table.rows[0].lead[0] and first[lead].rowspan == 3
    assert grid[table.header_rows() + 1][lead] is None and grid[table.header_rows() + 3][lead].rowspan == 2
    assert "<w:vMerge/>" in _document_xml(files["merged_lead_runs", "docx"])
    assert 'rowspan="3">' in files["merged_lead_runs", "html"].read_text(encoding="utf-8")


def test_a_framed_table_sits_inside_a_cell(files):
    import docx

    framed = [t for t in docx.Document(files["nested_in_frame", "docx"]).tables if t.rows[0].cells[0].tables]
    assert len(framed) == 1 and len(framed[0].rows) == len(framed[0].columns) == 1
    assert framed[0].rows[0].cells[0].tables[0].rows[0].cells[1].text == "Nhiệm vụ"
    page = files["nested_in_frame", "html"].read_text(encoding="utf-8")
    assert re.search(r"<td[^>]*>\s*<table", page)


def test_totals_sum_the_budgets_where_the_layout_prints_them():
    grid = table_grid(BY_NAME["budget_and_total"].tables[0])
    assert [c.text for c in grid[-1] if c is not None][:1] == ["Tổng cộng"] and grid[-1][-2].text == "1.800"
    works = BY_NAME["council_public_works"].tables[0]
    first = table_grid(works)[works.header_rows()]
    assert first[0].text == "TỔNG CỘNG" and first[-1].text == "360.000"
    assert not any(r.content.startswith(("Tổng", "TỔNG")) for r in truth(BY_NAME["council_public_works"]))


def test_blank_rows_and_bare_column_numbers_are_printed():
    grid = table_grid(BY_NAME["draft_empty_rows"].tables[0])
    assert all(c.text == "" for row in grid[-3:] for c in row) and any(c.text for c in grid[-4])
    numbers = table_grid(BY_NAME["bare_column_numbers"].tables[0])[1]
    assert [c.text for c in numbers] == ["1", "2", "3", "4", "5", "6"]


def test_each_site_markup(files):
    vbpl = files["gov_resolution_annex", "html"].read_text(encoding="utf-8")
    assert '<p align="center" class="prov-content"><span style=' in vbpl and "<b>Tên nhiệm vụ</b>" in vbpl
    word = files["word_saved_html", "html"].read_text(encoding="utf-8")
    assert "class=MsoNormal" in word and "<o:p></o:p>" in word and "site-header" not in word
    thead = files["thead_two_row_header", "html"].read_text(encoding="utf-8")
    head = thead[thead.index("<thead>"):thead.index("</thead>")]
    assert head.count("<tr>") == 2 and "<strong>Cơ quan thực hiện</strong>" in head and "&nbsp;" in thead


def test_the_header_repeats_as_ordinary_rows_in_docx(files):
    document = _document_xml(files["header_rows_in_body", "docx"])
    assert document.count(">Cơ quan chủ trì<") == 3 and document.count("<w:tblHeader/>") == 1
    grid = table_grid(BY_NAME["header_rows_in_body"].tables[0])
    assert leading_header_rows(grid) == 1 and leading_header_rows([[Cell("x", header=True)], [Cell("y")]]) == 1


def test_a_continued_table_keeps_its_number_and_its_group():
    rows = truth(BY_NAME["annex_continued"])
    first_of_part_two = rows[7]
    assert first_of_part_two.number == "4" and first_of_part_two.table == 1
    assert first_of_part_two.group_path == ("II. CẢI CÁCH TỔ CHỨC BỘ MÁY",)
    assert rows[-1].group_path == ("III. XÂY DỰNG CHÍNH QUYỀN SỐ",)


def test_the_truth_reads_the_page_not_the_print():
    # the number printed in the content cell is the row's number; the content is the task
    layout = BY_NAME["number_in_content"]
    task = next(r for r in layout.tables[0].rows if isinstance(r, Task))
    grid = table_grid(layout.tables[0])
    assert any(c is not None and c.text == f"{task.number} {task.content}" for row in grid for c in row)
    assert truth(layout)[0].number == "1." and truth(layout)[0].content == task.content
    # "- " before a task, "a)" in the number column: the task is the words after them
    dashed = [r for r in truth(BY_NAME["lettered_and_dashed"]) if r.number == ""]
    assert dashed and not any(r.content.startswith("-") for r in dashed)
    # the facilities in "Đơn vị thực hiện" are neither lead nor support
    assert all(r.support == () and len(r.lead) == 1 for r in truth(BY_NAME["lead_and_implementer"]))
    assert any(t.implementer for t in BY_NAME["lead_and_implementer"].tables[0].rows)
    # a remark naming bodies is not the support
    assert all(r.support == () for r in truth(BY_NAME["remarks_name_bodies"]))
    # group rows are never tasks
    groups = {g.title for layout in (BY_NAME[n] for n in SECOND_BED) for t in layout.tables for g in t.rows if isinstance(g, Group)}
    assert not any(r.content in groups for n in SECOND_BED for r in truth(BY_NAME[n]))


def test_copies_no_reader_could_tell_are_not_made(files):
    assert ("merged_lead_runs", "txt") not in files and ("thead_two_row_header", "txt") not in files
    assert ("merged_lead_runs", "docx") in files and ("lead_and_implementer", "txt") in files


def test_the_second_bed_prints_in_every_format_deterministically():
    for name in SECOND_BED:
        layout = BY_NAME[name]
        assert to_html(layout) == to_html(layout) and to_text(layout) == to_text(layout, pipe=False)
