"""Task tables sampled in s40 (a blind round on annexes and plans' tables as other hands print them: provinces',
ministries', communes' and departments' plans of 2024-2026).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- the pages corpus gave openings of plans (a province's plan of supervision, a decision's regulation, a province's
  OCOP plan, a ministry's programme of action) and few of their tables; the layouts below are the ones such plans'
  annexes print, written anew: the lead's column before the task's; a table with no lead column whose group rows name
  the lead ("I | SỞ NỘI VỤ", or in words: "Nhiệm vụ giao Sở Nội vụ chủ trì", "Các nhiệm vụ do Công an tỉnh chủ trì
  thực hiện", "Đơn vị chủ trì: Sở Tư pháp"), also over a lead column left blank under them; a ministry's table with
  "Cấp trình" (the body a draft goes to: "Chính phủ", "Bộ trưởng") and "Thời hạn trình"; a deadline cell with two
  dates ("Tháng 6/2026 và tháng 12/2026", "Quý II và quý IV/2026"); lead cells that name a post ("Giám đốc Sở Tư
  pháp", "Chủ tịch UBND tỉnh"); a task over sub-rows (a numbered row whose cells are blank over dashed items with their
  own cells, then the next numbered task); "Kết quả đầu ra" before "Thời gian thực hiện"; the time first ("TT |
  Thời gian | Nội dung công việc | …"); "Từ tháng 3 đến tháng 6/2026". 12 tables read as HTML, DOCX and text (36
  readings), 3 as PDF from the Word file. Before this round 5 tables gave wrong or lost values in 13 readings (after it,
  3 tables in 5 readings, below under "Left as read"):
  - a group title that names the lead in words ("Nhiệm vụ giao Sở Nội vụ chủ trì") gave its tasks no lead (lost),
    in a table with no lead column and, as HTML and DOCX, over blank lead cells: such a title (task_tables.json
    group_leads) leads the tasks under it that name none of their own, the bare name ("II. SỞ Y TẾ") as before only in
    a table with no agency column;
  - a task over dashed sub-rows ("1 | Tập huấn kỹ năng số" with blank cells over "- Cho cán bộ cấp tỉnh" …) kept its
    group on the next numbered task ("2 | Rà soát …" under "1 Tập huấn kỹ năng số", wrong): a task numbered as the next
    of the group row above is its sibling, where no task under that group printed a plain number of its own (tasks
    "1", "2" under a group "1" number anew and stay under it);
  - "Bộ trưởng" in a "Cấp trình" cell of a table copied as text was read as a body ("Bộ …"), the row's cells slipped:
    the lead ran into the task's text and the support became the lead (wrong): "Bộ trưởng" is a post (cells.AGENCY).
The review of that round (s40-fixgroups): a title naming who assigns the tasks ("Nhiệm vụ do UBND tỉnh giao", "… của
UBND tỉnh chỉ đạo") or a collective that names no body ("Nhiệm vụ của các cơ quan, đơn vị") led its tasks (wrong: "UBND
tỉnh giao"); "… do Sở Y tế chủ trì, Sở Tài chính phối hợp" was one lead; tasks numbered in one sequence with their
group rows ("1 | Nhóm …", "2 | …", "3 | …") lost their group; "1 | Nhiệm vụ giao Sở Nội vụ chủ trì" over "- | …" items
(a short table) was a task with no work, its items with no lead.
Read right before and kept: the lead's column first, the time column first, "I | SỞ NỘI VỤ" over a table with no lead
column, two dates in a deadline cell (the later one's end), posts in a lead cell, "Kết quả đầu ra" before the time,
"Từ tháng 3 đến tháng 6/2026".
Left as read: a body's name with a remark in brackets ("Sở Nội vụ (Giám đốc Sở trực tiếp chỉ đạo)") stays one name with
its remark; a text copy of a table whose lead cells are blank under a worded group (the blank cells lost) reads the
support as the lead; a group title that opens as a body's cell does ("Sở Xây dựng chủ trì", "Đơn vị chủ trì: Sở Tư
pháp"), copied as text, is read into the agency column, no group row; a dashed item's number ("-" printed in the task's cell) is not its number (the STT cell blank);
a text copy of the dashed sub-rows runs the parent's title into the first item.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form, write_with_table
from pipeline.run import process
from pipeline.stages.agencies import lead_in_group_title
from pipeline.stages.cells import looks_like_agency

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
BEFORE = ["ỦY BAN NHÂN DÂN", "TỈNH NAM HÀ", "-------", *MOTTO, "Số: 45/KH-UBND", "Nam Hà, ngày 10 tháng 1 năm 2026",
          "KẾ HOẠCH", "Triển khai nhiệm vụ trọng tâm năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Triển khai đồng bộ.",
          "II. NHIỆM VỤ CỤ THỂ", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ"]
AFTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Tâm"]
H6 = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"]
FORMS = ["html", "docx", "text"]


def tasks_of(tmp_path, rows: list[list[str]], form: str) -> list[tuple]:
    """Each task of a plan holding one table of ``rows`` (for "text", the table copied one cell a line, its blank
    cells lost): number, task, lead, support, implementer, deadline as printed and its end, product, group path."""
    if form == "text":
        path = write_in_form(tmp_path, [*BEFORE, *(c for row in rows for c in row if c.strip()), *AFTER], "text")
    else:
        path = write_with_table(tmp_path, BEFORE, rows, AFTER, form)
    return [(t.number, t.content, [m.name for m in t.lead], [m.name for m in t.support], [m.name for m in t.implementer],
             t.deadline.text if t.deadline else None, t.deadline.end if t.deadline else None, t.output, t.group_path)
            for t in process(path).tasks]


def _task(number, content, lead, support, deadline, end, output=None, group=()):
    return (number, content, lead, support, [], deadline, end, output, list(group))


WORK_1 = ("Rà soát vị trí việc làm của các cơ quan", "Sở Tài chính", "Quý II/2026", "2026-06-30")
WORK_2 = ("Nâng cấp trạm y tế tuyến xã", "UBND các xã", "Tháng 10/2026", "2026-10-31")

# ---------------------------------------------------------------------------------------------------
# A group row that names the lead in words

# (group titles, the leads they name as printed)
WORDED_GROUPS = {
    "giao … chủ trì": (["Nhiệm vụ giao Sở Nội vụ chủ trì", "Nhiệm vụ giao Sở Y tế chủ trì"], ["Sở Nội vụ", "Sở Y tế"]),
    "in capitals, của": (["NHIỆM VỤ CỦA SỞ NỘI VỤ", "NHIỆM VỤ CỦA SỞ Y TẾ"], ["SỞ NỘI VỤ", "SỞ Y TẾ"]),
    "các nhiệm vụ do … chủ trì thực hiện": (["Các nhiệm vụ do Công an tỉnh chủ trì thực hiện",
                                            "Các nhiệm vụ do Sở Tư pháp chủ trì thực hiện"], ["Công an tỉnh", "Sở Tư pháp"]),
    "nhóm nhiệm vụ giao cho": (["Nhóm nhiệm vụ giao cho UBND các xã", "Nhóm nhiệm vụ giao cho Sở Nội vụ"],
                               ["UBND các xã", "Sở Nội vụ"]),
}
# titles that open as a body's cell does: a copy as text puts them in the agency column (left as read)
WORDED_GROUPS_LIKE_A_CELL = {
    "the body then chủ trì": (["Sở Xây dựng chủ trì", "Văn phòng UBND tỉnh chủ trì"], ["Sở Xây dựng", "Văn phòng UBND tỉnh"]),
    "a label: the body": (["Đơn vị chủ trì: Sở Tư pháp", "Cơ quan chủ trì: Sở Xây dựng"], ["Sở Tư pháp", "Sở Xây dựng"]),
}


def _grouped_rows(titles: list[str], lead_column: bool) -> list[list[str]]:
    """Two groups of one task each, lettered; a lead column left blank under them or none at all."""
    blank = [""] if lead_column else []
    rows = [["STT", "Nhiệm vụ", *(["Cơ quan chủ trì"] if lead_column else []), "Đơn vị phối hợp", "Thời hạn"]]
    for letter, title, (work, helper, deadline, _) in zip("AB", titles, (WORK_1, WORK_2)):
        rows += [[letter, title, *blank, "", ""], [str(len(rows) // 2 + 1), work, *blank, helper, deadline]]
    return rows


def _grouped_truth(titles: list[str], leads: list[str]) -> list[tuple]:
    return [_task(str(k + 1), work, [lead], [helper], deadline, end, None, [f"{letter} {title}"])
            for k, (letter, title, lead, (work, helper, deadline, end)) in enumerate(zip("AB", titles, leads, (WORK_1, WORK_2)))]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("titles, leads", WORDED_GROUPS.values(), ids=WORDED_GROUPS.keys())
def test_a_group_title_that_names_the_lead_in_words(tmp_path, form, titles, leads):
    """A table with no lead column, its tasks grouped by lead under titles that name it in a sentence: the tasks had no
    lead (lost)."""
    assert tasks_of(tmp_path, _grouped_rows(titles, lead_column=False), form) == _grouped_truth(titles, leads)


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("titles, leads", WORDED_GROUPS_LIKE_A_CELL.values(), ids=WORDED_GROUPS_LIKE_A_CELL.keys())
def test_a_group_title_that_opens_with_the_lead(tmp_path, form, titles, leads):
    assert tasks_of(tmp_path, _grouped_rows(titles, lead_column=False), form) == _grouped_truth(titles, leads)


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("titles, leads", list(WORDED_GROUPS.values())[:3], ids=list(WORDED_GROUPS)[:3])
def test_a_worded_group_title_over_blank_lead_cells(tmp_path, form, titles, leads):
    assert tasks_of(tmp_path, _grouped_rows(titles, lead_column=True), form) == _grouped_truth(titles, leads)


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_task_s_own_lead_beats_its_group_s(tmp_path, form):
    rows = _grouped_rows(WORDED_GROUPS["giao … chủ trì"][0], lead_column=True)
    rows[2][2] = "Sở Xây dựng"
    assert [t[2] for t in tasks_of(tmp_path, rows, form)] == [["Sở Xây dựng"], ["Sở Y tế"]]


def test_a_bare_group_name_over_a_lead_column_leads_nothing_still(tmp_path):
    """Read before and kept: "A | SỞ NỘI VỤ" over blank lead cells names no lead (a title that is a name alone may
    be a place or a field of work in a table that has its own lead column); only a title in words does."""
    rows = _grouped_rows(["SỞ NỘI VỤ", "SỞ Y TẾ"], lead_column=True)
    assert [t[2] for t in tasks_of(tmp_path, rows, "html")] == [[], []]


@pytest.mark.parametrize("title", [
    "Nhiệm vụ cải cách thể chế", "Nhiệm vụ của năm 2026", "Nhiệm vụ do Trung ương giao", "Nhiệm vụ của Kế hoạch",
    "Công tác chỉ đạo, điều hành", "Nhiệm vụ giao các cấp, các ngành", "Sở Nội vụ (Phòng Tổ chức) chủ trì",
    # who assigns or directs the tasks, no lead ("do X giao"; the verb was glued on: "UBND tỉnh giao")
    "Nhiệm vụ do UBND tỉnh giao", "Nhiệm vụ do Bộ Nội vụ giao", "Nhiệm vụ do Ban Thường vụ Tỉnh ủy giao",
    "NHIỆM VỤ DO UBND TỈNH GIAO", "Các nhiệm vụ do Sở Kế hoạch và Đầu tư đề ra", "Nhiệm vụ do Bộ giao",
    "Nhiệm vụ của Ủy ban nhân dân tỉnh chỉ đạo", "NHIỆM VỤ CỦA UBND TỈNH CHỈ ĐẠO", "Nhiệm vụ của UBND tỉnh yêu cầu",
    "Nhiệm vụ giao UBND các xã trực tiếp triển khai",
    # collectives that name no body
    "Nhiệm vụ của các cơ quan, đơn vị", "Nhiệm vụ của các sở, ban, ngành", "NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH",
    "Nhiệm vụ giao các đơn vị", "Nhiệm vụ thuộc trách nhiệm của các cơ quan", "Nhiệm vụ của cơ quan chuyên môn",
    "Nhiệm vụ của đơn vị sự nghiệp", "Đơn vị chủ trì: các đơn vị liên quan", "Nhiệm vụ của cơ quan, đơn vị",
    "Nhiệm vụ của cơ quan, đơn vị thuộc UBND tỉnh", "Nhiệm vụ giao các Sở", "Nhiệm vụ của các Sở liên quan",
    "Công việc của những đơn vị được kiểm tra", "Nhóm nhiệm vụ giao cho các phòng, ban chuyên môn",
])
def test_a_group_title_that_names_no_body_names_no_lead(title):
    assert lead_in_group_title(title) is None


@pytest.mark.parametrize("title, named", [
    ("Nhiệm vụ do Sở Y tế chủ trì, Sở Tài chính phối hợp", ("Sở Y tế", "Sở Tài chính")),
    ("Nhiệm vụ giao Công an tỉnh chủ trì, Sở Tư pháp và UBND các xã phối hợp",
     ("Công an tỉnh", "Sở Tư pháp và UBND các xã")),
    ("Các nhiệm vụ do Sở Nội vụ chủ trì, phối hợp với Sở Tài chính", ("Sở Nội vụ", "Sở Tài chính")),
    ("Nhiệm vụ do Sở Y tế thực hiện", ("Sở Y tế", "")),
    ("Nhiệm vụ do Văn phòng UBND tỉnh chủ trì", ("Văn phòng UBND tỉnh", "")),
    ("Nhiệm vụ của UBND các xã", ("UBND các xã", "")),
    ("Nhiệm vụ giao Ủy ban nhân dân cấp xã", ("Ủy ban nhân dân cấp xã", "")),
    ("NHIỆM VỤ CỦA BAN CHỈ ĐẠO TỈNH", ("BAN CHỈ ĐẠO TỈNH", "")),
    ("Nhiệm vụ của Ban Chỉ đạo", ("Ban Chỉ đạo", "")),
])
def test_a_group_title_that_names_its_lead_and_support(title, named):
    """Read as one body's name: the lead of a role sentence ("X chủ trì, Y phối hợp" was one lead, the whole
    sentence), and a collective that names its kind of body ("UBND các xã")."""
    assert lead_in_group_title(title) == named


ASSIGNERS_AND_COLLECTIVES = {
    "do … giao": ["Nhiệm vụ do UBND tỉnh giao", "Nhiệm vụ do Bộ Nội vụ giao"],
    "collectives": ["Nhiệm vụ của các cơ quan, đơn vị", "NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH"],
    "a verb after the name, a collective": ["Nhiệm vụ của Ủy ban nhân dân tỉnh chỉ đạo", "Nhiệm vụ giao các đơn vị"],
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("titles", ASSIGNERS_AND_COLLECTIVES.values(), ids=ASSIGNERS_AND_COLLECTIVES.keys())
def test_a_group_title_naming_who_assigns_leads_nothing(tmp_path, form, titles):
    """"A | Nhiệm vụ do UBND tỉnh giao" over "1 | Rà soát … | Sở Tài chính | Quý II/2026" in a table with no lead
    column: task 1 was led by "UBND tỉnh giao" (wrong: who assigns it, the verb glued on)."""
    assert [(t[2], t[3]) for t in tasks_of(tmp_path, _grouped_rows(titles, lead_column=False), form)] == [
        ([], [WORK_1[1]]), ([], [WORK_2[1]])]


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("titles", ASSIGNERS_AND_COLLECTIVES.values(), ids=ASSIGNERS_AND_COLLECTIVES.keys())
def test_a_group_title_naming_who_assigns_over_blank_lead_cells(tmp_path, form, titles):
    assert [(t[2], t[3]) for t in tasks_of(tmp_path, _grouped_rows(titles, lead_column=True), form)] == [
        ([], [WORK_1[1]]), ([], [WORK_2[1]])]


ROLE_SENTENCE_GROUP = [["STT", "Nội dung công việc", "Đơn vị phối hợp", "Thời hạn"],
                       ["I", "Nhiệm vụ do Sở Y tế chủ trì, Sở Tài chính phối hợp", "", ""],
                       ["1", "Rà soát danh mục thuốc thiết yếu", "", "Quý II/2026"],
                       ["2", "Kiểm tra an toàn thực phẩm", "UBND các xã", "Quý III/2026"]]


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_group_title_written_as_a_role_sentence(tmp_path, form):
    """"Nhiệm vụ do Sở Y tế chủ trì, Sở Tài chính phối hợp": its tasks are led by Sở Y tế and helped by Sở Tài chính
    where they name no help of their own (the lead was the whole sentence)."""
    assert [(t[0], t[2], t[3]) for t in tasks_of(tmp_path, ROLE_SENTENCE_GROUP, form)] == [
        ("1", ["Sở Y tế"], ["Sở Tài chính"]), ("2", ["Sở Y tế"], ["UBND các xã"])]


@pytest.mark.parametrize("form", FORMS)
def test_a_bare_body_s_name_as_the_group_title(tmp_path, form):
    """Read right before and kept: "I | SỞ NỘI VỤ" over a table with no lead column."""
    titles = ["SỞ NỘI VỤ", "SỞ Y TẾ"]
    assert tasks_of(tmp_path, _grouped_rows(titles, lead_column=False), form) == _grouped_truth(titles, titles)


# ---------------------------------------------------------------------------------------------------
# A task over sub-rows: its numbered row blank but for its title, dashed items under it, then the next task

def _sub_rows(parent_number: str, items: list[str], next_number: str) -> list[list[str]]:
    return [H6, [parent_number, "Tập huấn kỹ năng số", "", "", "", ""],
            ["", items[0], "Sở Nội vụ", "Các sở, ngành", "Lớp tập huấn", "Quý II/2026"],
            ["", items[1], "UBND các xã", "Sở Nội vụ", "Lớp tập huấn", "Quý III/2026"],
            [next_number, "Rà soát vị trí việc làm của các cơ quan", "Sở Nội vụ", "Sở Tài chính", "Báo cáo", "Quý IV/2026"]]


SUB_ROWS = {
    "dashed items": ("1", ["- Cho cán bộ cấp tỉnh", "- Cho cán bộ cấp xã"], "2"),
    "dotted numbers": ("3.", ["- Cho cán bộ cấp tỉnh", "- Cho cán bộ cấp xã"], "4."),
    "plus items": ("1", ["+ Cho cán bộ cấp tỉnh", "+ Cho cán bộ cấp xã"], "2"),
    "items with no mark": ("2", ["Cho cán bộ cấp tỉnh", "Cho cán bộ cấp xã"], "3"),
}


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("parent, items, following", SUB_ROWS.values(), ids=SUB_ROWS.keys())
def test_the_next_numbered_task_leaves_the_sub_rows_group(tmp_path, form, parent, items, following):
    group = [f"{parent} Tập huấn kỹ năng số"]
    assert [(t[0], t[1], t[2], t[8]) for t in tasks_of(tmp_path, _sub_rows(parent, items, following), form)] == [
        (None, "Cho cán bộ cấp tỉnh", ["Sở Nội vụ"], group), (None, "Cho cán bộ cấp xã", ["UBND các xã"], group),
        (following, "Rà soát vị trí việc làm của các cơ quan", ["Sở Nội vụ"], [])]


@pytest.mark.parametrize("form", ["html", "docx"])
def test_tasks_numbered_anew_under_a_numbered_group_stay_under_it(tmp_path, form):
    """The other side (read right before and kept): a group "1" over tasks "1", "2": the task "2" is the group's."""
    rows = [H6, ["1", "Nhóm nhiệm vụ về thể chế", "", "", "", ""],
            ["1", "Rà soát quy chế làm việc", "Sở Tư pháp", "Sở Nội vụ", "Báo cáo", "Quý II/2026"],
            ["2", "Sửa đổi quy chế phối hợp", "Sở Tư pháp", "Sở Nội vụ", "Quy chế", "Quý III/2026"],
            ["2", "Nhóm nhiệm vụ về hạ tầng số", "", "", "", ""],
            ["1", "Nâng cấp mạng diện rộng", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Hệ thống mạng", "Quý IV/2026"]]
    assert [(t[0], t[8]) for t in tasks_of(tmp_path, rows, form)] == [
        ("1", ["1 Nhóm nhiệm vụ về thể chế"]), ("2", ["1 Nhóm nhiệm vụ về thể chế"]),
        ("1", ["2 Nhóm nhiệm vụ về hạ tầng số"])]


RUNNING = {
    "groups of 'Nhóm'": ("Nhóm nhiệm vụ về thể chế", "Nhóm nhiệm vụ về hạ tầng số"),
    "groups of 'Lĩnh vực'": ("Lĩnh vực tư pháp", "Lĩnh vực thông tin và truyền thông"),
    "groups in capitals": ("CÔNG TÁC TUYÊN TRUYỀN", "HOÀN THIỆN HẠ TẦNG SỐ"),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("first, second", RUNNING.values(), ids=RUNNING.keys())
def test_group_rows_and_tasks_numbered_in_one_sequence(tmp_path, form, first, second):
    """"1 | Nhóm … | (blank)", "2 | Rà soát …", "3 | …", "4 | Nhóm …", "5 | …": tasks 2, 3 and 5 had no group (the
    task numbered next after the group row was read as the group's sibling)."""
    rows = [H6, ["1", first, "", "", "", ""],
            ["2", "Rà soát quy chế làm việc", "Sở Tư pháp", "Sở Nội vụ", "Báo cáo", "Quý II/2026"],
            ["3", "Sửa đổi quy chế phối hợp", "Sở Tư pháp", "Sở Nội vụ", "Quy chế", "Quý III/2026"],
            ["4", second, "", "", "", ""],
            ["5", "Nâng cấp mạng diện rộng", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Hệ thống mạng", "Quý IV/2026"]]
    assert [(t[0], t[8]) for t in tasks_of(tmp_path, rows, form)] == [
        ("2", [f"1 {first}"]), ("3", [f"1 {first}"]), ("5", [f"4 {second}"])]


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_group_word_title_over_items_keeps_the_next_number(tmp_path, form):
    """A title opening as a group's ("Nhóm …") stays the group of the next number too, over dashed items as over
    numbered tasks (read so before f86f405 and kept)."""
    rows = [H6, ["1", "Nhóm nhiệm vụ về thể chế", "", "", "", ""],
            ["", "- Rà soát quy chế làm việc", "Sở Tư pháp", "Sở Nội vụ", "Báo cáo", "Quý II/2026"],
            ["2", "Sửa đổi quy chế phối hợp", "Sở Tư pháp", "Sở Nội vụ", "Quy chế", "Quý III/2026"]]
    assert [t[8] for t in tasks_of(tmp_path, rows, form)] == [["1 Nhóm nhiệm vụ về thể chế"]] * 2


WORDED_OVER_DASHES = {
    "giao … chủ trì, dashes": ("Nhiệm vụ giao Sở Nội vụ chủ trì", "-", "Sở Nội vụ"),
    "do … chủ trì thực hiện, pluses": ("Các nhiệm vụ do Công an tỉnh chủ trì thực hiện", "+", "Công an tỉnh"),
    "của, dashes": ("Nhiệm vụ của Sở Y tế", "–", "Sở Y tế"),
}


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("title, mark, lead", WORDED_OVER_DASHES.values(), ids=WORDED_OVER_DASHES.keys())
def test_a_numbered_worded_group_over_dashed_items(tmp_path, form, title, mark, lead):
    """"1 | Nhiệm vụ giao Sở Nội vụ chủ trì | (blank)" over "- | Rà soát quy chế | (blank) | Sở Tư pháp", then "2":
    "1" was a task with no work and its items had no lead (lost): the row is a group that leads its items, and "2"
    is its sibling. (In a longer table whose other rows all give work such a row was a group already.)"""
    rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"], ["1", title, "", "", ""],
            [mark, "Rà soát quy chế làm việc", "", "Sở Tư pháp", "Quý II/2026"],
            ["2", "Nâng cấp mạng diện rộng", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Quý IV/2026"]]
    assert [(t[0], t[2], t[3], t[8]) for t in tasks_of(tmp_path, rows, form)] == [
        (mark, [lead], ["Sở Tư pháp"], [f"1 {title}"]), ("2", ["Sở Khoa học và Công nghệ"], ["Sở Tài chính"], [])]


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_numbered_task_over_dashed_items_that_names_no_lead_stays_a_task(tmp_path, form):
    """The other side (read right before and kept): "1 | Tập huấn kỹ năng số" over "- | …" items is a task, its items
    under it."""
    rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
            ["1", "Tập huấn kỹ năng số", "", "", ""],
            ["-", "Cho cán bộ cấp tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2026"],
            ["2", "Nâng cấp mạng diện rộng", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Quý IV/2026"]]
    assert [(t[0], t[8]) for t in tasks_of(tmp_path, rows, form)] == [
        ("1", []), ("-", ["1. Tập huấn kỹ năng số"]), ("2", [])]


# ---------------------------------------------------------------------------------------------------
# "Bộ trưởng" is a post, not a body

CAP_TRINH = [["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Cấp trình", "Thời hạn trình", "Sản phẩm"],
             ["1", "Xây dựng Nghị định quy định chi tiết Luật Dữ liệu", "Vụ Pháp chế", "Văn phòng Bộ", "Chính phủ",
              "Tháng 9/2026", "Nghị định"],
             ["2", "Ban hành Thông tư hướng dẫn về định mức", "Vụ Kế hoạch - Tài chính", "Các đơn vị thuộc Bộ", "LEVEL",
              "Tháng 11/2026", "Thông tư"]]
CAP_TRINH_TASKS = [
    _task("1", "Xây dựng Nghị định quy định chi tiết Luật Dữ liệu", ["Vụ Pháp chế"], ["Văn phòng Bộ"], "Tháng 9/2026",
          "2026-09-30", "Nghị định"),
    _task("2", "Ban hành Thông tư hướng dẫn về định mức", ["Vụ Kế hoạch - Tài chính"], ["Các đơn vị thuộc Bộ"],
          "Tháng 11/2026", "2026-11-30", "Thông tư")]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("level", ["Bộ trưởng", "Bộ trưởng Bộ Nội vụ", "Thủ tướng Chính phủ"])
def test_a_minister_in_the_level_column(tmp_path, form, level):
    """"Cấp trình" names who the draft goes to: in a text copy "Bộ trưởng" was read as a body, the row's cells slipped
    (the lead ran into the task, the support was the lead and the minister the support: wrong)."""
    rows = [*CAP_TRINH[:2], [c.replace("LEVEL", level) for c in CAP_TRINH[2]]]
    assert tasks_of(tmp_path, rows, form) == CAP_TRINH_TASKS


@pytest.mark.parametrize("text, body", [("Bộ trưởng", False), ("Bộ trưởng Bộ Tài chính", False), ("Bộ Nội vụ", True),
                                        ("Bộ phận một cửa", False), ("Bộ Tư lệnh Vùng 2", True)])
def test_a_minister_s_post_is_no_body(text, body):
    assert looks_like_agency(text) is body


# ---------------------------------------------------------------------------------------------------
# Layouts read right before and kept

KEPT = {
    "the lead's column first": ([
        ["TT", "Cơ quan chủ trì", "Nhiệm vụ", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Sản phẩm"],
        ["1", "Sở Nội vụ", WORK_1[0], "Sở Tài chính", "Quý II/2026", "Báo cáo rà soát"],
        ["2", "Sở Y tế", WORK_2[0], "UBND các xã", "Tháng 10/2026", "Trạm y tế được nâng cấp"]], [
        _task("1", WORK_1[0], ["Sở Nội vụ"], ["Sở Tài chính"], "Quý II/2026", "2026-06-30", "Báo cáo rà soát"),
        _task("2", WORK_2[0], ["Sở Y tế"], ["UBND các xã"], "Tháng 10/2026", "2026-10-31", "Trạm y tế được nâng cấp")]),
    "two dates in a deadline cell": ([H6,
        ["1", "Sơ kết, tổng kết thực hiện kế hoạch", "Sở Nội vụ", "Các sở, ngành", "Báo cáo", "Tháng 6/2026 và tháng 12/2026"],
        ["2", "Kiểm tra công tác cải cách hành chính", "Sở Nội vụ", "Sở Tư pháp", "Kết luận", "Quý II và quý IV/2026"]], [
        _task("1", "Sơ kết, tổng kết thực hiện kế hoạch", ["Sở Nội vụ"], ["Các sở, ngành"], "Tháng 6/2026 và tháng 12/2026",
              "2026-12-31", "Báo cáo"),
        _task("2", "Kiểm tra công tác cải cách hành chính", ["Sở Nội vụ"], ["Sở Tư pháp"], "Quý II và quý IV/2026",
              "2026-12-31", "Kết luận")]),
    "posts in the lead cells": ([H6,
        ["1", "Chỉ đạo rà soát thủ tục hành chính", "Giám đốc Sở Tư pháp", "Văn phòng UBND tỉnh", "Báo cáo", "Quý III/2026"],
        ["2", "Tổ chức đối thoại với doanh nghiệp", "Chủ tịch UBND tỉnh", "Sở Tài chính, Hiệp hội Doanh nghiệp tỉnh",
         "Hội nghị", "Tháng 8/2026"]], [
        _task("1", "Chỉ đạo rà soát thủ tục hành chính", ["Giám đốc Sở Tư pháp"], ["Văn phòng UBND tỉnh"], "Quý III/2026",
              "2026-09-30", "Báo cáo"),
        _task("2", "Tổ chức đối thoại với doanh nghiệp", ["Chủ tịch UBND tỉnh"], ["Sở Tài chính", "Hiệp hội Doanh nghiệp tỉnh"],
              "Tháng 8/2026", "2026-08-31", "Hội nghị")]),
    "the product before the time": ([
        ["Số TT", "Nội dung công việc", "Đơn vị chủ trì thực hiện", "Đơn vị phối hợp thực hiện", "Kết quả đầu ra",
         "Thời gian thực hiện"],
        ["1", WORK_1[0], "Sở Nội vụ", "Sở Tài chính", "Báo cáo rà soát", "Quý II/2026"]], [
        _task("1", WORK_1[0], ["Sở Nội vụ"], ["Sở Tài chính"], "Quý II/2026", "2026-06-30", "Báo cáo rà soát")]),
    "the time first": ([
        ["TT", "Thời gian", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp"],
        ["1", "Tháng 3/2026", "Tổ chức hội nghị triển khai kế hoạch", "Văn phòng UBND tỉnh", "Sở Nội vụ"],
        ["2", "Tháng 5/2026", "Kiểm tra tiến độ tại các xã", "Sở Nội vụ", "UBND các xã"]], [
        _task("1", "Tổ chức hội nghị triển khai kế hoạch", ["Văn phòng UBND tỉnh"], ["Sở Nội vụ"], "Tháng 3/2026", "2026-03-31"),
        _task("2", "Kiểm tra tiến độ tại các xã", ["Sở Nội vụ"], ["UBND các xã"], "Tháng 5/2026", "2026-05-31")]),
    "from one month to another": ([H6,
        ["1", "Điều tra hiện trạng sử dụng đất", "Sở Nông nghiệp và Môi trường", "UBND các xã", "Báo cáo",
         "Từ tháng 3 đến tháng 6/2026"]], [
        _task("1", "Điều tra hiện trạng sử dụng đất", ["Sở Nông nghiệp và Môi trường"], ["UBND các xã"],
              "Từ tháng 3 đến tháng 6/2026", "2026-06-30", "Báo cáo")]),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("rows, truth", KEPT.values(), ids=KEPT.keys())
def test_layouts_read_right_before_and_kept(tmp_path, form, rows, truth):
    assert tasks_of(tmp_path, rows, form) == truth


# ---------------------------------------------------------------------------------------------------
# The same tables printed to PDF from the Word file (LibreOffice)

PDF_TABLES = {
    "worded group titles": (_grouped_rows(WORDED_GROUPS["giao … chủ trì"][0], lead_column=False),
                            _grouped_truth(*WORDED_GROUPS["giao … chủ trì"])),
    "a minister in the level column": ([*CAP_TRINH[:2], [c.replace("LEVEL", "Bộ trưởng") for c in CAP_TRINH[2]]],
                                       CAP_TRINH_TASKS),
}


@pytest.mark.parametrize("rows, truth", PDF_TABLES.values(), ids=PDF_TABLES.keys())
def test_the_tables_as_pdf(tmp_path, rows, truth):
    pytest.importorskip("docx")
    import shutil

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    assert tasks_of(tmp_path, rows, "pdf") == truth


def test_the_sub_rows_as_pdf(tmp_path):
    import shutil

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    tasks = tasks_of(tmp_path, _sub_rows("1", ["- Cho cán bộ cấp tỉnh", "- Cho cán bộ cấp xã"], "2"), "pdf")
    assert [(t[1], t[8]) for t in tasks] == [("Cho cán bộ cấp tỉnh", ["1 Tập huấn kỹ năng số"]),
                                            ("Cho cán bộ cấp xã", ["1 Tập huấn kỹ năng số"]),
                                            ("Rà soát vị trí việc làm của các cơ quan", [])]
