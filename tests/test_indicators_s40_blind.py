"""Indicator tables sampled in s40 (a blind round: main indicators of plans and reports of the year, read as numbers).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- the pages corpus holds few whole tables: searches for plans' main indicators, reform plans' indicator annexes,
  "đơn vị tính | ước thực hiện 2025 | kế hoạch 2026" and PAR INDEX/SIPAS targets gave mostly news of the national plan
  for 2026 (its 15 targets in prose: "từ 10% trở lên", "5.400 - 5.500 USD", "khoảng 24,96%", "dưới 4%", "giảm 1-1,5
  điểm %", "tối thiểu 15%"), a national report table of the year ("TT | Chỉ tiêu | Đơn vị | Kế hoạch | Ước thực hiện |
  Đánh giá": ranges "6,6-6,8", "Khoảng 4", "Dưới 3", a result in words "Xuất siêu", "- Trong đó:" parts, units "điểm",
  "giường bệnh"), a province's table of the year with no unit column ("Stt | Chỉ tiêu chủ yếu | TH | KH | Ước TH |
  Ghi chú", units in the names' brackets "(%)", "(USD)", "(triệu USD)", "(Tỷ đồng)", "(‰)", "(nghìn người)", a
  negative result "-4,13%", "0,7% (còn 4,33%)", "< 7,6", "7.213,5"), a city's targets in prose ("từ 80,4 triệu đồng
  đến 80,8 triệu đồng", "giảm 6,52% so với ước thực hiện năm 2017") and a statistics page with a column per year.
  tests/indicator_layouts7.py writes four tables of these kinds anew (three years and a comparison, units in the
  names, targets in words, a report of the year): 30 rows in six formats. Before this round, in the five formats
  other than PDF, 20 of 150 readings were lost or wrong:
  - a fall to a level ("Giảm còn 2%", "Còn dưới 17%") and "≈ 30%" were left unread (15 lost): "còn", "giảm còn",
    "giảm xuống (còn)" and "≈" are now words of data/target_words.csv, a fall to a level being the level (=, or the
    comparator after it), no change;
  - a change printed in percent in a row counted in another unit ("Giảm 5% so với năm 2025" in a row of "vụ") took
    the row's unit, a fall of 5 accidents (5 wrong): the cell's "%" is now its unit. The first bed's "Giảm 10%" in a
    row of "thủ tục" expected the same wrong unit; its truth is now "%".
Read right before and kept: three years and a comparison column ("So sánh KH 2026/ƯTH 2025 (%)", no target), group
rows "I", "II", "Tăng 8-8,5%", "Không dưới 22.500", "95(*)", "1.265,4", "‰", "Triệu USD", units in the names'
brackets, "< 10,6", "0,7% (còn 3,9%)" left unread, a negative result no number, a report's plan and estimate of one
year with "Đánh giá" in words, "Xuất siêu" no result, "- Trong đó:" rows, "Duy trì" left as printed.
Left as read: a negative figure ("-4,13", "+9%") is no number (the reader takes none, as before); "Đạt (100%)" with
the number in brackets is left unread.
"""

from __future__ import annotations

import pytest

from indicator_layouts import assert_reads_the_bed
from indicator_layouts7 import FORMATS, beds
from pipeline.stages.indicators import read_target
from task_layouts.render import libreoffice
from test_report_tables import _PLAN, _document


@pytest.fixture(scope="module")
def bed_files(tmp_path_factory):
    from task_layouts.render import build

    formats = FORMATS if libreoffice() else tuple(f for f in FORMATS if f != "pdf")
    return build(tmp_path_factory.mktemp("indicator_bed7"), [b.layout for b in beds()], formats)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bed", beds(), ids=lambda b: b.layout.name)
def test_every_target_of_the_seventh_bed_is_read(bed_files, bed, fmt):
    from pipeline.run import process

    if (bed.layout.name, fmt) not in bed_files:
        pytest.skip("PDF needs LibreOffice")
    assert_reads_the_bed(process(bed_files[bed.layout.name, fmt]), bed, fmt)


