"""The section tree, a blind round (s43): central documents' inserted articles, clauses and points ("Điều 3a.", "1a.",
"a1)"), the labels an amending text quotes, a circular's points after a clause's colon in a copy that looks
hard-wrapped, the concluding formula of a notice, a directive and a letter, forms annexed with a code in their number
("Mẫu số 01/KH", "Biểu mẫu 02/KH"), and a plan a decision issues printed under "(Kèm theo Quyết định …)" alone (s42's
strict xfails).

FACTS (the shapes, from the openings of stored legal-site pages and from the brief; every fixture below is written for
the test, names and numbers made up):
- Central documents number "Chương I" / "QUY ĐỊNH CHUNG" / "Mục 1" / "Điều 1. Phạm vi điều chỉnh" / "1. …" (khoản) /
  "a) …" (điểm, "đ)" after "d)"); an amending text inserts "Điều 3a." after "Điều 3.", a clause "1a." after "1." and a
  point "a1)" after "a)", which consolidated texts print in place.
- A notice of conclusions ("THÔNG BÁO" / "Kết luận của Chủ tịch …") numbers its points "1." "2." under a report of the
  meeting and closes with the office's formula "Văn phòng … thông báo để các cơ quan, đơn vị … biết, thực hiện./.";
  a directive closes with "… yêu cầu Thủ trưởng các sở … nghiêm túc thực hiện Chỉ thị này./." before "Nơi nhận", a
  letter with "Trân trọng./.".
- An amending decree quotes what it puts in: "1. Sửa đổi, bổ sung Điều 3 như sau:" / "“Điều 3. …" / "1. …" / "2. ….”".
- A plan's forms are annexed under "Mẫu số 01/KH", "Biểu mẫu 02/KH", "Mẫu số 03-TB" (the number with the plan's code).
- A decision issuing a plan ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …") may print the plan after its
  closing under "(Kèm theo Quyết định số …)" alone, the plan's own parts under it ("I. MỤC ĐÍCH, YÊU CẦU" … "III. TỔ
  CHỨC THỰC HIỆN"); a decision's own annex under the same line lists things ("I. DANH MỤC …").

Before this round (s43-lead, c81c760) 182 of the 280 cases below failed: the inserted labels were their neighbour's
text (the article "Điều 3a." the last clause's); the labels inside a quotation siblings of the amending clauses; a
circular's points joined into their clause's line and its article's heading into the text (its points in small
letters made it look hard-wrapped; so were 11 real documents, 9 central ones of realdocs/vbpl-html); the
concluding formulas and "Trân trọng./." the last point's text; "Mẫu số 01/KH" the closing's text (its title then read
as a carried report), "Biểu mẫu 02/KH" an unlabelled annex; a plan under "(Kèm theo …)" alone the decision's annex.
"""

from __future__ import annotations

import re

import pytest
from test_sections_s42_blind import ARTICLES, DECISION, DECISION_CLOSE, PLAN
from section_trees import FORMS, tree_tests
from section_trees import read as _read
from test_structure_s29 import N


GOV = ["CHÍNH PHỦ", "Số: 45/2026/NĐ-CP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
       "Hà Nội, ngày 12 tháng 2 năm 2026", "NGHỊ ĐỊNH", "Quy định chính sách hỗ trợ hợp tác xã nông nghiệp",
       "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường;",
       "Chính phủ ban hành Nghị định quy định chính sách hỗ trợ hợp tác xã nông nghiệp."]
GOV_CLOSE = ["Nơi nhận:", "- Ban Bí thư Trung ương Đảng;", "- Lưu: VT, NN (2b).", "TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG",
             "PHÓ THỦ TƯỚNG", "Trần Văn Sơn"]
MINISTRY = ["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 12/2026/TT-BNNMT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 02 tháng 3 năm 2026", "THÔNG TƯ", "Hướng dẫn quản lý vùng trồng",
            "Căn cứ Nghị định số 45/2026/NĐ-CP;", "Bộ trưởng ban hành Thông tư hướng dẫn quản lý vùng trồng."]
MINISTRY_CLOSE = ["Nơi nhận:", "- Lưu: VT.", "BỘ TRƯỞNG", "Lê Văn Hùng"]
PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ SƠN"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Sơn, ngày 05 tháng 3 năm 2026"]
HEAD = [*PROVINCE, "Số: 215/KH-UBND", *MOTTO, "KẾ HOẠCH", "Chuyển đổi số trong nông nghiệp năm 2026",
        "Thực hiện Quyết định số 88/QĐ-TTg ngày 12/01/2026 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế "
        "hoạch như sau:"]
