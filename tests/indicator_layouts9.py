"""A ninth bed of target tables (s45): a five-year review beside the next period's goals with bounds in words ("Không
quá", "Tối đa", "≤"), percentages spaced or in words ("95 %", "95 phần trăm"), signed and falling figures; targets
handed out per commune (a column per xã, phường and the whole's); targets handed to bodies with the lead and the
support per row; a unit that changes between the result and the target; a blank unit cell. With the numbers each
row must give. tests/test_indicators_s45.py checks every layout in every format; scripts/evaluate_indicators.py prints
the figures.

Facts (read on stored pages of real plans and decisions, reworded here; no page's text is copied; every name and
number below is made up):
- A five-year plan sets its goals beside the last period's result ("Thực hiện giai đoạn 2021-2025 | Mục tiêu giai
  đoạn 2026-2030"): a growth rate averaged over the years, ceilings ("không quá 4%", "tối đa 1,5%", "≤ 3%"), floors
  ("tối thiểu 70%"), a fall ("giảm 10%"), and a result that fell ("-2,5"); a site's copy may space a percentage ("95
  %") or write it out ("95 phần trăm").
- Decisions that hand out a year's targets ("giao chỉ tiêu kế hoạch") print one column per commune beside the whole's
  ("Toàn huyện | Xã A | Xã B | Phường C") or name per row the body that leads it and those that support it ("Cơ quan
  chủ trì | Cơ quan phối hợp"): the row's target is the whole's; a body's name is no task.
- A row's unit may change between the result and the target (the result in "triệu đồng", the target in "USD"), printed
  in the cell; a unit cell left blank is no unit (the row above's is not carried down).
"""

from __future__ import annotations

from indicator_layouts import Bed, Expected, _plan
from task_layouts.spec import OtherTable

FORMATS = ("txt", "pipe.txt", "bar.txt", "html", "docx", "pdf")


