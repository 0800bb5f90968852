"""Tasks written in the body as items with labelled fields, not as table rows (pipeline/stages/tasks.py ``_Items``):

    1. Rà soát, hoàn thiện thể chế …          or    a) Tổ chức tập huấn … Chủ trì: Sở Nội vụ; phối hợp: các sở,
    - Cơ quan chủ trì: Vụ Pháp chế.                    ngành; thời gian: tháng 6/2026.
    - Thời gian hoàn thành: Quý II/2026.

Each test builds its own plan in several wordings; none names a real document's words.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from pipeline.model import Task
from pipeline.run import process

_HEAD = ("{issuer}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 45/KH-{code}\n"
         "{place}, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\nThực hiện chương trình chuyển đổi số năm 2026\n"
         "I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm thống nhất trong triển khai.\nII. NHIỆM VỤ CỤ THỂ\n{items}\n"
         "III. TỔ CHỨC THỰC HIỆN\nCác đơn vị thực hiện nghiêm túc Kế hoạch này.\n")


def _plan(items: str, issuer: str = "BỘ TƯ PHÁP", code: str = "BTP", place: str = "Hà Nội") -> str:
    return _HEAD.format(issuer=issuer, code=code, place=place, items=items)


def _tasks(write_text, items: str, **head):
    doc = process(write_text(_plan(items, **head)))
    return doc, [t for t in doc.tasks if t.section]


def _names(mentions) -> list[str]:
    return [m.name for m in mentions]


@pytest.mark.parametrize("lead, support, deadline, output", [
    ("Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"),
    ("Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Kết quả"),
    ("Chủ trì", "Phối hợp", "Tiến độ thực hiện", "Hình thức văn bản"),
    ("CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "THỜI GIAN THỰC HIỆN", "SẢN PHẨM"),
    ("Cơ quan, đơn vị chủ trì thực hiện", "Cơ quan, đơn vị phối hợp thực hiện", "Thời hạn hoàn thành", "Kết quả dự kiến"),
])
def test_items_with_a_field_to_a_line_are_tasks(write_text, lead, support, deadline, output):
    items = (f"1. Rà soát, hoàn thiện quy chế quản lý dữ liệu\n- {lead}: Cục Công nghệ thông tin.\n"
             f"- {support}: Văn phòng Bộ, Vụ Pháp chế.\n- {deadline}: Quý II/2026.\n- {output}: Quy chế được ban hành.\n"
             f"2. Xây dựng kho dữ liệu dùng chung của Bộ\n- {lead}: Vụ Kế hoạch - Tài chính.\n"
             f"- {deadline}: tháng 10/2026.")
    doc, tasks = _tasks(write_text, items)
    assert [(t.number, t.content) for t in tasks] == [
        ("1", "Rà soát, hoàn thiện quy chế quản lý dữ liệu"), ("2", "Xây dựng kho dữ liệu dùng chung của Bộ")]
    first, second = tasks
    assert _names(first.lead) == ["Cục Công nghệ thông tin"]
    assert _names(first.support) == ["Văn phòng Bộ", "Vụ Pháp chế"]
    assert (first.deadline.text, first.deadline.start, first.deadline.end) == ("Quý II/2026", "2026-04-01", "2026-06-30")
    assert first.output == "Quy chế được ban hành"
    assert _names(second.lead) == ["Vụ Kế hoạch - Tài chính"] and second.support == [] and second.output is None
    assert second.deadline.end == "2026-10-31"
    assert first.group_path == ["II. NHIỆM VỤ CỤ THỂ"]
    assert first.table is None and first.section == "sec_II__item_1" and first.rows == []
    assert first.line_start is not None and first.line_end > first.line_start


@pytest.mark.parametrize("separator", ["; ", ". "])
def test_inline_fields_after_the_item_text(write_text, separator):
    items = ("1. Đào tạo, bồi dưỡng\n"
             f"a) Tổ chức tập huấn kỹ năng số cho công chức{separator}Chủ trì: Sở Nội vụ; phối hợp: các sở, ban, ngành; "
             "thời gian: tháng 6/2026.\n"
             f"b) Biên soạn tài liệu hướng dẫn{separator}Đơn vị chủ trì: Sở Thông tin và Truyền thông, Sở Nội vụ; "
             "thời hạn: Quý III/2026; ghi chú: theo hướng dẫn của Bộ.")
    doc, tasks = _tasks(write_text, items, issuer="ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH", code="UBND", place="Ninh Bình")
    assert [t.number for t in tasks] == ["a", "b"]
    a, b = tasks
    assert a.content.startswith("Tổ chức tập huấn kỹ năng số cho công chức") and "Chủ trì" not in a.content
    assert _names(a.lead) == ["Sở Nội vụ"] and _names(a.support) == ["các sở, ban, ngành"]
    assert a.deadline.end == "2026-06-30"
    # two leads in one field
    assert _names(b.lead) == ["Sở Thông tin và Truyền thông", "Sở Nội vụ"]
    assert b.deadline.end == "2026-09-30" and b.note == "theo hướng dẫn của Bộ"
    assert a.group_path == ["II. NHIỆM VỤ CỤ THỂ", "1. Đào tạo, bồi dưỡng"]


def test_numbering_on_several_levels_and_groups_in_roman_numerals(write_text):
    items = ("1. Nhóm nhiệm vụ về thể chế\n1.1. Ban hành quy định về lưu trữ điện tử\n"
             "- Cơ quan chủ trì: Văn phòng Bộ\n- Thời gian hoàn thành: tháng 9/2026\n"
             "1.2. Sửa đổi quy chế làm việc\n- Cơ quan chủ trì: Văn phòng Bộ\n"
             "- Cơ quan phối hợp: Các cơ quan, đơn vị liên quan\n"
             "2. Nhóm nhiệm vụ về hạ tầng\n- Nâng cấp mạng nội bộ\n+ Đơn vị chủ trì: Cục Công nghệ thông tin\n"
             "+ Thời hạn: Quý IV/2026")
    doc, tasks = _tasks(write_text, items)
    found = [(t.number, t.content, tuple(t.group_path)) for t in tasks]
    assert found[:2] == [
        ("1.1", "Ban hành quy định về lưu trữ điện tử", ("II. NHIỆM VỤ CỤ THỂ", "1. Nhóm nhiệm vụ về thể chế")),
        ("1.2", "Sửa đổi quy chế làm việc", ("II. NHIỆM VỤ CỤ THỂ", "1. Nhóm nhiệm vụ về thể chế"))]
    # "Các cơ quan, đơn vị liên quan" is one collective support, not a lead, not split
    assert _names(tasks[1].support) == ["Các cơ quan, đơn vị liên quan"] and tasks[1].deadline is None
    assert found[2][0] == "-" and found[2][1] == "Nâng cấp mạng nội bộ"
    assert _names(tasks[2].lead) == ["Cục Công nghệ thông tin"] and tasks[2].deadline.end == "2026-12-31"


def test_a_label_whose_value_is_on_the_next_line(write_text):
    items = ("1. Chuẩn hóa dữ liệu hộ tịch\n- Cơ quan chủ trì:\nCục Hộ tịch, quốc tịch, chứng thực\n"
             "- Thời gian hoàn thành:\nNăm 2026")
    doc, tasks = _tasks(write_text, items)
    assert len(tasks) == 1
    assert _names(tasks[0].lead) == ["Cục Hộ tịch, quốc tịch, chứng thực"]
    assert tasks[0].deadline.text == "Năm 2026" and tasks[0].deadline.end == "2026-12-31"


def test_an_item_with_a_deadline_but_no_lead_gets_no_lead_and_a_warning(write_text):
    items = "1. Tổng kết việc thực hiện kế hoạch\n- Thời gian hoàn thành: tháng 12/2026\n- Sản phẩm: Báo cáo tổng kết"
    doc, tasks = _tasks(write_text, items)
    assert len(tasks) == 1 and tasks[0].lead == [] and tasks[0].output == "Báo cáo tổng kết"
    warnings = [w for w in doc.warnings if w.code == "task_item_without_lead"]
    assert len(warnings) == 1 and warnings[0].where["section"] == tasks[0].section


def test_plain_items_and_prose_duties_are_no_tasks(write_text):
    """Only labelled fields make an item a task: a goal, a duty in prose ("Sở Nội vụ chủ trì …") or an item whose
    only label is its own heading ("3. Thời gian thực hiện: năm 2026") stays what it was."""
    items = ("1. Nâng cao chất lượng phục vụ người dân.\n2. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tổ chức kiểm "
             "tra; hoàn thành trong Quý II/2026.\n3. Thời gian thực hiện: năm 2026.\n4. Kinh phí: ngân sách tỉnh.")
    doc, tasks = _tasks(write_text, items, issuer="ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH", code="UBND", place="Ninh Bình")
    assert tasks == []
    assert {(a.role, a.agency.name) for a in doc.assignments if a.section == "sec_II__item_2"} == {
        ("lead", "Sở Nội vụ"), ("support", "Sở Tài chính")}


def test_a_form_to_fill_in_is_no_task(write_text):
    """"9. Thời gian thực hiện:" over "10. …" is a blank of a form, not the deadline "10"."""
    items = "1. Thông tin dự án\nTên dự án:\n8. Nguồn vốn:\n9. Thời gian thực hiện:\n10. Các nội dung khác:"
    doc, tasks = _tasks(write_text, items)
    assert tasks == []


@pytest.mark.parametrize("items", [
    "1. Rà soát thủ tục hành chính\n- Cơ quan chủ trì: Văn phòng Bộ\n- Cơ quan phối hợp: Vụ Pháp chế",
    "1. Rà soát thủ tục hành chính. Chủ trì: Văn phòng Bộ; phối hợp: Vụ Pháp chế; thời gian: Quý II/2026.",
    "1. Rà soát thủ tục hành chính\nĐơn vị chủ trì: Văn phòng Bộ.\nĐơn vị phối hợp: Vụ Pháp chế.\nThời hạn: tháng 6/2026."])
def test_an_item_task_is_counted_once_as_a_task_not_again_as_an_assignment(write_text, items):
    """A researcher who unions task_agencies and assignments counted an item's bodies twice: the item is a task
    (its lead and support there), and a duty in prose beside it still gives its assignment."""
    items += "\n2. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tổ chức kiểm tra việc thực hiện."
    doc, tasks = _tasks(write_text, items)
    assert [(_names(t.lead), _names(t.support)) for t in tasks] == [(["Văn phòng Bộ"], ["Vụ Pháp chế"])]
    assert doc.tasks[-1] is tasks[-1] and tasks[0].id == "sec_II__item_1__task"
    assert not [a for a in doc.assignments if a.section == tasks[0].section]
    assert {(a.role, a.agency.name) for a in doc.assignments if a.section == "sec_II__item_2"} == {
        ("lead", "Sở Nội vụ"), ("support", "Sở Tài chính")}


def test_labelled_items_in_a_docx_with_bold_labels(tmp_path):
    from docx import Document as Docx

    word = Docx()
    for line in _plan("").splitlines():
        word.add_paragraph(line)
    for number, content, lead, deadline in (("1.", "Số hóa hồ sơ lưu trữ", "Văn phòng Bộ", "Quý III/2026"),
                                            ("2.", "Triển khai chữ ký số", "Cục Công nghệ thông tin", "tháng 11/2026")):
        word.add_paragraph(f"{number} {content}")
        for label, value in (("Cơ quan chủ trì:", lead), ("Thời gian hoàn thành:", deadline)):
            paragraph = word.add_paragraph("- ")
            paragraph.add_run(label).bold = True
            paragraph.add_run(f" {value}.")
    path = tmp_path / "plan.docx"
    word.save(path)
    tasks = [t for t in process(path).tasks if t.section]
    assert [(t.content, _names(t.lead), t.deadline.end) for t in tasks] == [
        ("Số hóa hồ sơ lưu trữ", ["Văn phòng Bộ"], "2026-09-30"),
        ("Triển khai chữ ký số", ["Cục Công nghệ thông tin"], "2026-11-30")]


@pytest.mark.parametrize("where", [{}, {"table": "table_1", "section": "sec_II__item_1"}])
def test_a_task_names_its_table_or_its_section(where):
    with pytest.raises(ValidationError, match="exactly one of table and section"):
        Task(id="t", content="Rà soát", **where)
    assert Task(id="t", content="Rà soát", section="sec_I").table is None


def test_the_database_stores_the_section_and_migrates_an_older_layout(write_text, db_target):
    from pipeline.ingest import ingest
    from pipeline.outputs.load import DB_SCHEMA_VERSION, is_postgres, open_db

    from conftest import open_database

    items = "1. Rà soát thủ tục hành chính\n- Cơ quan chủ trì: Văn phòng Bộ\n- Thời hạn: tháng 6/2026"
    source = write_text(_plan(items))
    assert ingest([source], db_path=db_target, json_dir=None, workers=1).ok
    query = "SELECT table_id, section, number, deadline_end FROM tasks"
    db = open_database(db_target)
    assert [tuple(r) for r in db.execute(query).fetchall()] == [(None, "sec_II__item_1", "1", "2026-06-30")]
    # a database of the layout before: without the column (nor the view that reads it), which come back when an
    # ingest opens it
    from pipeline.outputs.dbschema import ADDED_COLUMNS

    for view in ("document_list", "review_queue", "task_list", "task_agency_list"):  # the views that read them
        db.execute(f"DROP VIEW {view}" + (" CASCADE" if is_postgres(db_target) else ""))
    for table, column in (pair for version in range(7, DB_SCHEMA_VERSION + 1) for pair in ADDED_COLUMNS[version]):
        db.execute(f'ALTER TABLE {table} DROP COLUMN "{column}"')  # the layout 6 had none of the columns added since
    if is_postgres(db_target):
        db.execute("UPDATE kehoach_layout SET version = ?", [6])
    else:
        db.execute("PRAGMA user_version = 6")
    db.conn.commit()
    db.close()
    open_db(db_target).close()
    db = open_database(db_target)
    version = ("SELECT version FROM kehoach_layout" if is_postgres(db_target) else "PRAGMA user_version")
    assert db.execute(version).fetchone()[0] == DB_SCHEMA_VERSION
    assert [tuple(r) for r in db.execute(query).fetchall()] == [(None, None, "1", "2026-06-30")]
    assert [tuple(r) for r in db.execute("SELECT table_id, section FROM task_list").fetchall()] == [(None, None)]
    db.close()


def test_the_report_lists_tasks_written_as_items(write_text, tmp_path):
    from pipeline.ingest import ingest
    from pipeline.outputs.report import markdown_report, write_report

    items = "1. Rà soát thủ tục hành chính\n- Cơ quan chủ trì: Văn phòng Bộ\n- Thời hạn: tháng 6/2026"
    path = tmp_path / "plans.db"
    assert ingest([write_text(_plan(items))], db_path=path, json_dir=None, workers=1).ok
    markdown = markdown_report(path, [])
    assert "Tasks written as items" in markdown and "Rà soát thủ tục hành chính" in markdown
    index = write_report(path, tmp_path / "report")
    pages = [p for p in index.parent.glob("*.html") if p.name != "index.html"]
    assert any("Rà soát thủ tục hành chính" in p.read_text(encoding="utf-8") for p in pages)


@pytest.mark.parametrize("text, names", [
    ("Vụ Pháp chế, Các cơ quan, đơn vị liên quan", ["Vụ Pháp chế", "Các cơ quan, đơn vị liên quan"]),
    ("Bộ Quốc phòng, Các bộ, ngành, địa phương", ["Bộ Quốc phòng", "Các bộ, ngành, địa phương"]),
    ("Sở Y tế, Các sở, ban, ngành", ["Sở Y tế", "Các sở, ban, ngành"]),
    ("Các cơ quan, đơn vị liên quan", ["Các cơ quan, đơn vị liên quan"]),
])
def test_a_collective_in_capitals_after_a_comma_is_a_name_of_its_own(text, names):
    from pipeline.stages.agencies import split_agencies

    assert split_agencies(text) == names


def test_names_a_field_lists_with_semicolons_stay_in_the_field(write_text):
    """"Chủ trì: Sở A; Sở B; phối hợp: …": ";" separates the bodies of one field as well as the fields; a piece that
    is no body ("…; tổ chức vào tháng 5") is not a name."""
    items = ("1. Cải cách thủ tục hành chính\n1.1. Số hóa hồ sơ thủ tục hành chính. Chủ trì: Sở Tư pháp; Công an tỉnh; "
             "phối hợp: Sở Y tế; Các sở, ban, ngành; thời gian: Quý II/2026.\n"
             "1.2. Kiểm tra việc công khai thủ tục. Chủ trì: Sở Nội vụ; tổ chức vào tháng 5/2026.")
    doc, tasks = _tasks(write_text, items, issuer="ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH", code="UBND", place="Ninh Bình")
    assert [(_names(t.lead), _names(t.support)) for t in tasks] == [
        (["Sở Tư pháp", "Công an tỉnh"], ["Sở Y tế", "Các sở, ban, ngành"]), (["Sở Nội vụ"], [])]


def test_fields_printed_as_the_item_s_own_lines_give_its_lead(write_text):
    """"2.2. Xây dựng đề án …" over "Cơ quan chủ trì: Vụ Tổ chức cán bộ." (no bullet): the first line is a labelled
    field, not a list of bodies heading the item (which gave a lead "Cơ quan")."""
    items = ("2. Tổ chức bộ máy\n2.1. Xây dựng đề án vị trí việc làm\nCơ quan chủ trì: Vụ Tổ chức cán bộ.\n"
             "Cơ quan phối hợp: Các cơ quan, đơn vị liên quan.")
    doc, tasks = _tasks(write_text, items)
    assert _names(tasks[0].lead) == ["Vụ Tổ chức cán bộ"]
    assert _names(tasks[0].support) == ["Các cơ quan, đơn vị liên quan"]
    assert not [a for a in doc.assignments if a.agency and a.agency.name == "Cơ quan"]


def test_an_item_deadline_before_the_date_of_issue_is_a_warning_once(write_text):
    items = ("1. Tổng hợp số liệu năm trước\n- Cơ quan chủ trì: Văn phòng Bộ\n- Thời gian hoàn thành: Quý IV/2025\n"
             "2. Báo cáo sơ kết\n- Cơ quan chủ trì: Vụ Pháp chế\n- Thời hạn: trước ngày 15/01/2026")
    doc, tasks = _tasks(write_text, items)
    assert tasks[0].deadline.end == "2025-12-31"
    late = [w for w in doc.warnings if w.code == "deadline_before_issue"]
    # the first from the task reader; the second (a "trước ngày …") from the deadlines stage only, not twice
    assert len(late) == 2 and late[0].where["section"] == tasks[0].section


@pytest.mark.parametrize("label", ["Thời gian", "Thời gian thực hiện", "THỜI GIAN"])
def test_the_time_of_an_event_makes_no_task_but_is_a_task_s_deadline(write_text, label):
    """"- Thời gian: 8 giờ ngày 15/3/2026" / "- Địa điểm: …" under a conference plan's part is no task; beside a lead
    the same label gives the task's deadline."""
    items = (f"1. Hội nghị sơ kết\n- {label}: 8 giờ 00 ngày 15/3/2026.\n- Địa điểm: Hội trường Bộ.\n"
             f"2. Chuẩn bị tài liệu hội nghị\n- Cơ quan chủ trì: Văn phòng Bộ.\n- {label}: tháng 3/2026.")
    doc, tasks = _tasks(write_text, items)
    assert [(t.content, t.deadline.text, t.deadline.end) for t in tasks] == [
        ("Chuẩn bị tài liệu hội nghị", "tháng 3/2026", "2026-03-31")]
    assert not [w for w in doc.warnings if w.code == "task_item_without_lead"]


