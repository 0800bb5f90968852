"""Review of s46-sections (s46-fixsec): the rules s46 added that read a body's task, a wrapped line or a caption as
something else — a confident wrong value each.

(1-3) closing_follow_ups (a sentence "X theo dõi, tổng hợp, báo cáo UBND tỉnh." after a request about difficulties
taken into the closing) took any clause as its subject: real tasks after the request ("Công an tỉnh xử lý nghiêm các
vi phạm, tổng hợp, báo cáo UBND tỉnh.") moved to the closing and their assignments vanished; even a genuine follow-up
gives a body a duty. The rule is out: the sentence stays the last point's text, with its assignment (the s45 reading).
(4) A plain title line between points ("Hội Nông dân tỉnh", the end of "b) … phối hợp với") read as the heading of the
list under it: a title line only after a line that closes, never a caption ("Biểu 1: …") nor a lead-in ("Các cơ quan
phối hợp:", "Cụ thể như sau:"), and only where a number is proved lost (the next number skips one).
(5) A line in capitals after a part's content read as the part whose "II." was lost: only the line right before "1.".

Fixtures are written for the test (names made up), from the reviewer's harness (/tmp/sections/cases1-6.py).
"""

from __future__ import annotations

import pytest
from section_trees import read

PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ LONG"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Long, ngày 18 tháng 8 năm 2026"]
CLOSE = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lý Minh Khoa"]
PLAN = [*PROVINCE, "Số: 233/KH-UBND", *MOTTO, "KẾ HOẠCH", "Phát triển kinh tế tập thể năm 2027",
        "Thực hiện Nghị quyết số 20/NQ-TW, UBND tỉnh ban hành Kế hoạch như sau:"]
DIRECTIVE = [*PROVINCE, "Số: 09/CT-UBND", *MOTTO, "CHỈ THỊ", "Về tăng cường phòng, chống cháy rừng mùa khô năm 2027",
             "Mùa khô năm 2027 dự báo nắng nóng kéo dài. Để chủ động phòng ngừa, Chủ tịch UBND tỉnh chỉ thị:"]
DIRECTIVE_CLOSE = ["Nơi nhận:", "- Bộ Nông nghiệp và Môi trường;", "- Lưu: VT.", "CHỦ TỊCH", "Trịnh Văn Bắc"]
HEAD = ["I. MỤC TIÊU", "Phát triển 50 hợp tác xã mới.", "II. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính chủ trì, hướng dẫn.",
        "2. UBND các huyện triển khai tại địa phương."]
DIFF = "Trong quá trình triển khai, nếu có vướng mắc, các đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh."
FORMS = ["text", "docx"]


def _last_point(doc):
    return [n for n in doc.sections if n.kind == "roman"][-1].children[-1]


def _closing(doc):
    (closing,) = [n for n in doc.sections if n.kind == "closing"]
    return closing


# --- (1) a task after the request about difficulties: the last point's, with its assignment --------------------------

TASKS = [  # (the sentence, the bodies it gives a duty)
    ("Công an tỉnh xử lý nghiêm các vi phạm, tổng hợp, báo cáo UBND tỉnh.", ["Công an tỉnh"]),
    ("Sở Tài chính bố trí kinh phí và kiểm tra việc thực hiện.", ["Sở Tài chính"]),
    ("Sở Thông tin và Truyền thông xây dựng phần mềm theo dõi, tổng hợp, báo cáo UBND tỉnh.",
     ["Sở Thông tin và Truyền thông"]),
    ("UBND các huyện chỉ đạo UBND các xã thành lập tổ công tác kiểm tra, giám sát.", ["UBND các huyện"]),
    ("Giao Thanh tra tỉnh thanh tra việc sử dụng kinh phí và giám sát việc thực hiện.", []),
    ("Sở Kế hoạch và Đầu tư hướng dẫn, kiểm tra việc thực hiện.", ["Sở Kế hoạch và Đầu tư"]),
    ("Sở Y tế, Sở Giáo dục và Đào tạo, UBND các huyện theo dõi, tổng hợp, báo cáo UBND tỉnh.",
     ["Sở Y tế", "Sở Giáo dục và Đào tạo", "UBND các huyện"]),
    # variants: another kind of body, a task with "chủ trì", a task worded as a follow-up with "đánh giá"
    ("Ban Dân tộc chủ trì kiểm tra, giám sát, báo cáo UBND tỉnh.", ["Ban Dân tộc"]),
    ("Liên minh Hợp tác xã tỉnh tổng hợp, đánh giá, báo cáo UBND tỉnh.", ["Liên minh Hợp tác xã tỉnh"]),
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("task, bodies", TASKS, ids=[f"t{k}" for k in range(len(TASKS))])
def test_a_task_after_the_difficulties_request_stays_the_last_points(tmp_path, form, task, bodies):
    doc = read(tmp_path, [*PLAN, *HEAD, DIFF, task, *CLOSE], form)
    assert task in _last_point(doc).text
    assert _closing(doc).text.startswith("Nơi nhận")
    for body in bodies:
        assert any(a.agency.name == body and task in a.duty for a in doc.assignments), body


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("task", ["Công an tỉnh chỉ đạo lực lượng chức năng tăng cường tuần tra, kiểm tra.",
                                  "UBND các huyện, thị xã, thành phố tổ chức kiểm tra, giám sát.",
                                  "Sở Kế hoạch và Đầu tư hướng dẫn, kiểm tra việc thực hiện."])
def test_a_direction_after_a_directives_closing_request_stays_the_last_directions(tmp_path, form, task):
    request = "Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện nghiêm túc thực hiện Chỉ thị này."
    doc = read(tmp_path, [*DIRECTIVE, "1. Sở Nông nghiệp và Môi trường chỉ đạo kiểm lâm tuần tra.",
                          "2. Công an tỉnh điều tra các vụ cháy.", request, task, *DIRECTIVE_CLOSE], form)
    last = [n for n in doc.sections if n.kind == "arabic"][-1]
    assert task in last.text
    assert _closing(doc).text.startswith("Nơi nhận")


# --- (2) a loose difficulties sentence that is a task, then a follow-up: both the body's -------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("loose", [
    "Trong quá trình thực hiện, UBND các huyện chủ động tháo gỡ khó khăn, vướng mắc cho hợp tác xã.",
    "Trong quá trình thực hiện, Sở Tài chính hướng dẫn các huyện giải quyết khó khăn, vướng mắc.",
])
@pytest.mark.parametrize("follow_up", ["Sở Nội vụ theo dõi, tổng hợp, báo cáo UBND tỉnh.",
                                       "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch này."])
