"""Section trees (s32), a fourth blind round: outlines of kinds the s29-s31 rounds did not hold, each fixture written
from the facts below (own words, numbers and bodies), its tree stated by hand, run in text, HTML, DOCX and PDF.

FACTS (from the openings of stored legal-site pages and the forms of Nghị định 30/2020/NĐ-CP; facts, not text):
- A People's Council's resolution (Tiền Giang 2011): "QUYẾT NGHỊ:" / "Điều 1. Thông qua Kế hoạch …, với những nội dung
  chính như sau:" / "I. MỤC TIÊU …" / "1. Mục tiêu" / a paragraph; a council's resolution on a scheme (Bình Định 2011)
  "Điều 1. … (có Danh mục … kèm theo)" / "Điều 2. Ủy ban nhân dân tỉnh có trách nhiệm tổ chức thực hiện …" / "Điều 3. …"
  up to the article on its entry into force, the list or plan after the signature.
- Decisions carrying a plan (the Prime Minister's 719/QĐ-TTg 2012, a province's 3970/QĐ-UBND 2013, the Youth Union's
  367-QĐ/TWĐTN 2013): "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …" / "Điều 2. … hiệu lực …" / "Điều 3. …" /
  "Nơi nhận:" / the signature; then the carried document repeats its issuer's header, the motto, the place and date, its
  type heading and title, "(Ban hành kèm theo Quyết định số …)", and its own tree.
- A department's plan (Hà Nam 2014): "Phần I" / its heading in capitals / "I.      TÌNH HÌNH CHUNG"; the Prime Minister's
  directive (16/2001/CT-TTg): "I. NỘI DUNG, NHIỆM VỤ CHỦ YẾU …" / "1. Tư tưởng chỉ đạo …" wrapped onto a second line.
- From the round's brief (not in the pages the search returned; the forms district and commune plans print): a decision
  whose Điều 1 holds the whole plan in "1." / "a)" / "-" items; parts "PHẦN THỨ NHẤT" / "PHẦN THỨ HAI" restarting
  their Roman numbers; "A." / "B." groups over Roman parts; "+" under "-" under "a)"; headings ending in a full stop
  ("1. Mục tiêu."); "1)" "2)" items; annexes "PHỤ LỤC" with their own "I." / "1." tree.

``wrong_nodes`` (tests/test_structure_s29.py) counts a node wrong where it is lost, has another parent or level, another
heading, or its text is not under it, and a node made beyond the stated tree.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from test_structure_s29 import N, wrong_nodes

FORMS = ["text", "html", "docx", "pdf"]

DECISION_HEADER = ["ỦY BAN NHÂN DÂN", "HUYỆN SÔNG LAM", "Số: 214/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                   "Độc lập - Tự do - Hạnh phúc", "Sông Lam, ngày 11 tháng 4 năm 2025", "QUYẾT ĐỊNH",
                   "Ban hành Kế hoạch phát triển du lịch cộng đồng năm 2025", "ỦY BAN NHÂN DÂN HUYỆN SÔNG LAM",
                   "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;", "Xét đề nghị của Trưởng phòng Văn hóa và Thông tin,",
                   "QUYẾT ĐỊNH:"]
DECISION_CLOSING = ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hồ Văn Tâm"]
COUNCIL_HEADER = ["HỘI ĐỒNG NHÂN DÂN", "TỈNH ĐÔNG SƠN", "Số: 27/NQ-HĐND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                  "Độc lập - Tự do - Hạnh phúc", "Đông Sơn, ngày 09 tháng 7 năm 2025", "NGHỊ QUYẾT",
                  "Về kế hoạch đầu tư trường học giai đoạn 2026 - 2030", "HỘI ĐỒNG NHÂN DÂN TỈNH ĐÔNG SƠN",
                  "KHÓA XVIII, KỲ HỌP THỨ 30", "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;",
                  "Xét Tờ trình của Ủy ban nhân dân tỉnh và ý kiến của đại biểu tại kỳ họp,", "QUYẾT NGHỊ:"]
COUNCIL_CLOSING = ["Nơi nhận:", "- Thường trực Tỉnh ủy;", "- Lưu: VT.", "CHỦ TỊCH", "Đàm Quang Vinh"]
PLAN_HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG SƠN", "Số: 96/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
               "Độc lập - Tự do - Hạnh phúc", "Đông Sơn, ngày 22 tháng 5 năm 2025", "KẾ HOẠCH",
               "Phát triển nghề muối năm 2025",
               "Thực hiện chỉ đạo của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"]
PLAN_CLOSING = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Cao Thị Mai"]

# name: (lines, expected tree of the body)
FIXTURES: dict[str, tuple[list[str], list]] = {
    # a decision whose first article holds the whole plan in items, points and dashes; the other articles after it
    "decision_article_holds_plan": (
        [*DECISION_HEADER, "Điều 1. Ban hành Kế hoạch phát triển du lịch cộng đồng năm 2025 với các nội dung sau:",
         "1. Mục tiêu", "Đón 20.000 lượt khách đến các bản.", "2. Nhiệm vụ", "a) Xây dựng sản phẩm",
         "- Mở tuyến tham quan ruộng bậc thang.", "- Tổ chức chợ phiên cuối tuần.", "b) Đào tạo người làm du lịch",
         "Mở ba lớp cho hộ làm homestay.", "3. Kinh phí", "Ngân sách huyện và vốn xã hội hóa.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
         "Điều 3. Chánh Văn phòng Ủy ban nhân dân huyện, Trưởng các phòng chịu trách nhiệm thi hành Quyết định này./.",
         *DECISION_CLOSING],
        [N("article", "1", None, "Ban hành Kế hoạch",
           N("arabic", "1", "Mục tiêu", "20.000 lượt"),
           N("arabic", "2", "Nhiệm vụ", "",
             N("letter", "a", "Xây dựng sản phẩm", "", N("dash", None, None, "ruộng bậc thang"), N("dash", None, None, "chợ phiên")),
             N("letter", "b", "Đào tạo người làm du lịch", "homestay")),
           N("arabic", "3", "Kinh phí", "xã hội hóa")),
         N("article", "2", None, "hiệu lực"), N("article", "3", None, "thi hành")]),
    # a council's resolution of five articles, the plan after the signature with its own header and tree
    "council_five_articles_plan_after": (
        [*COUNCIL_HEADER, "Điều 1. Thông qua Kế hoạch đầu tư trường học giai đoạn 2026 - 2030 (có Kế hoạch kèm theo).",
         "Điều 2. Ủy ban nhân dân tỉnh có trách nhiệm tổ chức thực hiện Nghị quyết này.",
         "Điều 3. Thường trực Hội đồng nhân dân tỉnh, các Ban và đại biểu giám sát việc thực hiện.",
         "Điều 4. Nghị quyết này thay thế Nghị quyết số 12/NQ-HĐND ngày 10 tháng 7 năm 2020.",
         "Điều 5. Nghị quyết này có hiệu lực kể từ ngày 20 tháng 7 năm 2025./.", *COUNCIL_CLOSING,
         "HỘI ĐỒNG NHÂN DÂN", "TỈNH ĐÔNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
         "KẾ HOẠCH", "Đầu tư trường học giai đoạn 2026 - 2030",
         "(Kèm theo Nghị quyết số 27/NQ-HĐND ngày 09 tháng 7 năm 2025 của Hội đồng nhân dân tỉnh)",
         "I. MỤC TIÊU", "Kiên cố hóa 400 phòng học.", "II. DANH MỤC ĐẦU TƯ", "1. Trường mầm non", "Xây 120 phòng.",
         "2. Trường tiểu học", "Xây 280 phòng."],
        [N("article", "1", None, "Thông qua Kế hoạch"), N("article", "2", None, "tổ chức thực hiện"),
         N("article", "3", None, "giám sát"), N("article", "4", None, "thay thế"), N("article", "5", None, "hiệu lực"),
         N("attached", None, "Đầu tư trường học giai đoạn 2026 - 2030", "",
           N("roman", "I", "MỤC TIÊU", "400 phòng"),
           N("roman", "II", "DANH MỤC ĐẦU TƯ", "", N("arabic", "1", "Trường mầm non", "120 phòng"),
             N("arabic", "2", "Trường tiểu học", "280 phòng")))]),
    # parts by ordinal words, the Roman parts restarting in each
    "ordinal_parts_restart": (
        [*PLAN_HEADER, "PHẦN THỨ NHẤT", "KẾT QUẢ NĂM 2024", "I. SẢN XUẤT", "Sản lượng đạt 30.000 tấn.", "II. TIÊU THỤ",
         "Giá muối ổn định.", "PHẦN THỨ HAI", "NHIỆM VỤ NĂM 2025", "I. MỤC TIÊU", "Sản lượng 32.000 tấn.",
         "II. GIẢI PHÁP", "1. Cải tạo đồng muối", "Nâng cấp 50 ha.", "2. Liên kết tiêu thụ", "Ký hợp đồng với doanh nghiệp.",
         *PLAN_CLOSING],
        [N("part", "1", "KẾT QUẢ NĂM 2024", "", N("roman", "I", "SẢN XUẤT", "30.000 tấn"), N("roman", "II", "TIÊU THỤ", "ổn định")),
         N("part", "2", "NHIỆM VỤ NĂM 2025", "", N("roman", "I", "MỤC TIÊU", "32.000 tấn"),
           N("roman", "II", "GIẢI PHÁP", "", N("arabic", "1", "Cải tạo đồng muối", "50 ha"),
             N("arabic", "2", "Liên kết tiêu thụ", "hợp đồng")))]),
    # lettered groups over Roman parts
    "letters_over_romans": (
        [*PLAN_HEADER, "A. KẾT QUẢ THỰC HIỆN NĂM 2024", "I. SẢN XUẤT", "Đạt 30.000 tấn.", "II. HẠN CHẾ", "Đồng muối xuống cấp.",
         "B. KẾ HOẠCH NĂM 2025", "I. MỤC TIÊU", "Đạt 32.000 tấn.", "II. NHIỆM VỤ", "1. Cải tạo đồng muối", "Nâng cấp 50 ha.",
         "C. TỔ CHỨC THỰC HIỆN", "Sở Nông nghiệp và Môi trường theo dõi.", *PLAN_CLOSING],
        [N("upper_letter", "A", "KẾT QUẢ THỰC HIỆN NĂM 2024", "", N("roman", "I", "SẢN XUẤT", "30.000"),
           N("roman", "II", "HẠN CHẾ", "xuống cấp")),
         N("upper_letter", "B", "KẾ HOẠCH NĂM 2025", "", N("roman", "I", "MỤC TIÊU", "32.000"),
           N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Cải tạo đồng muối", "50 ha"))),
         N("upper_letter", "C", "TỔ CHỨC THỰC HIỆN", "theo dõi")]),
    # "+" under "-" under "a)", the next point and item after them
    "plus_under_dash_under_point": (
        [*PLAN_HEADER, "I. NHIỆM VỤ", "1. Hạ tầng", "a) Đồng muối", "- Cải tạo ô kết tinh:", "+ Lót bạt 30 ha;",
         "+ Nạo vét kênh dẫn.", "- Xây kho chứa.", "b) Giao thông nội đồng", "Bê tông hóa 5 km.", "2. Thị trường",
         "- Xây dựng nhãn hiệu muối.", "+ Đăng ký bảo hộ.", *PLAN_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("arabic", "1", "Hạ tầng", "",
             N("letter", "a", "Đồng muối", "",
               N("dash", None, None, "ô kết tinh", N("plus", None, None, "Lót bạt"), N("plus", None, None, "Nạo vét")),
               N("dash", None, None, "kho chứa")),
             N("letter", "b", "Giao thông nội đồng", "5 km")),
           N("arabic", "2", "Thị trường", "", N("dash", None, None, "nhãn hiệu", N("plus", None, None, "bảo hộ"))))]),
    # headings that end in a full stop (an author's style), their text on the next line
    "headings_with_full_stops": (
        [*PLAN_HEADER, "I. MỤC ĐÍCH, YÊU CẦU.", "1. Mục đích.", "Nâng thu nhập của diêm dân.", "2. Yêu cầu.",
         "Bảo đảm đúng tiến độ.", "II. NỘI DUNG.", "1. Cải tạo đồng muối.", "Nâng cấp 50 ha đồng muối ven biển.",
         "2. Liên kết tiêu thụ.", "Ký hợp đồng bao tiêu với hai doanh nghiệp.", *PLAN_CLOSING],
        [N("roman", "I", "MỤC ĐÍCH, YÊU CẦU.", "", N("arabic", "1", "Mục đích.", "thu nhập"),
           N("arabic", "2", "Yêu cầu.", "tiến độ")),
         N("roman", "II", "NỘI DUNG.", "", N("arabic", "1", "Cải tạo đồng muối.", "50 ha"),
           N("arabic", "2", "Liên kết tiêu thụ.", "bao tiêu"))]),
    # items numbered "1)" "2)" under an item "2." (a finer list), the next item after them
    "bracket_numbers_under_item": (
        [*PLAN_HEADER, "I. NHIỆM VỤ", "1. Quy hoạch", "Rà soát quy hoạch vùng muối.", "2. Các dự án ưu tiên",
         "1) Dự án cải tạo đồng muối Bắc Sơn;", "2) Dự án kho muối tập trung;", "3) Dự án chợ muối.",
         "3. Kinh phí", "Ngân sách tỉnh.", *PLAN_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "", N("arabic", "1", "Quy hoạch", "Rà soát"),
           N("arabic", "2", "Các dự án ưu tiên", "", N("arabic", "1", None, "Bắc Sơn"), N("arabic", "2", None, "kho muối"),
             N("arabic", "3", None, "chợ muối")),
           N("arabic", "3", "Kinh phí", "Ngân sách tỉnh"))]),
    # "1)" "2)" as the plan's own items under its Roman parts (no "1." anywhere)
    "bracket_numbers_as_items": (
        [*PLAN_HEADER, "I. MỤC TIÊU", "1) Sản lượng đạt 32.000 tấn.", "2) Thu nhập tăng 10%.", "II. NHIỆM VỤ",
         "1) Cải tạo đồng muối", "a) Lót bạt ô kết tinh.", "b) Nạo vét kênh.", "2) Liên kết tiêu thụ", "Ký hợp đồng.",
         *PLAN_CLOSING],
        [N("roman", "I", "MỤC TIÊU", "", N("arabic", "1", None, "32.000"), N("arabic", "2", None, "10%")),
         N("roman", "II", "NHIỆM VỤ", "",
           N("arabic", "1", "Cải tạo đồng muối", "", N("letter", "a", None, "Lót bạt"), N("letter", "b", None, "Nạo vét")),
           N("arabic", "2", "Liên kết tiêu thụ", "hợp đồng"))]),
    # a decision carrying a plan: the plan's own header and type heading stand after the decision's signature
    "plan_inside_decision": (
        [*DECISION_HEADER, "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch cộng đồng năm 2025.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
         "Điều 3. Chánh Văn phòng Ủy ban nhân dân huyện và các phòng chịu trách nhiệm thi hành Quyết định này./.",
         *DECISION_CLOSING, "ỦY BAN NHÂN DÂN", "HUYỆN SÔNG LAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH", "Phát triển du lịch cộng đồng năm 2025",
         "(Ban hành kèm theo Quyết định số 214/QĐ-UBND ngày 11 tháng 4 năm 2025 của Ủy ban nhân dân huyện)",
         "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Tăng thu nhập cho người dân các bản.", "2. Yêu cầu", "Giữ bản sắc văn hóa.",
         "II. NHIỆM VỤ", "1. Xây dựng sản phẩm", "- Mở tuyến tham quan.", "- Tổ chức chợ phiên.",
         "III. TỔ CHỨC THỰC HIỆN", "Phòng Văn hóa và Thông tin theo dõi, báo cáo."],
        [N("article", "1", None, "Ban hành kèm theo"), N("article", "2", None, "hiệu lực"), N("article", "3", None, "thi hành"),
         N("attached", None, "Phát triển du lịch cộng đồng năm 2025", "",
           N("roman", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "thu nhập"), N("arabic", "2", "Yêu cầu", "bản sắc")),
           N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Xây dựng sản phẩm", "", N("dash", None, None, "tham quan"),
                                               N("dash", None, None, "chợ phiên"))),
           N("roman", "III", "TỔ CHỨC THỰC HIỆN", "theo dõi"))]),
    # an annex with its own Roman parts and items
    "annex_own_tree": (
        [*PLAN_HEADER, "I. MỤC TIÊU", "Sản lượng 32.000 tấn.", "II. NHIỆM VỤ", "Chi tiết tại Phụ lục kèm theo.", *PLAN_CLOSING,
         "PHỤ LỤC", "NHIỆM VỤ CỤ THỂ NĂM 2025", "(Kèm theo Kế hoạch số 96/KH-UBND ngày 22/5/2025 của Ủy ban nhân dân tỉnh)",
         "I. NHIỆM VỤ CỦA CÁC SỞ", "1. Sở Công Thương", "Xúc tiến tiêu thụ muối.", "2. Sở Tài chính", "Bố trí kinh phí.",
         "II. NHIỆM VỤ CỦA CÁC HUYỆN", "1. Huyện ven biển", "Cải tạo đồng muối."],
        [N("roman", "I", "MỤC TIÊU", "32.000"), N("roman", "II", "NHIỆM VỤ", "Phụ lục"),
         N("annex", None, "NHIỆM VỤ CỤ THỂ NĂM 2025", "Kèm theo",
           N("roman", "I", "NHIỆM VỤ CỦA CÁC SỞ", "", N("arabic", "1", "Sở Công Thương", "Xúc tiến"),
             N("arabic", "2", "Sở Tài chính", "kinh phí")),
           N("roman", "II", "NHIỆM VỤ CỦA CÁC HUYỆN", "", N("arabic", "1", "Huyện ven biển", "Cải tạo")))]),
    # a Roman part's heading in capitals wrapped onto a second line that starts with its year
    "roman_heading_wrapped": (
        [*PLAN_HEADER, "I. NỘI DUNG, NHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH", "NĂM 2025", "1. Tư tưởng chỉ đạo",
         "Phát triển nghề muối gắn với du lịch.", "2. Chỉ tiêu chủ yếu", "Sản lượng 32.000 tấn.", "II. GIẢI PHÁP",
         "Huy động vốn doanh nghiệp.", *PLAN_CLOSING],
        [N("roman", "I", "NỘI DUNG, NHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH NĂM 2025", "",
           N("arabic", "1", "Tư tưởng chỉ đạo", "du lịch"), N("arabic", "2", "Chỉ tiêu chủ yếu", "32.000")),
         N("roman", "II", "GIẢI PHÁP", "doanh nghiệp")]),
    # sub-items under a Roman part with no "1." (sub-items "1.1." straight under "II.") and points under them
    "sub_items_and_points": (
        [*PLAN_HEADER, "I. NHIỆM VỤ", "1. Sản xuất", "1.1. Cải tạo đồng muối", "a) Lót bạt 30 ha.", "b) Nạo vét kênh.",
         "1.2. Cơ giới hóa", "Mua 10 máy cào muối.", "2. Tiêu thụ", "Ký hợp đồng.", *PLAN_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("arabic", "1", "Sản xuất", "",
             N("arabic", "1.1", "Cải tạo đồng muối", "", N("letter", "a", None, "Lót bạt"), N("letter", "b", None, "Nạo vét")),
             N("arabic", "1.2", "Cơ giới hóa", "máy cào")),
           N("arabic", "2", "Tiêu thụ", "hợp đồng"))]),
}
# a run-in list one of whose headings is longer than six words (and has no comma: "Yêu cầu đối với các sở, ngành …"
# is no run-in heading the pattern reads)
FIXTURES["run_in_long_heading"] = (
    [*PLAN_HEADER, "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích: Nâng thu nhập của diêm dân ven biển.",
     "2. Yêu cầu đối với các cơ quan và địa phương: Phối hợp chặt chẽ và bảo đảm đúng tiến độ đã đề ra.",
     "II. NHIỆM VỤ", "Cải tạo đồng muối.", *PLAN_CLOSING],
    [N("roman", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "Nâng thu nhập"),
       N("arabic", "2", "Yêu cầu đối với các cơ quan và địa phương", "Phối hợp chặt chẽ")),
     N("roman", "II", "NHIỆM VỤ", "Cải tạo")])


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixture_tree(tmp_path, name, form):
    lines, tree = FIXTURES[name]
    assert wrong_nodes(process(write_in_form(tmp_path, lines, form)).sections, tree) == []


# --- the classes the round found, each on variants of its own ---------------------------------------------------------

def _body(tmp_path, lines: list[str], form: str):
    doc = process(write_in_form(tmp_path, [*PLAN_HEADER, *lines, *PLAN_CLOSING], form))
    return [n for n in doc.sections if n.kind not in ("opening", "closing")]


def _outline(nodes) -> list:
    return [(n.kind, n.number, n.heading, _outline(n.children)) for n in nodes]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("items, headings", [
    (["1. Mục đích: Nâng thu nhập của diêm dân.",
      "2. Yêu cầu đối với các cơ quan và địa phương: Phối hợp chặt chẽ và bảo đảm đúng tiến độ đã đề ra."],
     ["Mục đích", "Yêu cầu đối với các cơ quan và địa phương"]),
    (["a) Đối tượng: Hộ làm muối.", "b) Phạm vi áp dụng trong toàn bộ các xã ven biển: Tám xã có đồng muối từ 20 ha trở lên trong năm nay."],
     ["Đối tượng", "Phạm vi áp dụng trong toàn bộ các xã ven biển"]),
    (["1. Cải tạo hạ tầng đồng muối theo hướng sản xuất sạch: Lót bạt ô kết tinh cho 30 ha đồng muối của các hộ.",
      "2. Xây dựng nhãn hiệu chung cho muối của tỉnh: Đăng ký bảo hộ nhãn hiệu trong năm 2025 tại cơ quan có thẩm quyền."],
     ["Cải tạo hạ tầng đồng muối theo hướng sản xuất sạch", "Xây dựng nhãn hiệu chung cho muối của tỉnh"]),
])
def test_a_run_in_list_whose_headings_run_longer_than_a_few_words_is_headed(tmp_path, form, items, headings):
    (part,) = _body(tmp_path, ["I. NỘI DUNG", *items], form)
    assert [n.heading for n in part.children] == headings
    assert [n.text for n in part.children] == [item.split(": ", 1)[1] for item in items]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("items", [
    # the long words before the colon a sentence over a shorter list: no heading
    ["1. Mục đích: Nâng thu nhập của diêm dân.", "2. Các xã ven biển chỉ đạo các thôn làm tốt các việc sau: Rà soát hộ."],
    # a body after the colon of the long one: a task and its lead
    ["1. Mục đích: Nâng thu nhập của diêm dân.",
     "2. Tuyên truyền về chính sách hỗ trợ diêm dân năm nay: Phòng Văn hóa và Thông tin chủ trì thực hiện."],
    # a person before the colon
    ["1. Mục đích: Nâng thu nhập của diêm dân.", "2. Ông Nguyễn Văn Bình trưởng thôn Bắc Sơn của xã: Tổ trưởng tổ công tác."],
    # sentences' lead-ins to the lists after them, each shorter than its list (found by the s32 review)
    ["1. Tuyên truyền đến cán bộ công chức các nội dung sau: Luật Cán bộ, công chức năm 2025 và các nghị định "
     "hướng dẫn thi hành luật.",
     "2. Tập huấn cho công chức bộ phận một cửa về các nội dung: Kỹ năng tiếp nhận hồ sơ, trả kết quả và số hóa "
     "hồ sơ điện tử."],
    ["1. Hội nghị tập huấn cho cán bộ cấp xã gồm: Cán bộ địa chính, công chức tư pháp, công chức văn hóa xã hội và "
     "các trưởng thôn.",
     "2. Kiểm tra việc thực hiện ở các xã ven biển như sau: Mỗi quý một lần, do Phòng Kinh tế chủ trì, các phòng "
     "chuyên môn phối hợp."],
])
def test_a_run_in_list_with_a_long_line_that_is_no_heading_stays_text(tmp_path, form, items):
    (part,) = _body(tmp_path, ["I. NỘI DUNG", *items], form)
    assert [(n.heading, n.text) for n in part.children] == [(None, item.split(" ", 1)[1]) for item in items]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("first, second, heading", [
    ("I. NỘI DUNG, NHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH", "NĂM 2025", "NỘI DUNG, NHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH NĂM 2025"),
    ("I. PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG", "GIAI ĐOẠN 2026 - 2030", "PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG GIAI ĐOẠN 2026 - 2030"),
    ("I. XÂY DỰNG NÔNG THÔN MỚI KIỂU MẪU", "TRÊN ĐỊA BÀN XÃ", "XÂY DỰNG NÔNG THÔN MỚI KIỂU MẪU TRÊN ĐỊA BÀN XÃ"),
    ("Phần I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "ĐẾN NĂM 2025", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐẾN NĂM 2025"),
])
def test_a_parts_heading_wrapped_before_its_time_or_a_joining_word_goes_on(tmp_path, form, first, second, heading):
    (part,) = _body(tmp_path, [first, second, "1. Cải tạo đồng muối", "Nâng cấp 50 ha."], form)
    assert (part.heading, part.text, [c.heading for c in part.children]) == (heading, "", ["Cải tạo đồng muối"])


@pytest.mark.parametrize("form", FORMS)
def test_a_line_in_capitals_under_a_closed_heading_that_starts_no_tail_stays_text(tmp_path, form):
    (part,) = _body(tmp_path, ["I. CHỈ TIÊU", "TRỌNG TÂM LÀ NÂNG SẢN LƯỢNG MUỐI SẠCH.", "1. Sản lượng", "Đạt 32.000 tấn."], form)
    assert (part.heading, part.text) == ("CHỈ TIÊU", "TRỌNG TÂM LÀ NÂNG SẢN LƯỢNG MUỐI SẠCH.")


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines, heading, text", [
    # a group's heading under the part's, the other group's later (found by the s32 review: the part had become
    # the province's alone)
    (["I. NHIỆM VỤ, GIẢI PHÁP", "ĐỐI VỚI CẤP TỈNH", "1. Rà soát đồng muối", "Rà soát 50 ha.", "ĐỐI VỚI CẤP XÃ",
      "2. Kiểm tra đồng muối", "Kiểm tra 20 ha."], "NHIỆM VỤ, GIẢI PHÁP", "ĐỐI VỚI CẤP TỈNH"),
    # a sentence in capitals opening with a joining word
    (["I. NHIỆM VỤ CHỦ YẾU", "TẠI CÁC XÃ VEN BIỂN, UBND XÃ CHỦ ĐỘNG THỰC HIỆN.", "1. Rà soát đồng muối", "Rà soát 50 ha."],
     "NHIỆM VỤ CHỦ YẾU", "TẠI CÁC XÃ VEN BIỂN, UBND XÃ CHỦ ĐỘNG THỰC HIỆN."),
    # the tail joined, the sentence in capitals after it stays text
    (["I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "NĂM 2025", "TRỌNG TÂM LÀ NÂNG SẢN LƯỢNG MUỐI SẠCH.", "1. Rà soát đồng muối",
      "Rà soát 50 ha."], "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025", "TRỌNG TÂM LÀ NÂNG SẢN LƯỢNG MUỐI SẠCH."),
])
def test_a_line_in_capitals_that_is_no_tail_of_a_closed_heading_stays_text(tmp_path, form, lines, heading, text):
    (part,) = _body(tmp_path, lines, form)
    assert (part.heading, part.text.splitlines()[0]) == (heading, text)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines, outline", [
    # under an item numbered with a full stop
    (["I. NHIỆM VỤ", "1. Quy hoạch", "Rà soát quy hoạch.", "2. Các dự án", "1) Dự án đồng muối;", "2) Dự án kho muối.",
      "3. Kinh phí", "Ngân sách tỉnh."],
     [("roman", "I", "NHIỆM VỤ", [("arabic", "1", "Quy hoạch", []),
                                  ("arabic", "2", "Các dự án", [("arabic", "1", None, []), ("arabic", "2", None, [])]),
                                  ("arabic", "3", "Kinh phí", [])])]),
    # under a point, the next point after them
    (["I. NHIỆM VỤ", "1. Đầu tư", "a) Các công trình:", "1) Kho muối;", "2) Chợ muối.", "b) Vốn sự nghiệp."],
     [("roman", "I", "NHIỆM VỤ", [("arabic", "1", "Đầu tư", [
         ("letter", "a", None, [("arabic", "1", None, []), ("arabic", "2", None, [])]), ("letter", "b", None, [])])])]),
    # under a sub-item "1.2.", the next sub-item after them
    (["I. NHIỆM VỤ", "1. Đầu tư", "1.1. Kho muối", "Xây hai kho.", "1.2. Các dự án khác", "1) Chợ muối;",
      "2) Bến cá.", "1.3. Vốn", "Ngân sách tỉnh."],
     [("roman", "I", "NHIỆM VỤ", [("arabic", "1", "Đầu tư", [
         ("arabic", "1.1", "Kho muối", []),
         ("arabic", "1.2", "Các dự án khác", [("arabic", "1", None, []), ("arabic", "2", None, [])]),
         ("arabic", "1.3", "Vốn", [])])])]),
    # a bracket that goes on from the item above ("1." then "2)"): the author's slip, a sibling
    (["I. NHIỆM VỤ", "1. Quy hoạch", "Rà soát quy hoạch.", "2) Kinh phí", "Ngân sách tỉnh."],
     [("roman", "I", "NHIỆM VỤ", [("arabic", "1", "Quy hoạch", []), ("arabic", "2", "Kinh phí", [])])]),
])
def test_items_numbered_with_a_bracket_inside_an_item_or_point_are_its_children(tmp_path, form, lines, outline):
    assert _outline(_body(tmp_path, lines, form)) == outline


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("items, headed", [
    (["a) Đối tượng.", "Các hộ làm muối trong vùng quy hoạch.", "b) Thời gian.", "Từ tháng 3 đến tháng 8 năm 2025."], True),
    (["1. Tuyên truyền.", "Đài truyền thanh xã phát tin hằng tuần về vụ muối.", "2. Kiểm tra.",
      "Tổ công tác kiểm tra các ô kết tinh mỗi tháng một lần."], True),
    # sentence items that go on in a shorter paragraph
    (["1. Các xã rà soát đất làm muối bỏ hoang của các hộ.", "Xong trước 30/6.", "2. Các xã lập danh sách hộ vay vốn.",
      "Gửi về Sở."], False),
    # one item of the list has no paragraph under it
    (["1. Tuyên truyền.", "Đài truyền thanh xã phát tin hằng tuần.", "2. Các xã kiểm tra các ô kết tinh hằng tháng."], False),
    # a lone item
    (["1. Tuyên truyền.", "Đài truyền thanh xã phát tin hằng tuần về vụ muối."], False),
    # sentences over longer paragraphs: a body that acts, a date, a comma (found by the s32 review)
    (["1. Sở Nội vụ chủ trì thực hiện.", "Tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch kiểm tra công vụ hằng năm.",
      "2. Các sở, ngành thực hiện nghiêm túc.", "Báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15 tháng 12 hằng năm."],
     False),
    (["1. Hoàn thành trước ngày 30/6/2026.", "Các xã gửi báo cáo kết quả rà soát đất làm muối về Phòng Kinh tế tổng hợp.",
      "2. Báo cáo tổng kết.", "Phòng Kinh tế tổng hợp báo cáo kết quả thực hiện về Ủy ban nhân dân xã."], False),
])
def test_a_list_of_titles_closed_by_a_full_stop_each_over_its_paragraph_is_headed(tmp_path, form, items, headed):
    (part,) = _body(tmp_path, ["I. NỘI DUNG", *items], form)
    labels = [line for line in items if line[:2] in ("a)", "b)", "1.", "2.")]
    want = [(line.split(" ", 1)[1] if headed else None) for line in labels]
    assert [n.heading for n in part.children] == want
    assert all(n.text for n in part.children)


def _two_pages(tmp_path, first: list[str], second: list[str]):
    """A text PDF of two pages: the plan's header and ``first`` on the first, ``second`` and the closing on the next."""
    from pdfmaker import text_pdf

    pages = [[*PLAN_HEADER, *first], [*second, *PLAN_CLOSING]]
    path = tmp_path / "doc.pdf"
    path.write_bytes(text_pdf([[(60.0, 40.0 + 16 * k, line) for k, line in enumerate(page)] for page in pages], size=10))
    doc = process(path)
    return [n for n in doc.sections if n.kind not in ("opening", "closing")]