CLOSE = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đinh Văn Khoa"]
NOTICE = [*PROVINCE, "Số: 88/TB-UBND", *MOTTO, "THÔNG BÁO", "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về chuyển đổi số",
          "Ngày 02/3/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp về chuyển đổi số. Sau khi nghe báo cáo, Chủ tịch UBND tỉnh "
          "kết luận như sau:"]
NOTICE_CLOSE = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Nguyễn Văn Tâm"]
DIRECTIVE = [*PROVINCE, "Số: 05/CT-UBND", *MOTTO, "CHỈ THỊ", "Về tăng cường phòng cháy rừng",
             "Thời gian qua, công tác phòng cháy rừng đạt nhiều kết quả.", "Để chủ động phòng cháy, Chủ tịch UBND tỉnh chỉ thị:"]
DIRECTIVE_CLOSE = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Đinh Văn Khoa"]
LINK = "(Kèm theo Quyết định số 402/QĐ-UBND ngày 20/3/2026 của Ủy ban nhân dân tỉnh)"
ISSUED = "Kế hoạch phòng, chống dịch bệnh trên cây trồng năm 2026"


def carried(heading, *children):
    return N("attached", None, heading, "", *children)


# name: (lines, expected tree: the nodes between the opening and the closing, and any annex or carried document)
DOCUMENTS: dict[str, tuple[list[str], list]] = {
    # a decree: chapters, sections, articles, clauses, points, an inserted article
    "decree_with_an_inserted_article": (
        [*GOV, "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "Nghị định này quy định chính sách hỗ trợ.",
         "Điều 2. Đối tượng áp dụng", "1. Hợp tác xã nông nghiệp.", "2. Liên hiệp hợp tác xã.", "Chương II",
         "CHÍNH SÁCH CỤ THỂ", "Mục 1", "HỖ TRỢ ĐẦU TƯ", "Điều 3. Mức hỗ trợ", "1. Hỗ trợ xây dựng kho như sau:",
         "a) Hỗ trợ 50% chi phí;", "đ) Hỗ trợ 30% chi phí thiết bị.", "2. Hỗ trợ một lần.", "Điều 3a. Hỗ trợ bổ sung",
         "Mức hỗ trợ bổ sung 10%.", "Mục 2", "HỖ TRỢ ĐÀO TẠO", "Điều 4. Đào tạo", "Hỗ trợ 100% học phí.", "Chương III",
         "ĐIỀU KHOẢN THI HÀNH", "Điều 5. Hiệu lực thi hành", "Nghị định này có hiệu lực từ ngày 01/4/2026.",
         "Điều 6. Trách nhiệm thi hành", "Các Bộ trưởng chịu trách nhiệm thi hành Nghị định này./.", *GOV_CLOSE],
        [N("chapter", "I", "QUY ĐỊNH CHUNG", "", N("article", "1", "Phạm vi điều chỉnh", "chính sách"),
           N("article", "2", "Đối tượng áp dụng", "", N("arabic", "1", None, "Hợp tác xã"), N("arabic", "2", None, "Liên hiệp"))),
         N("chapter", "II", "CHÍNH SÁCH CỤ THỂ", "",
           N("muc", "1", "HỖ TRỢ ĐẦU TƯ", "",
             N("article", "3", "Mức hỗ trợ", "", N("arabic", "1", None, "như sau", N("letter", "a", None, "50%"),
                                                    N("letter", "đ", None, "30%")), N("arabic", "2", None, "một lần")),
             N("article", "3a", "Hỗ trợ bổ sung", "10%")),
           N("muc", "2", "HỖ TRỢ ĐÀO TẠO", "", N("article", "4", "Đào tạo", "học phí"))),
         N("chapter", "III", "ĐIỀU KHOẢN THI HÀNH", "", N("article", "5", "Hiệu lực thi hành", "01/4/2026"),
           N("article", "6", "Trách nhiệm thi hành", "Bộ trưởng"))]),
    # a circular: articles with clauses and points only, an inserted clause and an inserted point
    "circular_with_inserted_clause_and_point": (
        [*MINISTRY, "Điều 1. Phạm vi điều chỉnh", "1. Thông tư này hướng dẫn:", "a) Cấp mã số vùng trồng;",
         "b) Giám sát vùng trồng.", "1a. Thông tư không áp dụng đối với vùng trồng thử nghiệm.", "2. Thông tư áp dụng "
         "đối với các tổ chức.", "Điều 2. Cấp mã số", "1. Hồ sơ gồm:", "a) Đơn đề nghị;", "a1) Bản đồ vùng trồng;",
         "b) Bản sao giấy tờ.", "Điều 3. Hiệu lực", "Thông tư này có hiệu lực từ ngày 01/5/2026./.", *MINISTRY_CLOSE],
        [N("article", "1", "Phạm vi điều chỉnh", "", N("arabic", "1", None, "hướng dẫn", N("letter", "a", None, "Cấp mã số"),
                                                      N("letter", "b", None, "Giám sát")),
           N("arabic", "1a", None, "thử nghiệm"), N("arabic", "2", None, "tổ chức")),
         N("article", "2", "Cấp mã số", "", N("arabic", "1", None, "Hồ sơ gồm", N("letter", "a", None, "Đơn đề nghị"),
                                               N("letter", "a1", None, "Bản đồ"), N("letter", "b", None, "Bản sao"))),
         N("article", "3", "Hiệu lực", "01/5/2026")]),
    # a notice of conclusions: numbered points, the office's formula after them
    "notice_of_conclusions": (
        [*NOTICE, "1. Đánh giá cao kết quả của các sở.", "2. Giao Sở Khoa học và Công nghệ chủ trì xây dựng kho dữ liệu.",
         "a) Hoàn thành trong tháng 6/2026;", "b) Báo cáo kết quả trong tháng 7/2026.", "3. Giao Sở Tài chính bố trí kinh phí.",
         "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.", *NOTICE_CLOSE],
        [N("arabic", "1", None, "Đánh giá cao"),
         N("arabic", "2", None, "kho dữ liệu", N("letter", "a", None, "tháng 6"), N("letter", "b", None, "tháng 7")),
         N("arabic", "3", None, "kinh phí")]),
    # a directive: numbered tasks, the chairman's formula after them
    "directive_with_its_formula": (
        [*DIRECTIVE, "1. Các sở, ngành tăng cường kiểm tra.", "2. UBND các xã tổ chức trực 24/24 trong mùa khô.",
         "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ngành, Chủ tịch UBND các xã nghiêm túc thực hiện Chỉ thị này./.",
         *DIRECTIVE_CLOSE],
        [N("arabic", "1", None, "kiểm tra"), N("arabic", "2", None, "24/24")]),
    # forms annexed with the plan's code in their number, one in a row after another
    "forms_with_a_code": (
        [*HEAD, "I. NHIỆM VỤ", "Báo cáo theo các mẫu kèm theo.", *CLOSE, "Mẫu số 01/KH", "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ",
         "(Kèm theo Kế hoạch số 215/KH-UBND ngày 09/6/2026)", "1. Tên đơn vị:", "2. Kết quả:", "Biểu mẫu 02/KH",
         "DANH SÁCH CÁN BỘ THAM GIA", "(Kèm theo Kế hoạch số 215/KH-UBND ngày 09/6/2026)", "1. Họ tên:", "2. Chức vụ:",
         "Mẫu số 03-TB", "THÔNG BÁO KẾT QUẢ", "(Kèm theo Kế hoạch số 215/KH-UBND ngày 09/6/2026)", "1. Nội dung:"],
        [N("roman", "I", "NHIỆM VỤ", "các mẫu"),
         N("annex", "01/KH", "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ", "Kèm theo", N("arabic", "1", None, "Tên đơn vị"),
           N("arabic", "2", None, "Kết quả")),
         N("annex", "02/KH", "DANH SÁCH CÁN BỘ THAM GIA", "Kèm theo", N("arabic", "1", None, "Họ tên"),
           N("arabic", "2", None, "Chức vụ")),
         N("annex", "03-TB", "THÔNG BÁO KẾT QUẢ", "Kèm theo", N("arabic", "1", None, "Nội dung"))]),
    # an amending decree: the articles, clauses and points it quotes are its clauses' text
    "amending_decree_quoting_articles": (
        [*GOV[:6], "Sửa đổi, bổ sung một số điều của Nghị định số 45/2026/NĐ-CP",
         "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
         "Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 45/2026/NĐ-CP.",
         "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 45/2026/NĐ-CP", "1. Sửa đổi, bổ sung Điều 3 như sau:",
         "“Điều 3. Mức hỗ trợ", "1. Hỗ trợ 60% chi phí xây dựng kho.", "2. Hỗ trợ một lần cho mỗi hợp tác xã.”",
         "2. Bổ sung Điều 3a vào sau Điều 3 như sau:", "“Điều 3a. Hỗ trợ bổ sung", "a) Hợp tác xã vùng cao;",
         "b) Hợp tác xã do phụ nữ làm chủ.”", "3. Sửa đổi điểm a khoản 1 Điều 4 như sau:", "“a) Hỗ trợ 100% học phí;”",
         "Điều 2. Hiệu lực thi hành", "Nghị định này có hiệu lực từ ngày 01/7/2026./.", *GOV_CLOSE],
        [N("article", "1", "Sửa đổi, bổ sung một số điều của Nghị định số 45/2026/NĐ-CP", "",
           N("arabic", "1", None, "60%"), N("arabic", "2", None, "phụ nữ"), N("arabic", "3", None, "100%")),
         N("article", "2", "Hiệu lực thi hành", "01/7/2026")]),
    # a letter: numbered points, "Trân trọng./." after them
    "letter_closing_with_tran_trong": (
        [*PROVINCE, "Số: 1234/UBND-KT", "V/v triển khai chuyển đổi số", *MOTTO, "Kính gửi:", "- Các sở, ban, ngành;",
         "- UBND các xã.", "Thực hiện Công văn số 55/BKHCN của Bộ Khoa học và Công nghệ, UBND tỉnh yêu cầu:",
         "1. Các sở rà soát hồ sơ, hoàn thành trước ngày 30/4/2026.", "2. UBND các xã cập nhật dữ liệu hằng tháng.",
         "Trân trọng./.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
         "Lê Thị Mai"],
        [N("arabic", "1", None, "rà soát"), N("arabic", "2", None, "hằng tháng")]),
    # a plan a decision issues under "(Kèm theo Quyết định …)" alone, its own parts in sentence case with a slash
    "carried_plan_in_sentence_case_under_a_link": (
        [*DECISION, *ARTICLES, *DECISION_CLOSE, LINK, "I/ Mục tiêu", "Kiểm soát dịch bệnh.", "II/ Nhiệm vụ, giải pháp",
         "1/ Giám sát", "Hằng tuần.", "III/ Tổ chức thực hiện", "Sở Nông nghiệp chủ trì."],
        [N("article", "1", None, "Ban hành kèm theo"), N("article", "2", None, "hiệu lực"), N("article", "3", None, "thi hành"),
         carried(ISSUED, N("roman", "I", "Mục tiêu", "Kiểm soát"),
                 N("roman", "II", "Nhiệm vụ, giải pháp", "", N("arabic", "1", "Giám sát", "Hằng tuần")),
                 N("roman", "III", "Tổ chức thực hiện", "chủ trì"))]),
}


