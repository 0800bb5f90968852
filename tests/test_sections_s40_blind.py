"""The section tree and the annexes, a blind round (s40): how plans, decisions and directives of 2024-2026 number
their parts, and how their annexes head themselves.

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up): the
pages corpus gave few openings past the header for this round's searches (a Hà Nam plan's "Phần I" / "ĐÁNH GIÁ KẾT
QUẢ …" / "I. TÌNH HÌNH CHUNG", a Bắc Ninh plan's "I. MỤC TIÊU" / "1. Mục tiêu tổng quát" / "- …", decisions of the
Prime Minister and of a province issuing a plan by "Điều 1. Ban hành kèm theo …", a city plan's "2.1." items under a
part with no "2." printed); the forms below are the brief's kinds written anew. DOCUMENTS holds 10 documents (parts
"Phần thứ nhất" / "PHẦN I." / "Phần A" over Roman parts, "Mục 1" over "1.1", "1.1.1", Roman numerals without a full
stop and with a dash, groups "A." "B." "C.", items "1)" "1/" "(1)", "a)" "a.", "-" "+", a decision carrying a plan
and a regulation in chapters, sections and articles, a plan inside a decision's first article, annexes "PHỤ LỤC I/II",
"Phụ lục số 01", "Phụ lục 1-3" in sentence case under an unbracketed "Kèm theo …" line, an unnumbered "PHỤ LỤC" whose
title stands under its link, annexes with their own Roman parts, "Phần I" and groups), each node's id (its parent and
its annex), label and heading the truth, read as text, HTML, DOCX and PDF: 40 readings. Before this round 3 of them
gave a wrong or lost node in every form (12 readings, 15 nodes each form: 5, 7 and 3):
  - a list numbered in brackets, each item a paragraph ("(1) …" / "(2) …" / "(3) …") was the text of the node above
    (lost): a run from (1), numbered by one, is a list of items (sections.json bracketed_number), ranked as "1)" is;
    a "(1)" after a table or a note's lead-in ("Ghi chú:") stays text, a table's notes as before;
  - groups lettered in sentence case at an annex's top or in a plan with no Roman part ("A. Năm 2025" / "1. …" / "B.
    Năm 2026" / "1. …") were text, their items read as repeated (lost, and a numbering_repeated warning): before any
    Roman part a run of letters is groups where the items restart under each later letter;
  - an annex printed with no "PHỤ LỤC" line, its title in capitals and its "(Kèm theo …)" line under it ("DANH MỤC" /
    "CÁC ĐIỂM XUNG YẾU" / "(Kèm theo Quyết định số …)"), after the signature or another annex, was the closing's text
    or the annex's before it (lost): it is an annex of its own.
Read right before and kept: parts over Roman parts with their sections' numbering restarting, "Mục 1" / "1.1" /
"2.1.1", "PHẦN I. MỤC TIÊU" on one line, "I-" and "I" bare before capitals, "1/" and "1)" items, "a." points, a
decision's plan with its own header and a capitals title, a regulation's chapters, sections and articles, "PHỤ LỤC I:
DANH MỤC …" on one line, an unnumbered "PHỤ LỤC" whose title stands under its "(Kèm theo …)" line, bold headings
with no number (DOCX and HTML).
Left as read: a lone annex list whose title names a column ("DANH MỤC" / "CÁC CƠ QUAN PHỐI HỢP" / "(Kèm theo …)" /
"1. Sở Tài chính" / "2. Công an tỉnh") is read by the tables stage as a table a cell a line (flagged
table_row_uncertain), its items no nodes.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form, write_with_table

from pipeline.run import process

HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG MỚI", "Số: 45/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Hà Giang, ngày 12 tháng 3 năm 2025", "KẾ HOẠCH", "Phát triển du lịch cộng đồng năm 2025",
        "Thực hiện Nghị quyết số 10/NQ-HĐND ngày 05/01/2025 của Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"]
CLOSING = ["Nơi nhận:", "- Các sở, ban, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Tám"]
FORMS = ["text", "html", "docx", "pdf"]


def nodes(sections, out=None) -> list[tuple[str, str, str]]:
    """Each node of the tree but the opening and the closing, in order: its id (its place: its parents, its annex),
    its label as printed and its heading's first 30 characters."""
    out = [] if out is None else out
    for section in sections:
        if section.kind not in ("opening", "closing"):
            out.append((section.id, section.label or "", (section.heading or "")[:30]))
        nodes(section.children, out)
    return out


def tree(tmp_path, lines: list[str], form: str = "text") -> list[tuple[str, str, str]]:
    # a line every 13 points from the top in 9 points: a page holds the longest fixture (58 lines)
    return nodes(process(write_in_form(tmp_path, lines, form, pdf_rows=(30.0, 13, 9))).sections)