def test_a_loose_difficulties_task_and_a_follow_up_stay_the_bodys(tmp_path, form, loose, follow_up):
    doc = read(tmp_path, [*PLAN, *HEAD, loose, follow_up, *CLOSE], form)
    last = _last_point(doc)
    assert loose in last.text and follow_up in last.text
    assert _closing(doc).text.startswith("Nơi nhận")
    body = follow_up.split(" theo dõi")[0]
    assert any(a.agency.name == body and follow_up in a.duty for a in doc.assignments)


# --- (3) a genuine follow-up after the request: a duty all the same, the last point's --------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("follow_up, body", [
    ("Sở Nội vụ theo dõi, tổng hợp kết quả thực hiện, báo cáo UBND tỉnh.", "Sở Nội vụ"),
    ("Sở Nội vụ theo dõi, tổng hợp, báo cáo UBND tỉnh.", "Sở Nội vụ"),
    ("Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch này.", "Văn phòng UBND tỉnh"),
])
def test_a_follow_up_after_the_difficulties_request_keeps_its_assignment(tmp_path, form, follow_up, body):
    doc = read(tmp_path, [*PLAN, *HEAD, DIFF, follow_up, *CLOSE], form)
    assert DIFF in _last_point(doc).text and follow_up in _last_point(doc).text
    assert _closing(doc).text.startswith("Nơi nhận")
    assert any(a.agency.name == body and follow_up in a.duty for a in doc.assignments)


# --- (4) a plain line between points: a heading only after a closed line, no caption nor lead-in, a number lost -----

P = [*PLAN, "I. MỤC TIÊU", "Phát triển 50 hợp tác xã mới.", "II. NHIỆM VỤ"]
T = ["III. TỔ CHỨC THỰC HIỆN", "Sở Tài chính chủ trì.", *CLOSE]


def _unnumbered(doc) -> list[str | None]:
    return [n.heading for top in doc.sections for n in top.walk() if n.kind == "unnumbered"]


