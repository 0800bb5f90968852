"""The section tree, a fifth blind round (s48): documents written by other hands. Numbers lost in a copy (the first
item's under a part, two in a row, a point's letter), numbers that restart under each part; a Chỉ thị's and a Công
điện's numbered paragraphs with no titles, their points run on or on lines of their own, the closing paragraph;
headings in other forms ("PHẦN THỨ NHẤT" over its title, "Phần I." with its title, "Chương", "Mục", "Điều" in a plan
a decision carries, "A." / "B.", "1.1.2" with no full stop).

FACTS (the shapes, from the openings of stored legal-site pages and from the brief; every fixture below is written for
the test, names and numbers made up):
- A Chỉ thị: the situation, "… Chủ tịch UBND tỉnh chỉ thị:", then "1. Yêu cầu Giám đốc các sở, …:" over "a) …;" "b)
  …", "2. Giao Công an tỉnh …", "3. Đề nghị Ủy ban Mặt trận …", and a closing paragraph ("Chỉ thị này có hiệu lực …",
  "… có trách nhiệm tổ chức triển khai thực hiện nghiêm túc Chỉ thị này./.").
- A Công điện: "CÔNG ĐIỆN", its title, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:" over "- …;" addressees, the situation,
  "… yêu cầu:", then "1." … "4.", the last giving the office the follow-up.
- A report-and-plan in two parts "PHẦN THỨ NHẤT" / its title in capitals, "PHẦN THỨ HAI" / its title, Roman parts
  under each; a plan in "A." / "B." groups; items "1.1" / "1.1.1" printed with no full stop.
- A text copy that lost numbers: "II. NHIỆM VỤ" then an item's heading with no "1." then "2. …"; two headings in a
  row with no number between "1." and "4."; a point's "b)" lost between "a)" and "c)".
"""

from __future__ import annotations

import pytest
from section_trees import read, tree_tests
from test_structure_s29 import N

PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH NAM SƠN"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nam Sơn, ngày 12 tháng 5 năm 2027"]
CLOSE = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
         "Hà Quang Vinh"]
PLAN = [*PROVINCE, "Số: 145/KH-UBND", *MOTTO, "KẾ HOẠCH", "Phát triển du lịch cộng đồng năm 2027",
        "Thực hiện Nghị quyết số 08/NQ-TU của Tỉnh ủy, UBND tỉnh ban hành Kế hoạch như sau:"]
DIRECTIVE = [*PROVINCE, "Số: 04/CT-UBND", *MOTTO, "CHỈ THỊ", "Về tăng cường bảo đảm trật tự an toàn giao thông dịp lễ",
             "Thời gian qua, tai nạn giao thông trên địa bàn tỉnh còn diễn biến phức tạp. Để kéo giảm tai nạn, Chủ tịch "
             "UBND tỉnh chỉ thị:"]
CHAIR_CLOSE = ["Nơi nhận:", "- Bộ Công an;", "- Lưu: VT.", "CHỦ TỊCH", "Trần Hữu Phúc"]
DISPATCH = [*PROVINCE, "Số: 06/CĐ-UBND", *MOTTO, "CÔNG ĐIỆN", "Về việc chủ động ứng phó với mưa lớn, lũ quét",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:", "- Giám đốc các sở, ban, ngành tỉnh;",
            "- Chủ tịch UBND các huyện, thị xã, thành phố."]

