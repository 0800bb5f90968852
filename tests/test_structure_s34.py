"""Section trees (s34): the s33 review's leftovers, then a sixth blind round of outlines of kinds the s29-s33 rounds
did not hold, each fixture written from the facts below (own words, numbers and bodies), its tree stated by hand, run in
text, HTML, DOCX and PDF.

FACTS (from the openings of stored legal-site pages; facts, not text):
- A commune's mid-term report (2018): "BÁO CÁO" / its subject / "Phần thứ nhất" / its heading in capitals wrapped onto
  two lines / "A- NHỮNG THÀNH TỰU ĐẠT ĐƯỢC" / "I- VỀ PHÁT TRIỂN KINH TẾ" / "1. Sản xuất nông nghiệp".
- A province's plan (Hà Nam 2014): "Phần I" / "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM …" / "I. TÌNH HÌNH CHUNG".
- A commune's working regulation issued by a decision (Xuân Phú 2021), a province's reporting regulation (Kon Tum 2024,
  Quảng Trị 2019): "QUYẾT ĐỊNH:" / "Điều 1. Ban hành kèm theo Quyết định này Quy định …" / … / the regulation's title /
  "(Ban hành kèm theo Quyết định số …)" / "Chương I" / "NHỮNG QUY ĐỊNH CHUNG" / "Điều 1. Phạm vi, đối tượng điều chỉnh"
  / "1. Quy chế này quy định …" / "2. …".
- A district's plan (2021): "I. MỤC ĐÍCH, YÊU CẦU" / "1. Mục đích:" (a colon closing the heading) / paragraphs / "2. Yêu
  cầu:"; a province's plan (Tuyên Quang 2022): "1. Mục đích" / a paragraph / "2. Yêu cầu", no Roman part.
- A province's quarterly tasks (Bình Định 2022): "1. Về phòng, chống dịch Covid-19: Tiếp tục đẩy mạnh …" (a heading and
  its first sentence on one line).
- A city's plan (Hồ Chí Minh 2019): sub-items "2.1." "2.2." that are sentences; a congress's resolution (Tiền Giang
  2020): "QUYẾT NGHỊ" / "I- Tán thành …" / "1. Về kết quả, Đại hội khẳng định:".
- From the round's brief (not in the pages the search returned): annexes numbered "Phụ lục 01", "Phụ lục 1a", "Biểu
  1.1"; "*" and "•" bullets; headings "Nhiệm vụ 1:", "Giải pháp thứ nhất"; decimal levels four deep; "1. Mục đích: bảo
  đảm …" (the sentence after the colon in small letters).

``wrong_nodes`` (tests/test_structure_s29.py) counts a node wrong where it is lost, has another parent or level, another
heading, or its text is not under it, and a node made beyond the stated tree.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from test_structure_s29 import N, wrong_nodes

FORMS = ["text", "html", "docx", "pdf"]

PLAN_HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH HẠ VÂN", "Số: 208/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
               "Độc lập - Tự do - Hạnh phúc", "Hạ Vân, ngày 09 tháng 9 năm 2025", "KẾ HOẠCH",
               "Phát triển nghề nuôi ong năm 2026",
               "Thực hiện chỉ đạo của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"]
PLAN_CLOSING = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đoàn Minh Quý"]
REPORT_HEADER = ["ỦY BAN NHÂN DÂN", "XÃ SƠN KHÊ", "Số: 77/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Sơn Khê, ngày 12 tháng 12 năm 2025", "BÁO CÁO",
                 "Kết quả nuôi ong năm 2025 và phương hướng năm 2026"]
REPORT_CLOSING = ["Nơi nhận:", "- Huyện ủy;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Văn Tường"]
DECISION_HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH HẠ VÂN", "Số: 31/2025/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                   "Độc lập - Tự do - Hạnh phúc", "Hạ Vân, ngày 03 tháng 3 năm 2025", "QUYẾT ĐỊNH",
                   "Ban hành Quy chế quản lý vùng nuôi ong", "ỦY BAN NHÂN DÂN TỈNH HẠ VÂN",
                   "Căn cứ Luật Chăn nuôi ngày 19 tháng 11 năm 2018;", "Theo đề nghị của Giám đốc Sở Nông nghiệp.",
                   "QUYẾT ĐỊNH:"]
DECISION_CLOSING = ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đoàn Minh Quý"]
REFERENCE = "(Kèm theo Kế hoạch số 208/KH-UBND ngày 09/9/2025 của Ủy ban nhân dân tỉnh)"
TASK_TABLE = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành",
              "1", "Điều tra đàn ong", "Sở Nông nghiệp", "Quý I/2026",
              "2", "Tập huấn kỹ thuật nuôi ong", "Hội Nông dân tỉnh", "Quý II/2026"]
FUND_TABLE = ["STT", "Nội dung", "Kinh phí (triệu đồng)", "Nguồn vốn",
              "1", "Mua tổ ong giống", "800", "Ngân sách tỉnh",
              "2", "Xây xưởng quay mật", "1.200", "Vốn xã hội hóa"]

# name: (lines, expected tree of the body)
FIXTURES: dict[str, tuple[list[str], list]] = {
    # a report's parts by ordinal words in capitals, each heading on the next line, Roman parts restarting in each
    "report_parts_by_ordinal_words": (
        [*REPORT_HEADER, "PHẦN THỨ NHẤT", "KẾT QUẢ NUÔI ONG NĂM 2025", "I. QUY MÔ ĐÀN ONG", "Toàn xã có 1.300 đàn ong.",
         "II. SẢN LƯỢNG MẬT", "1. Mật ong hoa nhãn", "Thu 14 tấn.", "2. Mật ong hoa rừng", "Thu 6 tấn.",
         "PHẦN THỨ HAI", "PHƯƠNG HƯỚNG NĂM 2026", "I. MỤC TIÊU", "Nâng đàn ong lên 1.600 đàn.", "II. GIẢI PHÁP",
         "Mở hai lớp tập huấn.", *REPORT_CLOSING],
        [N("part", "1", "KẾT QUẢ NUÔI ONG NĂM 2025", "", N("roman", "I", "QUY MÔ ĐÀN ONG", "1.300"),
           N("roman", "II", "SẢN LƯỢNG MẬT", "", N("arabic", "1", "Mật ong hoa nhãn", "14 tấn"),
             N("arabic", "2", "Mật ong hoa rừng", "6 tấn"))),
         N("part", "2", "PHƯƠNG HƯỚNG NĂM 2026", "", N("roman", "I", "MỤC TIÊU", "1.600"),
           N("roman", "II", "GIẢI PHÁP", "tập huấn"))]),
    # a commune's report: "Phần thứ nhất" in sentence case, its heading wrapped onto two lines, groups "A-" over Roman
    # parts numbered with a dash
    "report_wrapped_part_heading_dashed_groups": (
        [*REPORT_HEADER, "Phần thứ nhất", "TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT", "CỦA ĐẢNG BỘ XÃ NĂM 2025",
         "A- NHỮNG KẾT QUẢ ĐẠT ĐƯỢC", "I- VỀ KINH TẾ", "1. Nuôi ong", "Đàn ong tăng 20%.", "2. Trồng cây ăn quả",
         "Trồng mới 40 ha.", "II- VỀ XÃ HỘI", "Giảm 15 hộ nghèo.", "B- HẠN CHẾ", "Giá mật ong chưa ổn định.",
         "Phần thứ hai", "NHIỆM VỤ NĂM 2026", "I- MỤC TIÊU", "Thu nhập bình quân đạt 60 triệu đồng.", *REPORT_CLOSING],
        [N("part", "1", "TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT CỦA ĐẢNG BỘ XÃ NĂM 2025", "",
           N("upper_letter", "A", "NHỮNG KẾT QUẢ ĐẠT ĐƯỢC", "",
             N("roman", "I", "VỀ KINH TẾ", "", N("arabic", "1", "Nuôi ong", "20%"), N("arabic", "2", "Trồng cây ăn quả", "40 ha")),
             N("roman", "II", "VỀ XÃ HỘI", "hộ nghèo")),
           N("upper_letter", "B", "HẠN CHẾ", "Giá mật ong")),
         N("part", "2", "NHIỆM VỤ NĂM 2026", "", N("roman", "I", "MỤC TIÊU", "60 triệu"))]),
    # a decision of three articles issuing a regulation in chapters, sections and articles printed after its signature
    "decision_issuing_a_regulation": (
        [*DECISION_HEADER, "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý vùng nuôi ong.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2025.",
         "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.",
         *DECISION_CLOSING, "QUY CHẾ", "Quản lý vùng nuôi ong",
         "(Ban hành kèm theo Quyết định số 31/2025/QĐ-UBND ngày 03 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh)",
         "Chương I", "NHỮNG QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "1. Quy chế này quy định việc quản lý vùng nuôi ong.",
         "2. Quy chế không áp dụng với ong nuôi làm cảnh.", "Điều 2. Giải thích từ ngữ", "Vùng nuôi ong là nơi đặt từ 50 đàn trở lên.",
         "Chương II", "QUẢN LÝ VÙNG NUÔI ONG", "Mục 1", "ĐĂNG KÝ VÙNG NUÔI", "Điều 3. Hồ sơ đăng ký", "a) Đơn đăng ký;",
         "b) Sơ đồ vùng nuôi.", "Mục 2", "KIỂM TRA VÙNG NUÔI", "Điều 4. Kiểm tra định kỳ", "Mỗi năm kiểm tra một lần.",
         "Chương III", "TỔ CHỨC THỰC HIỆN", "Điều 5. Trách nhiệm thi hành", "Sở Nông nghiệp hướng dẫn thực hiện Quy chế này."],
        [N("article", "1", None, "Ban hành kèm theo"), N("article", "2", None, "hiệu lực"), N("article", "3", None, "thi hành"),
         N("attached", None, "Quản lý vùng nuôi ong", "",
           N("chapter", "I", "NHỮNG QUY ĐỊNH CHUNG", "",
             N("article", "1", "Phạm vi điều chỉnh", "", N("arabic", "1", None, "quản lý vùng"), N("arabic", "2", None, "làm cảnh")),
             N("article", "2", "Giải thích từ ngữ", "50 đàn")),
           N("chapter", "II", "QUẢN LÝ VÙNG NUÔI ONG", "",
             N("muc", "1", "ĐĂNG KÝ VÙNG NUÔI", "",
               N("article", "3", "Hồ sơ đăng ký", "", N("letter", "a", None, "Đơn"), N("letter", "b", None, "Sơ đồ"))),
             N("muc", "2", "KIỂM TRA VÙNG NUÔI", "", N("article", "4", "Kiểm tra định kỳ", "một lần"))),
           N("chapter", "III", "TỔ CHỨC THỰC HIỆN", "", N("article", "5", "Trách nhiệm thi hành", "hướng dẫn")))]),
    # annexes numbered with two figures, their titles in capitals under them
    "annexes_numbered_01_02": (
        [*PLAN_HEADER, "I. MỤC TIÊU", "Nâng đàn ong lên 5.000 đàn.", "II. NHIỆM VỤ", "Chi tiết tại Phụ lục 01 và Phụ lục 02.",
         *PLAN_CLOSING, "PHỤ LỤC 01", "DANH MỤC NHIỆM VỤ NĂM 2026", REFERENCE, *TASK_TABLE,
         "PHỤ LỤC 02", "KINH PHÍ THỰC HIỆN", REFERENCE, *FUND_TABLE],
        [N("roman", "I", "MỤC TIÊU", "5.000"), N("roman", "II", "NHIỆM VỤ", "Phụ lục 01"),
         N("annex", "01", "DANH MỤC NHIỆM VỤ NĂM 2026", "Kèm theo"), N("annex", "02", "KINH PHÍ THỰC HIỆN", "Kèm theo")]),
    # annexes numbered "1a" "1b", titles in sentence case over their reference
    "annexes_numbered_1a_1b": (
        [*PLAN_HEADER, "I. NHIỆM VỤ", "Theo các phụ lục kèm theo.", *PLAN_CLOSING,
         "Phụ lục 1a", "Nhiệm vụ của các sở", REFERENCE, *TASK_TABLE,
         "Phụ lục 1b", "Kinh phí của các sở", REFERENCE, *FUND_TABLE],
        [N("roman", "I", "NHIỆM VỤ", "phụ lục"), N("annex", "1a", "Nhiệm vụ của các sở", "Kèm theo"),
         N("annex", "1b", "Kinh phí của các sở", "Kèm theo")]),
    # tables numbered "Biểu 1.1" "Biểu 1.2" after the signature
    "tables_numbered_bieu_1_1": (
        [*PLAN_HEADER, "I. NHIỆM VỤ", "Theo các biểu kèm theo.", *PLAN_CLOSING,
         "BIỂU 1.1", "NHIỆM VỤ NĂM 2026", REFERENCE, *TASK_TABLE,
         "BIỂU 1.2", "KINH PHÍ NĂM 2026", REFERENCE, *FUND_TABLE],
        [N("roman", "I", "NHIỆM VỤ", "biểu"), N("annex", "1.1", "NHIỆM VỤ NĂM 2026", "Kèm theo"),
         N("annex", "1.2", "KINH PHÍ NĂM 2026", "Kèm theo")]),
    # stars as sub-headings under items, dashes under the stars
    "stars_over_dashes": (
        [*PLAN_HEADER, "I. NHIỆM VỤ", "1. Phát triển đàn ong", "* Mục tiêu chung", "- Giữ ổn định đàn ong hiện có.",
         "* Mục tiêu cụ thể", "- Tăng 300 đàn ong mỗi năm;", "- Có 5 hợp tác xã nuôi ong.", "2. Tiêu thụ mật ong",
         "* Trong nước", "- Mở 10 điểm bán.", *PLAN_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("arabic", "1", "Phát triển đàn ong", "",
             N("star", None, "Mục tiêu chung", "", N("dash", None, None, "ổn định")),
             N("star", None, "Mục tiêu cụ thể", "", N("dash", None, None, "300 đàn"), N("dash", None, None, "hợp tác xã"))),
           N("arabic", "2", "Tiêu thụ mật ong", "", N("star", None, "Trong nước", "", N("dash", None, None, "10 điểm"))))]),
    # round bullets under items
    "round_bullets": (
        [*PLAN_HEADER, "I. NHIỆM VỤ", "1. Tập huấn", "• Kỹ thuật chia đàn;", "• Phòng bệnh cho ong.", "2. Quảng bá",
         "• Dự hội chợ nông sản.", "II. KINH PHÍ", "Ngân sách tỉnh.", *PLAN_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("arabic", "1", "Tập huấn", "", N("dash", None, None, "chia đàn"), N("dash", None, None, "Phòng bệnh")),
           N("arabic", "2", "Quảng bá", "", N("dash", None, None, "hội chợ"))),
         N("roman", "II", "KINH PHÍ", "Ngân sách")]),
    # tasks numbered by a word ("Nhiệm vụ 1:") under a Roman part
    "tasks_numbered_by_a_word": (
        [*PLAN_HEADER, "I. NHIỆM VỤ TRỌNG TÂM", "Nhiệm vụ 1: Điều tra đàn ong", "Hoàn thành trong quý I.",
         "Nhiệm vụ 2: Tập huấn kỹ thuật", "Mở 10 lớp.", "II. KINH PHÍ", "Ngân sách tỉnh.", *PLAN_CLOSING],
        [N("roman", "I", "NHIỆM VỤ TRỌNG TÂM", "", N("step", "1", "Điều tra đàn ong", "quý I"),
           N("step", "2", "Tập huấn kỹ thuật", "10 lớp")),
         N("roman", "II", "KINH PHÍ", "Ngân sách")]),
    # solutions numbered by ordinal words ("Giải pháp thứ nhất")
    "solutions_by_ordinal_words": (
        [*PLAN_HEADER, "I. GIẢI PHÁP", "Giải pháp thứ nhất: Hỗ trợ vốn", "Cho vay ưu đãi 30 triệu đồng một hộ.",
         "Giải pháp thứ hai: Liên kết tiêu thụ", "Ký hợp đồng với hai doanh nghiệp.", *PLAN_CLOSING],
        [N("roman", "I", "GIẢI PHÁP", "", N("step", "1", "Hỗ trợ vốn", "ưu đãi"), N("step", "2", "Liên kết tiêu thụ", "hợp đồng"))]),
    # decimal levels four deep
    "decimal_four_levels": (
        [*PLAN_HEADER, "I. NHIỆM VỤ", "1. Sản xuất", "1.1. Đàn ong", "1.1.1. Ong nội", "1.1.1.1. Giống ong",
         "Chọn 200 đàn giống.", "1.1.1.2. Thức ăn", "Trồng 30 ha cây nguồn mật.", "1.1.2. Ong ngoại", "Nuôi thử 100 đàn.",
         "1.2. Xưởng quay mật", "Xây hai xưởng.", *PLAN_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("arabic", "1", "Sản xuất", "",
             N("arabic", "1.1", "Đàn ong", "",
               N("arabic", "1.1.1", "Ong nội", "", N("arabic", "1.1.1.1", "Giống ong", "200 đàn"),
                 N("arabic", "1.1.1.2", "Thức ăn", "30 ha")),
               N("arabic", "1.1.2", "Ong ngoại", "100 đàn")),
             N("arabic", "1.2", "Xưởng quay mật", "hai xưởng")))]),
    # a heading and its first sentence in small letters on one line after a colon
    "heading_colon_small_letters": (
        [*PLAN_HEADER, "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích: bảo đảm nguồn mật ong sạch cho thị trường.",
         "2. Yêu cầu: các xã triển khai đồng bộ, đúng tiến độ.", "II. NHIỆM VỤ", "Điều tra đàn ong.", *PLAN_CLOSING],
        [N("roman", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "mật ong sạch"),
           N("arabic", "2", "Yêu cầu", "đồng bộ")),
         N("roman", "II", "NHIỆM VỤ", "Điều tra")]),
    # headings closed by a colon over their paragraphs ("1. Mục đích:" / …)
    "headings_closed_by_colons": (
        [*PLAN_HEADER, "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích:", "Bảo đảm nguồn mật ong sạch cho thị trường.",
         "Nâng thu nhập cho hộ nuôi ong.", "2. Yêu cầu:", "Các xã triển khai đồng bộ, đúng tiến độ.", *PLAN_CLOSING],
        [N("roman", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích:", "Bảo đảm"),
           N("arabic", "2", "Yêu cầu:", "Các xã"))]),
    # items with a run-in heading and a sentence in capitals after it ("1. Về nuôi ong: Tiếp tục …"), no Roman part
    "run_in_headings_no_roman": (
        [*REPORT_HEADER, "1. Về nuôi ong: Tiếp tục nhân đàn ong giống cho các hộ mới.",
         "2. Về trồng trọt: Chăm sóc 40 ha cây ăn quả đang cho thu hoạch.", "3. Về tiêu thụ: Ký hợp đồng với hai doanh nghiệp.",
         *REPORT_CLOSING],
        [N("arabic", "1", "Về nuôi ong", "nhân đàn"), N("arabic", "2", "Về trồng trọt", "40 ha"),
         N("arabic", "3", "Về tiêu thụ", "hợp đồng")]),
    # a council's resolution: unnumbered paragraphs after "QUYẾT NGHỊ:", then Roman parts closed by a colon
    "resolution_roman_parts_closed_by_colons": (
        ["HỘI ĐỒNG NHÂN DÂN", "XÃ SƠN KHÊ", "Số: 05/NQ-HĐND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Sơn Khê, ngày 20 tháng 12 năm 2025", "NGHỊ QUYẾT",
         "Về nhiệm vụ năm 2026", "HỘI ĐỒNG NHÂN DÂN XÃ SƠN KHÊ", "Căn cứ Luật Tổ chức chính quyền địa phương;", "QUYẾT NGHỊ:",
         "Nhất trí với báo cáo của Ủy ban nhân dân xã.", "I. ĐÁNH GIÁ TÌNH HÌNH NĂM 2025:", "Đàn ong tăng 20%.",
         "II. NHIỆM VỤ NĂM 2026:", "1. Nhân đàn ong giống.", "2. Mở điểm bán mật ong.", "Nơi nhận:", "- Huyện ủy;",
         "- Lưu: VT.", "CHỦ TỊCH", "Lò Văn Sinh"],
        [N("roman", "I", "ĐÁNH GIÁ TÌNH HÌNH NĂM 2025:", "20%"),
         N("roman", "II", "NHIỆM VỤ NĂM 2026:", "", N("arabic", "1", None, "đàn ong giống"), N("arabic", "2", None, "điểm bán"))]),
}


def _run(tmp_path, name, form):
    lines, tree = FIXTURES[name]
    return wrong_nodes(process(write_in_form(tmp_path, lines, form)).sections, tree)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixture_tree(tmp_path, name, form):
    assert _run(tmp_path, name, form) == []


# --- the s33 review's leftovers and the classes the round found, each on variants of its own ---------------------------

def _doc(tmp_path, lines: list[str], form: str, header=PLAN_HEADER, closing=PLAN_CLOSING):
    return process(write_in_form(tmp_path, [*header, *lines, *closing], form))


def _body(tmp_path, lines: list[str], form: str):
    return [n for n in _doc(tmp_path, lines, form).sections if n.kind not in ("opening", "closing")]


def _outline(nodes) -> list:
    return [(n.kind, n.number, _outline(n.children)) for n in nodes]


def _kinds(nodes) -> list[str]:
    return [k for n in nodes for k in (n.kind, *_kinds(n.children))]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("letters", [
    ["A. Phương án xây mới", "B. Phương án cải tạo"],
    ["A. Đặt trại ong ở vùng đồi", "B. Đặt trại ong ở vườn nhãn", "C. Đặt trại ong ở rừng keo"],
    ["A. Giai đoạn thử nghiệm", "B. Giai đoạn nhân rộng"],
])
def test_capital_letters_inside_an_item_that_goes_on_after_them_are_its_points(tmp_path, form, letters):
    """"1. Lựa chọn phương án" / "A. …" / "B. …" / "2. Kinh phí": the letters are the item's own lines (its points in
    sentence case), not groups taking "2." and "3." under the last of them."""
    lines = ["I. NHIỆM VỤ", "1. Lựa chọn phương án"]
    for letter in letters:
        lines += [letter, "Lập dự toán chi tiết."]
    body = _body(tmp_path, [*lines, "2. Kinh phí", "Ngân sách tỉnh.", "3. Tiến độ", "Trong năm 2026."], form)
    assert _outline(body) == [("roman", "I", [("arabic", "1", []), ("arabic", "2", []), ("arabic", "3", [])])]
    assert body[0].children[0].text.splitlines()[0] == letters[0]


@pytest.mark.parametrize("form", FORMS)
def test_capital_letters_inside_an_item_with_items_restarting_under_each_are_groups(tmp_path, form):
    """The items restart under each letter ("B." / "1."): the letters group them, as the s33 groups do."""
    body = _body(tmp_path, ["I. NHIỆM VỤ", "1. Yêu cầu chung", "Các xã triển khai đồng bộ.", "A. Nhiệm vụ của tỉnh",
                            "1. Điều tra đàn ong", "2. Tập huấn", "B. Nhiệm vụ của xã", "1. Nhân đàn", "2. Quảng bá"], form)
    assert _outline(body) == [("roman", "I", [("arabic", "1", []),
                                              ("upper_letter", "A", [("arabic", "1", []), ("arabic", "2", [])]),
                                              ("upper_letter", "B", [("arabic", "1", []), ("arabic", "2", [])])])]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("items", [
    ["1. Những việc đã làm được.", "Các xã đã lập xong danh sách hộ nuôi ong cần được hỗ trợ vốn.",
     "2. Những việc chưa làm được.", "Kinh phí mới bố trí được một nửa so với nhu cầu đã đề ra."],
    ["1. Một số hạn chế còn tồn tại.", "Giá mật ong chưa ổn định, nhiều hộ bán qua thương lái với giá thấp.",
     "2. Một số bài học đã rút ra.", "Cần sự vào cuộc của cả hệ thống chính trị và người dân ở các thôn."],
    ["a) Các nhiệm vụ đã hoàn thành.", "Điều tra đàn ong và mở hai lớp tập huấn cho hộ nuôi ong trong xã.",
     "b) Các nhiệm vụ chưa hoàn thành.", "Xưởng quay mật chưa xây xong vì thiếu mặt bằng ở cụm công nghiệp."],
    ["1. Việc đã làm.", "Các thôn đã tổ chức họp dân và phổ biến kế hoạch nuôi ong của xã năm nay.",
     "2. Việc sẽ làm.", "Các thôn sẽ lập danh sách hộ nuôi ong cần vay vốn gửi về Ủy ban nhân dân xã."],
])
def test_a_kind_of_things_narrowed_by_a_relative_clause_is_a_title(tmp_path, form, items):
    """"Những việc đã làm được." holds a clause word ("đã") but names a kind of things: the item's heading."""
    (part,) = _body(tmp_path, ["I. ĐÁNH GIÁ", *items], form)
    assert [n.heading for n in part.children] == [items[0].split(" ", 1)[1], items[2].split(" ", 1)[1]]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("items", [
    ["1. Những hộ này đã được hỗ trợ.", "Mỗi hộ được nhận năm đàn ong giống và một bộ dụng cụ quay mật ong.",
     "2. Những thôn khác vẫn chờ.", "Nguồn ong giống của trại tỉnh chưa đủ để cấp cho tất cả các thôn."],
    ["1. Việc rà soát đã chậm.", "Nhiều thôn chưa gửi danh sách hộ nuôi ong về Ủy ban nhân dân xã đúng hạn.",
     "2. Kết quả còn thấp.", "Sản lượng mật ong mới đạt hai phần ba so với chỉ tiêu kế hoạch đã đề ra."],
])
def test_a_clause_whose_subject_is_no_kind_of_things_stays_text(tmp_path, form, items):
    (part,) = _body(tmp_path, ["I. ĐÁNH GIÁ", *items], form)
    assert [n.heading for n in part.children] == [None, None]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines, outline", [
    # the document's own "2)" holds points, a finer list under the first point; "3)" "4)" are its next items
    (["I. NHIỆM VỤ", "1) Điều tra đàn ong", "Hoàn thành quý I.", "2) Xúc tiến thương mại", "a) Hội chợ trong nước:",
      "1) Hội chợ ở thủ đô;", "2) Hội chợ ở miền Trung.", "b) Hội chợ nước ngoài.", "3) Kinh phí", "Ngân sách tỉnh.",
      "4) Tiến độ", "Trong năm 2026."],
     [("roman", "I", [("arabic", "1", []),
                      ("arabic", "2", [("letter", "a", [("arabic", "1", []), ("arabic", "2", [])]), ("letter", "b", [])]),
                      ("arabic", "3", []), ("arabic", "4", [])])]),
    # no Roman part, three points
    (["1) Điều tra đàn ong", "Hoàn thành quý I.", "2) Tập huấn", "a) Ở vùng đồi:", "1) Xã Sơn Khê;", "2) Xã Hà Phú.",
      "b) Ở vùng đồng.", "c) Ở ven biển.", "3) Quảng bá", "Dự hội chợ."],
     [("arabic", "1", []),
      ("arabic", "2", [("letter", "a", [("arabic", "1", []), ("arabic", "2", [])]), ("letter", "b", []), ("letter", "c", [])]),
      ("arabic", "3", [])]),
    # a number that does not go on from the open item above the points: the finer list numbered on, as in s33
    (["I. NHIỆM VỤ", "1) Xúc tiến thương mại", "a) Hội chợ trong nước:", "1) Hội chợ ở thủ đô;", "2) Hội chợ ở miền Trung.",
      "b) Hội chợ nước ngoài:", "3) Hội chợ ở Lào."],
     [("roman", "I", [("arabic", "1", [("letter", "a", [("arabic", "1", []), ("arabic", "2", [])]),
                                       ("letter", "b", [("arabic", "3", [])])])])]),
])
def test_a_bracketed_item_that_goes_on_from_the_open_one_above_the_points_is_its_sibling(tmp_path, form, lines, outline):
    assert _outline(_body(tmp_path, lines, form)) == outline


