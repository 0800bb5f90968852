"""A commune's chairman and posts over tasks of two words, classes of bodies with a start and an end column, a task split
between its field and the task itself, the level a product goes to: the twenty-third test bed (tests/task_layouts,
layouts 172+, --bed twenty_third), and each of its faults on small tables of our own wordings.

What was wrong before (each test below fails without its fix, unless it says it is a guard):
- a task of two words whose second word opens with a letter outside ASCII ("Đo đạc", "Bảo đảm", "Cấp đổi") looked like
  a person's name (the capitals' range "À-Ỹ" holds the small letters too): copied one cell a line, it was read as a body
  of the row above and its row was lost;
- "Nội dung" | "Nhiệm vụ cụ thể" where each field has one task (no cell running down over two rows): the field was
  read as the task and the task itself was lost.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from pipeline.stages.cells import PERSON
from task_layouts import text_form_failures
from task_layouts.layouts import BY_NAME, TWENTY_THIRD_BED
from test_eighteenth_bed import _write

_FORMS = ("html", "txt", "pipe.txt", "bar.txt", "tab.txt", "mdonce.txt")
_ALL_FORMS = ("html", "one cell a line", "pipe", "markdown", "tabs")


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in TWENTY_THIRD_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_twenty_third_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)


def _names(mentions) -> list[str]:
    return [m.name for m in mentions]


# -- Tasks of two words -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("task", ["Đo đạc", "Bảo đảm", "Cấp đổi", "Kiểm đếm"])
def test_a_task_of_two_words_is_no_persons_name(task):
    assert not PERSON.match(task)


@pytest.mark.parametrize("name", ["Nguyễn Văn Thành", "Lê Thị Ánh", "Ông Đặng Văn Ơn", "Y Biêr Niê", "Đỗ Ưng"])
def test_a_persons_name_still_reads_as_one(name):
    """Guard: capitals outside ASCII still open a name's words."""
    assert PERSON.match(name)


@pytest.mark.parametrize("task", ["Đo đạc", "Bảo đảm", "Cấp đổi", "Tuyên truyền"])  # the last read right before: a guard
@pytest.mark.parametrize("form", _ALL_FORMS)
def test_a_task_of_two_words_after_a_cell_of_posts_keeps_its_row(tmp_path, task, form):
    header = ("TT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian thực hiện")
    rows = [("1", "Chỉnh lý bản đồ địa chính các thôn", "Công chức Địa chính - Xây dựng", "Trưởng các thôn, Công an xã",
             "Quý III/2026"),
            ("2", task, "Chủ tịch UBND xã", "Trưởng các thôn", "Tháng 10/2026")]
    doc = process(_write(tmp_path, header, rows, form))
    assert [(t.number, t.content, _names(t.lead), _names(t.support)) for t in doc.tasks] == [
        ("1", "Chỉnh lý bản đồ địa chính các thôn", ["Công chức Địa chính - Xây dựng"], ["Trưởng các thôn", "Công an xã"]),
        ("2", task, ["Chủ tịch UBND xã"], ["Trưởng các thôn"])]


@pytest.mark.parametrize("lead", ["Chủ tịch UBND xã", "Phó Chủ tịch UBND xã", "Phó Chủ tịch UBND xã phụ trách kinh tế"])
@pytest.mark.parametrize("form", ("html", "one cell a line"))
def test_a_post_of_the_committee_leads_as_printed(tmp_path, lead, form):
    """Guard: the post that leads is stored as the document names it (a commune gives each task one person in charge),
    never turned into the committee."""
    header = ("TT", "Nội dung công việc", "Người chủ trì", "Phối hợp", "Thời gian thực hiện")
    rows = [("1", "Rà soát danh sách hộ nghèo trên địa bàn xã", lead, "Công chức Văn hóa - Xã hội", "Quý III/2026")]
    doc = process(_write(tmp_path, header, rows, form))
    assert [(_names(t.lead), _names(t.support)) for t in doc.tasks] == [([lead], ["Công chức Văn hóa - Xã hội"])]


# -- A task split between its field and the task itself -----------------------------------------------------------------

@pytest.mark.parametrize("field_column,task_column", [
    ("Nội dung", "Nhiệm vụ cụ thể"), ("Nhiệm vụ", "Hoạt động cụ thể"), ("Nhiệm vụ", "Hoạt động"),
    ("Nội dung công việc", "Công việc cụ thể"), ("Nhiệm vụ", "Nội dung chi tiết")])
