"""Tasks written as items whose fields are printed a field to a lettered line, as the Government's plans for a law's
implementation print them (pipeline/stages/tasks.py ``_FIELD_LINE_KINDS``):

    1. Tổ chức quán triệt Luật
    a) Cơ quan chủ trì: Bộ Xây dựng.
    b) Cơ quan phối hợp: các bộ, cơ quan ngang bộ.
    c) Thời gian thực hiện: Quý III năm 2025.

Before s55 only bullets ("- Cơ quan chủ trì: …") were read as field lines: lettered ones gave no task at all. A letter
that opens with words of its own before its fields stays an item of its own. The plans here are this file's own words.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from test_item_tasks import _names, _plan

FORMS = ("text", "docx", "html")


def _items(mark: str, lead: str = "Cơ quan chủ trì", support: str = "Cơ quan phối hợp",
           deadline: str = "Thời gian hoàn thành") -> str:
    a, b, c = ("*",) * 3 if mark == "*" else (f"{letter}{mark}" for letter in "abc")  # "*": a star bullet
    return (f"1. Tổ chức tập huấn chuyên sâu về quản lý dữ liệu\n{a} {lead}: Cục Công nghệ thông tin.\n"
            f"{b} {support}: Văn phòng Bộ, Vụ Pháp chế.\n{c} {deadline}: Quý III/2026.\n"
            f"2. Rà soát các quy định về lưu trữ điện tử\n{a} {lead}: Vụ Pháp chế.\n{b} {deadline}: tháng 11/2026.")


def _tasks(tmp_path, text: str, form: str):
    return [t for t in process(write_in_form(tmp_path, text.split("\n"), form)).tasks if t.section]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("mark", [")", ".", "/", "*"])
def test_fields_on_lettered_lines_make_the_item_a_task(tmp_path, mark, form):
    tasks = _tasks(tmp_path, _plan(_items(mark)), form)
    assert [(t.number, t.content, _names(t.lead), _names(t.support), t.deadline.end) for t in tasks] == [
        ("1", "Tổ chức tập huấn chuyên sâu về quản lý dữ liệu", ["Cục Công nghệ thông tin"],
         ["Văn phòng Bộ", "Vụ Pháp chế"], "2026-09-30"),
        ("2", "Rà soát các quy định về lưu trữ điện tử", ["Vụ Pháp chế"], [], "2026-11-30")]


@pytest.mark.parametrize(("lead", "support", "deadline"), [
    ("Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"),
    ("Chủ trì thực hiện", "Phối hợp thực hiện", "Tiến độ hoàn thành"),
    ("CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "THỜI HẠN HOÀN THÀNH"),
])
def test_other_labels_on_lettered_lines(tmp_path, lead, support, deadline):
    tasks = _tasks(tmp_path, _plan(_items(")", lead, support, deadline)), "text")
    assert [(_names(t.lead), t.deadline.end) for t in tasks] == [(["Cục Công nghệ thông tin"], "2026-09-30"),
                                                                  (["Vụ Pháp chế"], "2026-11-30")]


def test_a_plan_a_decision_carries_with_lettered_fields(tmp_path):
    """The Government's form: a decision approving a plan, the plan after the signature, its items' fields lettered."""
    lines = ["THỦ TƯỚNG CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Số: 310/QĐ-TTg", "Hà Nội, ngày 14 tháng 4 năm 2026", "QUYẾT ĐỊNH",
             "Ban hành Kế hoạch triển khai thi hành Luật Lưu trữ điện tử", "THỦ TƯỚNG CHÍNH PHỦ",
             "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "QUYẾT ĐỊNH:",
             "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Lưu trữ điện tử.",
             "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.",
             "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Lê Minh Tâm", "KẾ HOẠCH",
             "Triển khai thi hành Luật Lưu trữ điện tử",
             "(Kèm theo Quyết định số 310/QĐ-TTg ngày 14 tháng 4 năm 2026 của Thủ tướng Chính phủ)",
             "I. MỤC ĐÍCH, YÊU CẦU", "1. Xác định cụ thể công việc và thời hạn hoàn thành.", "II. NỘI DUNG",
             *_items(")", deadline="Thời gian thực hiện").split("\n")]
    tasks = _tasks(tmp_path, "\n".join(lines), "text")
    assert [(t.content, _names(t.lead), t.deadline.end) for t in tasks] == [
        ("Tổ chức tập huấn chuyên sâu về quản lý dữ liệu", ["Cục Công nghệ thông tin"], "2026-09-30"),
        ("Rà soát các quy định về lưu trữ điện tử", ["Vụ Pháp chế"], "2026-11-30")]


def test_a_letter_with_words_of_its_own_is_an_item_of_its_own(tmp_path):
    """Guard (read so before s55): lettered sub-items whose fields follow their own words are two tasks, not fields of
    the numbered item over them."""
    items = ("1. Bồi dưỡng kỹ năng số cho công chức\na) Tổ chức tập huấn cho cán bộ cấp xã. Chủ trì: Sở Nội vụ; "
             "thời gian: tháng 6/2026.\nb) Biên soạn tài liệu hướng dẫn. Chủ trì: Sở Khoa học và Công nghệ; "
             "thời gian: tháng 9/2026.")
    tasks = _tasks(tmp_path, _plan(items, issuer="ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", code="UBND", place="Ninh Bình"),
                   "text")
    assert [(t.number, _names(t.lead), t.deadline.end) for t in tasks] == [
        ("a", ["Sở Nội vụ"], "2026-06-30"), ("b", ["Sở Khoa học và Công nghệ"], "2026-09-30")]


def test_an_event_s_lettered_time_and_place_make_no_task(tmp_path):
    """Guard: a meeting's time and place on lettered lines are no task's fields (a time alone is an event's)."""
    items = ("1. Hội nghị sơ kết công tác chuyển đổi số\na) Thời gian: 8 giờ 00 ngày 20 tháng 6 năm 2026.\n"
             "b) Địa điểm: Hội trường tầng 3.")
    assert _tasks(tmp_path, _plan(items), "text") == []


# --- "Đơn vị thực hiện: …": the body that does the work, the lead where no field names one (as a task table's
# implementer column is); before s55 no lead, and the duties read "Đơn vị" as a body
@pytest.mark.parametrize("label", ["Đơn vị thực hiện", "Cơ quan thực hiện", "Cơ quan, đơn vị thực hiện",
                                   "Cơ quan tham mưu"])
@pytest.mark.parametrize("form", ("text", "docx"))
def test_the_body_that_does_the_work_leads_where_no_field_names_a_lead(tmp_path, label, form):
    items = (f"1. Tổ chức tập huấn chuyên sâu về quản lý dữ liệu\n- {label}: Cục Công nghệ thông tin.\n"
             "- Cơ quan phối hợp: Vụ Pháp chế.\n- Thời hạn hoàn thành: Quý III/2026.")
    doc = process(write_in_form(tmp_path, _plan(items).split("\n"), form))
    assert [(_names(t.lead), _names(t.support), t.deadline.end) for t in doc.tasks if t.section] == [
        (["Cục Công nghệ thông tin"], ["Vụ Pháp chế"], "2026-09-30")]
    assert not [a for a in doc.assignments if a.section.startswith("sec_II__")]  # the task's, not a duty's too


def test_beside_a_lead_field_the_body_doing_the_work_is_the_implementer(tmp_path):
    """As in a table with a lead column and an implementer column (review s55: it was the item's note, as text)."""
    items = ("1. Tổ chức tập huấn chuyên sâu về quản lý dữ liệu\n- Cơ quan chủ trì: Cục Công nghệ thông tin.\n"
             "- Đơn vị thực hiện: Trung tâm Dữ liệu.\n- Thời hạn hoàn thành: Quý III/2026.")
    [task] = _tasks(tmp_path, _plan(items), "text")
    assert (_names(task.lead), _names(task.implementer), task.note) == (
        ["Cục Công nghệ thông tin"], ["Trung tâm Dữ liệu"], None)


def test_an_event_with_the_body_that_holds_it_is_its_task(tmp_path):
    """A conference's item naming who holds it and when: the body leads it, the time is its deadline."""
    items = "1. Hội nghị sơ kết công tác chuyển đổi số\n- Đơn vị thực hiện: Văn phòng Bộ.\n- Thời gian thực hiện: tháng 7/2026."
    assert [(_names(t.lead), t.deadline.end) for t in _tasks(tmp_path, _plan(items), "text")] == [
        (["Văn phòng Bộ"], "2026-07-31")]


@pytest.mark.parametrize("items", [
    "2. Tổ chức thực hiện\na) Trách nhiệm thực hiện: Các đơn vị thuộc Bộ căn cứ nhiệm vụ được giao xây dựng kế hoạch "
    "chi tiết, tổ chức triển khai.\nb) Chế độ báo cáo: Các đơn vị báo cáo kết quả trước ngày 15/12 hằng năm.",
    "2. Trách nhiệm thực hiện: Vụ Pháp chế chủ trì, phối hợp với các đơn vị theo dõi, đôn đốc việc thực hiện.",
], ids=["lettered", "run_in"])
def test_the_responsibilities_part_is_no_task_s_field(tmp_path, items):
    """Review (s55): "Trách nhiệm thực hiện" titles a plan's part on who does what, in prose; read as a field it made
    "2. Tổ chức thực hiện" a task led by "Các đơn vị thuộc Bộ căn cứ nhiệm vụ được giao …" and lost the partners of
    the run-in part's duty."""
    first = ("1. Tuyên truyền, phổ biến Luật\n- Cơ quan chủ trì: Vụ Pháp chế.\n- Thời hạn hoàn thành: Quý III/2026.\n")
    doc = process(write_in_form(tmp_path, _plan(first + items).split("\n"), "text"))
    assert [t.content for t in doc.tasks if t.section] == ["Tuyên truyền, phổ biến Luật"]
    assert "Đơn vị" not in {a.agency.name for a in doc.assignments}
    if "Vụ Pháp chế chủ trì" in items:
        assert {(a.agency.name, a.role) for a in doc.assignments if a.section == "sec_II__item_2"} == {
            ("Vụ Pháp chế", "lead"), ("các đơn vị", "support")}


def test_a_run_in_field_whose_value_goes_on_in_prose(tmp_path):
    items = ("1. Tuyên truyền, phổ biến Luật\n- Cơ quan chủ trì: Vụ Pháp chế.\n- Thời hạn hoàn thành: Quý III/2026.\n"
             "2. Cơ quan tham mưu: Vụ Pháp chế là cơ quan thường trực, tham mưu Bộ trưởng theo dõi, đôn đốc việc thực "
             "hiện Kế hoạch.")
    doc = process(write_in_form(tmp_path, _plan(items).split("\n"), "text"))
    assert {a.agency.name for a in doc.assignments if a.section == "sec_II__item_2"} == {"Vụ Pháp chế"}


@pytest.mark.parametrize("marks", [("-", "-"), ("a)", "b)")])
def test_a_reporting_part_s_time_is_no_task(tmp_path, marks):
    items = ("1. Hoàn thiện thể chế\n- Cơ quan chủ trì: Vụ Pháp chế.\n- Thời hạn: Quý IV/2026.\n2. Chế độ báo cáo\n"
             f"{marks[0]} Thời hạn: trước ngày 15 tháng 12 hằng năm.\n{marks[1]} Nội dung: kết quả thực hiện Kế hoạch.")
    assert [t.content for t in _tasks(tmp_path, _plan(items), "text")] == ["Hoàn thiện thể chế"]
