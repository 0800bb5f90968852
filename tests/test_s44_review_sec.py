"""The s44 review of the section tree (rev3, on 2dacaf3; 78 of these cases failed on s44-lead f4ca0ec): a request or a difficulty sentence taken into the closing out
of its node (its task and its deadline with it), a Roman look-alike read where the Arabic numbering goes on ("1l." between
items 10 and 12, "l." before "2." and "3.") or before a table's row or a mark ("|- TỔNG CỘNG |", "!. CHÚ Ý"), a Roman
part continuing the numbering before an Đề án's letters made the last letter's child, and a table's group or total row
taken for an annex's title. Every fixture is written for the test, names and numbers made up."""

from __future__ import annotations

import pytest
from conftest import write_in_form, write_with_table
from test_sections_s44_blind import CLOSE, LETTER, MOTTO, PLAN, PROVINCE
from test_structure_s29 import N, wrong_nodes

from pipeline.run import process

FORMS = ["text", "docx"]
MORE_FORMS = ["text", "docx", "html", "pdf"]


def _read(tmp_path, lines, form):
    return process(write_in_form(tmp_path, lines, form, pdf_rows=(30.0, 13, 9)))


def _holder(doc, line):
    """The (kind, number) of the node whose own text holds ``line``."""
    for top in doc.sections:
        for node in top.walk():
            if line in " ".join((node.text or "").split()):
                return node.kind, node.number
    return None


DEC = [*PROVINCE, "Số: 15/2026/QĐ-UBND", *MOTTO, "QUYẾT ĐỊNH", "Ban hành Quy chế phối hợp quản lý cụm công nghiệp",
       "ỦY BAN NHÂN DÂN TỈNH LONG ĐIỀN", "Căn cứ Luật Tổ chức chính quyền địa phương;", "QUYẾT ĐỊNH:"]
REPORT = [*PROVINCE, "Số: 120/BC-UBND", *MOTTO, "BÁO CÁO", "Kết quả số hóa năm 2026", "I. KẾT QUẢ", "Đạt 90%."]
CHIEFS = "Đề nghị Chủ tịch các xã chỉ đạo các thôn triển khai thực hiện tiêm phòng đợt 2 cho đàn gia súc."
BUDGET = "Quá trình thực hiện, trường hợp phát sinh nhu cầu kinh phí, các đơn vị lập dự toán gửi Sở Tài chính trước ngày 30/6/2026."
OUTBREAK = ("Trong quá trình thực hiện, khi phát sinh ổ dịch mới, UBND các xã tổ chức tiêu hủy gia súc bệnh và báo cáo UBND "
            "huyện trong ngày.")
AMEND = ("Quá trình thực hiện, nếu phát sinh vướng mắc, các đơn vị phản ánh về Sở Công Thương để tổng hợp, trình UBND tỉnh "
         "sửa đổi, bổ sung./.")
CENTRAL = "Đề nghị các Bộ, ngành Trung ương quan tâm, hỗ trợ tỉnh triển khai thực hiện."
VACCINE = "Đề nghị các xã tổ chức tiêm phòng cho toàn bộ đàn gia súc, gia cầm và triển khai thực hiện."
GENERAL = "Đề nghị các sở, ngành, UBND các huyện căn cứ Kế hoạch chủ động triển khai thực hiện."
COMMUNES = "Đề nghị các xã, thị trấn phối hợp chặt chẽ với Sở Nông nghiệp trong quá trình triển khai thực hiện."
PART_II = [*PLAN, "I. MỤC TIÊU", "Số hóa 100% hồ sơ.", "II. TỔ CHỨC THỰC HIỆN"]