BODY_WITH_NO_NUMBERS = ["Năm 2026, tỉnh tập trung phát triển nghề nuôi ong ở các xã vùng đồi.",
                        "Các sở, ngành phối hợp với các huyện hỗ trợ hộ nuôi ong vay vốn ưu đãi.",
                        "Sở Nông nghiệp theo dõi, báo cáo kết quả hằng quý./."]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("closing", [
    PLAN_CLOSING,
    ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đoàn Minh Quý", "Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT."],  # signature first
])
def test_a_body_with_no_numbers_is_a_body_node_and_its_closing_is_apart(tmp_path, form, closing):
    """No label, no bold heading: the paragraphs after the title are one body node (s44, schema 0.26.0; before, the
    opening's), not a heading each, and the recipients and the signature are the closing, as in a numbered document."""
    doc = _doc(tmp_path, BODY_WITH_NO_NUMBERS, form, closing=closing)
    assert [n.kind for n in doc.sections] == ["opening", "body", "closing"]
    assert doc.sections[0].text.splitlines()[-1] == PLAN_HEADER[-2]  # the title
    assert doc.sections[1].text.splitlines() == [PLAN_HEADER[-1], *BODY_WITH_NO_NUMBERS]
    assert doc.sections[2].text.splitlines() == closing


@pytest.mark.parametrize("form", FORMS)
def test_a_letter_with_no_numbers_keeps_its_closing_apart(tmp_path, form):
    header = ["ỦY BAN NHÂN DÂN", "TỈNH HẠ VÂN", "Số: 512/UBND-KT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc", "Hạ Vân, ngày 09 tháng 9 năm 2025", "V/v hỗ trợ hộ nuôi ong",
              "Kính gửi: Sở Nông nghiệp"]
    doc = _doc(tmp_path, ["Ủy ban nhân dân tỉnh giao Sở Nông nghiệp chủ trì hướng dẫn các xã hỗ trợ hộ nuôi ong./."],
               form, header=header, closing=["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TL. CHỦ TỊCH",
                                             "CHÁNH VĂN PHÒNG", "Lê Văn Hải"])
    # the one paragraph closes with the end mark "./.": the content, no second addressee (s44 lead)
    assert [n.kind for n in doc.sections] == ["opening", "body", "closing"]
    assert doc.sections[2].text.startswith("Nơi nhận:")
    assert [a.name for a in doc.metadata.addressees] == ["Sở Nông nghiệp"]


