"""A sixth bed of target tables: a header copied with its lower row only (a year's own column beside a plan and its
result whose year, printed above them, was lost), small figures a cell a line that run on from a row's number,
a target per body in three columns, and targets written as shares, ranges and changes against a year, in the
units per head or per thousand people plans print (facts below), with the numbers each row must give.
tests/test_indicator_sixth_bed.py checks every layout in every format (PDF included); scripts/evaluate_indicators.py
prints the figures.

Facts (read on stored pages of real plans and decisions, reworded here; no page's text is copied; every name and
number in the layouts below is made up):
- Plans of the year print "Chỉ tiêu | ĐVT | Năm 2025 | Năm 2026" with the later year over "Kế hoạch | Thực hiện"
  (or "Kế hoạch | Ước thực hiện"); a copy that keeps only the header's lower row reads "Năm 2025 | Kế hoạch | Thực
  hiện": the plan and its result belong to a year no longer printed, which is not 2025.
- Plans of a sector count what a commune or a school holds in small whole numbers ("2", "3", "1" schools, clinics,
  models): a cell a line, such a figure right after a row's number "1" looks like the next row's number.
- Decisions that assign targets list the bodies and each one's target in three columns ("STT | Đơn vị | Mục tiêu"
  or "Chỉ tiêu giao"), a share or a count per body.
- Targets are printed "≥ 95%", "100%", "Từ 5 - 7%", "Tăng 10% so với năm 2025", "Giảm 5% so với cùng kỳ", rates
  per head or per thousand people ("bác sĩ/vạn dân", "giường bệnh/vạn dân"), and a column per year of a
  five-year plan with the last year's target the one read.
"""

from __future__ import annotations

from indicator_layouts import Bed, Expected, _plan
from task_layouts.spec import OtherTable

# The text forms, HTML and DOCX, and PDF printed from the DOCX by LibreOffice.
FORMATS = ("txt", "pipe.txt", "bar.txt", "html", "docx", "pdf")

# A target per body (the bodies the rows, one column of shares): rows and the indicators they must give, shared by the
# tables headed "Mục tiêu" (tests/test_indicator_sixth_bed.py) and "Chỉ tiêu giao" (tests/test_table_leftovers_s35.py).
PER_BODY_ROWS = [["1", "Sở Y tế", "≥ 95%"], ["2", "Sở Giáo dục và Đào tạo", "100%"], ["3", "UBND xã Cẩm Xuyên", "Trên 85%"]]
PER_BODY_TARGETS = [("Sở Y tế", 95, ">=", "%"), ("Sở Giáo dục và Đào tạo", 100, "=", "%"), ("UBND xã Cẩm Xuyên", 85, ">", "%")]