# name: (lines, the sentence, the (kind, number) of the node that must hold it)
STAYS = {
    # findings 1 and 2 (the reviewer's inputs)
    "point_colon_then_request": ([*PART_II, "1. Sở Nông nghiệp chủ trì, hướng dẫn các địa phương.", "2. Đối với UBND cấp xã:",
                                  CHIEFS, *CLOSE], CHIEFS, ("arabic", "2")),
    "part_with_no_points_two_requests": ([*PART_II, GENERAL, COMMUNES, *CLOSE], COMMUNES, ("roman", "II")),
    "point_title_two_requests": ([*PART_II, "1. Sở Nông nghiệp", "Chủ trì, hướng dẫn các địa phương.", "2. UBND cấp xã",
                                  "Đề nghị các xã chỉ đạo các thôn triển khai thực hiện.", "Đề nghị các thôn phối hợp thực hiện.",
                                  *CLOSE], "Đề nghị các thôn phối hợp thực hiện.", ("arabic", "2")),
    "letter_item_task_request": ([*LETTER, VACCINE, *CLOSE], VACCINE, ("arabic", "2")),
    "report_proposal_last": ([*REPORT, "II. ĐỀ XUẤT, KIẾN NGHỊ", "1. Đề nghị Bộ Nông nghiệp bổ sung kinh phí.",
                              "2. Đề nghị Bộ Tài chính hướng dẫn cơ chế.", CENTRAL, *CLOSE], CENTRAL, ("arabic", "2")),
    "budget_deadline": ([*PLAN, "I. MỤC TIÊU", "Số hóa 100% hồ sơ.", "II. KINH PHÍ", "Kinh phí từ ngân sách tỉnh.", BUDGET, *CLOSE],
                        BUDGET, ("roman", "II")),
    "outbreak_task_under_point": ([*PART_II, "1. Sở Nông nghiệp chủ trì.", "2. UBND các huyện phối hợp.", OUTBREAK, *CLOSE],
                                  OUTBREAK, ("arabic", "2")),
    "decision_last_article": ([*DEC, "Điều 1. Phạm vi điều chỉnh", "Quy chế này quy định việc phối hợp.", "Điều 2. Tổ chức thực hiện",
                               "Giám đốc các sở chịu trách nhiệm thực hiện Quy chế này.", AMEND, *CLOSE], AMEND, ("article", "2")),
    # variants of our own: a general request under a part's own text; a request naming one body's chief under a
    # point; a difficulty sentence with a deadline after a point that ended
    "general_request_after_part_text": ([*PART_II, "Sở Nông nghiệp chủ trì, hướng dẫn các địa phương.",
                                         "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện.", *CLOSE],
                                        "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện.", ("roman", "II")),
    "chief_request_after_point": ([*LETTER, "Đề nghị Giám đốc các sở chỉ đạo kiểm tra các bếp ăn tập thể, triển khai thực hiện.",
                                   *CLOSE], "Đề nghị Giám đốc các sở chỉ đạo kiểm tra các bếp ăn tập thể, triển khai thực hiện.",
                                  ("arabic", "2")),
    "difficulty_with_deadline_after_point": ([*LETTER, "Trong quá trình triển khai, nếu có vướng mắc, các đơn vị báo cáo về Sở Y tế "
                                              "trước ngày 15/5/2026.", *CLOSE],
                                             "Trong quá trình triển khai, nếu có vướng mắc, các đơn vị báo cáo về Sở Y tế "
                                             "trước ngày 15/5/2026.", ("arabic", "2")),
    "request_support_after_point": ([*LETTER, "Đề nghị các sở, ngành hỗ trợ các huyện triển khai thực hiện.", *CLOSE],
                                    "Đề nghị các sở, ngành hỗ trợ các huyện triển khai thực hiện.", ("arabic", "2")),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(STAYS))
def test_a_request_or_a_difficulty_stays_in_its_node(tmp_path, name, form):
    lines, line, holder = STAYS[name]
    doc = _read(tmp_path, lines, form)
    assert _holder(doc, line) == holder
    closing = next((n for n in doc.sections if n.kind == "closing"), None)
    assert closing is None or line not in " ".join((closing.text or "").split())


@pytest.mark.parametrize("form", ["html", "pdf"])
@pytest.mark.parametrize("name", ["point_colon_then_request", "budget_deadline", "outbreak_task_under_point", "decision_last_article"])
def test_a_request_stays_in_its_node_in_more_forms(tmp_path, name, form):
    lines, line, holder = STAYS[name]
    assert _holder(_read(tmp_path, lines, form), line) == holder


# --- findings 3 and 4: Roman look-alikes ----------------------------------------------------------------------------