test_document_tree, test_every_line_is_in_some_node = tree_tests(DOCUMENTS, FORMS)


# --- each class on variants of its own -------------------------------------------------------------------------------

def _tree(nodes) -> list:
    return [(n.kind, n.label, _tree(n.children)) for n in nodes if n.kind not in ("opening", "closing")]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("inserted", [("Điều 7a.", "Điều 8."), ("Điều 12b.", "Điều 13."), ("ĐIỀU 7a.", "ĐIỀU 8.")],
                         ids=lambda x: x[0])
def test_an_inserted_article_is_an_article(tmp_path, form, inserted):
    first = inserted[0].split()[0]
    number = int(re.sub(r"\D", "", inserted[0]))
    lines = [*GOV, f"{first} {number}. Đối tượng", "1. Hộ gia đình.", "2. Hợp tác xã.", f"{inserted[0]} Đối tượng bổ sung",
             "Doanh nghiệp nhỏ.", f"{inserted[1]} Hiệu lực", "Có hiệu lực từ ngày ký./.", *GOV_CLOSE]
    tree = _tree(_read(tmp_path, lines, form).sections)
    assert tree == [("article", f"{first} {number}.", [("arabic", "1.", []), ("arabic", "2.", [])]),
                    ("article", inserted[0], []), ("article", inserted[1], [])]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("marks", [("1a.", "2."), ("2a.", "3."), ("1a)", "2)")], ids=lambda m: m[0])
