"""The section tree, a blind round (s41): lists numbered in round brackets inside a point, groups lettered in sentence
case ("C." among them no Roman hundred), and annexes printed with no "PHỤ LỤC" line.

FACTS (from the openings of stored legal-site pages; facts, not text; every fixture below is written for the test,
names and numbers made up):
- A Party committee's year-end report (2021): "Phần thứ nhất" / "I. KẾT QUẢ ĐẠT ĐƯỢC" / "1. Công tác tham mưu …" / a
  paragraph ending "…, như sau:" / "(1) Đẩy mạnh tuyên truyền …": a list numbered in round brackets, a paragraph an
  item, under an item.
- Provinces' plans (Lai Châu 2024, Nghệ An 2021, Lào Cai 2021): "I. MỤC ĐÍCH, YÊU CẦU" / "1. Mục đích" / "- …"; a
  decision approving a plan (An Giang 2021): "Điều 1. Phê duyệt …" / "I. Mục tiêu" / "1. Mục tiêu chung" / "a) …".
- A list annexed to a guidance (2010): its title in capitals "DANH SÁCH CÁC XÃ …" / "(Phụ lục 2 kèm theo Hướng dẫn số
  …)" / "1. …": no "PHỤ LỤC" line of its own; a decision's list "I. CÁC XÃ LÀ MIỀN NÚI" / "1. Tỉnh …" / "- Xã …".
- From the round's brief: "(1)" "(2)" lists inside a point; groups "A." "B." "C." in sentence case ("C. Các thôn, bản"
  read as Roman C); annexes that start with their own title and "(Kèm theo Kế hoạch số …)" line.

DOCUMENTS holds 8 documents, each read as text, HTML, DOCX and PDF (32 readings); ``wrong_nodes``
(tests/test_structure_s29.py) counts a node wrong where it is lost, has another parent or level, another heading, or
its text is not under it, and a node made beyond the stated tree. Before this round 7 of the 8 gave wrong nodes in
every form (28 readings, 53 wrong nodes a form; now none):
  - a "(1)" list whose items hold dashes or pluses: each "(2)" line was the text of the dash above it (the dashes
    under the point, the items lost): now items under the point (sections.json numbers_in_brackets); a "(1)" list
    with no such lines ("Các nội dung gồm:" / "(1) …;" / "(2) …;") stays the text of its item, as before
    (tests/test_structure_s30.py, s31);
  - groups in sentence case with a comma in their title ("C. Các thôn, bản vùng cao") were text, and the "C." a Roman
    part a hundredth (numbering warnings, the next part under it); in a body with no Roman part ("A. Mục đích, yêu
    cầu" / "1. …" / "B. Nhiệm vụ" / …) the letters were text and all before "C." the opening's (lost);
  - an annex with no "PHỤ LỤC" line ("DANH MỤC" / "CÁC ĐIỂM …" / "(Kèm theo Kế hoạch số …)" / "1. …") was the
    closing's text (lost), or that of the annex before it.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form, write_with_table
from test_structure_s29 import N, wrong_nodes

from pipeline.run import process

FORMS = ["text", "html", "docx", "pdf"]

HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH LAM SƠN", "Số: 73/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Lam Sơn, ngày 14 tháng 5 năm 2026", "KẾ HOẠCH",
        "Phát triển du lịch nông nghiệp năm 2026",
        "Thực hiện Nghị quyết số 12/NQ-HĐND ngày 10/01/2026 của Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh ban hành "
        "Kế hoạch như sau:"]
CLOSE = ["Nơi nhận:", "- Các sở, ngành;", "- UBND các xã;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vi Thị Mai"]
REPORT_HEAD = ["ĐẢNG BỘ TỈNH LAM SƠN", "HUYỆN ỦY MƯỜNG KHƯƠNG", "Số: 41-BC/HU", "ĐẢNG CỘNG SẢN VIỆT NAM",
               "Mường Khương, ngày 20 tháng 12 năm 2025", "BÁO CÁO", "Kết quả công tác dân vận năm 2025"]
REPORT_CLOSE = ["Nơi nhận:", "- Ban Dân vận Tỉnh ủy;", "- Lưu Văn phòng Huyện ủy.", "T/M BAN THƯỜNG VỤ",
                "PHÓ BÍ THƯ", "Sùng Seo Páo"]
REF = "(Kèm theo Kế hoạch số 73/KH-UBND ngày 14/5/2026 của Ủy ban nhân dân tỉnh)"

# name: (lines, expected tree of the body, the opening and the closing left out)
DOCUMENTS: dict[str, tuple[list[str], list]] = {
    # "(1)" lists inside a point, each item holding dashes
    "bracketed_lists_in_a_point": (
        [*HEAD, "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Đưa du lịch nông nghiệp thành sản phẩm chủ lực.", "2. Yêu cầu",
         "Các xã chủ động, phối hợp chặt chẽ.", "II. NHIỆM VỤ", "1. Công tác tuyên truyền", "a) Về thông tin, quảng bá:",
         "(1) Biên soạn tài liệu giới thiệu sản phẩm", "- In 5.000 tờ gấp;", "- Làm 12 phóng sự ngắn.",
         "(2) Tổ chức hội nghị tại các xã", "- Mỗi xã một hội nghị trong quý II.",
         "(3) Mở chuyên mục trên cổng thông tin tỉnh.", "b) Về đào tạo", "Mở 4 lớp bồi dưỡng kỹ năng đón khách.",
         "2. Đầu tư hạ tầng", "Làm 3 bãi đỗ xe tại các vườn cây.", "III. TỔ CHỨC THỰC HIỆN",
         "Sở Nông nghiệp chủ trì, theo dõi.", *CLOSE],
        [N("roman", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "sản phẩm chủ lực"),
           N("arabic", "2", "Yêu cầu", "phối hợp")),
         N("roman", "II", "NHIỆM VỤ", "",
           N("arabic", "1", "Công tác tuyên truyền", "",
             N("letter", "a", None, "quảng bá:",
               N("arabic", "1", "Biên soạn tài liệu giới thiệu sản phẩm", "",
                 N("dash", None, None, "5.000 tờ gấp"), N("dash", None, None, "12 phóng sự")),
               N("arabic", "2", "Tổ chức hội nghị tại các xã", "", N("dash", None, None, "quý II")),
               N("arabic", "3", None, "cổng thông tin")),
             N("letter", "b", "Về đào tạo", "4 lớp")),
           N("arabic", "2", "Đầu tư hạ tầng", "bãi đỗ xe")),
         N("roman", "III", "TỔ CHỨC THỰC HIỆN", "chủ trì")]),
    # a "(1)" list right under a part, its items holding dashes; a lead-in list under an item stays its text
    "bracketed_lists_under_a_part": (
        [*HEAD, "I. MỤC TIÊU", "(1) Đón 200.000 lượt khách", "- Khách trong tỉnh 150.000 lượt;",
         "- Khách ngoài tỉnh 50.000 lượt.", "(2) Có 10 điểm du lịch đạt chuẩn", "- Mỗi huyện ít nhất một điểm.",
         "II. NHIỆM VỤ", "1. Rà soát các vườn cây", "Các nội dung gồm:", "(1) Lập danh sách vườn;",
         "(2) Đánh giá điều kiện đón khách;", "(3) Công bố danh sách.", "2. Quảng bá", "Dự hai hội chợ.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "",
           N("arabic", "1", "Đón 200.000 lượt khách", "", N("dash", None, None, "trong tỉnh"),
             N("dash", None, None, "ngoài tỉnh")),
           N("arabic", "2", "Có 10 điểm du lịch đạt chuẩn", "", N("dash", None, None, "Mỗi huyện"))),
         N("roman", "II", "NHIỆM VỤ", "",
           N("arabic", "1", "Rà soát các vườn cây", "Các nội dung gồm:\n(1) Lập danh sách vườn;\n(2) Đánh giá"),
           N("arabic", "2", "Quảng bá", "hai hội chợ"))]),
    # a Party report: a "(1)" list after a paragraph ending "như sau:", each item a paragraph and pluses
    "report_bracketed_paragraphs": (
        [*REPORT_HEAD, "I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Công tác tham mưu",
         "Ban Dân vận Huyện ủy tham mưu hoàn thành các nhiệm vụ trọng tâm, như sau:",
         "(1) Hướng dẫn các chi bộ xây dựng quy chế dân vận", "Các chi bộ ở 16 xã đã ban hành quy chế.",
         "+ Quy chế ở thôn, bản;", "+ Quy chế ở cơ quan.", "(2) Theo dõi việc giải quyết đơn thư",
         "Giải quyết dứt điểm 21 đơn.", "+ Đơn về đất đai 15 đơn.", "2. Công tác kiểm tra",
         "Kiểm tra 6 đảng bộ xã.", "II. HẠN CHẾ", "Một số chi bộ chưa sinh hoạt đều.", *REPORT_CLOSE],
        [N("roman", "I", "KẾT QUẢ ĐẠT ĐƯỢC", "",
           N("arabic", "1", "Công tác tham mưu", "như sau:",
             N("arabic", "1", "Hướng dẫn các chi bộ xây dựng quy chế dân vận", "16 xã",
               N("plus", None, None, "thôn, bản"), N("plus", None, None, "cơ quan")),
             N("arabic", "2", "Theo dõi việc giải quyết đơn thư", "21 đơn", N("plus", None, None, "đất đai"))),
           N("arabic", "2", "Công tác kiểm tra", "6 đảng bộ")),
         N("roman", "II", "HẠN CHẾ", "sinh hoạt")]),
    # groups lettered in sentence case inside a part, the third's title with a comma
    "groups_in_sentence_case_with_c": (
        [*HEAD, "I. MỤC TIÊU", "Đón 200.000 lượt khách.", "II. NHIỆM VỤ THEO ĐỊA BÀN", "A. Các xã vùng đồng bằng",
         "1. Phát triển vườn cây ăn quả", "Trồng mới 50 ha.", "2. Mở điểm dừng chân", "Ba điểm.",
         "B. Các xã ven sông", "1. Du lịch trên sông", "Hai tuyến thuyền.", "C. Các thôn, bản vùng cao",
         "1. Du lịch ruộng bậc thang", "Mùa lúa chín.", "2. Chợ phiên", "Hằng tuần.", "III. KINH PHÍ",
         "Ngân sách tỉnh và vốn xã hội hóa.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "200.000"),
         N("roman", "II", "NHIỆM VỤ THEO ĐỊA BÀN", "",
           N("upper_letter", "A", "Các xã vùng đồng bằng", "", N("arabic", "1", "Phát triển vườn cây ăn quả", "50 ha"),
             N("arabic", "2", "Mở điểm dừng chân", "Ba điểm")),
           N("upper_letter", "B", "Các xã ven sông", "", N("arabic", "1", "Du lịch trên sông", "tuyến thuyền")),
           N("upper_letter", "C", "Các thôn, bản vùng cao", "", N("arabic", "1", "Du lịch ruộng bậc thang", "lúa chín"),
             N("arabic", "2", "Chợ phiên", "Hằng tuần"))),
         N("roman", "III", "KINH PHÍ", "xã hội hóa")]),
    # a plan with no Roman part: its groups lettered in sentence case
    "groups_in_sentence_case_no_roman": (
        [*HEAD, "A. Mục đích, yêu cầu", "1. Mục đích", "Khai thác thế mạnh nông nghiệp.", "2. Yêu cầu",
         "Bảo đảm an toàn cho khách.", "B. Nhiệm vụ", "1. Quy hoạch điểm đến", "Hoàn thành quý III.", "2. Đào tạo",
         "Hai lớp.", "C. Kinh phí, tổ chức thực hiện", "Ngân sách tỉnh; Sở Nông nghiệp chủ trì.", *CLOSE],
        [N("upper_letter", "A", "Mục đích, yêu cầu", "", N("arabic", "1", "Mục đích", "thế mạnh"),
           N("arabic", "2", "Yêu cầu", "an toàn")),
         N("upper_letter", "B", "Nhiệm vụ", "", N("arabic", "1", "Quy hoạch điểm đến", "quý III"),
           N("arabic", "2", "Đào tạo", "Hai lớp")),
         N("upper_letter", "C", "Kinh phí, tổ chức thực hiện", "Ngân sách tỉnh")]),
    # groups in capitals over Roman parts, points in sentence case (read right before: kept)
    "groups_in_capitals_points_in_sentence_case": (
        [*REPORT_HEAD, "A. KẾT QUẢ NĂM 2025", "I. CÔNG TÁC DÂN VẬN", "1. Dân vận chính quyền",
         "a) Về công tác tiếp dân", "Tiếp 120 lượt công dân.", "b) Về công tác đối thoại", "Đối thoại 4 cuộc.",
         "B. NHIỆM VỤ NĂM 2026", "I. NHIỆM VỤ TRỌNG TÂM", "Xây dựng 10 mô hình dân vận khéo.", *REPORT_CLOSE],
        [N("upper_letter", "A", "KẾT QUẢ NĂM 2025", "",
           N("roman", "I", "CÔNG TÁC DÂN VẬN", "",
             N("arabic", "1", "Dân vận chính quyền", "", N("letter", "a", "Về công tác tiếp dân", "120 lượt"),
               N("letter", "b", "Về công tác đối thoại", "4 cuộc")))),
         N("upper_letter", "B", "NHIỆM VỤ NĂM 2026", "", N("roman", "I", "NHIỆM VỤ TRỌNG TÂM", "10 mô hình"))]),
    # two annexes with no "PHỤ LỤC" line after the signature, each a title and its link over a list
    "annexes_with_no_phu_luc_line": (
        [*HEAD, "I. NHIỆM VỤ", "Chi tiết tại các danh mục kèm theo.", *CLOSE,
         "DANH MỤC", "CÁC ĐIỂM DU LỊCH NÔNG NGHIỆP", REF, "1. Vườn cam Hòa Bình, xã Tân Lập.",
         "2. Đồi chè Long Cốc, xã Mỹ Thuận.", "3. Ruộng bậc thang bản Páo, xã Nậm Cang.",
         "DỰ TOÁN KINH PHÍ NĂM 2026", REF, "1. Ngân sách tỉnh: 4.500 triệu đồng.", "2. Vốn xã hội hóa: 2.000 triệu đồng."],
        [N("roman", "I", "NHIỆM VỤ", "danh mục"),
         N("annex", None, "DANH MỤC CÁC ĐIỂM DU LỊCH NÔNG NGHIỆP", "Kèm theo",
           N("arabic", "1", None, "Vườn cam"), N("arabic", "2", None, "Đồi chè"), N("arabic", "3", None, "bản Páo")),
         N("annex", None, "DỰ TOÁN KINH PHÍ NĂM 2026", "Kèm theo", N("arabic", "1", None, "4.500"),
           N("arabic", "2", None, "2.000"))]),
    # an annex with "PHỤ LỤC", then one with none whose title reads as a table's column ("CƠ QUAN PHỐI HỢP")
    "annex_with_a_column_title_after_phu_luc": (
        [*HEAD, "I. TỔ CHỨC THỰC HIỆN", "Theo các phụ lục kèm theo.", *CLOSE,
         "PHỤ LỤC I", "CÁC ĐIỂM DU LỊCH NÔNG NGHIỆP", REF, "1. Vườn cam Hòa Bình.", "2. Đồi chè Long Cốc.",
         "CƠ QUAN PHỐI HỢP", REF, "1. Sở Tài chính", "2. Sở Văn hóa, Thể thao và Du lịch", "3. Công an tỉnh"],
        [N("roman", "I", "TỔ CHỨC THỰC HIỆN", "phụ lục"),
         N("annex", "I", "CÁC ĐIỂM DU LỊCH NÔNG NGHIỆP", "Kèm theo", N("arabic", "1", None, "Vườn cam"),
           N("arabic", "2", None, "Đồi chè")),
         N("annex", None, "CƠ QUAN PHỐI HỢP", "Kèm theo", N("arabic", "1", "Sở Tài chính", ""),
           N("arabic", "2", "Sở Văn hóa, Thể thao và Du lịch", ""), N("arabic", "3", "Công an tỉnh", ""))]),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_document_tree(tmp_path, name, form):
    lines, tree = DOCUMENTS[name]
    assert wrong_nodes(process(write_in_form(tmp_path, lines, form, pdf_rows=(30.0, 13, 9))).sections, tree) == []


# --- each class on variants of its own -------------------------------------------------------------------------------

def _doc(tmp_path, lines: list[str], form: str, closing=CLOSE):
    return process(write_in_form(tmp_path, [*HEAD, *lines, *closing], form, pdf_rows=(30.0, 13, 9)))


def _body(tmp_path, lines: list[str], form: str):
    return [n for n in _doc(tmp_path, lines, form).sections if n.kind not in ("opening", "closing")]


def _outline(nodes) -> list:
    return [(n.kind, n.label, _outline(n.children)) for n in nodes]


def _texts(nodes) -> str:
    return "\n".join(t for n in nodes for t in (n.text, _texts(n.children)) if t)


ITEMS_HOLDING_LINES = [  # (marks under the items, their lines)
    ("-", ["- In 5.000 tờ gấp;", "- Làm 12 phóng sự ngắn."]),
    ("+", ["+ Vườn cam;", "+ Đồi chè."]),
    ("*", ["* Nội dung chính:", "Giới thiệu sản phẩm của vùng."]),
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("above", [["I. NHIỆM VỤ", "1. Tuyên truyền", "a) Về quảng bá:"], ["I. NHIỆM VỤ", "1. Tuyên truyền"],
                                   ["I. NHIỆM VỤ", "1. Tuyên truyền", "1.1. Về quảng bá"]])
@pytest.mark.parametrize("mark, lines", ITEMS_HOLDING_LINES, ids=[m for m, _ in ITEMS_HOLDING_LINES])
def test_a_list_in_brackets_whose_items_hold_lines_is_a_list_of_items(tmp_path, form, above, mark, lines):
    """Each "(n)" item holds its finer lines (dashes, pluses, stars), under the point or the item open above it; the
    next item of that one ("b)", "2.", "1.2.") ends the list."""
    nxt = {"a)": "b) Về đào tạo", "1.1.": "1.2. Về đào tạo"}.get(above[-1].split()[0], "2. Đào tạo")
    body = _body(tmp_path, [*above, "(1) Biên soạn tài liệu", *lines, "(2) Tổ chức hội nghị", *lines,
                            "(3)Mở chuyên mục trên cổng thông tin.", nxt, "Mở 4 lớp.", "II. KINH PHÍ", "Ngân sách tỉnh."],
                 form)
    open_node = body[0]
    while open_node.children and open_node.children[0].label != "(1)":
        open_node = open_node.children[0]
    assert [n.label for n in open_node.children] == ["(1)", "(2)", "(3)"]
    assert [[c.label for c in n.children] for n in open_node.children] == [[mark] * (len(lines) if mark != "*" else 1)] * 2 + [[]]
    assert [n.heading for n in open_node.children] == ["Biên soạn tài liệu", "Tổ chức hội nghị", None]
    assert open_node.children[2].text == "Mở chuyên mục trên cổng thông tin."
    assert [n.label for n in body] == ["I.", "II."]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines", [
    # a lead-in and short items, nothing under them
    ["1. Rà soát", "Các nội dung gồm:", "(1) Lập danh sách;", "(2) Đánh giá;", "(3) Công bố.", "2. Quảng bá", "Hội chợ."],
    # items a paragraph each, no finer line between them
    ["1. Rà soát", "(1) Lập danh sách", "Trong quý I.", "(2) Đánh giá", "Trong quý II.", "2. Quảng bá", "Hội chợ."],
    # notes after a lead-in, dashes between them
    ["1. Rà soát", "Số liệu theo biểu kèm theo.", "Ghi chú:", "(1) Số liệu ước tính", "- Theo báo cáo của xã.",
     "(2) Số liệu chính thức", "- Theo thống kê.", "2. Quảng bá", "Hội chợ."],
    # a number out of its run
    ["1. Rà soát", "(1) Lập danh sách", "- Trong quý I.", "(3) Đánh giá", "- Trong quý II.", "2. Quảng bá", "Hội chợ."],
])
def test_a_list_in_brackets_with_no_lines_under_its_items_stays_text(tmp_path, form, lines):
    (part,) = _body(tmp_path, ["I. NHIỆM VỤ", *lines], form)
    assert "(1)" not in [n.label for n in part.walk()]
    assert "(1)" in _texts(part.children)


@pytest.mark.parametrize("form", ["html", "docx"])
def test_notes_in_brackets_under_a_table_stay_text(tmp_path, form):
    path = write_with_table(tmp_path, [*HEAD, "I. KINH PHÍ", "Dự toán như sau:"],
                            [["Nguồn", "Kinh phí"], ["Ngân sách tỉnh", "4.500"]],
                            ["(1) Số liệu ước tính", "- Theo báo cáo của xã.", "(2) Số liệu chính thức", "- Theo thống kê.",
                             "II. TỔ CHỨC THỰC HIỆN", "Sở Tài chính chủ trì.", *CLOSE], form)
    labels = [n.label for top in process(path).sections for n in top.walk()]
    assert "(1)" not in labels and "(2)" not in labels


GROUPS = [
    ["A. Mục đích, yêu cầu", "B. Nhiệm vụ, giải pháp", "C. Tổ chức thực hiện"],
    ["A. Về phát triển sản phẩm", "B. Về xúc tiến, quảng bá", "C. Về đào tạo nhân lực"],
    ["A. Các xã vùng thấp", "B. Các xã vùng giữa", "C. Các thôn, bản vùng cao"],
    ["A. Năm 2026", "B. Năm 2027"],
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("groups", GROUPS, ids=lambda g: g[-1])
def test_groups_in_sentence_case_in_a_body_with_no_roman_part_head_its_items(tmp_path, form, groups):
    lines = []
    for group in groups:
        lines += [group, "1. Khảo sát", "Trong quý I.", "2. Triển khai", "Trong năm."]
    body = _body(tmp_path, lines, form)
    assert _outline(body) == [("upper_letter", g[:2], [("arabic", "1.", []), ("arabic", "2.", [])]) for g in groups]
    assert [n.heading for n in body] == [g[3:] for g in groups]
    assert not [w for w in _doc(tmp_path, lines, form).warnings if w.code.startswith("numbering")]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("groups", GROUPS[:3], ids=lambda g: g[-1])
def test_a_third_group_with_a_comma_inside_a_part_is_no_roman_hundred(tmp_path, form, groups):
    lines = ["I. NHIỆM VỤ"]
    for group in groups:
        lines += [group, "1. Khảo sát", "Trong quý I."]
    body = _body(tmp_path, [*lines, "II. KINH PHÍ", "Ngân sách tỉnh."], form)
    assert _outline(body) == [("roman", "I.", [("upper_letter", g[:2], [("arabic", "1.", [])]) for g in groups]),
                              ("roman", "II.", [])]


@pytest.mark.parametrize("form", FORMS)
def test_groups_in_sentence_case_at_an_annex_top_head_its_items(tmp_path, form):
    lines = ["I. NHIỆM VỤ", "Theo phụ lục kèm theo.", *CLOSE, "PHỤ LỤC", "LỘ TRÌNH THỰC HIỆN", REF, "A. Năm 2026",
             "1. Khảo sát các vườn.", "2. Mở 3 điểm đón khách.", "B. Năm 2027, 2028", "1. Mở thêm 5 điểm.",
             "2. Đánh giá, tổng kết."]
    (annex,) = [n for n in _doc(tmp_path, lines, form, closing=[]).sections if n.kind == "annex"]
    assert _outline(annex.children) == [("upper_letter", "A.", [("arabic", "1.", []), ("arabic", "2.", [])]),
                                        ("upper_letter", "B.", [("arabic", "1.", []), ("arabic", "2.", [])])]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines", [
    # one letter alone
    ["A. Mục đích, yêu cầu", "1. Mục đích", "Khai thác thế mạnh."],
    # persons
    ["1. Tổ công tác gồm:", "A. Lò Văn Xuân", "Tổ trưởng.", "B. Giàng Thị Mỷ", "Tổ viên."],
    # sentences closed as sentences are
    ["A. Các xã rà soát vườn cây.", "Khảo sát 12 vườn.", "B. Các sở mở lớp, tập huấn.", "Mở 20 lớp."],
])
def test_a_capital_letter_in_sentence_case_with_no_roman_part_that_is_no_run_of_groups_stays_text(tmp_path, form, lines):
    assert "upper_letter" not in [n.kind for top in _doc(tmp_path, lines, form).sections for n in top.walk()]


TITLES = [
    ["DANH MỤC CÁC ĐIỂM DU LỊCH NÔNG NGHIỆP"],
    ["DANH MỤC", "CÁC ĐIỂM DU LỊCH NÔNG NGHIỆP"],
    ["DANH SÁCH", "CÁC HỘ LÀM DỊCH VỤ LƯU TRÚ", "NĂM 2026"],
    ["CƠ QUAN PHỐI HỢP"],
]
LINKS = [REF, "Kèm theo Kế hoạch số 73/KH-UBND ngày 14/5/2026 của Ủy ban nhân dân tỉnh",
         "(Ban hành kèm theo Kế hoạch số 73/KH-UBND ngày 14/5/2026)"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("title", TITLES, ids=lambda t: t[-1])
@pytest.mark.parametrize("link", LINKS, ids=["bracketed", "bare", "ban hanh"])
def test_an_annex_with_no_phu_luc_line_is_an_annex(tmp_path, form, title, link):
    lines = ["I. NHIỆM VỤ", "Chi tiết tại danh mục kèm theo.", *CLOSE, *title, link, "1. Vườn cam Hòa Bình.",
             "2. Đồi chè Long Cốc."]
    doc = _doc(tmp_path, lines, form, closing=[])
    (annex,) = [n for n in doc.sections if n.kind == "annex"]
    assert (annex.label, annex.heading) == (None, " ".join(title))
    assert annex.attached_to["number"] == "73/KH-UBND"
    assert [n.label for n in annex.children] == ["1.", "2."]
    assert doc.sections[-2].kind == "closing" and doc.sections[-2].text.endswith("Vi Thị Mai")


@pytest.mark.parametrize("form", FORMS)
def test_an_annex_with_no_phu_luc_line_after_another_is_one_of_its_own(tmp_path, form):
    lines = ["I. NHIỆM VỤ", "Theo các phụ lục.", *CLOSE, "PHỤ LỤC II", "CÁC ĐIỂM DU LỊCH", REF, "1. Vườn cam.",
             "DANH MỤC", "CÁC HỘ LÀM DỊCH VỤ LƯU TRÚ", REF, "1. Hộ ông Lò Văn Xuân.", "DỰ TOÁN KINH PHÍ", REF,
             "Tổng kinh phí 6.500 triệu đồng."]
    annexes = [n for n in _doc(tmp_path, lines, form, closing=[]).sections if n.kind == "annex"]
    assert [(n.label, n.heading) for n in annexes] == [("PHỤ LỤC II", "CÁC ĐIỂM DU LỊCH"),
                                                      (None, "DANH MỤC CÁC HỘ LÀM DỊCH VỤ LƯU TRÚ"),
                                                      (None, "DỰ TOÁN KINH PHÍ")]
    assert annexes[-1].text.endswith("Tổng kinh phí 6.500 triệu đồng.")


@pytest.mark.parametrize("form", ["html", "docx"])
def test_an_annex_with_no_phu_luc_line_over_a_table(tmp_path, form):
    path = write_with_table(tmp_path, [*HEAD, "I. NHIỆM VỤ", "Theo danh mục kèm theo.", *CLOSE, "DANH MỤC",
                                       "CÁC ĐIỂM DU LỊCH NÔNG NGHIỆP", REF],
                            [["STT", "Tên điểm", "Địa chỉ"], ["1", "Vườn cam Hòa Bình", "Xã Tân Lập"],
                             ["2", "Đồi chè Long Cốc", "Xã Mỹ Thuận"]], [], form)
    (annex,) = [n for n in process(path).sections if n.kind == "annex"]
    assert annex.heading == "DANH MỤC CÁC ĐIỂM DU LỊCH NÔNG NGHIỆP"
    assert [n.kind for n in annex.children] == ["table"]


@pytest.mark.parametrize("form", FORMS)
def test_an_annex_after_a_carried_plan_with_no_phu_luc_line_is_an_annex(tmp_path, form):
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH LAM SƠN", "Số: 310/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Lam Sơn, ngày 02 tháng 4 năm 2026", "QUYẾT ĐỊNH",
             "Ban hành Kế hoạch phát triển du lịch nông nghiệp năm 2026", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
             "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;", "QUYẾT ĐỊNH:",
             "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch nông nghiệp năm 2026.",
             "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.", "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.", "CHỦ TỊCH",
             "Hà Văn Sử", "KẾ HOẠCH", "Phát triển du lịch nông nghiệp năm 2026",
             "(Ban hành kèm theo Quyết định số 310/QĐ-UBND ngày 02/4/2026 của Chủ tịch UBND tỉnh)", "I. MỤC TIÊU",
             "Đón 200.000 lượt khách.", "II. NHIỆM VỤ", "Theo danh mục kèm theo.", "DANH MỤC NHIỆM VỤ",
             "(Kèm theo Kế hoạch ban hành theo Quyết định số 310/QĐ-UBND ngày 02/4/2026)", "1. Khảo sát các vườn.",
             "2. Mở 3 điểm đón khách."]
    sections = process(write_in_form(tmp_path, lines, form, pdf_rows=(30.0, 13, 9))).sections
    assert [n.kind for n in sections] == ["opening", "article", "article", "closing", "attached", "annex"]
    assert [n.label for n in sections[4].children if n.kind != "opening"] == ["I.", "II."]
    assert (sections[-1].heading, [n.label for n in sections[-1].children]) == ("DANH MỤC NHIỆM VỤ", ["1.", "2."])


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines", [
    # in the body, before the closing: a table's caption and its note
    ["I. NHIỆM VỤ", "Các điểm gồm:", "CÁC ĐIỂM DU LỊCH NÔNG NGHIỆP", "(Kèm theo danh sách của các xã)", "1. Vườn cam.",
     "II. KINH PHÍ", "Ngân sách tỉnh.", *CLOSE],
    # an annex's "PHỤ LỤC" line, a header of its own, its title wrapped onto two lines
    ["I. NHIỆM VỤ", "Theo phụ lục.", *CLOSE, "PHỤ LỤC", "ỦY BAN NHÂN DÂN", "TỈNH LAM SƠN",
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "-------", "DANH MỤC CÁC ĐIỂM",
     "DU LỊCH NÔNG NGHIỆP", REF, "1. Vườn cam."],
])
def test_a_title_over_its_link_that_starts_no_annex(tmp_path, form, lines):
    sections = _doc(tmp_path, lines, form, closing=[]).sections
    assert len([n for n in sections if n.kind == "annex"]) == ("PHỤ LỤC" in lines)
    if "PHỤ LỤC" in lines:
        assert sections[-1].heading == "DANH MỤC CÁC ĐIỂM DU LỊCH NÔNG NGHIỆP"
