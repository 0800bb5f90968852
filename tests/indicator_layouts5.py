"""A fifth bed of target tables: a report of the year's main indicators with the plan, its estimate and an
assessment, figures with thousands separators and ranges of them beside a comparison column, group rows with their
sub-indicators ("Trong đó: …"), footnote marks on names and figures, units in their own column in words sites use
("ngàn tỷ đồng", "USD/người"), and a table of a target per province, written from how real pages lay them out (facts
below), with the numbers each row must give. tests/test_indicator_fifth_bed.py checks every layout in every format
(PDF included); scripts/evaluate_indicators.py prints the figures.

Facts (read on stored pages of real resolutions, plans, reports and news of them, reworded here; no page's text is
copied; every name and number in the layouts below is made up):
- A report on the year's main indicators prints "TT | Chỉ tiêu | Đơn vị | Kế hoạch năm N | Ước thực hiện năm N |
  Đánh giá": the plan's figure ("6,6-6,8", "Khoảng 4", "Dưới 3"), the estimate ("7,02"; words where no figure is
  given: "Xuất siêu"), and an assessment in words ("Vượt", "Đạt", "Không đạt"); sub-indicators follow their
  indicator as "- Trong đó: …" rows; a note under the table marked "(*)" gives the sources.
- A province's plan gives ranges with thousands separators ("56.000 - 61.000 tỷ đồng"), a range with the unit after
  each bound ("từ 80,4 triệu đồng đến 80,8 triệu đồng"), growth of a total with the growth of its sectors after
  "trong đó:" ("nông nghiệp - thủy sản tăng từ 0,45% đến 0,54%"), and compares the plan with the estimate in a
  column of its own ("So sánh (%)", "Tăng/giảm (%)"): a ratio, neither a result nor a target.
- Tables group their indicators under rows in capitals ("I | CHỈ TIÊU KINH TẾ", "II | CHỈ TIÊU XÃ HỘI").
- A mark "(*)", "(**)" after a name or a figure calls a note under the table (a preliminary figure, a changed
  method); units such as "ngàn tỷ đồng", "USD/người", "triệu USD", "điểm" stand in a unit column.
- The Government's resolution on the year's plan annexes a table of the GRDP growth each province is to reach
  ("STT | Tỉnh, thành phố | Mục tiêu tăng trưởng GRDP năm 2026 (%)"), ranges such as "13-13,5" and single figures.
"""

from __future__ import annotations

from indicator_layouts import Bed, Expected, _plan
from task_layouts.spec import OtherTable

# The text forms, HTML and DOCX, and PDF printed from the DOCX by LibreOffice.
FORMATS = ("txt", "pipe.txt", "bar.txt", "html", "docx", "pdf")


