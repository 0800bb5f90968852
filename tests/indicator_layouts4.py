"""A fourth bed of target tables: provinces' socio-economic plans' main indicators, targets with comparator words, a
target column per year of a five-year period with the body in charge, a ministry's sector indicators with the unit
that leads each, and units in the indicators' names, written from how real pages lay them out (facts below), with the
numbers each row must give. tests/test_indicator_fourth_bed.py checks every layout in every format (PDF included);
scripts/evaluate_indicators.py prints the figures.

Facts (read on stored pages of real plans, resolutions and news of them, reworded here; no page's text is copied;
every name and number in the layouts below is made up):
- A year's socio-economic plan (the National Assembly's, a province's after it) sets some fifteen main indicators:
  the growth of GDP or GRDP "from 10% up" ("từ … % trở lên"), income per head as a range in USD or "triệu đồng",
  shares "about" a figure ("khoảng 24,96%"), the unemployment rate "under 4%", the poor households' rate "down 1 -
  1,5 percentage points" ("giảm … điểm %", the unit a point of a percentage, no percentage of the rate), doctors and
  hospital beds per ten thousand people ("khoảng 15,3 bác sĩ", "34,7 giường bệnh"), a share of communes "at least
  15%" ("tối thiểu"); the same plan gives last year's estimate beside it.
- Comparator words in the target cell: "trên", "tối thiểu", "không quá", "không vượt quá", "≥", "≤", "dưới", "từ … trở
  lên", "ít nhất", "nhỏ hơn", "lớn hơn", a decrease as a range "giảm 0,5-1%"; a target per year of a period or a lone
  range with a comparator ("trên 8 - 10%") says two things.
- Provinces' roadmaps of the sustainable-development goals and five-year plans give a column per year of the period
  headed by the bare year ("2026 | 2027 | … | 2030"), with the body in charge of each indicator ("Cơ quan chủ trì").
- A ministry's plan lists its sector's indicators with the ministry's unit that leads each ("Cục …", "Vụ …"), units
  such as "tuổi", "giường bệnh", "bác sĩ", "‰", and a rate per a number of births ("/100.000 trẻ đẻ sống").
- Tables with no unit column print the unit in the indicator's name: "(%)", "(triệu đồng/người)", "(tuổi)", "(điểm
  %)" (a percentage point), "(nghìn tỷ đồng)".
- Targets also stand in a numbered list rather than a table ("- Tỷ lệ … đạt 95% trở lên"): no table, no indicator
  read (a record of prose targets would need a new field; noted, not in this bed).
"""

from __future__ import annotations

from indicator_layouts import Bed, Expected, _plan
from task_layouts.layouts import RECIPIENTS, _body, annex_intro
from task_layouts.spec import Layout, OtherTable, PageBreak

# The text forms, HTML and DOCX, and PDF printed from the DOCX by LibreOffice.
FORMATS = ("txt", "pipe.txt", "bar.txt", "html", "docx", "pdf")


