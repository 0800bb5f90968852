"""A second bed of plans' target tables: provinces' socio-economic plans, five-year plans with a column per year,
score indices and sectoral plans, written from how real pages lay them out (facts below), with the numbers each row
must give. tests/test_indicator_second_bed.py checks every layout in every format (PDF included); scripts/
evaluate_indicators.py prints the figures.

Facts (read on stored pages of real plans, resolutions and news of them, reworded here; no page's text is copied;
every name and number in the layouts below is made up):
- A province's yearly plan groups its targets by field ("I. CHỈ TIÊU KINH TẾ", "II. CHỈ TIÊU XÃ HỘI") and often sets
  beside "Ước thực hiện năm 2025 | Kế hoạch năm 2026" a comparison column ("KH 2026 so với ƯTH 2025 (%)", "So sánh
  KH 2026/ƯTH 2025"): a ratio of the two, never a target. Money is in "tỷ đồng" or "triệu đồng" (income per head
  "trên 60 triệu đồng"), written with Vietnamese separators ("12.345,6").
- Five-year plans and resolutions give one column per year ("Năm 2026" … "Năm 2030"), often with no unit column: the
  unit stands in the indicator's name ("Thu ngân sách (tỷ đồng)", "Sản lượng lương thực (nghìn tấn)", "(%)"), while
  other names end in words that are no unit ("(theo chuẩn nghèo đa chiều)", "(GRDP)", "(PAR INDEX)").
- Score indices (PAR INDEX, SIPAS, PAPI, PCI, DTI) are set as targets in a "Chỉ số" column: a percentage ("trên 90%"),
  points ("không dưới 44,5 điểm"; PAPI is out of 80), a rank ("tăng 3 - 5 bậc so với năm 2025": a change in places;
  "nhóm 20 tỉnh dẫn đầu": a place no lower than 20th, unit "hạng", read since the third bed).
- Targets in words: "100%", "trên 95%", "không dưới 70%", "tối thiểu 02 sản phẩm", "tăng 10% so với năm 2025" (a
  change against a named year), "bình quân 8%/năm", "đạt 34,7 giường" (beds per ten thousand people), "hoàn thành
  100%"; a footnote mark glued to the number ("34,7(1)", "95%(2)", "70*") refers to a note under the table; a range
  is sometimes printed with a division sign ("10 ÷ 10,5").
- Year headers say what their figures are in many ways: "Năm 2026 (KH)", "Năm 2025 (ước TH)", "Dự kiến năm 2026",
  "Phấn đấu năm 2026", "Chỉ tiêu giao năm 2026", "Kế hoạch 5 năm 2026-2030", or a year merged over "Kế hoạch | Ước
  thực hiện" (tests/test_indicator_second_bed.py writes those two-row headers itself: the bed's tables have one row).
"""

from __future__ import annotations

from indicator_layouts import Bed, Expected, _plan
from task_layouts.spec import OtherTable

# The text forms, HTML and DOCX, and PDF printed from the DOCX by LibreOffice.
FORMATS = ("txt", "pipe.txt", "bar.txt", "html", "docx", "pdf")


