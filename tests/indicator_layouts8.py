"""An eighth bed of target tables (s44): figures in English notation beside Vietnamese ones, a five-year plan's
column per bare year with a total over the period, a plan's comparison with the estimate, ranges and shares in
words, Roman- and letter-numbered groups (a group with its own figures), words where no figure is set, and a plan's
targets split into sub-tables by field, with the numbers each row must give. tests/test_indicators_s44.py checks every
layout in every format; scripts/evaluate_indicators.py prints the figures.

Facts (read on stored pages of real plans, reports and statistics portals, reworded here; no page's text is copied;
every name and number below is made up):
- A province's statistics portal prints its series in English notation ("4.80" for an ICOR, years as columns "2010 |
  2011 | …"); a table copied from such an export into a plan keeps it ("12,345.6", "1,250.5"), so "14,500" there is
  fourteen thousand five hundred, not 14,5; a Vietnamese page writes "12.345,6" and "14,5". A figure with one
  separator before three digits ("1.200", "1,500") reads both ways: only the document's other figures tell which.
- Five-year plans print a column per bare year ("2026 | 2027 | … | 2030") and a total over the period ("Tổng giai
  đoạn 2026-2030": a sum for counts and money, "-" or an average "Bình quân 9%/năm" for rates): the last year's figure
  is the period's target, the total no year's.
- A year's plan compares itself with the estimate ("So sánh KH/ƯTH (%)": a ratio, or a change in points "+1,8 điểm
  %"), in units per head ("triệu đồng/người/năm", "USD/người").
- Targets are ranges ("5,5-6%", "từ 6,5% đến 7%", "Từ 4.600 đến 4.800 USD"), floors ("≥ 95%"), shares of places
  ("100% xã, phường"), a share with the count it makes ("70% (28 xã)": two figures), none at all ("Không còn hộ
  nghèo"), or one per level ("Mầm non 80%, tiểu học 95%": two).
- Budget and growth tables group their rows under Roman numerals whose row gives the whole's figures ("I | Tổng thu
  ngân sách …"), or under letters ("A | CHỈ TIÊU KINH TẾ") with no figure; a criterion met is "Đạt chuẩn", a job done
  "Hoàn thành", a cell not set "x" or "-".
- A plan's targets are split by field into tables of their own under headings ("1. Các chỉ tiêu về kinh tế", "2. Các
  chỉ tiêu về xã hội", "3. Các chỉ tiêu về môi trường").
"""

from __future__ import annotations

from indicator_layouts import Bed, Expected, _plan
from task_layouts.layouts import RECIPIENTS, SIGN_PROVINCE, _body, annex_intro, province_header
from task_layouts.spec import Layout, OtherTable, PageBreak

FORMATS = ("txt", "pipe.txt", "bar.txt", "html", "docx", "pdf")


