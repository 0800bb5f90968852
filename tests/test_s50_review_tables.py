"""Review of s50-tables: where its new rules gave a confident wrong value or lost what the base read.

- A time header with "(tháng)" often counts how long the work runs, no month: "Thời gian thực hiện (tháng)" of a list of
  research tasks ("12", "24"), "Thời gian đào tạo (tháng)" of a training plan ("3", "6"), "Thời hạn (tháng)" of a
  planning task: a bare "12" was read as December of the plan's year. Only a header naming the event's month or
  quarter is read ("Thời gian trình (tháng)", "Quý thực hiện"), and not where a figure past the unit's last ("18"
  months) shows the column counts.
- "Chuyên đề" beside a task column ("Chuyên đề | Nội dung | …") took the task's place: the task was lost.
- "Báo cáo viên" whose cells name bodies, in a table with no other performer column: the bodies that give the talks,
  read as the lead by the base, went to the note.
Each table is our own, as a text copy ("cell | cell |" rows), a Word file and an HTML page.
"""

from __future__ import annotations

import pytest

from conftest import write_with_table
from pipeline.run import process

BEFORE = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số 88/KH-UBND", "Hà Tĩnh, ngày 20 tháng 2 năm 2026", "KẾ HOẠCH",
          "Thực hiện nhiệm vụ trọng tâm năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm tiến độ, chất lượng.",
          "II. NHIỆM VỤ CỤ THỂ"]
AFTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình"]
FORMS = ("text", "docx", "html")


def _written(tmp_path, header, rows, form):
    return write_with_table(tmp_path, BEFORE, [header, *rows], AFTER, form)


# name -> (header, rows, each task's deadline as (text, end))
COUNTS_OF_MONTHS = {
    "research_duration": (["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện (tháng)"],
                          [["1", "Nghiên cứu chọn tạo giống lạc chịu hạn", "Sở Nông nghiệp và Môi trường", "12"],
                           ["2", "Xây dựng bản đồ số vùng trồng cây ăn quả", "Sở Khoa học và Công nghệ", "24"]],
                          [("12", None), ("24", None)]),
    "training_duration": (["TT", "Nội dung đào tạo", "Đơn vị tổ chức", "Thời gian đào tạo (tháng)"],
                          [["1", "Đào tạo nghề hàn điện công nghiệp", "Trường Cao đẳng Kỹ thuật tỉnh", "3"],
                           ["2", "Đào tạo nghề chăm sóc sắc đẹp", "Trung tâm Giáo dục nghề nghiệp huyện", "6"]],
                          [("3", None), ("6", None)]),
    "bare_months_that_count": (["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian (tháng)"],
                               [["1", "Xây dựng phần mềm một cửa điện tử", "Sở Khoa học và Công nghệ", "6"],
                                ["2", "Khảo sát hiện trạng đê biển", "Sở Nông nghiệp và Môi trường", "18"]],
                               [("6", None), ("18", None)]),
    "term_in_months": (["TT", "Nội dung", "Cơ quan chủ trì", "Thời hạn (tháng)"],
                       [["1", "Lập quy hoạch chung đô thị ven biển", "Sở Xây dựng", "9"],
                        ["2", "Lập quy hoạch phân khu cảng", "Sở Xây dựng", "6"]],
                       [("9", None), ("6", None)]),
    # a count of months beside the column of when it is done: the count is no month of the plan's year
    "count_beside_a_deadline": (["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian (tháng)", "Thời hạn hoàn thành"],
                                [["1", "Kiểm tra công vụ tại các xã", "Sở Nội vụ", "3", "Tháng 12/2026"]],
                                [("3", None)]),
    # a month of submission counted past the year's last: the column counts, none of its cells is a month
    "submission_months_that_count": (["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian trình (tháng)"],
                                     [["1", "Đề án phát triển kinh tế biển", "Sở Tài chính", "6"],
                                      ["2", "Đề án phát triển đô thị", "Sở Xây dựng", "18"]],
                                     [("6", None), ("18", None)]),
    # the rule's own class, still read: the header names the event's month or quarter
    "month_of_submission": (["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian trình (tháng)"],
                            [["1", "Tờ trình về bảng giá đất", "Sở Nông nghiệp và Môi trường", "5"],
                             ["2", "Tờ trình về biên chế công chức", "Sở Nội vụ", "10"]],
                            [("5", "2026-05-31"), ("10", "2026-10-31")]),
    "quarter_of_work": (["TT", "Nội dung", "Cơ quan chủ trì", "Quý thực hiện"],
                        [["1", "Kiểm tra công tác văn thư, lưu trữ", "Sở Nội vụ", "II"],
                         ["2", "Tổng kết công tác cải cách hành chính", "Sở Nội vụ", "4"]],
                        [("II", "2026-06-30"), ("4", "2026-12-31")]),
}