def beds() -> list[Bed]:
    found = []

    # 1. A report on the year's plan: its figure, the estimate, an assessment in words; sub-indicators "- Trong đó".
    rows = (("1", "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "%", "7,5-8", "8,12", "Vượt"),
            ("2", "Tốc độ tăng chỉ số giá tiêu dùng bình quân", "%", "Khoảng 4", "3,35", "Đạt"),
            ("3", "Tỷ lệ nhập siêu so với kim ngạch xuất khẩu", "%", "Dưới 3", "Xuất siêu", "Vượt"),
            ("4", "Mức giảm tỷ lệ hộ nghèo đa chiều", "điểm", "1-1,5", "1,3", "Đạt"),
            ("-", "Trong đó: Mức giảm tỷ lệ hộ nghèo ở các xã miền núi", "điểm", "3", "Trên 3", "Đạt"),
            ("5", "Tỷ lệ lao động qua đào tạo", "%", "70-71", "70,6", "Đạt"),
            ("-", "Trong đó: Có văn bằng, chứng chỉ", "%", "28-28,5", "Khoảng 28", "Không đạt"))
    table = OtherTable(("TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2025", "Ước thực hiện năm 2025", "Đánh giá"), rows)
    expected = (Expected(rows[0][1], 7.5, "range", "%", high=8, period="2025", previous=8.12),
                Expected(rows[1][1], 4, "~", "%", period="2025", previous=3.35),
                # words where the estimate would be: no previous result
                Expected(rows[2][1], 3, "<", "%", period="2025", previous=None),
                Expected(rows[3][1], 1, "range", "điểm", high=1.5, period="2025", previous=1.3),
                # an estimate with a comparator ("Trên 3", "Khoảng 28") or a range is kept among the values, never a
                # bare previous result with its comparator dropped
                Expected(rows[4][1], 3, "=", "điểm", period="2025", previous=None),
                Expected(rows[5][1], 70, "range", "%", high=71, period="2025", previous=70.6),
                Expected(rows[6][1], 28, "range", "%", high=28.5, period="2025", previous=None))
    found.append(Bed(_plan("report_assessed", "Lạng Sơn", "Số: 12/KH-UBND", "ngày 15 tháng 1 năm 2026",
                           "Thực hiện kế hoạch phát triển kinh tế - xã hội năm 2026",
                           "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025", table,
                           "'Kế hoạch năm 2025 | Ước thực hiện năm 2025 | Đánh giá': an assessment in words, "
                           "'- Trong đó:' sub-indicators"),
                     expected))

    # 2. Thousands separators and ranges of them, a range with the unit after each bound, a comparison column.
    rows = (("1", "Tổng vốn đầu tư phát triển trên địa bàn", "tỷ đồng", "52.340,5", "56.000 - 61.000", "107-116,5"),
            ("2", "GRDP bình quân đầu người", "triệu đồng", "76,9", "Từ 80,4 triệu đồng đến 80,8 triệu đồng", "105"),
            ("3", "Kim ngạch xuất khẩu", "triệu USD", "1.712", "1.790", "104,6"),
            ("4", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "7,1", "7-7,5%", "-"),
            ("5", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "10.950", "≥ 11.076", "101,2"))
    table = OtherTable(("STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm 2025", "Kế hoạch năm 2026", "So sánh (%)"), rows)
    expected = (Expected(rows[0][1], 56000, "range", "tỷ đồng", high=61000, period="2026", previous=52340.5),
                # the unit after each bound: a range of the unit column's unit
                Expected(rows[1][1], 80.4, "range", "triệu đồng", high=80.8, period="2026", previous=76.9),
                Expected(rows[2][1], 1790, "=", "triệu USD", period="2026", previous=1712),
                Expected(rows[3][1], 7, "range", "%", high=7.5, period="2026", previous=7.1),
                Expected(rows[4][1], 11076, ">=", "tỷ đồng", period="2026", previous=10950))
    found.append(Bed(_plan("thousands_ranges", "Cần Thơ", "Số: 05/KH-UBND", "ngày 8 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội năm 2026", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", table,
                           "'56.000 - 61.000', 'Từ 80,4 triệu đồng đến 80,8 triệu đồng', a 'So sánh (%)' column"),
                     expected))

    # 3. Group rows in capitals, sub-indicators after "Trong đó:", a "Tăng/giảm (%)" column.
    rows = (("I", "CHỈ TIÊU KINH TẾ", "", "", "", ""),
            ("1", "Tốc độ tăng trưởng GRDP", "%", "8,1", "10-10,5", "+2,2"),
            ("", "Trong đó: Nông, lâm nghiệp và thủy sản", "%", "3,2", "3,5-4", "+0,5"),
            ("", "Công nghiệp - xây dựng", "%", "11,4", "14-14,5", "+2,8"),
            ("", "Dịch vụ", "%", "7,6", "8,5-9", "+1,1"),
            ("2", "Tỷ trọng công nghiệp - xây dựng trong GRDP", "%", "38,2", "Khoảng 40", "+1,8"),
            ("II", "CHỈ TIÊU XÃ HỘI", "", "", "", ""),
            ("3", "Tỷ lệ hộ nghèo đa chiều", "%", "4,1", "Giảm 1-1,5", "-"),
            ("4", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "93,5", "Trên 95", "+1,5"))
    table = OtherTable(("STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026",
                        "Tăng/giảm (%)"), rows)
    expected = (Expected(rows[0][1], None),  # a group row: an indicator with no figure, as the first beds have it
                Expected(rows[1][1], 10, "range", "%", high=10.5, period="2026", previous=8.1),
                Expected(rows[2][1], 3.5, "range", "%", high=4, period="2026", previous=3.2),
                Expected(rows[3][1], 14, "range", "%", high=14.5, period="2026", previous=11.4),
                Expected(rows[4][1], 8.5, "range", "%", high=9, period="2026", previous=7.6),
                Expected(rows[5][1], 40, "~", "%", period="2026", previous=38.2),
                Expected(rows[6][1], None),
                Expected(rows[7][1], 1, "range", "%", high=1.5, change="decrease", period="2026", previous=4.1),
                Expected(rows[8][1], 95, ">", "%", period="2026", previous=93.5))
    found.append(Bed(_plan("groups_and_parts", "Bắc Ninh", "Số: 09/KH-UBND", "ngày 12 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội năm 2026", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", table,
                           "group rows 'I | CHỈ TIÊU KINH TẾ', 'Trong đó:' sectors, a 'Tăng/giảm (%)' column"),
                     expected))

    # 4. Footnote marks after names and figures; units in a unit column in the words sites use.
    rows = (("1", "Quy mô nền kinh tế (GRDP theo giá hiện hành)(*)", "ngàn tỷ đồng", "312,4", "Khoảng 350"),
            ("2", "GRDP bình quân đầu người", "USD/người", "4.850(*)", "5.300 - 5.400"),
            ("3", "Tỷ lệ đô thị hóa (**)", "%", "41,2", "≥ 43(**)"),
            ("4", "Chỉ số cải cách hành chính (PAR INDEX)", "điểm", "88,15", "Trên 89(*)"),
            ("5", "Số doanh nghiệp thành lập mới (*)", "doanh nghiệp", "1.506", "1.650"))
    table = OtherTable(("STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"), rows)
    expected = (Expected(rows[0][1], 350, "~", "ngàn tỷ đồng", period="2026", previous=312.4),
                Expected(rows[1][1], 5300, "range", "USD/người", high=5400, period="2026", previous=4850),
                Expected(rows[2][1], 43, ">=", "%", period="2026", previous=41.2),
                Expected(rows[3][1], 89, ">", "điểm", period="2026", previous=88.15),
                Expected(rows[4][1], 1650, "=", "doanh nghiệp", period="2026", previous=1506))
    found.append(Bed(_plan("footnote_marks", "Khánh Hòa", "Số: 21/KH-UBND", "ngày 19 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội năm 2026", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", table,
                           "'(*)', '(**)' after names and figures; 'ngàn tỷ đồng', 'USD/người' in the unit column"),
                     expected))

    # 5. No unit column: units in the names' brackets after a footnote mark or before it.
    rows = (("1", "Tốc độ tăng trưởng GRDP (%)(*)", "8,3", "10 - 10,5"),
            ("2", "Tổng thu ngân sách nhà nước (tỷ đồng) (*)", "18.240", "Trên 19.500"),
            ("3", "Tỷ lệ lao động qua đào tạo (%)", "72,1", "73 - 74"))
    table = OtherTable(("STT", "Chỉ tiêu", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"), rows)
    expected = (Expected(rows[0][1], 10, "range", "%", high=10.5, period="2026", previous=8.3),
                Expected(rows[1][1], 19500, ">", "tỷ đồng", period="2026", previous=18240),
                Expected(rows[2][1], 73, "range", "%", high=74, period="2026", previous=72.1))
    found.append(Bed(_plan("units_before_marks", "Quảng Ninh", "Số: 14/KH-UBND", "ngày 14 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội năm 2026", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", table,
                           "no unit column: '(%)(*)', '(tỷ đồng) (*)' in the names"),
                     expected))

    # 6. A target per province: the rows are places, the unit in the target column's header.
    rows = (("1", "Thành phố Hải Phòng", "13 - 13,5"), ("2", "Tỉnh Quảng Ninh", "12,5"),
            ("3", "Thành phố Hà Nội", "Trên 11"), ("4", "Tỉnh Điện Biên", "≥ 10"))
    table = OtherTable(("STT", "Tỉnh, thành phố", "Mục tiêu tăng trưởng GRDP năm 2026 (%)"), rows)
    expected = (Expected(rows[0][1], 13, "range", "%", high=13.5, period="2026"),
                Expected(rows[1][1], 12.5, "=", "%", period="2026"),
                Expected(rows[2][1], 11, ">", "%", period="2026"),
                Expected(rows[3][1], 10, ">=", "%", period="2026"))
    found.append(Bed(_plan("per_province", "Lai Châu", "Số: 03/KH-UBND", "ngày 10 tháng 1 năm 2026",
                           "Thực hiện mục tiêu tăng trưởng năm 2026", "MỤC TIÊU TĂNG TRƯỞNG GRDP NĂM 2026", table,
                           "'Tỉnh, thành phố | Mục tiêu tăng trưởng GRDP năm 2026 (%)': a target per place"),
                     expected))
    return found