DOCUMENTS = {
    "first_item_number_lost_under_a_part": (
        [*PLAN, "I. MỤC TIÊU", "Đón 200 nghìn lượt khách.", "II. NHIỆM VỤ", "Quảng bá sản phẩm",
         "Đăng tin trên báo tỉnh hằng tháng.", "2. Đào tạo người làm du lịch", "Mở 12 lớp cho các hộ.",
         "3. Kiểm tra", "Kiểm tra hằng quý.", "III. TỔ CHỨC THỰC HIỆN", "Sở Văn hóa chủ trì.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "200 nghìn"),
         N("roman", "II", "NHIỆM VỤ", "", N("unnumbered", None, "Quảng bá sản phẩm", "hằng tháng"),
           N("arabic", "2", "Đào tạo người làm du lịch", "12 lớp"), N("arabic", "3", "Kiểm tra", "hằng quý")),
         N("roman", "III", "TỔ CHỨC THỰC HIỆN", "chủ trì")]),
    "two_numbers_lost_in_a_row": (
        [*PLAN, "I. MỤC TIÊU", "Đón 200 nghìn lượt khách.", "II. NHIỆM VỤ", "1. Quảng bá sản phẩm",
         "Đăng tin trên báo tỉnh hằng tháng.", "Đào tạo người làm du lịch", "Mở 12 lớp cho các hộ.",
         "Hỗ trợ hạ tầng", "Làm 5 nhà vệ sinh công cộng.", "4. Kiểm tra", "Kiểm tra hằng quý.",
         "III. TỔ CHỨC THỰC HIỆN", "Sở Văn hóa chủ trì.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "200 nghìn"),
         N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Quảng bá sản phẩm", "hằng tháng"),
           N("unnumbered", None, "Đào tạo người làm du lịch", "12 lớp"),
           N("unnumbered", None, "Hỗ trợ hạ tầng", "nhà vệ sinh"), N("arabic", "4", "Kiểm tra", "hằng quý")),
         N("roman", "III", "TỔ CHỨC THỰC HIỆN", "chủ trì")]),
    "a_points_letter_lost": (
        [*PLAN, "I. MỤC TIÊU", "Đón 200 nghìn lượt khách.", "II. NHIỆM VỤ", "1. Quảng bá sản phẩm",
         "a) Trên báo chí", "Đăng tin hằng tháng.", "Tại các hội chợ", "Dự 3 hội chợ trong nước.",
         "c) Trên mạng xã hội", "Mở trang riêng của tỉnh.", "2. Kiểm tra", "Kiểm tra hằng quý.",
         "III. TỔ CHỨC THỰC HIỆN", "Sở Văn hóa chủ trì.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "200 nghìn"),
         N("roman", "II", "NHIỆM VỤ", "",
           N("arabic", "1", "Quảng bá sản phẩm", "", N("letter", "a", "Trên báo chí", "hằng tháng"),
             N("unnumbered", None, "Tại các hội chợ", "3 hội chợ"), N("letter", "c", "Trên mạng xã hội", "trang riêng")),
           N("arabic", "2", "Kiểm tra", "hằng quý")),
         N("roman", "III", "TỔ CHỨC THỰC HIỆN", "chủ trì")]),
    "numbers_restart_under_each_part": (
        [*PLAN, "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Phát triển du lịch bền vững.", "2. Yêu cầu", "Bảo tồn văn hóa.",
         "II. NHIỆM VỤ", "1. Quảng bá", "Đăng tin hằng tháng.", "2. Đào tạo", "Mở 12 lớp.", "III. KINH PHÍ",
         "1. Ngân sách tỉnh", "Bố trí 3 tỷ đồng.", "2. Xã hội hóa", "Huy động 1 tỷ đồng.", *CLOSE],
        [N("roman", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "bền vững"),
           N("arabic", "2", "Yêu cầu", "Bảo tồn")),
         N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Quảng bá", "hằng tháng"), N("arabic", "2", "Đào tạo", "12 lớp")),
         N("roman", "III", "KINH PHÍ", "", N("arabic", "1", "Ngân sách tỉnh", "3 tỷ"),
           N("arabic", "2", "Xã hội hóa", "1 tỷ"))]),
    "directive_paragraphs_addressed_in_turn_with_points": (
        [*DIRECTIVE, "1. Yêu cầu Giám đốc các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố:",
         "a) Quán triệt cán bộ chấp hành nghiêm quy định về nồng độ cồn;", "b) Tổ chức cho cán bộ đăng ký cam kết.",
         "2. Giao Công an tỉnh tăng cường tuần tra, kiểm soát trên các tuyến quốc lộ.",
         "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động nhân dân đội mũ bảo hiểm.",
         "Chỉ thị này có hiệu lực kể từ ngày ký. Giám đốc các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố có "
         "trách nhiệm tổ chức triển khai thực hiện nghiêm túc Chỉ thị này./.", *CHAIR_CLOSE],
        [N("arabic", "1", None, "Yêu cầu Giám đốc", N("letter", "a", None, "nồng độ cồn"),
           N("letter", "b", None, "cam kết")),
         N("arabic", "2", None, "tuần tra"), N("arabic", "3", None, "mũ bảo hiểm")]),
    "directive_points_run_on_in_the_paragraph": (
        [*DIRECTIVE,
         "1. Yêu cầu Giám đốc Sở Xây dựng: a) rà soát các điểm đen tai nạn; b) lắp biển báo tại các nút giao.",
         "2. Giao Công an tỉnh tăng cường tuần tra, kiểm soát trên các tuyến quốc lộ.",
         "3. Chủ tịch UBND các huyện chỉ đạo các xã ra quân lập lại trật tự hành lang giao thông.",
         "Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện nghiêm túc thực hiện Chỉ thị này./.",
         *CHAIR_CLOSE],
        [N("arabic", "1", None, "điểm đen tai nạn; b) lắp biển báo"), N("arabic", "2", None, "tuần tra"),
         N("arabic", "3", None, "hành lang")]),
    "dispatch_numbered_requests": (
        [*DISPATCH, "Theo tin của Đài Khí tượng thủy văn tỉnh, từ đêm nay đến hết ngày mai trên địa bàn tỉnh có mưa to. "
         "Để chủ động ứng phó, Chủ tịch UBND tỉnh yêu cầu:",
         "1. Chủ tịch UBND các huyện, thị xã, thành phố sơ tán dân khỏi vùng nguy hiểm.",
         "2. Sở Nông nghiệp và Môi trường kiểm tra an toàn hồ chứa.",
         "3. Bộ Chỉ huy Quân sự tỉnh bố trí lực lượng, phương tiện cứu hộ.",
         "4. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Công điện này./.", *CHAIR_CLOSE],
        [N("arabic", "1", None, "sơ tán"), N("arabic", "2", None, "hồ chứa"), N("arabic", "3", None, "cứu hộ"),
         N("arabic", "4", None, "đôn đốc")]),
    "parts_first_and_second_over_their_titles": (
        [*PLAN[:-1], "PHẦN THỨ NHẤT", "KẾT QUẢ THỰC HIỆN NĂM 2026", "I. KẾT QUẢ ĐẠT ĐƯỢC", "Đón 180 nghìn lượt khách.",
         "II. TỒN TẠI, HẠN CHẾ", "Sản phẩm còn đơn điệu.", "PHẦN THỨ HAI", "NHIỆM VỤ NĂM 2027", "I. MỤC TIÊU",
         "Đón 200 nghìn lượt khách.", "II. GIẢI PHÁP", "1. Quảng bá", "Đăng tin hằng tháng.", "2. Đào tạo", "Mở 12 lớp.",
         *CLOSE],
        [N("part", "1", "KẾT QUẢ THỰC HIỆN NĂM 2026", "", N("roman", "I", "KẾT QUẢ ĐẠT ĐƯỢC", "180 nghìn"),
           N("roman", "II", "TỒN TẠI, HẠN CHẾ", "đơn điệu")),
         N("part", "2", "NHIỆM VỤ NĂM 2027", "", N("roman", "I", "MỤC TIÊU", "200 nghìn"),
           N("roman", "II", "GIẢI PHÁP", "", N("arabic", "1", "Quảng bá", "hằng tháng"),
             N("arabic", "2", "Đào tạo", "12 lớp")))]),
    "parts_roman_with_titles_on_the_line": (
        [*PLAN, "Phần I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Phát triển du lịch bền vững.", "2. Yêu cầu",
         "Bảo tồn văn hóa.", "Phần II. NHIỆM VỤ, GIẢI PHÁP", "1. Quảng bá", "a) Trên báo chí", "Đăng tin hằng tháng.",
         "b) Tại hội chợ", "Dự 3 hội chợ.", "2. Đào tạo", "Mở 12 lớp.", "Phần III. TỔ CHỨC THỰC HIỆN",
         "Sở Văn hóa chủ trì.", *CLOSE],
        [N("part", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "bền vững"),
           N("arabic", "2", "Yêu cầu", "Bảo tồn")),
         N("part", "II", "NHIỆM VỤ, GIẢI PHÁP", "",
           N("arabic", "1", "Quảng bá", "", N("letter", "a", "Trên báo chí", "hằng tháng"),
             N("letter", "b", "Tại hội chợ", "3 hội chợ")),
           N("arabic", "2", "Đào tạo", "12 lớp")),
         N("part", "III", "TỔ CHỨC THỰC HIỆN", "chủ trì")]),
    "groups_a_b_over_roman_parts": (
        [*PLAN[:-1], "A. KẾT QUẢ NĂM 2026", "I. CÁC CHỈ TIÊU", "Đón 180 nghìn lượt khách.", "II. HẠN CHẾ",
         "Sản phẩm còn đơn điệu.", "B. KẾ HOẠCH NĂM 2027", "I. MỤC TIÊU", "Đón 200 nghìn lượt khách.", "II. NHIỆM VỤ",
         "1. Quảng bá", "Đăng tin hằng tháng.", "2. Đào tạo", "Mở 12 lớp.", "C. TỔ CHỨC THỰC HIỆN", "Sở Văn hóa chủ trì.",
         *CLOSE],
        [N("upper_letter", "A", "KẾT QUẢ NĂM 2026", "", N("roman", "I", "CÁC CHỈ TIÊU", "180 nghìn"),
           N("roman", "II", "HẠN CHẾ", "đơn điệu")),
         N("upper_letter", "B", "KẾ HOẠCH NĂM 2027", "", N("roman", "I", "MỤC TIÊU", "200 nghìn"),
           N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Quảng bá", "hằng tháng"),
             N("arabic", "2", "Đào tạo", "12 lớp"))),
         N("upper_letter", "C", "TỔ CHỨC THỰC HIỆN", "chủ trì")]),
    "items_three_deep_without_full_stops": (
        [*PLAN, "I. MỤC TIÊU", "Đón 200 nghìn lượt khách.", "II. NHIỆM VỤ", "1. Quảng bá", "1.1 Trên báo chí",
         "1.1.1 Báo in", "Đăng tin hằng tháng.", "1.1.2 Báo điện tử", "Mở chuyên mục riêng.", "1.2 Tại hội chợ",
         "Dự 3 hội chợ.", "2. Đào tạo", "Mở 12 lớp.", "III. TỔ CHỨC THỰC HIỆN", "Sở Văn hóa chủ trì.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "200 nghìn"),
         N("roman", "II", "NHIỆM VỤ", "",
           N("arabic", "1", "Quảng bá", "",
             N("arabic", "1.1", "Trên báo chí", "", N("arabic", "1.1.1", "Báo in", "hằng tháng"),
               N("arabic", "1.1.2", "Báo điện tử", "chuyên mục")),
             N("arabic", "1.2", "Tại hội chợ", "3 hội chợ")),
           N("arabic", "2", "Đào tạo", "12 lớp")),
         N("roman", "III", "TỔ CHỨC THỰC HIỆN", "chủ trì")]),
    "decision_carries_a_plan_in_roman_parts_after_articles_with_clauses": (
        [*PROVINCE, "Số: 812/QĐ-UBND", *MOTTO, "QUYẾT ĐỊNH", "Ban hành Kế hoạch phát triển du lịch cộng đồng năm 2027",
         "ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;",
         "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.", "QUYẾT ĐỊNH:",
         "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch cộng đồng năm 2027.",
         "Điều 2. Tổ chức thực hiện", "1. Sở Văn hóa, Thể thao và Du lịch chủ trì triển khai Kế hoạch.",
         "2. Sở Tài chính bố trí kinh phí.", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
         "Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.", *CLOSE,
         "KẾ HOẠCH", "Phát triển du lịch cộng đồng năm 2027",
         "(Ban hành kèm theo Quyết định số 812/QĐ-UBND ngày 12/5/2027 của UBND tỉnh)", "I. MỤC ĐÍCH, YÊU CẦU",
         "1. Mục đích", "Phát triển du lịch bền vững.", "2. Yêu cầu", "Bảo tồn văn hóa.", "II. NHIỆM VỤ",
         "1. Quảng bá", "Đăng tin hằng tháng.", "2. Đào tạo", "Mở 12 lớp."],
        [N("article", "1", None, "Ban hành kèm theo"),
         N("article", "2", "Tổ chức thực hiện", "", N("arabic", "1", None, "chủ trì"), N("arabic", "2", None, "kinh phí")),
         N("article", "3", None, "hiệu lực"), N("article", "4", None, "thi hành"),
         N("attached", None, "Phát triển du lịch cộng đồng năm 2027", "",
           N("roman", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "bền vững"),
             N("arabic", "2", "Yêu cầu", "Bảo tồn")),
           N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Quảng bá", "hằng tháng"),
             N("arabic", "2", "Đào tạo", "12 lớp")))]),
    "chapters_with_titles_on_the_line_in_a_plan": (
        [*PLAN, "Chương I. QUY ĐỊNH CHUNG", "Điều 1. Mục đích", "Phát triển du lịch bền vững.", "Điều 2. Phạm vi",
         "Các xã có làng du lịch.", "CHƯƠNG II. NHIỆM VỤ", "Mục 1. QUẢNG BÁ", "Điều 3. Trên báo chí",
         "Đăng tin hằng tháng.", "Mục 2. ĐÀO TẠO", "Điều 4. Lớp cho các hộ", "1. Mở 12 lớp.", "2. Cấp chứng chỉ.",
         *CLOSE],
        [N("chapter", "I", "QUY ĐỊNH CHUNG", "", N("article", "1", "Mục đích", "bền vững"),
           N("article", "2", "Phạm vi", "làng du lịch")),
         N("chapter", "II", "NHIỆM VỤ", "",
           N("muc", "1", "QUẢNG BÁ", "", N("article", "3", "Trên báo chí", "hằng tháng")),
           N("muc", "2", "ĐÀO TẠO", "", N("article", "4", "Lớp cho các hộ", "", N("arabic", "1", None, "12 lớp"),
                                            N("arabic", "2", None, "chứng chỉ"))))]),
    "lost_number_title_ends_in_a_colon_under_an_article": (
        [*PLAN, "Điều 1. Nhiệm vụ", "1. Quảng bá sản phẩm", "Đăng tin trên báo tỉnh hằng tháng.",
         "Đào tạo người làm du lịch:", "Mở 12 lớp cho các hộ.", "3. Kiểm tra", "Kiểm tra hằng quý.",
         "Điều 2. Tổ chức thực hiện", "Sở Văn hóa chủ trì.", *CLOSE],
        [N("article", "1", "Nhiệm vụ", "", N("arabic", "1", "Quảng bá sản phẩm", "hằng tháng"),
           N("unnumbered", None, "Đào tạo người làm du lịch:", "12 lớp"), N("arabic", "3", "Kiểm tra", "hằng quý")),
         N("article", "2", "Tổ chức thực hiện", "chủ trì")]),
    "first_points_letter_lost": (
        [*PLAN, "I. MỤC TIÊU", "Đón 200 nghìn lượt khách.", "II. NHIỆM VỤ", "1. Quảng bá sản phẩm", "Trên báo chí",
         "Đăng tin hằng tháng.", "b) Tại các hội chợ", "Dự 3 hội chợ trong nước.", "2. Kiểm tra", "Kiểm tra hằng quý.",
         *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "200 nghìn"),
         N("roman", "II", "NHIỆM VỤ", "",
           N("arabic", "1", "Quảng bá sản phẩm", "", N("unnumbered", None, "Trên báo chí", "hằng tháng"),
             N("letter", "b", "Tại các hội chợ", "3 hội chợ")),
           N("arabic", "2", "Kiểm tra", "hằng quý"))]),
    "first_item_lost_over_its_points": (
        [*PLAN, "I. MỤC TIÊU", "Đón 200 nghìn lượt khách.", "II. NHIỆM VỤ", "Quảng bá sản phẩm", "a) Trên báo chí;",
         "b) Tại các hội chợ.", "2. Đào tạo", "Mở 12 lớp.", "III. TỔ CHỨC THỰC HIỆN", "Sở Văn hóa chủ trì.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "200 nghìn"),
         N("roman", "II", "NHIỆM VỤ", "",
           N("unnumbered", None, "Quảng bá sản phẩm", "", N("letter", "a", None, "báo chí"),
             N("letter", "b", None, "hội chợ")),
           N("arabic", "2", "Đào tạo", "12 lớp")),
         N("roman", "III", "TỔ CHỨC THỰC HIỆN", "chủ trì")]),
    "dispatch_requests_with_points": (
        [*DISPATCH, "Để chủ động ứng phó với mưa lớn, Chủ tịch UBND tỉnh yêu cầu:",
         "1. Chủ tịch UBND các huyện, thị xã, thành phố:", "a) Sơ tán dân khỏi vùng nguy hiểm;",
         "b) Bố trí lực lượng canh gác tại các ngầm tràn.", "2. Sở Nông nghiệp và Môi trường kiểm tra an toàn hồ chứa.",
         "3. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Công điện này./.", *CHAIR_CLOSE],
        [N("arabic", "1", None, "Chủ tịch UBND", N("letter", "a", None, "Sơ tán"), N("letter", "b", None, "ngầm tràn")),
         N("arabic", "2", None, "hồ chứa"), N("arabic", "3", None, "đôn đốc")]),
    "part_label_alone_over_its_title": (
        [*PLAN, "Phần I", "MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Phát triển du lịch bền vững.", "2. Yêu cầu",
         "Bảo tồn văn hóa.", "Phần II", "NHIỆM VỤ, GIẢI PHÁP", "1. Quảng bá", "Đăng tin hằng tháng.", "2. Đào tạo",
         "Mở 12 lớp.", *CLOSE],
        [N("part", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "bền vững"),
           N("arabic", "2", "Yêu cầu", "Bảo tồn")),
         N("part", "II", "NHIỆM VỤ, GIẢI PHÁP", "", N("arabic", "1", "Quảng bá", "hằng tháng"),
           N("arabic", "2", "Đào tạo", "12 lớp"))]),
    "roman_part_lost_in_sentence_case": (
        [*PLAN, "I. MỤC TIÊU", "Đón 200 nghìn lượt khách.", "Nhiệm vụ, giải pháp", "1. Quảng bá", "Đăng tin hằng tháng.",
         "2. Đào tạo", "Mở 12 lớp.", "III. TỔ CHỨC THỰC HIỆN", "Sở Văn hóa chủ trì.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "200 nghìn"),
         N("unnumbered", None, "Nhiệm vụ, giải pháp", "", N("arabic", "1", "Quảng bá", "hằng tháng"),
           N("arabic", "2", "Đào tạo", "12 lớp")),
         N("roman", "III", "TỔ CHỨC THỰC HIỆN", "chủ trì")]),
    "groups_with_slashes_over_items": (
        [*PLAN, "A/ NHIỆM VỤ CHUNG", "1/ Quảng bá", "Đăng tin hằng tháng.", "2/ Đào tạo", "Mở 12 lớp.",
         "B/ NHIỆM VỤ CỤ THỂ", "1/ Sở Văn hóa", "Chủ trì xây dựng sản phẩm.", "2/ UBND các huyện", "Hỗ trợ các hộ.",
         *CLOSE],
        [N("upper_letter", "A", "NHIỆM VỤ CHUNG", "", N("arabic", "1", "Quảng bá", "hằng tháng"),
           N("arabic", "2", "Đào tạo", "12 lớp")),
         N("upper_letter", "B", "NHIỆM VỤ CỤ THỂ", "", N("arabic", "1", "Sở Văn hóa", "sản phẩm"),
           N("arabic", "2", "UBND các huyện", "các hộ"))]),
}

