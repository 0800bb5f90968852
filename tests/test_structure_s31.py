"""Section trees (s31), a third blind round: outlines of kinds the s29 and s30 rounds did not hold, each fixture written
from the facts below (own words, numbers and bodies), its tree stated by hand, run in text, HTML, DOCX and PDF.

FACTS (from the openings of stored legal-site pages and the forms of Nghị định 30/2020/NĐ-CP; facts, not text):
- A commune's plan after 1 July 2025 (two-tier local government: no district above it): "ỦY BAN NHÂN DÂN" / "XÃ …" over
  its number "…/KH-UBND"; "I. MỤC ĐÍCH, YÊU CẦU" / "1. Mục đích" / "2. Yêu cầu"; "II. NHIỆM VỤ, GIẢI PHÁP" / "1." / "a)"
  / "-"; "III. TỔ CHỨC THỰC HIỆN" whose items name the commune's offices ("1. Văn phòng HĐND và UBND xã" / a sentence).
- A department's and a ministry's plans (Hà Nam 2014; the Prime Minister's decision 719/QĐ-TTg 2012 carrying a plan):
  "Phần I" / its heading in capitals / "I." parts numbered again in the next part; after the signature "PHỤ LỤC I" /
  its title / "(Kèm theo …)"; in the body a sentence listing the annexes ("Phụ lục I: …; Phụ lục II: …") before the
  closing: a reference, not an annex.
- A Party committee's plan (Đảng Cộng sản Việt Nam's own form): "I- MỤC ĐÍCH, YÊU CẦU" / "1- …" / "2- …" / "II- NHIỆM
  VỤ" / "1- …" / "a) …"; the closing "T/M BAN THƯỜNG VỤ".
- Plans numbered three deep (a ministry's plan, a university's programme): "1." / "1.1." / "1.1.1." / "1.1.2." /
  "1.2." / "2."; also without the closing full stop ("1.1", "1.1.1").
- An author's numbering with a number repeated ("2." twice) or skipped ("1." then "3."), a Roman part skipped ("I." then
  "III."): every node kept in its place, a warning, never renumbered.
- Run-in headings ending in a colon with the text on the same line ("1. Mục tiêu: Nâng cao …", "a) Đối tượng: Cán bộ …").
- A regulation or a report with "Chương I" / "Mục I" above Roman parts ("Chương I" / "ĐÁNH GIÁ …" / "I. …" / "1. …").
- "*" as a finer bullet under a dash ("- Nhiệm vụ …:" / "* Tổ chức …;" / "* Rà soát …."), and "(1)" "(2)" items (kept
  as text: s30's decision; real copies print them inside a paragraph or as notes under an annex's table).

``wrong_nodes`` (tests/test_structure_s29.py) counts a node wrong where it is lost, has another parent or level, another
heading, or its text is not under it, and a node made beyond the stated tree.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from test_structure_s29 import N, wrong_nodes

FORMS = ["text", "html", "docx", "pdf"]

COMMUNE_HEADER = ["ỦY BAN NHÂN DÂN", "XÃ HÒA PHONG", "Số: 57/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                  "Độc lập - Tự do - Hạnh phúc", "Hòa Phong, ngày 14 tháng 8 năm 2025", "KẾ HOẠCH",
                  "Chuyển đổi số trên địa bàn xã năm 2025",
                  "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã ban hành Kế hoạch như sau:"]
COMMUNE_CLOSING = ["Nơi nhận:", "- Thường trực Đảng ủy xã;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                   "Ngô Thị Hằng"]
MINISTRY_HEADER = ["BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 310/KH-BKHCN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                   "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 02 tháng 3 năm 2025", "KẾ HOẠCH",
                   "Phát triển mạng lưới phòng thí nghiệm năm 2025",
                   "Bộ Khoa học và Công nghệ ban hành Kế hoạch như sau:"]
MINISTRY_CLOSING = ["Nơi nhận:", "- Các đơn vị thuộc Bộ;", "- Lưu: VT, KHTC.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG",
                    "Lâm Quốc Bảo"]
PARTY_HEADER = ["ĐẢNG BỘ TỈNH NAM SƠN", "BAN THƯỜNG VỤ", "*", "Số 41-KH/TU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Nam Sơn, ngày 18 tháng 6 năm 2025", "KẾ HOẠCH", "thực hiện Chỉ thị của Ban Bí thư về công tác dân vận",
                "Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:"]
PARTY_CLOSING = ["Nơi nhận:", "- Các huyện ủy, thành ủy;", "- Lưu Văn phòng Tỉnh ủy.", "T/M BAN THƯỜNG VỤ",
                 "PHÓ BÍ THƯ", "Đinh Văn Khải"]
REGULATION_HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH NAM SƠN", "Số: 19/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Nam Sơn, ngày 20 tháng 11 năm 2025", "BÁO CÁO",
                     "Tổng kết 5 năm thực hiện Chương trình nước sạch nông thôn",
                     "Ủy ban nhân dân tỉnh báo cáo như sau:"]
REGULATION_CLOSING = ["Nơi nhận:", "- Bộ Nông nghiệp và Môi trường;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                      "Trịnh Minh Đức"]


# name: (lines, expected tree of the body)
FIXTURES: dict[str, tuple[list[str], list]] = {
    # a commune's plan after July 2025: Roman parts, items, points and dashes; the last part's items name its offices
    "commune_after_2025": (
        [*COMMUNE_HEADER, "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Đưa dịch vụ công trực tuyến đến từng thôn.",
         "2. Yêu cầu", "Bảo đảm an toàn thông tin.", "II. NHIỆM VỤ, GIẢI PHÁP", "1. Hạ tầng số",
         "a) Phủ sóng di động", "- Lắp thêm hai trạm phát sóng.", "- Hỗ trợ điện thoại thông minh cho hộ nghèo.",
         "b) Mạng nội bộ", "Nâng cấp mạng của trụ sở xã.", "2. Dữ liệu số", "Số hóa hồ sơ hộ tịch.",
         "III. TỔ CHỨC THỰC HIỆN", "1. Văn phòng HĐND và UBND xã chủ trì, theo dõi việc thực hiện.",
         "2. Phòng Kinh tế phối hợp bố trí kinh phí.", *COMMUNE_CLOSING],
        [N("roman", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "từng thôn"),
           N("arabic", "2", "Yêu cầu", "an toàn")),
         N("roman", "II", "NHIỆM VỤ, GIẢI PHÁP", "",
           N("arabic", "1", "Hạ tầng số", "",
             N("letter", "a", "Phủ sóng di động", "", N("dash", None, None, "hai trạm"), N("dash", None, None, "hộ nghèo")),
             N("letter", "b", "Mạng nội bộ", "trụ sở")),
           N("arabic", "2", "Dữ liệu số", "hộ tịch")),
         N("roman", "III", "TỔ CHỨC THỰC HIỆN", "", N("arabic", "1", None, "Văn phòng HĐND"),
           N("arabic", "2", None, "kinh phí"))]),
    # a ministry's plan in parts, Roman parts numbered again in each; the body lists its annexes before the closing,
    # the annexes follow the signature
    "ministry_parts_annexes": (
        [*MINISTRY_HEADER, "Phần I", "KẾT QUẢ NĂM 2024", "I. KẾT QUẢ ĐẠT ĐƯỢC", "Công nhận 40 phòng thí nghiệm.",
         "II. HẠN CHẾ", "Thiết bị còn thiếu.", "Phần II", "NHIỆM VỤ NĂM 2025", "I. MỤC TIÊU", "Công nhận thêm 50 phòng.",
         "II. NHIỆM VỤ CỤ THỂ", "1. Rà soát phòng thí nghiệm", "Lập danh sách theo vùng.", "2. Đầu tư thiết bị",
         "Ưu tiên phòng thí nghiệm trọng điểm.",
         "Kèm theo Kế hoạch này: Phụ lục I. Danh mục phòng thí nghiệm; Phụ lục II. Kinh phí thực hiện.",
         *MINISTRY_CLOSING,
         "PHỤ LỤC I", "DANH MỤC PHÒNG THÍ NGHIỆM",
         "(Kèm theo Kế hoạch số 310/KH-BKHCN ngày 02/3/2025 của Bộ Khoa học và Công nghệ)",
         "1. Phòng thí nghiệm vật liệu: Hà Nội.", "2. Phòng thí nghiệm sinh học: Cần Thơ.",
         "PHỤ LỤC II", "KINH PHÍ THỰC HIỆN",
         "(Kèm theo Kế hoạch số 310/KH-BKHCN ngày 02/3/2025 của Bộ Khoa học và Công nghệ)",
         "1. Ngân sách trung ương: 120 tỷ đồng.", "2. Vốn khác: 30 tỷ đồng."],
        [N("part", "I", "KẾT QUẢ NĂM 2024", "", N("roman", "I", "KẾT QUẢ ĐẠT ĐƯỢC", "40 phòng"),
           N("roman", "II", "HẠN CHẾ", "còn thiếu")),
         N("part", "II", "NHIỆM VỤ NĂM 2025", "", N("roman", "I", "MỤC TIÊU", "50 phòng"),
           N("roman", "II", "NHIỆM VỤ CỤ THỂ", "", N("arabic", "1", "Rà soát phòng thí nghiệm", "theo vùng"),
             N("arabic", "2", "Đầu tư thiết bị", "trọng điểm.\nKèm theo Kế hoạch này: Phụ lục I"))),
         N("annex", "I", "DANH MỤC PHÒNG THÍ NGHIỆM", "Kèm theo", N("arabic", "1", None, "vật liệu"),
           N("arabic", "2", None, "sinh học")),
         N("annex", "II", "KINH PHÍ THỰC HIỆN", "Kèm theo", N("arabic", "1", None, "120 tỷ"), N("arabic", "2", None, "30 tỷ"))]),
    # a Party committee's plan: Roman parts and items with dashes, points under an item
    "party_plan_dashes": (
        [*PARTY_HEADER, "I- MỤC ĐÍCH, YÊU CẦU", "1- Quán triệt sâu sắc nội dung Chỉ thị đến cán bộ, đảng viên.",
         "2- Gắn việc thực hiện Chỉ thị với nhiệm vụ chính trị của từng địa phương.", "II- NHIỆM VỤ, GIẢI PHÁP",
         "1- Tổ chức học tập, quán triệt", "a) Các cấp ủy tổ chức học tập trong quý III.",
         "b) Báo Nam Sơn mở chuyên mục về dân vận.", "2- Kiểm tra, giám sát",
         "Ủy ban Kiểm tra Tỉnh ủy giám sát hằng năm.", "III- TỔ CHỨC THỰC HIỆN",
         "Ban Dân vận Tỉnh ủy theo dõi, báo cáo kết quả.", *PARTY_CLOSING],
        [N("roman", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", None, "Quán triệt"), N("arabic", "2", None, "nhiệm vụ chính trị")),
         N("roman", "II", "NHIỆM VỤ, GIẢI PHÁP", "",
           N("arabic", "1", "Tổ chức học tập, quán triệt", "", N("letter", "a", None, "quý III"),
             N("letter", "b", None, "chuyên mục")),
           N("arabic", "2", "Kiểm tra, giám sát", "hằng năm")),
         N("roman", "III", "TỔ CHỨC THỰC HIỆN", "Ban Dân vận")]),
    # items three deep, "1.1." "1.1.1." with their full stops
    "three_deep_stops": (
        [*MINISTRY_HEADER, "I. NHIỆM VỤ", "1. Hoàn thiện thể chế", "1.1. Văn bản quy phạm", "1.1.1. Thông tư về phòng thí nghiệm",
         "Trình ký trong quý II.", "1.1.2. Thông tư về kiểm định", "Trình ký trong quý IV.", "1.2. Văn bản hướng dẫn",
         "Ban hành hướng dẫn công nhận.", "2. Phát triển nhân lực", "2.1. Đào tạo kỹ thuật viên", "Mở 10 lớp.",
         "II. KINH PHÍ", "Ngân sách nhà nước.", *MINISTRY_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("arabic", "1", "Hoàn thiện thể chế", "",
             N("arabic", "1.1", "Văn bản quy phạm", "", N("arabic", "1.1.1", "Thông tư về phòng thí nghiệm", "quý II"),
               N("arabic", "1.1.2", "Thông tư về kiểm định", "quý IV")),
             N("arabic", "1.2", "Văn bản hướng dẫn", "công nhận")),
           N("arabic", "2", "Phát triển nhân lực", "", N("arabic", "2.1", "Đào tạo kỹ thuật viên", "10 lớp"))),
         N("roman", "II", "KINH PHÍ", "Ngân sách")]),
    # sub-items without their closing full stop ("2.1", "2.1.1"), and no Roman part above
    "three_deep_bare": (
        [*MINISTRY_HEADER, "1. Mục tiêu", "Công nhận 50 phòng.", "2. Nhiệm vụ", "2.1 Rà soát", "2.1.1 Phòng cấp bộ",
         "Rà soát trước tháng 6.", "2.1.2 Phòng cấp tỉnh", "Rà soát trước tháng 9.", "2.2 Đầu tư", "Mua thiết bị.",
         *MINISTRY_CLOSING],
        None),
    # an author's numbering: an item number repeated, one skipped, a Roman part skipped
    "numbers_repeated_skipped": (
        [*COMMUNE_HEADER, "I. MỤC TIÊU", "1. Cấp chữ ký số cho cán bộ xã.", "2. Số hóa hồ sơ.", "2. Mở điểm hỗ trợ dịch vụ công.",
         "3. Phủ sóng các thôn.", "III. TỔ CHỨC THỰC HIỆN", "1. Văn phòng xã theo dõi.", "3. Các thôn phối hợp.",
         *COMMUNE_CLOSING],
        [N("roman", "I", "MỤC TIÊU", "", N("arabic", "1", None, "chữ ký số"), N("arabic", "2", None, "Số hóa"),
           N("arabic", "2", None, "điểm hỗ trợ"), N("arabic", "3", None, "Phủ sóng")),
         N("roman", "III", "TỔ CHỨC THỰC HIỆN", "", N("arabic", "1", None, "theo dõi"), N("arabic", "3", None, "phối hợp"))]),
    # run-in headings ending in a colon, the text on the same line, at two levels
    "run_in_colons": (
        [*COMMUNE_HEADER, "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích: Nâng cao chất lượng phục vụ người dân.",
         "2. Yêu cầu: Bảo đảm đúng tiến độ, tiết kiệm.", "II. NỘI DUNG", "1. Tuyên truyền",
         "a) Đối tượng: Cán bộ, công chức và người dân trong xã.", "b) Phạm vi: Toàn bộ 12 thôn của xã.",
         "2. Tập huấn", "Mở hai lớp cho cán bộ thôn.", *COMMUNE_CLOSING],
        [N("roman", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "Nâng cao chất lượng"),
           N("arabic", "2", "Yêu cầu", "đúng tiến độ")),
         N("roman", "II", "NỘI DUNG", "",
           N("arabic", "1", "Tuyên truyền", "", N("letter", "a", "Đối tượng", "Cán bộ, công chức"),
             N("letter", "b", "Phạm vi", "12 thôn")),
           N("arabic", "2", "Tập huấn", "hai lớp"))]),
    # a report with chapters above its Roman parts
    "chapters_over_romans": (
        [*REGULATION_HEADER, "Chương I", "ĐÁNH GIÁ KẾT QUẢ", "I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Cấp nước", "Tỷ lệ hộ dùng nước sạch đạt 70%.",
         "2. Vệ sinh", "Tỷ lệ hộ có nhà tiêu đạt 85%.", "II. TỒN TẠI", "Một số công trình xuống cấp.", "Chương II",
         "ĐỊNH HƯỚNG GIAI ĐOẠN TỚI", "I. MỤC TIÊU", "Đạt 90% hộ dùng nước sạch.", *REGULATION_CLOSING],
        [N("chapter", "I", "ĐÁNH GIÁ KẾT QUẢ", "",
           N("roman", "I", "KẾT QUẢ ĐẠT ĐƯỢC", "", N("arabic", "1", "Cấp nước", "70%"), N("arabic", "2", "Vệ sinh", "85%")),
           N("roman", "II", "TỒN TẠI", "xuống cấp")),
         N("chapter", "II", "ĐỊNH HƯỚNG GIAI ĐOẠN TỚI", "", N("roman", "I", "MỤC TIÊU", "90%"))]),
    # "Mục I" sections above Roman parts
    "muc_over_romans": (
        [*REGULATION_HEADER, "Mục I", "KẾT QUẢ THỰC HIỆN", "I. CẤP NƯỚC", "Xây 12 công trình.", "II. VỆ SINH",
         "Hỗ trợ 900 nhà tiêu.", "Mục II", "KIẾN NGHỊ", "I. VỚI TRUNG ƯƠNG", "Bổ sung vốn.", *REGULATION_CLOSING],
        [N("muc", "I", "KẾT QUẢ THỰC HIỆN", "", N("roman", "I", "CẤP NƯỚC", "12 công trình"),
           N("roman", "II", "VỆ SINH", "900 nhà tiêu")),
         N("muc", "II", "KIẾN NGHỊ", "", N("roman", "I", "VỚI TRUNG ƯƠNG", "Bổ sung vốn"))]),
    # "*" as a finer bullet under a dash, the dash introducing the stars; the next dash their dash's sibling
    "stars_under_dash": (
        [*COMMUNE_HEADER, "I. NHIỆM VỤ", "1. Chuyển đổi số trong cơ quan xã",
         "- Nhiệm vụ thường xuyên gồm:", "* Tổ chức họp trực tuyến với các thôn;", "* Rà soát thủ tục hành chính.",
         "- Nhiệm vụ trọng tâm là số hóa hồ sơ đất đai.", "2. Chuyển đổi số trong cộng đồng", "Lập tổ công nghệ số ở thôn.",
         *COMMUNE_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("arabic", "1", "Chuyển đổi số trong cơ quan xã", "",
             N("dash", None, None, "thường xuyên", N("star", None, None, "họp trực tuyến"), N("star", None, None, "thủ tục")),
             N("dash", None, None, "đất đai")),
           N("arabic", "2", "Chuyển đổi số trong cộng đồng", "tổ công nghệ"))]),
    # "(1)" "(2)" items inside a point: its text
    "bracketed_in_point": (
        [*COMMUNE_HEADER, "I. NHIỆM VỤ", "1. Dịch vụ công", "a) Các việc phải làm:", "(1) Công khai thủ tục;",
         "(2) Hướng dẫn nộp hồ sơ trực tuyến.", "b) Đánh giá hằng quý.", "II. KINH PHÍ", "Ngân sách xã.", *COMMUNE_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("arabic", "1", "Dịch vụ công", "", N("letter", "a", None, "Các việc phải làm:\n(1) Công khai"),
             N("letter", "b", None, "hằng quý"))),
         N("roman", "II", "KINH PHÍ", "Ngân sách xã")]),
    # a ladder down to "+" under "-"
    "dash_plus": (
        [*MINISTRY_HEADER, "I. NHIỆM VỤ", "1. Đầu tư", "a) Phòng thí nghiệm trọng điểm", "- Thiết bị đo:",
         "+ Máy quang phổ;", "+ Kính hiển vi điện tử.", "- Thiết bị mẫu.", "b) Phòng thí nghiệm địa phương",
         "Hỗ trợ một phần.", *MINISTRY_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("arabic", "1", "Đầu tư", "",
             N("letter", "a", "Phòng thí nghiệm trọng điểm", "",
               N("dash", None, None, "Thiết bị đo", N("plus", None, None, "quang phổ"), N("plus", None, None, "hiển vi")),
               N("dash", None, None, "Thiết bị mẫu")),
             N("letter", "b", "Phòng thí nghiệm địa phương", "một phần")))]),
    # a Roman part whose heading ends in a colon, its text on the next line; an item heading ending in a colon over dashes
    "colon_headings": (
        [*PARTY_HEADER, "I- MỤC ĐÍCH, YÊU CẦU:", "Nâng cao nhận thức về công tác dân vận.", "II- NỘI DUNG:",
         "1- Về tuyên truyền:", "- Tổ chức hội nghị báo cáo viên.", "- Phát hành tài liệu hỏi đáp.", "2- Về kiểm tra:",
         "- Kiểm tra 5 đảng bộ trực thuộc.", *PARTY_CLOSING],
        [N("roman", "I", "MỤC ĐÍCH, YÊU CẦU:", "nhận thức"),
         N("roman", "II", "NỘI DUNG:", "",
           N("arabic", "1", None, "Về tuyên truyền:", N("dash", None, None, "báo cáo viên"), N("dash", None, None, "hỏi đáp")),
           N("arabic", "2", None, "Về kiểm tra:", N("dash", None, None, "5 đảng bộ")))]),
    # the annexes listed at the end of the body, each on a line of its own (with a dash or none): the body's text
    "annex_list_in_body": (
        [*MINISTRY_HEADER, "I. NHIỆM VỤ", "Rà soát và đầu tư phòng thí nghiệm.", "II. TỔ CHỨC THỰC HIỆN",
         "Các đơn vị thực hiện theo các phụ lục kèm theo Kế hoạch này:", "- Phụ lục I: Danh mục phòng thí nghiệm;",
         "- Phụ lục II: Kinh phí thực hiện.", "Phụ lục III. Tiến độ thực hiện.", *MINISTRY_CLOSING,
         "PHỤ LỤC I", "DANH MỤC PHÒNG THÍ NGHIỆM",
         "(Kèm theo Kế hoạch số 310/KH-BKHCN ngày 02/3/2025 của Bộ Khoa học và Công nghệ)",
         "1. Phòng thí nghiệm vật liệu: Hà Nội."],
        [N("roman", "I", "NHIỆM VỤ", "Rà soát"),
         N("roman", "II", "TỔ CHỨC THỰC HIỆN", "kèm theo Kế hoạch này:",
           N("dash", None, None, "Phụ lục I: Danh mục"), N("dash", None, None, "Phụ lục II: Kinh phí thực hiện.\nPhụ lục III")),
         N("annex", "I", "DANH MỤC PHÒNG THÍ NGHIỆM", "Kèm theo", N("arabic", "1", None, "vật liệu"))]),
    # a Roman number repeated by the author, a sub-item number repeated
    "repeated_deep": (
        [*MINISTRY_HEADER, "I. MỤC TIÊU", "Công nhận 50 phòng.", "II. NHIỆM VỤ", "1. Thể chế", "1.1. Thông tư",
         "Trình quý II.", "1.2. Hướng dẫn", "Ban hành quý III.", "1.2. Quy chuẩn", "Ban hành quý IV.", "II. KINH PHÍ",
         "Ngân sách.", *MINISTRY_CLOSING],
        [N("roman", "I", "MỤC TIÊU", "50 phòng"),
         N("roman", "II", "NHIỆM VỤ", "",
           N("arabic", "1", "Thể chế", "", N("arabic", "1.1", "Thông tư", "quý II"), N("arabic", "1.2", "Hướng dẫn", "quý III"),
             N("arabic", "1.2", "Quy chuẩn", "quý IV"))),
         N("roman", "II", "KINH PHÍ", "Ngân sách")]),
}
FIXTURES["three_deep_bare"] = (FIXTURES["three_deep_bare"][0], [
    N("arabic", "1", "Mục tiêu", "50 phòng"),
    N("arabic", "2", "Nhiệm vụ", "",
      N("arabic", "2.1", "Rà soát", "", N("arabic", "2.1.1", "Phòng cấp bộ", "tháng 6"), N("arabic", "2.1.2", "Phòng cấp tỉnh", "tháng 9")),
      N("arabic", "2.2", "Đầu tư", "thiết bị"))])


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixture_tree(tmp_path, name, form):
    lines, tree = FIXTURES[name]
    assert wrong_nodes(process(write_in_form(tmp_path, lines, form)).sections, tree) == []


# --- the classes the round found, each on variants of its own ---------------------------------------------------------

def _body(tmp_path, lines: list[str], form: str, header=COMMUNE_HEADER, closing=COMMUNE_CLOSING):
    doc = process(write_in_form(tmp_path, [*header, *lines, *closing], form))
    return [n for n in doc.sections if n.kind not in ("opening", "closing")]


def _outline(nodes) -> list:
    return [(n.kind, n.heading, _outline(n.children)) for n in nodes]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("dash, stars", [
    ("- Nhiệm vụ thường xuyên gồm:", ["* Tổ chức họp trực tuyến với các thôn;", "* Rà soát thủ tục hành chính."]),
    ("- Các thôn thực hiện:", ["*Cập nhật dữ liệu dân cư,", "*Hướng dẫn người dân cài ứng dụng,", "*Báo cáo hằng tháng."]),
    ("- Nhiệm vụ trọng tâm", ["* Số hóa hồ sơ đất đai;", "* Trồng rừng: Trồng mới 900 ha rừng gỗ lớn."]),
])
def test_stars_that_end_as_list_items_under_a_dash_are_its_children(tmp_path, form, dash, stars):
    lines = ["I. NHIỆM VỤ", "1. Chuyển đổi số", dash, *stars, "- Nhiệm vụ khác do xã giao.", "2. Kinh phí", "Ngân sách xã."]
    (part,) = _body(tmp_path, lines, form)
    first, second = part.children
    assert [(n.kind, [c.kind for c in n.children]) for n in first.children] == [("dash", ["star"] * len(stars)), ("dash", [])]
    assert [c.text or c.heading for c in first.children[0].children][0] == stars[0].lstrip("* ")
    assert second.children == []


@pytest.mark.parametrize("form", FORMS)
def test_a_plus_under_a_star_under_a_dash_and_the_next_star(tmp_path, form):
    lines = ["I. NHIỆM VỤ", "- Các việc gồm:", "* Mua thiết bị,", "+ Máy tính;", "+ Máy in.", "* Đào tạo cán bộ.",
             "- Việc khác."]
    (part,) = _body(tmp_path, lines, form)
    assert _outline(part.children) == [
        ("dash", None, [("star", None, [("plus", None, []), ("plus", None, [])]), ("star", None, [])]), ("dash", None, [])]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("star_one, star_two", [
    ("* Giai đoạn một, từ năm 2025 đến năm 2027:", "* Giai đoạn hai, sau năm 2027:"),  # a colon: it heads the dashes
    ("* Giai đoạn một", "* Giai đoạn hai"),  # no stop: a sub-heading
    ("* Giai đoạn một:", "* Giai đoạn hai dự kiến sau năm 2027."),  # the second after a star over dashes: its sibling
])
def test_stars_that_head_dashes_stay_over_them(tmp_path, form, star_one, star_two):
    lines = ["I. TIẾN ĐỘ", "- Dự án chia hai giai đoạn như sau:", star_one, "- Chuẩn bị đầu tư.", "- Xây dựng.",
             star_two, "- Mở rộng vườn ươm."]
    (part,) = _body(tmp_path, lines, form)
    assert [(n.kind, [c.kind for c in n.children]) for n in part.children] == [
        ("dash", []), ("star", ["dash", "dash"]), ("star", ["dash"])]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("items, headings", [
    (["1. Mục đích: Nâng cao chất lượng phục vụ người dân.", "2. Yêu cầu: Bảo đảm đúng tiến độ."], ["Mục đích", "Yêu cầu"]),
    (["a) Đối tượng: Cán bộ, công chức của xã.", "b) Phạm vi: Toàn bộ 12 thôn.", "c) Cách làm: Họp dân tại nhà văn hóa."],
     ["Đối tượng", "Phạm vi", "Cách làm"]),
    (["1. Về hạ tầng: Lắp thêm hai trạm phát sóng", "2. Về dữ liệu: Số hóa hồ sơ hộ tịch"], ["Về hạ tầng", "Về dữ liệu"]),
])
def test_a_list_of_run_in_headings_is_headed(tmp_path, form, items, headings):
    (part,) = _body(tmp_path, ["I. NỘI DUNG", *items], form)
    assert [n.heading for n in part.children] == headings
    assert [n.text for n in part.children] == [item.split(": ", 1)[1] for item in items]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("items", [
    # a team's members: a person before the colon
    ["1. Ông Trần Văn Bình: Trưởng ban.", "2. Bà Lê Thị Cúc: Phó Trưởng ban."],
    ["1. Đồng chí Lò Văn Bình: Trưởng ban.", "2. Đồng chí Hà Thị Cúc: Phó Trưởng ban."],
    # the title before the colon, the name after it (a scanned decision's inspection team, realdocs2 114's form)
    ["1. Ông: Trần Văn Bình - Phó Giám đốc Sở, Trưởng đoàn;", "2. Bà: Lê Thị Cúc - Chuyên viên, Thành viên."],
    ["1. Ông: Trần Văn Bình, Trưởng ban;", "2. Ông: Hà Văn Dũng, Thành viên;", "3. Bà: Lê Thị Cúc, Thư ký."],
    # places and their shares
    ["1. Xã Hòa Phong: Trồng 300 ha.", "2. Xã Bản Mòng: Trồng 600 ha."],
    # tasks and their leads: a body after the colon
    ["1. Tuyên truyền: Phòng Văn hóa - Xã hội chủ trì.", "2. Số hóa hồ sơ: Văn phòng HĐND và UBND xã chủ trì."],
    # a task's fields
    ["a) Thời gian thực hiện: Quý III năm 2025.", "b) Kinh phí: Ngân sách xã."],
    # one item only so, the other a sentence
    ["1. Mục đích: Nâng cao chất lượng phục vụ.", "2. Bảo đảm đúng tiến độ, tiết kiệm."],
    # a single item
    ["1. Mục đích: Nâng cao chất lượng phục vụ."],
])
def test_run_in_lines_that_may_be_no_headings_stay_text(tmp_path, form, items):
    (part,) = _body(tmp_path, ["I. NỘI DUNG", *items], form)
    assert [(n.heading, n.text) for n in part.children] == [(None, item.split(" ", 1)[1]) for item in items]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", [
    "* Cụm từ “tạm trú” được thay thế bởi cụm từ “nơi ở hiện tại” theo quy định tại điểm c khoản 2 Điều 9",
    "* Khoản này được sửa đổi, bổ sung theo quy định tại Điều 4 của Thông tư số 07/2025/TT-BNN",
    "*Điểm này được bãi bỏ theo quy định tại khoản 3 Điều 2 của Nghị định số 15/2025/NĐ-CP.",
    "* Các từ “cấp huyện” được bãi bỏ theo quy định tại điểm a khoản 1 Điều 6",
    "* Điều này được bổ sung theo quy đinh tại Điều 3 của Thông tư số 11/2025/TT-BTC",  # a scan's wrong tone mark
])
def test_a_consolidated_texts_note_with_a_star_for_its_mark_stays_text(tmp_path, form, line):
    lines = ["Điều 5. Trách nhiệm của Ủy ban nhân dân xã", "1. Tổ chức thực hiện Quy chế này.", line,
             "2. Báo cáo kết quả hằng năm."]
    (article,) = _body(tmp_path, lines, form)
    first, second = article.children
    assert first.children == [] and first.text.splitlines() == ["Tổ chức thực hiện Quy chế này.", line]
    assert second.number == "2"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", [
    "* Cụm từ khóa: Dùng cho tra cứu hồ sơ.",  # no amendment named
    "* Khoản kinh phí được bổ sung năm 2025.",  # not "khoản này"
    "* Điều chỉnh quy hoạch vùng trồng;",
])
def test_a_star_line_that_names_no_amendment_is_a_star(tmp_path, form, line):
    lines = ["I. NỘI DUNG", "1. Trồng rừng", "Các hạt làm như sau:", line, "- Rà soát đất trống."]
    (part,) = _body(tmp_path, lines, form)
    assert [n.kind for n in part.children[0].children] == ["star"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line, kind, heading, text", [
    ("I. MỤC TIÊU: Phủ xanh 900 ha đất trống.", "roman", "MỤC TIÊU", "Phủ xanh 900 ha đất trống."),
    ("I- NỘI DUNG: Gồm các việc sau", "roman", "NỘI DUNG", "Gồm các việc sau"),
    ("I/ KINH PHÍ : Ngân sách xã bảo đảm.", "roman", "KINH PHÍ", "Ngân sách xã bảo đảm."),
    ("Phần I. ĐÁNH GIÁ: Cơ bản hoàn thành.", "part", "ĐÁNH GIÁ", "Cơ bản hoàn thành."),
    # the words after the colon in capitals: the heading's own
    ("I. THỜI GIAN, ĐỊA ĐIỂM: HỘI TRƯỜNG UBND XÃ", "roman", "THỜI GIAN, ĐỊA ĐIỂM: HỘI TRƯỜNG UBND XÃ", ""),
    # a part that is a sentence: its text
    ("I. Tán thành báo cáo: Các nội dung đều đạt.", "roman", None, "Tán thành báo cáo: Các nội dung đều đạt."),
])
def test_a_parts_heading_in_capitals_and_its_text_after_a_colon_on_one_line(tmp_path, form, line, kind, heading, text):
    (part,) = _body(tmp_path, [line, "1. Trồng rừng", "Trồng 900 ha."], form)
    assert (part.kind, part.heading, part.text, [c.heading for c in part.children]) == (kind, heading, text, ["Trồng rừng"])
