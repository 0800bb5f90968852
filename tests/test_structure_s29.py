"""Section trees (s29), a blind round: outlines as documents written by other hands number them, each fixture written
from the facts below (own words, numbers and bodies), its tree stated by hand, run in text, HTML, DOCX and PDF.

FACTS (from the openings of stored legal-site pages of plans, decisions carrying a plan, Party resolutions and
conclusions, 2011-2025; facts, not text):
- A province's plan (Tuyên Quang 2021, Quảng Nam 2023, Sóc Trăng 2022): "Căn cứ …" lines or one "Thực hiện …" paragraph,
  "… như sau:", then "I. MỤC ĐÍCH, YÊU CẦU" / "1. Mục đích" / a paragraph / "2. Yêu cầu"; a PDF copy may wrap the Roman
  heading onto two lines ("I. MỤC ĐÍCH," / "YÊU CẦU").
- A city's plan (Hồ Chí Minh 2019) numbers sub-items "2.1." "2.2." … under "2." and restarts "1." "2." in the next part.
- A plan of a provincial department (Hà Nam 2014) is cut in parts "Phần I" on a line of its own, its heading in capitals
  on the next line ("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM …"), then "I." parts inside it, numbered again from I in each part.
- A province's plan (Lạng Sơn 2020) opens its body with "1. Mục tiêu chung" / "2. Mục tiêu cụ thể" / "a) …" / "- Đến năm
  …:" (no Roman part at all): arabic items at the top.
- The Prime Minister's and a ministry's decisions (2009, 2012, 2014) and provinces' (Bình Định 2021, Ninh Thuận 2007):
  "QUYẾT ĐỊNH:" / "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …" / "Điều 2. …" / "Điều 3. … chịu trách nhiệm thi
  hành …" / "Nơi nhận:"; an article may hold "1." "2." clauses ("Điều 2. Các cơ quan … sau đây:" / "1. Sở …"); the plan
  follows on the next page with a header of its own.
- Party resolutions and conclusions (Ninh Thuận 2016, Tiền Giang 2020, the Politburo's 2025 conclusion, a provincial
  committee's 2022 conclusion): Roman parts with a dash "I- Khái quát tình hình", "I- MỤC TIÊU, YÊU CẦU"; under them "1."
  or, in the Party's own style, "1-" "2-"; a congress's resolution "QUYẾT NGHỊ" / "I- Tán thành …" (a Roman part that is a
  sentence, not a heading).
- A city youth union's plan (2011): "I. YÊU CẦU" / "1. …" items that are sentences, no headings.
- Not seen in the pages the search returned, taken from the round's brief (district and commune copies): "I/" with a
  slash ("1/" and "a/" were read before), "a." "b." with a full stop for points, "*" before a run-in heading ("* Mục
  tiêu cụ thể:").
- The label glued to its heading, no space: a course's contents page (2014, "1.Hệ thống …"), an English decree among the
  real documents ("1.Congenital sex defect means …"); "I.MỤC ĐÍCH" by analogy.
- A ministry's course material (2014) numbers "I." / "1.1" / "1.2." (the full stop kept or lost in one list).
- Annexes: "PHỤ LỤC I" / its title / "(Kèm theo Kế hoạch số … ngày …)", "Biểu số 01", "Mẫu số 01"; a decision's
  regulation "Chương I" / "QUY ĐỊNH CHUNG" / "Điều 1. Phạm vi điều chỉnh" / "1." / "a)".

Each fixture's tree is (kind, number, heading, a few words of its text, children); a node is wrong where it is lost, has
another parent or level, another heading, or its text is not under it; a node the project makes that the tree has not is
wrong too. ``wrong_nodes`` counts them (the report's table comes from it).
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

FORMS = ["text", "html", "docx", "pdf"]

HEADER = ["ỦY BAN NHÂN DÂN", "XÃ TÂN HƯNG", "Số: 45/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Tân Hưng, ngày 03 tháng 3 năm 2025", "KẾ HOẠCH",
          "Phòng chống dịch bệnh trên đàn gia súc năm 2025",
          "Thực hiện chỉ đạo của cấp trên, Ủy ban nhân dân xã ban hành Kế hoạch như sau:"]
PARTY_HEADER = ["ĐẢNG BỘ TỈNH BÌNH LONG", "HUYỆN ỦY PHÚ AN", "*", "Số 12-NQ/HU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Phú An, ngày 20 tháng 4 năm 2024", "NGHỊ QUYẾT", "về phát triển kinh tế vườn đến năm 2030",
                "Hội nghị Ban Chấp hành Đảng bộ huyện đã thảo luận và thống nhất:"]
CLOSING = ["Nơi nhận:", "- Các ban, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Lộc"]
PARTY_CLOSING = ["Nơi nhận:", "- Các chi bộ;", "- Lưu Văn phòng.", "T/M HUYỆN ỦY", "BÍ THƯ", "Lê Thị Hoa"]


def N(kind, number, heading=None, text="", *children):  # noqa: N802 (a tree reads better so)
    return (kind, number, heading, text, list(children))


# name: (lines, expected tree of the body: the nodes between the opening and the closing, and any annex or attached)
FIXTURES: dict[str, tuple[list[str], list]] = {
    # a commune's plan numbered with slashes at every level
    "slashes": ([*HEADER, "I/ MỤC ĐÍCH, YÊU CẦU", "1/ Mục đích", "Chủ động phòng dịch cho đàn gia súc.", "2/ Yêu cầu",
                 "Các thôn triển khai đồng bộ.", "II/ NỘI DUNG", "1/ Tiêm phòng", "a/ Đợt một", "Tiêm trong tháng 4.",
                 "b/ Đợt hai", "Tiêm trong tháng 10.", "2/ Vệ sinh chuồng trại", "Phun thuốc khử trùng hằng tháng.",
                 *CLOSING],
                [N("roman", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "Chủ động phòng dịch"),
                   N("arabic", "2", "Yêu cầu", "triển khai đồng bộ")),
                 N("roman", "II", "NỘI DUNG", "", N("arabic", "1", "Tiêm phòng", "", N("letter", "a", "Đợt một", "tháng 4"),
                                                    N("letter", "b", "Đợt hai", "tháng 10")),
                   N("arabic", "2", "Vệ sinh chuồng trại", "khử trùng"))]),
    # a Party resolution: Roman parts with a dash, items "1-" "2-" in the Party's style
    "party_dashes": ([*PARTY_HEADER, "I- TÌNH HÌNH", "Kinh tế vườn của huyện còn nhỏ lẻ.", "II- MỤC TIÊU, NHIỆM VỤ",
                      "1- Mục tiêu", "Đến năm 2030 có 500 vườn mẫu.", "2- Nhiệm vụ", "a) Quy hoạch vùng cây ăn quả.",
                      "b) Hỗ trợ vốn cho hộ làm vườn.", "III- TỔ CHỨC THỰC HIỆN",
                      "1- Các chi bộ xây dựng chương trình hành động.", "2- Ban Tuyên giáo tuyên truyền nghị quyết.",
                      *PARTY_CLOSING],
                     [N("roman", "I", "TÌNH HÌNH", "nhỏ lẻ"),
                      N("roman", "II", "MỤC TIÊU, NHIỆM VỤ", "", N("arabic", "1", "Mục tiêu", "500 vườn mẫu"),
                        N("arabic", "2", "Nhiệm vụ", "", N("letter", "a", None, "Quy hoạch vùng"),
                          N("letter", "b", None, "Hỗ trợ vốn"))),
                      N("roman", "III", "TỔ CHỨC THỰC HIỆN", "", N("arabic", "1", None, "Các chi bộ xây dựng"),
                        N("arabic", "2", None, "Ban Tuyên giáo"))]),
    # points lettered with a full stop ("a." "b.")
    "letter_stops": ([*HEADER, "I. NỘI DUNG", "1. Tiêm phòng", "a. Đối tượng", "Trâu, bò, lợn của các hộ.",
                      "b. Thời gian", "Hai đợt trong năm.", "2. Giám sát", "Thú y xã giám sát ổ dịch.",
                      "II. KINH PHÍ", "Ngân sách xã bảo đảm.", *CLOSING],
                     [N("roman", "I", "NỘI DUNG", "", N("arabic", "1", "Tiêm phòng", "", N("letter", "a", "Đối tượng", "Trâu, bò"),
                                                       N("letter", "b", "Thời gian", "Hai đợt")),
                        N("arabic", "2", "Giám sát", "ổ dịch")),
                      N("roman", "II", "KINH PHÍ", "Ngân sách xã")]),
    # parts on a line of their own, their heading under them, the Roman parts numbered again in each
    "parts_restart": ([*HEADER, "PHẦN THỨ NHẤT", "KẾT QUẢ NĂM 2024", "I. CÔNG TÁC TIÊM PHÒNG", "Đã tiêm 12.000 liều.",
                       "II. TỒN TẠI", "Một số hộ chưa tiêm.", "PHẦN THỨ HAI", "NHIỆM VỤ NĂM 2025", "I. MỤC TIÊU",
                       "Không để dịch lớn xảy ra.", "II. GIẢI PHÁP", "1. Tuyên truyền", "Phát trên loa truyền thanh.",
                       *CLOSING],
                      [N("part", "1", "KẾT QUẢ NĂM 2024", "", N("roman", "I", "CÔNG TÁC TIÊM PHÒNG", "12.000 liều"),
                         N("roman", "II", "TỒN TẠI", "chưa tiêm")),
                       N("part", "2", "NHIỆM VỤ NĂM 2025", "", N("roman", "I", "MỤC TIÊU", "dịch lớn"),
                         N("roman", "II", "GIẢI PHÁP", "", N("arabic", "1", "Tuyên truyền", "loa truyền thanh")))]),
    # groups above the Roman parts, sub-items two and three deep
    "groups_and_depth": ([*HEADER, "A. KẾT QUẢ", "I. TIÊM PHÒNG", "Đạt 95% kế hoạch.", "B. NHIỆM VỤ", "I. PHÒNG DỊCH",
                          "1. Tiêm phòng", "1.1. Đàn trâu bò", "Tiêm lở mồm long móng.", "1.1.1. Đợt xuân",
                          "Tháng 3 và tháng 4.", "1.2. Đàn lợn", "Tiêm dịch tả lợn.", "2. Chống dịch",
                          "Tiêu hủy gia súc bệnh.", *CLOSING],
                         [N("upper_letter", "A", "KẾT QUẢ", "", N("roman", "I", "TIÊM PHÒNG", "95%")),
                          N("upper_letter", "B", "NHIỆM VỤ", "", N("roman", "I", "PHÒNG DỊCH", "",
                            N("arabic", "1", "Tiêm phòng", "", N("arabic", "1.1", "Đàn trâu bò", "lở mồm",
                                                                  N("arabic", "1.1.1", "Đợt xuân", "tháng 4")),
                              N("arabic", "1.2", "Đàn lợn", "dịch tả")),
                            N("arabic", "2", "Chống dịch", "Tiêu hủy")))]),
    # labels glued to their headings (a web copy): "I.MỤC ĐÍCH", "1.Mục đích"
    "glued_labels": ([*HEADER, "I.MỤC ĐÍCH, YÊU CẦU", "1.Mục đích", "Bảo vệ đàn gia súc.", "2.Yêu cầu",
                      "Làm đúng quy trình.", "II.NỘI DUNG", "1.Tiêm phòng", "Hai đợt trong năm.", *CLOSING],
                     [N("roman", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "Bảo vệ"),
                        N("arabic", "2", "Yêu cầu", "quy trình")),
                      N("roman", "II", "NỘI DUNG", "", N("arabic", "1", "Tiêm phòng", "Hai đợt"))]),
    # a Roman part whose heading wraps onto a second line in capitals; arabic items with a bracket
    "wrapped_roman": ([*HEADER, "I. MỤC ĐÍCH,", "YÊU CẦU", "1) Chủ động phòng dịch.", "2) Không để dịch lan rộng.",
                       "II. TỔ CHỨC THỰC HIỆN", "1) Thú y xã chủ trì.", "2) Các thôn phối hợp.", *CLOSING],
                      [N("roman", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", None, "Chủ động"),
                         N("arabic", "2", None, "lan rộng")),
                       N("roman", "II", "TỔ CHỨC THỰC HIỆN", "", N("arabic", "1", None, "Thú y"),
                         N("arabic", "2", None, "Các thôn"))]),
    # no Roman part: arabic items at the top, points and dashes under them
    "arabic_top": ([*HEADER, "1. Mục tiêu chung", "Giảm thiệt hại do dịch bệnh.", "2. Mục tiêu cụ thể",
                    "a) Tiêm phòng đạt 90% tổng đàn.", "- Đàn trâu bò đạt 95%.", "- Đàn lợn đạt 85%.",
                    "b) Không để dịch lan sang xã khác.", "3. Giải pháp", "Tăng cường kiểm dịch.", *CLOSING],
                   [N("arabic", "1", "Mục tiêu chung", "Giảm thiệt hại"),
                    N("arabic", "2", "Mục tiêu cụ thể", "", N("letter", "a", None, "90%", N("dash", None, None, "95%"),
                                                                N("dash", None, None, "85%")),
                      N("letter", "b", None, "lan sang")),
                    N("arabic", "3", "Giải pháp", "kiểm dịch")]),
    # a level skipped: points right under a Roman part, items under the next one; never an invented parent
    "skipped_level": ([*HEADER, "I. MỤC TIÊU", "a) Tiêm phòng đủ liều.", "b) Giám sát ổ dịch.", "II. NHIỆM VỤ",
                       "1. Tuyên truyền", "Phát tin hằng tuần.", "2. Kiểm dịch", "Chốt kiểm dịch ở đầu xã.", *CLOSING],
                      [N("roman", "I", "MỤC TIÊU", "", N("letter", "a", None, "đủ liều"), N("letter", "b", None, "ổ dịch")),
                       N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Tuyên truyền", "hằng tuần"),
                         N("arabic", "2", "Kiểm dịch", "đầu xã"))]),
    # a numbered list inside a paragraph stays its item's text; a "*" line is a node (s30), its words after the colon in
    # small letters: no run-in heading read
    "inline_list": ([*HEADER, "I. NỘI DUNG", "1. Tuyên truyền",
                     "Nội dung gồm: 1) cách nhận biết bệnh; 2) cách báo ổ dịch; 3) cách tiêu độc.",
                     "* Hình thức: loa truyền thanh và tờ rơi.", "2. Tiêm phòng", "Hai đợt trong năm.",
                     "II. KINH PHÍ", "Ngân sách xã.", *CLOSING],
                    [N("roman", "I", "NỘI DUNG", "", N("arabic", "1", "Tuyên truyền", "1) cách nhận biết",
                                                       N("star", None, None, "Hình thức: loa")),
                       N("arabic", "2", "Tiêm phòng", "Hai đợt")),
                     N("roman", "II", "KINH PHÍ", "Ngân sách xã")]),
    # steps of a procedure inside an item
    "steps": ([*HEADER, "I. NỘI DUNG", "1. Xử lý ổ dịch", "Bước 1: Khoanh vùng", "Lập chốt quanh ổ dịch.",
               "Bước 2: Tiêu hủy", "Tiêu hủy gia súc bệnh.", "2. Báo cáo", "Báo cáo hằng ngày.", *CLOSING],
              [N("roman", "I", "NỘI DUNG", "", N("arabic", "1", "Xử lý ổ dịch", "", N("step", "1", "Khoanh vùng", "Lập chốt"),
                                                 N("step", "2", "Tiêu hủy", "gia súc bệnh")),
                 N("arabic", "2", "Báo cáo", "hằng ngày"))]),
    # two annexes after the signature: a table, then a numbered guide
    "annexes": ([*HEADER, "I. MỤC TIÊU", "Không để dịch lớn.", "II. TỔ CHỨC THỰC HIỆN", "Các thôn thực hiện.", *CLOSING,
                 "PHỤ LỤC I", "LỊCH TIÊM PHÒNG", "(Kèm theo Kế hoạch số 45/KH-UBND ngày 03/3/2025 của UBND xã Tân Hưng)",
                 "1. Đợt xuân", "Tháng 3 đến tháng 4.", "2. Đợt thu", "Tháng 9 đến tháng 10.",
                 "PHỤ LỤC II", "HƯỚNG DẪN KHỬ TRÙNG",
                 "(Kèm theo Kế hoạch số 45/KH-UBND ngày 03/3/2025 của UBND xã Tân Hưng)",
                 "I. HÓA CHẤT", "Dùng vôi bột.", "II. CÁCH LÀM", "Rắc quanh chuồng."],
                [N("roman", "I", "MỤC TIÊU", "dịch lớn"), N("roman", "II", "TỔ CHỨC THỰC HIỆN", "Các thôn"),
                 N("annex", "I", "LỊCH TIÊM PHÒNG", "Kèm theo", N("arabic", "1", "Đợt xuân", "tháng 4"),
                   N("arabic", "2", "Đợt thu", "tháng 10")),
                 N("annex", "II", "HƯỚNG DẪN KHỬ TRÙNG", "Kèm theo", N("roman", "I", "HÓA CHẤT", "vôi bột"),
                   N("roman", "II", "CÁCH LÀM", "quanh chuồng"))]),
    # a regulation in chapters and articles, clauses and points
    "chapters": (["ỦY BAN NHÂN DÂN", "XÃ TÂN HƯNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                  "QUY CHẾ", "Phối hợp phòng chống dịch bệnh gia súc", "Chương I", "QUY ĐỊNH CHUNG",
                  "Điều 1. Phạm vi", "Quy chế này quy định việc phối hợp.", "Điều 2. Nguyên tắc",
                  "1. Chủ động và kịp thời.", "2. Đúng quy định.", "Chương II", "TRÁCH NHIỆM",
                  "Điều 3. Thú y xã", "a) Giám sát ổ dịch;", "b) Báo cáo hằng tuần.", *CLOSING],
                 [N("chapter", "I", "QUY ĐỊNH CHUNG", "", N("article", "1", "Phạm vi", "việc phối hợp"),
                    N("article", "2", "Nguyên tắc", "", N("arabic", "1", None, "Chủ động"), N("arabic", "2", None, "Đúng quy"))),
                  N("chapter", "II", "TRÁCH NHIỆM", "", N("article", "3", "Thú y xã", "", N("letter", "a", None, "Giám sát"),
                                                          N("letter", "b", None, "hằng tuần")))]),
    # a congress's resolution: its Roman parts are sentences after a dash ("I- Tán thành …"), items under the first
    "congress": ([*PARTY_HEADER[:6], "NGHỊ QUYẾT", "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN LẦN THỨ XV",
                  "Đại hội đại biểu Đảng bộ huyện lần thứ XV,", "QUYẾT NGHỊ:",
                  "I- Tán thành các nội dung của Báo cáo chính trị trình Đại hội.", "1. Về kết quả, Đại hội khẳng định:",
                  "Kinh tế tăng trưởng khá.", "2. Về mục tiêu:", "Xây dựng huyện giàu mạnh.",
                  "II- Thông qua Báo cáo kiểm điểm của Ban Chấp hành.",
                  "III- Giao Ban Chấp hành khóa mới lãnh đạo thực hiện Nghị quyết.", *PARTY_CLOSING],
                 [N("roman", "I", None, "Tán thành các nội dung", N("arabic", "1", None, "tăng trưởng khá"),
                    N("arabic", "2", None, "giàu mạnh")),
                  N("roman", "II", None, "Thông qua Báo cáo"), N("roman", "III", None, "Giao Ban Chấp hành")]),
    # a decision whose first article issues the plan printed after its signature, with a header of its own
    "decision": (["ỦY BAN NHÂN DÂN", "XÃ TÂN HƯNG", "Số: 20/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                  "Độc lập - Tự do - Hạnh phúc", "Tân Hưng, ngày 03 tháng 3 năm 2025", "QUYẾT ĐỊNH",
                  "Ban hành Kế hoạch phòng chống dịch bệnh gia súc năm 2025", "ỦY BAN NHÂN DÂN XÃ TÂN HƯNG",
                  "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;", "Xét đề nghị của công chức Địa chính - Nông nghiệp,",
                  "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng chống dịch bệnh gia súc năm 2025.",
                  "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
                  "Điều 3. Văn phòng UBND xã, các thôn chịu trách nhiệm thi hành Quyết định này./.", *CLOSING,
                  "ỦY BAN NHÂN DÂN", "XÃ TÂN HƯNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                  "KẾ HOẠCH", "Phòng chống dịch bệnh gia súc năm 2025",
                  "(Ban hành kèm theo Quyết định số 20/QĐ-UBND ngày 03/3/2025 của UBND xã Tân Hưng)", "I. MỤC TIÊU",
                  "Không để dịch lớn.", "II. NHIỆM VỤ", "1. Tiêm phòng", "Hai đợt.", "2. Giám sát", "Hằng tuần."],
                 [N("article", "1", None, "Ban hành kèm theo"), N("article", "2", None, "hiệu lực"),
                  N("article", "3", None, "thi hành"),
                  N("attached", None, "Phòng chống dịch bệnh gia súc năm 2025", "",
                    N("roman", "I", "MỤC TIÊU", "dịch lớn"),
                    N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Tiêm phòng", "Hai đợt"), N("arabic", "2", "Giám sát", "Hằng tuần")))]),
}


def _flat(nodes, path=(), level=1) -> dict:
    """Each node by its path of (kind, number or heading): its level, heading and text."""
    found = {}
    for node in nodes:
        if isinstance(node, tuple):
            kind, number, heading, text, children = node
        else:
            if node.kind in ("opening", "closing", "table"):
                continue
            kind, number, heading, text, children = node.kind, node.number, node.heading, node.text, node.children
        key = (*path, (kind, number if number is not None else heading))
        while key in found:  # dashes and unnumbered siblings: by their order
            key = (*key[:-1], (*key[-1], "+"))
        found[key] = (level if isinstance(node, tuple) else node.level, heading, text)
        found.update(_flat(children, key, level + 1))
    return found


def wrong_nodes(sections, expected) -> list[str]:
    """The expected nodes lost or misplaced, with another heading or without their text; the nodes made beyond them."""
    got, want = _flat(sections), _flat(expected)
    wrong = []
    for key, (level, heading, words) in want.items():
        if key not in got:
            wrong.append(f"lost {key}")
        elif got[key][0] != level or got[key][1] != heading or words not in got[key][2]:
            wrong.append(f"{key}: got {got[key]}, want {(level, heading, words)}")
    wrong += [f"extra {key}" for key in got if key not in want]
    return wrong


def run_fixture(tmp_path, name: str, form: str):
    lines, _ = FIXTURES[name]
    return process(write_in_form(tmp_path, lines, form))


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixture_tree(tmp_path, name, form):
    doc = run_fixture(tmp_path, name, form)
    assert wrong_nodes(doc.sections, FIXTURES[name][1]) == []


# --- the classes the round found, each on variants of its own ---------------------------------------------------------

def _body(tmp_path, lines: list[str], form: str):
    """The nodes between the opening and the closing of a plan whose body is ``lines``."""
    doc = process(write_in_form(tmp_path, [*HEADER, *lines, *CLOSING], form))
    return [n for n in doc.sections if n.kind not in ("opening", "closing")]


def _outline(nodes) -> list:
    return [(n.kind, n.number, n.heading, _outline(n.children)) for n in nodes]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("mark, first, second", [("/", "MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG"), ("/", "Mục đích, yêu cầu", "Nội dung"),
                                                 (".", "MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG")])
def test_a_roman_part_with_a_slash_or_glued_to_its_heading(tmp_path, form, mark, first, second):
    space = "" if mark == "." else " "  # "I.MỤC ĐÍCH": a web copy that lost the space
    lines = [f"I{mark}{space}{first}", "1/ Tuyên truyền", "Phát tin trên loa.", f"II{mark}{space}{second}", "1/ Tiêm phòng",
             "Tiêm hai đợt."]
    assert _outline(_body(tmp_path, lines, form)) == [
        ("roman", "I", first, [("arabic", "1", "Tuyên truyền", [])]), ("roman", "II", second, [("arabic", "1", "Tiêm phòng", [])])]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("one, two", [("1-", "2-"), ("1 -", "2 -"), ("1–", "2–"), ("1.", "2."), ("2.1.", "2.2.")])
def test_an_item_numbered_with_a_dash_or_glued_to_its_heading(tmp_path, form, one, two):
    glued = one.endswith(".")
    lines = ["I- MỤC TIÊU", "Nâng cao thu nhập.", "II- NHIỆM VỤ", f"{one}{'' if glued else ' '}Quy hoạch",
             "Lập quy hoạch vùng cây.", f"{two}{'' if glued else ' '}Hỗ trợ", "Hỗ trợ vốn vay."]
    number = one.rstrip(" .-–")
    (_, part) = _body(tmp_path, lines, form)
    assert [(n.number, n.heading, n.text) for n in part.children] == [
        (number, "Quy hoạch", "Lập quy hoạch vùng cây."), (two.rstrip(" .-–"), "Hỗ trợ", "Hỗ trợ vốn vay.")]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", ["2- 3 ngày một lần phun khử trùng.", "1.000 con gia cầm được tiêm.", "12.5ha đồng cỏ.",
                                  "C.Mác viết về lao động.", "V.I.LÊNIN TOÀN TẬP",
                                  "V/ v báo cáo kết quả tiêm phòng."])
def test_a_figure_or_an_initial_glued_to_its_words_stays_text(tmp_path, form, line):
    (part,) = _body(tmp_path, ["I. NỘI DUNG", "Thú y xã làm như sau:", line], form)
    assert part.children == [] and part.text.splitlines() == ["Thú y xã làm như sau:", line]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("a, b, c", [("a.", "b.", "c."), ("a)", "b.", "c."), ("a/", "b/", "c.")])
def test_points_lettered_with_a_full_stop_in_their_sequence(tmp_path, form, a, b, c):
    lines = ["I. NỘI DUNG", "1. Tiêm phòng", f"{a} Đối tượng", "Trâu bò.", f"{b} Thời gian", "Tháng 4.", f"{c} Kinh phí",
             "Ngân sách xã.", "2. Giám sát", "a. Ổ dịch cũ", "Theo dõi hằng tuần."]
    (part,) = _body(tmp_path, lines, form)
    assert _outline(part.children) == [
        ("arabic", "1", "Tiêm phòng", [("letter", "a", "Đối tượng", []), ("letter", "b", "Thời gian", []), ("letter", "c", "Kinh phí", [])]),
        ("arabic", "2", "Giám sát", [("letter", "a", "Ổ dịch cũ", [])])]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", ["c. Nguyễn Văn Hùng, trưởng thôn.", "b. Phần còn lại do thôn tự lo."])
def test_a_letter_with_a_full_stop_out_of_sequence_stays_text(tmp_path, form, line):
    (part,) = _body(tmp_path, ["I. NỘI DUNG", "1. Tổ kiểm tra", "Tổ gồm các ông:", line], form)
    assert part.children[0].children == [] and part.children[0].text.splitlines() == ["Tổ gồm các ông:", line]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("label, first, second", [("I.", "MỤC ĐÍCH,", "YÊU CẦU"), ("II.", "NHIỆM VỤ VÀ", "GIẢI PHÁP"),
                                                  ("I -", "TỔ CHỨC THỰC HIỆN CỦA", "CÁC THÔN"),
                                                  ("Phần I.", "KẾT QUẢ,", "TỒN TẠI")])
def test_a_heading_in_capitals_that_ends_open_goes_on_on_the_next_line(tmp_path, form, label, first, second):
    (part,) = _body(tmp_path, [f"{label} {first}", second, "1. Tuyên truyền", "Phát tin."], form)
    assert part.heading == f"{first} {second}" and part.text == ""
    assert [(n.number, n.heading) for n in part.children] == [("1", "Tuyên truyền")]


@pytest.mark.parametrize("form", FORMS)
def test_a_closed_heading_or_an_open_one_over_a_sentence_takes_no_next_line(tmp_path, form):
    parts = _body(tmp_path, ["I. MỤC TIÊU", "NĂM 2025 KHÔNG ĐỂ DỊCH LỚN", "II. NHIỆM VỤ,", "Các thôn thực hiện."], form)
    assert [(n.heading, n.text) for n in parts] == [("MỤC TIÊU", "NĂM 2025 KHÔNG ĐỂ DỊCH LỚN"), ("NHIỆM VỤ,", "Các thôn thực hiện.")]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("dash", ["- ", " - ", "– ", ". "])
def test_a_roman_part_that_is_a_sentence_holds_it_as_its_text(tmp_path, form, dash):
    lines = [f"I{dash}Tán thành báo cáo của Ban Chấp hành.", "1. Về kết quả:", "Kinh tế tăng khá.",
             f"II{dash}Giao Ban Thường vụ chỉ đạo thực hiện."]
    parts = _body(tmp_path, lines, form)
    assert [(n.kind, n.number, n.heading, n.text, len(n.children)) for n in parts] == [
        ("roman", "I", None, "Tán thành báo cáo của Ban Chấp hành.", 1),
        ("roman", "II", None, "Giao Ban Thường vụ chỉ đạo thực hiện.", 0)]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", ["III- Thông qua báo cáo.", "X-Quang phổi được chụp miễn phí.", "V - Kết quả đo được ghi lại."])
def test_a_roman_dash_before_a_sentence_out_of_sequence_stays_text(tmp_path, form, line):
    (part,) = _body(tmp_path, ["I. NỘI DUNG", "Thú y xã làm như sau:", line], form)
    assert part.children == [] and part.text.splitlines() == ["Thú y xã làm như sau:", line]


_DECISION = FIXTURES["decision"][0][: FIXTURES["decision"][0].index("Trần Văn Lộc") + 1]
_PLAN = ["KẾ HOẠCH", "Phòng chống dịch bệnh gia súc năm 2025",
         "(Ban hành kèm theo Quyết định số 20/QĐ-UBND ngày 03/3/2025 của UBND xã Tân Hưng)", "I. MỤC TIÊU", "Không để dịch lớn."]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header", [
    ["ỦY BAN NHÂN DÂN", "XÃ TÂN HƯNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    ["UBND XÃ TÂN HƯNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tân Hưng, ngày 03 tháng 3 năm 2025"],
    [],
])
def test_a_carried_plan_holds_the_header_printed_above_it(tmp_path, form, header):
    doc = process(write_in_form(tmp_path, [*_DECISION, *header, *_PLAN], form))
    closing = next(n for n in doc.sections if n.kind == "closing")
    (plan,) = [n for n in doc.sections if n.kind == "attached"]
    assert closing.text.splitlines()[-1] == "Trần Văn Lộc"
    assert (plan.label, plan.children[0].kind) == ("KẾ HOẠCH", "opening")
    assert plan.children[0].text.splitlines()[: len(header) + 1] == [*header, "KẾ HOẠCH"]
    if form == "text":  # the plan's place in the source: from its header's first line
        assert plan.line_start == len(_DECISION) + 1
