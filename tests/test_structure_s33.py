"""Section trees (s33), a fifth blind round: outlines of kinds the s29-s32 rounds did not hold, each fixture written from
the facts below (own words, numbers and bodies), its tree stated by hand, run in text, HTML, DOCX and PDF (the bold ones
in the forms that print bold).

FACTS (from the openings of stored legal-site pages and the forms of Nghị định 30/2020/NĐ-CP; facts, not text):
- A city's plan (Hồ Chí Minh 2019): "2." over sub-items "2.1." "2.2." … that are sentences (no headings), the next
  part's items "1." "2." sentences too; a province's plan (Lạng Sơn 2020): "1. Mục tiêu chung" / "2. Mục tiêu cụ thể" /
  "a) …" / "- Đến năm 2025: …" / "- Đến năm 2030: …", no Roman part; (Bắc Ninh 2017) "I. MỤC TIÊU" / "1. Mục tiêu tổng
  quát" / "- Bảo đảm …".
- A council's resolution issuing a regulation (Bình Định 2022) and a province's decision issuing one (Kon Tum 2024):
  "QUYẾT NGHỊ:" / "QUYẾT ĐỊNH:" / "Điều 1. Ban hành kèm theo … Quy định …", the regulation after the signature; a
  council's resolution on a plan (Tiền Giang 2011) "Điều 1. Thông qua Kế hoạch …".
- A decision carrying a scheme (Đồng Nai 2013): "Điều 1. Phê duyệt Đề án … (kèm theo Đề án)." / "Điều 2. … hiệu lực …" /
  "Điều 3. …"; a department's plan (Hà Nam 2014): "Phần I" / its heading in capitals on the next line / "I." parts.
- From the round's brief (not in the pages the search returned): annexes with their own title block ("PHỤ LỤC I" /
  "DANH MỤC …" / "(Kèm theo Kế hoạch số …)") over a table, then the next annex; a regulation's "Chương" / "Mục 1." /
  "Điều"; headings numbered "1.1." / "1.1.1." with "a)" under them; "PHẦN I" over its heading; "-" and "+" alternating;
  headings in bold only, no number; the closing sentence and the signature right after the last item; items "1)" "2)"
  under a point a) numbered on ("3)" "4)") under the next point b); items closed by a full stop that are sentences;
  groups "A." "B." in sentence case inside a Roman part ("II. NHIỆM VỤ" / "A. Nhiệm vụ chung" / "1. …").

``wrong_nodes`` (tests/test_structure_s29.py) counts a node wrong where it is lost, has another parent or level, another
heading, or its text is not under it, and a node made beyond the stated tree.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from test_structure_s24 import BOLD, _write as write_marked
from test_structure_s29 import N, wrong_nodes

FORMS = ["text", "html", "docx", "pdf"]
BOLD_FORMS = ["docx", "docx_style", "html_b", "html_strong", "html_style", "pdf"]

PLAN_HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH LAM ĐIỀN", "Số: 133/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
               "Độc lập - Tự do - Hạnh phúc", "Lam Điền, ngày 16 tháng 6 năm 2025", "KẾ HOẠCH",
               "Phát triển nghề mây tre đan năm 2025",
               "Thực hiện chỉ đạo của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"]
PLAN_CLOSING = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lưu Văn Khang"]
COUNCIL_HEADER = ["HỘI ĐỒNG NHÂN DÂN", "TỈNH LAM ĐIỀN", "Số: 41/NQ-HĐND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                  "Độc lập - Tự do - Hạnh phúc", "Lam Điền, ngày 10 tháng 7 năm 2025", "NGHỊ QUYẾT",
                  "Về kế hoạch phát triển làng nghề giai đoạn 2026 - 2030", "HỘI ĐỒNG NHÂN DÂN TỈNH LAM ĐIỀN",
                  "KHÓA XVIII, KỲ HỌP THỨ 31", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                  "Xét Tờ trình của Ủy ban nhân dân tỉnh và ý kiến của đại biểu tại kỳ họp,", "QUYẾT NGHỊ:"]
COUNCIL_CLOSING = ["Nơi nhận:", "- Thường trực Tỉnh ủy;", "- Lưu: VT.", "CHỦ TỊCH", "Vương Đình Lực"]
REGULATION_HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH LAM ĐIỀN", "Số: 22/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Lam Điền, ngày 02 tháng 4 năm 2025", "QUY CHẾ",
                     "Quản lý làng nghề trên địa bàn tỉnh"]
REGULATION_CLOSING = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lưu Văn Khang"]
# tables flattened into one cell a line, as an annex's table reads from a text layer
TASK_TABLE = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành",
              "1", "Khảo sát các làng nghề mây tre", "Sở Công Thương", "Quý III/2025",
              "2", "Mở lớp dạy nghề đan lát", "Sở Nội vụ", "Quý IV/2025"]
PROJECT_TABLE = ["STT", "Tên dự án", "Địa điểm", "Vốn (triệu đồng)",
                 "1", "Nhà trưng bày sản phẩm", "Xã Phú Lâm", "2.500",
                 "2", "Đường vào làng nghề", "Xã Tân Mỹ", "4.000"]
REFERENCE = "(Kèm theo Kế hoạch số 133/KH-UBND ngày 16/6/2025 của Ủy ban nhân dân tỉnh)"

# name: (lines, expected tree of the body)
FIXTURES: dict[str, tuple[list[str], list]] = {
    # two annexes after the signature, each with its own title block over a table
    "annexes_each_over_a_table": (
        [*PLAN_HEADER, "I. MỤC TIÊU", "Giữ 12 làng nghề hoạt động.", "II. NHIỆM VỤ",
         "Chi tiết tại Phụ lục I và Phụ lục II kèm theo.", *PLAN_CLOSING,
         "PHỤ LỤC I", "DANH MỤC NHIỆM VỤ NĂM 2025", REFERENCE, *TASK_TABLE,
         "PHỤ LỤC II", "DANH MỤC DỰ ÁN HỖ TRỢ LÀNG NGHỀ", REFERENCE, *PROJECT_TABLE],
        [N("roman", "I", "MỤC TIÊU", "12 làng nghề"), N("roman", "II", "NHIỆM VỤ", "Phụ lục I"),
         N("annex", "I", "DANH MỤC NHIỆM VỤ NĂM 2025", "Kèm theo"),
         N("annex", "II", "DANH MỤC DỰ ÁN HỖ TRỢ LÀNG NGHỀ", "Kèm theo")]),
    # annexes under their own issuer and motto, titles in sentence case, the first a tree, the second a table
    "annexes_own_header_tree_then_table": (
        [*PLAN_HEADER, "I. MỤC TIÊU", "Giữ 12 làng nghề hoạt động.", "II. NHIỆM VỤ", "Theo các phụ lục kèm theo.",
         *PLAN_CLOSING, "ỦY BAN NHÂN DÂN", "TỈNH LAM ĐIỀN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Phụ lục I", "Nhiệm vụ của các sở, ngành", REFERENCE, "I. SỞ CÔNG THƯƠNG",
         "Khảo sát các làng nghề.", "II. SỞ NỘI VỤ", "Mở lớp dạy nghề.", "Phụ lục II", "Danh mục dự án hỗ trợ",
         REFERENCE, *PROJECT_TABLE],
        [N("roman", "I", "MỤC TIÊU", "12 làng nghề"), N("roman", "II", "NHIỆM VỤ", "phụ lục"),
         N("annex", "I", "Nhiệm vụ của các sở, ngành", "Kèm theo",
           N("roman", "I", "SỞ CÔNG THƯƠNG", "Khảo sát"), N("roman", "II", "SỞ NỘI VỤ", "dạy nghề")),
         N("annex", "II", "Danh mục dự án hỗ trợ", "Kèm theo")]),
    # a council's resolution of four articles, the plan printed as its annex with a tree of its own
    "council_four_articles_plan_as_annex": (
        [*COUNCIL_HEADER, "Điều 1. Thông qua Kế hoạch phát triển làng nghề giai đoạn 2026 - 2030 (Phụ lục kèm theo).",
         "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
         "Điều 3. Thường trực Hội đồng nhân dân tỉnh, các Ban và đại biểu giám sát việc thực hiện.",
         "Điều 4. Nghị quyết này có hiệu lực kể từ ngày 20 tháng 7 năm 2025./.", *COUNCIL_CLOSING,
         "PHỤ LỤC", "KẾ HOẠCH PHÁT TRIỂN LÀNG NGHỀ GIAI ĐOẠN 2026 - 2030",
         "(Kèm theo Nghị quyết số 41/NQ-HĐND ngày 10 tháng 7 năm 2025 của Hội đồng nhân dân tỉnh)",
         "I. MỤC TIÊU", "Công nhận thêm 5 làng nghề.", "II. NHIỆM VỤ", "1. Đào tạo nghề", "Mở 20 lớp.",
         "2. Xúc tiến thương mại", "Dự 4 hội chợ mỗi năm."],
        [N("article", "1", None, "Thông qua"), N("article", "2", None, "tổ chức thực hiện"),
         N("article", "3", None, "giám sát"), N("article", "4", None, "hiệu lực"),
         N("annex", None, "KẾ HOẠCH PHÁT TRIỂN LÀNG NGHỀ GIAI ĐOẠN 2026 - 2030", "Kèm theo",
           N("roman", "I", "MỤC TIÊU", "5 làng nghề"),
           N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Đào tạo nghề", "20 lớp"),
             N("arabic", "2", "Xúc tiến thương mại", "hội chợ")))]),
    # a regulation in chapters, sections "Mục 1." and articles with clauses and points
    "chapters_sections_articles": (
        [*REGULATION_HEADER, "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh",
         "Quy chế này quy định việc quản lý làng nghề.", "Điều 2. Đối tượng áp dụng", "Các hộ và hợp tác xã làng nghề.",
         "Chương II", "QUẢN LÝ LÀNG NGHỀ", "Mục 1. CÔNG NHẬN LÀNG NGHỀ", "Điều 3. Tiêu chí công nhận",
         "1. Có ít nhất 30% số hộ làm nghề.", "2. Hoạt động ổn định hai năm liền.", "Mục 2. HỖ TRỢ LÀNG NGHỀ",
         "Điều 4. Nội dung hỗ trợ", "a) Đào tạo thợ.", "b) Xúc tiến thương mại.", *REGULATION_CLOSING],
        [N("chapter", "I", "QUY ĐỊNH CHUNG", "", N("article", "1", "Phạm vi điều chỉnh", "quản lý làng nghề"),
           N("article", "2", "Đối tượng áp dụng", "hợp tác xã")),
         N("chapter", "II", "QUẢN LÝ LÀNG NGHỀ", "",
           N("muc", "1", "CÔNG NHẬN LÀNG NGHỀ", "",
             N("article", "3", "Tiêu chí công nhận", "", N("arabic", "1", None, "30%"), N("arabic", "2", None, "ổn định"))),
           N("muc", "2", "HỖ TRỢ LÀNG NGHỀ", "",
             N("article", "4", "Nội dung hỗ trợ", "", N("letter", "a", None, "Đào tạo"), N("letter", "b", None, "Xúc tiến"))))]),
    # decimal levels three deep, points under the deepest
    "decimal_levels_with_points": (
        [*PLAN_HEADER, "I. NHIỆM VỤ", "1. Phát triển sản xuất", "1.1. Vùng nguyên liệu", "1.1.1. Trồng mây",
         "a) Trồng mới 40 ha mây nếp.", "b) Chăm sóc 60 ha hiện có.", "1.1.2. Trồng tre", "Trồng 30 ha tre gai.",
         "1.2. Cơ sở sản xuất", "Nâng cấp 15 xưởng đan.", "2. Thị trường", "Mở hai điểm bán ở thành phố.", *PLAN_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("arabic", "1", "Phát triển sản xuất", "",
             N("arabic", "1.1", "Vùng nguyên liệu", "",
               N("arabic", "1.1.1", "Trồng mây", "", N("letter", "a", None, "40 ha"), N("letter", "b", None, "60 ha")),
               N("arabic", "1.1.2", "Trồng tre", "tre gai")),
             N("arabic", "1.2", "Cơ sở sản xuất", "15 xưởng")),
           N("arabic", "2", "Thị trường", "điểm bán"))]),
    # the same without the closing full stops, points lettered with a full stop
    "decimal_without_stops_dotted_points": (
        [*PLAN_HEADER, "I. NHIỆM VỤ", "1. Phát triển sản xuất", "1.1 Vùng nguyên liệu", "1.1.1 Trồng mây",
         "a. Trồng mới 40 ha.", "b. Chăm sóc 60 ha.", "1.1.2 Trồng tre", "Trồng 30 ha tre gai.", "1.2 Cơ sở sản xuất",
         "Nâng cấp 15 xưởng.", *PLAN_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("arabic", "1", "Phát triển sản xuất", "",
             N("arabic", "1.1", "Vùng nguyên liệu", "",
               N("arabic", "1.1.1", "Trồng mây", "", N("letter", "a", None, "40 ha"), N("letter", "b", None, "60 ha")),
               N("arabic", "1.1.2", "Trồng tre", "tre gai")),
             N("arabic", "1.2", "Cơ sở sản xuất", "15 xưởng")))]),
    # parts by the word "PHẦN" and a Roman numeral, the heading on the next line, Roman parts restarting in each
    "phan_words_headings_below": (
        [*PLAN_HEADER, "PHẦN I", "KẾT QUẢ NĂM 2024", "I. SẢN XUẤT", "Giá trị đạt 300 tỷ đồng.", "II. TỒN TẠI",
         "Mẫu mã chưa đa dạng.", "PHẦN II", "NỘI DUNG KẾ HOẠCH NĂM 2025", "I. MỤC TIÊU", "Giá trị đạt 330 tỷ đồng.",
         "II. NHIỆM VỤ", "1. Đổi mới mẫu mã", "Thuê thiết kế 50 mẫu.", *PLAN_CLOSING],
        [N("part", "I", "KẾT QUẢ NĂM 2024", "", N("roman", "I", "SẢN XUẤT", "300 tỷ"), N("roman", "II", "TỒN TẠI", "Mẫu mã")),
         N("part", "II", "NỘI DUNG KẾ HOẠCH NĂM 2025", "", N("roman", "I", "MỤC TIÊU", "330 tỷ"),
           N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Đổi mới mẫu mã", "50 mẫu")))]),
    # parts by ordinal words in sentence case, their heading after a dash on the same line
    "phan_ordinals_heading_after_dash": (
        [*PLAN_HEADER, "Phần thứ nhất - KẾT QUẢ NĂM 2024", "I. SẢN XUẤT", "Giá trị đạt 300 tỷ đồng.",
         "Phần thứ hai - NHIỆM VỤ NĂM 2025", "I. MỤC TIÊU", "Giá trị đạt 330 tỷ đồng.", *PLAN_CLOSING],
        [N("part", "1", "KẾT QUẢ NĂM 2024", "", N("roman", "I", "SẢN XUẤT", "300 tỷ")),
         N("part", "2", "NHIỆM VỤ NĂM 2025", "", N("roman", "I", "MỤC TIÊU", "330 tỷ"))]),
    # dashes and pluses that alternate under an item
    "dashes_and_pluses_alternate": (
        [*PLAN_HEADER, "I. NHIỆM VỤ", "1. Hỗ trợ hộ làm nghề", "- Hỗ trợ vốn:", "+ Vay ưu đãi 50 triệu đồng một hộ;",
         "+ Miễn lãi năm đầu.", "- Hỗ trợ đào tạo:", "+ Học phí;", "+ Tiền ăn.", "- Hỗ trợ mặt bằng.",
         "2. Quảng bá", "- Làm phim giới thiệu.", "+ Phát trên truyền hình tỉnh.", *PLAN_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("arabic", "1", "Hỗ trợ hộ làm nghề", "",
             N("dash", None, None, "vốn", N("plus", None, None, "Vay ưu đãi"), N("plus", None, None, "Miễn lãi")),
             N("dash", None, None, "đào tạo", N("plus", None, None, "Học phí"), N("plus", None, None, "Tiền ăn")),
             N("dash", None, None, "mặt bằng")),
           N("arabic", "2", "Quảng bá", "", N("dash", None, None, "phim", N("plus", None, None, "truyền hình"))))]),
    # a "+" straight under an item (no dash above it), dashes under the next
    "plus_straight_under_an_item": (
        [*PLAN_HEADER, "I. NHIỆM VỤ", "1. Hỗ trợ vốn", "+ Vay ưu đãi;", "+ Miễn lãi năm đầu.", "2. Đào tạo",
         "- Mở lớp đan:", "+ Lớp cơ bản;", "+ Lớp nâng cao.", *PLAN_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("arabic", "1", "Hỗ trợ vốn", "", N("plus", None, None, "Vay ưu đãi"), N("plus", None, None, "Miễn lãi")),
           N("arabic", "2", "Đào tạo", "",
             N("dash", None, None, "lớp đan", N("plus", None, None, "cơ bản"), N("plus", None, None, "nâng cao"))))]),
    # the closing sentence and the signature right after the last item, the recipients after the signature (a
    # two-column foot read right column first)
    "signature_before_recipients": (
        [*PLAN_HEADER, "I. MỤC TIÊU", "Giữ 12 làng nghề hoạt động.", "II. TỔ CHỨC THỰC HIỆN",
         "1. Sở Công Thương chủ trì, theo dõi.", "2. Các huyện báo cáo hằng quý.",
         "Trên đây là Kế hoạch phát triển nghề mây tre đan năm 2025 của Ủy ban nhân dân tỉnh.",
         "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lưu Văn Khang", "Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT."],
        [N("roman", "I", "MỤC TIÊU", "12 làng nghề"),
         N("roman", "II", "TỔ CHỨC THỰC HIỆN", "", N("arabic", "1", None, "theo dõi"), N("arabic", "2", None, "hằng quý"))]),
    # the recipients right after the last part's paragraph
    "recipients_after_the_last_paragraph": (
        [*PLAN_HEADER, "I. NHIỆM VỤ", "1. Tuyên truyền", "- Phát tin trên đài tỉnh.", "- In tờ rơi.",
         "II. TỔ CHỨC THỰC HIỆN",
         "Các sở, ngành triển khai thực hiện; báo cáo kết quả về Sở Công Thương trước ngày 15/12/2025.",
         "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lưu Văn Khang"],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("arabic", "1", "Tuyên truyền", "", N("dash", None, None, "đài tỉnh"), N("dash", None, None, "tờ rơi"))),
         N("roman", "II", "TỔ CHỨC THỰC HIỆN", "15/12/2025")]),
    # "2. Yêu cầu" over sentence sub-items "2.1." "2.2.", the next part's "1." sentences
    "sentence_sub_items": (
        [*PLAN_HEADER, "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Nâng thu nhập của thợ đan.", "2. Yêu cầu",
         "2.1. Các huyện rà soát đúng số hộ làm nghề, bảo đảm khách quan.",
         "2.2. Các sở phối hợp chặt chẽ, tránh chồng chéo.", "II. TỔ CHỨC THỰC HIỆN",
         "1. Sở Công Thương chủ trì tổng hợp kết quả.", "2. Việc hỗ trợ phải bảo đảm công khai, đúng đối tượng.",
         *PLAN_CLOSING],
        [N("roman", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "thu nhập"),
           N("arabic", "2", "Yêu cầu", "", N("arabic", "2.1", None, "rà soát"), N("arabic", "2.2", None, "chồng chéo"))),
         N("roman", "II", "TỔ CHỨC THỰC HIỆN", "", N("arabic", "1", None, "tổng hợp"), N("arabic", "2", None, "công khai"))]),
    # items at the top (no Roman part), points under the second, dashes by years
    "items_at_top_years_under_points": (
        [*PLAN_HEADER, "1. Mục tiêu chung", "Giữ gìn và phát triển nghề truyền thống.", "2. Mục tiêu cụ thể",
         "a) Nâng thu nhập của thợ đan", "- Đến năm 2026: thu nhập 6 triệu đồng một tháng.",
         "- Đến năm 2030: thu nhập 9 triệu đồng một tháng.", "b) Mở rộng thị trường",
         "- Đến năm 2030: xuất khẩu sang 5 nước.", *PLAN_CLOSING],
        [N("arabic", "1", "Mục tiêu chung", "truyền thống"),
         N("arabic", "2", "Mục tiêu cụ thể", "",
           N("letter", "a", "Nâng thu nhập của thợ đan", "", N("dash", None, None, "6 triệu"), N("dash", None, None, "9 triệu")),
           N("letter", "b", "Mở rộng thị trường", "", N("dash", None, None, "5 nước")))]),
    # items "1)" "2)" under a point, numbered on ("3)" "4)") under the next point
    "bracket_items_numbered_on": (
        [*PLAN_HEADER, "I. NHIỆM VỤ", "1. Đầu tư hạ tầng", "a) Các công trình ở xã Phú Lâm:", "1) Nhà trưng bày;",
         "2) Bãi đỗ xe.", "b) Các công trình ở xã Tân Mỹ:", "3) Đường vào làng;", "4) Trạm xử lý nước thải.",
         "2. Kinh phí", "Ngân sách tỉnh và vốn xã hội hóa.", *PLAN_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("arabic", "1", "Đầu tư hạ tầng", "",
             N("letter", "a", None, "Phú Lâm", N("arabic", "1", None, "trưng bày"), N("arabic", "2", None, "đỗ xe")),
             N("letter", "b", None, "Tân Mỹ", N("arabic", "3", None, "vào làng"), N("arabic", "4", None, "nước thải"))),
           N("arabic", "2", "Kinh phí", "xã hội hóa"))]),
    # items whose label lines are clauses closed by a full stop (no heading), then titles so closed (headings)
    "clauses_then_titles_closed_by_full_stops": (
        [*PLAN_HEADER, "I. ĐÁNH GIÁ", "1. Tiến độ đã chậm.", "Nhiều xã chưa lập xong danh sách hộ làm nghề cần hỗ trợ vốn.",
         "2. Kinh phí còn thiếu.", "Ngân sách tỉnh mới bố trí được một nửa so với nhu cầu đã đề ra.", "II. GIẢI PHÁP",
         "1. Đào tạo nghề.", "Mở các lớp đan lát cho thanh niên ở các xã vùng nguyên liệu.", "2. Xúc tiến thương mại.",
         "Đưa sản phẩm tham gia các hội chợ trong nước và quốc tế hằng năm.", *PLAN_CLOSING],
        [N("roman", "I", "ĐÁNH GIÁ", "", N("arabic", "1", None, "Tiến độ đã chậm.\nNhiều xã"),
           N("arabic", "2", None, "Kinh phí còn thiếu.\nNgân sách")),
         N("roman", "II", "GIẢI PHÁP", "", N("arabic", "1", "Đào tạo nghề.", "đan lát"),
           N("arabic", "2", "Xúc tiến thương mại.", "hội chợ"))]),
    # groups lettered "A." "B." in sentence case inside a Roman part, items restarting in each
    "groups_in_sentence_case_inside_a_part": (
        [*PLAN_HEADER, "I. NHIỆM VỤ", "A. Nhiệm vụ chung", "1. Rà soát làng nghề", "Khảo sát 12 làng.",
         "B. Nhiệm vụ cụ thể", "1. Đào tạo", "Mở 20 lớp.", "II. KINH PHÍ", "Ngân sách tỉnh.", *PLAN_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("upper_letter", "A", "Nhiệm vụ chung", "", N("arabic", "1", "Rà soát làng nghề", "12 làng")),
           N("upper_letter", "B", "Nhiệm vụ cụ thể", "", N("arabic", "1", "Đào tạo", "20 lớp"))),
         N("roman", "II", "KINH PHÍ", "Ngân sách")]),
}

# headings in bold only, no number anywhere (the bold forms; plain text knows no bold: see the test below)
BOLD_FIXTURES: dict[str, tuple[list[str], list]] = {
    "bold_headings_only": (
        [*PLAN_HEADER, f"{BOLD}MỤC ĐÍCH, YÊU CẦU", "Nâng thu nhập của thợ đan.", f"{BOLD}Nhiệm vụ chủ yếu",
         "- Khảo sát các làng nghề.", "- Mở lớp dạy nghề.", f"{BOLD}TỔ CHỨC THỰC HIỆN", "Sở Công Thương theo dõi.",
         *PLAN_CLOSING],
        [N("unnumbered", None, "MỤC ĐÍCH, YÊU CẦU", "thu nhập"),
         N("unnumbered", None, "Nhiệm vụ chủ yếu", "", N("dash", None, None, "Khảo sát"), N("dash", None, None, "dạy nghề")),
         N("unnumbered", None, "TỔ CHỨC THỰC HIỆN", "theo dõi")]),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixture_tree(tmp_path, name, form):
    lines, tree = FIXTURES[name]
    assert wrong_nodes(process(write_in_form(tmp_path, lines, form)).sections, tree) == []


@pytest.mark.parametrize("form", BOLD_FORMS)
@pytest.mark.parametrize("name", sorted(BOLD_FIXTURES))
def test_bold_fixture_tree(tmp_path, name, form):
    lines, tree = BOLD_FIXTURES[name]
    assert wrong_nodes(process(write_marked(tmp_path, lines, form)).sections, tree) == []


# --- the classes the round found, each on variants of its own ---------------------------------------------------------

def _body(tmp_path, lines: list[str], form: str):
    doc = process(write_in_form(tmp_path, [*PLAN_HEADER, *lines, *PLAN_CLOSING], form))
    return doc, [n for n in doc.sections if n.kind not in ("opening", "closing")]


def _outline(nodes) -> list:
    return [(n.kind, n.number, _outline(n.children)) for n in nodes]


def _numbering_warnings(doc) -> list[str]:
    return [w.message for w in doc.warnings if w.code.startswith("numbering_")]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines, outline", [
    # under points
    (["I. NHIỆM VỤ", "1. Đầu tư", "a) Ở xã Phú Lâm:", "1) Nhà trưng bày;", "2) Bãi đỗ xe.", "b) Ở xã Tân Mỹ:",
      "3) Đường vào làng;", "4) Trạm xử lý nước thải.", "2. Kinh phí", "Ngân sách tỉnh."],
     [("roman", "I", [("arabic", "1", [("letter", "a", [("arabic", "1", []), ("arabic", "2", [])]),
                                       ("letter", "b", [("arabic", "3", []), ("arabic", "4", [])])]),
                      ("arabic", "2", [])])]),
    # under three points, the list numbered on through all
    (["I. NHIỆM VỤ", "1. Đầu tư", "a) Ở xã Phú Lâm:", "1) Nhà trưng bày.", "b) Ở xã Tân Mỹ:", "2) Đường vào làng;",
      "3) Bến thuyền.", "c) Ở xã Hòa An:", "4) Chợ làng nghề."],
     [("roman", "I", [("arabic", "1", [("letter", "a", [("arabic", "1", [])]),
                                       ("letter", "b", [("arabic", "2", []), ("arabic", "3", [])]),
                                       ("letter", "c", [("arabic", "4", [])])])])]),
    # under items numbered with a full stop
    (["I. NHIỆM VỤ", "1. Các dự án năm 2025", "1) Nhà trưng bày;", "2) Bãi đỗ xe.", "2. Các dự án năm 2026",
      "3) Đường vào làng;", "4) Bến thuyền."],
     [("roman", "I", [("arabic", "1", [("arabic", "1", []), ("arabic", "2", [])]),
                      ("arabic", "2", [("arabic", "3", []), ("arabic", "4", [])])])]),
    # under sub-items
    (["I. NHIỆM VỤ", "1. Đầu tư", "1.1. Năm 2025", "1) Nhà trưng bày;", "2) Bãi đỗ xe.", "1.2. Năm 2026",
      "3) Đường vào làng."],
     [("roman", "I", [("arabic", "1", [("arabic", "1.1", [("arabic", "1", []), ("arabic", "2", [])]),
                                       ("arabic", "1.2", [("arabic", "3", [])])])])]),
    # restarted under the next point (as before)
    (["I. NHIỆM VỤ", "1. Đầu tư", "a) Ở xã Phú Lâm:", "1) Nhà trưng bày;", "2) Bãi đỗ xe.", "b) Ở xã Tân Mỹ:",
      "1) Đường vào làng."],
     [("roman", "I", [("arabic", "1", [("letter", "a", [("arabic", "1", []), ("arabic", "2", [])]),
                                       ("letter", "b", [("arabic", "1", [])])])])]),
])
def test_bracketed_items_numbered_on_across_points_take_the_open_point(tmp_path, form, lines, outline):
    doc, body = _body(tmp_path, lines, form)
    assert _outline(body) == outline
    assert _numbering_warnings(doc) == []  # a list numbered on is no skipped number


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines, outline", [
    # a number that does not go on from the list under the point before ("2)" then "5)"): as ranked
    (["I. NHIỆM VỤ", "1. Đầu tư", "a) Ở xã Phú Lâm:", "1) Nhà trưng bày;", "2) Bãi đỗ xe.", "b) Ở xã Tân Mỹ.",
      "5) Kinh phí", "Ngân sách tỉnh."],
     [("roman", "I", [("arabic", "1", [("letter", "a", [("arabic", "1", []), ("arabic", "2", [])]), ("letter", "b", [])]),
                      ("arabic", "5", [])])]),
    # a bracket that goes on from the item above ("1." then "2)"), no list under a point before it: a sibling
    (["I. NHIỆM VỤ", "1. Quy hoạch", "a) Rà soát.", "b) Công bố.", "2) Kinh phí", "Ngân sách tỉnh."],
     [("roman", "I", [("arabic", "1", [("letter", "a", []), ("letter", "b", [])]), ("arabic", "2", [])])]),
    # the document's own items numbered with a bracket, points under them
    (["I. NHIỆM VỤ", "1) Đào tạo", "a) Lớp cơ bản.", "b) Lớp nâng cao.", "2) Xúc tiến", "Dự hội chợ."],
     [("roman", "I", [("arabic", "1", [("letter", "a", []), ("letter", "b", [])]), ("arabic", "2", [])])]),
])
def test_a_bracketed_item_that_numbers_no_list_on_stays_as_ranked(tmp_path, form, lines, outline):
    assert _outline(_body(tmp_path, lines, form)[1]) == outline


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("items", [
    ["1. Tiến độ đã chậm.", "Nhiều xã chưa lập xong danh sách hộ làm nghề cần được hỗ trợ vốn.",
     "2. Mẫu mã đơn điệu.", "Sản phẩm chủ yếu là rổ rá, chưa có mặt hàng trang trí cho khách du lịch."],
    ["1. Kinh phí còn thiếu.", "Ngân sách tỉnh mới bố trí được một nửa so với nhu cầu đề ra.",
     "2. Thợ giỏi vẫn ít.", "Các làng nghề thiếu nghệ nhân truyền nghề cho lớp trẻ ở địa phương."],
    ["a) Các xã phải báo cáo đúng hạn.", "Báo cáo gửi về Sở Công Thương trước ngày cuối của mỗi quý.",
     "b) Số liệu cần chính xác.", "Số hộ và số lao động được đối chiếu với danh sách của thôn."],
    ["1. Giá mây nguyên liệu sẽ tăng.", "Diện tích rừng mây tự nhiên thu hẹp dần qua các năm gần đây.",
     "2. Thị trường đang mở rộng.", "Các doanh nghiệp xuất khẩu đặt thêm đơn hàng cho vụ cuối năm."],
    ["1. Hãy giữ nghề truyền thống.", "Các gia đình truyền nghề cho con cháu ngay tại làng của mình.",
     "2. Làng nghề rất cần vốn.", "Các hộ vay vốn ưu đãi để mua nguyên liệu và mở rộng xưởng đan."],
])
def test_clauses_closed_by_a_full_stop_over_longer_paragraphs_stay_text(tmp_path, form, items):
    """A short line that ends with a full stop over a longer paragraph heads it only where it is a title; a clause
    with its predicate ("Tiến độ đã chậm.", "Thợ giỏi vẫn ít.") is the item's first sentence."""
    _, (part,) = _body(tmp_path, ["I. ĐÁNH GIÁ", *items], form)
    assert [n.heading for n in part.children] == [None, None]
    assert [n.text.splitlines()[0] for n in part.children] == [items[0].split(" ", 1)[1], items[2].split(" ", 1)[1]]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("items", [
    ["1. Đào tạo nghề.", "Mở các lớp đan lát cho thanh niên ở các xã vùng nguyên liệu.",
     "2. Xúc tiến thương mại.", "Đưa sản phẩm tham gia các hội chợ trong nước và quốc tế hằng năm."],
    # words whose syllables are no clause's ("thiết bị", "không gian", "đồng đều")
    ["1. Trang thiết bị.", "Mua máy chẻ nan và máy sấy cho các hợp tác xã làng nghề của tỉnh.",
     "2. Không gian trưng bày.", "Dành một gian của nhà văn hóa xã để trưng bày sản phẩm đan lát."],
])
def test_titles_closed_by_a_full_stop_are_still_headed(tmp_path, form, items):
    _, (part,) = _body(tmp_path, ["I. GIẢI PHÁP", *items], form)
    assert [n.heading for n in part.children] == [items[0].split(" ", 1)[1], items[2].split(" ", 1)[1]]


