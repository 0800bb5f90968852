"""Indicator tables, s41: targets in words, a change in another unit than the row's, signed figures, notes' marks.

The classes (fixtures written for the test; names and numbers made up):
- a fall to a level ("Giảm còn 2%", "Giảm xuống còn 1,8%", "Còn dưới 17%": the level, no change) and "≈ 30%" were
  left unread: "còn", "giảm còn", "giảm xuống (còn)", "hạ xuống (còn)" and "≈" are words of data/target_words.csv;
- a change printed in percent in a row counted in another unit ("Giảm 5%" in a row of "vụ") was read as a fall of 5
  accidents, and a figure in another scale ("15,5 nghìn người" in a row of "người") as 15,5 people: the row's one
  unit cannot hold the cell's, so the row keeps its unit with a warning (the reverted s40 round gave the row the
  cell's "%", so the row's printed results became percentages) and, since s42 (schema 0.25.0), the target holds
  the cell's figure in its own unit, ``target_unit`` (tests/test_schema_s42.py);
- a signed figure ("-4,13", "+9%", "−2,5") was no number; a text copy a cell a line joined "-120,5" and "-85" as a
  list's dashes;
- a note's mark raised after a figure and kept as a superscript character ("15²", "27⁽³⁾", "95%¹") was no
  number; a figure in brackets after a word ("Đạt (100%)") stays none (the s41 review: an assessment's share).
tests/indicator_layouts7.py (five tables, 35 rows) holds them in six formats.
"""

from __future__ import annotations

import pytest

from indicator_layouts import assert_reads_the_bed_file, bed_files_of
from indicator_layouts7 import FORMATS, beds
from pipeline.stages.indicators import read_target, target_in_name
from test_report_tables import _PLAN, _document


