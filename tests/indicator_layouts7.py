"""A seventh bed of target tables, written blind in s40 from how real plans and reports of the year print their main
indicators (facts below), with the numbers each row must give. tests/test_indicators_s40_blind.py checks every layout
in every format; scripts/evaluate_indicators.py prints the figures.

Facts (read on stored pages of real plans, reports and news of them, reworded here; no page's text is copied; every
name and number below is made up):
- A plan of the year prints three years side by side, "Thực hiện năm N-2 | Ước thực hiện năm N-1 | Kế hoạch năm N",
  often with a comparison after them ("So sánh KH N/ƯTH N-1 (%)"), a percentage that is no target.
- A report of the year prints "Kế hoạch năm N | Ước thực hiện năm N | Đánh giá" ("Vượt", "Đạt", "Không đạt"); its
  results may be words ("Xuất siêu") or a range ("61-62"); a row "- Trong đó: …" gives a part of the row above.
- Tables with no unit column print the unit in brackets after the name: "(%)", "(USD)", "(triệu USD)", "(Tỷ đồng)",
  "(‰)", "(nghìn người)"; columns abbreviated "TH năm 2024 | KH năm 2025 | Ước TH năm 2025 | KH năm 2026".
- Cells hold ranges "6,6-6,8", "7,5 - 8,0", words and a number "Khoảng 4", "Dưới 3", "Trên 4", "Tăng 8-8,5%",
  "Không dưới 90", "≥ 95%", a change against a year "Giảm 5% so với năm 2025", a level after a fall ("Giảm còn 2%",
  "còn dưới 1,5%": the rate falls to it, no change by it), decimal commas and thousands dots "7.213,5", a negative
  result "-4,13", a figure and its note "0,7% (còn 4,33%)" (two numbers: none read), a mark calling a note "95(*)",
  "≈ 95%" for an approximate value, "Duy trì" alone (no number).
"""

from __future__ import annotations

from indicator_layouts import Bed, Expected, _plan
from task_layouts.spec import OtherTable

FORMATS = ("txt", "pipe.txt", "bar.txt", "html", "docx", "pdf")


