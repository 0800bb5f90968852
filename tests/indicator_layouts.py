"""A test bed of plans' target tables, written from how real plans lay them out (facts below), with the numbers each
row must give. tests/test_indicator_targets.py checks every layout in every format; scripts/evaluate_indicators.py
prints the figures.

Facts (read on stored pages of real plans and resolutions, reworded here; no page's text is copied):
- Targets tables: "STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm N-1 | Kế hoạch năm N", or one column per year of a
  five-year plan, or "Ước thực hiện" beside "Mục tiêu đến năm 2030"; a lone "Chỉ tiêu" column with the body in charge
  (a roadmap of goals: "Chỉ tiêu | Mục tiêu | Cơ quan chủ trì" with targets such as "Duy trì mức tăng 8 - 10% hàng
  năm").
- Targets are written "từ 10% trở lên", "đạt khoảng 24,96%", "5.400 - 5.500 USD" (a range), "dưới 4%", "giảm 1 - 1,5
  điểm %", "đạt tối thiểu 15%", "đạt 95%", bare numbers ("1.200"), and inside a criterion's own words ("Tỷ lệ … đạt
  trên 80%").
"""

from __future__ import annotations

from dataclasses import dataclass

from task_layouts.layouts import RECIPIENTS, SIGN_PROVINCE, _body, annex_intro, province_header
from task_layouts.spec import Layout, OtherTable, PageBreak

# The formats every layout is printed in (render.py's): the text forms, HTML and DOCX, and PDF printed from the DOCX by
# LibreOffice (left out where it is not installed).
FORMATS = ("txt", "pipe.txt", "bar.txt", "html", "docx", "pdf")


@dataclass(frozen=True)
class Expected:
    """What one indicator row must give (``Indicator``'s fields); None where the cell is not one number."""

    name: str
    target: float | None
    comparator: str | None = None
    unit: str | None = None
    high: float | None = None
    change: str | None = None
    period: str | None = None
    previous: float | None = None
    printed: str | None = None  # the target as printed (checked when given)
    lead: tuple[str, ...] | None = None  # the names of the bodies in charge of it (checked when given)
    target_unit: str | None = None  # the target cell's own unit, another than the row's ("50 xã" in a row of "%")


@dataclass(frozen=True)
class Bed:
    layout: Layout
    expected: tuple[Expected, ...]


def _plan(name: str, province: str, number: str, day: str, topic: str, annex_title: str, table: OtherTable,
          note: str, **extra) -> Layout:
    return Layout(name, **province_header(province, number, day), heading=("KẾ HOẠCH", topic),
                  parts=(*_body(topic.lower()), PageBreak(landscape=True),
                         *annex_intro("", annex_title, f"Kế hoạch {number.removeprefix('Số: ')} ngày {day.removeprefix('ngày ')} của UBND tỉnh {province}"),
                         table),
                  signature=SIGN_PROVINCE, recipients=RECIPIENTS, note=note, **extra)