@pytest.mark.parametrize("form", BOLD_FORMS)
@pytest.mark.parametrize("lines, headings", [
    ([f"{BOLD}Mục đích, yêu cầu", "Nâng thu nhập của thợ đan.", f"{BOLD}Nhiệm vụ", "Khảo sát các làng nghề.",
      "Mở lớp dạy nghề."], ["Mục đích, yêu cầu", "Nhiệm vụ"]),
    ([f"{BOLD}MỤC TIÊU", "Giữ 12 làng nghề.", f"{BOLD}NHIỆM VỤ VÀ", f"{BOLD}GIẢI PHÁP", "- Khảo sát.",
      f"{BOLD}KINH PHÍ", "Ngân sách tỉnh."], ["MỤC TIÊU", "NHIỆM VỤ VÀ GIẢI PHÁP", "KINH PHÍ"]),
])
def test_a_body_numbered_by_no_label_is_headed_by_its_bold_headings(tmp_path, form, lines, headings):
    doc = process(write_marked(tmp_path, [*PLAN_HEADER, *lines, *PLAN_CLOSING], form))
    assert [n.kind for n in doc.sections] == ["opening", *["unnumbered"] * len(headings), "closing"]
    assert [n.heading for n in doc.sections[1:-1]] == headings
    assert doc.sections[-1].text.startswith("Nơi nhận:")