@pytest.mark.parametrize("form", ["text", "docx", "html"])
@pytest.mark.parametrize("lines", [
    # a point wrapped after "với": its second line a body's name, the list under it the item's
    ["1. Tuyên truyền", "a) Đăng tin trên báo;", "b) Tổ chức hội nghị phối hợp với", "Hội Nông dân tỉnh",
     "a) Tại các huyện;", "b) Tại các xã.", "2. Kiểm tra hằng quý."],
    ["1. Tuyên truyền", "a) Đăng tin trên báo;", "b) Tổ chức hội nghị phối hợp với", "Hội Nông dân tỉnh",
     "a) Tại các huyện;", "b) Tại các xã.", "3. Kiểm tra hằng quý."],
    ["1. Tuyên truyền", "a) Đăng tin trên báo và phối hợp với", "b) Tổ chức hội nghị với", "Hội Nông dân tỉnh",
     "a) Tư vấn;", "b) Đào tạo.", "3. Kiểm tra hằng quý."],
    ["1. Tuyên truyền", "a) Đăng tin trên báo;", "b) Tổ chức hội nghị tại", "Trung tâm Hội nghị tỉnh",
     "a) Tại các huyện;", "b) Tại các xã.", "2. Kiểm tra hằng quý."],
    # a clause with no full stop, no number lost
    ["1. Tuyên truyền", "a) Trên báo chí;", "b) Tại cơ sở.", "Ngoài ra các huyện cần chú ý", "a) Vùng sâu;",
     "b) Vùng xa.", "2. Kiểm tra hằng quý."],
    ["1. Tuyên truyền", "a) Trên báo chí;", "b) Tại cơ sở.", "Sở Y tế", "a) Khám sức khỏe;", "b) Tiêm chủng.",
     "2. Kiểm tra hằng quý."],
    # a caption, a lead-in of a list of bodies, a sentence's lead-in, with a skip
    ["1. Chỉ tiêu", "a) Hợp tác xã: 50;", "b) Thành viên: 1.500.", "Biểu 1: Chỉ tiêu theo huyện", "a) Huyện A: 20;",
     "b) Huyện B: 30.", "3. Kiểm tra hằng quý."],
    ["1. Chỉ tiêu", "a) Hợp tác xã: 50;", "b) Thành viên: 1.500.", "Bảng 2 Chỉ tiêu theo xã", "a) Xã A: 20;",
     "b) Xã B: 30.", "3. Kiểm tra hằng quý."],
    ["1. Tuyên truyền:", "a) Sở Văn hóa đăng tin;", "b) Đài tỉnh phát sóng.", "Các cơ quan phối hợp:", "a) Sở Y tế;",
     "b) Sở Giáo dục và Đào tạo.", "3. Kiểm tra hằng quý."],
    ["1. Tuyên truyền:", "a) Trên báo chí;", "b) Tại cơ sở.", "Cụ thể như sau:", "a) Tư vấn;", "b) Đào tạo.",
     "3. Kiểm tra hằng quý."],
    ["1. Tuyên truyền:", "a) Trên báo chí;", "b) Tại cơ sở.", "Những đơn vị tham gia gồm:", "a) Hội Nông dân;",
     "b) Hội Phụ nữ.", "3. Kiểm tra hằng quý."],
], ids=["wrapped_body_2", "wrapped_body_3", "wrapped_body_3b", "wrapped_place_2", "clause_2", "body_2",
        "bieu_3", "bang_3", "cac_colon_3", "cu_the_3", "nhung_colon_3"])
def test_a_plain_line_between_points_heads_nothing(tmp_path, form, lines):
    doc = read(tmp_path, [*P, *lines, *T], form)
    assert _unnumbered(doc) == []
    assert not any(t.lead and t.lead[0].name in ("Hội Nông dân tỉnh", "Sở Y tế", "Trung tâm Hội nghị tỉnh")
                   and t.content.startswith(("Tại", "Khám", "Tiêm")) for t in doc.tasks)


# --- (5) a line in capitals for a lost "II.": only the one right before "1." -------------------------------------------

@pytest.mark.parametrize("form", ["text", "docx", "html"])
@pytest.mark.parametrize("heading", ["NHIỆM VỤ", "NHIỆM VỤ, GIẢI PHÁP"])
def test_the_lost_part_is_the_capital_line_right_before_its_items(tmp_path, form, heading):
    lines = [*PLAN, "I. MỤC TIÊU", "Hưởng ứng phong trào", "CẢ NƯỚC CHUNG TAY VÌ NGƯỜI NGHÈO", "Giảm 1,5% hộ nghèo.",
             heading, "1. Tuyên truyền.", "2. Hỗ trợ sinh kế.", "III. TỔ CHỨC THỰC HIỆN", "Sở Tài chính chủ trì.", *CLOSE]
    doc = read(tmp_path, lines, form)
    tops = [n for n in doc.sections if n.kind not in ("opening", "closing")]
    assert [(n.kind, n.heading) for n in tops] == [("roman", "MỤC TIÊU"), ("unnumbered", heading),
                                                   ("roman", "TỔ CHỨC THỰC HIỆN")]
    assert "CẢ NƯỚC CHUNG TAY" in tops[0].text and "Giảm 1,5%" in tops[0].text
    assert [n.label for n in tops[1].children] == ["1.", "2."] and heading not in tops[1].text


@pytest.mark.parametrize("form", ["text", "docx", "html"])
@pytest.mark.parametrize("under", [["Giảm 1,5% hộ nghèo."], ["Giảm 1,5% hộ nghèo.", "Tăng thu nhập 10%."]])
def test_a_capital_line_not_right_before_items_stays_the_parts_text(tmp_path, form, under):
    lines = [*PLAN, "I. MỤC TIÊU", "Hưởng ứng phong trào", "CẢ NƯỚC CHUNG TAY VÌ NGƯỜI NGHÈO", *under,
             "III. TỔ CHỨC THỰC HIỆN", "Sở Tài chính chủ trì.", *CLOSE]
    doc = read(tmp_path, lines, form)
    tops = [n for n in doc.sections if n.kind not in ("opening", "closing")]
    assert [(n.kind, n.number) for n in tops] == [("roman", "I"), ("roman", "III")]
    assert "CẢ NƯỚC CHUNG TAY" in tops[0].text and under[-1] in tops[0].text
