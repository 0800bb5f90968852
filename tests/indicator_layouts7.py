"""A seventh bed of target tables (s41): targets in words (a fall to a level, an approximate value, a floor, a
ceiling), changes printed in percent in rows counted in another unit, signed figures, notes' marks after figures and a
figure in brackets after a word, with the numbers each row must give. tests/test_indicators_s41.py checks every
layout in every format; scripts/evaluate_indicators.py prints the figures.

Facts (read on stored pages of real plans and reports of the year and in s40's notes, reworded here; no page's text
is copied; every name and number below is made up):
- Targets fall to a level ("giảm còn 2%", "giảm xuống còn 1,8%", "còn dưới 17%": the level, no change by it), are
  approximate ("khoảng 24,96%", "≈ 30%"), a floor or a ceiling ("tối thiểu 15%", "không quá 3%", "dưới 4%").
- A change printed in percent stands in rows counted in accidents, billions or visits ("Giảm 5% so với năm 2025" in
  a row of "vụ"): a share of the count, which the row's one unit cannot hold; a row in percentage points ("điểm %")
  prints its fall "Giảm 1 - 1,5%".
- A report's or a plan's growth rates carry their sign ("-4,13", "+9%", a typeset minus "−2,5"; not a list's dash
  "- 100%"); a "-" alone is an empty cell.
- A mark calling a note follows a figure: "(1)", "*", or a raised figure that a copy as text keeps as a superscript
  character ("15²", "34,7⁽²⁾", "95%¹"); after a unit the raised figure is its exponent ("m²/người").
- A report's assessment puts the figure in brackets after a word ("Đạt (100%)"): a share of the plan, or the value?
  Not told, so never read as the value (the s41 review: "Vượt (120%)" of a rate is no rate of 120%).
"""

from __future__ import annotations

from indicator_layouts import Bed, Expected, _plan
from task_layouts.spec import OtherTable

FORMATS = ("txt", "pipe.txt", "bar.txt", "html", "docx", "pdf")