@pytest.mark.parametrize("form", FORMS)
def test_a_body_with_no_numbers_and_no_closing_is_the_opening_and_a_body(tmp_path, form):
    doc = _doc(tmp_path, BODY_WITH_NO_NUMBERS, form, closing=[])
    assert [n.kind for n in doc.sections] == ["opening", "body"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("headings, numbers", [
    (["Phụ lục 1a", "Phụ lục 1b"], ["1a", "1b"]),
    (["PHỤ LỤC 2A", "PHỤ LỤC 2B"], ["2A", "2B"]),
    (["BIỂU 1.1", "BIỂU 1.2"], ["1.1", "1.2"]),
    (["Biểu 1", "Biểu 2"], ["1", "2"]),
])
def test_annexes_numbered_with_a_letter_or_a_decimal(tmp_path, form, headings, numbers):
    lines = ["I. NHIỆM VỤ", "Theo các phụ lục kèm theo.", *PLAN_CLOSING, headings[0], "NHIỆM VỤ NĂM 2026", REFERENCE,
             *TASK_TABLE, headings[1], "KINH PHÍ NĂM 2026", REFERENCE, *FUND_TABLE]
    annexes = [n for n in _doc(tmp_path, lines, form, closing=[]).sections if n.kind == "annex"]
    assert [(n.label, n.number, n.heading) for n in annexes] == [
        (headings[0], numbers[0], "NHIỆM VỤ NĂM 2026"), (headings[1], numbers[1], "KINH PHÍ NĂM 2026")]
    assert [[c.kind for c in n.children] for n in annexes] == [["table"], ["table"]]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("items, headings", [
    (["1. Mục đích: bảo đảm nguồn mật ong sạch cho thị trường.", "2. Yêu cầu: các xã triển khai đồng bộ, đúng tiến độ."],
     ["Mục đích", "Yêu cầu"]),
    (["a) Về giống: chọn ong nội khỏe, ít bệnh", "b) Về thức ăn: trồng thêm cây nguồn mật quanh trại"],
     ["Về giống", "Về thức ăn"]),
])
def test_a_list_of_run_in_headings_over_small_letters_is_headed(tmp_path, form, items, headings):
    (part,) = _body(tmp_path, ["I. NỘI DUNG", *items], form)
    assert [n.heading for n in part.children] == headings
    assert [n.text for n in part.children] == [item.split(": ", 1)[1] for item in items]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("items", [
    ["1. Mục đích: bảo đảm nguồn mật ong sạch cho thị trường.", "2. Tập huấn cho 300 hộ nuôi ong."],  # one alone
    ["1. Sở Nông nghiệp: chủ trì điều tra đàn ong.", "2. Hội Nông dân tỉnh: phối hợp tập huấn."],  # bodies
    ["1. Thời gian: quý I năm 2026.", "2. Địa điểm: hội trường xã."],  # a task's fields
    ["1. Các thông số chủ yếu: a) Số đàn ong; b) Sản lượng mật.", "2. Các yêu cầu khác: a) Giống ong; b) Thức ăn."],
])
def test_a_run_in_line_over_small_letters_that_is_no_list_of_headings_stays_text(tmp_path, form, items):
    (part,) = _body(tmp_path, ["I. NỘI DUNG", *items], form)
    assert [n.heading for n in part.children] == [None, None]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("items, headings", [
    (["1. Mục đích:", "Bảo đảm nguồn mật ong sạch cho thị trường trong tỉnh.", "2. Yêu cầu:",
      "Các xã triển khai đồng bộ, đúng tiến độ và báo cáo hằng quý."], ["Mục đích:", "Yêu cầu:"]),
    (["a) Về giống:", "Chọn ong nội khỏe, ít bệnh, thích nghi với khí hậu của vùng đồi.", "b) Về thức ăn:",
      "Trồng thêm cây nguồn mật quanh trại ong và giữ rừng keo tự nhiên."], ["Về giống:", "Về thức ăn:"]),
])
def test_titles_closed_by_a_colon_over_their_paragraphs_are_headed(tmp_path, form, items, headings):
    (part,) = _body(tmp_path, ["I. NỘI DUNG", *items], form)
    assert [n.heading for n in part.children] == headings


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("items", [
    ["1. Các nhiệm vụ gồm:", "Điều tra đàn ong, tập huấn kỹ thuật và mở điểm bán mật ong ở thị trấn.",
     "2. Đối tượng hỗ trợ là:", "Các hộ nuôi ong có từ mười đàn trở lên và ở các xã vùng đồi của tỉnh."],
    # a point's label run into the line (a PDF's two lines made one)
    ["1. Chỉ số cấp tỉnh a) Bộ tiêu chí cấp tỉnh:", "Bộ tiêu chí cấp tỉnh gồm tám lĩnh vực và ba mươi tám tiêu chí.",
     "2. Chỉ số cấp xã a) Bộ tiêu chí cấp xã:", "Bộ tiêu chí cấp xã gồm sáu lĩnh vực và hai mươi hai tiêu chí."],
])
def test_a_sentence_that_leads_into_its_paragraph_by_a_colon_stays_text(tmp_path, form, items):
    (part,) = _body(tmp_path, ["I. NỘI DUNG", *items], form)
    assert [n.heading for n in part.children] == [None, None]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("labels, headings", [
    (["Nhiệm vụ 1:", "Nhiệm vụ 2:"], ["Điều tra đàn ong", "Tập huấn kỹ thuật"]),
    (["Giải pháp thứ nhất:", "Giải pháp thứ hai:"], ["Hỗ trợ vốn", "Liên kết tiêu thụ"]),
    (["Giải pháp 1.", "Giải pháp 2."], ["Hỗ trợ vốn", "Liên kết tiêu thụ"]),
    (["NHIỆM VỤ THỨ NHẤT:", "NHIỆM VỤ THỨ HAI:"], ["ĐIỀU TRA ĐÀN ONG", "TẬP HUẤN KỸ THUẬT"]),
])
def test_tasks_and_solutions_numbered_by_a_word_are_nodes(tmp_path, form, labels, headings):
    (part, last) = _body(tmp_path, ["I. NHIỆM VỤ", f"{labels[0]} {headings[0]}", "Hoàn thành quý I.",
                                    f"{labels[1]} {headings[1]}", "Mở 10 lớp.", "II. KINH PHÍ", "Ngân sách tỉnh."], form)
    assert [(n.kind, n.number, n.heading, n.text) for n in part.children] == [
        ("step", "1", headings[0], "Hoàn thành quý I."), ("step", "2", headings[1], "Mở 10 lớp.")]
    assert last.number == "II"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines", [
    ["Nhiệm vụ 1 của kế hoạch là điều tra đàn ong.", "Nhiệm vụ 2 của kế hoạch là tập huấn."],  # sentences
    ["Giải pháp thứ yếu: giảm giá bán.", "Giải pháp thứ yếu khác: quảng cáo."],  # no ordinal
])
def test_a_sentence_opening_with_such_a_word_stays_text(tmp_path, form, lines):
    (part,) = _body(tmp_path, ["I. NHIỆM VỤ", *lines], form)
    assert "step" not in _kinds(part.children)