LOOK_ALIKES = {
    "one_l_eleven": ([*PLAN, "I. NHIỆM VỤ", *[f"{k}. Nhiệm vụ số {k}." for k in range(1, 11)], "1l. KINH PHÍ THỰC HIỆN",
                      "Từ ngân sách tỉnh.", "12. Nhiệm vụ số 12.", *CLOSE],
                     [N("roman", "I", "NHIỆM VỤ", "", *[N("arabic", str(k), None, f"số {k}.") for k in range(1, 11)],
                        N("arabic", "11", "KINH PHÍ THỰC HIỆN", "ngân sách"), N("arabic", "12", None, "số 12"))]),
    "l_first_of_arabic": ([*PLAN, "l. MỤC ĐÍCH, YÊU CẦU", "Số hóa 100% hồ sơ.", "2. NỘI DUNG", "Rà soát bản đồ.",
                           "3. TỔ CHỨC THỰC HIỆN", "Sở Nông nghiệp chủ trì.", *CLOSE],
                          [N("arabic", "1", "MỤC ĐÍCH, YÊU CẦU", "100%"), N("arabic", "2", "NỘI DUNG", "bản đồ"),
                           N("arabic", "3", "TỔ CHỨC THỰC HIỆN", "chủ trì")]),
    # variants: a pipe for the 1 before 2; "l1." (11) after 10 with no 12 after
    "pipe_first_of_arabic": ([*PLAN, "|. MỤC ĐÍCH", "Số hóa hồ sơ.", "2. NỘI DUNG", "Rà soát.", *CLOSE],
                             [N("arabic", "1", "MỤC ĐÍCH", "Số hóa"), N("arabic", "2", "NỘI DUNG", "Rà soát")]),
    "l1_after_ten": ([*PLAN, "I. NHIỆM VỤ", *[f"{k}. Nhiệm vụ số {k}." for k in range(1, 11)], "l1. KINH PHÍ",
                      "Từ ngân sách tỉnh.", "II. TỔ CHỨC THỰC HIỆN", "Sở chủ trì.", *CLOSE],
                     [N("roman", "I", "NHIỆM VỤ", "", *[N("arabic", str(k), None, f"số {k}.") for k in range(1, 11)],
                        N("arabic", "11", "KINH PHÍ", "ngân sách")),
                      N("roman", "II", "TỔ CHỨC THỰC HIỆN", "chủ trì")]),
}


@pytest.mark.parametrize("form", MORE_FORMS)
@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_a_look_alike_the_arabic_numbering_continues(tmp_path, name, form):
    lines, expected = LOOK_ALIKES[name]
    assert wrong_nodes(_read(tmp_path, lines, form).sections, expected) == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", ["l/ YÊU CẦU", "l- MỤC TIÊU", "|- TỔNG CỘNG |  |", "|-NHIỆM VỤ CHUNG|", "!. CHÚ Ý QUAN TRỌNG",
                                  "!/ LƯU Ý"])
def test_a_look_alike_with_other_marks_is_no_part(tmp_path, form, line):
    """A document with no Roman part printed with that mark: the line is no Roman part."""
    lines = [*PLAN, line, "Số hóa hồ sơ.", "1. Rà soát bản đồ.", "2. Cập nhật dữ liệu.", *CLOSE]
    doc = _read(tmp_path, lines, form)
    assert [n for n in doc.sections if n.kind == "roman"] == []


# --- finding 5: a Roman part continuing the numbering before an Đề án's letters ----------------------------------

