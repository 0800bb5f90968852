"""Task tables that list activities under each task, and numbered rows that lead the lettered items under them: the
sixth test bed (tests/task_layouts, layouts 90-92), and small tables of other wordings built here; a row split by a
page break with the header printed again between its halves.

What real plans print (provincial plans and programmes; the search tool's ``pages`` corpus gave openings only, so the
shapes come from plans read elsewhere; our own words, nothing copied):

- "TT | Nhiệm vụ | Hoạt động cụ thể | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành": the task's number and
  text merged down over its activities, each activity with its own bodies and time ("Nội dung" | "Nhiệm vụ cụ thể",
  "Nhiệm vụ" | "Giải pháp cụ thể" likewise). A task with one activity prints both in one row.
- "1 | Nhóm nhiệm vụ về … | Sở Nội vụ | | " over "a) | … | (empty) | Sở Tài chính | Quý II/2026": the numbered row
  names the lead of the lettered items under it.

What was lost before (scripts/evaluate_tasks.py --bed sixth, every format): the activities of a task were one task
whose content was the task's own text, its leads, supports and deadlines joined ("Tháng 10/2026\\nNăm 2026", the period
end the earlier one: a confident wrong value); a copy that prints a merged cell once (tab.txt, mdonce.txt) ended the
table at the first activity row (covering the task column or the activity column scored alike); a numbered row that
names a lead over "a)" items was a task of its own and its items had no lead. 114 of 260 rows matched, lead 13.1%,
support 43.8%, deadline 43.8%.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from task_layouts import BY_NAME, evaluate, expected_of_layout
from task_layouts.layouts import SIXTH_BED
from task_layouts.render import to_docx, to_html, to_row_text, to_text

_RENDER = {"html": to_html, "txt": to_text, "pipe.txt": lambda layout: to_text(layout, pipe=True),
           "bar.txt": lambda layout: to_text(layout, pipe=True, bar_lines=True), "tab.txt": to_row_text,
           "md.txt": lambda layout: to_row_text(layout, markdown=True),
           "mdonce.txt": lambda layout: to_row_text(layout, markdown=True, down_once=True)}


@pytest.mark.parametrize("name", SIXTH_BED)
@pytest.mark.parametrize("fmt", ["docx", *sorted(_RENDER)])
def test_sixth_bed_keeps_every_task(tmp_path, name, fmt):
    layout = BY_NAME[name]
    path = tmp_path / f"{name}.{fmt}"
    if fmt == "docx":
        to_docx(layout, path)
    else:
        path.write_text(_RENDER[fmt](layout), encoding="utf-8")
    failures = evaluate(path, expected_of_layout(layout), name, fmt).failures()
    assert not failures, f"{layout.note}\n" + "\n".join(failures)


_HEAD = ("<html><body><p>ỦY BAN NHÂN DÂN TỈNH NINH BÌNH</p><p>Số: 45/KH-UBND</p>"
         "<p>Ninh Bình, ngày 10 tháng 2 năm 2026</p><p>KẾ HOẠCH</p><p>Thực hiện nhiệm vụ năm 2026</p>"
         "<p>PHỤ LỤC</p><p>(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/02/2026 của UBND tỉnh)</p><table border='1'>")


def _html_table(tmp_path, rows: list[list]) -> list:
    """The tasks of a plan whose annex holds ``rows`` (a cell: text, or (text, rowspan))."""
    def cell(c):
        return f"<td rowspan='{c[1]}'>{c[0]}</td>" if isinstance(c, tuple) else f"<td>{c}</td>"
    body = "".join("<tr>" + "".join(cell(c) for c in row) + "</tr>" for row in rows)
    path = tmp_path / "plan.html"
    path.write_text(_HEAD + body + "</table></body></html>", encoding="utf-8")
    return process(path).tasks


@pytest.mark.parametrize("parent,activity", [("Nhiệm vụ", "Giải pháp cụ thể"), ("Nội dung", "Hoạt động"),
                                             ("Nhiệm vụ trọng tâm", "Nội dung thực hiện")])
def test_each_activity_under_a_merged_task_is_a_task(tmp_path, parent, activity):
    tasks = _html_table(tmp_path, [
        ["STT", parent, activity, "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
        [("1", 2), ("Phát triển du lịch cộng đồng", 2), "Khảo sát các điểm du lịch tiềm năng", "Sở Văn hóa, Thể thao và Du lịch",
         "UBND các xã", "Tháng 10/2026"],
        ["Xây dựng bộ nhận diện thương hiệu", "Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch", "Năm 2026"],
        ["2", "Quảng bá sản phẩm OCOP", "Quảng bá sản phẩm OCOP", "Sở Công Thương", "", "Quý III/2026"],
    ])
    assert [(t.content, [m.name for m in t.lead], str(t.deadline.end)) for t in tasks] == [
        ("Khảo sát các điểm du lịch tiềm năng", ["Sở Văn hóa, Thể thao và Du lịch"], "2026-10-31"),
        ("Xây dựng bộ nhận diện thương hiệu", ["Sở Công Thương"], "2026-12-31"),
        ("Quảng bá sản phẩm OCOP", ["Sở Công Thương"], "2026-09-30")]
    assert tasks[0].group_path == tasks[1].group_path == ["1. Phát triển du lịch cộng đồng"]
    assert tasks[2].group_path == []  # a task with no activity of its own (both cells merged across)


def test_two_text_columns_not_merged_down_keep_the_task_as_content(tmp_path):
    """"Tên đề án | Nội dung chủ yếu": one task a row, the second text says what it holds (no row shares the first)."""
    tasks = _html_table(tmp_path, [
        ["TT", "Tên đề án", "Nội dung chủ yếu", "Cơ quan chủ trì", "Thời gian trình"],
        ["1", "Đề án phát triển giao thông nông thôn", "Cứng hóa đường trục xã", "Sở Xây dựng", "Quý II/2026"],
        ["2", "Đề án chuyển đổi số cấp xã", "Hạ tầng và dữ liệu số", "Sở Khoa học và Công nghệ", "Quý III/2026"],
    ])
    assert [t.content for t in tasks] == ["Đề án phát triển giao thông nông thôn", "Đề án chuyển đổi số cấp xã"]
    assert all(t.group_path == [] for t in tasks)


@pytest.mark.parametrize("labels", [("a)", "b)"), ("a.", "b.")])
def test_a_numbered_row_naming_a_lead_leads_its_lettered_items(tmp_path, labels):
    tasks = _html_table(tmp_path, [
        ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Nhóm nhiệm vụ về chính quyền số", "Sở Khoa học và Công nghệ", "", ""],
        [labels[0], "Nâng cấp cổng dịch vụ công của tỉnh", "", "Văn phòng UBND tỉnh", "Quý II/2026"],
        [labels[1], "Tập huấn kỹ năng số cho công chức", "Sở Nội vụ", "", "Tháng 8/2026"],
    ])
    assert [(t.content, [m.name for m in t.lead]) for t in tasks] == [
        ("Nâng cấp cổng dịch vụ công của tỉnh", ["Sở Khoa học và Công nghệ"]),
        ("Tập huấn kỹ năng số cho công chức", ["Sở Nội vụ"])]
    assert tasks[0].group_path == ["1 Nhóm nhiệm vụ về chính quyền số"]


def _split_row_table(tmp_path, header: list[str], halves: tuple[list[str], list[str]], fmt: str) -> list:
    """A plan whose table prints a task's row in two halves with the header again between them."""
    rows = [header, ["1", "Tổ chức thi nâng ngạch công chức hành chính", "Sở Nội vụ", "", "Quý II/2026"],
            halves[0], header, halves[1],
            ["3", "Kiểm tra công vụ tại các cơ quan", "Sở Nội vụ", "Thanh tra tỉnh", "Quý IV/2026"]]
    if fmt == "html":
        return _html_table(tmp_path, rows)
    path = tmp_path / "plan.md.txt"
    lines = ["KẾ HOẠCH", "Thực hiện nhiệm vụ năm 2026", "PHỤ LỤC", "(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/02/2026)"]
    lines += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])] + ["| " + " | ".join(r) + " |" for r in rows[1:]]
    path.write_text("\n".join(lines), encoding="utf-8")
    return process(path).tasks