def beds() -> list[Bed]:
    found = []

    # 1. The last five years' result beside the next five years' goal; bounds in words, spaced and written percentages.
    rows = (("1", "Tốc độ tăng trưởng GRDP bình quân", "%/năm", "6,8", "Tối thiểu 8"),
            ("2", "Tỷ lệ thất nghiệp khu vực thành thị", "%", "3,9", "Không quá 4%"),
            ("3", "Tỷ lệ hộ nghèo đa chiều", "%", "2,8", "Tối đa 1,5%"),
            ("4", "Tốc độ tăng dân số tự nhiên", "%", "-2,5", "≤ 1"),
            ("5", "Tỷ lệ dân số sử dụng nước sạch", "%", "92 %", "98 %"),
            ("6", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%", "12,5", "Giảm 10%"),
            ("7", "Tỷ lệ xã có trạm y tế đạt chuẩn", "%", "88", "100 phần trăm"))
    table = OtherTable(("STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện giai đoạn 2021-2025",
                        "Mục tiêu giai đoạn 2026-2030"), rows)
    expected = (Expected(rows[0][1], 8, ">=", "%/năm", period="2026-2030", previous=6.8),
                Expected(rows[1][1], 4, "<=", "%", period="2026-2030", previous=3.9),
                Expected(rows[2][1], 1.5, "<=", "%", period="2026-2030", previous=2.8),
                Expected(rows[3][1], 1, "<=", "%", period="2026-2030", previous=-2.5),
                Expected(rows[4][1], 98, "=", "%", period="2026-2030", previous=92),
                Expected(rows[5][1], 10, "=", "%", change="decrease", period="2026-2030", previous=12.5),
                Expected(rows[6][1], 100, "=", "%", period="2026-2030", previous=88))
    found.append(Bed(_plan("five_year_review", "Quảng Trị", "Số: 15/KH-UBND", "ngày 14 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội giai đoạn 2026 - 2030", "CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026-2030",
                           table, "'Thực hiện giai đoạn 2021-2025 | Mục tiêu giai đoạn 2026-2030', 'Không quá 4%', "
                                  "'Tối đa 1,5%', '≤ 1', '-2,5', '98 %', '100 phần trăm'"), expected))

    # 2. A year's targets handed out per commune: the whole's column is the row's target, a commune's none.
    rows = (("1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "95", "94", "96", "95,5"),
            ("2", "Số lao động được tạo việc làm mới", "người", "1.200", "400", "350", "450"),
            ("3", "Tỷ lệ hộ nghèo", "%", "1,8", "2,1", "1,9", "1,2"))
    table = OtherTable(("STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026 toàn huyện", "Xã Tân Lập", "Xã Hòa Bình",
                        "Phường Bắc Sơn"), rows)
    expected = (Expected(rows[0][1], 95, "=", "%", period="2026"),
                Expected(rows[1][1], 1200, "=", "người", period="2026"),
                Expected(rows[2][1], 1.8, "=", "%", period="2026"))
    found.append(Bed(_plan("per_commune", "Lâm Đồng", "Số: 42/KH-UBND", "ngày 9 tháng 2 năm 2026",
                           "Giao chỉ tiêu phát triển kinh tế - xã hội năm 2026", "CHỈ TIÊU GIAO CÁC XÃ, PHƯỜNG NĂM 2026",
                           table, "a column per commune beside the whole's: the whole's is the target"), expected))

    # 3. Targets handed to bodies: the lead and the support per row; an indicator, no task.
    rows = (("1", "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình", "%", "65", "80", "Sở Khoa học và Công nghệ",
             "Các sở, ban, ngành"),
            ("2", "Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử", "%", "95", "100", "Thuế tỉnh", "Sở Tài chính"),
            ("3", "Số sản phẩm OCOP đạt 3 sao trở lên", "sản phẩm", "42", "Trên 50", "Sở Nông nghiệp và Môi trường",
             "UBND các xã, phường"))
    table = OtherTable(("TT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Chỉ tiêu giao năm 2026",
                        "Cơ quan chủ trì", "Cơ quan phối hợp"), rows)
    expected = (Expected(rows[0][1], 80, "=", "%", period="2026", previous=65, lead=("Sở Khoa học và Công nghệ",)),
                Expected(rows[1][1], 100, "=", "%", period="2026", previous=95),
                Expected(rows[2][1], 50, ">", "sản phẩm", period="2026", previous=42,
                         lead=("Sở Nông nghiệp và Môi trường",)))
    found.append(Bed(_plan("handed_to_bodies", "Hưng Yên", "Số: 09/KH-UBND", "ngày 6 tháng 1 năm 2026",
                           "Thực hiện các chỉ tiêu chủ yếu năm 2026", "CHỈ TIÊU GIAO CÁC CƠ QUAN NĂM 2026", table,
                           "'Chỉ tiêu giao năm 2026' with 'Cơ quan chủ trì | Cơ quan phối hợp': indicators, no task"),
                     expected))

    # 4. A unit that changes between the result and the target; a blank unit cell carries no unit down.
    rows = (("1", "GRDP bình quân đầu người", "triệu đồng", "98,5", "4.300 USD"),
            ("2", "Kim ngạch xuất khẩu", "triệu USD", "1.250", "1.400"),
            ("3", "Số khách du lịch", "", "2.100.000", "2.300.000"),
            ("4", "Tỷ lệ đô thị hóa", "%", "35", "37"))
    table = OtherTable(("STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"), rows)
    # the target in its own unit, which the registry of units knows: held in target_unit (s42), never in the row's
    expected = (Expected(rows[0][1], 4300, "=", "triệu đồng", period="2026", previous=98.5, printed="4.300 USD",
                         target_unit="USD"),
                Expected(rows[1][1], 1400, "=", "triệu USD", period="2026", previous=1250),
                Expected(rows[2][1], 2300000, "=", None, period="2026", previous=2100000),
                Expected(rows[3][1], 37, "=", "%", period="2026", previous=35))
    found.append(Bed(_plan("unit_changes", "Nghệ An", "Số: 31/KH-UBND", "ngày 25 tháng 1 năm 2026",
                           "Phát triển kinh tế năm 2026", "MỘT SỐ CHỈ TIÊU KINH TẾ NĂM 2026", table,
                           "the result in 'triệu đồng', the target '4.300 USD'; a blank unit cell"), expected))

    # 5. Bounds in other words, a figure in millions in a row counted in units, a total column before the communes'.
    rows = (("1", "Tỷ lệ trẻ em đi học đúng độ tuổi", "%", "97", "Không dưới 98%", "98", "99"),
            ("2", "Tỷ lệ nợ xấu", "%", "1,9", "Không vượt quá 2%", "2", "1,8"),
            ("3", "Lượt khách du lịch", "lượt", "850.000", "Khoảng 1,2 triệu lượt", "600.000", "600.000"),
            ("4", "Số hộ được hỗ trợ nhà ở", "hộ", "120", "≥150", "70", "80"))
    table = OtherTable(("STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm 2025", "Kế hoạch năm 2026 (Tổng số)", "Xã An Phú",
                        "Xã Mỹ Lộc"), rows)
    expected = (Expected(rows[0][1], 98, ">=", "%", period="2026", previous=97),
                Expected(rows[1][1], 2, "<=", "%", period="2026", previous=1.9),
                # millions of visits in a row of visits: the figure held in its own unit, "triệu lượt"
                Expected(rows[2][1], 1.2, "~", "lượt", period="2026", previous=850000, printed="Khoảng 1,2 triệu lượt",
                         target_unit="triệu lượt"),
                Expected(rows[3][1], 150, ">=", "hộ", period="2026", previous=120))
    found.append(Bed(_plan("bounds_and_total", "Vĩnh Long", "Số: 55/KH-UBND", "ngày 2 tháng 3 năm 2026",
                           "Phát triển kinh tế - xã hội năm 2026", "CHỈ TIÊU NĂM 2026", table,
                           "'Không dưới 98%', 'Không vượt quá 2%', '1,2 triệu lượt' in a row of 'lượt', a total "
                           "beside the communes'"), expected))
    return found
