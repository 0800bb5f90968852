"""A third bed of plans' target tables: index components by year, digital-transformation roadmaps, targets in words
and ranks, money with its unit in the cell, and a matrix of communes by indicators, written from how real pages lay
them out (facts below), with the numbers each row must give. tests/test_indicator_third_bed.py checks every layout in
every format (PDF included); scripts/evaluate_indicators.py prints the figures.

Facts (read on stored pages of real plans, reports and news of them, reworded here; no page's text is copied; every
name and number in the layouts below is made up):
- A province's PAR INDEX is published as points out of 100 over eight fields and a rank among the 63 provinces ("85,98
  điểm, xếp thứ 55/63", "giảm 19 bậc so với năm 2023"); plans to raise it set each component's points beside last
  year's points and rank ("Điểm 2024 | Xếp hạng 2024 | Mục tiêu năm 2026") and the whole as a rank ("Top 20").
- PAPI is given in points with four decimals ("46,0415 điểm", out of 80) per component and year, and provinces are
  sorted into four groups ("nhóm đạt điểm cao nhất", "nhóm trung bình cao"): a group is no number. Its rank moves
  ("từ thứ hạng 51 lên thứ hạng 31", "tăng 20 bậc").
- Targets set as ranks: "thuộc top 4", "nâng xếp hạng lên 5 bậc", "lên từ 5 - 7 bậc", "trong nhóm 20 tỉnh dẫn đầu".
- Digital-transformation plans lay out their targets as a roadmap, a column per year ("Lộ trình" over "2026 | 2027 |
  2028"), in words: ranges ("60-70%"), "Đạt", "Hoàn thành", and a share reached over the years ("100% (lũy kế)").
- Amounts are often printed with their unit in the cell ("5.000 tỷ đồng", "Khoảng 20.000 tỷ đồng") when the table has
  no unit column, or leaves it blank for that row.
- Targets handed down to communes are printed as a matrix: a row per commune, a column per indicator ("Tỷ lệ hộ nghèo
  (%)", "Số hồ sơ trực tuyến"): each cell is a target of another indicator; a row is no indicator and no task.
"""

from __future__ import annotations

from indicator_layouts import Bed, Expected, _plan
from task_layouts.spec import OtherTable

# The text forms, HTML and DOCX, and PDF printed from the DOCX by LibreOffice.
FORMATS = ("txt", "pipe.txt", "bar.txt", "html", "docx", "pdf")
RANK = "hạng"  # the unit of a target that is a place in a ranking ("Top 20", "xếp thứ 27/63")


