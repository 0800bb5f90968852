"""Annexes other hands head and close in words the earlier beds lack: the nineteenth test bed (tests/task_layouts,
layouts 153+, --bed nineteenth), and each of its faults on small tables of our own wordings built here.

What was wrong before (each test below fails without its fix, unless it says it is a guard):
- a totals row whose label gives a count or a sum ("Tổng cộng: 08 nhiệm vụ", "Tổng số (12 đề án)", "Cộng: 1.350
  triệu đồng") or names the groups it adds up ("Tổng cộng (I+II)") was read as a task, its text the label, no body;
- a totals row whose number cell is printed empty ("" | "Tổng cộng" | … | "350"), copied one cell a line: the label
  was taken for the next row's number, so the last task's money ran on into its time ("Quý III/2026\\n200");
- support columns named by help ("Đơn vị hỗ trợ", "Cơ quan, đơn vị cùng thực hiện", "Sở, ngành liên quan") named no
  column: in HTML they were read by their cells (mostly right: those cases are guards), in the text copies the support
  was lost;
- "Cơ quan xây dựng" (the body that drafts a document) named no column: in the text copies the lead was lost; a body
  that reviews the work ("Cơ quan thẩm định", "Cơ quan cho ý kiến", "Đơn vị phản biện") was read as the support in
  HTML and tabbed rows, a confident wrong value: it is neither lead nor support (one cell a line and '|' copies left
  it out before: guards);
- a two-line header copied flat whose bodies' parent is a performer's name no list held ("Phân công nhiệm vụ",
  "Trách nhiệm" over "Chủ trì | Phối hợp") left lead and support empty.
A totals label in capitals ("TỔNG SỐ: 2 NHIỆM VỤ") was read as a group row before, no task: a guard.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from pipeline.stages.cells import is_total_label
from task_layouts import text_form_failures
from task_layouts.layouts import BY_NAME, NINETEENTH_BED
from test_eighteenth_bed import _got, _write

_FORMS = ("html", "txt", "pipe.txt", "bar.txt", "tab.txt", "mdonce.txt")


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in NINETEENTH_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_nineteenth_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)


# -- Totals rows -------------------------------------------------------------------------------------------------------

_MONEY = ("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Kinh phí (triệu đồng)")
_PAID = [("1", "Tập huấn kỹ năng số", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2026", "150"),
         ("2", "Kiểm tra công vụ", "Sở Nội vụ", "Thanh tra tỉnh", "Quý III/2026", "200")]
_PAID_GOT = [("1", "Tập huấn kỹ năng số", ["Sở Nội vụ"], ["Sở Tư pháp"], "Quý II/2026"),
             ("2", "Kiểm tra công vụ", ["Sở Nội vụ"], ["Thanh tra tỉnh"], "Quý III/2026")]


@pytest.mark.parametrize("label", ["Tổng cộng: 02 nhiệm vụ", "Tổng cộng (02 nhiệm vụ)", "TỔNG SỐ: 2 NHIỆM VỤ",
                                   "Cộng: 350 triệu đồng", "Tổng: 02 đề án", "Tổng cộng (I+II)", "Cộng (1 + 2): 350"])
@pytest.mark.parametrize("form", ["html", "one cell a line", "pipe", "markdown"])
def test_a_totals_row_that_counts_is_no_task(tmp_path, label, form):
    got = _got(process(_write(tmp_path, _MONEY, [*_PAID, ("", label, "", "", "", "350")], form)))
    assert got == _PAID_GOT


@pytest.mark.parametrize("label", ["Tổng cộng", "Tổng số", "Cộng", "TỔNG CỘNG"])
def test_a_totals_row_with_an_empty_number_cell_leaves_the_last_task_its_time(tmp_path, label):
    got = _got(process(_write(tmp_path, _MONEY, [*_PAID, ("", label, "", "", "", "350")], "one cell a line")))
    assert got == _PAID_GOT


@pytest.mark.parametrize("text", ["Tổng số 3 lớp tập huấn cho cán bộ cấp xã về kỹ năng số", "Tổng kết 5 năm thực hiện Nghị quyết",
                                  "Cộng đồng dân cư", "Tổng kết (I+II)", "Tổng cộng 12"])
def test_a_task_that_starts_like_a_total_is_still_a_task(text):
    """Guard: a count followed by a task's words, a word that starts with "Cộng", a bare sum after the label."""
    assert is_total_label(text) is (text == "Tổng cộng 12")


# -- Support named by help, the drafter and the appraiser --------------------------------------------------------------