@pytest.mark.parametrize("name", COUNTS_OF_MONTHS)
@pytest.mark.parametrize("form", FORMS)
def test_a_count_of_months_is_no_month(tmp_path, name, form):
    header, rows, expected = COUNTS_OF_MONTHS[name]
    tasks = process(_written(tmp_path, header, rows, form)).tasks
    got = [(t.deadline.text, t.deadline.end and str(t.deadline.end)) if t.deadline else None for t in tasks]
    assert got == expected


def test_a_topic_beside_a_task_column_is_a_note(tmp_path_factory):
    header = ["TT", "Chuyên đề", "Nội dung", "Cơ quan chủ trì", "Thời gian"]
    rows = [["1", "Cải cách hành chính", "Rà soát thủ tục hành chính cấp xã", "Sở Nội vụ", "Tháng 6/2026"],
            ["2", "Chuyển đổi số", "Số hóa hồ sơ một cửa", "Sở Khoa học và Công nghệ", "Tháng 9/2026"]]
    for form in FORMS:
        tasks = process(_written(tmp_path_factory.mktemp(form), header, rows, form)).tasks
        assert [(t.content, t.note, [m.name for m in t.lead]) for t in tasks] == [
            (row[2], row[1], [row[3]]) for row in rows], form


SPEAKERS = {
    # bodies that give the talks, no other column of who does the work: the bodies lead, as the base read them
    "bodies": (["TT", "Chuyên đề", "Báo cáo viên", "Thời gian"],
               [["1", "Phổ biến Luật Đất đai năm 2024", "Sở Nông nghiệp và Môi trường", "Tháng 5/2026"],
                ["2", "Phổ biến Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Công an tỉnh", "Tháng 6/2026"]],
               [("Phổ biến Luật Đất đai năm 2024", ["Sở Nông nghiệp và Môi trường"], None),
                ("Phổ biến Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", ["Công an tỉnh"], None)]),
    # posts of people: a note, no body made the lead out of a post
    "posts": (["TT", "Nội dung", "Người báo cáo", "Thời gian"],
              [["1", "Tình hình kinh tế - xã hội quý I", "Giám đốc Sở Tài chính", "Tháng 4/2026"],
               ["2", "Công tác cải cách hành chính", "Giám đốc Sở Nội vụ", "Tháng 5/2026"]],
              [("Tình hình kinh tế - xã hội quý I", [], "Giám đốc Sở Tài chính"),
               ("Công tác cải cách hành chính", [], "Giám đốc Sở Nội vụ")]),
}


@pytest.mark.parametrize("name", SPEAKERS)
@pytest.mark.parametrize("form", FORMS)
def test_speakers_are_people_and_bodies_where_they_name_bodies(tmp_path, name, form):
    header, rows, expected = SPEAKERS[name]
    tasks = process(_written(tmp_path, header, rows, form)).tasks
    assert [(t.content, [m.name for m in t.lead], t.note) for t in tasks] == expected


def test_a_task_column_that_names_the_body_after_the_task_stays_the_task(tmp_path_factory):
    """"Cơ quan chuẩn bị" is a body's column; "Văn bản do cơ quan chuẩn bị", "Nhiệm vụ đơn vị đảm nhận" name the task."""
    from pipeline.stages.columns import column_role

    assert column_role("Nhiệm vụ đơn vị đảm nhận") == column_role("Văn bản do cơ quan chuẩn bị") == "content"
    assert column_role("Đơn vị, cá nhân đảm nhận") == column_role("Cơ quan chuẩn bị đề án") == "implementer"
    header = ["TT", "Văn bản do cơ quan chuẩn bị", "Cơ quan chủ trì", "Thời hạn trình"]
    rows = [["1", "Quy định giá dịch vụ thoát nước", "Sở Xây dựng", "Tháng 8/2026"],
            ["2", "Quy định mức thu phí tham quan", "Sở Văn hóa, Thể thao và Du lịch", "Tháng 10/2026"]]
    for form in ("text", "docx"):
        tasks = process(_written(tmp_path_factory.mktemp(form), header, rows, form)).tasks
        assert [(t.content, [m.name for m in t.lead]) for t in tasks] == [(row[1], [row[2]]) for row in rows], form