# Where no line can be shown to stand for the lost number, the lines stay the item's text: no heading is made up.
UNPROVEN = {
    "gap_whose_only_candidate_has_nothing_under_it": (
        [*PLAN, "I. MỤC TIÊU", "Đón 200 nghìn lượt khách.", "II. NHIỆM VỤ", "1. Quảng bá",
         "Đăng tin hằng tháng.", "Kinh phí do ngân sách tỉnh bảo đảm", "3. Kiểm tra", "Kiểm tra hằng quý.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "200 nghìn"),
         N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Quảng bá", "Kinh phí do ngân sách"),
           N("arabic", "3", "Kiểm tra", "hằng quý"))]),
    "gap_of_one_with_two_titles_in_it": (
        [*PLAN, "I. MỤC TIÊU", "Đón 200 nghìn lượt khách.", "II. NHIỆM VỤ", "1. Quảng bá", "Trên báo chí",
         "Đăng tin hằng tháng.", "Tại hội chợ", "Dự 3 hội chợ.", "3. Kiểm tra", "Kiểm tra hằng quý.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "200 nghìn"),
         N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Quảng bá", "Tại hội chợ"),
           N("arabic", "3", "Kiểm tra", "hằng quý"))]),
    "titles_inside_an_item_no_number_lost": (
        [*PLAN, "I. MỤC TIÊU", "Đón 200 nghìn lượt khách.", "II. NHIỆM VỤ", "1. Quảng bá", "Trên báo chí",
         "Đăng tin hằng tháng.", "2. Kiểm tra", "Kiểm tra hằng quý.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "200 nghìn"),
         N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Quảng bá", "Trên báo chí"),
           N("arabic", "2", "Kiểm tra", "hằng quý"))]),
    "gap_in_a_copy_with_no_full_stops": (
        [*PLAN, "I. MỤC TIÊU", "Đón 200 nghìn lượt khách.", "II. NHIỆM VỤ", "1. Quảng bá", "Đăng tin hằng tháng",
         "Mở chuyên mục riêng", "3. Kiểm tra", "Kiểm tra hằng quý", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "200 nghìn"),
         N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Quảng bá", "chuyên mục"),
           N("arabic", "3", "Kiểm tra", "hằng quý"))]),
    "first_number_gap_where_the_title_wraps_onto_small_letters": (
        [*PLAN, "I. MỤC TIÊU", "Đón 200 nghìn lượt khách.", "II. NHIỆM VỤ", "Quảng bá sản phẩm",
         "du lịch của tỉnh trên báo chí.", "2. Kiểm tra", "Kiểm tra hằng quý.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "200 nghìn"),
         N("roman", "II", "NHIỆM VỤ", "Quảng bá sản phẩm", N("arabic", "2", "Kiểm tra", "hằng quý"))]),
    "part_gap_whose_title_stands_inside_an_item": (
        [*PLAN, "I. MỤC TIÊU", "1. Mục tiêu chung", "Phát triển du lịch bền vững.", "Chỉ tiêu về khách",
         "a) Đón 200 nghìn lượt khách;", "b) Doanh thu 500 tỷ đồng.", "2. Yêu cầu", "Bảo tồn văn hóa.",
         "III. TỔ CHỨC THỰC HIỆN", "Sở Văn hóa chủ trì.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "", N("arabic", "1", "Mục tiêu chung", "Chỉ tiêu về khách",
                                           N("letter", "a", None, "200 nghìn"), N("letter", "b", None, "500 tỷ")),
           N("arabic", "2", "Yêu cầu", "Bảo tồn")),
         N("roman", "III", "TỔ CHỨC THỰC HIỆN", "chủ trì")]),
    "gap_whose_candidate_is_the_line_under_an_items_heading": (
        [*PLAN, "I. MỤC TIÊU", "Đón 200 nghìn lượt khách.", "II. NHIỆM VỤ", "1. Quảng bá",
         "Đăng tin trên báo tỉnh hằng tháng", "Mở chuyên mục mới.", "3. Kiểm tra", "Kiểm tra hằng quý.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "200 nghìn"),
         N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Quảng bá", "Đăng tin trên báo tỉnh hằng tháng"),
           N("arabic", "3", "Kiểm tra", "hằng quý"))]),
    "part_gap_with_a_subtitle_over_a_paragraph": (
        [*PLAN, "I. MỤC TIÊU", "Phát triển du lịch bền vững.", "Chỉ tiêu cụ thể", "Đón 200 nghìn lượt khách.",
         "III. TỔ CHỨC THỰC HIỆN", "Sở Văn hóa chủ trì.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "Chỉ tiêu cụ thể"), N("roman", "III", "TỔ CHỨC THỰC HIỆN", "chủ trì")]),
}

test_document_tree, test_every_line_is_in_some_node = tree_tests(DOCUMENTS, ["text", "html", "docx"])
test_unproven_tree, test_unproven_lines_kept = tree_tests(UNPROVEN, ["text", "html", "docx"])


# --- a directive's and a dispatch's closing paragraph -------------------------------------------------------------------

EFFECT = "Chỉ thị này có hiệu lực kể từ ngày ký./."
FORMULA = ("Giám đốc các sở, ban, ngành, Chủ tịch UBND các huyện có trách nhiệm tổ chức triển khai thực hiện nghiêm túc "
           "Chỉ thị này./.")
ITEMS = ["1. Sở Xây dựng rà soát các điểm đen tai nạn.", "2. Công an tỉnh tăng cường tuần tra, kiểm soát."]
ENDINGS = {
    "effect_clause_alone": (DIRECTIVE, [EFFECT], CHAIR_CLOSE),
    "effect_clause_and_formula_in_one_paragraph": (DIRECTIVE, [f"{EFFECT.removesuffix('/.')} {FORMULA}"], CHAIR_CLOSE),
    "effect_clause_then_formula": (DIRECTIVE, [EFFECT.removesuffix("/."), FORMULA], CHAIR_CLOSE),
    "effect_clause_with_thi_hanh": (DIRECTIVE, ["Chỉ thị này có hiệu lực thi hành từ ngày ký ban hành."], CHAIR_CLOSE),
    "dispatch_request_to_heads_of_bodies": (
        DISPATCH, ["Yêu cầu Giám đốc các sở, ban, ngành, Chủ tịch UBND các huyện nghiêm túc thực hiện Công điện này./."],
        CHAIR_CLOSE),
}


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("name", sorted(ENDINGS))
def test_the_closing_paragraph_is_no_items_text(tmp_path, name, form):
    """The effect clause ("Chỉ thị này có hiệu lực kể từ ngày ký"), the formula after it (in one paragraph or two), a
    request to the heads of bodies to carry out "Công điện này": the closing's first lines, not the last item's text."""
    head, ending, close = ENDINGS[name]
    doc = read(tmp_path, [*head, *ITEMS, *ending, *close], form)
    items = [n for n in doc.sections if n.kind == "arabic"]
    (closing,) = [n for n in doc.sections if n.kind == "closing"]
    assert [n.label for n in items] == ["1.", "2."]
    assert items[-1].text == ITEMS[-1].removeprefix("2. ")
    assert closing.text.startswith(ending[0].split(" ")[0] + " ")


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("middle", [EFFECT.removesuffix("/."), "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực "
                                    "hiện Công điện này./."], ids=["effect_clause_between_items", "office_given_a_duty"])
def test_an_effect_clause_between_items_or_a_duty_stays_text(tmp_path, form, middle):
    """Not the body's last paragraph (an item after it), or a task of its own ("Giao Văn phòng … theo dõi, đôn đốc"):
    the item's text, as before."""
    last = middle.startswith("Giao")
    lines = [*DIRECTIVE, *ITEMS[:1], middle, *([] if last else ITEMS[1:]), *CHAIR_CLOSE]
    doc = read(tmp_path, lines, form)
    (item,) = [n for n in doc.sections if n.kind == "arabic" and n.label == "1."]
    assert middle in item.text
    (closing,) = [n for n in doc.sections if n.kind == "closing"]
    assert closing.text.startswith("Nơi nhận")
