"""Section trees (s30), a second blind round: outlines of kinds s29's did not hold, each fixture written from the facts
below (own words, numbers and bodies), its tree stated by hand, run in text, HTML, DOCX and PDF (the bold ones in the
forms that print bold).

FACTS (from the openings of stored legal-site pages, 2001-2025; facts, not text):
- People's Councils' resolutions (Tiền Giang 2011, Thái Nguyên 2008, Nghệ An 2011, Vĩnh Long 2004): the council's name and
  its session under the title, "Căn cứ …", "Qua xem xét …" / "Sau khi xem xét …", "QUYẾT NGHỊ:"; then either "Điều 1.
  Thông qua Kế hoạch …, với những nội dung chính như sau:" and Roman parts "I. MỤC TIÊU …" / "1. Mục tiêu" inside the
  article, or "Điều 2. Mục tiêu, nhiệm vụ trọng tâm" (an article headed) with a paragraph, or no article at all: a
  paragraph ("Hội đồng nhân dân tỉnh cơ bản tán thành …, đồng thời nhấn mạnh một số vấn đề sau:") then Roman parts in
  capitals, one ending in a colon ("I. ĐÁNH GIÁ TÌNH HÌNH … NĂM 2004:").
- Decisions approving a scheme (Cần Thơ 2015): "Điều 1. Phê duyệt Đề án … với những nội dung chủ yếu sau:" / "I. MỤC
  TIÊU" / "1. Mục tiêu chung:" / a paragraph; the last articles "Điều 2. … hiệu lực" / "Điều 3. … thi hành".
- A decision carrying a regulation (Tiền Giang 2009, a web copy): "Điều 1." on a line of its own, its sentence on the
  next lines; after the signature "QUY ĐỊNH" / its title / "(Ban hành kèm theo Quyết định số …)" / "Chương I" …
- A decision of a ministry and of a province (2007, 2009): "Điều 2. Các cơ quan, đơn vị sau đây chịu trách nhiệm …:" /
  "1. Sở Kế hoạch và Đầu tư …" / "2. Ban …": an article's clauses that are sentences.
- A mayor's directive (Đà Nẵng 2005): Roman parts with a dash and a heading in sentence case ("I- Yêu cầu đối với kế
  hoạch 5 năm …"), a paragraph under each.
- A district's report (Bến Tre 2023): "Kính gửi: …", "Thực hiện …", "I. TÌNH HÌNH TRIỂN KHAI …" / a paragraph / "II. KẾT
  QUẢ THỰC HIỆN NHIỆM VỤ" / "1. Về lĩnh vực …" / "a) Công tác triển khai thực hiện" / a paragraph.
- A department's plan (Hà Nam 2014): "Phần I" / "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM …" / "I.      TÌNH HÌNH CHUNG" (spaces
  after the label, a web page's indent) / paragraphs.
- A course's contents (2014): "PHẦN I" / "I. …" / "1.1 Khái niệm" / "1.2. Phân biệt …" (sub-items of a Roman part with
  no "1." above them).
- A school report (2009): "I. TÊN ĐỀ TÀI:" / "II/ĐẶT VẤN ĐỀ:" (a slash glued to the heading) / "*Phát huy …" lines
  (a star glued to a sentence).
- A Party conclusion (the Politburo's, 2025): "I- MỤC TIÊU, YÊU CẦU" / "1. Bảo đảm …" items that are sentences.
- A Prime Minister's directive (2001): "I. NỘI DUNG, NHIỆM VỤ CHỦ YẾU …" / "1. Tư tưởng chỉ đạo …".
- From the round's brief, not in the pages returned: plans lettered "A. / B. / C." above or without Roman parts,
  regulations with "Mục 1" inside a chapter, Roman labels whose full stop OCR lost ("II NỘI DUNG"), headings told only by
  their bold in HTML/DOCX/PDF, "Biểu số 01" in sentence case over an annex, "*" run-in headings ("* Nhiệm vụ trọng tâm:
  …"), "(1)" "(2)" items.

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

PLAN_HEADER = ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "TỈNH BẮC HÀ", "Số: 88/KH-SNNMT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
               "Độc lập - Tự do - Hạnh phúc", "Bắc Hà, ngày 10 tháng 2 năm 2025", "KẾ HOẠCH",
               "Trồng rừng thay thế năm 2025",
               "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở ban hành Kế hoạch như sau:"]
PLAN_CLOSING = ["Nơi nhận:", "- Các phòng, đơn vị;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Văn Quý"]
COUNCIL_HEADER = ["HỘI ĐỒNG NHÂN DÂN", "TỈNH BẮC HÀ", "Số: 15/NQ-HĐND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                  "Độc lập - Tự do - Hạnh phúc", "Bắc Hà, ngày 12 tháng 12 năm 2024", "NGHỊ QUYẾT",
                  "Về kế hoạch phát triển lâm nghiệp năm 2025", "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC HÀ",
                  "KHÓA XVII, KỲ HỌP THỨ 21", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                  "Xét Tờ trình của Ủy ban nhân dân tỉnh và ý kiến của đại biểu tại kỳ họp,", "QUYẾT NGHỊ:"]
COUNCIL_CLOSING = ["Nơi nhận:", "- Thường trực Tỉnh ủy;", "- Lưu: VT.", "CHỦ TỊCH", "Hà Văn Sơn"]
DECISION_HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC HÀ", "Số: 301/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                   "Độc lập - Tự do - Hạnh phúc", "Bắc Hà, ngày 20 tháng 3 năm 2025", "QUYẾT ĐỊNH",
                   "Phê duyệt Đề án trồng rừng gỗ lớn giai đoạn 2025 - 2030", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
                   "Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;", "Xét đề nghị của Giám đốc Sở Nông nghiệp và Môi trường,",
                   "QUYẾT ĐỊNH:"]
DECISION_CLOSING = ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Thị Lan"]
REPORT_HEADER = ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỒI XANH", "Số: 41/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Đồi Xanh, ngày 05 tháng 12 năm 2024", "BÁO CÁO",
                 "Kết quả trồng rừng năm 2024 và nhiệm vụ năm 2025", "Kính gửi: Sở Nông nghiệp và Môi trường",
                 "Thực hiện Công văn số 12/SNNMT-LN của Sở, Ủy ban nhân dân huyện báo cáo như sau:"]
REPORT_CLOSING = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phan Văn Tài"]
DIRECTIVE_HEADER = ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ BẮC HÀ", "Số: 03/CT-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Bắc Hà, ngày 06 tháng 1 năm 2025", "CHỈ THỊ",
                    "Về xây dựng kế hoạch bảo vệ rừng 5 năm 2026 - 2030",
                    "Để kế hoạch bảo vệ rừng 5 năm tới sát thực tế, Chủ tịch Ủy ban nhân dân thành phố yêu cầu như sau:"]
DIRECTIVE_CLOSING = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "CHỦ TỊCH", "Mai Văn Hùng"]


# name: (lines, expected tree of the body, the forms it runs in)
FIXTURES: dict[str, tuple[list[str], list]] = {
    # a council's resolution whose first article carries the plan's Roman parts, the second its clauses
    "council_articles_with_parts": (
        [*COUNCIL_HEADER, "Điều 1. Thông qua Kế hoạch phát triển lâm nghiệp năm 2025 với các nội dung chính sau:",
         "I. MỤC TIÊU", "1. Mục tiêu chung", "Tăng độ che phủ rừng.", "2. Chỉ tiêu chủ yếu", "Trồng mới 3.000 ha rừng.",
         "II. GIẢI PHÁP", "Huy động vốn xã hội hóa.", "Điều 2. Tổ chức thực hiện",
         "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.", "2. Giao Thường trực Hội đồng nhân dân tỉnh giám sát.",
         *COUNCIL_CLOSING],
        [N("article", "1", None, "Thông qua Kế hoạch",
           N("roman", "I", "MỤC TIÊU", "", N("arabic", "1", "Mục tiêu chung", "độ che phủ"),
             N("arabic", "2", "Chỉ tiêu chủ yếu", "3.000 ha")),
           N("roman", "II", "GIẢI PHÁP", "xã hội hóa")),
         N("article", "2", "Tổ chức thực hiện", "", N("arabic", "1", None, "Giao Ủy ban"), N("arabic", "2", None, "giám sát"))]),
    # a council's resolution with no article: a paragraph, then Roman parts in capitals, one ending in a colon
    "council_without_articles": (
        [*COUNCIL_HEADER, "Hội đồng nhân dân tỉnh tán thành báo cáo của Ủy ban nhân dân tỉnh và nhấn mạnh các vấn đề sau:",
         "I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024:", "Diện tích rừng trồng vượt kế hoạch.", "II. NHIỆM VỤ NĂM 2025:",
         "1. Về trồng rừng", "Trồng rừng gỗ lớn.", "2. Về bảo vệ rừng", "Không để cháy rừng lớn.", *COUNCIL_CLOSING],
        [N("roman", "I", "ĐÁNH GIÁ KẾT QUẢ NĂM 2024:", "vượt kế hoạch"),
         N("roman", "II", "NHIỆM VỤ NĂM 2025:", "", N("arabic", "1", "Về trồng rừng", "gỗ lớn"),
           N("arabic", "2", "Về bảo vệ rừng", "cháy rừng"))]),
    # a decision approving a scheme: the scheme's parts inside its first article, items whose heading ends in a colon
    "decision_approving": (
        [*DECISION_HEADER, "Điều 1. Phê duyệt Đề án trồng rừng gỗ lớn giai đoạn 2025 - 2030 với các nội dung chủ yếu sau:",
         "I. MỤC TIÊU", "1. Mục tiêu chung:", "Nâng giá trị rừng trồng.", "2. Mục tiêu cụ thể:",
         "a) Trồng 5.000 ha gỗ lớn;", "b) Cấp chứng chỉ cho 2.000 ha.", "II. GIẢI PHÁP", "Hỗ trợ giống cho hộ trồng rừng.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
         "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.",
         *DECISION_CLOSING],
        [N("article", "1", None, "Phê duyệt Đề án",
           N("roman", "I", "MỤC TIÊU", "", N("arabic", "1", None, "Nâng giá trị"),
             N("arabic", "2", None, "Mục tiêu cụ thể:", N("letter", "a", None, "5.000 ha"), N("letter", "b", None, "chứng chỉ"))),
           N("roman", "II", "GIẢI PHÁP", "Hỗ trợ giống")),
         N("article", "2", None, "hiệu lực"), N("article", "3", None, "thi hành")]),
    # an article's label alone on its line (a web copy), its sentence on the next; clauses that are sentences
    "article_label_alone": (
        [*DECISION_HEADER, "Điều 1.", "Phê duyệt Đề án trồng rừng gỗ lớn giai đoạn 2025 - 2030.", "Điều 2.",
         "Các cơ quan sau đây chịu trách nhiệm tổ chức thực hiện:", "1. Sở Nông nghiệp và Môi trường hướng dẫn kỹ thuật.",
         "2. Sở Tài chính bố trí kinh phí.", "Điều 3.", "Quyết định này có hiệu lực kể từ ngày ký./.", *DECISION_CLOSING],
        [N("article", "1", None, "Phê duyệt Đề án"),
         N("article", "2", None, "chịu trách nhiệm", N("arabic", "1", None, "hướng dẫn kỹ thuật"),
           N("arabic", "2", None, "bố trí kinh phí")),
         N("article", "3", None, "hiệu lực")]),
    # a directive: Roman parts with a dash and a heading in sentence case
    "directive_dash_sentence_case": (
        [*DIRECTIVE_HEADER, "I- Yêu cầu đối với kế hoạch 5 năm 2026 - 2030", "Kế hoạch phải bám sát quy hoạch lâm nghiệp.",
         "II- Nội dung chủ yếu của kế hoạch", "1- Về bảo vệ rừng", "Giữ ổn định diện tích rừng tự nhiên.",
         "2- Về phát triển rừng", "Trồng rừng trên đất trống.", "III- Tổ chức thực hiện",
         "Các sở gửi kế hoạch trước ngày 30 tháng 6.", *DIRECTIVE_CLOSING],
        [N("roman", "I", "Yêu cầu đối với kế hoạch 5 năm 2026 - 2030", "bám sát"),
         N("roman", "II", "Nội dung chủ yếu của kế hoạch", "", N("arabic", "1", "Về bảo vệ rừng", "rừng tự nhiên"),
           N("arabic", "2", "Về phát triển rừng", "đất trống")),
         N("roman", "III", "Tổ chức thực hiện", "30 tháng 6")]),
    # a district's report: Roman parts, items, points with headings
    "district_report": (
        [*REPORT_HEADER, "I. TÌNH HÌNH TRIỂN KHAI", "Huyện đã ban hành kế hoạch và giao chỉ tiêu cho các xã.",
         "II. KẾT QUẢ THỰC HIỆN", "1. Về trồng rừng", "a) Công tác chuẩn bị", "Các xã rà soát đất trống.",
         "b) Kết quả trồng", "Trồng được 420 ha.", "2. Về bảo vệ rừng", "Không xảy ra cháy rừng.",
         "III. NHIỆM VỤ NĂM 2025", "Trồng mới 450 ha.", *REPORT_CLOSING],
        [N("roman", "I", "TÌNH HÌNH TRIỂN KHAI", "giao chỉ tiêu"),
         N("roman", "II", "KẾT QUẢ THỰC HIỆN", "",
           N("arabic", "1", "Về trồng rừng", "", N("letter", "a", "Công tác chuẩn bị", "rà soát"),
             N("letter", "b", "Kết quả trồng", "420 ha")),
           N("arabic", "2", "Về bảo vệ rừng", "cháy rừng")),
         N("roman", "III", "NHIỆM VỤ NĂM 2025", "450 ha")]),
    # parts "Phần I" with their heading under them, Roman labels set off by spaces (a web page's indent)
    "parts_spaced_labels": (
        [*PLAN_HEADER, "Phần I", "ĐÁNH GIÁ KẾT QUẢ NĂM 2024", "I.      TÌNH HÌNH CHUNG", "Năm 2024 thời tiết thuận lợi.",
         "II.     KẾT QUẢ CỤ THỂ", "Trồng được 800 ha.", "Phần II", "KẾ HOẠCH NĂM 2025", "I.      MỤC TIÊU",
         "Trồng mới 900 ha.", *PLAN_CLOSING],
        [N("part", "I", "ĐÁNH GIÁ KẾT QUẢ NĂM 2024", "", N("roman", "I", "TÌNH HÌNH CHUNG", "thuận lợi"),
           N("roman", "II", "KẾT QUẢ CỤ THỂ", "800 ha")),
         N("part", "II", "KẾ HOẠCH NĂM 2025", "", N("roman", "I", "MỤC TIÊU", "900 ha"))]),
    # a part's label and heading on one line, sub-items right under a Roman part ("1.1" with no "1." above)
    "parts_one_line_subitems": (
        [*PLAN_HEADER, "PHẦN I. NHỮNG VẤN ĐỀ CHUNG", "I. KHÁI NIỆM", "1.1 Rừng trồng", "Rừng do con người trồng.",
         "1.2. Rừng gỗ lớn", "Rừng trồng để khai thác gỗ lớn.", "II. PHƯƠNG PHÁP", "Điều tra theo ô mẫu.",
         "PHẦN II. TỔ CHỨC THỰC HIỆN", "Các hạt kiểm lâm thực hiện.", *PLAN_CLOSING],
        [N("part", "I", "NHỮNG VẤN ĐỀ CHUNG", "",
           N("roman", "I", "KHÁI NIỆM", "", N("arabic", "1.1", "Rừng trồng", "con người"),
             N("arabic", "1.2", "Rừng gỗ lớn", "khai thác")),
           N("roman", "II", "PHƯƠNG PHÁP", "ô mẫu")),
         N("part", "II", "TỔ CHỨC THỰC HIỆN", "hạt kiểm lâm")]),
    # a plan lettered A. B. C. above its Roman parts, the first group with items and no Roman part
    "groups_abc": (
        [*PLAN_HEADER, "A. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Phủ xanh đất trống.", "2. Yêu cầu", "Đúng thời vụ.",
         "B. NHIỆM VỤ CỤ THỂ", "I. CHUẨN BỊ", "1. Cây giống", "Vườn ươm cấp đủ giống.", "II. TRỒNG RỪNG",
         "Trồng xong trong quý III.", "C. TỔ CHỨC THỰC HIỆN", "1. Phòng Lâm nghiệp chủ trì.",
         "2. Các hạt kiểm lâm phối hợp.", *PLAN_CLOSING],
        [N("upper_letter", "A", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "đất trống"),
           N("arabic", "2", "Yêu cầu", "thời vụ")),
         N("upper_letter", "B", "NHIỆM VỤ CỤ THỂ", "", N("roman", "I", "CHUẨN BỊ", "", N("arabic", "1", "Cây giống", "Vườn ươm")),
           N("roman", "II", "TRỒNG RỪNG", "quý III")),
         N("upper_letter", "C", "TỔ CHỨC THỰC HIỆN", "", N("arabic", "1", None, "Phòng Lâm nghiệp"),
           N("arabic", "2", None, "hạt kiểm lâm"))]),
    # a regulation in chapters, sections ("Mục 1" alone, its heading under it, or on one line) and articles
    "regulation_sections": (
        [*DECISION_HEADER[:6], "QUY CHẾ", "Quản lý giống cây lâm nghiệp", "Chương I", "QUY ĐỊNH CHUNG",
         "Điều 1. Phạm vi điều chỉnh", "Quy chế này quy định việc quản lý giống.", "Chương II", "QUẢN LÝ GIỐNG",
         "Mục 1", "VƯỜN ƯƠM", "Điều 2. Điều kiện vườn ươm", "1. Có đất ổn định.", "2. Có người kỹ thuật.",
         "Mục 2. NGUỒN GIỐNG", "Điều 3. Công nhận nguồn giống", "Sở công nhận nguồn giống.", "Chương III",
         "ĐIỀU KHOẢN THI HÀNH", "Điều 4. Trách nhiệm thi hành", "Các sở thực hiện Quy chế này.", *DECISION_CLOSING],
        [N("chapter", "I", "QUY ĐỊNH CHUNG", "", N("article", "1", "Phạm vi điều chỉnh", "quản lý giống")),
         N("chapter", "II", "QUẢN LÝ GIỐNG", "",
           N("muc", "1", "VƯỜN ƯƠM", "", N("article", "2", "Điều kiện vườn ươm", "", N("arabic", "1", None, "đất ổn định"),
                                           N("arabic", "2", None, "kỹ thuật"))),
           N("muc", "2", "NGUỒN GIỐNG", "", N("article", "3", "Công nhận nguồn giống", "Sở công nhận"))),
         N("chapter", "III", "ĐIỀU KHOẢN THI HÀNH", "", N("article", "4", "Trách nhiệm thi hành", "Các sở thực hiện"))]),
    # Roman labels whose full stop a scan's OCR lost, and one glued by a slash
    "roman_without_stops": (
        [*PLAN_HEADER, "I MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Phủ xanh đất trống.", "II NỘI DUNG", "1. Trồng rừng",
         "Trồng 900 ha.", "III/TỔ CHỨC THỰC HIỆN", "Các hạt kiểm lâm thực hiện.", *PLAN_CLOSING],
        [N("roman", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "đất trống")),
         N("roman", "II", "NỘI DUNG", "", N("arabic", "1", "Trồng rừng", "900 ha")),
         N("roman", "III", "TỔ CHỨC THỰC HIỆN", "hạt kiểm lâm")]),
    # a Party conclusion: Roman parts with a dash, items that are sentences
    "party_conclusion": (
        ["ĐẢNG BỘ TỈNH BẮC HÀ", "BAN THƯỜNG VỤ", "*", "Số 25-KL/TU", "ĐẢNG CỘNG SẢN VIỆT NAM",
         "Bắc Hà, ngày 02 tháng 4 năm 2025", "KẾT LUẬN", "về công tác bảo vệ rừng",
         "Ban Thường vụ Tỉnh ủy kết luận như sau:", "I- MỤC TIÊU, YÊU CẦU",
         "1. Bảo đảm giữ vững diện tích rừng tự nhiên hiện có.", "2. Nâng cao trách nhiệm của cấp ủy các cấp.",
         "II- NHIỆM VỤ, GIẢI PHÁP", "1. Tăng cường tuyên truyền về bảo vệ rừng.", "2. Xử lý nghiêm vi phạm.",
         "Nơi nhận:", "- Các huyện ủy;", "- Lưu Văn phòng.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lò Văn Thành"],
        [N("roman", "I", "MỤC TIÊU, YÊU CẦU", "", N("arabic", "1", None, "giữ vững"), N("arabic", "2", None, "trách nhiệm")),
         N("roman", "II", "NHIỆM VỤ, GIẢI PHÁP", "", N("arabic", "1", None, "tuyên truyền"),
           N("arabic", "2", None, "vi phạm"))]),
    # an annex headed "Biểu số 01" in sentence case (as "Phụ lục 01" is), its title and link under it
    "annex_bieu_so": (
        [*PLAN_HEADER, "I. MỤC TIÊU", "Trồng mới 900 ha.", "II. TỔ CHỨC THỰC HIỆN", "Các hạt kiểm lâm thực hiện.",
         *PLAN_CLOSING, "Biểu số 01", "KẾ HOẠCH TRỒNG RỪNG THEO XÃ",
         "(Kèm theo Kế hoạch số 88/KH-SNNMT ngày 10/02/2025 của Sở Nông nghiệp và Môi trường)",
         "1. Xã Đồi Xanh: 300 ha.", "2. Xã Bản Mòng: 600 ha."],
        [N("roman", "I", "MỤC TIÊU", "900 ha"), N("roman", "II", "TỔ CHỨC THỰC HIỆN", "hạt kiểm lâm"),
         N("annex", "01", "KẾ HOẠCH TRỒNG RỪNG THEO XÃ", "Kèm theo", N("arabic", "1", None, "300 ha"),
           N("arabic", "2", None, "600 ha"))]),
    # "*" before a run-in heading and its text, under an item
    "star_run_in": (
        [*PLAN_HEADER, "I. MỤC TIÊU", "1. Mục tiêu chung", "Phủ xanh đất trống đồi trọc.", "2. Mục tiêu cụ thể",
         "* Trồng rừng: Trồng mới 900 ha rừng gỗ lớn.", "* Bảo vệ rừng: Giữ ổn định 12.000 ha rừng tự nhiên.",
         "II. TỔ CHỨC THỰC HIỆN", "Các hạt kiểm lâm thực hiện.", *PLAN_CLOSING],
        [N("roman", "I", "MỤC TIÊU", "", N("arabic", "1", "Mục tiêu chung", "đất trống"),
           N("arabic", "2", "Mục tiêu cụ thể", "", N("star", None, "Trồng rừng", "Trồng mới 900 ha"),
             N("star", None, "Bảo vệ rừng", "12.000 ha"))),
         N("roman", "II", "TỔ CHỨC THỰC HIỆN", "hạt kiểm lâm")]),
    # "*" sub-headings over dashes, after a dash that introduces them (a decision's phases of a project)
    "star_over_dashes": (
        [*PLAN_HEADER, "I. TIẾN ĐỘ", "1. Tiến độ thực hiện", "- Dự án chia hai giai đoạn như sau:",
         "* Giai đoạn một, từ năm 2025 đến năm 2027:", "- Chuẩn bị đầu tư: năm 2025.", "- Xây dựng: năm 2026.",
         "* Giai đoạn hai, sau năm 2027:", "- Mở rộng vườn ươm.", "2. Kinh phí", "Vốn của doanh nghiệp.", *PLAN_CLOSING],
        [N("roman", "I", "TIẾN ĐỘ", "",
           N("arabic", "1", "Tiến độ thực hiện", "", N("dash", None, None, "hai giai đoạn"),
             N("star", None, None, "từ năm 2025", N("dash", None, None, "Chuẩn bị"), N("dash", None, None, "Xây dựng")),
             N("star", None, None, "sau năm 2027", N("dash", None, None, "Mở rộng"))),
           N("arabic", "2", "Kinh phí", "doanh nghiệp"))]),
    # "(1)" "(2)" items under an item
    "bracketed_items": (
        [*PLAN_HEADER, "I. NHIỆM VỤ", "1. Trồng rừng", "Các nhiệm vụ gồm:", "(1) Rà soát quỹ đất trống;",
         "(2) Chuẩn bị cây giống;", "(3) Trồng và chăm sóc rừng.", "2. Bảo vệ rừng", "Tuần tra hằng tháng.",
         *PLAN_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "", N("arabic", "1", "Trồng rừng", "(2) Chuẩn bị"),
           N("arabic", "2", "Bảo vệ rừng", "Tuần tra"))]),
}

# bold headings: (lines, tree), run in the forms that print bold
BOLD_FIXTURES: dict[str, tuple[list[str], list]] = {
    # a ministry's plan: headings in bold with no number above its Roman parts' items
    "bold_groups": (
        [*PLAN_HEADER, "I. NHIỆM VỤ", f"{BOLD}Nhiệm vụ thường xuyên", "1. Tuần tra rừng", "Hằng tháng.",
         "2. Phòng cháy", "Mùa khô.", f"{BOLD}Nhiệm vụ trọng tâm", "1. Trồng rừng gỗ lớn", "900 ha.",
         "II. KINH PHÍ", "Ngân sách tỉnh.", *PLAN_CLOSING],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("unnumbered", None, "Nhiệm vụ thường xuyên", "", N("arabic", "1", "Tuần tra rừng", "Hằng tháng"),
             N("arabic", "2", "Phòng cháy", "Mùa khô")),
           N("unnumbered", None, "Nhiệm vụ trọng tâm", "", N("arabic", "1", "Trồng rừng gỗ lớn", "900 ha"))),
         N("roman", "II", "KINH PHÍ", "Ngân sách")]),
    # bold headings with no number at all at the top of the body
    "bold_top": (
        [*PLAN_HEADER, f"{BOLD}Mục đích, yêu cầu", "Phủ xanh đất trống.", f"{BOLD}Nội dung thực hiện", "1. Trồng rừng",
         "900 ha.", "2. Bảo vệ rừng", "Tuần tra.", f"{BOLD}Tổ chức thực hiện", "Các hạt kiểm lâm thực hiện.",
         *PLAN_CLOSING],
        [N("unnumbered", None, "Mục đích, yêu cầu", "đất trống"),
         N("unnumbered", None, "Nội dung thực hiện", "", N("arabic", "1", "Trồng rừng", "900 ha"),
           N("arabic", "2", "Bảo vệ rừng", "Tuần tra")),
         N("unnumbered", None, "Tổ chức thực hiện", "hạt kiểm lâm")]),
}
BOLD_FORMS = ["html_b", "docx", "pdf"]


def body_nodes(doc):
    return [n for n in doc.sections if n.kind not in ("opening", "closing")]


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

def _body(tmp_path, lines: list[str], form: str, header=PLAN_HEADER, closing=PLAN_CLOSING):
    return body_nodes(process(write_in_form(tmp_path, [*header, *lines, *closing], form)))


def _outline(nodes) -> list:
    return [(n.kind, n.number, n.heading, _outline(n.children)) for n in nodes]


_PARTS = ["I. MỤC TIÊU", "Trồng mới 900 ha.", "II. TỔ CHỨC THỰC HIỆN", "Các hạt kiểm lâm thực hiện."]
_LINK = "(Kèm theo Kế hoạch số 88/KH-SNNMT ngày 10/02/2025 của Sở Nông nghiệp và Môi trường)"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("annex, label, number, heading", [
    (["Biểu số 01", "KẾ HOẠCH TRỒNG RỪNG THEO XÃ", _LINK], "Biểu số 01", "01", "KẾ HOẠCH TRỒNG RỪNG THEO XÃ"),
    (["BIỂU SỐ 02", "TỔNG HỢP DIỆN TÍCH RỪNG", _LINK], "BIỂU SỐ 02", "02", "TỔNG HỢP DIỆN TÍCH RỪNG"),
    (["Biểu số 3", "Danh mục vườn ươm", _LINK], "Biểu số 3", "3", "Danh mục vườn ươm"),
    (["BIỂU SỐ 04: DANH MỤC CÂY GIỐNG", _LINK], "BIỂU SỐ 04", "04", "DANH MỤC CÂY GIỐNG"),
])
def test_a_table_annexed_as_bieu_so_is_an_annex_with_its_number(tmp_path, form, annex, label, number, heading):
    nodes = _body(tmp_path, _PARTS, form, closing=[*PLAN_CLOSING, *annex, "1. Xã Đồi Xanh: 300 ha.", "2. Xã Bản Mòng: 600 ha."])
    (node,) = [n for n in nodes if n.kind == "annex"]
    assert (node.label, node.number, node.heading, node.attached_to and node.attached_to["number"]) == (
        label, number, heading, "88/KH-SNNMT")
    assert [(n.kind, n.number) for n in node.children] == [("arabic", "1"), ("arabic", "2")]
    assert [n.kind for n in nodes] == ["roman", "roman", "annex"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", ["Biểu số 01 kèm theo Kế hoạch này do các xã lập.", "Biểu số 01: Các xã lập theo mẫu."])
def test_a_sentence_that_names_a_bieu_so_is_no_annex(tmp_path, form, line):
    nodes = _body(tmp_path, ["I. MỤC TIÊU", "Trồng mới 900 ha.", line, "II. TỔ CHỨC THỰC HIỆN", "Các hạt thực hiện."], form)
    assert [n.kind for n in nodes] == ["roman", "roman"] and nodes[0].text.splitlines() == ["Trồng mới 900 ha.", line]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("second, third", [("II/NỘI DUNG", "III/TỔ CHỨC THỰC HIỆN"), ("II/ĐẶT VẤN ĐỀ", "III/ GIẢI PHÁP")])
def test_a_roman_part_glued_to_its_heading_by_a_slash(tmp_path, form, second, third):
    lines = ["I/ MỤC ĐÍCH", "Phủ xanh đất trống.", second, "1. Trồng rừng", "Trồng 900 ha.", third, "Các hạt thực hiện."]
    assert [(n.kind, n.number, n.heading) for n in _body(tmp_path, lines, form)] == [
        ("roman", "I", "MỤC ĐÍCH"), ("roman", "II", second[3:].strip()), ("roman", "III", third[4:].strip())]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", ["V/v báo cáo kết quả trồng rừng.", "X/QUANG PHỔI ĐƯỢC CHỤP MIỄN PHÍ", "V/V BÁO CÁO"])
def test_a_slash_glued_out_of_sequence_stays_text(tmp_path, form, line):
    (part,) = _body(tmp_path, ["I. NỘI DUNG", "Các hạt làm như sau:", line], form)
    assert part.children == [] and part.text.splitlines() == ["Các hạt làm như sau:", line]


@pytest.mark.parametrize("form", BOLD_FORMS)
@pytest.mark.parametrize("paragraphs", [1, 2, 3])
def test_bold_headings_before_the_first_label_each_over_its_paragraphs(tmp_path, form, paragraphs):
    first = [f"Đoạn thứ {k + 1} của phần mục đích." for k in range(paragraphs)]
    lines = [*PLAN_HEADER, f"{BOLD}Mục đích, yêu cầu", *first, f"{BOLD}Nội dung thực hiện", "1. Trồng rừng", "900 ha.",
             f"{BOLD}Kinh phí thực hiện", "Ngân sách tỉnh bảo đảm.", *PLAN_CLOSING]
    nodes = body_nodes(process(write_marked(tmp_path, lines, form)))
    assert [(n.kind, n.heading, n.text.splitlines(), [c.number for c in n.children]) for n in nodes] == [
        ("unnumbered", "Mục đích, yêu cầu", first, []), ("unnumbered", "Nội dung thực hiện", [], ["1"]),
        ("unnumbered", "Kinh phí thực hiện", ["Ngân sách tỉnh bảo đảm."], [])]


@pytest.mark.parametrize("form", BOLD_FORMS)
def test_a_bold_title_over_the_grounds_stays_in_the_opening(tmp_path, form):
    lines = [*PLAN_HEADER[:6], "KẾ HOẠCH", f"{BOLD}Trồng rừng thay thế năm 2025",
             "Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;", "Sở ban hành Kế hoạch như sau:", f"{BOLD}Mục đích",
             "1. Phủ xanh đất trống.", "2. Tăng thu nhập.", *PLAN_CLOSING]
    doc = process(write_marked(tmp_path, lines, form))
    assert doc.sections[0].kind == "opening" and doc.sections[0].text.splitlines()[-3:] == [
        "Trồng rừng thay thế năm 2025", "Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;", "Sở ban hành Kế hoạch như sau:"]
    assert [(n.kind, n.heading, len(n.children)) for n in body_nodes(doc)] == [("unnumbered", "Mục đích", 2)]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line, heading, text", [
    ("* Trồng rừng: Trồng mới 900 ha.", "Trồng rừng", "Trồng mới 900 ha."),
    ("*Nhiệm vụ trọng tâm: Phủ xanh đất trống.", "Nhiệm vụ trọng tâm", "Phủ xanh đất trống."),
    ("* Mục tiêu cụ thể", "Mục tiêu cụ thể", ""),
    ("* Mục tiêu cụ thể:", None, "Mục tiêu cụ thể:"),
    ("* Sở Tài chính: Bố trí kinh phí.", None, "Sở Tài chính: Bố trí kinh phí."),  # a body and its task
    ("* Thời gian thực hiện: Quý II/2025.", None, "Thời gian thực hiện: Quý II/2025."),  # a task's field
    ("* Tiến độ: Phiên họp tháng 9/2025", None, "Tiến độ: Phiên họp tháng 9/2025"),  # no full stop, a field
    ("* Trồng rừng: Trồng mới 900 ha", "Trồng rừng", "Trồng mới 900 ha"),  # no full stop, a run-in heading
    # a sentence its line break cut (a scanned page's line), no heading however it ends (a consolidated text's note cut
    # so, "* Cụm từ … được thay thế … theo quy định tại điểm c khoản 2", is no star at all: tests/test_structure_s31.py)
    ("* Các cụm từ “khu dân cư” và “thôn, tổ dân phố” trong kế hoạch này được hiểu theo quy định tại điểm c khoản 2", None,
     "Các cụm từ “khu dân cư” và “thôn, tổ dân phố” trong kế hoạch này được hiểu theo quy định tại điểm c khoản 2"),
    ("* Các xã phối hợp với hạt kiểm lâm rà soát diện tích đất trống đồi trọc trên địa bàn", None,
     "Các xã phối hợp với hạt kiểm lâm rà soát diện tích đất trống đồi trọc trên địa bàn"),
])
def test_a_star_line_is_a_node_its_run_in_heading_read(tmp_path, form, line, heading, text):
    (part,) = _body(tmp_path, ["I. NỘI DUNG", "1. Trồng rừng", "Các hạt làm như sau:", line, "- Rà soát đất trống."], form)
    (star,) = part.children[0].children
    assert (star.kind, star.heading, star.text, [c.kind for c in star.children]) == ("star", heading, text, ["dash"])


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", ["*", "***", "* * *", "*) Ghi chú của bảng.",
                                  # a star glued to a figure: a note's mark (a consolidated text's footnote, OCR'd)
                                  "*3 Cụm từ “huyện” được bãi bỏ theo quy định tại khoản 4 Điều 2.", "*12 Khoản này được sửa đổi"])
def test_a_star_before_no_words_stays_text(tmp_path, form, line):
    (part,) = _body(tmp_path, ["I. NỘI DUNG", "Các hạt làm như sau.", line, "Trồng 900 ha."], form)
    assert part.children == [] and part.text.splitlines() == ["Các hạt làm như sau.", line, "Trồng 900 ha."]