def beds() -> list[Bed]:
    found = []

    # 1. A yearly plan grouped by field, with a comparison column after the target: the ratio is no target.
    rows = (("I", "CHỈ TIÊU KINH TẾ", "", "", "", ""),
            ("1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "7,85", "≥ 10", ""),
            ("2", "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "12.345,6", "13.500", "109,4"),
            ("3", "GRDP bình quân đầu người", "triệu đồng", "98,2", "Trên 108", "110,0"),
            ("II", "CHỈ TIÊU XÃ HỘI", "", "", "", ""),
            ("1", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "2,35", "Giảm 1 - 1,5", ""),
            ("2", "Số giường bệnh trên một vạn dân", "giường", "32,5", "34,7(1)", "106,8"),
            ("3", "Tỷ lệ trường học đạt chuẩn quốc gia", "%", "68", "Trên 70*", ""))
    table = OtherTable(("STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026",
                        "KH 2026 so với ƯTH 2025 (%)"), rows)
    expected = (Expected(rows[0][1], None),
                Expected(rows[1][1], 10, ">=", "%", period="2026", previous=7.85),
                Expected(rows[2][1], 13500, "=", "tỷ đồng", period="2026", previous=12345.6, printed="13.500"),
                Expected(rows[3][1], 108, ">", "triệu đồng", period="2026", previous=98.2),
                Expected(rows[4][1], None),
                Expected(rows[5][1], 1, "range", "%", high=1.5, change="decrease", period="2026", previous=2.35),
                Expected(rows[6][1], 34.7, "=", "giường", period="2026", previous=32.5, printed="34,7(1)"),
                Expected(rows[7][1], 70, ">", "%", period="2026", previous=68, printed="Trên 70*"))
    found.append(Bed(_plan("groups_and_comparison", "Lạng Sơn", "Số: 05/KH-UBND", "ngày 6 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội năm 2026", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", table,
                           "group rows, 'KH 2026 so với ƯTH 2025 (%)' a ratio, footnote marks glued to targets"),
                     expected))

    # 2. A five-year plan: a column per year, no unit column, the unit in the name (or words that are no unit).
    rows = (("1", "Tốc độ tăng trưởng GRDP bình quân (%)", "8,5", "9", "9,5", "10", "10"),
            ("2", "Thu ngân sách nhà nước trên địa bàn (tỷ đồng)", "9.800", "10.500", "11.200", "12.000", "13.000"),
            ("3", "Sản lượng lương thực có hạt (nghìn tấn)", "312,5", "315", "318", "320", "≥ 320"),
            ("4", "Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)", "Giảm 1", "Giảm 1", "Giảm 0,8", "Giảm 0,8", "Giảm 0,5"),
            ("5", "Tỷ lệ dân số tham gia bảo hiểm y tế (%)", "95", "96", "97", "98", "Trên 98"),
            ("6", "Số bác sĩ trên một vạn dân (bác sĩ)", "13", "13,5", "14", "14,5", "15"))
    table = OtherTable(("TT", "Chỉ tiêu", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030"), rows)
    expected = (Expected(rows[0][1], 10, "=", "%", period="2030"),
                Expected(rows[1][1], 13000, "=", "tỷ đồng", period="2030"),
                Expected(rows[2][1], 320, ">=", "nghìn tấn", period="2030"),
                Expected(rows[3][1], 0.5, "=", None, change="decrease", period="2030"),
                Expected(rows[4][1], 98, ">", "%", period="2030"),
                Expected(rows[5][1], 15, "=", "bác sĩ", period="2030"))
    found.append(Bed(_plan("year_columns_units_in_names", "Cao Bằng", "Số: 14/KH-UBND", "ngày 22 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội 5 năm 2026 - 2030", "CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030",
                           table, "a column per year and no unit column: the unit a name ends with"), expected))

    # 3. Score indices as targets: "Chỉ số" names the rows; percentages, points, ranks.
    rows = (("1", "Chỉ số cải cách hành chính (PAR INDEX)", "88,46%", "Trên 90%", "Sở Nội vụ"),
            ("2", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)", "84,9%", "Tối thiểu 87%", "Sở Nội vụ"),
            ("3", "Chỉ số hiệu quả quản trị và hành chính công (PAPI)", "43,8712 điểm", "Không dưới 44,5 điểm",
             "Sở Nội vụ"),
            ("4", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "Xếp thứ 27", "Tăng 3 - 5 bậc so với năm 2025",
             "Sở Tài chính"),
            ("5", "Chỉ số chuyển đổi số cấp tỉnh (DTI)", "0,5621", "Nhóm 20 tỉnh dẫn đầu", "Sở Khoa học và Công nghệ"))
    table = OtherTable(("STT", "Chỉ số", "Kết quả năm 2025", "Mục tiêu năm 2026", "Cơ quan chủ trì"), rows)
    expected = (Expected(rows[0][1], 90, ">", "%", period="2026", previous=88.46),
                Expected(rows[1][1], 87, ">=", "%", period="2026", previous=84.9),
                Expected(rows[2][1], 44.5, ">=", "điểm", period="2026", previous=43.8712),
                # "Xếp thứ 27": the place before, the target a change of places
                Expected(rows[3][1], 3, "range", "bậc", high=5, change="increase", period="2026", previous=27),
                # a rank as the target beside last year's score: the target's unit is the rank's
                Expected(rows[4][1], 20, "<=", "hạng", period="2026", previous=0.5621, printed="Nhóm 20 tỉnh dẫn đầu"))
    found.append(Bed(_plan("index_targets", "Quảng Trị", "Số: 31/KH-UBND", "ngày 9 tháng 2 năm 2026",
                           "Nâng cao các chỉ số cải cách hành chính năm 2026", "MỤC TIÊU CÁC CHỈ SỐ NĂM 2026", table,
                           "a 'Chỉ số' column: PAR INDEX, SIPAS, PAPI as targets; ranks"), expected))

    # 4. A sectoral plan's targets in words, a unit column, the body in charge.
    rows = (("1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "100%", "Sở Khoa học và Công nghệ"),
            ("2", "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình", "%", "Trên 95%",
             "Văn phòng UBND tỉnh"),
            ("3", "Tỷ lệ người trưởng thành có chữ ký số cá nhân", "%", "Không dưới 70%", "Công an tỉnh"),
            ("4", "Số sản phẩm OCOP mới của mỗi xã", "sản phẩm", "Tối thiểu 02 sản phẩm", "Sở Nông nghiệp và Môi trường"),
            ("5", "Doanh thu thương mại điện tử", "%", "Tăng 10% so với năm 2025", "Sở Công Thương"),
            ("6", "Số giường bệnh trên một vạn dân", "giường", "Đạt 34,7 giường", "Sở Y tế"),
            ("7", "Tốc độ tăng năng suất lao động", "%", "Bình quân 8%/năm", "Sở Tài chính"),
            ("8", "Tỷ lệ trường mầm non đạt chuẩn quốc gia", "%", "Hoàn thành 100%", "Sở Giáo dục và Đào tạo"),
            ("9", "Tỷ lệ trạm y tế xã đạt chuẩn", "%", "95%(2)", "Sở Y tế"),
            ("10", "Tỷ lệ hồ sơ được số hóa", "%", "80% cấp tỉnh; 60% cấp xã", "Sở Khoa học và Công nghệ"),
            ("11", "Doanh thu du lịch", "%", "Tăng 10% so với năm 2020 và 5% so với năm 2025", "Sở Văn hóa, Thể thao và Du lịch"))
    table = OtherTable(("STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2026", "Đơn vị chủ trì"), rows)
    expected = (Expected(rows[0][1], 100, "=", "%", period="2026"),
                Expected(rows[1][1], 95, ">", "%", period="2026"),
                Expected(rows[2][1], 70, ">=", "%", period="2026"),
                Expected(rows[3][1], 2, ">=", "sản phẩm", period="2026"),
                Expected(rows[4][1], 10, "=", "%", change="increase", period="2026", printed="Tăng 10% so với năm 2025"),
                Expected(rows[5][1], 34.7, "=", "giường", period="2026"),
                Expected(rows[6][1], 8, "=", "%", period="2026"),
                Expected(rows[7][1], 100, "=", "%", period="2026"),
                Expected(rows[8][1], 95, "=", "%", period="2026", printed="95%(2)"),
                Expected(rows[9][1], None, None, "%", period="2026", printed="80% cấp tỉnh; 60% cấp xã"),
                Expected(rows[10][1], None, None, "%", period="2026"))
    found.append(Bed(_plan("targets_in_words", "Hưng Yên", "Số: 52/KH-UBND", "ngày 27 tháng 2 năm 2026",
                           "Thực hiện các chỉ tiêu ngành năm 2026", "CHỈ TIÊU CÁC NGÀNH NĂM 2026", table,
                           "targets in words: 'không dưới', 'tối thiểu 02 sản phẩm', 'so với năm 2025', '%/năm', marks"),
                     expected))
    return found
