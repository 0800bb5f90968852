"""Task tables of forms the other beds lacked: the eighth test bed (tests/task_layouts, layouts 102-107, --bed eighth)
in every text form, and small tables of other wordings built here.

What real plans print (FACTS.md, eighth test bed; our own words, nothing copied): cells that repeat the row above in
words ("Như trên", "nt", "-nt-") beside cells left blank; "Kinh phí (triệu đồng)" and "Nguồn kinh phí" between the task
and its agencies, numbers restarting in each group, a total row; a training plan's classes ("Đối tượng", "Số lượng",
"Địa điểm", "Đơn vị tổ chức"); an inspection schedule ("Đơn vị được kiểm tra", "Thời gian kiểm tra", "Cơ quan chủ trì
kiểm tra"); footnote marks after bodies and tasks ("Sở Nội vụ(*)", "…(1)") with the notes under the table; a commune's
bodies on lines of their own.

What was lost before (scripts/evaluate_tasks.py --bed eighth, eleven formats): 385 of 451 rows matched, lead 51.7%,
support 67.0%, deadline 78.5%. "Như trên" was read as a body's name and "-nt-" as a deadline; "(*)" stayed in the
body's name; the training plan's "Địa điểm" (a school's or a hall's name) was read as the lead and "Đơn vị tổ chức"
as nothing; the inspection schedule's every row was lost ("Nội dung kiểm tra", the same words on every row, was read
as the task, "Đơn vị được kiểm tra" as a note); copied as text, the notes under a table went into its last cell.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from pipeline.stages.agencies import split_agencies
from pipeline.stages import cells
from pipeline.stages.columns import column_role, columns_from
from task_layouts import text_form_failures
from task_layouts.layouts import EIGHTH_BED
from task_layouts.render import TEXT_RENDERERS

# the forms written as text whose cells a reader can tell apart ("txt", one cell a line, and "cells.txt", a site's row
# a line, lose the line between two bodies of a cell: tests/test_task_layouts.py and evaluate_tasks.py score them)
_RENDER = {fmt: TEXT_RENDERERS[fmt] for fmt in ("html", "pipe.txt", "bar.txt", "tab.txt", "md.txt", "mdonce.txt")}


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in EIGHTH_BED for fmt in sorted(_RENDER)])
def test_eighth_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("text,ditto", [
    ("Như trên", True), ("như trên.", True), ("nt", True), ("Nt", True), ("-nt-", True), ("- nt -", True),
    ("(nt)", True), ("NT.", True), ("Nhu tren", True),
    ("", False), ("ntt", False), ("Như trên, Sở Y tế", False), ("Sở Nội vụ", False), ("Năm 2026", False),
])
def test_a_ditto_cell_is_the_words_alone(text, ditto):
    assert cells.is_ditto(text) is ditto


_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 30/KH-UBND\nHà Tĩnh, ngày 10 tháng 2 năm 2026\nKẾ HOẠCH\n"
         "Công tác dân vận năm 2026\nPHỤ LỤC\n(Kèm theo Kế hoạch số 30/KH-UBND ngày 10/02/2026 của UBND tỉnh)\n")
_TAIL = "\n\nNơi nhận:\n- Lưu: VT.\n"


def _plan(tmp_path, rows: list[list[str]], form: str = "pipe", after: str = "") -> list:
    def line(row):
        return {"pipe": "\n".join(f"{c} |" for c in row), "tab": "\t".join(row),
                "markdown": "| " + " | ".join(row) + " |"}[form]
    lines = [line(r) for r in rows]
    if form == "markdown":
        lines.insert(1, "|---" * len(rows[0]) + "|")
    path = tmp_path / "plan.txt"
    path.write_text(_HEAD + "\n".join(lines) + after + _TAIL, encoding="utf-8")
    return process(path)


@pytest.mark.parametrize("form", ["pipe", "tab", "markdown"])
def test_ditto_cells_give_the_row_above_and_a_blank_cell_gives_nothing(tmp_path, form):
    """Other wordings and another column order than layout 102 (time before the bodies): a chain of dittos, one in a
    time cell, a blank lead cell between two rows that name theirs."""
    doc = _plan(tmp_path, [
        ["TT", "Nội dung", "Thời hạn", "Đơn vị chủ trì", "Đơn vị phối hợp"],
        ["1", "Rà soát quy chế dân chủ ở các cơ quan hành chính", "Quý I/2026", "Sở Nội vụ", "Sở Tư pháp"],
        ["2", "Tổ chức hội nghị đối thoại với Nhân dân về đất đai", "-nt-", "Như trên", "Sở Tài chính"],
        ["3", "Biểu dương điển hình dân vận khéo năm 2026", "Tháng 5/2026", "nt", "(nt)"],
        ["4", "Tập huấn kỹ năng dân vận cho công chức cấp xã", "Quý III/2026", "", "Sở Tư pháp"],
        ["5", "Khảo sát sự hài lòng của người dân với chính quyền", "Năm 2026", "Công an tỉnh", ""],
    ], form)
    got = [([m.name for m in t.lead], [m.name for m in t.support], t.deadline.text if t.deadline else None)
           for t in doc.tasks]
    assert got == [(["Sở Nội vụ"], ["Sở Tư pháp"], "Quý I/2026"), (["Sở Nội vụ"], ["Sở Tài chính"], "Quý I/2026"),
                   (["Sở Nội vụ"], ["Sở Tài chính"], "Tháng 5/2026"), ([], ["Sở Tư pháp"], "Quý III/2026"),
                   (["Công an tỉnh"], [], "Năm 2026")]
    assert not [w for w in doc.warnings if w.code == "task_ditto_without_value"]


def test_a_ditto_with_nothing_above_it_names_nothing_and_says_so(tmp_path):
    """Under a group row (whose agency cells are empty) and under a blank cell, "Như trên" cannot be read: null and a
    warning, never the lead of another row."""
    doc = _plan(tmp_path, [
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
        ["I", "CÔNG TÁC TUYÊN TRUYỀN", "", ""],
        ["1", "Tuyên truyền pháp luật về khiếu nại, tố cáo", "Như trên", "Quý II/2026"],
        ["2", "Phát hành tài liệu hỏi đáp pháp luật cho cơ sở", "Sở Tư pháp", "Quý III/2026"],
        ["3", "Xây dựng chuyên mục pháp luật trên đài phát thanh", "", "Năm 2026"],
        ["4", "Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến", "nt", "Năm 2026"],
    ])
    assert [[m.name for m in t.lead] for t in doc.tasks] == [[], ["Sở Tư pháp"], [], []]
    warned = [w for w in doc.warnings if w.code == "task_ditto_without_value"]
    assert len(warned) == 2 and all("lead" in w.message for w in warned)


@pytest.mark.parametrize("cell,names", [
    ("Sở Công Thương(*)", ["Sở Công Thương"]), ("Công an tỉnh (*)", ["Công an tỉnh"]),
    ("Bộ Chỉ huy Quân sự tỉnh*", ["Bộ Chỉ huy Quân sự tỉnh"]), ("Sở Y tế (2); Sở Tư pháp¹", ["Sở Y tế", "Sở Tư pháp"]),
    ("UBND các xã, phường (**)", ["UBND các xã, phường"]),
    ("Trung tâm Y tế khu vực 1", ["Trung tâm Y tế khu vực 1"]),  # a figure that is part of the name stays
    ("Sở Nội vụ (chủ trì)", ["Sở Nội vụ (chủ trì)"]),  # a role mark is read by agencies_by_role, not dropped here
])
def test_a_footnote_mark_after_a_name_is_no_part_of_it(cell, names):
    assert split_agencies(cell) == names


@pytest.mark.parametrize("notes", ["\nGhi chú: (*) Cơ quan đầu mối tổng hợp.", "\n(*) Cơ quan đầu mối tổng hợp, báo cáo.",
                                   "\nGHI CHÚ: Các nhiệm vụ (1) chuyển tiếp từ năm 2025."])
def test_the_notes_under_a_table_copied_as_text_are_no_cell(tmp_path, notes):
    doc = _plan(tmp_path, [
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
        ["1", "Rà soát thủ tục hành chính lĩnh vực đầu tư (1)", "Sở Tài chính(*)", "Quý II/2026"],
        ["2", "Đánh giá tác động của chính sách hỗ trợ doanh nghiệp", "Sở Công Thương", "Năm 2026"],
    ], after=notes)
    assert [([m.name for m in t.lead], t.deadline.text) for t in doc.tasks] == [
        (["Sở Tài chính"], "Quý II/2026"), (["Sở Công Thương"], "Năm 2026")]


@pytest.mark.parametrize("header,role", [
    ("Đối tượng", "note"), ("Đối tượng tham gia", "note"), ("Đối tượng bồi dưỡng", "note"), ("Số lượng (người)", "note"),
    ("Số lớp", "note"), ("Địa điểm", "note"), ("Địa điểm tổ chức", "note"), ("Đơn vị tổ chức", "implementer"),
    ("Cơ quan tổ chức", "implementer"), ("Đơn vị chủ trì tổ chức", "lead"), ("Thời gian tổ chức", "deadline"),
    ("Đơn vị được kiểm tra", "subject"), ("Cơ quan, đơn vị được thanh tra", "subject"), ("Địa phương được giám sát", "subject"),
    ("Cơ quan chủ trì kiểm tra", "lead"), ("Nội dung kiểm tra", "content"), ("Kinh phí (triệu đồng)", "budget"),
])
def test_training_and_inspection_headers(header, role):
    assert column_role(header) == role


@pytest.mark.parametrize("names", [
    ["STT", "Đơn vị được kiểm tra", "Nội dung kiểm tra", "Thời gian", "Trưởng đoàn"],
    ["STT", "Nội dung thanh tra", "Cơ quan được thanh tra", "Cơ quan chủ trì", "Thời gian thanh tra"],
])
def test_the_body_an_inspection_visits_is_the_task_and_what_it_checks_a_note(names):
    roles = {c.name: c.role for c in columns_from(names)}
    subject = next(n for n in names if "được" in n)
    checked = next(n for n in names if n.startswith("Nội dung"))
    assert roles[subject] == "content" and roles[checked] == "note"