def beds() -> list[Bed]:
    found = []

    # 1. PAR INDEX components: last year's points and rank, a target per component; the whole's target a rank.
    rows = (("1", "Công tác chỉ đạo, điều hành cải cách hành chính", "9", "7,85", "35/63", "Trên 8,5"),
            ("2", "Cải cách thể chế", "10", "8,12", "41/63", "≥ 9"),
            ("3", "Cải cách thủ tục hành chính", "12", "10,9", "22/63", "11 - 11,5"),
            ("4", "Chỉ số cải cách hành chính của tỉnh", "100", "86,54", "38/63", "Top 20"))
    table = OtherTable(("STT", "Chỉ số thành phần", "Điểm tối đa", "Điểm 2024", "Xếp hạng 2024", "Mục tiêu năm 2026"),
                       rows)
    expected = (Expected(rows[0][1], 8.5, ">", None, period="2026", previous=7.85),
                Expected(rows[1][1], 9, ">=", None, period="2026", previous=8.12),
                Expected(rows[2][1], 11, "range", None, high=11.5, period="2026", previous=10.9),
                # the rank column is no result of the points, but a place is the result before a place ("38/63" under
                # "Xếp hạng 2024" before "Top 20": place 38)
                Expected(rows[3][1], 20, "<=", RANK, period="2026", previous=38, printed="Top 20"))
    found.append(Bed(_plan("index_components", "Sơn La", "Số: 17/KH-UBND", "ngày 14 tháng 1 năm 2026",
                           "Nâng cao Chỉ số cải cách hành chính năm 2026", "MỤC TIÊU CÁC CHỈ SỐ THÀNH PHẦN", table,
                           "'Chỉ số thành phần', 'Điểm 2024' beside its rank, a rank as the whole's target"), expected))

    # 2. PAPI by year: points with four decimals, a group that is no number, the rank by year.
    rows = (("1", "Tham gia của người dân ở cấp cơ sở", "5,0213", "5,1120", "5,2034", "Trên 5,3"),
            ("2", "Công khai, minh bạch trong ra quyết định", "5,3307", "5,4012", "5,3871", "Không dưới 5,5"),
            ("3", "Tổng điểm PAPI", "42,1357", "42,8910", "43,2051", "Đạt 44 điểm trở lên"),
            ("4", "Nhóm xếp loại", "Trung bình thấp", "Trung bình cao", "Trung bình cao", "Nhóm cao nhất"),
            ("5", "Thứ hạng chung", "Thứ 45/63", "Thứ 40/63", "Thứ 31/63", "Trong nhóm 20 tỉnh dẫn đầu"))
    table = OtherTable(("TT", "Lĩnh vực, chỉ số thành phần", "Năm 2023", "Năm 2024", "Năm 2025", "Mục tiêu năm 2026"),
                       rows)
    expected = (Expected(rows[0][1], 5.3, ">", None, period="2026", previous=5.2034),
                Expected(rows[1][1], 5.5, ">=", None, period="2026", previous=5.3871),
                Expected(rows[2][1], 44, ">=", "điểm", period="2026", previous=43.2051),
                Expected(rows[3][1], None, None, None, period="2026", printed="Nhóm cao nhất"),
                Expected(rows[4][1], 20, "<=", RANK, period="2026", previous=31))
    found.append(Bed(_plan("papi_by_year", "Phú Thọ", "Số: 26/KH-UBND", "ngày 2 tháng 2 năm 2026",
                           "Cải thiện Chỉ số PAPI năm 2026", "KẾT QUẢ VÀ MỤC TIÊU CHỈ SỐ PAPI", table,
                           "a year per column before the target; a group in words; 'Thứ 31/63' a rank"), expected))

    # 3. A digital-transformation roadmap: a column per year, ranges, words, a share reached over the years.
    rows = (("1", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "%", "60-70%", "70-80%", "100% (lũy kế)"),
            ("2", "Tỷ lệ hồ sơ công việc cấp xã xử lý trên môi trường mạng", "%", "80%", "90%", "Đạt"),
            ("3", "Hệ thống báo cáo số của tỉnh kết nối với Hệ thống báo cáo Chính phủ", "", "Hoàn thành", "", ""),
            ("4", "Tỷ trọng kinh tế số trong GRDP", "%", "12-15%", "15-20%", "Trên 20%"),
            ("5", "Doanh thu thương mại điện tử", "", "4.500 tỷ đồng", "5.000 tỷ đồng", "5.500 tỷ đồng"))
    table = OtherTable(("STT", "Chỉ tiêu", "Đơn vị tính", "Lộ trình 2026", "Lộ trình 2027", "Lộ trình 2028"), rows)
    expected = (Expected(rows[0][1], 100, "=", "%", period="2028", printed="100% (lũy kế)"),
                Expected(rows[1][1], None, None, "%", period="2028", printed="Đạt"),
                Expected(rows[2][1], None, None, None, period="2026", printed="Hoàn thành"),
                Expected(rows[3][1], 20, ">", "%", period="2028"),
                Expected(rows[4][1], 5500, "=", "tỷ đồng", period="2028"))
    found.append(Bed(_plan("dx_roadmap", "Bắc Ninh", "Số: 09/KH-UBND", "ngày 12 tháng 1 năm 2026",
                           "Chuyển đổi số giai đoạn 2026 - 2028", "LỘ TRÌNH CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ", table,
                           "a roadmap by year: '60-70%', 'Đạt', 'Hoàn thành', '100% (lũy kế)', amounts with units"),
                     expected))

    # 4. Targets in words and ranks beside last year's results; money with its unit in the cell.
    rows = (("1", "Xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "", "Xếp thứ 27/63", "Top 20"),
            ("2", "Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)", "", "Thứ hạng 31", "Trong nhóm 15 tỉnh dẫn đầu"),
            ("3", "Xếp hạng Chỉ số hài lòng (SIPAS)", "", "15/63", "Duy trì trong Top 10"),
            ("4", "Tổng vốn đầu tư toàn xã hội", "", "18.500 tỷ đồng", "Khoảng 20.000 tỷ đồng"),
            ("5", "Tốc độ tăng trưởng dư nợ tín dụng", "%", "12", "15-20%"),
            ("6", "Xây dựng cơ sở dữ liệu đất đai", "", "Đạt 80%", "Hoàn thành"),
            ("7", "Tỷ lệ hộ gia đình có cáp quang băng rộng", "%", "75", "100% (lũy kế)"),
            ("8", "Xếp hạng Chỉ số PAPI", "", "Nhóm trung bình cao", "Nhóm cao nhất"),
            ("9", "Xếp hạng Chỉ số PAR INDEX", "", "38/63", "Tăng 5 - 7 bậc"))
    table = OtherTable(("STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026"), rows)
    expected = (Expected(rows[0][1], 20, "<=", RANK, period="2026", previous=27),
                Expected(rows[1][1], 15, "<=", RANK, period="2026", previous=31),
                # "15/63" alone may be a rank or 15 of 63 communes: no number
                Expected(rows[2][1], 10, "<=", RANK, period="2026", previous=None),
                Expected(rows[3][1], 20000, "~", "tỷ đồng", period="2026", previous=18500),
                Expected(rows[4][1], 15, "range", "%", high=20, period="2026", previous=12),
                Expected(rows[5][1], None, None, None, period="2026", previous=80, printed="Hoàn thành"),
                Expected(rows[6][1], 100, "=", "%", period="2026", previous=75),
                Expected(rows[7][1], None, None, None, period="2026", printed="Nhóm cao nhất"),
                Expected(rows[8][1], 5, "range", "bậc", high=7, change="increase", period="2026"))
    found.append(Bed(_plan("ranks_and_words", "Thái Nguyên", "Số: 40/KH-UBND", "ngày 5 tháng 2 năm 2026",
                           "Thực hiện các chỉ tiêu năm 2026", "CÁC CHỈ TIÊU NĂM 2026", table,
                           "ranks ('Top 20', 'Xếp thứ 27/63', 'nhóm 15 tỉnh dẫn đầu'), units in cells, words"),
                     expected))

    # 5. Targets handed to communes: a row per commune, a column per indicator. No row is an indicator or a task.
    rows = (("1", "Xã Tân Lập", "2,1", "1.200", "95"), ("2", "Xã Hòa Bình", "3,4", "850", "93,5"),
            ("3", "Phường Đông Hải", "0,8", "2.400", "98"))
    table = OtherTable(("STT", "Xã, phường", "Tỷ lệ hộ nghèo (%)", "Số hồ sơ trực tuyến (hồ sơ)",
                        "Tỷ lệ dân số tham gia bảo hiểm y tế (%)"), rows)
    found.append(Bed(_plan("commune_matrix", "Quảng Ngãi", "Số: 63/KH-UBND", "ngày 19 tháng 3 năm 2026",
                           "Giao chỉ tiêu phát triển kinh tế - xã hội năm 2026 cho các xã, phường",
                           "CHỈ TIÊU GIAO CHO CÁC XÃ, PHƯỜNG NĂM 2026", table,
                           "a matrix: communes by indicators; no row is one indicator, no wrong number"), ()))

    # 6. The same matrix, its first column "Tên xã, phường" (a task's name elsewhere) and a share of those who take part
    # ("tham gia": a support body's column elsewhere): still no indicator, no task, no body.
    table = OtherTable(("STT", "Tên xã, phường", "Tỷ lệ hộ nghèo (%)", "Số hồ sơ trực tuyến (hồ sơ)",
                        "Tỷ lệ dân số tham gia bảo hiểm y tế (%)"), rows)
    found.append(Bed(_plan("commune_matrix_named", "Gia Lai", "Số: 71/KH-UBND", "ngày 24 tháng 3 năm 2026",
                           "Giao chỉ tiêu năm 2026 cho các xã, phường", "CHỈ TIÊU GIAO CHO CÁC XÃ, PHƯỜNG NĂM 2026", table,
                           "a matrix whose headers read as a task's name and a support column: no task, no body"), ()))
    return found