def beds() -> list[Bed]:
    found = []

    # 1. Targets in words, every row in percent (or per mille): the level a fall reaches, about, at least, at most.
    rows = (("1", "Tỷ lệ hộ nghèo theo chuẩn đa chiều", "%", "2,9", "Giảm còn 2,2%"),
            ("2", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân", "%", "11,8", "Còn dưới 11%"),
            ("3", "Tỷ lệ lao động qua đào tạo", "%", "71,5", "≈ 73%"),
            ("4", "Tỷ lệ dân số nông thôn sử dụng nước sạch", "%", "92", "khoảng 94%"),
            ("5", "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom", "%", "95,6", "Tối thiểu 97%"),
            ("6", "Tỷ lệ thất nghiệp khu vực thành thị", "%", "3,1", "Không quá 3%"),
            ("7", "Tỷ suất tử vong trẻ em dưới 1 tuổi", "‰", "9,8", "Giảm xuống còn 9,5‰"),
            ("8", "Tỷ lệ trạm y tế xã có bác sĩ", "%", "90", "Phấn đấu đạt 100%"),
            ("9", "Tỷ lệ hồ sơ giải quyết trễ hạn", "%", "1,2", "Giảm xuống dưới 1%"))
    table = OtherTable(("STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"), rows)
    expected = (Expected(rows[0][1], 2.2, "=", "%", period="2026", previous=2.9, printed="Giảm còn 2,2%"),
                Expected(rows[1][1], 11, "<", "%", period="2026", previous=11.8),
                Expected(rows[2][1], 73, "~", "%", period="2026", previous=71.5),
                Expected(rows[3][1], 94, "~", "%", period="2026", previous=92),
                Expected(rows[4][1], 97, ">=", "%", period="2026", previous=95.6),
                Expected(rows[5][1], 3, "<=", "%", period="2026", previous=3.1),
                Expected(rows[6][1], 9.5, "=", "‰", period="2026", previous=9.8),
                Expected(rows[7][1], 100, "=", "%", period="2026", previous=90),
                Expected(rows[8][1], 1, "<", "%", period="2026", previous=1.2))
    found.append(Bed(_plan("levels_in_words", "Yên Bái", "Số: 21/KH-UBND", "ngày 16 tháng 1 năm 2026",
                           "Thực hiện các chỉ tiêu xã hội năm 2026", "CHỈ TIÊU XÃ HỘI NĂM 2026", table,
                           "'Giảm còn 2,2%', 'Còn dưới 11%', '≈ 73%', 'Tối thiểu 97%', 'Không quá 3%'"),
                     expected))

    # 2. Changes in percent in rows counted in another unit: no number in the row's unit (a warning), the figure held
    # in the cell's own unit (target_unit, s42); a row in percentage points keeps its fall; a figure in the row's unit,
    # or in another scale of it ("nghìn người": held in it).
    rows = (("1", "Số vụ tai nạn giao thông", "vụ", "184", "Giảm 5%", "So với năm 2025"),
            ("2", "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "5.320,6", "Tăng 8 - 10%", ""),
            ("3", "Số hồ sơ tồn đọng", "hồ sơ", "312", "Giảm 20% so với năm 2025", ""),
            ("4", "Mức giảm tỷ lệ hộ nghèo", "điểm %", "1,3", "Giảm 1 - 1,5%", ""),
            ("5", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.085", "1.150", ""),
            ("6", "Lượt khách du lịch", "nghìn lượt", "2.410", "Tăng trên 12%", ""),
            ("7", "Thu nhập bình quân đầu người", "triệu đồng", "68,5", "75 triệu đồng", ""),
            ("8", "Số lao động được tạo việc làm", "người", "15.200", "15,5 nghìn người", ""))
    table = OtherTable(("TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026", "Ghi chú"), rows)
    expected = (Expected(rows[0][1], 5, "=", "vụ", change="decrease", period="2026", previous=184, printed="Giảm 5%",
                         target_unit="%"),
                Expected(rows[1][1], 8, "range", "tỷ đồng", high=10, change="increase", period="2026", previous=5320.6,
                         target_unit="%"),
                Expected(rows[2][1], 20, "=", "hồ sơ", change="decrease", period="2026", previous=312, target_unit="%"),
                Expected(rows[3][1], 1, "range", "điểm %", high=1.5, change="decrease", period="2026", previous=1.3),
                Expected(rows[4][1], 1150, "=", "doanh nghiệp", period="2026", previous=1085),
                Expected(rows[5][1], 12, ">", "nghìn lượt", change="increase", period="2026", previous=2410,
                         target_unit="%"),
                Expected(rows[6][1], 75, "=", "triệu đồng", period="2026", previous=68.5),
                Expected(rows[7][1], 15.5, "=", "người", period="2026", previous=15200, target_unit="nghìn người"))
    found.append(Bed(_plan("changes_in_other_units", "Bình Định", "Số: 08/KH-UBND", "ngày 10 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội năm 2026", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", table,
                           "'Giảm 5%' in a row of 'vụ', 'Tăng 8 - 10%' of 'tỷ đồng', '15,5 nghìn người' of 'người'"),
                     expected))

    # 3. Signed figures, units in the names' brackets: a growth rate that fell ("-4,13", "−2,5"), one that rose ("+9%").
    rows = (("1", "Tốc độ tăng giá trị sản xuất nông nghiệp (%)", "2,1", "-1,4", "+2,5"),
            ("2", "Chỉ số sản xuất công nghiệp tăng (%)", "-4,13", "+9%", "8 - 9"),
            ("3", "Tốc độ tăng kim ngạch xuất khẩu (%)", "+6,2", "−2,5", "Trên 5"),
            ("4", "Bội chi ngân sách địa phương (tỷ đồng)", "−120,5", "-85", "0"),
            ("5", "Tỷ lệ tăng dân số tự nhiên (‰)", "10,9", "10,7", "< 10,6"))
    table = OtherTable(("Stt", "Chỉ tiêu chủ yếu", "TH năm 2024", "Ước TH năm 2025", "KH năm 2026"), rows)
    expected = (Expected(rows[0][1], 2.5, "=", "%", period="2026", previous=-1.4, printed="+2,5"),
                Expected(rows[1][1], 8, "range", "%", high=9, period="2026", previous=9),
                Expected(rows[2][1], 5, ">", "%", period="2026", previous=-2.5),
                Expected(rows[3][1], 0, "=", "tỷ đồng", period="2026", previous=-85),
                Expected(rows[4][1], 10.6, "<", "‰", period="2026", previous=10.7))
    found.append(Bed(_plan("signed_figures", "Phú Thọ", "Số: 12/KH-UBND", "ngày 13 tháng 1 năm 2026",
                           "Phát triển kinh tế năm 2026", "CHỈ TIÊU KINH TẾ CHỦ YẾU", table,
                           "'-4,13', '+9%', '−2,5', '−120,5': figures with their sign"),
                     expected))

    # 4. Notes' marks after figures ("1.180²", "1.200(1)", "98,5¹", "27⁽³⁾", "45,2*"), a unit with its exponent, a
    # figure in brackets after a word ("Đạt (100%)"), a figure with the row's own unit after it.
    rows = (("1", "Diện tích rừng trồng mới", "ha", "1.180²", "1.200(1)"),
            ("2", "Tỷ lệ chất thải y tế nguy hại được xử lý", "%", "Đạt (100%)", "100%"),
            ("3", "Tỷ lệ cơ sở giáo dục kết nối Internet tốc độ cao", "%", "98,5¹", "Đạt (100%)"),
            ("4", "Diện tích nhà ở bình quân đầu người", "m²/người", "26,4", "27⁽³⁾"),
            ("5", "Tỷ lệ đô thị hóa", "%", "45,2*", "≥ 47%²"),
            ("6", "Số xã đạt chuẩn nông thôn mới nâng cao", "xã", "15", "18 xã"))
    table = OtherTable(("STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả năm 2025", "Kế hoạch năm 2026"), rows)
    expected = (Expected(rows[0][1], 1200, "=", "ha", period="2026", previous=1180),
                Expected(rows[1][1], 100, "=", "%", period="2026", previous=None),  # "Đạt (100%)": no value
                Expected(rows[2][1], None, None, "%", period="2026", previous=98.5, printed="Đạt (100%)"),
                Expected(rows[3][1], 27, "=", "m²/người", period="2026", previous=26.4),
                Expected(rows[4][1], 47, ">=", "%", period="2026", previous=45.2),
                Expected(rows[5][1], 18, "=", "xã", period="2026", previous=15))
    found.append(Bed(_plan("marks_after_figures", "Hòa Bình", "Số: 35/KH-UBND", "ngày 4 tháng 2 năm 2026",
                           "Phát triển đô thị và nông thôn năm 2026", "CHỈ TIÊU NĂM 2026", table,
                           "'1.180²', '1.200(1)', '98,5¹', '27⁽³⁾', '≥ 47%²', 'Đạt (100%)', 'm²/người'"),
                     expected))

    # 5. A report of the year: its plan in words, the estimate of it (signed, or a level), an assessment in words.
    rows = (("1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "8 - 8,5", "8,12", "Đạt"),
            ("2", "Chỉ số giá tiêu dùng bình quân", "%", "Khoảng 4,5", "3,3", "Vượt"),
            ("3", "Tỷ lệ thất nghiệp", "%", "Không quá 3%", "2,8", "Đạt"),
            ("4", "Số vụ cháy rừng", "vụ", "Giảm 10%", "12", "Vượt"),
            ("5", "Tỷ lệ hộ nghèo", "%", "Giảm còn 1,5%", "1,42", "Vượt"),
            ("6", "Thu ngân sách trên địa bàn", "tỷ đồng", "≈ 4.800", "4.915,3", "Vượt"),
            ("7", "Tăng trưởng dư nợ tín dụng", "%", "+12%", "−3,2", "Không đạt"))
    table = OtherTable(("TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2025", "Ước thực hiện năm 2025", "Đánh giá"), rows)
    expected = (Expected(rows[0][1], 8, "range", "%", high=8.5, period="2025", previous=8.12),
                Expected(rows[1][1], 4.5, "~", "%", period="2025", previous=3.3),
                Expected(rows[2][1], 3, "<=", "%", period="2025", previous=2.8),
                Expected(rows[3][1], 10, "=", "vụ", change="decrease", period="2025", previous=12, target_unit="%"),
                Expected(rows[4][1], 1.5, "=", "%", period="2025", previous=1.42),
                Expected(rows[5][1], 4800, "~", "tỷ đồng", period="2025", previous=4915.3),
                Expected(rows[6][1], 12, "=", "%", period="2025", previous=-3.2))
    found.append(Bed(_plan("year_report_in_words", "Ninh Bình", "Số: 298/KH-UBND", "ngày 12 tháng 12 năm 2025",
                           "Thực hiện kế hoạch phát triển kinh tế - xã hội năm 2025", "KẾT QUẢ CÁC CHỈ TIÊU NĂM 2025",
                           table, "Kế hoạch | Ước thực hiện | Đánh giá; 'Giảm 10%' of 'vụ', '+12%', '−3,2'"),
                     expected))
    return found