@pytest.mark.parametrize("note", [
    "* Nghị định số 45/2025/NĐ-CP ngày 01 tháng 3 năm 2025 của Chính phủ quy định chức năng của Sở.",
    "*Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.",
    "* Quyết định số 1289/QĐ-UBND ngày 15/8/2024 của Ủy ban nhân dân tỉnh",
])
def test_a_scanned_footnote_read_with_a_star_at_a_pages_foot_stays_text(tmp_path, note):
    (part,) = _two_pages(tmp_path, ["I. NHIỆM VỤ", "1. Cải tạo đồng muối", "Nâng cấp 50 ha theo quy định của tỉnh.", note],
                         ["2. Liên kết tiêu thụ", "Ký hợp đồng."])
    first, second = part.children
    assert (first.children, first.text.splitlines()[-1], second.heading) == ([], note, "Liên kết tiêu thụ")


@pytest.mark.parametrize("first, second", [
    # a list of the bases with stars, its last one at the page's foot
    (["I. CĂN CỨ", "* Luật Du lịch năm 2017;", "* Nghị định số 168/2017/NĐ-CP ngày 31/12/2017 của Chính phủ;"],
     ["* Quyết định số 12/QĐ-UBND ngày 02/01/2025 của Ủy ban nhân dân tỉnh.", "II. NHIỆM VỤ", "Cải tạo đồng muối."]),
    # a star at the page's foot that names no document first: a sub-heading over the next page's dashes
    (["I. CĂN CỨ", "Các văn bản của tỉnh.", "* Nhiệm vụ trọng tâm theo Quyết định số 12/QĐ-UBND:"],
     ["- Cải tạo đồng muối.", "II. NHIỆM VỤ", "Cải tạo đồng muối."]),
])
def test_a_star_at_a_pages_foot_in_a_list_or_over_lines_stays_a_star(tmp_path, first, second):
    part, _ = _two_pages(tmp_path, first, second)
    assert "star" in [n.kind for n in part.children]


def test_the_first_of_a_list_of_stars_at_a_pages_foot_stays_a_star(tmp_path):
    """The list goes on on the next page: its first item, the page's last line, is no footnote (found by the s32
    review: the first basis had become the part's text)."""
    part, _ = _two_pages(tmp_path, ["I. CĂN CỨ", "Kế hoạch được xây dựng trên các căn cứ sau:",
                                    "* Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;"],
                         ["* Nghị định số 168/2017/NĐ-CP ngày 31/12/2017 của Chính phủ;", "II. NHIỆM VỤ", "Cải tạo đồng muối."])
    assert [n.kind for n in part.children] == ["star", "star"]