# A report's tasks written as items: "- Kết quả: Đã tổ chức …" is the result, "- Tiến độ: Đã hoàn thành" the status

_REPORT = dict(code="BTP", place="Hà Nội")


def _report(items: str) -> str:
    return _plan(items, **_REPORT).replace("Số: 45/KH-", "Số: 45/BC-").replace(
        "KẾ HOẠCH\nThực hiện chương trình", "BÁO CÁO\nKết quả thực hiện chương trình")


def _report_tasks(write_text, items: str):
    doc = process(write_text(_report(items)))
    return doc, [t for t in doc.tasks if t.section]


@pytest.mark.parametrize("result, status", [
    ("Kết quả", "Tiến độ"), ("Kết quả thực hiện", "Mức độ hoàn thành"), ("Tình hình thực hiện", "Tình trạng"),
    ("KẾT QUẢ THỰC HIỆN", "TIẾN ĐỘ THỰC HIỆN"),
])
def test_a_reports_items_give_result_and_status_not_output_and_deadline(write_text, result, status):
    items = ("1. Tổ chức hội nghị phổ biến quy chế quản lý dữ liệu\n- Cơ quan chủ trì: Cục Công nghệ thông tin.\n"
             f"- {result}: Đã tổ chức 3 hội nghị cho 450 đại biểu.\n- {status}: Đã hoàn thành.\n"
             "2. Xây dựng kho dữ liệu dùng chung của Bộ\n- Cơ quan chủ trì: Vụ Kế hoạch - Tài chính.\n"
             f"- {result}: Đang số hóa 12.000 hồ sơ.\n- {status}: Đang thực hiện.\n"
             "3. Rà soát thủ tục hành chính nội bộ\n- Cơ quan chủ trì: Văn phòng Bộ.\n"
             f"- {result}: Đã rà soát 45 thủ tục.\n- {status}: Đã trình Lãnh đạo Bộ.")
    doc, tasks = _report_tasks(write_text, items)
    assert [(t.number, t.status, t.status_text, t.result, t.deadline, t.output) for t in tasks] == [
        ("1", "done", "Đã hoàn thành", "Đã tổ chức 3 hội nghị cho 450 đại biểu", None, None),
        ("2", "in_progress", "Đang thực hiện", "Đang số hóa 12.000 hồ sơ", None, None),
        ("3", None, "Đã trình Lãnh đạo Bộ", "Đã rà soát 45 thủ tục", None, None)]  # words the vocabulary lacks: said
    assert [w.message for w in doc.warnings if w.code == "task_status_unread"] == [
        "sec_II__item_3__task: status 'Đã trình Lãnh đạo Bộ': no status words known; status left null"]