@pytest.mark.parametrize("printed, value, comparator, unit", [
    ("Giảm còn 2%", 2, "=", "%"), ("giảm còn 2,5 %", 2.5, "=", "%"), ("Giảm xuống 1,8%", 1.8, "=", "%"),
    ("Giảm xuống còn 3%", 3, "=", "%"), ("Còn 4%", 4, "=", "%"), ("Còn dưới 17%", 17, "<", "%"),
    ("Giảm còn dưới 1,5%", 1.5, "<", "%"), ("Còn 12‰", 12, "=", "‰"), ("GIẢM CÒN 2%", 2, "=", "%"),
    ("Giam con 2%", 2, "=", "%"),  # a page without tone marks
    ("≈ 30%", 30, "~", "%"), ("≈30", 30, "~", None), ("≈ 1.250,5 tỷ đồng", 1250.5, "~", "tỷ đồng"),
])
def test_a_fall_to_a_level_and_an_approximate_value_are_read(printed, value, comparator, unit):
    target = read_target(printed)
    assert target is not None
    assert (target.value, target.comparator, target.unit, target.high, target.change) == (
        value, comparator, unit, None, None)


@pytest.mark.parametrize("printed", [
    "0,7% (còn 4,33%)",  # the fall and the level it leaves: two numbers
    "Giảm 1% còn 2%", "Còn", "Giảm còn", "Còn 2% cấp tỉnh, 3% cấp xã", "≈",
])
def test_a_fall_with_two_figures_or_none_is_not_read(printed):
    assert read_target(printed) is None


def test_a_level_after_a_fall_is_no_target_inside_a_name():
    """"còn" marks no target in an indicator's own words ("… giảm còn 2%" in a name stays the name's)."""
    from pipeline.stages.indicators import target_in_name

    assert target_in_name("Tỷ lệ hộ nghèo còn 2% cuối năm") is None


_CHANGE_IN_PERCENT = [["1", "Số vụ tai nạn giao thông", "vụ", "212", "Giảm 5% so với năm 2025"],
                      ["2", "Số thủ tục hành chính", "thủ tục", "1.420", "Giảm 10%"],
                      ["3", "Tổng thu ngân sách", "tỷ đồng", "7.213,5", "Tăng 8 - 10%"],
                      ["4", "Lượt khách du lịch", "nghìn lượt", "2.150", "Tăng trên 12%"],
                      ["5", "Tỷ lệ hộ nghèo", "điểm %", "1,2", "Giảm 1%"],
                      ["6", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.100", "1.200"]]


@pytest.mark.parametrize("fmt", ["txt", "pipe.txt", "html", "docx"])
def test_a_change_in_percent_keeps_its_percent_whatever_the_row_counts(tmp_path, fmt):
    """A change printed in percent in a row counted in accidents, procedures, billions or visits: a share of them,
    never that many (main gave the row's unit); a row in percentage points keeps its unit; a count its own."""
    doc = _document(tmp_path, fmt, [["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"]],
                    _CHANGE_IN_PERCENT, kind=_PLAN)
    assert [(i.name, i.target, i.target_high, i.unit, i.change) for i in doc.indicators] == [
        ("Số vụ tai nạn giao thông", 5, None, "%", "decrease"), ("Số thủ tục hành chính", 10, None, "%", "decrease"),
        ("Tổng thu ngân sách", 8, 10, "%", "increase"), ("Lượt khách du lịch", 12, None, "%", "increase"),
        ("Tỷ lệ hộ nghèo", 1, None, "điểm %", "decrease"), ("Số doanh nghiệp thành lập mới", 1200, None,
                                                            "doanh nghiệp", None)]
    assert [i.unit for i in doc.indicators] == [v.unit for i in doc.indicators for v in i.values if v.kind == "target"]