@pytest.fixture(scope="module")
def bed_files(tmp_path_factory):
    return bed_files_of(tmp_path_factory, "indicator_bed7", beds(), FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bed", beds(), ids=lambda b: b.layout.name)
def test_every_target_of_the_seventh_bed_is_read(bed_files, bed, fmt):
    assert_reads_the_bed_file(bed_files, bed, fmt)


@pytest.mark.parametrize("printed, value, comparator, unit", [
    ("Giảm còn 2%", 2, "=", "%"), ("giảm còn 2,5 %", 2.5, "=", "%"), ("Giảm xuống 1,8%", 1.8, "=", "%"),
    ("Giảm xuống còn 3%", 3, "=", "%"), ("Hạ xuống còn 0,9%", 0.9, "=", "%"),
    ("Còn dưới 17%", 17, "<", "%"), ("Giảm còn dưới 1,5%", 1.5, "<", "%"), ("Giảm xuống dưới 1%", 1, "<", "%"),
    ("còn khoảng 2%", 2, "~", "%"), ("Giảm còn 12‰", 12, "=", "‰"), ("GIẢM CÒN 2%", 2, "=", "%"),
    ("Giam con 2%", 2, "=", "%"),  # a page without tone marks
    ("Phấn đấu giảm còn 3%", 3, "=", "%"),
    ("≈ 30%", 30, "~", "%"), ("≈30", 30, "~", None), ("≈ 1.250,5 tỷ đồng", 1250.5, "~", "tỷ đồng"),
    ("khoảng 30%", 30, "~", "%"), ("Tối thiểu 80%", 80, ">=", "%"), ("Không quá 5%", 5, "<=", "%"),
    ("không quá 3,5 ‰", 3.5, "<=", "‰"),
])
def test_a_fall_to_a_level_and_an_approximate_value_are_read(printed, value, comparator, unit):
    target = read_target(printed)
    assert target is not None
    assert (target.value, target.comparator, target.unit, target.high, target.change) == (
        value, comparator, unit, None, None)


@pytest.mark.parametrize("printed", [
    "0,7% (còn 4,33%)",  # the fall and the level it leaves: two numbers
    "Giảm 1% còn 2%", "Còn", "Giảm còn", "Còn 2% cấp tỉnh, 3% cấp xã", "≈", "Không còn 2%",
    "Còn 4%", "Còn 12‰",  # "còn" alone: what is left, no level (the s41 review)
])
def test_a_fall_with_two_figures_or_none_is_not_read(printed):
    assert read_target(printed) is None


def test_a_level_after_a_fall_is_no_target_inside_a_name():
    """"còn" marks no target in an indicator's own words ("… còn 2% cuối năm" in a name stays the name's)."""
    assert target_in_name("Tỷ lệ hộ nghèo còn 2% cuối năm") is None


@pytest.mark.parametrize("printed, value, unit", [
    ("-4,13", -4.13, None), ("+9%", 9, "%"), ("−2,5", -2.5, None), ("-2,5", -2.5, None), ("–1,4", -1.4, None),
    ("−120,5", -120.5, None), ("-1.250", -1250, None), ("+0,8 %", 0.8, "%"), ("-3,2%", -3.2, "%"),
    ("-4,13(1)", -4.13, None),
])
def test_a_signed_figure_is_read_with_its_sign(printed, value, unit):
    target = read_target(printed)
    assert target is not None
    assert (target.value, target.comparator, target.unit, target.change) == (value, "=", unit, None)


@pytest.mark.parametrize("printed", ["-", "–", "+", "--5", "+-5", "- Giảm 5%", "-5 vụ", "Tăng -5%", "- 2,5\n- 3"])
def test_a_dash_alone_or_a_sign_before_words_is_no_figure(printed):
    assert read_target(printed) is None


@pytest.mark.parametrize("printed, value, comparator, unit", [
    ("15²", 15, "=", None), ("1.200(1)", 1200, "=", None), ("1.200⁽¹⁾", 1200, "=", None), ("95%¹", 95, "=", "%"),
    ("≥ 47%²", 47, ">=", "%"), ("34,7 ¹²", 34.7, "=", None), ("27 ³⁽ ⁾", 27, "=", None),  # a PDF's brackets apart
    ("Trên 90%³", 90, ">", "%"),
])
def test_a_note_mark_after_a_figure_and_a_figure_in_brackets_are_read(printed, value, comparator, unit):
    target = read_target(printed)
    assert target is not None
    assert (target.value, target.comparator, target.unit) == (value, comparator, unit)


@pytest.mark.parametrize("printed", [
    "10⁵",  # a power of ten, no note's mark
    "Không quá 10⁵",
    "m²",
    "Đạt (1)",  # a note's mark after a word: nothing left to read
    "Đạt (100%)", "đạt (95 %)", "Tối thiểu (80%)",  # a share in brackets after words: no value (the s41 review)
    "Đạt (100%) cấp tỉnh", "100 (95%)", "Đạt (90%, 95%)",
    "(1)", "(98,5%)",  # a bracket alone: a note's mark, or a share of something else
])
def test_a_power_of_ten_or_two_figures_are_not_read(printed):
    assert read_target(printed) is None


_CHANGE_IN_ANOTHER_UNIT = [["1", "Số vụ vi phạm lâm luật", "vụ", "86", "Giảm 10%"],
                           ["2", "Số thủ tục hành chính phải xử lý", "thủ tục", "1.420", "Giảm 10% so với năm 2025"],
                           ["3", "Tổng thu ngân sách", "tỷ đồng", "7.213,5", "Tăng 8 - 10%"],
                           ["4", "Lượt khách du lịch", "nghìn lượt", "2.150", "Tăng trên 12%"],
                           ["5", "Số lao động được tạo việc làm", "người", "15.200", "15,5 nghìn người"],
                           ["6", "Tỷ lệ xã đạt chuẩn", "%", "85", "40 xã"],
                           ["7", "Mức giảm tỷ lệ hộ nghèo", "điểm %", "1,2", "Giảm 1%"],
                           ["8", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.100", "1.200 doanh nghiệp"],
                           ["9", "Tỷ lệ che phủ rừng", "%", "43,5", "Tăng 0,5%"]]


@pytest.mark.parametrize("row, cell, other", [
    ("vụ", "%", True), ("người", "nghìn người", True), ("USD", "triệu USD", True), ("%", "xã", True), ("‰", "%", True),
    ("tấn", "tấn/ha", True), ("nghìn lượt", "lượt", True),
    ("điểm %", "%", False), ("%", "%/năm", False), ("Tỷ đồng", "tỷ đồng", False), ("doanh nghiệp", "doanh nghiệp mới", False),
    ("tỷ đồng", "tỷ", False), ("bác sĩ/vạn dân", "bác sĩ", False), ("%", "(đạt)", False), ("vụ", None, False),
    (None, "%", False),
])
def test_which_unit_a_cell_prints_is_another_than_its_rows(row, cell, other):
    from pipeline.stages.indicators import _other_unit

    assert _other_unit(row, cell) is other


@pytest.mark.parametrize("fmt", ["txt", "pipe.txt", "html", "docx"])
def test_a_target_in_another_unit_than_the_rows_is_held_in_its_own_unit_and_the_row_keeps_its_unit(tmp_path, fmt):
    """"Giảm 10%" in a row of "vụ" is a share of the accidents, no fall of 10 of them (main read 10 vụ); "15,5 nghìn
    người" in a row of "người" no 15,5 people; "40 xã" in a row of "%" no 40%. The row's unit and its results stay
    (86 vụ, never 86 %) with a warning; the target holds the cell's figure in the cell's unit (target_unit, s42);
    percentage points and a percent are alike, a count in the row's own unit is read."""
    doc = _document(tmp_path, fmt, [["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"]],
                    _CHANGE_IN_ANOTHER_UNIT, kind=_PLAN)
    got = [(i.name, i.unit, i.previous_result, i.target, i.target_high, i.comparator, i.change, i.target_unit)
           for i in doc.indicators]
    assert got == [("Số vụ vi phạm lâm luật", "vụ", 86, 10, None, "=", "decrease", "%"),
                   ("Số thủ tục hành chính phải xử lý", "thủ tục", 1420, 10, None, "=", "decrease", "%"),
                   ("Tổng thu ngân sách", "tỷ đồng", 7213.5, 8, 10, "range", "increase", "%"),
                   ("Lượt khách du lịch", "nghìn lượt", 2150, 12, None, ">", "increase", "%"),
                   ("Số lao động được tạo việc làm", "người", 15200, 15.5, None, "=", None, "nghìn người"),
                   ("Tỷ lệ xã đạt chuẩn", "%", 85, 40, None, "=", None, "xã"),
                   ("Mức giảm tỷ lệ hộ nghèo", "điểm %", 1.2, 1, None, "=", "decrease", None),
                   ("Số doanh nghiệp thành lập mới", "doanh nghiệp", 1100, 1200, None, "=", None, None),
                   ("Tỷ lệ che phủ rừng", "%", 43.5, 0.5, None, "=", "increase", None)]
    assert [i.target_printed for i in doc.indicators][:2] == ["Giảm 10%", "Giảm 10% so với năm 2025"]
    assert all(v.unit == i.unit for i in doc.indicators for v in i.values)  # every cell in the row's unit
    differs = [w.message for w in doc.warnings if w.code == "indicator_target_unit_differs"]
    assert len(differs) == 6 and "'%'" in differs[0] and "'vụ'" in differs[0] and "'nghìn người'" in differs[4]
    assert not [w for w in doc.warnings if w.code == "indicator_target_unread"]


def test_a_result_in_another_unit_gives_no_previous_result(tmp_path):
    """A report's estimate printed as a change in percent of a count ("Giảm 8%" of "vụ"): no result of 8 accidents."""
    doc = _document(tmp_path, "html", [["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"]],
                    [["1", "Số vụ cháy rừng", "vụ", "Giảm 8%", "20"]], kind=_PLAN)
    [indicator] = doc.indicators
    assert (indicator.unit, indicator.previous_result, indicator.target) == ("vụ", None, 20)


@pytest.mark.parametrize("fmt", ["txt", "pipe.txt", "html", "docx"])
def test_signed_figures_a_cell_a_line_stay_cells_of_their_own(tmp_path, fmt):
    """"-120,5" then "-85" a cell a line: two figures, no list of dashes joined in one cell (main joined them)."""
    doc = _document(tmp_path, fmt, [["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2024", "Ước thực hiện năm 2025",
                                     "Kế hoạch năm 2026"]],
                    [["1", "Bội chi ngân sách địa phương", "tỷ đồng", "-120,5", "-85", "-60"],
                     ["2", "Tốc độ tăng chỉ số sản xuất công nghiệp", "%", "-4,13", "+9%", "8 - 9"]], kind=_PLAN)
    assert [(i.previous_result, i.target, i.target_high, [v.value for v in i.values]) for i in doc.indicators] == [
        (-85, -60, None, [-120.5, -85, -60]), (9, 8, 9, [-4.13, 9, 8])]