def _ministry_plan(name: str, topic: str, table: OtherTable, note: str) -> Layout:
    return Layout(name, issuer=("BỘ Y TẾ",), number="Số: 215/KH-BYT", place_date="Hà Nội, ngày 16 tháng 2 năm 2026",
                  heading=("KẾ HOẠCH", topic),
                  parts=(*_body(topic.lower()), PageBreak(landscape=True),
                         *annex_intro("", "CÁC CHỈ TIÊU CỦA NGÀNH Y TẾ NĂM 2026",
                                      "Kế hoạch số 215/KH-BYT ngày 16 tháng 2 năm 2026 của Bộ Y tế"), table),
                  signature=("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "Trần Văn Minh"), recipients=RECIPIENTS, note=note)


def beds() -> list[Bed]:
    found = []

    # 1. A province's main socio-economic indicators: last year's estimate and the plan's year, a unit column.
    rows = (("1", "Tốc độ tăng trưởng GRDP", "%", "8,2", "Từ 10% trở lên"),
            ("2", "GRDP bình quân đầu người", "triệu đồng", "95,4", "Trên 105"),
            ("3", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "điểm %", "Giảm 1,2", "Giảm 1 - 1,5"),
            ("4", "Tỷ trọng công nghiệp chế biến, chế tạo trong GRDP", "%", "23,1", "Khoảng 24,5%"),
            ("5", "Tỷ lệ thất nghiệp khu vực thành thị", "%", "3,4", "Dưới 3%"),
            ("6", "Số bác sĩ trên 1 vạn dân", "bác sĩ", "13,8", "Đạt khoảng 15,3"),
            ("7", "Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "12", "Tối thiểu 15%"),
            ("8", "Tốc độ tăng chỉ số giá tiêu dùng (CPI)", "%", "3,6", "Không quá 4,5%"))
    table = OtherTable(("STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"), rows)
    expected = (Expected(rows[0][1], 10, ">=", "%", period="2026", previous=8.2),
                Expected(rows[1][1], 105, ">", "triệu đồng", period="2026", previous=95.4),
                # a decrease in points of a percentage: the change, its unit the unit column's
                Expected(rows[2][1], 1, "range", "điểm %", high=1.5, change="decrease", period="2026", previous=1.2),
                Expected(rows[3][1], 24.5, "~", "%", period="2026", previous=23.1),
                Expected(rows[4][1], 3, "<", "%", period="2026", previous=3.4),
                Expected(rows[5][1], 15.3, "~", "bác sĩ", period="2026", previous=13.8),
                Expected(rows[6][1], 15, ">=", "%", period="2026", previous=12),
                Expected(rows[7][1], 4.5, "<=", "%", period="2026", previous=3.6))
    found.append(Bed(_plan("main_indicators", "Nghệ An", "Số: 08/KH-UBND", "ngày 9 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội năm 2026", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", table,
                           "a province's main indicators: GRDP, per head, 'giảm … điểm %', comparator words"),
                     expected))

    # 2. Comparator words: every cell one target with what it means, or none where it says two things.
    rows = (("1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "Trên 98%"),
            ("2", "Tỷ lệ người dân hài lòng", "≥90%"),
            ("3", "Tỷ lệ hồ sơ trễ hạn", "≤ 2%"),
            ("4", "Tỷ lệ thủ tục có phát sinh hồ sơ trực tuyến", "Không thấp hơn 80%"),
            ("5", "Tỷ lệ văn bản phải sửa đổi sau ban hành", "Không vượt quá 3%"),
            ("6", "Tỷ lệ hộ nghèo", "giảm 0,5-1%"),
            ("7", "Tỷ lệ sai sót trong hồ sơ", "Nhỏ hơn 1%"),
            ("8", "Tỷ lệ cơ quan áp dụng hệ thống quản lý chất lượng", "Lớn hơn 95%"),
            ("9", "Số sáng kiến cải cách được công nhận", "Ít nhất 05 sáng kiến"),
            ("10", "Tốc độ tăng thu ngân sách", "Trên 8 - 10%"),
            ("11", "Tỷ lệ giải ngân vốn đầu tư công", "Tối thiểu đạt 95%"),
            ("12", "Tỷ suất chết trẻ em dưới 1 tuổi", "Dưới 12/1.000 trẻ đẻ sống"),
            ("13", "Tỷ lệ xã có thiết chế văn hóa", "15/63"))
    table = OtherTable(("STT", "Chỉ tiêu", "Chỉ tiêu năm 2026"), rows)
    expected = (Expected(rows[0][1], 98, ">", "%", period="2026"),
                Expected(rows[1][1], 90, ">=", "%", period="2026"),
                Expected(rows[2][1], 2, "<=", "%", period="2026"),
                Expected(rows[3][1], 80, ">=", "%", period="2026"),
                Expected(rows[4][1], 3, "<=", "%", period="2026"),
                Expected(rows[5][1], 0.5, "range", "%", high=1, change="decrease", period="2026"),
                Expected(rows[6][1], 1, "<", "%", period="2026"),
                Expected(rows[7][1], 95, ">", "%", period="2026"),
                Expected(rows[8][1], 5, ">=", "sáng kiến", period="2026"),
                # "above" a range says two things: kept as printed, no number
                Expected(rows[9][1], None, None, None, period="2026", printed="Trên 8 - 10%"),
                Expected(rows[10][1], 95, ">=", "%", period="2026"),
                # a rate per a power of ten: the denominator and its words are the unit
                Expected(rows[11][1], 12, "<", "/1.000 trẻ đẻ sống", period="2026"),
                # a share out of a count (or a place): no number
                Expected(rows[12][1], None, None, None, period="2026", printed="15/63"))
    found.append(Bed(_plan("comparator_words", "Hà Tĩnh", "Số: 19/KH-UBND", "ngày 21 tháng 1 năm 2026",
                           "Cải cách hành chính năm 2026", "CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2026", table,
                           "comparator words: 'không thấp hơn', 'không vượt quá', 'nhỏ hơn', 'lớn hơn', '≥90%'"),
                     expected))

    # 3. A five-year period, a column per bare year, the body in charge of each indicator.
    rows = (("1", "Tỷ lệ dân số có hồ sơ sức khỏe điện tử", "%", "90", "92", "94", "96", "≥ 98", "Sở Y tế"),
            ("2", "Tỷ lệ che phủ rừng", "%", "42,5", "43", "43,5", "44", "45", "Sở Nông nghiệp và Môi trường"),
            ("3", "Số doanh nghiệp đang hoạt động", "doanh nghiệp", "5.200", "5.600", "6.000", "6.500", "7.000",
             "Sở Tài chính"),
            ("4", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", "92", "94", "96", "98", "100",
             "Sở Xây dựng"))
    table = OtherTable(("TT", "Chỉ tiêu", "Đơn vị tính", "2026", "2027", "2028", "2029", "2030", "Cơ quan chủ trì"),
                       rows)
    expected = (Expected(rows[0][1], 98, ">=", "%", period="2030", lead=("Sở Y tế",)),
                Expected(rows[1][1], 45, "=", "%", period="2030", lead=("Sở Nông nghiệp và Môi trường",)),
                Expected(rows[2][1], 7000, "=", "doanh nghiệp", period="2030", lead=("Sở Tài chính",)),
                Expected(rows[3][1], 100, "=", "%", period="2030", lead=("Sở Xây dựng",)))
    found.append(Bed(_plan("bare_years_lead", "Quảng Bình", "Số: 44/KH-UBND", "ngày 2 tháng 3 năm 2026",
                           "Thực hiện các mục tiêu phát triển bền vững giai đoạn 2026 - 2030",
                           "LỘ TRÌNH THỰC HIỆN CÁC CHỈ TIÊU GIAI ĐOẠN 2026 - 2030", table,
                           "a column per bare year '2026 | … | 2030' and 'Cơ quan chủ trì': the lead of each"),
                     expected))

    # 4. A ministry's sector indicators: the unit that leads each; units of the sector.
    rows = (("1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "95,2", "95,5", "Vụ Bảo hiểm y tế"),
            ("2", "Số giường bệnh trên 10.000 dân", "giường bệnh", "33,5", "34,7", "Cục Quản lý Khám, chữa bệnh"),
            ("3", "Tuổi thọ trung bình", "tuổi", "74,7", "Khoảng 74,8", "Vụ Kế hoạch - Tài chính"),
            ("4", "Tỷ suất chết mẹ", "/100.000 trẻ đẻ sống", "44", "Dưới 42", "Vụ Sức khỏe Bà mẹ - Trẻ em"),
            ("5", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", "94", "> 95%", "Cục Phòng bệnh"))
    table = OtherTable(("STT", "Tên chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026",
                        "Đơn vị chủ trì"), rows)
    expected = (Expected(rows[0][1], 95.5, "=", "%", period="2026", previous=95.2, lead=("Vụ Bảo hiểm y tế",)),
                Expected(rows[1][1], 34.7, "=", "giường bệnh", period="2026", previous=33.5,
                         lead=("Cục Quản lý Khám, chữa bệnh",)),
                Expected(rows[2][1], 74.8, "~", "tuổi", period="2026", previous=74.7, lead=("Vụ Kế hoạch - Tài chính",)),
                Expected(rows[3][1], 42, "<", "/100.000 trẻ đẻ sống", period="2026", previous=44,
                         lead=("Vụ Sức khỏe Bà mẹ - Trẻ em",)),
                Expected(rows[4][1], 95, ">", "%", period="2026", previous=94, lead=("Cục Phòng bệnh",)))
    found.append(Bed(_ministry_plan("ministry_sector", "Thực hiện các chỉ tiêu ngành y tế năm 2026", table,
                                    "a ministry's indicators, 'Đơn vị chủ trì' per indicator, units of the sector"),
                     expected))

    # 5. No unit column: the unit in the name's brackets, targets with comparator words.
    rows = (("1", "Tốc độ tăng trưởng GRDP (%)", "7,9", "Trên 8"),
            ("2", "GRDP bình quân đầu người (triệu đồng/người)", "88,6", "95 - 97"),
            ("3", "Tỷ lệ hộ nghèo giảm (điểm %)", "1,1", "1 - 1,5"),
            ("4", "Tuổi thọ trung bình (tuổi)", "74,1", "Khoảng 74,5"),
            ("5", "Tổng vốn đầu tư toàn xã hội (nghìn tỷ đồng)", "61,2", "Tối thiểu 68"),
            ("6", "Tỷ lệ đô thị hóa (%)", "38,5", "≥ 40"))
    table = OtherTable(("STT", "Chỉ tiêu", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"), rows)
    expected = (Expected(rows[0][1], 8, ">", "%", period="2026", previous=7.9),
                Expected(rows[1][1], 95, "range", "triệu đồng/người", high=97, period="2026", previous=88.6),
                Expected(rows[2][1], 1, "range", "điểm %", high=1.5, period="2026", previous=1.1),
                Expected(rows[3][1], 74.5, "~", "tuổi", period="2026", previous=74.1),
                Expected(rows[4][1], 68, ">=", "nghìn tỷ đồng", period="2026", previous=61.2),
                Expected(rows[5][1], 40, ">=", "%", period="2026", previous=38.5))
    found.append(Bed(_plan("units_in_names", "Hòa Bình", "Số: 27/KH-UBND", "ngày 30 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội năm 2026", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", table,
                           "no unit column: '(%)', '(triệu đồng/người)', '(tuổi)', '(điểm %)' in the names"),
                     expected))

    # 6. A five-year plan's header: the estimate of the past five years, a yearly average over the period, a goal.
    rows = (("1", "Tốc độ tăng trưởng GRDP", "%", "7,1", "Từ 10% trở lên", ""),
            ("2", "GRDP bình quân đầu người", "triệu đồng", "92", "", "Trên 150"),
            ("3", "Tỷ lệ hộ nghèo đa chiều", "%", "Giảm 1,5", "Giảm 1 - 1,5", "Dưới 1"))
    table = OtherTable(("STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện 5 năm 2021-2025", "Bình quân giai đoạn 2026-2030",
                        "Đến năm 2030"), rows)
    expected = (Expected(rows[0][1], 10, ">=", "%", period="2026-2030", previous=7.1),
                Expected(rows[1][1], 150, ">", "triệu đồng", period="2030", previous=92),
                Expected(rows[2][1], 1, "<", "%", period="2030", previous=1.5))
    found.append(Bed(_plan("five_year_header", "Thanh Hóa", "Số: 02/KH-UBND", "ngày 5 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội 5 năm 2026 - 2030", "CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030",
                           table, "'Ước thực hiện 5 năm 2021-2025', 'Bình quân giai đoạn 2026-2030', 'Đến năm 2030'"),
                     expected))

    # 7. Year headers with no "năm": "Ước 2025", "Chỉ tiêu kế hoạch 2026", "Dự kiến 2027"; the unit that tracks each.
    rows = (("1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "68", "Trên 75%", "Trên 80%", "Sở Khoa học và Công nghệ"),
            ("2", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.150", "1.250", "1.400", "Sở Tài chính"),
            ("3", "Tỷ lệ lao động qua đào tạo", "%", "71,5", "73", "Tối thiểu 75%", "Sở Nội vụ"))
    table = OtherTable(("STT", "Chỉ tiêu", "ĐVT", "Ước 2025", "Chỉ tiêu kế hoạch 2026", "Dự kiến 2027",
                        "Cơ quan chủ trì theo dõi"), rows)
    expected = (Expected(rows[0][1], 80, ">", "%", period="2027", previous=68, lead=("Sở Khoa học và Công nghệ",)),
                Expected(rows[1][1], 1400, "=", "doanh nghiệp", period="2027", previous=1150, lead=("Sở Tài chính",)),
                Expected(rows[2][1], 75, ">=", "%", period="2027", previous=71.5, lead=("Sở Nội vụ",)))
    found.append(Bed(_plan("years_without_nam", "Vĩnh Long", "Số: 33/KH-UBND", "ngày 11 tháng 2 năm 2026",
                           "Thực hiện các chỉ tiêu năm 2026 - 2027", "CÁC CHỈ TIÊU NĂM 2026 - 2027", table,
                           "'Ước 2025', 'Chỉ tiêu kế hoạch 2026', 'Dự kiến 2027', 'Cơ quan chủ trì theo dõi'"),
                     expected))
    return found