@pytest.mark.parametrize("form", BOLD_FORMS)
@pytest.mark.parametrize("lines", [
    # one bold line: an emphasis, no outline
    ["Các làng nghề tiếp tục giữ nghề.", f"{BOLD}Lưu ý chung", "Các xã báo cáo hằng quý."],
    # a bold line right under the title, no preamble's sentence above it: the title's next line
    [],
])
def test_a_lone_bold_line_or_one_with_no_preamble_above_starts_no_outline(tmp_path, form, lines):
    header = PLAN_HEADER if lines else [*PLAN_HEADER[:7], f"{BOLD}{PLAN_HEADER[7]}", f"{BOLD}Giai đoạn thử nghiệm",
                                        "Căn cứ Luật Lâm nghiệp năm 2017;", f"{BOLD}Đối tượng", "Các hộ."]
    doc = process(write_marked(tmp_path, [*header, *lines, *PLAN_CLOSING], form))
    assert "unnumbered" not in [n.kind for n in doc.sections]


def test_a_body_in_bold_headings_read_as_plain_text_makes_no_outline(tmp_path):
    """Plain text knows no bold: the headings are lines like others, no tree is guessed (the closing apart, s34; the
    paragraphs after the title one body node, s44)."""
    lines, _ = BOLD_FIXTURES["bold_headings_only"]
    doc = process(write_marked(tmp_path, lines, "text"))
    assert [n.kind for n in doc.sections] == ["opening", "body", "closing"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("groups", [
    ["A. Nhiệm vụ chung", "B. Nhiệm vụ cụ thể"],
    ["A. Đối với cấp tỉnh", "B. Đối với cấp xã", "C. Đối với các doanh nghiệp"],
    ["A. Các nhiệm vụ thường xuyên", "B. Các nhiệm vụ đột xuất"],
])
def test_groups_lettered_in_sentence_case_inside_a_part_head_its_items(tmp_path, form, groups):
    lines = ["I. NHIỆM VỤ"]
    for group in groups:
        lines += [group, "1. Rà soát làng nghề", "Khảo sát 12 làng.", "2. Đào tạo", "Mở 20 lớp."]
    _, (part, last) = _body(tmp_path, [*lines, "II. KINH PHÍ", "Ngân sách tỉnh."], form)
    assert [(n.kind, n.number, n.heading, [c.number for c in n.children]) for n in part.children] == [
        ("upper_letter", group[0], group[3:], ["1", "2"]) for group in groups]
    assert (last.number, last.text) == ("II", "Ngân sách tỉnh.")


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines", [
    # one letter alone
    ["A. Nhiệm vụ chung", "1. Rà soát làng nghề", "Khảo sát 12 làng."],
    # persons, a team's members
    ["1. Tổ công tác gồm:", "A. Nguyễn Văn An", "Tổ trưởng.", "B. Trần Thị Bình", "Tổ viên."],
    # sentences, closed as sentences are
    ["A. Các xã rà soát làng nghề.", "Khảo sát 12 làng.", "B. Các sở mở lớp dạy nghề.", "Mở 20 lớp."],
    # letters out of their order
    ["A. Nhiệm vụ chung", "Khảo sát 12 làng.", "D. Nhiệm vụ cụ thể", "Mở 20 lớp."],
])
def test_a_capital_letter_before_sentence_case_that_is_no_run_of_groups_stays_text(tmp_path, form, lines):
    _, (part,) = _body(tmp_path, ["I. NHIỆM VỤ", *lines], form)

    def kinds(nodes):
        return [k for n in nodes for k in (n.kind, *kinds(n.children))]
    assert "upper_letter" not in kinds(part.children)


@pytest.mark.parametrize("form", FORMS)
def test_groups_in_sentence_case_before_any_roman_part_stay_text(tmp_path, form):
    """Above the Roman parts a group's heading is in capitals ("A. KẾT QUẢ …"); in sentence case there it may as
    well be a line of the preamble: left as text, as before."""
    _, body = _body(tmp_path, ["A. Kết quả năm 2024", "I. SẢN XUẤT", "Đạt 300 tỷ đồng.", "B. Kế hoạch năm 2025",
                               "II. MỤC TIÊU", "Đạt 330 tỷ đồng."], form)
    assert [n.kind for n in body] == ["roman", "roman"]