def test_a_reports_inline_fields_and_a_status_with_its_date(write_text):
    items = ("a) Tổ chức tập huấn kỹ năng số; chủ trì: Sở Nội vụ; kết quả thực hiện: Đã tổ chức 4 lớp; "
             "tiến độ: Đã hoàn thành tháng 3/2026.\n"
             "b) Biên soạn tài liệu hướng dẫn; chủ trì: Sở Tư pháp; thời hạn: Quý IV/2026; tình trạng: Chưa thực hiện.\n"
             "c) Kiểm tra công tác văn thư; chủ trì: Văn phòng Bộ; thời gian hoàn thành: tháng 11/2026.")
    doc, tasks = _report_tasks(write_text, items)
    assert [(t.status, t.result, t.deadline.text if t.deadline else None) for t in tasks] == [
        ("done", "Đã tổ chức 4 lớp", "Đã hoàn thành tháng 3/2026"),  # done, and when
        ("not_started", None, "Quý IV/2026"), (None, None, "tháng 11/2026")]  # no status field: none


def test_a_plans_items_keep_product_and_deadline(write_text):
    """In a plan "Kết quả: …" is the product asked for and "Tiến độ: …" the deadline, as before."""
    items = ("1. Rà soát quy chế quản lý dữ liệu\n- Cơ quan chủ trì: Cục Công nghệ thông tin.\n"
             "- Kết quả: Quy chế được ban hành.\n- Tiến độ: Quý II/2026.")
    doc, tasks = _tasks(write_text, items)
    assert [(t.status, t.result, t.output, t.deadline.text) for t in tasks] == [
        (None, None, "Quy chế được ban hành", "Quý II/2026")]


def test_a_status_field_alone_makes_a_reports_item_a_task(write_text):
    items = "1. Triển khai chữ ký số cho công chức\n- Mức độ hoàn thành: Đang triển khai.\n2. Kết quả chung rất tốt."
    doc, tasks = _report_tasks(write_text, items)
    assert [(t.number, t.status, t.lead) for t in tasks] == [("1", "in_progress", [])]