def test_an_inserted_clause_is_a_clause(tmp_path, form, marks):
    before = marks[0][0] + marks[0][-1]
    lines = [*MINISTRY, "Điều 1. Phạm vi", f"{before} Thông tư này hướng dẫn cấp mã số.", f"{marks[0]} Thông tư không áp "
             "dụng đối với vùng thử nghiệm.", f"{marks[1]} Cơ quan quản lý giám sát.", "Điều 2. Hiệu lực",
             "Có hiệu lực từ ngày ký./.", *MINISTRY_CLOSE]
    tree = _tree(_read(tmp_path, lines, form).sections)
    assert tree == [("article", "Điều 1.", [("arabic", before, []), ("arabic", marks[0], []), ("arabic", marks[1], [])]),
                    ("article", "Điều 2.", [])]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("inserted", ["a1)", "b2)", "đ1)"])
def test_an_inserted_point_is_a_point(tmp_path, form, inserted):
    letter = inserted[0]
    after = {"a": "b", "b": "c", "đ": "e"}[letter]
    lines = [*MINISTRY, "Điều 1. Hồ sơ", "1. Hồ sơ gồm các giấy tờ sau:", f"{letter}) Đơn đề nghị theo mẫu;",
             f"{inserted} Bản đồ vùng trồng;", f"{after}) Bản sao giấy chứng nhận.", "2. Nộp hồ sơ trực tuyến.", *MINISTRY_CLOSE]
    (article,) = [n for n in _read(tmp_path, lines, form).sections if n.kind == "article"]
    assert _tree(article.children) == [("arabic", "1.", [("letter", f"{letter})", []), ("letter", inserted, []),
                                                         ("letter", f"{after})", [])]), ("arabic", "2.", [])]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("points", [3, 6])
