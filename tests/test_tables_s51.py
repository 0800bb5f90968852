"""Task-table cells and section trees read wrong, left by the last reviews (s51).

- A programme of work names its time column "Tháng" or "Quý" alone over bare figures ("4", "4, 5", "11 - 12", "II,
  III"): the months or quarters of the plan's year (before: the column named no task field, every deadline lost; a
  list "4, 5" under "Tháng thực hiện" was no period). Under "Thời gian (tháng)" a figure may count how long the work
  runs (tests/test_s50_review_tables.py): still no period, now with a warning that says why.
- "Cuối năm" is the end of the plan's year (before: no period); "Tháng 12, 1" runs past the year's end (next January?
  a slip?): no period and a warning (before: December alone, a confident wrong end).
- "Thành phần tham dự" of a meeting plan names who attends: a note ("Thành phần tham gia" was the support), and so
  does "Hình thức tổ chức" (how it is held; was the output). "Cơ quan soạn thảo và trình" is the lead, as "Cơ quan
  soạn thảo, trình" is (before: a note). "Đơn vị thực hiện, phối hợp" is one column for the performer and its
  partners, as "Cơ quan chủ trì, phối hợp" is (before: every body the support).
- "Sở Nội vụ và các phòng, ban thuộc huyện": a body and a collective (before: "Sở Nội vụ và các phòng" and "ban thuộc
  huyện").
- A sub-heading with no number nor bold between the bullets under a numbered heading ("Nhiệm vụ trọng tâm", a line in
  capitals) heads the bullets under it, as a bold one does (before: it ran into the bullet above as its last words).
Every table and text is our own, built as a text copy, a Word file and (tables) an HTML page.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form, write_with_table
from pipeline.run import process
from pipeline.stages.deadlines import deadline_doubt, parse_deadline

BEFORE = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số 41/KH-UBND", "Quảng Trị, ngày 12 tháng 1 năm 2026", "KẾ HOẠCH",
          "Công tác trọng tâm năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm tiến độ, chất lượng.", "II. NHIỆM VỤ CỤ THỂ"]
AFTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Hùng"]
FORMS = ("text", "docx", "html")


def _written(tmp_path, header, rows, form):
    return write_with_table(tmp_path, BEFORE, [header, *rows], AFTER, form)


def _period(task):
    return (task.deadline.text, task.deadline.start, task.deadline.end) if task.deadline else None


# name -> (header, rows: (task, lead, time cell), each task's (text, start, end), the warning codes the table gives)
TIME_TABLES = {
    "month_alone": ("Tháng", [("Kiểm tra công tác văn thư, lưu trữ", "Sở Nội vụ", "4, 5"),
                              ("Tổng kết công tác thi đua", "Sở Nội vụ", "12"),
                              ("Sơ kết cải cách hành chính", "Văn phòng UBND tỉnh", "6 - 7")],
                    [("4, 5", "2026-04-01", "2026-05-31"), ("12", "2026-12-01", "2026-12-31"),
                     ("6 - 7", "2026-06-01", "2026-07-31")], set()),
    "quarter_alone": ("Quý", [("Đề án phát triển cụm công nghiệp", "Sở Công Thương", "II, III"),
                              ("Đề án chuyển đổi số cấp xã", "Sở Khoa học và Công nghệ", "IV")],
                      [("II, III", "2026-04-01", "2026-09-30"), ("IV", "2026-10-01", "2026-12-31")], set()),
    "months_listed_under_month_of_work": ("Tháng thực hiện", [("Tập huấn nghiệp vụ văn thư", "Sở Nội vụ", "3 và 4"),
                                                             ("Kiểm tra công vụ", "Sở Nội vụ", "9, 10, 11")],
                                          [("3 và 4", "2026-03-01", "2026-04-30"), ("9, 10, 11", "2026-09-01", "2026-11-30")],
                                          set()),
    # December, then January: the next year's? a slip? no period, a warning
    "months_past_the_year_end": ("Tháng", [("Tổng kết năm", "Sở Nội vụ", "12, 1"),
                                           ("Kiểm tra đột xuất", "Sở Nội vụ", "5")],
                                 [("12, 1", None, None), ("5", "2026-05-01", "2026-05-31")], {"deadline_doubt"}),
    # months the work lasts, or months of the year? kept as printed, and a warning says why
    "count_or_month": ("Thời gian (tháng)", [("Xây dựng cơ sở dữ liệu hộ tịch", "Sở Tư pháp", "4, 5"),
                                            ("Khảo sát hiện trạng đê biển", "Sở Nông nghiệp và Môi trường", "6")],
                       [("4, 5", None, None), ("6", None, None)], {"deadline_unit_unsure"}),
    "end_of_year": ("Thời gian", [("Tổng kết công tác dân vận", "Sở Nội vụ", "Cuối năm"),
                                  ("Báo cáo kết quả thực hiện", "Sở Tài chính", "Cuối năm 2026"),
                                  ("Tổ chức hội nghị chuyên đề", "Sở Tư pháp", "Tháng 12, 1")],
                    [("Cuối năm", None, "2026-12-31"), ("Cuối năm 2026", None, "2026-12-31"),
                     ("Tháng 12, 1", None, None)], {"deadline_doubt"}),
}


@pytest.mark.parametrize("name", TIME_TABLES)
@pytest.mark.parametrize("form", FORMS)
def test_time_cells_read_as_the_header_and_the_cell_say(tmp_path, name, form):
    column, rows, expected, warned = TIME_TABLES[name]
    header = ["TT", "Nội dung", "Cơ quan chủ trì", column]
    doc = process(_written(tmp_path, header, [[str(k), *row] for k, row in enumerate(rows, 1)], form))
    assert [_period(t) for t in doc.tasks] == expected
    assert [[m.name for m in t.lead] for t in doc.tasks] == [[row[1]] for row in rows]
    assert warned <= {w.code for w in doc.warnings}


@pytest.mark.parametrize(("text", "start", "end", "doubted"), [
    ("Cuối năm", None, "2026-12-31", False),
    ("Hoàn thành cuối năm", None, "2026-12-31", False),
    ("Tháng 11, 12 (cuối năm)", "2026-11-01", "2026-12-31", False),  # the months' own, as before
    ("Cuối năm học", None, None, False),  # a school year's end: no year of the plan's
    ("Tháng 12, 1", None, None, True),
    ("Tháng 11 - 2", None, None, True),
    ("Tháng 12, 1/2027", None, None, True),  # was December 2026 alone
    ("Tháng 12 và tháng 1 năm sau", "2026-12-01", "2027-01-31", True),  # the next year's January, read as before
    ("Tháng 6, 2 đợt", "2026-06-01", "2026-06-30", False),  # a count after the month: June, as before
])
def test_deadline_words(text, start, end, doubted):
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end) == (start, end)
    assert bool(deadline_doubt(deadline)) == doubted


def test_end_of_year_in_a_plan_of_no_one_year_names_no_end():
    assert parse_deadline("Cuối năm", None).end is None


# name -> (header, rows: (task, body column's cell, lead), what each task reads: (lead, support, note))
HEADERS = {
    "participants": (["TT", "Nội dung", "Thành phần tham dự", "Đơn vị chủ trì", "Thời gian"],
                     [["1", "Hội nghị sơ kết công tác cải cách hành chính", "Lãnh đạo các sở, ban, ngành", "Sở Nội vụ",
                       "Tháng 7/2026"],
                      ["2", "Hội nghị tổng kết chuyển đổi số", "Sở Tư pháp; UBND các huyện", "Sở Khoa học và Công nghệ",
                       "Tháng 12/2026"]],
                     [(["Sở Nội vụ"], [], "Lãnh đạo các sở, ban, ngành"),
                      (["Sở Khoa học và Công nghệ"], [], "Sở Tư pháp; UBND các huyện")]),
    # "tham gia" alone makes a support column: those who attend a meeting are none
    "participants_taking_part": (["TT", "Tên hội nghị", "Đơn vị tổ chức", "Thành phần tham gia", "Thời gian"],
                                 [["1", "Hội nghị tập huấn công tác dân vận", "Sở Nội vụ", "Sở Tư pháp, Công an tỉnh",
                                   "Quý II/2026"]],
                                 [(["Sở Nội vụ"], [], "Sở Tư pháp, Công an tỉnh")]),
    "drafts_and_submits": (["TT", "Tên văn bản", "Cơ quan soạn thảo và trình", "Thời gian trình"],
                           [["1", "Quy định giá dịch vụ thoát nước", "Sở Xây dựng", "Tháng 8/2026"],
                            ["2", "Quy định mức thu phí tham quan", "Sở Văn hóa, Thể thao và Du lịch", "Tháng 10/2026"]],
                           [(["Sở Xây dựng"], [], None), (["Sở Văn hóa, Thể thao và Du lịch"], [], None)]),
    "body_and_collective": (["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
                            [["1", "Sắp xếp đơn vị sự nghiệp công lập", "Văn phòng UBND tỉnh",
                              "Sở Nội vụ và các phòng, ban thuộc huyện", "Quý III/2026"],
                             ["2", "Rà soát thủ tục hành chính", "Văn phòng UBND tỉnh",
                              "Các sở, ban ngành và UBND các huyện", "Tháng 6/2026"],
                             ["3", "Bảo đảm an ninh trật tự", "Công an tỉnh", "Sở Tư pháp và các đơn vị, địa phương",
                              "Thường xuyên"]],
                            [(["Văn phòng UBND tỉnh"], ["Sở Nội vụ", "các phòng, ban thuộc huyện"], None),
                             (["Văn phòng UBND tỉnh"], ["Các sở, ban ngành", "UBND các huyện"], None),
                             (["Công an tỉnh"], ["Sở Tư pháp", "các đơn vị, địa phương"], None)]),
    # one column for the performer and its partners, as "Cơ quan chủ trì, phối hợp" (before: all of them the support)
    "performer_and_partners": (["TT", "Nội dung", "Đơn vị thực hiện, phối hợp", "Thời gian"],
                               [["1", "Rà soát quy hoạch mạng lưới trường học", "Sở Giáo dục và Đào tạo, Sở Xây dựng",
                                 "Quý II/2026"],
                                ["2", "Kiểm tra an toàn thực phẩm", "Sở Y tế", "Tháng 9/2026"]],
                               [(["Sở Giáo dục và Đào tạo"], ["Sở Xây dựng"], None), (["Sở Y tế"], [], None)]),
    # how a meeting is held is a note, no product (before: the output)
    "form_of_a_meeting": (["TT", "Tên hội nghị", "Đơn vị chủ trì", "Hình thức tổ chức", "Thời gian"],
                          [["1", "Hội nghị giao ban công tác tư pháp", "Sở Tư pháp", "Trực tuyến", "Tháng 3/2026"]],
                          [(["Sở Tư pháp"], [], "Trực tuyến")]),
}


@pytest.mark.parametrize("name", HEADERS)
@pytest.mark.parametrize("form", FORMS)
def test_who_a_column_names(tmp_path, name, form):
    header, rows, expected = HEADERS[name]
    tasks = process(_written(tmp_path, header, rows, form)).tasks
    assert [([m.name for m in t.lead], [m.name for m in t.support], t.note) for t in tasks] == expected
    assert [t.output for t in tasks] == [None] * len(expected)


HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số 52/KH-UBND", "Quảng Trị, ngày 3 tháng 2 năm 2026", "KẾ HOẠCH",
        "Cải cách hành chính năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng phục vụ.", "II. NHIỆM VỤ",
        "1. Cải cách thủ tục hành chính"]
TAIL = ["2. Chuyển đổi số", "- Triển khai nền tảng số dùng chung.", "III. TỔ CHỨC THỰC HIỆN", "Các sở thực hiện.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Hùng"]


def _tree(doc):
    """Each node under "1." as (kind, heading, its bullets' texts)."""
    item = next(n for s in doc.sections for n in s.walk() if n.label == "1.")
    return [(n.kind, n.heading, [c.text for c in n.children]) if n.kind == "unnumbered" else (n.kind, n.text)
            for n in item.children]


SUB_HEADINGS = {
    "title_and_capitals": (["- Rà soát thủ tục hành chính cấp xã.", "- Công khai kết quả giải quyết hồ sơ;",
                            "Nhiệm vụ trọng tâm", "- Số hóa hồ sơ một cửa.", "- Kiểm tra công vụ đột xuất.",
                            "NHIỆM VỤ THƯỜNG XUYÊN", "- Tiếp nhận phản ánh, kiến nghị.", "+ Báo cáo định kỳ."],
                           [("dash", "Rà soát thủ tục hành chính cấp xã."),
                            ("dash", "Công khai kết quả giải quyết hồ sơ;"),
                            ("unnumbered", "Nhiệm vụ trọng tâm", ["Số hóa hồ sơ một cửa.", "Kiểm tra công vụ đột xuất."]),
                            ("unnumbered", "NHIỆM VỤ THƯỜNG XUYÊN", ["Tiếp nhận phản ánh, kiến nghị."])]),
    # a labelled field, a sentence's subject, a line that wraps a bullet's sentence, a scan's misread figures: text of
    # the bullet above, as before
    "lines_that_head_nothing": (["- Tổ chức hội nghị tập huấn.", "Thời gian: Quý II/2026", "- Kiểm tra công vụ.",
                                 "Sở Nội vụ chủ trì thực hiện", "- Rà soát quy trình nội bộ của", "Văn phòng UBND tỉnh",
                                 "- Báo cáo kết quả;", "V2 (22262", "- Lưu trữ hồ sơ."],
                                [("dash", "Tổ chức hội nghị tập huấn.\nThời gian: Quý II/2026"),
                                 ("dash", "Kiểm tra công vụ.\nSở Nội vụ chủ trì thực hiện"),
                                 ("dash", "Rà soát quy trình nội bộ của\nVăn phòng UBND tỉnh"),
                                 ("dash", "Báo cáo kết quả;\nV2 (22262"), ("dash", "Lưu trữ hồ sơ.")]),
}


@pytest.mark.parametrize("name", SUB_HEADINGS)
@pytest.mark.parametrize("form", ("text", "docx"))
def test_a_plain_sub_heading_between_bullets_heads_the_bullets_under_it(tmp_path, name, form):
    lines, expected = SUB_HEADINGS[name]
    doc = process(write_in_form(tmp_path, HEAD + lines + TAIL, form))
    assert _tree(doc) == expected