def beds() -> list[Bed]:
    found = []

    # 1. The header's lower row only: 2025's figure, then a plan and its result whose year was printed above them.
    rows = (("1", "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình", "%", "61,5", "70", "72,4"),
            ("2", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.120", "1.200", "1.236"),
            ("3", "Tỷ lệ dân số có hồ sơ sức khỏe điện tử", "%", "88", "≥ 90", "91,2"))
    table = OtherTable(("STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Kế hoạch", "Thực hiện"), rows)
    # the year over the pair is not told: no target, no period; the told year's figure is the last result
    expected = tuple(Expected(r[1], None, None, r[2], previous=p) for r, p in zip(rows, (61.5, 1120, 88)))
    found.append(Bed(_plan("lower_row_only", "Hà Tĩnh", "Số: 31/KH-UBND", "ngày 20 tháng 1 năm 2026",
                           "Chuyển đổi số năm 2026", "CHỈ TIÊU CHUYỂN ĐỔI SỐ", table,
                           "'Năm 2025 | Kế hoạch | Thực hiện': the lower header row only, the pair's year lost"),
                     expected))

    # 2. Small whole numbers a cell a line: "2" right after the row's "1" is a value, not the next row's number.
    rows = (("1", "Số trường học đạt chuẩn quốc gia xây mới", "trường", "2", "3"),
            ("2", "Số trạm y tế xã được nâng cấp", "trạm", "3", "4"),
            ("3", "Số mô hình sản xuất nông nghiệp hữu cơ", "mô hình", "4", "6"),
            ("4", "Số chợ nông thôn được xây dựng", "chợ", "5", "5"))
    table = OtherTable(("STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026"), rows)
    expected = tuple(Expected(r[1], float(r[4]), "=", r[2], period="2026", previous=float(r[3])) for r in rows)
    found.append(Bed(_plan("small_counts", "Quảng Trị", "Số: 17/KH-UBND", "ngày 9 tháng 1 năm 2026",
                           "Xây dựng nông thôn mới năm 2026", "CÁC CHỈ TIÊU NĂM 2026", table,
                           "small counts '2', '3' a cell a line after the row's number"),
                     expected))

    # 3. A target per body in three columns: the bodies are the rows, the target column's header names the year.
    rows = (("1", "Sở Y tế", "≥ 95%"), ("2", "Sở Giáo dục và Đào tạo", "100%"),
            ("3", "Sở Tài chính", "Từ 90 - 95%"), ("4", "Ủy ban nhân dân xã Cẩm Xuyên", "Trên 85%"))
    table = OtherTable(("STT", "Đơn vị", "Mục tiêu năm 2026"), rows)
    expected = (Expected(rows[0][1], 95, ">=", "%", period="2026"),
                Expected(rows[1][1], 100, "=", "%", period="2026"),
                Expected(rows[2][1], 90, "range", "%", high=95, period="2026"),
                Expected(rows[3][1], 85, ">", "%", period="2026"))
    found.append(Bed(_plan("target_per_body", "Hà Tĩnh", "Số: 44/KH-UBND", "ngày 2 tháng 2 năm 2026",
                           "Số hóa hồ sơ thủ tục hành chính năm 2026", "CHỈ TIÊU GIAO CÁC CƠ QUAN, ĐƠN VỊ", table,
                           "'STT | Đơn vị | Mục tiêu năm 2026': a target per body"),
                     expected))

    # 4. The same with "Mục tiêu" alone (elsewhere an aim in words): its cells, each one target, make it the target.
    rows = (("1", "Ủy ban nhân dân xã Cẩm Xuyên", "≥ 90%"), ("2", "Ủy ban nhân dân phường Thành Sen", "100%"),
            ("3", "Ủy ban nhân dân xã Kỳ Anh", "Từ 85 - 90%"))
    table = OtherTable(("STT", "Đơn vị", "Mục tiêu"), rows)
    expected = (Expected(rows[0][1], 90, ">=", "%"), Expected(rows[1][1], 100, "=", "%"),
                Expected(rows[2][1], 85, "range", "%", high=90))
    found.append(Bed(_plan("goal_per_body", "Hà Tĩnh", "Số: 45/KH-UBND", "ngày 3 tháng 2 năm 2026",
                           "Thanh toán trực tuyến năm 2026", "CHỈ TIÊU GIAO CÁC XÃ, PHƯỜNG", table,
                           "'STT | Đơn vị | Mục tiêu': a goal's column whose cells are targets"),
                     expected))

    # 5. Shares, ranges and changes against a year; rates per head.
    rows = (("1", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", "96,1", "≥ 97%"),
            ("2", "Số bác sĩ", "bác sĩ/vạn dân", "11,8", "12,5"),
            ("3", "Số giường bệnh", "giường bệnh/vạn dân", "30,2", "Trên 32"),
            ("4", "Tốc độ tăng kim ngạch xuất khẩu", "%", "8,4", "Từ 5 - 7%"),
            ("5", "Tổng mức bán lẻ hàng hóa", "%", "9,1", "Tăng 10% so với năm 2025"),
            ("6", "Số vụ tai nạn giao thông", "%", "-4,2", "Giảm 5% so với cùng kỳ"))
    table = OtherTable(("TT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Chỉ tiêu năm 2026"), rows)
    expected = (Expected(rows[0][1], 97, ">=", "%", period="2026", previous=96.1),
                Expected(rows[1][1], 12.5, "=", "bác sĩ/vạn dân", period="2026", previous=11.8),
                Expected(rows[2][1], 32, ">", "giường bệnh/vạn dân", period="2026", previous=30.2),
                Expected(rows[3][1], 5, "range", "%", high=7, period="2026", previous=8.4),
                Expected(rows[4][1], 10, "=", "%", change="increase", period="2026", previous=9.1),
                # a negative figure is read with its sign since s41 (the row's unit is "%": a fall of 4,2%)
                Expected(rows[5][1], 5, "=", "%", change="decrease", period="2026", previous=-4.2))
    found.append(Bed(_plan("shares_and_changes", "Nghệ An", "Số: 08/KH-UBND", "ngày 6 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội năm 2026", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", table,
                           "'≥ 97%', 'Từ 5 - 7%', 'Tăng 10% so với năm 2025', 'bác sĩ/vạn dân'"),
                     expected))

    # 6. A column per year of a five-year plan, the first a result: the last year's target is read.
    rows = (("1", "Tỷ lệ đô thị hóa", "%", "42", "43", "44,5", "46", "48", "50"),
            ("2", "Tỷ lệ che phủ rừng", "%", "57,2", "57,3", "57,5", "≥ 57,5", "≥ 57,5", "58"),
            ("3", "Số xã đạt chuẩn nông thôn mới nâng cao", "xã", "12", "15", "18", "21", "24", "Từ 27 trở lên"))
    table = OtherTable(("STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029",
                        "Năm 2030"), rows)
    expected = (Expected(rows[0][1], 50, "=", "%", period="2030", previous=42),
                Expected(rows[1][1], 58, "=", "%", period="2030", previous=57.2),
                Expected(rows[2][1], 27, ">=", "xã", period="2030", previous=12))
    found.append(Bed(_plan("six_years", "Thanh Hóa", "Số: 52/KH-UBND", "ngày 25 tháng 2 năm 2026",
                           "Phát triển đô thị giai đoạn 2026 - 2030", "CÁC CHỈ TIÊU GIAI ĐOẠN 2026 - 2030", table,
                           "a column per year 2025-2030: 2025 a result, 2030's target read"),
                     expected))
    return found