def test_a_circulars_points_after_a_colon_stay_points(tmp_path, form, points):
    """Many points in small letters after "…:" and "…;" are no hard-wrapped copy: each its own line, the article's heading
    its own."""
    lines = [*MINISTRY]
    for article in (1, 2, 3):
        lines += [f"Điều {article}. Nội dung hướng dẫn thứ {article}", "1. Các nội dung gồm:"]
        lines += [f"{'abcdđeg'[k]}) Nội dung thứ {k + 1} của điều {article};" for k in range(points)]
        lines += ["2. Thời hạn thực hiện."]
    sections = _read(tmp_path, [*lines, *MINISTRY_CLOSE], form).sections
    articles = [n for n in sections if n.kind == "article"]
    assert [a.heading for a in articles] == [f"Nội dung hướng dẫn thứ {k}" for k in (1, 2, 3)]
    assert all([len(c.children) for c in a.children] == [points, 0] for a in articles)


FORMULAS = ["Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.",
            "Văn phòng Ủy ban nhân dân tỉnh xin thông báo để các sở, ngành và địa phương biết, thực hiện.",
            "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.",
            "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ngành nghiêm túc thực hiện Chỉ thị này./.",
            "Yêu cầu Giám đốc các sở, Chủ tịch UBND các xã khẩn trương triển khai thực hiện Chỉ thị này./."]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("formula", FORMULAS, ids=lambda f: f.split()[0] + f.split()[3])
def test_a_concluding_formula_opens_the_closing(tmp_path, form, formula):
    sections = _read(tmp_path, [*NOTICE, "1. Đánh giá cao kết quả.", "2. Giao Sở Tài chính bố trí kinh phí.", formula,
                                *NOTICE_CLOSE], form).sections
    assert sections[-1].kind == "closing" and sections[-1].text.startswith(formula.split()[0])
    assert "thực hiện" not in sections[-2].text


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("sentence", [
    "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này.",
    "Giao Sở Nội vụ thông báo kết quả cho các xã.",
    "Sở Tư pháp yêu cầu các xã rà soát văn bản trước ngày 30/6/2026.",
], ids=["theo doi", "thong bao", "yeu cau"])
def test_a_point_sentence_that_reads_like_a_formula_stays_the_points(tmp_path, form, sentence):
    sections = _read(tmp_path, [*DIRECTIVE, "1. Các sở tăng cường kiểm tra.", "2. Tổ chức thực hiện", sentence,
                                "3. Các xã tổ chức trực.", *DIRECTIVE_CLOSE], form).sections
    assert [n.label for n in sections if n.kind == "arabic"] == ["1.", "2.", "3."]
    assert sentence in sections[2].text


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("quote", [("“", "”"), ('"', '"')], ids=["curly", "straight"])
@pytest.mark.parametrize("quoted", [["Điều 5. Hồ sơ", "1. Đơn đề nghị.", "2. Bản sao giấy tờ."],
                                    ["2. Hồ sơ gồm:", "a) Đơn đề nghị;", "b) Bản sao giấy tờ."],
                                    ["Chương IIa", "HỖ TRỢ BỔ SUNG", "Điều 5a. Đối tượng", "Hộ nghèo."]], ids=lambda q: q[0])