@pytest.mark.parametrize("fmt", ["html", "md.txt"])
@pytest.mark.parametrize("header,halves", [
    (["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
     (["2", "Xây dựng đề án vị trí việc làm của các cơ quan hành chính và đơn vị sự nghiệp", "Sở Nội vụ", "Sở Tài chính,",
       "Quý III/2026"], ["", "công lập trên địa bàn tỉnh", "", "UBND các xã", ""])),
    (["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
     (["2", "Xây dựng đề án vị trí việc làm của các cơ quan hành chính và đơn vị sự nghiệp", "", "", ""],
      ["", "công lập trên địa bàn tỉnh", "Sở Nội vụ", "Sở Tài chính, UBND các xã", "Quý III/2026"])),
])
def test_a_row_split_by_a_page_break_is_one_task(tmp_path, header, halves, fmt):
    """A page saved from a PDF (or a Word table whose row breaks across pages, copied as rows) prints a task's row in
    two halves with the header again between them: the half under the header, its text going on in small letters
    with no number, goes back on the row above. Before: a task "công lập trên địa bàn tỉnh" with no lead."""
    tasks = _split_row_table(tmp_path, header, halves, fmt)
    assert [t.number for t in tasks] == ["1", "2", "3"]
    split = tasks[1]
    assert split.content.endswith("đơn vị sự nghiệp công lập trên địa bàn tỉnh")
    assert ([m.name for m in split.lead], [m.name for m in split.support], split.deadline.text) == (
        ["Sở Nội vụ"], ["Sở Tài chính", "UBND các xã"], "Quý III/2026")


def test_a_row_after_a_repeated_header_that_starts_a_sentence_is_a_task(tmp_path):
    tasks = _split_row_table(tmp_path, ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
                             (["2", "Rà soát biên chế", "Sở Nội vụ", "", "Quý II/2026"],
                              ["", "- Tập huấn nghiệp vụ", "Sở Nội vụ", "", "Quý III/2026"]), "html")
    assert [t.content for t in tasks][1:3] == ["Rà soát biên chế", "Tập huấn nghiệp vụ"]


@pytest.mark.parametrize("label,below", [("II", ("1", "2")), ("B.", ("1.", "2.")), ("III.", ("a)", "b)"))])
def test_a_group_label_row_naming_a_lead_leads_its_tasks(tmp_path, label, below):
    """"II | Nhóm nhiệm vụ về … | Sở Tài chính | | " over "1 | … | (empty)": before, the group row was a task of its own
    and the tasks under it had no lead."""
    tasks = _html_table(tmp_path, [
        ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        [label, "Nhóm nhiệm vụ về tài chính công", "Sở Tài chính", "", ""],
        [below[0], "Lập dự toán kinh phí thực hiện", "", "Các sở, ngành", "Tháng 7/2026"],
        [below[1], "Quyết toán kinh phí năm trước", "Kho bạc Nhà nước khu vực", "Sở Tài chính", "Quý I/2026"],
    ])
    assert [(t.content, [m.name for m in t.lead]) for t in tasks] == [
        ("Lập dự toán kinh phí thực hiện", ["Sở Tài chính"]), ("Quyết toán kinh phí năm trước", ["Kho bạc Nhà nước khu vực"])]
    assert tasks[0].group_path == [f"{label} Nhóm nhiệm vụ về tài chính công"]


@pytest.mark.parametrize("label,title", [("I", "Nhóm nhiệm vụ về thể chế"), ("A.", "CẢI CÁCH THỂ CHẾ")])
def test_a_group_row_naming_a_deadline_gives_it_to_the_tasks_that_name_none(tmp_path, label, title):
    """"I | Nhóm … | | | Năm 2026": before, the group row was a task of its own (a deadline and no lead) and its tasks had
    no deadline. A task that gives its own time keeps it; a numbered task over sub-tasks stays a task (test below)."""
    tasks = _html_table(tmp_path, [
        ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        [label, title, "", "", "Năm 2026"],
        ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Các sở, ngành", ""],
        ["2", "Xây dựng quy chế phối hợp", "Sở Nội vụ", "", "Quý II/2026"],
    ])
    assert [(t.content, t.deadline and t.deadline.text) for t in tasks] == [
        ("Rà soát văn bản quy phạm pháp luật", "Năm 2026"), ("Xây dựng quy chế phối hợp", "Quý II/2026")]
    assert tasks[0].group_path == [f"{label} {title}"]


def test_a_numbered_task_over_its_parts_stays_a_task(tmp_path):
    tasks = _html_table(tmp_path, [
        ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Tuyên truyền, phổ biến kế hoạch", "Sở Văn hóa, Thể thao và Du lịch", "", "Quý I/2026"],
        ["1.1", "Đăng tải trên cổng thông tin điện tử", "", "", ""],
        ["2", "Kiểm tra, giám sát", "Sở Nội vụ", "", "Quý IV/2026"],
    ])
    assert [t.number for t in tasks] == ["1", "1.1", "2"]


@pytest.mark.parametrize("last", ["\xa0", ""])
def test_the_last_rows_empty_cell_printed_by_the_site_is_empty(tmp_path, last):
    """One cell a line, the last row's deadline cell printed empty ("\\xa0") before the text after the table: before,
    it was dropped as spacing and the deadline read as merged from the row above (a confident wrong value). A row that
    prints nothing after its last cell (no "\\xa0" line) still takes the merged cell above."""
    lines = ["KẾ HOẠCH", "Thực hiện nhiệm vụ năm 2026", "PHỤ LỤC", "(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/02/2026)",
             "STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
             "1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Các sở, ngành", "Thường xuyên",
             "2", "Kiểm tra công vụ tại các cơ quan", "Sở Nội vụ", "Thanh tra tỉnh", last, "",
             "Ý kiến bạn đọc", "Bạn cần đăng nhập để gửi ý kiến."]
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(lines), encoding="utf-8")
    tasks = process(path).tasks
    assert [t.content for t in tasks] == ["Rà soát văn bản quy phạm pháp luật", "Kiểm tra công vụ tại các cơ quan"]
    assert (tasks[1].deadline and tasks[1].deadline.text) == (None if last else "Thường xuyên")