def beds() -> list[Bed]:
    found = []

    # 1. Three years and a comparison: the plan's year is the target, the estimate of the year before the result.
    rows = (("I", "CÁC CHỈ TIÊU KINH TẾ", "", "", "", "", ""),
            ("1", "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "%", "6,9", "7,4", "Tăng 8-8,5%", "108,1"),
            ("2", "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "6.840,2", "7.213,5", "7.950", "110,2"),
            ("3", "Kim ngạch xuất khẩu hàng hóa", "Triệu USD", "1.180", "1.265,4", "1.400", "110,6"),
            ("II", "CÁC CHỈ TIÊU XÃ HỘI", "", "", "", "", ""),
            ("4", "Mức giảm tỷ suất sinh", "‰", "0,3", "0,2", "0,2", "100"),
            ("5", "Số lao động được tạo việc làm mới", "người", "21.350", "22.010", "Không dưới 22.500", "102,2"),
            ("6", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "93,1", "94,6", "95(*)", "100,4"),
            ("7", "Tỷ lệ trường học đạt chuẩn quốc gia", "%", "71,2", "74", "≥ 76%", "102,7"))
    table = OtherTable(("STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2024", "Ước thực hiện năm 2025", "Kế hoạch năm 2026",
                        "So sánh KH 2026/ƯTH 2025 (%)"), rows)
    expected = (Expected(rows[0][1], None),
                Expected(rows[1][1], 8, "range", "%", high=8.5, change="increase", period="2026", previous=7.4),
                Expected(rows[2][1], 7950, "=", "tỷ đồng", period="2026", previous=7213.5),
                Expected(rows[3][1], 1400, "=", "Triệu USD", period="2026", previous=1265.4),
                Expected(rows[4][1], None),
                Expected(rows[5][1], 0.2, "=", "‰", period="2026", previous=0.2),
                Expected(rows[6][1], 22500, ">=", "người", period="2026", previous=22010),
                Expected(rows[7][1], 95, "=", "%", period="2026", previous=94.6),
                Expected(rows[8][1], 76, ">=", "%", period="2026", previous=74))
    found.append(Bed(_plan("three_years_compared", "Lạng Sơn", "Số: 14/KH-UBND", "ngày 12 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội năm 2026", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", table,
                           "three years and 'So sánh KH 2026/ƯTH 2025 (%)' after them"),
                     expected))

    # 2. No unit column: each name ends with its unit in brackets; a plan and the estimate of the year before.
    rows = (("1", "Tổng sản phẩm bình quân đầu người (USD)", "3.410", "3.600", "3.655", "3.950"),
            ("2", "Giá trị xuất khẩu (triệu USD)", "902", "1.010", "985,5", "1.080"),
            ("3", "Tổng vốn đầu tư toàn xã hội (Tỷ đồng)", "20.150", "22.600", "22.640", "24.500"),
            ("4", "Tỷ lệ tăng dân số tự nhiên (‰)", "10,9", "10,8", "10,7", "< 10,6"),
            ("5", "Tạo việc làm mới (nghìn người)", "16,2", "16", "16,4", "Trên 16,5"),
            ("6", "Tỷ lệ hộ nghèo giảm (%)", "1,1", "0,8", "0,9", "0,7% (còn 3,9%)"),
            ("7", "Tăng trưởng ngành nông nghiệp (%)", "3,2", "2,5", "-1,4", "2,0 - 2,5"))
    table = OtherTable(("Stt", "Chỉ tiêu chủ yếu", "TH năm 2024", "KH năm 2025", "Ước TH năm 2025", "KH năm 2026"),
                       rows)
    expected = (Expected(rows[0][1], 3950, "=", "USD", period="2026", previous=3655),
                Expected(rows[1][1], 1080, "=", "triệu USD", period="2026", previous=985.5),
                Expected(rows[2][1], 24500, "=", "Tỷ đồng", period="2026", previous=22640),
                Expected(rows[3][1], 10.6, "<", "‰", period="2026", previous=10.7),
                Expected(rows[4][1], 16.5, ">", "nghìn người", period="2026", previous=16.4),
                # two numbers, the fall and the rate it leaves: neither read
                Expected(rows[5][1], None, None, "%", period="2026", previous=0.9),
                # a fall printed with its minus: no number read, never the year before's
                Expected(rows[6][1], 2, "range", "%", high=2.5, period="2026", previous=None))
    found.append(Bed(_plan("units_in_names", "Thừa Thiên Huế", "Số: 09/KH-UBND", "ngày 7 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội năm 2026", "CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU", table,
                           "units in the names' brackets; TH 2024 | KH 2025 | Ước TH 2025 | KH 2026"),
                     expected))

    # 3. Targets in words: a level after a fall, an approximate value, a change against a year, none.
    rows = (("1", "Tỷ lệ hộ nghèo đa chiều", "%", "2,6", "Giảm còn 2%"),
            ("2", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "%", "17,9", "Còn dưới 17%"),
            ("3", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "%", "28,4", "≈ 30%"),
            ("4", "Số vụ tai nạn giao thông", "vụ", "212", "Giảm 5% so với năm 2025"),
            ("5", "Tỷ lệ xã đạt chuẩn tiếp cận pháp luật", "%", "100", "Duy trì"),
            ("6", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "99,2", "100% (đạt)"),
            ("7", "Tỷ lệ che phủ rừng", "%", "68,5", "Trên 70"),
            ("8", "Chỉ số hài lòng của người dân (SIPAS)", "%", "86,4", "Không dưới 90"))
    table = OtherTable(("STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Mục tiêu năm 2026"), rows)
    expected = (Expected(rows[0][1], 2, "=", "%", period="2026", previous=2.6),
                Expected(rows[1][1], 17, "<", "%", period="2026", previous=17.9),
                Expected(rows[2][1], 30, "~", "%", period="2026", previous=28.4),
                Expected(rows[3][1], 5, "=", "%", change="decrease", period="2026", previous=212),
                Expected(rows[4][1], None, None, "%", period="2026", previous=100, printed="Duy trì"),
                Expected(rows[5][1], 100, "=", "%", period="2026", previous=99.2),
                Expected(rows[6][1], 70, ">", "%", period="2026", previous=68.5),
                Expected(rows[7][1], 90, ">=", "%", period="2026", previous=86.4))
    found.append(Bed(_plan("targets_in_words", "Lào Cai", "Số: 26/KH-UBND", "ngày 22 tháng 1 năm 2026",
                           "Thực hiện các chỉ tiêu xã hội năm 2026", "CHỈ TIÊU XÃ HỘI NĂM 2026", table,
                           "'Giảm còn 2%', 'Còn dưới 17%', '≈ 30%', 'Duy trì', '100% (đạt)'"),
                     expected))

    # 4. A report of the year: its plan, the estimate of it and an assessment in words; a part under "- Trong đó:".
    rows = (("1", "Tốc độ tăng tổng sản phẩm (GRDP)", "%", "7,6-8,0", "7,82", "Đạt"),
            ("2", "Tốc độ tăng chỉ số giá tiêu dùng bình quân", "%", "Khoảng 4", "3,1", "Vượt"),
            ("3", "Cán cân thương mại so với kim ngạch xuất khẩu", "%", "Dưới 3", "Xuất siêu", "Vượt"),
            ("-", "Trong đó: tỷ lệ lao động qua đào tạo có chứng chỉ", "%", "27-27,5", "27,6", "Vượt"),
            ("4", "Số giường bệnh trên 1 vạn dân", "giường bệnh", "31", "31,4", "Vượt"),
            ("5", "Mức giảm tỷ lệ hộ nghèo", "điểm %", "1-1,5", "1,2", "Đạt"))
    table = OtherTable(("TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2025", "Ước thực hiện năm 2025", "Đánh giá"), rows)
    expected = (Expected(rows[0][1], 7.6, "range", "%", high=8, period="2025", previous=7.82),
                Expected(rows[1][1], 4, "~", "%", period="2025", previous=3.1),
                Expected(rows[2][1], 3, "<", "%", period="2025", previous=None),  # a result in words: none
                Expected(rows[3][1], 27, "range", "%", high=27.5, period="2025", previous=27.6),
                Expected(rows[4][1], 31, "=", "giường bệnh", period="2025", previous=31.4),
                Expected(rows[5][1], 1, "range", "điểm %", high=1.5, period="2025", previous=1.2))
    found.append(Bed(_plan("year_report", "Quảng Ngãi", "Số: 301/KH-UBND", "ngày 15 tháng 12 năm 2025",
                           "Thực hiện kế hoạch phát triển kinh tế - xã hội năm 2025", "KẾT QUẢ CÁC CHỈ TIÊU CHỦ YẾU",
                           table, "Kế hoạch năm 2025 | Ước thực hiện năm 2025 | Đánh giá; '- Trong đó:'"),
                     expected))
    return found