def beds() -> list[Bed]:
    found = []

    # 1. English notation throughout (a statistics export): "14,500" is fourteen thousand five hundred, "4.80" 4,8.
    rows = (("1", "Hệ số ICOR", "lần", "4.80", "4.65", "4.50"),
            ("2", "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", "12,345.6", "13,120.4", "14,500"),
            ("3", "Dân số trung bình", "nghìn người", "1,250.5", "1,262.3", "1,275"),
            ("4", "Tỷ lệ đô thị hóa", "%", "31.5", "32.4", "33"),
            ("5", "Số lao động được tạo việc làm", "người", "17,850", "18,020", "Trên 18,500"))
    table = OtherTable(("STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025", "Kế hoạch 2026"), rows)
    expected = (Expected(rows[0][1], 4.5, "=", "lần", period="2026", previous=4.65),
                Expected(rows[1][1], 14500, "=", "tỷ đồng", period="2026", previous=13120.4),
                Expected(rows[2][1], 1275, "=", "nghìn người", period="2026", previous=1262.3),
                Expected(rows[3][1], 33, "=", "%", period="2026", previous=32.4),
                Expected(rows[4][1], 18500, ">", "người", period="2026", previous=18020))
    found.append(Bed(_plan("english_notation", "Gia Lai", "Số: 07/KH-UBND", "ngày 7 tháng 1 năm 2026",
                           "Phát triển kinh tế năm 2026", "MỘT SỐ CHỈ TIÊU THỐNG KÊ CHỦ YẾU", table,
                           "English notation: '4.80', '12,345.6', '14,500' (14500), 'Trên 18,500'"), expected))

    # 2. Both notations in one document: a figure only one reads is read; one both read ("2,500", "1.200") is not.
    rows = (("1", "Tốc độ tăng trưởng GRDP", "%", "7,25", "8,5"),
            ("2", "Kim ngạch xuất khẩu", "triệu USD", "1,234.5", "1,310.8"),
            ("3", "Tổng mức bán lẻ hàng hóa", "tỷ đồng", "45.120,5", "49.800,0"),
            ("4", "Số khách du lịch quốc tế", "lượt", "2,150", "2,500"),
            ("5", "Số hộ được hỗ trợ nhà ở", "hộ", "1.050", "1.200"),
            ("6", "Năng suất lúa bình quân", "tấn/ha", "5.92", "6.05"))
    table = OtherTable(("STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"), rows)
    expected = (Expected(rows[0][1], 8.5, "=", "%", period="2026", previous=7.25),
                Expected(rows[1][1], 1310.8, "=", "triệu USD", period="2026", previous=1234.5),
                Expected(rows[2][1], 49800, "=", "tỷ đồng", period="2026", previous=45120.5),
                Expected(rows[3][1], None, None, "lượt", period="2026", printed="2,500"),
                Expected(rows[4][1], None, None, "hộ", period="2026", printed="1.200"),
                Expected(rows[5][1], 6.05, "=", "tấn/ha", period="2026", previous=5.92))
    found.append(Bed(_plan("mixed_notations", "Đắk Lắk", "Số: 23/KH-UBND", "ngày 22 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội năm 2026", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", table,
                           "'7,25' and '1,234.5' in one table: '2,500', '1.200' read two ways, left null"), expected))

    # 3. No figure proves a notation: a dot before three figures is Vietnamese thousands ("2.400"), a comma is not told
    # ("1,500": 1,5 or 1500), whole numbers read; a month printed "6.2026" among words proves nothing.
    rows = (("1", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "2.150", "2.400"),
            ("2", "Số lao động được đào tạo nghề", "người", "1,350", "1,500"),
            ("3", "Số xã đạt chuẩn nông thôn mới", "xã", "41", "45"),
            ("4", "Tỷ lệ dân số có thẻ bảo hiểm y tế", "%", "94", "≥ 95%"),
            ("5", "Tỷ lệ thửa đất được số hóa", "%", "85", "100% trước tháng 6.2026"))
    table = OtherTable(("TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026"), rows)
    expected = (Expected(rows[0][1], 2400, "=", "doanh nghiệp", period="2026", previous=2150),
                Expected(rows[1][1], None, None, "người", period="2026", printed="1,500"),
                Expected(rows[2][1], 45, "=", "xã", period="2026", previous=41),
                Expected(rows[3][1], 95, ">=", "%", period="2026", previous=94),
                # a month in words ("6.2026") proves no English notation: "2.400" stays two thousand four hundred
                Expected(rows[4][1], None, None, "%", period="2026", previous=85, printed="100% trước tháng 6.2026"))
    found.append(Bed(_plan("notation_untold", "Phú Yên", "Số: 18/KH-UBND", "ngày 18 tháng 1 năm 2026",
                           "Phát triển nguồn nhân lực năm 2026", "CHỈ TIÊU NĂM 2026", table,
                           "no figure proves a notation: '2.400' thousands, '1,500' untold"), expected))

    # 4. A column per bare year and a total over the period: the last year's figure is the period's target.
    rows = (("1", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.050", "1.100", "1.150", "1.200", "1.250",
             "1.300", "6.000"),
            ("2", "Tỷ lệ hộ nghèo đa chiều", "%", "2,1", "1,8", "1,5", "1,2", "1,0", "0,8", "-"),
            ("3", "Tốc độ tăng trưởng GRDP", "%", "7,6", "8", "8,5", "9", "9,5", "10", "Bình quân 9%/năm"),
            ("4", "Diện tích trồng rừng mới", "ha", "1.420", "1.500", "1.500", "1.600", "1.600", "1.700", "7.900"))
    table = OtherTable(("STT", "Chỉ tiêu", "ĐVT", "Ước TH 2025", "2026", "2027", "2028", "2029", "2030",
                        "Tổng giai đoạn 2026-2030"), rows)
    expected = (Expected(rows[0][1], 1300, "=", "doanh nghiệp", period="2030", previous=1050),
                Expected(rows[1][1], 0.8, "=", "%", period="2030", previous=2.1),
                Expected(rows[2][1], 10, "=", "%", period="2030", previous=7.6),
                Expected(rows[3][1], 1700, "=", "ha", period="2030", previous=1420))
    found.append(Bed(_plan("five_years_and_total", "Lào Cai", "Số: 30/KH-UBND", "ngày 9 tháng 2 năm 2026",
                           "Phát triển kinh tế - xã hội giai đoạn 2026 - 2030",
                           "CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030", table,
                           "'2026 | … | 2030 | Tổng giai đoạn 2026-2030': 2030's figure read, the total no year's"),
                     expected))

    # 5. A year's plan beside the estimate and their ratio; units per head.
    rows = (("1", "Tổng sản phẩm trên địa bàn (GRDP)", "tỷ đồng", "86.420", "94.500", "109,4"),
            ("2", "Thu nhập bình quân đầu người", "triệu đồng/người/năm", "72,4", "80", "110,5"),
            ("3", "GRDP bình quân đầu người", "USD/người", "3.960", "Trên 4.300", "108,6"),
            ("4", "Tỷ lệ lao động qua đào tạo", "%", "71,2", "73", "+1,8 điểm %"))
    table = OtherTable(("STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm 2025", "Kế hoạch năm 2026",
                        "So sánh KH/ƯTH (%)"), rows)
    expected = (Expected(rows[0][1], 94500, "=", "tỷ đồng", period="2026", previous=86420),
                Expected(rows[1][1], 80, "=", "triệu đồng/người/năm", period="2026", previous=72.4),
                Expected(rows[2][1], 4300, ">", "USD/người", period="2026", previous=3960),
                Expected(rows[3][1], 73, "=", "%", period="2026", previous=71.2))
    found.append(Bed(_plan("plan_against_estimate", "Sơn La", "Số: 11/KH-UBND", "ngày 9 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội năm 2026", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", table,
                           "'So sánh KH/ƯTH (%)' a ratio; 'triệu đồng/người/năm', 'USD/người'"), expected))

    # 6. Ranges, floors and shares in words; two figures, or none, in a cell.
    rows = (("1", "Tốc độ tăng trưởng kinh tế", "%", "7,8", "5,5-6%"),
            ("2", "Tốc độ tăng năng suất lao động", "%", "6,1", "từ 6,5% đến 7%"),
            ("3", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "93,5", "≥ 95%"),
            ("4", "Tỷ lệ xã, phường đạt chuẩn quốc gia về y tế", "%", "96", "100% xã, phường"),
            ("5", "GRDP bình quân đầu người", "USD", "4.150", "Từ 4.600 đến 4.800 USD"),
            ("6", "Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "62", "70% (28 xã)"),
            ("7", "Số hộ nghèo", "hộ", "1.240", "Không còn hộ nghèo"),
            ("8", "Tỷ lệ trường đạt chuẩn quốc gia", "%", "78", "Mầm non 80%, tiểu học 95%"))
    table = OtherTable(("TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Mục tiêu năm 2026"), rows)
    expected = (Expected(rows[0][1], 5.5, "range", "%", high=6, period="2026", previous=7.8),
                Expected(rows[1][1], 6.5, "range", "%", high=7, period="2026", previous=6.1),
                Expected(rows[2][1], 95, ">=", "%", period="2026", previous=93.5),
                Expected(rows[3][1], 100, "=", "%", period="2026", previous=96),
                Expected(rows[4][1], 4600, "range", "USD", high=4800, period="2026", previous=4150),
                Expected(rows[5][1], None, None, "%", period="2026", previous=62, printed="70% (28 xã)"),
                Expected(rows[6][1], None, None, "hộ", period="2026", previous=1240, printed="Không còn hộ nghèo"),
                Expected(rows[7][1], None, None, "%", period="2026", previous=78))
    found.append(Bed(_plan("ranges_and_shares", "Kon Tum", "Số: 19/KH-UBND", "ngày 19 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội năm 2026", "MỤC TIÊU CỤ THỂ NĂM 2026", table,
                           "'5,5-6%', 'từ 6,5% đến 7%', '100% xã, phường', '70% (28 xã)' two figures"), expected))

    # 7. Roman numerals over a budget's parts, the group's row with its own figures; letter groups and words.
    rows = (("I", "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "10.520", "11.300"),
            ("1", "Thu nội địa", "tỷ đồng", "9.180", "9.900"),
            ("2", "Thu từ hoạt động xuất nhập khẩu", "tỷ đồng", "1.340", "1.400"),
            ("II", "Tổng chi ngân sách địa phương", "tỷ đồng", "15.760,5", "16.200"),
            ("1", "Chi đầu tư phát triển", "tỷ đồng", "4.950", "5.100"),
            ("2", "Chi thường xuyên", "tỷ đồng", "10.810,5", "11.100"))
    table = OtherTable(("STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"), rows)
    expected = tuple(Expected(r[1], float(r[4].replace(".", "")), "=", "tỷ đồng", period="2026",
                              previous=float(r[3].replace(".", "").replace(",", "."))) for r in rows)
    found.append(Bed(_plan("roman_groups_with_figures", "Quảng Trị", "Số: 15/KH-UBND", "ngày 15 tháng 1 năm 2026",
                           "Thu, chi ngân sách năm 2026", "CHỈ TIÊU THU, CHI NGÂN SÁCH NĂM 2026", table,
                           "'I | Tổng thu …' a group with its own figures, its parts '1', '2'"), expected))

    rows = (("A", "CHỈ TIÊU KINH TẾ", "", "", ""),
            ("1", "Tốc độ tăng trưởng GRDP", "%", "8,1", "8,5"),
            ("B", "CHỈ TIÊU XÃ HỘI", "", "", ""),
            ("1", "Tỷ lệ trường đạt chuẩn quốc gia", "%", "81", "Đạt chuẩn"),
            ("2", "Xây dựng cơ sở dữ liệu dân cư", "%", "100", "Hoàn thành"),
            ("3", "Số trạm y tế xã có bác sĩ", "trạm", "45", "x"),
            ("C", "CHỈ TIÊU MÔI TRƯỜNG", "", "", ""),
            ("1", "Tỷ lệ che phủ rừng", "%", "45,2", "-"),
            ("2", "Tỷ lệ chất thải rắn được xử lý", "%", "92", "95(1)"))
    table = OtherTable(("STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"), rows)
    expected = (Expected(rows[0][1], None),
                Expected(rows[1][1], 8.5, "=", "%", period="2026", previous=8.1),
                Expected(rows[2][1], None),
                Expected(rows[3][1], None, None, "%", period="2026", previous=81, printed="Đạt chuẩn"),
                Expected(rows[4][1], None, None, "%", period="2026", previous=100, printed="Hoàn thành"),
                Expected(rows[5][1], None, None, "trạm", period="2026", previous=45, printed="x"),
                Expected(rows[6][1], None),
                Expected(rows[7][1], None, None, "%", period="2026", previous=45.2),
                Expected(rows[8][1], 95, "=", "%", period="2026", previous=92))
    found.append(Bed(_plan("letter_groups_and_words", "Quảng Bình", "Số: 16/KH-UBND", "ngày 16 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội năm 2026", "CÁC CHỈ TIÊU NĂM 2026", table,
                           "'A | CHỈ TIÊU KINH TẾ' groups; 'Đạt chuẩn', 'Hoàn thành', 'x', '-' no figure"), expected))

    # 8. Sub-tables by field, each under its heading, in one annex.
    header = ("STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026")
    fields = (("1. Các chỉ tiêu về kinh tế",
               (("1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "7,9", "Từ 8% trở lên"),
                ("2", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "6.840,2", "7.200"))),
              ("2. Các chỉ tiêu về xã hội",
               (("1", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "%", "29,5", "31"),
                ("2", "Số giường bệnh trên một vạn dân", "giường", "33,1", "34"))),
              ("3. Các chỉ tiêu về môi trường",
               (("1", "Tỷ lệ che phủ rừng", "%", "51,6", "Duy trì ở mức 51,6%"),
                ("2", "Tỷ lệ dân số nông thôn dùng nước sạch", "%", "62", "65"))))
    expected = (Expected(fields[0][1][0][1], 8, ">=", "%", period="2026", previous=7.9),
                Expected(fields[0][1][1][1], 7200, "=", "tỷ đồng", period="2026", previous=6840.2),
                Expected(fields[1][1][0][1], 31, "=", "%", period="2026", previous=29.5),
                Expected(fields[1][1][1][1], 34, "=", "giường", period="2026", previous=33.1),
                Expected(fields[2][1][0][1], 51.6, "=", "%", period="2026", previous=51.6),
                Expected(fields[2][1][1][1], 65, "=", "%", period="2026", previous=62))
    number, day, province = "Số: 27/KH-UBND", "ngày 27 tháng 1 năm 2026", "Hậu Giang"
    parts = [*_body("phát triển kinh tế - xã hội năm 2026"), PageBreak(landscape=True),
             *annex_intro("", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026",
                          f"Kế hoạch 27/KH-UBND ngày 27 tháng 1 năm 2026 của UBND tỉnh {province}")]
    for heading, rows in fields:
        parts += [heading, OtherTable(header, rows)]
    found.append(Bed(Layout("tables_by_field", **province_header(province, number, day),
                            heading=("KẾ HOẠCH", "Phát triển kinh tế - xã hội năm 2026"), parts=tuple(parts),
                            signature=SIGN_PROVINCE, recipients=RECIPIENTS,
                            note="three tables under '1. Các chỉ tiêu về kinh tế', '2. … xã hội', '3. … môi trường'"),
                     expected))
    return found
