"""An item whose text lists its steps ("…, gồm các bước:" over "- Chuẩn hóa dữ liệu;" / "- Số hóa tài liệu") and then
its fields, marked at a level below the steps ("+ Cơ quan chủ trì: …", "* …") or not marked at all, as the
Government's and ministries' plans print a task of several steps (tests/task_layouts, layout items_lettered_fields and
its variants). The marks nest the field lines under the LAST step, or the unmarked lines run into its text: before
s56 the last step became the task ("Số hóa tài liệu" led by the item's body: a wrong content) or, unmarked, the lead
was lost and no task made. The item's text ends on a colon and no other step has fields of its own: the fields are
the item's. Also here: field lines neither marked nor closed by a stop ("Cơ quan chủ trì: Sở Nội vụ" over "Cơ quan
phối hợp: …") lost their lead: a line that opens with a field's label in capitals starts a field. The plans are this
file's own words.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from test_item_tasks import _names, _plan

FORMS = ("text", "docx")


def _tasks(tmp_path, text: str, form: str = "text"):
    return [t for t in process(write_in_form(tmp_path, text.split("\n"), form)).tasks if t.section]


def _steps_item(mark: str, opening: str = "2. Xây dựng kho dữ liệu văn bản điện tử của ngành, gồm các bước:") -> str:
    fields = ("Cơ quan chủ trì: Văn phòng Bộ", "Cơ quan phối hợp: Vụ Pháp chế, Thanh tra Bộ",
              "Thời gian hoàn thành: Quý IV/2026")
    return "\n".join(["1. Tổ chức hội nghị quán triệt Kế hoạch", f"{mark}Cơ quan chủ trì: Vụ Tổ chức cán bộ.",
                      f"{mark}Thời gian hoàn thành: tháng 5/2026.", opening, "- Chuẩn hóa dữ liệu đặc tả;",
                      "- Số hóa văn bản còn giá trị sử dụng", *(f"{mark}{field}." for field in fields),
                      "3. Kiểm tra việc thực hiện tại các đơn vị", f"{mark}Cơ quan chủ trì: Thanh tra Bộ.",
                      f"{mark}Thời gian hoàn thành: tháng 11/2026."])


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("mark", ["+ ", "* ", "", "- ", "a) "], ids=["plus", "star", "unmarked", "dash", "letter"])
def test_the_fields_after_an_items_steps_are_the_items(tmp_path, mark, form):
    text = _steps_item(mark)
    if mark == "a) ":  # lettered in turn, as the Prime Minister's plans print them
        text = "\n".join(_letter_in_turn(text.split("\n")))
    tasks = _tasks(tmp_path, _plan(text), form)
    assert [(t.number, t.content, _names(t.lead), _names(t.support), t.deadline and t.deadline.end) for t in tasks] == [
        ("1", "Tổ chức hội nghị quán triệt Kế hoạch", ["Vụ Tổ chức cán bộ"], [], "2026-05-31"),
        ("2", "Xây dựng kho dữ liệu văn bản điện tử của ngành, gồm các bước:", ["Văn phòng Bộ"],
         ["Vụ Pháp chế", "Thanh tra Bộ"], "2026-12-31"),
        ("3", "Kiểm tra việc thực hiện tại các đơn vị", ["Thanh tra Bộ"], [], "2026-11-30")]


def _letter_in_turn(lines: list[str]) -> list[str]:
    out, letter = [], 0
    for line in lines:
        if line.startswith("a) "):
            line, letter = f"{'abcd'[letter]}) {line[3:]}", letter + 1
        elif line[:1].isdigit():
            letter = 0
        out.append(line)
    return out


@pytest.mark.parametrize("mark", ["+ ", ""], ids=["plus", "unmarked"])
def test_no_duty_is_read_again_from_the_last_step(tmp_path, mark):
    """The fields went to the item's task: the assignments read no duty of the last step's with its bodies."""
    doc = process(write_in_form(tmp_path, _plan(_steps_item(mark)).split("\n"), "text"))
    assert not [a for a in doc.assignments if "Số hóa" in (a.duty or "")]


def test_steps_that_are_tasks_keep_their_own_fields(tmp_path):
    """Guard: a title over tasks (no colon) whose last bullet has fields under it: that bullet is the task, as before."""
    text = "\n".join(["2. Nhóm nhiệm vụ về dữ liệu", "- Chuẩn hóa dữ liệu đặc tả của ngành",
                      "- Số hóa văn bản còn giá trị sử dụng", "+ Cơ quan chủ trì: Văn phòng Bộ.",
                      "+ Thời gian hoàn thành: Quý IV/2026."])
    tasks = _tasks(tmp_path, _plan(text))
    assert [(t.content, _names(t.lead)) for t in tasks] == [("Số hóa văn bản còn giá trị sử dụng", ["Văn phòng Bộ"])]


def test_steps_each_with_fields_are_tasks_of_their_own(tmp_path):
    """Guard: under a colon, steps that each print their fields are each a task (the fields are theirs)."""
    text = "\n".join(["2. Các nhiệm vụ về dữ liệu gồm:", "- Chuẩn hóa dữ liệu đặc tả của ngành",
                      "+ Cơ quan chủ trì: Vụ Pháp chế.", "+ Thời gian hoàn thành: tháng 6/2026.",
                      "- Số hóa văn bản còn giá trị sử dụng", "+ Cơ quan chủ trì: Văn phòng Bộ.",
                      "+ Thời gian hoàn thành: Quý IV/2026."])
    tasks = _tasks(tmp_path, _plan(text))
    assert [(t.content, _names(t.lead)) for t in tasks] == [
        ("Chuẩn hóa dữ liệu đặc tả của ngành", ["Vụ Pháp chế"]), ("Số hóa văn bản còn giá trị sử dụng", ["Văn phòng Bộ"])]


@pytest.mark.parametrize("form", FORMS)
def test_unmarked_field_lines_without_a_stop(tmp_path, form):
    """"Cơ quan chủ trì: Sở Nội vụ" over "Cơ quan phối hợp: Sở Tài chính": a label opening a line starts a field."""
    text = "\n".join(["1. Tổ chức tập huấn kỹ năng số cho công chức cấp xã", "Cơ quan chủ trì: Vụ Tổ chức cán bộ",
                      "Cơ quan phối hợp: Văn phòng Bộ, Thanh tra Bộ", "Thời gian hoàn thành: tháng 9/2026"])
    tasks = _tasks(tmp_path, _plan(text), form)
    assert [(_names(t.lead), _names(t.support), t.deadline.end) for t in tasks] == [
        (["Vụ Tổ chức cán bộ"], ["Văn phòng Bộ", "Thanh tra Bộ"], "2026-09-30")]


@pytest.mark.parametrize("wrapped", [
    "Cơ quan phối hợp: Văn phòng Bộ, Thanh tra Bộ,\nVụ Pháp chế.",  # a capital line that is a body, not a label
    "Cơ quan phối hợp: Văn phòng Bộ, Thanh tra Bộ, Vụ\nPháp chế.",  # a name broken over lines
])
def test_a_value_broken_over_lines_stays_one_value(tmp_path, wrapped):
    text = "\n".join(["1. Tổ chức tập huấn kỹ năng số cho công chức cấp xã", "- Cơ quan chủ trì: Vụ Tổ chức cán bộ.",
                      f"- {wrapped}", "- Thời gian hoàn thành: tháng 9/2026."])
    tasks = _tasks(tmp_path, _plan(text))
    assert [_names(t.support) for t in tasks] == [["Văn phòng Bộ", "Thanh tra Bộ", "Vụ Pháp chế"]]


# Review (s56): an item whose text ends on a colon but names a body at work, or whose steps name their own bodies, is
# no task title over steps: its last step's fields are that step's own. The author's branch lifted them to the item
# (a task "Vụ Pháp chế có trách nhiệm:", or the item led by the last step's body over a step another body leads).

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("mark", ["+ ", ""], ids=["plus", "unmarked"])
def test_a_lead_in_naming_a_body_is_no_task(tmp_path, mark, form):
    text = "\n".join(["2. Cục Kiểm tra văn bản có trách nhiệm:", "- Kiểm tra các văn bản do địa phương ban hành;",
                      "- Tổng hợp kết quả kiểm tra, báo cáo Bộ trưởng", f"{mark}Thời gian hoàn thành: tháng 12/2026."])
    doc = process(write_in_form(tmp_path, _plan(text).split("\n"), form))
    assert not [t for t in doc.tasks if t.section and "có trách nhiệm" in t.content]
    assert [a.agency.name for a in doc.assignments if a.duty.startswith("Kiểm tra các văn bản")] == [
        "Cục Kiểm tra văn bản"]


@pytest.mark.parametrize("form", FORMS)
def test_a_step_naming_its_own_lead_keeps_the_last_steps_fields_its_own(tmp_path, form):
    text = "\n".join(["2. Xây dựng các văn bản quy định chi tiết Luật, gồm:",
                      "- Nghị định quy định chi tiết Luật (Vụ Pháp luật hình sự - hành chính chủ trì, trình Chính phủ "
                      "trong Quý II/2026);", "- Thông tư hướng dẫn biểu mẫu", "+ Cơ quan chủ trì: Cục Bổ trợ tư pháp.",
                      "+ Thời gian hoàn thành: Quý IV/2026."])
    tasks = _tasks(tmp_path, _plan(text), form)
    assert [(t.content, _names(t.lead)) for t in tasks] == [("Thông tư hướng dẫn biểu mẫu", ["Cục Bổ trợ tư pháp"])]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("after", ["Ghi chú: theo hướng dẫn của Văn phòng Chính phủ", "Hình thức: văn bản điện tử"])
def test_a_lone_field_keeps_its_line_over_an_unmarked_label_line(tmp_path, form, after):
    """Review (s56): "- Sản phẩm: Đề án; Kế hoạch triển khai" over an unmarked "Ghi chú: …" line: the kept line break
    made two fields of the bullet, and the product lost what follows its ";" (main ran the note into it)."""
    text = "\n".join(["1. Xây dựng Đề án chuyển đổi số của ngành", "- Cơ quan chủ trì: Cục Công nghệ thông tin.",
                      "- Sản phẩm: Đề án; Kế hoạch triển khai", after, "- Thời gian hoàn thành: Quý III/2026."])
    tasks = _tasks(tmp_path, _plan(text), form)
    assert [(t.output or "").split("\n")[0] for t in tasks] == ["Đề án; Kế hoạch triển khai"]