def beds() -> list[Bed]:
    found = []

    # 1. A year's plan: the result of the year before and the plan's year, a unit column.
    rows = (("1", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình", "%", "72,5", "≥ 80%"),
            ("2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "97", "Trên 98%"),
            ("3", "Số hồ sơ được số hóa kết quả giải quyết", "hồ sơ", "1.050", "1.200"),
            ("4", "Tỷ lệ người dân hài lòng với dịch vụ hành chính công", "%", "88", "Tối thiểu 90%"),
            ("5", "Số thủ tục hành chính phải cắt giảm, đơn giản hóa", "thủ tục", "12", "Giảm 10%"),
            ("6", "Tỷ lệ cơ quan có hệ thống quản lý chất lượng", "%", "95", "Đạt 100%"),
            ("7", "Số vụ việc khiếu nại vượt cấp", "vụ", "3", "Không có"),
            ("8", "Tỷ lệ văn bản điện tử có chữ ký số", "%", "90", "90 – 95%"),
            ("9", "Tỷ lệ cán bộ cấp xã đạt chuẩn", "%", "85", "Đạt 90% cấp tỉnh, 80% cấp xã"))
    table = OtherTable(("STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026"), rows)
    expected = (Expected(rows[0][1], 80, ">=", "%", period="2026", previous=72.5, printed="≥ 80%"),
                Expected(rows[1][1], 98, ">", "%", period="2026", previous=97),
                Expected(rows[2][1], 1200, "=", "hồ sơ", period="2026", previous=1050),
                Expected(rows[3][1], 90, ">=", "%", period="2026", previous=88),
                # a fall of 10% of the procedures, which the row's unit cannot hold: never 10 of them (s41), a fall
                # of 10 in its own unit, "%" (target_unit, s42)
                Expected(rows[4][1], 10, "=", "thủ tục", change="decrease", period="2026", previous=12,
                         printed="Giảm 10%", target_unit="%"),
                Expected(rows[5][1], 100, "=", "%", period="2026", previous=95),
                Expected(rows[6][1], None, None, "vụ", period="2026", previous=3, printed="Không có"),
                Expected(rows[7][1], 90, "range", "%", high=95, period="2026", previous=90),
                Expected(rows[8][1], None, None, "%", period="2026", previous=85, printed="Đạt 90% cấp tỉnh, 80% cấp xã"))
    found.append(Bed(_plan("year_plan_unit", "Yên Bái", "Số: 21/KH-UBND", "ngày 20 tháng 1 năm 2026",
                           "Cải cách hành chính năm 2026", "CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2026", table,
                           "Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Kế hoạch năm 2026"), expected))

    # 2. A five-year plan: one column per year (the years before the plan's are results), the unit abbreviated.
    rows = (("1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "93,2", "94", "95", "96"),
            ("2", "Số lao động được tạo việc làm mới", "người", "17.800", "18.000", "18.500", "19.000"),
            ("3", "Tỷ lệ hộ nghèo theo chuẩn đa chiều", "%", "3,1", "Giảm 1 - 1,5", "Dưới 2", "Dưới 1,5"),
            ("4", "Tỷ lệ chất thải rắn đô thị được thu gom, xử lý", "%", "92", "95", "Từ 97% trở lên", "x"))
    table = OtherTable(("TT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026", "Năm 2027", "Năm 2028"), rows)
    expected = (Expected(rows[0][1], 96, "=", "%", period="2028", previous=93.2),
                Expected(rows[1][1], 19000, "=", "người", period="2028", previous=17800),
                Expected(rows[2][1], 1.5, "<", "%", period="2028", previous=3.1),
                # the furthest period's cell is a mark, not a number: no value, never the year before's
                Expected(rows[3][1], None, None, "%", period="2028", previous=92, printed="x"))
    found.append(Bed(_plan("year_columns", "Hà Giang", "Số: 35/KH-UBND", "ngày 15 tháng 2 năm 2026",
                           "Phát triển kinh tế - xã hội giai đoạn 2026 - 2028", "CÁC CHỈ TIÊU CHỦ YẾU", table,
                           "a column per year: 2025 (before the plan) a result, 2026-2028 targets; ĐVT"), expected))

    # 3. Estimated result and a goal for 2030, with the body in charge; targets with comparator words.
    rows = (("1", "Tỷ lệ xã đạt chuẩn nông thôn mới", "78%", "Tối thiểu 90%", "Sở Nông nghiệp và Môi trường"),
            ("2", "Tốc độ tăng năng suất lao động bình quân", "6,5%", "Khoảng 8,5%", "Sở Tài chính"),
            ("3", "Tỷ lệ thất nghiệp khu vực thành thị", "3,8%", "Dưới 3%", "Sở Nội vụ"),
            ("4", "GDP bình quân đầu người", "4.300 USD", "5.400 - 5.500 USD", "Sở Tài chính"),
            ("5", "Số bác sĩ trên một vạn dân", "12", "Từ 15 bác sĩ trở lên", "Sở Y tế"))
    table = OtherTable(("STT", "Chỉ tiêu", "Ước thực hiện năm 2025", "Mục tiêu đến năm 2030", "Cơ quan chủ trì"), rows)
    expected = (Expected(rows[0][1], 90, ">=", "%", period="2030", previous=78),
                Expected(rows[1][1], 8.5, "~", "%", period="2030", previous=6.5),
                Expected(rows[2][1], 3, "<", "%", period="2030", previous=3.8),
                Expected(rows[3][1], 5400, "range", "USD", high=5500, period="2030", previous=4300),
                Expected(rows[4][1], 15, ">=", "bác sĩ", period="2030", previous=12))
    found.append(Bed(_plan("goal_2030_lead", "Đồng Tháp", "Số: 88/KH-UBND", "ngày 3 tháng 3 năm 2026",
                           "Thực hiện các mục tiêu phát triển bền vững đến năm 2030", "CÁC CHỈ TIÊU ĐẾN NĂM 2030", table,
                           "Ước thực hiện năm 2025 | Mục tiêu đến năm 2030 | Cơ quan chủ trì"), expected))

    # 4. A lone "Chỉ tiêu" column: the target in the criterion's own words, read only when unambiguous.
    rows = (("1", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt trên 80%", "Sở Khoa học và Công nghệ"),
            ("2", "100% cơ quan hành chính cấp tỉnh kết nối liên thông văn bản điện tử", "Văn phòng UBND tỉnh"),
            ("3", "Tỷ lệ thanh toán trực tuyến đạt tối thiểu 50% trên tổng số giao dịch", "Sở Tài chính"),
            ("4", "Chỉ số hài lòng đạt 85% ở cấp tỉnh và 80% ở cấp xã", "Sở Nội vụ"),
            ("5", "Giảm ít nhất 20% thời gian giải quyết thủ tục hành chính", "Sở Tư pháp"))
    table = OtherTable(("STT", "Chỉ tiêu", "Cơ quan chủ trì"), rows)
    expected = (Expected(rows[0][1], 80, ">", "%", printed="đạt trên 80%"),
                Expected(rows[1][1], None),  # no comparator word before the percentage: not read
                Expected(rows[2][1], 50, ">=", "%", printed="đạt tối thiểu 50%"),
                Expected(rows[3][1], None),  # two percentages: not read
                Expected(rows[4][1], 20, ">=", "%", change="decrease", printed="Giảm ít nhất 20%"))
    found.append(Bed(_plan("targets_in_names", "Bình Định", "Số: 47/KH-UBND", "ngày 10 tháng 2 năm 2026",
                           "Chuyển đổi số năm 2026", "CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2026", table,
                           "a lone 'Chỉ tiêu' column: one percentage after a comparator word is read, else none"),
                     expected))

    # 5. Abbreviated headers ("Tên chỉ tiêu", "Ước TH 2025", "KH 2026"), group rows by field, a note column.
    rows = (("I", "CHỈ TIÊU VỀ KINH TẾ", "", "", "", ""),
            ("1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "7,2", "8 - 8,5", "Theo giá so sánh 2010"),
            ("2", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "5.210", "Trên 5.500", ""),
            ("II", "CHỈ TIÊU VỀ XÃ HỘI", "", "", "", ""),
            ("1", "Tỷ lệ lao động qua đào tạo", "%", "70,1", "≥72", ""),
            ("2", "Tỷ lệ hộ nghèo", "%", "2,9", "Giảm 0,5 - 1", "Theo chuẩn nghèo đa chiều"))
    table = OtherTable(("TT", "Tên chỉ tiêu", "ĐVT", "Ước TH 2025", "KH 2026", "Ghi chú"), rows)
    expected = (Expected(rows[0][1], None),
                Expected(rows[1][1], 8, "range", "%", high=8.5, period="2026", previous=7.2),
                Expected(rows[2][1], 5500, ">", "tỷ đồng", period="2026", previous=5210),
                Expected(rows[3][1], None),
                Expected(rows[4][1], 72, ">=", "%", period="2026", previous=70.1),
                Expected(rows[5][1], 0.5, "range", "%", high=1, change="decrease", period="2026", previous=2.9))
    found.append(Bed(_plan("abbreviated_groups", "Tây Ninh", "Số: 12/KH-UBND", "ngày 8 tháng 1 năm 2026",
                           "Phát triển kinh tế - xã hội năm 2026", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", table,
                           "'Tên chỉ tiêu', 'Ước TH 2025', 'KH 2026', group rows by field, a note column"), expected))
    return found


def judge(bed: Bed, indicators) -> dict[str, int]:
    """How a document's indicators compare with the bed's rows: ``rows`` expected, ``found`` (matched by name),
    ``right`` (every number and its meaning as expected, the target's own unit too), ``null_right`` (a cell that is not one number left null),
    ``wrong`` (a number where none was expected, or another number: a confident wrong value; a row the bed expects no
    indicator of, such as a commune's in a matrix, that gives a target counts too)."""
    by_name = {i.name: i for i in indicators}
    expected_names = {e.name for e in bed.expected}
    score = dict(rows=len(bed.expected), found=0, right=0, null_right=0,
                 wrong=sum(1 for i in indicators if i.name not in expected_names and i.target is not None))
    for e in bed.expected:
        got = by_name.get(e.name)
        if got is None:
            continue
        score["found"] += 1
        fields = (got.target, got.comparator, got.unit, got.target_high, got.change, got.target_period, got.previous_result,
                  got.target_unit)
        if fields == (e.target, e.comparator, e.unit, e.high, e.change, e.period, e.previous, e.target_unit):
            score["right"] += 1
            score["null_right"] += e.target is None
        elif got.target is not None and got.target != e.target:
            score["wrong"] += 1
    return score


def assert_reads_the_bed(doc, bed: Bed, fmt: str) -> None:
    """The test of a bed's layout in one format: every indicator it expects, its target, comparator, unit, range,
    change, period and previous result, its target as printed where the bed gives it, and no task."""
    found = [(i.name, i.target, i.comparator, i.unit, i.target_high, i.change, i.target_period, i.previous_result,
              i.target_unit) for i in doc.indicators]
    assert found == [(e.name, e.target, e.comparator, e.unit, e.high, e.change, e.period, e.previous, e.target_unit)
                     for e in bed.expected], f"{bed.layout.name}.{fmt}: {bed.layout.note}"
    printed = {i.name: i.target_printed for i in doc.indicators}
    assert all(printed[e.name] == e.printed for e in bed.expected if e.printed), f"{bed.layout.name}.{fmt}"
    leads = {i.name: tuple(m.name for m in i.lead) for i in doc.indicators}
    assert [leads[e.name] for e in bed.expected if e.lead is not None] == [
        e.lead for e in bed.expected if e.lead is not None], f"{bed.layout.name}.{fmt}: the bodies in charge"
    assert not doc.tasks  # a target table is no task table, nor is a matrix of communes


def bed_files_of(tmp_path_factory, name: str, beds: list[Bed], formats: tuple[str, ...]) -> dict:
    """A bed's layouts written in each format, {(layout name, format): path} (a module fixture's body); PDF only
    where LibreOffice is installed."""
    from task_layouts.render import build, libreoffice

    formats = formats if libreoffice() else tuple(f for f in formats if f != "pdf")
    return build(tmp_path_factory.mktemp(name), [b.layout for b in beds], formats)


def assert_reads_the_bed_file(bed_files: dict, bed: Bed, fmt: str) -> None:
    """assert_reads_the_bed on the bed's layout written in ``fmt`` (bed_files_of); skipped where it was not."""
    import pytest

    from pipeline.run import process

    if (bed.layout.name, fmt) not in bed_files:
        pytest.skip("PDF needs LibreOffice")
    assert_reads_the_bed(process(bed_files[bed.layout.name, fmt]), bed, fmt)