@pytest.mark.parametrize("form", _ALL_FORMS)
def test_the_specific_task_is_the_task_where_each_field_has_one(tmp_path, field_column, task_column, form):
    header = ("STT", field_column, task_column, "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
    rows = [("1", "Cải cách thể chế", "Rà soát văn bản quy phạm pháp luật của tỉnh", "Sở Tư pháp", "Các sở, ban, ngành",
             "Quý III/2026"),
            ("2", "Cải cách thủ tục hành chính", "Công bố danh mục thủ tục hành chính", "Sở Nội vụ", "Văn phòng UBND tỉnh",
             "Thường xuyên"),
            ("3", "Xây dựng chính quyền số", "Vận hành hệ thống thông tin giải quyết thủ tục hành chính",
             "Sở Khoa học và Công nghệ", "", "Tháng 12/2026")]
    doc = process(_write(tmp_path, header, rows, form))
    assert [(t.content, t.group_path[-1:], _names(t.lead)) for t in doc.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật của tỉnh", ["1. Cải cách thể chế"], ["Sở Tư pháp"]),
        ("Công bố danh mục thủ tục hành chính", ["2. Cải cách thủ tục hành chính"], ["Sở Nội vụ"]),
        ("Vận hành hệ thống thông tin giải quyết thủ tục hành chính", ["3. Xây dựng chính quyền số"],
         ["Sở Khoa học và Công nghệ"])]


@pytest.mark.parametrize("form", ("html", "one cell a line"))
def test_a_field_over_two_tasks_still_reads(tmp_path, form):
    """Guard: the field printed again over its second task (read right before, by the repeated cell)."""
    header = ("STT", "Nội dung", "Nhiệm vụ cụ thể", "Cơ quan chủ trì", "Thời gian hoàn thành")
    rows = [("1", "Cải cách thể chế", "Rà soát văn bản quy phạm pháp luật của tỉnh", "Sở Tư pháp", "Quý III/2026"),
            ("1", "Cải cách thể chế", "Kiểm tra việc thi hành pháp luật", "Sở Tư pháp", "Quý IV/2026")]
    doc = process(_write(tmp_path, header, rows, form))
    assert [(t.content, t.group_path[-1:]) for t in doc.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật của tỉnh", ["1. Cải cách thể chế"]),
        ("Kiểm tra việc thi hành pháp luật", ["1. Cải cách thể chế"])]


# -- Guards: classes of bodies, a start and an end column, money, the level a product goes to --------------------------

@pytest.mark.parametrize("form", _ALL_FORMS)
def test_classes_of_bodies_start_and_end_money_and_levels_read_as_printed(tmp_path, form):
    """Guard: "Các sở, ban, ngành" leads as one class (never a made-up single body), "Thời gian bắt đầu" gives the start
    and "Thời gian hoàn thành" the deadline, "Nguồn kinh phí" is no product, "Cấp trình" is no support."""
    header = ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Cấp trình", "Thời gian bắt đầu",
              "Thời gian hoàn thành", "Sản phẩm", "Nguồn kinh phí")
    rows = [("1", "Rà soát thủ tục hành chính nội bộ", "Các sở, ban, ngành", "Các cơ quan, đơn vị liên quan", "UBND tỉnh",
             "Tháng 7/2026", "Tháng 12/2026", "Báo cáo", "Ngân sách tỉnh"),
            ("2", "Xây dựng quy định phân cấp quản lý", "Sở Nội vụ", "UBND các xã, phường", "HĐND tỉnh", "01/8/2026",
             "30/11/2026", "Nghị quyết", "Kinh phí thường xuyên của cơ quan")]
    doc = process(_write(tmp_path, header, rows, form))
    assert [(_names(t.lead), _names(t.support), t.deadline.start, t.deadline.end, t.output) for t in doc.tasks] == [
        (["Các sở, ban, ngành"], ["Các cơ quan, đơn vị liên quan"], "2026-07-01", "2026-12-31", "Báo cáo"),
        (["Sở Nội vụ"], ["UBND các xã, phường"], "2026-08-01", "2026-11-30", "Nghị quyết")]