HEAD = [*PROVINCE, "Số: 09/ĐA-UBND", *MOTTO, "ĐỀ ÁN", "Phát triển làng nghề giai đoạn 2026 - 2030"]
LETTER_GROUPS = {
    "letters_then_roman_continues": (
        [*HEAD, "PHẦN I", "KẾT QUẢ NĂM 2025", "I. KINH TẾ", "Tăng 8%.", "II. XÃ HỘI", "Ổn định.", "PHẦN II", "PHƯƠNG HƯỚNG NĂM 2026",
         "A. NÔNG NGHIỆP", "1. Trồng lúa.", "B. CÔNG NGHIỆP", "1. Xây nhà máy.", "III. KIẾN NGHỊ", "Đề xuất tỉnh hỗ trợ vốn.", *CLOSE],
        [N("part", "I", "KẾT QUẢ NĂM 2025", "", N("roman", "I", "KINH TẾ", "8%"), N("roman", "II", "XÃ HỘI", "Ổn định")),
         N("part", "II", "PHƯƠNG HƯỚNG NĂM 2026", "", N("upper_letter", "A", "NÔNG NGHIỆP", "", N("arabic", "1", None, "lúa")),
           N("upper_letter", "B", "CÔNG NGHIỆP", "", N("arabic", "1", None, "nhà máy")),
           N("roman", "III", "KIẾN NGHỊ", "hỗ trợ vốn"))]),
    # variant: two Roman parts go on (III, IV), with items under them
    "letters_then_two_romans_continue": (
        [*HEAD, "PHẦN I", "KẾT QUẢ NĂM 2025", "I. KINH TẾ", "Tăng 8%.", "II. XÃ HỘI", "Ổn định.", "PHẦN II", "PHƯƠNG HƯỚNG NĂM 2026",
         "A. NÔNG NGHIỆP", "1. Trồng lúa.", "B. CÔNG NGHIỆP", "1. Xây nhà máy.", "III. GIẢI PHÁP", "1. Hỗ trợ vốn.",
         "IV. KIẾN NGHỊ", "Đề xuất tỉnh.", *CLOSE],
        [N("part", "I", "KẾT QUẢ NĂM 2025", "", N("roman", "I", "KINH TẾ", "8%"), N("roman", "II", "XÃ HỘI", "Ổn định")),
         N("part", "II", "PHƯƠNG HƯỚNG NĂM 2026", "", N("upper_letter", "A", "NÔNG NGHIỆP", "", N("arabic", "1", None, "lúa")),
           N("upper_letter", "B", "CÔNG NGHIỆP", "", N("arabic", "1", None, "nhà máy")),
           N("roman", "III", "GIẢI PHÁP", "", N("arabic", "1", None, "Hỗ trợ vốn")),
           N("roman", "IV", "KIẾN NGHỊ", "Đề xuất"))]),
    # no Roman part before the letters: the Roman parts numbered on across them stay the letters' (as before)
    "letters_first_romans_under_them": (
        [*HEAD, "A. KẾT QUẢ NĂM 2025", "I. KINH TẾ", "Tăng 8%.", "II. XÃ HỘI", "Ổn định.", "B. PHƯƠNG HƯỚNG NĂM 2026",
         "III. NHIỆM VỤ", "Tăng 9%.", *CLOSE],
        [N("upper_letter", "A", "KẾT QUẢ NĂM 2025", "", N("roman", "I", "KINH TẾ", "8%"), N("roman", "II", "XÃ HỘI", "Ổn định")),
         N("upper_letter", "B", "PHƯƠNG HƯỚNG NĂM 2026", "", N("roman", "III", "NHIỆM VỤ", "9%"))]),
}


@pytest.mark.parametrize("form", MORE_FORMS)
@pytest.mark.parametrize("name", sorted(LETTER_GROUPS))
def test_a_roman_part_continuing_before_the_letters_is_no_letters_child(tmp_path, name, form):
    lines, expected = LETTER_GROUPS[name]
    assert wrong_nodes(_read(tmp_path, lines, form).sections, expected) == []


# --- finding 6: an annex's first row that is a group's or a total's --------------------------------------------------

PLAN_BODY = [*PLAN, "I. NHIỆM VỤ", "Chi tiết tại Phụ lục kèm theo.", "II. TỔ CHỨC THỰC HIỆN", "Các sở thực hiện.", *CLOSE]
ROWS = [["1", "Số hóa hồ sơ địa chính", "Sở Nông nghiệp", "Tháng 6/2026"], ["2", "Cập nhật bản đồ", "Sở Xây dựng", "Tháng 9/2026"]]
HDR = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]


@pytest.mark.parametrize("form", ["docx", "html"])
@pytest.mark.parametrize("first_row, header", [
    ("NHÓM NHIỆM VỤ VỀ THỂ CHẾ", False), ("NHIỆM VỤ TRỌNG TÂM", True), ("TỔNG CỘNG", True),
    ("LĨNH VỰC Y TẾ", True), ("NHIỆM VỤ THƯỜNG XUYÊN", False), ("CỘNG", True),
])
def test_a_group_or_total_row_is_no_annex_title(tmp_path, form, first_row, header):
    rows = [[first_row, "", "", ""], *([HDR] if header else []), *ROWS]
    doc = process(write_with_table(tmp_path, [*PLAN_BODY, "PHỤ LỤC"], rows, [], form))
    assert next(n for n in doc.sections if n.kind == "annex").heading is None