_ROWS = [("1", "Rà soát quy trình nội bộ", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2026"),
         ("2", "Kiểm tra công vụ", "Sở Tài chính", "Thanh tra tỉnh", "Quý III/2026")]


@pytest.mark.parametrize("name", ["Đơn vị hỗ trợ", "Cơ quan hỗ trợ", "Cơ quan, đơn vị cùng thực hiện",
                                  "Cơ quan, đơn vị hỗ trợ", "Sở, ngành liên quan", "Các sở, ban, ngành liên quan"])
@pytest.mark.parametrize("form", ["html", "one cell a line", "pipe"])
def test_a_column_named_by_help_is_the_support(tmp_path, name, form):
    got = _got(process(_write(tmp_path, ("STT", "Nhiệm vụ", "Đơn vị chủ trì", name, "Thời gian"), _ROWS, form)))
    assert [(lead, support) for _, _, lead, support, _ in got] == [(["Sở Nội vụ"], ["Sở Tư pháp"]),
                                                                  (["Sở Tài chính"], ["Thanh tra tỉnh"])]


@pytest.mark.parametrize("name", ["Cơ quan xây dựng", "Đơn vị xây dựng"])
@pytest.mark.parametrize("form", ["html", "one cell a line", "pipe"])
def test_the_body_that_drafts_is_the_lead(tmp_path, name, form):
    got = _got(process(_write(tmp_path, ("STT", "Tên văn bản", name, "Cơ quan phối hợp", "Thời gian trình"), _ROWS, form)))
    assert [(lead, support) for _, _, lead, support, _ in got] == [(["Sở Nội vụ"], ["Sở Tư pháp"]),
                                                                  (["Sở Tài chính"], ["Thanh tra tỉnh"])]


@pytest.mark.parametrize("name", ["Cơ quan thẩm định", "Đơn vị thẩm định", "Cơ quan cho ý kiến", "Cơ quan góp ý",
                                  "Đơn vị phản biện"])
@pytest.mark.parametrize("form", ["html", "one cell a line", "pipe", "tabs"])
def test_a_body_that_reviews_the_work_is_neither_lead_nor_support(tmp_path, name, form):
    got = _got(process(_write(tmp_path, ("STT", "Tên văn bản", "Cơ quan soạn thảo", name, "Thời gian trình"), _ROWS, form)))
    assert [(lead, support) for _, _, lead, support, _ in got] == [(["Sở Nội vụ"], []), (["Sở Tài chính"], [])]


@pytest.mark.parametrize("name", ["Cơ quan chủ trì thẩm định", "Cơ quan chủ trì thẩm tra"])
def test_a_body_that_leads_the_review_is_still_the_lead(tmp_path, name):
    """Guard: "Cơ quan chủ trì thẩm tra" (the National Assembly's committees, realdocs2 201-203) leads the task."""
    got = _got(process(_write(tmp_path, ("STT", "Tên dự án", name, "Cơ quan phối hợp", "Thời gian"), _ROWS, "html")))
    assert [lead for _, _, lead, _, _ in got] == [["Sở Nội vụ"], ["Sở Tài chính"]]


# -- A two-line header copied flat, the bodies' parent named by any performer's name ----------------------------------

@pytest.mark.parametrize("parent", ["Phân công nhiệm vụ", "Trách nhiệm", "Cơ quan, tổ chức thực hiện",
                                    "Đơn vị, cá nhân thực hiện", "Bộ phận thực hiện", "Đơn vị chịu trách nhiệm"])
@pytest.mark.parametrize("children", [("Chủ trì", "Phối hợp"), ("Cơ quan chủ trì", "Cơ quan phối hợp")])
@pytest.mark.parametrize("form", ["one cell a line", "pipe"])
def test_a_flat_two_line_header_under_any_performer_s_name_gives_lead_and_support(tmp_path, parent, children, form):
    """The upper line ("STT | Nội dung | <parent> | Thời gian hoàn thành") then the lower ("Chủ trì | Phối hợp"), as a
    table copied as text prints them: the parent heads the two roles (before, only the parents listed in
    task_tables.json did, and lead and support were left empty under the others)."""
    header = ("STT", "Nội dung nhiệm vụ", parent, "Thời gian hoàn thành", *children)
    got = _got(process(_write(tmp_path, header, _ROWS, form)))
    assert [(lead, support, time) for _, _, lead, support, time in got] == [
        (["Sở Nội vụ"], ["Sở Tư pháp"], "Quý II/2026"), (["Sở Tài chính"], ["Thanh tra tỉnh"], "Quý III/2026")]
