"""The review of s47-blindtab (its findings 1-5, on 2442aac): the reviewer's inputs and variants of our own.

- Findings 1-3: agencies.roles_in_note read a "Ghi chú" cell's labelled roles in a table with no agency column, and
  made a body the note marks as help a second lead ("Chủ trì: Sở Y tế; Sở Tài chính phối hợp"), overrode the content
  cell's own roles ("… (Sở Nội vụ chủ trì)" + note "Chủ trì: Sở Y tế" → lead Sở Y tế), and read a note going on past
  the bodies ("Chủ trì: Sở Y tế (đã hoàn thành)", "…; Phối hợp: Sở Tài chính. Kinh phí ngân sách tỉnh"). The call
  is taken out of tasks.py (d3c645b's reading: such a note gives no lead); the bed's layout that needs it is a strict
  xfail.
- Finding 4: the scope words added to role_clauses ("trong phạm vi chức năng", "trên địa bàn quản lý") made a group
  title's lead disappear ("Nhiệm vụ giao Công an tỉnh trong phạm vi chức năng"): the words are taken out.
- Finding 5: tables.Features' "a period whole is no person" spread 'Quý I' into other rows' empty time cells in a
  copy a cell a line (rows 2-3 given 2026-Q1): taken out.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form, write_with_table
from pipeline.run import process
from pipeline.stages.agencies import lead_in_group_title

BEFORE = ["ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Số: 81/KH-UBND", "Sơn La, ngày 14 tháng 1 năm 2026", "KẾ HOẠCH", "Phát triển du lịch cộng đồng năm 2026",
          "I. MỤC ĐÍCH, YÊU CẦU", "1. Triển khai đồng bộ các nhiệm vụ.", "II. NHIỆM VỤ CỤ THỂ", "PHỤ LỤC",
          "DANH MỤC NHIỆM VỤ"]
AFTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Tâm"]
HEADER = ["STT", "Nội dung công việc", "Thời gian thực hiện", "Ghi chú"]


def _read(path) -> list[tuple]:
    return [(t.number, [m.name for m in t.lead], [m.name for m in t.support], t.deadline.text if t.deadline else None)
            for t in process(path).tasks]


def _one(tmp_path, form, content, note, header=HEADER):
    rows = [header, ["1", content, "Quý II/2026", note]]
    tasks = _read(write_with_table(tmp_path, BEFORE, rows, AFTER, form))
    assert len(tasks) == 1
    return tasks[0]


# -- Finding 1: a body the note marks as help is no lead ----------------------------------------------------------------

@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("note, helpers", [
    ("Chủ trì: Sở Y tế; Sở Tài chính phối hợp", ["Sở Tài chính"]),
    ("Chủ trì: Sở Y tế, Sở Tài chính phối hợp", ["Sở Tài chính"]),
    ("Chủ trì: Sở Y tế; Đề nghị Ủy ban MTTQ tỉnh phối hợp", ["Ủy ban MTTQ tỉnh"]),
    ("Chủ trì: Sở Y tế, Sở Tài chính tham mưu UBND tỉnh", ["Sở Tài chính"]),
    ("Chủ trì: Sở Y tế, UBND các xã thực hiện", ["UBND các xã"]),
    ("Chủ trì: Sở Y tế; Sở Tài chính, Công an tỉnh tham gia", ["Sở Tài chính", "Công an tỉnh"]),
    ("Chủ trì: Sở Y tế; các sở, ngành liên quan phối hợp", ["các sở, ngành liên quan"]),
    ("Chủ trì: Sở Y tế (Sở Tài chính phối hợp)", ["Sở Tài chính"]),
    ("Chủ trì: Sở Y tế, Sở Tài chính có trách nhiệm phối hợp", ["Sở Tài chính"]),
    # variants of our own
    ("Chủ trì: Sở Nội vụ; Sở Tư pháp phối hợp thực hiện", ["Sở Tư pháp"]),
    ("Chủ trì: Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh tham gia phối hợp", ["Bộ Chỉ huy Quân sự tỉnh"]),
    ("Chủ trì: Sở Công Thương; Đề nghị Liên đoàn Lao động tỉnh phối hợp", ["Liên đoàn Lao động tỉnh"]),
])
def test_a_helper_in_the_note_is_no_lead(tmp_path, form, note, helpers):
    _, lead, _, _ = _one(tmp_path, form, "Tổ chức lớp tập huấn kỹ năng làm du lịch cộng đồng", note)
    assert not any(helper.casefold() in name.casefold() for name in lead for helper in helpers), lead


# -- Finding 2: the content cell's own roles win over a note ------------------------------------------------------------

@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("content, note, lead, support", [
    ("Tổ chức lớp tập huấn kỹ năng làm du lịch cộng đồng (Sở Y tế chủ trì, Sở Tài chính phối hợp)",
     "Chủ trì: Sở Y tế", ["Sở Y tế"], ["Sở Tài chính"]),
    ("Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát các văn bản quy phạm pháp luật",
     "Chủ trì: Sở Tư pháp", ["Sở Tư pháp"], ["Sở Nội vụ"]),
    ("Rà soát, sắp xếp các đơn vị sự nghiệp công lập (Sở Nội vụ chủ trì)", "Chủ trì: Sở Y tế", ["Sở Nội vụ"], []),
    # variants of our own
    ("Kiểm tra an toàn thực phẩm tại bếp ăn tập thể (Sở Y tế chủ trì, Công an tỉnh phối hợp)",
     "Chủ trì: Sở Y tế", ["Sở Y tế"], ["Công an tỉnh"]),
    ("Xây dựng bộ nhận diện thương hiệu du lịch (Sở Công Thương chủ trì)", "Chủ trì: Sở Tài chính",
     ["Sở Công Thương"], []),
])
def test_the_contents_roles_win_over_the_note(tmp_path, form, content, note, lead, support):
    _, got_lead, got_support, _ = _one(tmp_path, form, content, note)
    assert (got_lead, got_support) == (lead, support)


# -- Finding 3: a note going on past the bodies gives no body with its words ------------------------------------------

@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("note", [
    "Chủ trì: Sở Y tế (đã hoàn thành)",
    "Chủ trì: Sở Y tế (đ/c Nguyễn Văn An)",
    "Chủ trì: Sở Y tế; Phối hợp: Sở Tài chính. Kinh phí ngân sách tỉnh",
    "Chủ trì: Sở Y tế\nPhối hợp: Sở Tài chính\nKinh phí: ngân sách tỉnh",
    "Chủ trì: Sở Y tế, Quý II/2026",
    "Chủ trì: UBND tỉnh giao Sở Y tế",
    "Chủ trì: Sở Y tế - đồng chí Nguyễn Văn An",
    "Chủ trì: Sở Y tế. Đầu mối: Nguyễn Văn An",
    # variants of our own
    "Chủ trì: Sở Nội vụ (đang thực hiện)",  # guard: read as none before too
    "Chủ trì: Sở Tư pháp; Phối hợp: Công an tỉnh. Nguồn ngân sách tỉnh",
])
def test_a_note_going_on_past_the_bodies_names_none_with_its_words(tmp_path, form, note):
    _, lead, support, _ = _one(tmp_path, form, "Tổ chức lớp tập huấn kỹ năng làm du lịch cộng đồng", note)
    words = ("hoàn thành", "đang", "Nguyễn", "Kinh phí", "ngân sách", "Quý", "giao", "Đầu mối", "đồng chí", "đ/c")
    assert not any(word.casefold() in name.casefold() for name in lead + support for word in words), (lead, support)
    assert not lead  # d3c645b's reading: a note gives no lead


# -- Finding 4: a group title's lead with a scope after it is kept --------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Nhiệm vụ của UBND các xã trên địa bàn quản lý",
    "Nhiệm vụ giao Công an tỉnh trong phạm vi chức năng",
    # variants of our own
    "Nhiệm vụ của Sở Y tế trong phạm vi quản lý",
    "Nhiệm vụ giao Sở Công Thương theo địa bàn phụ trách",  # guard: kept before too
])
def test_a_group_titles_lead_with_its_scope_is_not_lost(title):
    assert lead_in_group_title(title) is not None


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_group_rows_lead_with_its_scope_is_not_lost(tmp_path, form):
    rows = [["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
            ["I", "Nhiệm vụ giao Công an tỉnh trong phạm vi chức năng", "", "", ""],
            ["1", "Tuyên truyền phòng chống tội phạm ma túy", "", "Sở Y tế", "Quý II/2026"],
            ["II", "NHIỆM VỤ CỦA UBND CÁC XÃ TRÊN ĐỊA BÀN QUẢN LÝ", "", "", ""],
            ["2", "Rà soát hộ nghèo, hộ cận nghèo", "", "Sở Nội vụ", "Quý III/2026"]]
    assert all(lead for _, lead, _, _ in _read(write_with_table(tmp_path, BEFORE, rows, AFTER, form)))


# -- Finding 5: a time cell's period is not spread over other rows in a copy a cell a line ------------------------------

def _text_copy(tmp_path, header, rows):
    return _read(write_in_form(tmp_path, BEFORE + header + [cell for row in rows for cell in row] + AFTER, "text"))


@pytest.mark.parametrize("times", [
    ["Quý I", "Quý Hai", "Tháng Sáu"],
    ["Quý I", "Kỳ I", "Tháng Sáu"],
    # variants of our own
    ["Quý I", "Quý Ba", "Tháng Chín"],
    pytest.param(["Quý II", "Quý Hai", "Tháng Sáu"], marks=pytest.mark.xfail(strict=True, reason=(
        "in d3c645b too: 'Quý Hai', 'Tháng Sáu' read as bodies (a person's two capitalised words), the rows' time "
        "cells empty, filled from row 1's: the fill is not found yet"))),
])
def test_a_period_is_not_given_to_other_rows(tmp_path, times):
    header = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
    tasks = ["Tổ chức lớp tập huấn kỹ năng làm du lịch cộng đồng", "Xây dựng bộ nhận diện thương hiệu du lịch",
             "Khảo sát, đánh giá các điểm du lịch cộng đồng"]
    rows = [[str(i + 1), task, "Sở Y tế", "Sở Tài chính", times[i]] for i, task in enumerate(tasks)]
    got = _text_copy(tmp_path, header, rows)
    assert [deadline for *_, deadline in got[1:3]] == [None, None], got


def test_a_persons_column_keeps_each_rows_person_and_time(tmp_path):
    header = ["STT", "Nội dung công việc", "Người phụ trách", "Thời gian"]
    rows = [["1", "Tổ chức lớp tập huấn kỹ năng làm du lịch cộng đồng", "Nguyễn Thị Quý", "Quý II/2026"],
            ["2", "Xây dựng bộ nhận diện thương hiệu du lịch", "Quý I", "Quý II/2026"],
            ["3", "Khảo sát, đánh giá các điểm du lịch cộng đồng", "Lê Văn Quý", "Quý II/2026"]]
    got = _text_copy(tmp_path, header, rows)
    assert got[1][1] != ["Nguyễn Thị Quý"] and got[1][3] == "Quý II/2026", got