DOCUMENTS = {
    'plan_in_parts': (
        [*HEAD,
         *['Phần thứ nhất',
           'KẾT QUẢ THỰC HIỆN NĂM 2024',
           'I. KẾT QUẢ ĐẠT ĐƯỢC',
           '1. Về thu hút khách',
           'Lượng khách tăng mười phần trăm so với năm trước.',
           '2. Về sản phẩm',
           'Các làng văn hóa được chỉnh trang.',
           'II. TỒN TẠI, HẠN CHẾ',
           'Một số điểm đến còn thiếu nhà vệ sinh đạt chuẩn.',
           'Phần thứ hai',
           'NHIỆM VỤ, GIẢI PHÁP NĂM 2025',
           'I. MỤC TIÊU',
           '1. Mục tiêu chung',
           'Đưa du lịch thành ngành kinh tế mũi nhọn.',
           '2. Mục tiêu cụ thể',
           '2.1. Đón 500.000 lượt khách.',
           '2.2. Doanh thu đạt 900 tỷ đồng.',
           'II. NHIỆM VỤ, GIẢI PHÁP',
           '1. Hoàn thiện hạ tầng',
           '1.1. Giao thông',
           '1.1.1. Nâng cấp đường vào các bản.',
           '1.1.2. Làm bãi đỗ xe tại các điểm.',
           '1.2. Điện, nước',
           'a) Kéo điện đến các homestay;',
           'b) Xây bể nước sạch:',
           '- Ở xã Lũng Táo;',
           '+ thôn Sủng Lì;',
           '+ thôn Lao Xa.',
           '- Ở xã Sà Phìn.',
           '2. Quảng bá',
           'Tổ chức hội chợ du lịch.',
           'III. TỔ CHỨC THỰC HIỆN',
           '1. Sở Văn hóa, Thể thao và Du lịch chủ trì.',
           '2. Các xã phối hợp.'],
         *CLOSING],
        [('part_1', 'Phần thứ nhất', 'KẾT QUẢ THỰC HIỆN NĂM 2024'),
         ('part_1__sec_I', 'I.', 'KẾT QUẢ ĐẠT ĐƯỢC'),
         ('part_1__sec_I__item_1', '1.', 'Về thu hút khách'),
         ('part_1__sec_I__item_2', '2.', 'Về sản phẩm'),
         ('part_1__sec_II', 'II.', 'TỒN TẠI, HẠN CHẾ'),
         ('part_2', 'Phần thứ hai', 'NHIỆM VỤ, GIẢI PHÁP NĂM 2025'),
         ('part_2__sec_I', 'I.', 'MỤC TIÊU'),
         ('part_2__sec_I__item_1', '1.', 'Mục tiêu chung'),
         ('part_2__sec_I__item_2', '2.', 'Mục tiêu cụ thể'),
         ('part_2__sec_I__item_2__item_2-1', '2.1.', ''),
         ('part_2__sec_I__item_2__item_2-2', '2.2.', ''),
         ('part_2__sec_II', 'II.', 'NHIỆM VỤ, GIẢI PHÁP'),
         ('part_2__sec_II__item_1', '1.', 'Hoàn thiện hạ tầng'),
         ('part_2__sec_II__item_1__item_1-1', '1.1.', 'Giao thông'),
         ('part_2__sec_II__item_1__item_1-1__item_1-1-1', '1.1.1.', ''),
         ('part_2__sec_II__item_1__item_1-1__item_1-1-2', '1.1.2.', ''),
         ('part_2__sec_II__item_1__item_1-2', '1.2.', 'Điện, nước'),
         ('part_2__sec_II__item_1__item_1-2__point_a', 'a)', ''),
         ('part_2__sec_II__item_1__item_1-2__point_b', 'b)', ''),
         ('part_2__sec_II__item_1__item_1-2__point_b__dash_1', '-', ''),
         ('part_2__sec_II__item_1__item_1-2__point_b__dash_1__plus_1', '+', ''),
         ('part_2__sec_II__item_1__item_1-2__point_b__dash_1__plus_2', '+', ''),
         ('part_2__sec_II__item_1__item_1-2__point_b__dash_2', '-', ''),
         ('part_2__sec_II__item_2', '2.', 'Quảng bá'),
         ('part_2__sec_III', 'III.', 'TỔ CHỨC THỰC HIỆN'),
         ('part_2__sec_III__item_1', '1.', ''),
         ('part_2__sec_III__item_2', '2.', '')]),
    'decision_carrying_plan_and_annexes': (
        ['ỦY BAN NHÂN DÂN',
          'TỈNH BẮC HƯNG',
          'Số: 311/QĐ-UBND',
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'Độc lập - Tự do - Hạnh phúc',
          'Bắc Hưng, ngày 02 tháng 4 năm 2025',
          'QUYẾT ĐỊNH',
          'Ban hành Kế hoạch chuyển đổi số ngành y tế năm 2025',
          'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
          'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;',
          'Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 88/TTr-SYT ngày 20/3/2025.',
          'QUYẾT ĐỊNH:',
          'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số ngành y tế năm 2025.',
          'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
          'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế và các đơn vị liên quan chịu trách nhiệm '
          'thi hành Quyết định này./.',
          'Nơi nhận:',
          '- Như Điều 3;',
          '- Lưu: VT.',
          'CHỦ TỊCH',
          'Hà Minh Khang',
          'ỦY BAN NHÂN DÂN',
          'TỈNH BẮC HƯNG',
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'Độc lập - Tự do - Hạnh phúc',
          'KẾ HOẠCH',
          'Chuyển đổi số ngành y tế năm 2025',
          '(Ban hành kèm theo Quyết định số 311/QĐ-UBND ngày 02/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh)',
          'I. MỤC ĐÍCH, YÊU CẦU',
          '1. Mục đích',
          'Nâng cao chất lượng khám chữa bệnh.',
          '2. Yêu cầu',
          'Bảo đảm an toàn dữ liệu.',
          'II. NHIỆM VỤ',
          '1. Triển khai bệnh án điện tử',
          'Hoàn thành tại các bệnh viện tuyến tỉnh.',
          '2. Kết nối dữ liệu',
          'Kết nối với cơ sở dữ liệu dân cư.',
          'III. TỔ CHỨC THỰC HIỆN',
          'Sở Y tế chủ trì triển khai Kế hoạch.',
          'PHỤ LỤC I',
          'DANH MỤC NHIỆM VỤ TRỌNG TÂM',
          '(Kèm theo Kế hoạch số 311/QĐ-UBND ngày 02/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh)',
          'I. NHÓM NHIỆM VỤ HẠ TẦNG',
          '1. Nâng cấp mạng nội bộ.',
          '2. Trang bị máy chủ.',
          'II. NHÓM NHIỆM VỤ ỨNG DỤNG',
          '1. Phần mềm quản lý bệnh viện.',
          'PHỤ LỤC II',
          'KINH PHÍ THỰC HIỆN',
          '(Kèm theo Kế hoạch số 311/QĐ-UBND ngày 02/4/2025)',
          '1. Ngân sách tỉnh: 12 tỷ đồng.',
          '2. Nguồn xã hội hóa: 3 tỷ đồng.'],
        [('art_1', 'Điều 1.', ''),
         ('art_2', 'Điều 2.', ''),
         ('art_3', 'Điều 3.', ''),
         ('attached_1', 'KẾ HOẠCH', 'Chuyển đổi số ngành y tế năm 2'),
         ('attached_1__sec_I', 'I.', 'MỤC ĐÍCH, YÊU CẦU'),
         ('attached_1__sec_I__item_1', '1.', 'Mục đích'),
         ('attached_1__sec_I__item_2', '2.', 'Yêu cầu'),
         ('attached_1__sec_II', 'II.', 'NHIỆM VỤ'),
         ('attached_1__sec_II__item_1', '1.', 'Triển khai bệnh án điện tử'),
         ('attached_1__sec_II__item_2', '2.', 'Kết nối dữ liệu'),
         ('attached_1__sec_III', 'III.', 'TỔ CHỨC THỰC HIỆN'),
         ('annex_1', 'PHỤ LỤC I', 'DANH MỤC NHIỆM VỤ TRỌNG TÂM'),
         ('annex_1__sec_I', 'I.', 'NHÓM NHIỆM VỤ HẠ TẦNG'),
         ('annex_1__sec_I__item_1', '1.', ''),
         ('annex_1__sec_I__item_2', '2.', ''),
         ('annex_1__sec_II', 'II.', 'NHÓM NHIỆM VỤ ỨNG DỤNG'),
         ('annex_1__sec_II__item_1', '1.', ''),
         ('annex_2', 'PHỤ LỤC II', 'KINH PHÍ THỰC HIỆN'),
         ('annex_2__item_1', '1.', ''),
         ('annex_2__item_2', '2.', '')]),
    'groups_bare_romans_bracketed_items': (
        [*HEAD,
         *['A. ĐÁNH GIÁ TÌNH HÌNH',
           'I TÌNH HÌNH CHUNG',
           'Năm 2024 lượng khách giảm nhẹ do mưa lũ.',
           'II KẾT QUẢ',
           '(1) Hoàn thành 3 tuyến du lịch mới.',
           '(2) Đào tạo 200 lao động.',
           '(3) Tổ chức 4 lễ hội.',
           'B. NHIỆM VỤ NĂM 2025',
           'I- MỤC TIÊU',
           '1) Tăng số khách lưu trú;',
           '2) Nâng chất lượng dịch vụ.',
           'II- GIẢI PHÁP',
           '1/ Giải pháp về vốn',
           'Lồng ghép các chương trình mục tiêu.',
           '2/ Giải pháp về nhân lực',
           'Mở lớp tập huấn cho người dân:',
           '(1) Kỹ năng đón tiếp;',
           '(2) Kỹ năng nấu ăn.',
           'C. TỔ CHỨC THỰC HIỆN',
           'Các sở, ngành theo chức năng triển khai.'],
         *CLOSING],
        [('group_A', 'A.', 'ĐÁNH GIÁ TÌNH HÌNH'),
         ('group_A__sec_I', 'I', 'TÌNH HÌNH CHUNG'),
         ('group_A__sec_II', 'II', 'KẾT QUẢ'),
         ('group_A__sec_II__item_1', '(1)', ''),
         ('group_A__sec_II__item_2', '(2)', ''),
         ('group_A__sec_II__item_3', '(3)', ''),
         ('group_B', 'B.', 'NHIỆM VỤ NĂM 2025'),
         ('group_B__sec_I', 'I-', 'MỤC TIÊU'),
         ('group_B__sec_I__item_1', '1)', ''),
         ('group_B__sec_I__item_2', '2)', ''),
         ('group_B__sec_II', 'II-', 'GIẢI PHÁP'),
         ('group_B__sec_II__item_1', '1/', 'Giải pháp về vốn'),
         ('group_B__sec_II__item_2', '2/', 'Giải pháp về nhân lực'),
         ('group_B__sec_II__item_2__item_1', '(1)', ''),
         ('group_B__sec_II__item_2__item_2', '(2)', ''),
         ('group_C', 'C.', 'TỔ CHỨC THỰC HIỆN')]),
    'annexes_numbered_so_lettered_and_a_list': (
        [*HEAD,
         *['I. MỤC ĐÍCH',
           'Phát huy tiềm năng du lịch của tỉnh.',
           'II. NỘI DUNG',
           '1. Xây dựng sản phẩm',
           '2. Quảng bá điểm đến',
           'III. TỔ CHỨC THỰC HIỆN',
           'Sở Du lịch chủ trì, theo dõi.'],
         *CLOSING,
         *['Phụ lục số 01',
           'DANH SÁCH ĐIỂM DU LỊCH CỘNG ĐỒNG',
           '(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025 của UBND tỉnh)',
           '1. Bản Lũng Cẩm',
           '2. Làng Lô Lô Chải',
           'Phụ lục số 02',
           'TIẾN ĐỘ THỰC HIỆN',
           '(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025 của UBND tỉnh)',
           'A. Năm 2025',
           '1. Khảo sát các điểm.',
           'B. Năm 2026',
           '1. Nghiệm thu.',
           'DANH MỤC',
           'CÁC ĐIỂM ĐẾN MỚI',
           '(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025)',
           '1. Bản Nặm Đăm.',
           '2. Thôn Lùng Tám.']],
        [('sec_I', 'I.', 'MỤC ĐÍCH'),
         ('sec_II', 'II.', 'NỘI DUNG'),
         ('sec_II__item_1', '1.', 'Xây dựng sản phẩm'),
         ('sec_II__item_2', '2.', 'Quảng bá điểm đến'),
         ('sec_III', 'III.', 'TỔ CHỨC THỰC HIỆN'),
         ('annex_1', 'Phụ lục số 01', 'DANH SÁCH ĐIỂM DU LỊCH CỘNG ĐỒ'),
         ('annex_1__item_1', '1.', 'Bản Lũng Cẩm'),
         ('annex_1__item_2', '2.', 'Làng Lô Lô Chải'),
         ('annex_2', 'Phụ lục số 02', 'TIẾN ĐỘ THỰC HIỆN'),
         ('annex_2__group_A', 'A.', 'Năm 2025'),
         ('annex_2__group_A__item_1', '1.', ''),
         ('annex_2__group_B', 'B.', 'Năm 2026'),
         ('annex_2__group_B__item_1', '1.', ''),
         ('annex_3', '', 'DANH MỤC CÁC ĐIỂM ĐẾN MỚI'),
         ('annex_3__item_1', '1.', ''),
         ('annex_3__item_2', '2.', '')]),
    'muc_and_decimals': (
        [*HEAD,
         *['Mục 1',
           'ĐÁNH GIÁ KẾT QUẢ',
           '1.1 Về hạ tầng',
           'Đã hoàn thành 12 km đường.',
           '1.2 Về nhân lực',
           'Đã tập huấn 300 người.',
           'Mục 2',
           'NHIỆM VỤ TRỌNG TÂM',
           '2.1 Phát triển sản phẩm',
           '2.1.1 Sản phẩm văn hóa',
           '2.1.2 Sản phẩm sinh thái',
           '2.2 Xúc tiến',
           'Mục 3',
           'TỔ CHỨC THỰC HIỆN',
           'Các đơn vị báo cáo trước ngày 15/12/2025.'],
         *CLOSING],
        [('muc_1', 'Mục 1', 'ĐÁNH GIÁ KẾT QUẢ'),
         ('muc_1__item_1-1', '1.1', 'Về hạ tầng'),
         ('muc_1__item_1-2', '1.2', 'Về nhân lực'),
         ('muc_2', 'Mục 2', 'NHIỆM VỤ TRỌNG TÂM'),
         ('muc_2__item_2-1', '2.1', 'Phát triển sản phẩm'),
         ('muc_2__item_2-1__item_2-1-1', '2.1.1', 'Sản phẩm văn hóa'),
         ('muc_2__item_2-1__item_2-1-2', '2.1.2', 'Sản phẩm sinh thái'),
         ('muc_2__item_2-2', '2.2', 'Xúc tiến'),
         ('muc_3', 'Mục 3', 'TỔ CHỨC THỰC HIỆN')]),
    'parts_in_capitals_letters_with_full_stops': (
        [*HEAD,
         *['PHẦN I. MỤC TIÊU',
           '1. Mục tiêu chung',
           'Phát triển bền vững.',
           '2. Mục tiêu cụ thể',
           'a. Đến năm 2025 có 20 điểm du lịch;',
           'b. Tạo việc làm cho 1.000 lao động.',
           'PHẦN II. NHIỆM VỤ',
           '1. Nhiệm vụ chung',
           '2. Nhiệm vụ cụ thể',
           '2.1. Quy hoạch',
           '2.2. Đào tạo',
           'PHẦN III. TỔ CHỨC THỰC HIỆN',
           '1. Sở Du lịch',
           '2. Sở Tài chính'],
         *CLOSING],
        [('part_I', 'PHẦN I', 'MỤC TIÊU'),
         ('part_I__item_1', '1.', 'Mục tiêu chung'),
         ('part_I__item_2', '2.', 'Mục tiêu cụ thể'),
         ('part_I__item_2__point_a', 'a.', ''),
         ('part_I__item_2__point_b', 'b.', ''),
         ('part_II', 'PHẦN II', 'NHIỆM VỤ'),
         ('part_II__item_1', '1.', 'Nhiệm vụ chung'),
         ('part_II__item_2', '2.', 'Nhiệm vụ cụ thể'),
         ('part_II__item_2__item_2-1', '2.1.', 'Quy hoạch'),
         ('part_II__item_2__item_2-2', '2.2.', 'Đào tạo'),
         ('part_III', 'PHẦN III', 'TỔ CHỨC THỰC HIỆN'),
         ('part_III__item_1', '1.', 'Sở Du lịch'),
         ('part_III__item_2', '2.', 'Sở Tài chính')]),
    'regulation_in_chapters': (
        ['ỦY BAN NHÂN DÂN',
          'TỈNH BẮC HƯNG',
          'Số: 20/2025/QĐ-UBND',
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'Độc lập - Tự do - Hạnh phúc',
          'Bắc Hưng, ngày 10 tháng 5 năm 2025',
          'QUYẾT ĐỊNH',
          'Ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh',
          'ỦY BAN NHÂN DÂN TỈNH BẮC HƯNG',
          'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;',
          'Theo đề nghị của Giám đốc Sở Công Thương.',
          'QUYẾT ĐỊNH:',
          'Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh.',
          'Điều 2. Quyết định này có hiệu lực từ ngày 20 tháng 5 năm 2025.',
          'Điều 3. Giám đốc các sở và Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./.',
          'Nơi nhận:',
          '- Như Điều 3;',
          '- Lưu: VT.',
          'TM. ỦY BAN NHÂN DÂN',
          'CHỦ TỊCH',
          'Hà Minh Khang',
          'ỦY BAN NHÂN DÂN',
          'TỈNH BẮC HƯNG',
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'Độc lập - Tự do - Hạnh phúc',
          'QUY CHẾ',
          'Quản lý cụm công nghiệp trên địa bàn tỉnh Bắc Hưng',
          '(Ban hành kèm theo Quyết định số 20/2025/QĐ-UBND ngày 10/5/2025 của Ủy ban nhân dân tỉnh)',
          'Chương I',
          'QUY ĐỊNH CHUNG',
          'Điều 1. Phạm vi điều chỉnh',
          'Quy chế này quy định việc quản lý cụm công nghiệp.',
          'Điều 2. Đối tượng áp dụng',
          '1. Các sở, ngành.',
          '2. Các doanh nghiệp:',
          'a) Doanh nghiệp đầu tư hạ tầng;',
          'b) Doanh nghiệp thuê đất.',
          'Chương II',
          'QUY ĐỊNH CỤ THỂ',
          'Mục 1',
          'QUẢN LÝ QUY HOẠCH',
          'Điều 3. Lập quy hoạch',
          'Sở Công Thương tham mưu lập quy hoạch.',
          'Mục 2',
          'QUẢN LÝ ĐẦU TƯ',
          'Điều 4. Thu hút đầu tư',
          '1. Ưu tiên dự án công nghệ cao.',
          '2. Hạn chế dự án gây ô nhiễm.',
          'Chương III',
          'TỔ CHỨC THỰC HIỆN',
          'Điều 5. Trách nhiệm thi hành',
          'Các cơ quan có trách nhiệm thực hiện Quy chế này.'],
        [('art_1', 'Điều 1.', ''),
         ('art_2', 'Điều 2.', ''),
         ('art_3', 'Điều 3.', ''),
         ('attached_1', 'QUY CHẾ', 'Quản lý cụm công nghiệp trên đ'),
         ('attached_1__chapter_I', 'Chương I', 'QUY ĐỊNH CHUNG'),
         ('attached_1__chapter_I__art_1', 'Điều 1.', 'Phạm vi điều chỉnh'),
         ('attached_1__chapter_I__art_2', 'Điều 2.', 'Đối tượng áp dụng'),
         ('attached_1__chapter_I__art_2__clause_1', '1.', ''),
         ('attached_1__chapter_I__art_2__clause_2', '2.', ''),
         ('attached_1__chapter_I__art_2__clause_2__point_a', 'a)', ''),
         ('attached_1__chapter_I__art_2__clause_2__point_b', 'b)', ''),
         ('attached_1__chapter_II', 'Chương II', 'QUY ĐỊNH CỤ THỂ'),
         ('attached_1__chapter_II__muc_1', 'Mục 1', 'QUẢN LÝ QUY HOẠCH'),
         ('attached_1__chapter_II__muc_1__art_3', 'Điều 3.', 'Lập quy hoạch'),
         ('attached_1__chapter_II__muc_2', 'Mục 2', 'QUẢN LÝ ĐẦU TƯ'),
         ('attached_1__chapter_II__muc_2__art_4', 'Điều 4.', 'Thu hút đầu tư'),
         ('attached_1__chapter_II__muc_2__art_4__clause_1', '1.', ''),
         ('attached_1__chapter_II__muc_2__art_4__clause_2', '2.', ''),
         ('attached_1__chapter_III', 'Chương III', 'TỔ CHỨC THỰC HIỆN'),
         ('attached_1__chapter_III__art_5', 'Điều 5.', 'Trách nhiệm thi hành')]),
    'annexes_in_sentence_case_unbracketed_link': (
        [*HEAD,
         *['I. MỤC ĐÍCH, YÊU CẦU',
           'Bảo đảm tiến độ.',
           'II. NHIỆM VỤ',
           '1. Rà soát điểm đến.',
           '2. Đào tạo hướng dẫn viên.'],
         *CLOSING,
         *['Phụ lục 1',
           'Danh sách điểm đến ưu tiên',
           'Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025 của Ủy ban nhân dân tỉnh',
           '1. Cao nguyên đá.',
           '2. Đèo Mã Pí Lèng.',
           'Phụ lục 2',
           'Phân công nhiệm vụ',
           'Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025 của Ủy ban nhân dân tỉnh',
           'I. CẤP TỈNH',
           '1. Sở Du lịch.',
           'II. CẤP XÃ',
           '1. Ủy ban nhân dân các xã.',
           'Phụ lục 3',
           'Mẫu báo cáo',
           'Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025 của Ủy ban nhân dân tỉnh',
           '1. Kết quả thực hiện.',
           '2. Đề xuất, kiến nghị.']],
        [('sec_I', 'I.', 'MỤC ĐÍCH, YÊU CẦU'),
         ('sec_II', 'II.', 'NHIỆM VỤ'),
         ('sec_II__item_1', '1.', ''),
         ('sec_II__item_2', '2.', ''),
         ('annex_1', 'Phụ lục 1', 'Danh sách điểm đến ưu tiên'),
         ('annex_1__item_1', '1.', ''),
         ('annex_1__item_2', '2.', ''),
         ('annex_2', 'Phụ lục 2', 'Phân công nhiệm vụ'),
         ('annex_2__sec_I', 'I.', 'CẤP TỈNH'),
         ('annex_2__sec_I__item_1', '1.', ''),
         ('annex_2__sec_II', 'II.', 'CẤP XÃ'),
         ('annex_2__sec_II__item_1', '1.', ''),
         ('annex_3', 'Phụ lục 3', 'Mẫu báo cáo'),
         ('annex_3__item_1', '1.', ''),
         ('annex_3__item_2', '2.', '')]),
    'lettered_parts_and_annex_parts': (
        [*HEAD,
         *['Phần A',
           'ĐÁNH GIÁ',
           'I. KẾT QUẢ',
           '1.1. Hạ tầng được đầu tư.',
           '1.2. Nhân lực được đào tạo.',
           'II. HẠN CHẾ',
           '2.1. Sản phẩm còn đơn điệu.',
           'Phần B',
           'KẾ HOẠCH NĂM 2025',
           'I. MỤC TIÊU',
           '1.1. Đón 500 nghìn lượt khách.',
           'II. GIẢI PHÁP',
           '2.1. Xúc tiến quảng bá.',
           '2.2. Đào tạo nhân lực.'],
         *CLOSING,
         *['PHỤ LỤC I: DANH MỤC DỰ ÁN KÊU GỌI ĐẦU TƯ',
           '(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025)',
           '1. Khu du lịch sinh thái hồ Noong.',
           '2. Khu nghỉ dưỡng Quản Bạ.',
           'PHỤ LỤC',
           '(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025)',
           'HƯỚNG DẪN CHẤM ĐIỂM',
           'Phần I. TIÊU CHÍ',
           '1. Cảnh quan.',
           '2. Dịch vụ.',
           'Phần II. CÁCH CHẤM',
           '1. Thang điểm 100.']],
        [('part_A', 'Phần A', 'ĐÁNH GIÁ'),
         ('part_A__sec_I', 'I.', 'KẾT QUẢ'),
         ('part_A__sec_I__item_1-1', '1.1.', ''),
         ('part_A__sec_I__item_1-2', '1.2.', ''),
         ('part_A__sec_II', 'II.', 'HẠN CHẾ'),
         ('part_A__sec_II__item_2-1', '2.1.', ''),
         ('part_B', 'Phần B', 'KẾ HOẠCH NĂM 2025'),
         ('part_B__sec_I', 'I.', 'MỤC TIÊU'),
         ('part_B__sec_I__item_1-1', '1.1.', ''),
         ('part_B__sec_II', 'II.', 'GIẢI PHÁP'),
         ('part_B__sec_II__item_2-1', '2.1.', ''),
         ('part_B__sec_II__item_2-2', '2.2.', ''),
         ('annex_1', 'PHỤ LỤC I', 'DANH MỤC DỰ ÁN KÊU GỌI ĐẦU TƯ'),
         ('annex_1__item_1', '1.', ''),
         ('annex_1__item_2', '2.', ''),
         ('annex_2', 'PHỤ LỤC', 'HƯỚNG DẪN CHẤM ĐIỂM'),
         ('annex_2__part_I', 'Phần I', 'TIÊU CHÍ'),
         ('annex_2__part_I__item_1', '1.', ''),
         ('annex_2__part_I__item_2', '2.', ''),
         ('annex_2__part_II', 'Phần II', 'CÁCH CHẤM'),
         ('annex_2__part_II__item_1', '1.', '')]),
    'plan_in_an_article_and_a_list_after_the_signature': (
        ['ỦY BAN NHÂN DÂN',
          'XÃ TÂN PHÚ',
          'Số: 12/QĐ-UBND',
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'Độc lập - Tự do - Hạnh phúc',
          'Tân Phú, ngày 03 tháng 01 năm 2026',
          'QUYẾT ĐỊNH',
          'Phê duyệt Kế hoạch phòng chống thiên tai năm 2026',
          'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ',
          'Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;',
          'Xét đề nghị của Văn phòng HĐND và UBND xã.',
          'QUYẾT ĐỊNH:',
          'Điều 1. Phê duyệt Kế hoạch phòng chống thiên tai năm 2026 của xã với các nội dung chính sau:',
          'I. MỤC TIÊU',
          '1. Giảm thiệt hại về người.',
          '2. Bảo vệ tài sản của Nhân dân.',
          'II. NHIỆM VỤ',
          '1. Kiện toàn Ban Chỉ huy.',
          '2. Diễn tập tại các thôn:',
          'a) Thôn Đông;',
          'b) Thôn Tây.',
          'III. KINH PHÍ',
          'Từ ngân sách xã.',
          'Điều 2. Quyết định này có hiệu lực từ ngày ký.',
          'Điều 3. Văn phòng HĐND và UBND xã, các thôn chịu trách nhiệm thi hành./.',
          'Nơi nhận:',
          '- Như Điều 3;',
          '- Lưu: VT.',
          'CHỦ TỊCH',
          'Đinh Văn Hòa',
          'DANH MỤC',
          'CÁC ĐIỂM XUNG YẾU',
          '(Kèm theo Quyết định số 12/QĐ-UBND ngày 03/01/2026 của Chủ tịch UBND xã)',
          '1. Đê bao thôn Đông.',
          '2. Cống Rạch Sâu.'],
        [('art_1', 'Điều 1.', ''),
         ('art_1__sec_I', 'I.', 'MỤC TIÊU'),
         ('art_1__sec_I__item_1', '1.', ''),
         ('art_1__sec_I__item_2', '2.', ''),
         ('art_1__sec_II', 'II.', 'NHIỆM VỤ'),
         ('art_1__sec_II__item_1', '1.', ''),
         ('art_1__sec_II__item_2', '2.', ''),
         ('art_1__sec_II__item_2__point_a', 'a)', ''),
         ('art_1__sec_II__item_2__point_b', 'b)', ''),
         ('art_1__sec_III', 'III.', 'KINH PHÍ'),
         ('art_2', 'Điều 2.', ''),
         ('art_3', 'Điều 3.', ''),
         ('annex_1', '', 'DANH MỤC CÁC ĐIỂM XUNG YẾU'),
         ('annex_1__item_1', '1.', ''),
         ('annex_1__item_2', '2.', '')]),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", DOCUMENTS)
def test_document_tree(tmp_path, name, form):
    lines, truth = DOCUMENTS[name]
    assert tree(tmp_path, lines, form) == truth


# A list numbered in brackets, each item a paragraph: its items under the node above, ranked as "1)" is.
BRACKETED = {
    "under_a_point": (
        ["I. NHIỆM VỤ", "1. Hỗ trợ sinh kế", "a) Hỗ trợ giống cây trồng:", "(1) Giống chè Shan;", "(2) Giống quế.",
         "b) Hỗ trợ vốn vay.", "2. Đào tạo nghề"],
        [("sec_I", "I.", "NHIỆM VỤ"), ("sec_I__item_1", "1.", "Hỗ trợ sinh kế"), ("sec_I__item_1__point_a", "a)", ""),
         ("sec_I__item_1__point_a__item_1", "(1)", ""), ("sec_I__item_1__point_a__item_2", "(2)", ""),
         ("sec_I__item_1__point_b", "b)", ""), ("sec_I__item_2", "2.", "Đào tạo nghề")]),
    "dashes_under_each": (
        ["I. CÁC TUYẾN DU LỊCH", "(1) Tuyến phía Bắc:", "- Chặng qua cao nguyên;", "- Chặng qua bản Phố Cáo.",
         "(2) Tuyến phía Nam:", "- Chặng qua thác Thúy.", "II. TỔ CHỨC THỰC HIỆN", "Sở Du lịch chủ trì."],
        [("sec_I", "I.", "CÁC TUYẾN DU LỊCH"), ("sec_I__item_1", "(1)", ""), ("sec_I__item_1__dash_1", "-", ""),
         ("sec_I__item_1__dash_2", "-", ""), ("sec_I__item_2", "(2)", ""), ("sec_I__item_2__dash_1", "-", ""),
         ("sec_II", "II.", "TỔ CHỨC THỰC HIỆN")]),
    "under_an_item_spaced": (
        ["I. GIẢI PHÁP", "1. Về nhân lực", "Mở các lớp tập huấn:", "( 1 ) Kỹ năng đón tiếp khách;",
         "( 2 ) Kỹ năng nấu ăn;", "( 3 ) Ngoại ngữ giao tiếp.", "2. Về vốn", "Lồng ghép các chương trình."],
        [("sec_I", "I.", "GIẢI PHÁP"), ("sec_I__item_1", "1.", "Về nhân lực"), ("sec_I__item_1__item_1", "( 1 )", ""),
         ("sec_I__item_1__item_2", "( 2 )", ""), ("sec_I__item_1__item_3", "( 3 )", ""), ("sec_I__item_2", "2.", "Về vốn")]),
}


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("name", BRACKETED)
def test_bracketed_items(tmp_path, name, form):
    body, truth = BRACKETED[name]
    assert tree(tmp_path, [*HEAD, *body, *CLOSING], form) == truth


@pytest.mark.parametrize("body", [
    # a table's notes: after a note's lead-in, or right under the table
    ["I. NHIỆM VỤ", "1. Rà soát các điểm đến.", "Ghi chú:", "(1) Số liệu năm 2024.", "(2) Theo báo cáo của các xã."],
    ["I. NHIỆM VỤ", "1. Rà soát các điểm đến.", "Ghi chú: số liệu tạm tính.", "(1) Số liệu năm 2024.", "(2) Theo báo cáo của các xã."],
    # one bracketed number alone, or numbers out of order
    ["I. NHIỆM VỤ", "1. Rà soát các điểm đến.", "(1) Số liệu năm 2024."],
    ["I. NHIỆM VỤ", "1. Rà soát các điểm đến.", "(1) Số liệu năm 2024.", "(3) Theo báo cáo của các xã."],
])
def test_bracketed_numbers_that_are_notes_stay_text(tmp_path, body):
    assert tree(tmp_path, [*HEAD, *body, *CLOSING]) == [("sec_I", "I.", "NHIỆM VỤ"), ("sec_I__item_1", "1.", "")]


@pytest.mark.parametrize("form", ["html", "docx"])
def test_bracketed_notes_under_a_table_stay_text(tmp_path, form):
    rows = [["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"], ["1", "Khảo sát điểm đến (1)", "Sở Du lịch", "Quý II/2025"],
            ["2", "Đào tạo hướng dẫn viên (2)", "Sở Du lịch", "Quý III/2025"]]
    path = write_with_table(tmp_path, [*HEAD, "I. NHIỆM VỤ"], rows, ["(1) Phối hợp với các xã.", "(2) Mỗi năm hai lớp.", *CLOSING], form)
    found = nodes(process(path).sections)
    assert [n for n in found if n[1].startswith("(")] == []


# Groups lettered in sentence case before any Roman part: groups where the items restart under each later letter.
GROUPS_AT_TOP = {
    "an_annex": (
        [*HEAD, "I. NHIỆM VỤ", "1. Khảo sát.", *CLOSING, "PHỤ LỤC", "PHÂN CÔNG THỰC HIỆN", "(Kèm theo Kế hoạch số 45/KH-UBND)",
         "A. Cấp tỉnh", "1. Sở Du lịch.", "2. Sở Tài chính.", "B. Cấp xã", "1. Ủy ban nhân dân xã.", "C. Thôn và bản",
         "1. Trưởng thôn."],
        [("sec_I", "I.", "NHIỆM VỤ"), ("sec_I__item_1", "1.", ""), ("annex_1", "PHỤ LỤC", "PHÂN CÔNG THỰC HIỆN"),
         ("annex_1__group_A", "A.", "Cấp tỉnh"), ("annex_1__group_A__item_1", "1.", ""), ("annex_1__group_A__item_2", "2.", ""),
         ("annex_1__group_B", "B.", "Cấp xã"), ("annex_1__group_B__item_1", "1.", ""), ("annex_1__group_C", "C.", "Thôn và bản"),
         ("annex_1__group_C__item_1", "1.", "")]),
    "a_plan_without_romans": (
        [*HEAD, "A. Nhiệm vụ chung", "1. Tuyên truyền sâu rộng.", "2. Huy động nguồn lực.", "B. Nhiệm vụ cụ thể",
         "1. Xây dựng 5 điểm du lịch.", "2. Đào tạo 100 lao động.", *CLOSING],
        [("group_A", "A.", "Nhiệm vụ chung"), ("group_A__item_1", "1.", ""), ("group_A__item_2", "2.", ""),
         ("group_B", "B.", "Nhiệm vụ cụ thể"), ("group_B__item_1", "1.", ""), ("group_B__item_2", "2.", "")]),
}


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("name", GROUPS_AT_TOP)
def test_groups_in_sentence_case_before_any_roman_part(tmp_path, name, form):
    lines, truth = GROUPS_AT_TOP[name]
    assert tree(tmp_path, lines, form) == truth


@pytest.mark.parametrize("body, truth", [
    # letters whose items do not restart under the next one: the item's options, text
    (["1. Lựa chọn phương án", "A. Phương án xây mới", "B. Phương án cải tạo", "2. Kinh phí"],
     [("item_1", "1.", "Lựa chọn phương án"), ("item_2", "2.", "Kinh phí")]),
    # a person's name after the letter
    (["A. Nguyễn Văn An", "1. Phụ trách chung.", "B. Trần Thị Bình", "1. Phụ trách chuyên môn."],
     [("item_1", "1.", ""), ("item_1_2", "1.", "")]),
])
def test_letters_before_any_roman_part_that_are_no_groups(tmp_path, body, truth):
    assert tree(tmp_path, [*HEAD, *body, *CLOSING]) == truth


# An annex printed with no "PHỤ LỤC" line: its title in capitals and its "Kèm theo …" line, after the closing or another
# annex.
TITLED_ANNEXES = {
    "after_the_signature": (
        [*HEAD, "I. NHIỆM VỤ", "1. Khảo sát.", *CLOSING, "DANH MỤC CÁC DỰ ÁN KÊU GỌI ĐẦU TƯ",
         "(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025 của Ủy ban nhân dân tỉnh)", "1. Khu sinh thái hồ Noong.",
         "2. Khu nghỉ dưỡng Quản Bạ."],
        [("sec_I", "I.", "NHIỆM VỤ"), ("sec_I__item_1", "1.", ""), ("annex_1", "", "DANH MỤC CÁC DỰ ÁN KÊU GỌI ĐẦU"),
         ("annex_1__item_1", "1.", ""), ("annex_1__item_2", "2.", "")]),
    "after_an_annex_unbracketed_link": (
        [*HEAD, "I. NHIỆM VỤ", "1. Khảo sát.", *CLOSING, "PHỤ LỤC I", "CÁC ĐIỂM ĐẾN", "(Kèm theo Kế hoạch số 45/KH-UBND)",
         "1. Bản Lũng Cẩm.", "BẢNG TỔNG HỢP", "KINH PHÍ THỰC HIỆN", "Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025",
         "I. NGÂN SÁCH TỈNH", "1. Vốn sự nghiệp.", "II. NGUỒN KHÁC", "1. Vốn xã hội hóa."],
        [("sec_I", "I.", "NHIỆM VỤ"), ("sec_I__item_1", "1.", ""), ("annex_1", "PHỤ LỤC I", "CÁC ĐIỂM ĐẾN"),
         ("annex_1__item_1", "1.", ""), ("annex_2", "", "BẢNG TỔNG HỢP KINH PHÍ THỰC HI"), ("annex_2__sec_I", "I.", "NGÂN SÁCH TỈNH"),
         ("annex_2__sec_I__item_1", "1.", ""), ("annex_2__sec_II", "II.", "NGUỒN KHÁC"), ("annex_2__sec_II__item_1", "1.", "")]),
    "issued_with_the_plan": (
        [*HEAD, "I. NHIỆM VỤ", "1. Khảo sát.", *CLOSING, "QUY TRÌNH", "ĐÓN TIẾP KHÁCH TẠI ĐIỂM DU LỊCH",
         "(Ban hành kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025)", "1. Chào đón khách.", "2. Giới thiệu điểm đến."],
        [("sec_I", "I.", "NHIỆM VỤ"), ("sec_I__item_1", "1.", ""), ("annex_1", "", "QUY TRÌNH ĐÓN TIẾP KHÁCH TẠI Đ"),
         ("annex_1__item_1", "1.", ""), ("annex_1__item_2", "2.", "")]),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", TITLED_ANNEXES)
def test_annex_titled_without_phu_luc(tmp_path, name, form):
    lines, truth = TITLED_ANNEXES[name]
    assert tree(tmp_path, lines, form) == truth


def test_capitals_over_a_link_in_the_body_are_no_annex(tmp_path):
    """Before the closing a heading in capitals over a "(Kèm theo …)" line is the body's (a table's caption, a part)."""
    lines = [*HEAD, "I. NHIỆM VỤ", "1. Khảo sát.", "DANH MỤC ĐIỂM ĐẾN", "(Kèm theo danh sách tại Phụ lục)", "2. Quảng bá.", *CLOSING]
    assert [n[0] for n in tree(tmp_path, lines)] == ["sec_I", "sec_I__item_1", "sec_I__item_2"]