def test_the_labels_an_amending_clause_quotes_are_its_text(tmp_path, form, quote, quoted):
    lines = [*MINISTRY, "Điều 1. Sửa đổi, bổ sung Thông tư số 05/2025/TT-BNNMT", "1. Sửa đổi như sau:",
             f"{quote[0]}{quoted[0]}", *quoted[1:-1], f"{quoted[-1]}{quote[1]}", "2. Bãi bỏ Điều 7.",
             "Điều 2. Hiệu lực", "Có hiệu lực từ ngày ký./.", *MINISTRY_CLOSE]
    sections = _read(tmp_path, lines, form).sections
    assert _tree(sections) == [("article", "Điều 1.", [("arabic", "1.", []), ("arabic", "2.", [])]), ("article", "Điều 2.", [])]
    assert quoted[-1] in [n for n in sections if n.kind == "article"][0].children[0].text


@pytest.mark.parametrize("form", FORMS)
def test_a_quote_mark_never_closed_quotes_nothing(tmp_path, form):
    lines = [*MINISTRY, "Điều 1. Phạm vi", "“Vùng trồng là khu vực sản xuất.", "1. Cấp mã số.", "2. Giám sát.",
             "Điều 2. Hiệu lực", "Có hiệu lực từ ngày ký./.", *MINISTRY_CLOSE]
    assert _tree(_read(tmp_path, lines, form).sections) == [("article", "Điều 1.", [("arabic", "1.", []), ("arabic", "2.", [])]),
                                                            ("article", "Điều 2.", [])]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("opening", ["“Chuyển đổi số” là nhiệm vụ trọng tâm của năm.", '"Chuyển đổi số" là nhiệm vụ trọng tâm.'],
                         ids=["curly", "straight"])
def test_a_phrase_quoted_and_closed_on_its_line_quotes_nothing_after_it(tmp_path, form, opening):
    lines = [*HEAD, "I. NHIỆM VỤ", opening, "1. Số hóa hồ sơ.", "2. Đào tạo cán bộ.", "II. TỔ CHỨC THỰC HIỆN",
             "Các sở hưởng ứng phong trào “Toàn dân đoàn kết”.", *CLOSE]
    assert _tree(_read(tmp_path, lines, form).sections) == [("roman", "I.", [("arabic", "1.", []), ("arabic", "2.", [])]),
                                                            ("roman", "II.", [])]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", ["Trân trọng./.", "Trân trọng!", "Trân trọng cảm ơn sự phối hợp của Quý cơ quan./."])
def test_tran_trong_after_the_last_point_opens_the_closing(tmp_path, form, line):
    lines, _ = DOCUMENTS["letter_closing_with_tran_trong"]
    sections = _read(tmp_path, [line if x == "Trân trọng./." else x for x in lines], form).sections
    assert sections[-1].kind == "closing" and sections[-1].text.startswith("Trân trọng")


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("heading, number", [("Mẫu số 01/KH", "01/KH"), ("Biểu mẫu 02/KH", "02/KH"), ("MẪU SỐ 03/BC-UBND", "03/BC-UBND"),
                                             ("Biểu mẫu số 04-TB", "04-TB"), ("Biểu mẫu 05", "05")], ids=lambda x: x)
def test_a_form_numbered_with_a_code_heads_an_annex(tmp_path, form, heading, number):
    sections = _read(tmp_path, [*HEAD, "I. NHIỆM VỤ", "Báo cáo theo mẫu.", *CLOSE, heading, "BÁO CÁO KẾT QUẢ THỰC HIỆN",
                                "(Kèm theo Kế hoạch số 215/KH-UBND ngày 09/6/2026)", "1. Tên đơn vị:", "2. Kết quả:"], form).sections
    (annex,) = [n for n in sections if n.kind == "annex"]
    assert (annex.label, annex.number, annex.heading) == (heading, number, "BÁO CÁO KẾT QUẢ THỰC HIỆN")
    assert not [n for n in sections if n.kind == "attached"]
    assert sections[-2].kind == "closing" and sections[-2].text.endswith("Đinh Văn Khoa")


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", ["Biểu 1/2 số hộ tham gia đạt chuẩn.", "Mẫu số 01/2026 đã hết hiệu lực.", "Mẫu số 03/BC-UBND",
                                  "Biểu mẫu 02/KH"])
