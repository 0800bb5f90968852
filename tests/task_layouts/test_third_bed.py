"""The third test bed prints what its layouts say: a two-row header merged across only, cells padded with empty
paragraphs, a republishing site's markup, deadlines inside the content, group rows that carry a lead, and a truth
that follows the printed page. (How the pipeline does on them is tests/test_task_layouts.py's business.)"""

from __future__ import annotations

import zipfile

import pytest

from task_layouts import BY_NAME, LAYOUTS, SECOND_BED, THIRD_BED, build, truth
from task_layouts.layouts import BEDS_AFTER_ITEMS, FOURTH_BED, ITEM_BED
from task_layouts.render import table_grid, to_html, to_text


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return build(tmp_path_factory.mktemp("third_bed"), [BY_NAME[n] for n in THIRD_BED], ("docx", "html"))


def test_the_third_bed_is_its_own_set_after_the_others():
    assert len(THIRD_BED) >= 15 and not set(THIRD_BED) & set(SECOND_BED)
    later = sum(map(len, BEDS_AFTER_ITEMS)) + len(ITEM_BED)  # the beds after the fourth
    start = len(LAYOUTS) - later - len(FOURTH_BED) - len(THIRD_BED)
    assert LAYOUTS[start:start + len(THIRD_BED)] == [BY_NAME[name] for name in THIRD_BED]
    fourth = len(LAYOUTS) - later - len(FOURTH_BED)
    assert LAYOUTS[fourth:fourth + len(FOURTH_BED)] == [BY_NAME[name] for name in FOURTH_BED]
    assert all(BY_NAME[name].note for name in THIRD_BED)


def test_a_header_merged_across_only_leaves_an_empty_cell_under_each_one_level_column(files):
    table = BY_NAME["gridspan_only_header"].tables[0]
    top, bottom = table_grid(table)[:2]
    assert top[0].rowspan == 1 and bottom[0].text == "" and top[2].colspan == 2 and bottom[2].text == "Chủ trì"
    document = zipfile.ZipFile(files["gridspan_only_header", "docx"]).read("word/document.xml").decode()
    assert '<w:gridSpan w:val="2"/>' in document and "<w:vMerge" not in document.split("Chủ trì")[0].rsplit("<w:tbl>", 1)[-1]


def test_padded_cells_have_empty_paragraphs_around_their_text(files):
    import docx

    table = [t for t in docx.Document(files["gridspan_only_header", "docx"]).tables if len(t.columns) == 6][0]
    paragraphs = [p.text for p in table.rows[2].cells[1].paragraphs]
    assert paragraphs[0] == "" and paragraphs[-1] == "" and paragraphs[1]


def test_the_republishing_site_rules_its_cells_inline(files):
    page = files["republished_html", "html"].read_text(encoding="utf-8")
    assert "<table border=0" in page and "border:solid windowtext 1.0pt;border-top:none" in page
    assert "<span lang=VI>Cơ quan chủ trì</span>" in page and '<a name="chuong_pl"></a>PHỤ LỤC' in page


def test_a_deadline_in_the_content_is_in_the_content_and_the_truth():
    layout = BY_NAME["deadline_in_content"]
    rows = truth(layout)
    assert "deadline" not in {c.role for c in layout.tables[0].columns}
    assert rows[0].deadline == "hoàn thành trước ngày 30/6/2026" and rows[0].deadline_end == "2026-06-30"
    assert f"{rows[0].content}, hoàn thành trước ngày 30/6/2026" in to_text(layout)
    assert rows[2].deadline is None and "theo Quyết định số 1520/QĐ-UBND ngày 12/12/2025" in to_text(layout)


def test_group_rows_carry_the_lead_of_their_tasks():
    layout = BY_NAME["group_row_lead_cell"]
    grid = table_grid(layout.tables[0])
    group, first = grid[1], grid[2]
    assert [c.text for c in group][:3] == ["1", "Hoàn thiện thể chế về phổ biến, giáo dục pháp luật", "Sở Tư pháp"]
    assert first[2].text == "" and truth(layout)[0].lead == ("Sở Tư pháp",)
    owner = truth(BY_NAME["group_row_owner"])
    assert owner[0].lead == ("Sở Tài chính",) and "Sở Tài chính" in to_html(BY_NAME["group_row_owner"])