def test_a_fraction_a_year_or_a_form_named_in_the_body_heads_no_annex(tmp_path, form, line):
    """Before the closing a form's number with its code is the body's words ("Các xã báo cáo theo" / "Mẫu số 03/BC-UBND")."""
    sections = _read(tmp_path, [*HEAD, "I. NHIỆM VỤ", "Các xã báo cáo theo", line, "II. KINH PHÍ", "Ngân sách.", *CLOSE],
                     form).sections
    assert not [n for n in sections if n.kind == "annex"]


PARTS = [
    ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Chủ động.", "II. NHIỆM VỤ", "Giám sát.", "III. TỔ CHỨC THỰC HIỆN", "Các sở."],
    # s43 review: a plan's closing part needed too ("I. MỤC TIÊU" … "III. KINH PHÍ" alone is the decision's annex,
    # tests/test_s43_review_sec.py)
    ["I. MỤC TIÊU", "Kiểm soát dịch.", "II. GIẢI PHÁP", "Giám sát.", "III. TỔ CHỨC THỰC HIỆN", "Các sở."],
    ["I - QUAN ĐIỂM", "Phòng là chính.", "II - NHIỆM VỤ, GIẢI PHÁP", "Giám sát.", "III - TỔ CHỨC THỰC HIỆN", "Các sở."],
    ["I/ Căn cứ xây dựng kế hoạch", "Luật Trồng trọt.", "II/ Mục đích, yêu cầu", "Chủ động.", "III/ Tổ chức thực hiện", "Các sở."],
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("link", [LINK, LINK.strip("()"), "(Kèm theo Quyết định số 402/QĐ-UBND)"], ids=["bracketed", "bare", "short"])
@pytest.mark.parametrize("parts", PARTS, ids=lambda p: p[0])
def test_a_plan_under_a_link_alone_with_a_plans_own_parts_is_the_issued_plan(tmp_path, form, link, parts):
    sections = _read(tmp_path, [*DECISION, *ARTICLES, *DECISION_CLOSE, link, *parts], form).sections
    assert [n.kind for n in sections] == ["opening", "article", "article", "article", "closing", "attached"]
    assert sections[-1].heading == ISSUED
    assert [n.label.rstrip(" .-/") for n in sections[-1].children if n.kind != "opening"] == ["I", "II", "III"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("parts", [
    # a list's parts
    ["I. DANH MỤC CÁC LOẠI DỊCH BỆNH", "1. Bệnh đạo ôn", "II. DANH MỤC THUỐC", "1. Thuốc A"],
    # parts that open alike: the tasks of the decision's own annex
    ["I. NHIỆM VỤ CHUNG", "1. Giám sát", "II. NHIỆM VỤ CỤ THỂ", "1. Phun thuốc"],
    # the first part no plan's, a plan's word later
    ["I. CÁC LOẠI SINH VẬT GÂY HẠI", "1. Rầy nâu", "II. TỔ CHỨC THỰC HIỆN", "Các xã."],
], ids=["danh muc", "nhiem vu", "first not"])
def test_a_decisions_own_annex_under_a_link_alone_stays_an_annex(tmp_path, form, parts):
    sections = _read(tmp_path, [*DECISION, *ARTICLES, *DECISION_CLOSE, LINK, *parts], form).sections
    assert not [n for n in sections if n.kind == "attached"]
    assert [n.kind for n in sections][-1] == "annex"


@pytest.mark.parametrize("form", FORMS)
def test_a_plan_under_a_link_alone_where_the_article_issues_none_is_an_annex(tmp_path, form):
    articles = ["Điều 1. Phê duyệt danh mục dịch bệnh trên cây trồng năm 2026.", *ARTICLES[1:]]
    sections = _read(tmp_path, [*DECISION, *articles, *DECISION_CLOSE, LINK, *PLAN], form).sections
    assert not [n for n in sections if n.kind == "attached"]
