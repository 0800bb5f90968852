"""Indicator tables, s44: figures in English notation and tables split by field, with the eighth bed.

The classes (fixtures written for the test; names and numbers made up):
- a table copied from a statistics export prints English notation ("12,345.6", "4.80"): "14,500" was read as 14,5
  and "1,275" (thousand people) as 1,275, "12,345.6" and "4.80" as no number; a figure with one separator before
  three digits ("1.200", "1,500") reads both ways, so it follows what its table's figures prove beyond doubt
  (``pipeline.stages.indicators.notations``: "12,345.6", "1.234.567", "12,5"; since the s44 review no lone "4.80"),
  and where they prove both, or nothing for a comma, it stays null with a warning (``indicator_notation_untold``);
- a plan's targets split by field into tables of one header, each under a numbered heading ("2. Các chỉ tiêu về xã
  hội"), copied as text one cell a line: the heading was read as the last cell of the row before it, which shifted
  its cells (the unit joined to the name, the estimate read as the unit, the plan as the estimate).
tests/indicator_layouts8.py (nine tables, 53 rows) holds them and other traits in six formats.
"""

from __future__ import annotations

import pytest

from indicator_layouts import assert_reads_the_bed_file, bed_files_of
from indicator_layouts8 import FORMATS, beds
from pipeline.stages import indicators
from test_report_tables import _PLAN, _document


@pytest.fixture(scope="module")
def bed_files(tmp_path_factory):
    return bed_files_of(tmp_path_factory, "indicator_bed8", beds(), FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bed", beds(), ids=lambda b: b.layout.name)
def test_every_target_of_the_eighth_bed_is_read(bed_files, bed, fmt):
    assert_reads_the_bed_file(bed_files, bed, fmt)


@pytest.mark.parametrize("cells, proven", [
    (["12,5", "1.234", "95%"], {"vn"}), (["1.234,5"], {"vn"}), (["1.234.567"], {"vn"}), (["0,125"], {"vn"}),
    (["1,234.5"], {"en"}), (["1,234,567"], {"en"}), (["Khoảng 8,5%", "1.200"], {"vn"}),
    (["1.234", "1,500", "95", "2026-2030", "27/63"], set()),  # one separator before three digits proves nothing
    (["Hoàn thành trong tháng 6.2026", "Chính phủ số 2.0", "1.200"], set()),
    # s44 review: a figure only English reads proves nothing ("0.5" a score, "2.0" a version, "12.2025" a month in a
    # Vietnamese table), and beside a decimal comma it takes that proof away: these said {"en"} or both
    (["4.80", "1,250"], set()), (["0.5"], set()), (["12,5", "3.75"], set()), (["-4.13", "95.5%", "1.200"], set()),
])
def test_what_a_documents_figures_prove(cells, proven):
    assert indicators.notations(cells) == proven


@pytest.mark.parametrize("printed, proven, read", [
    # a figure only one notation reads: read in it whatever the rest
    ("12,5", set(), "12,5"), ("1.234,5", {"en"}, "1.234,5"), ("1,234.5", set(), "1.234,5"),
    ("4.80", {"vn"}, "4,80"), ("Trên 1,310.8 triệu USD", set(), "Trên 1.310,8 triệu USD"),
    # one both read: as the document's other figures prove
    ("1.200", {"vn"}, "1.200"), ("1,500", {"vn"}, "1,500"), ("14,500", {"en"}, "14.500"), ("1.275", {"en"}, "1,275"),
    ("Từ 4,600 đến 4,800 USD", {"en"}, "Từ 4.600 đến 4.800 USD"),
    # proving nothing: a dot before three digits is the Vietnamese thousands, a comma is not told
    ("2.400", set(), "2.400"), ("1,500", set(), None), ("Khoảng 2,500 lượt", set(), None),
    # proving both: neither is told
    ("1.200", {"vn", "en"}, None), ("2,500", {"vn", "en"}, None),
    # whole numbers, ranges and places read as printed
    ("95", {"en"}, "95"), ("27/63", {"en"}, "27/63"), ("5,5-6%", {"vn"}, "5,5-6%"), ("2026-2030", set(), "2026-2030"),
])
def test_a_figure_in_vietnamese_notation(printed, proven, read):
    assert indicators.in_vn_notation(printed, frozenset(proven)) == read


_ENGLISH = [["1", "Hệ số ICOR", "lần", "4.80", "4.65"],
            ["2", "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", "12,345.6", "14,500"],
            ["3", "Dân số trung bình", "nghìn người", "1,250.5", "1,275"],
            ["4", "Số doanh nghiệp đang hoạt động", "doanh nghiệp", "3,120", "Trên 3,400"]]


@pytest.mark.parametrize("fmt", ["txt", "pipe.txt", "html", "docx"])
def test_a_table_in_english_notation_is_read_in_it(tmp_path, fmt):
    """"14,500" in a table that prints "12,345.6" and "4.80" is fourteen thousand five hundred (main read 14,5), "1,275"
    thousand people no 1,275, "Trên 3,400" more than 3400; "4.80" and "12,345.6" are numbers (main read none)."""
    doc = _document(tmp_path, fmt, [["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"]],
                    _ENGLISH, kind=_PLAN)
    assert [(i.previous_result, i.target, i.comparator) for i in doc.indicators] == [
        (4.8, 4.65, "="), (12345.6, 14500, "="), (1250.5, 1275, "="), (3120, 3400, ">")]
    assert [i.target_printed for i in doc.indicators] == ["4.65", "14,500", "1,275", "Trên 3,400"]  # as printed
    assert "indicator_notation_untold" not in [w.code for w in doc.warnings]


@pytest.mark.parametrize("fmt", ["txt", "html", "docx"])
def test_a_figure_both_notations_read_in_a_mixed_document_is_left_null_with_a_warning(tmp_path, fmt):
    """"12,5" proves the Vietnamese notation, "1,234.5" the English: "2,500" and "1.200" may be either (main read 2,5
    and 1200); the figures one notation reads are read."""
    rows = [["1", "Tốc độ tăng trưởng GRDP", "%", "7,25", "12,5"],
            ["2", "Kim ngạch xuất khẩu", "triệu USD", "1,234.5", "1,310.8"],
            ["3", "Số khách du lịch quốc tế", "lượt", "2,150", "2,500"],
            ["4", "Số hộ được hỗ trợ nhà ở", "hộ", "1.050", "1.200"]]
    doc = _document(tmp_path, fmt, [["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"]],
                    rows, kind=_PLAN)
    assert [(i.previous_result, i.target, i.target_printed) for i in doc.indicators] == [
        (7.25, 12.5, "12,5"), (1234.5, 1310.8, "1,310.8"), (None, None, "2,500"), (None, None, "1.200")]
    untold = [w.message for w in doc.warnings if w.code == "indicator_notation_untold"]
    assert len(untold) == 4 and "'2,150'" in untold[0] and "'1.200'" in untold[3]
    assert "indicator_target_unread" not in [w.code for w in doc.warnings]  # said once, by the notation's warning


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_a_document_in_vietnamese_notation_reads_a_comma_before_three_digits_as_a_decimal(tmp_path, fmt):
    """"1,250" beside "12,5" and "1.234,5": one and a quarter, and "1.200" twelve hundred, as before."""
    rows = [["1", "Hệ số sử dụng đất", "lần", "1,125", "1,250"],
            ["2", "Tổng mức bán lẻ hàng hóa", "tỷ đồng", "45.120,5", "49.800"],
            ["3", "Số hộ được hỗ trợ nhà ở", "hộ", "1.050", "1.200"]]
    doc = _document(tmp_path, fmt, [["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"]],
                    rows, kind=_PLAN)
    assert [(i.previous_result, i.target) for i in doc.indicators] == [(1.125, 1.25), (45120.5, 49800), (1050, 1200)]


def _fields_as_text(tmp_path, headings: list[str], empty: str = "\u00a0"):
    """A plan's targets in one table per field, each under its heading, copied as text one cell a line."""
    from pipeline.run import process
    from test_report_tables import _BACK, _front

    header = ["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026", "Ghi chú"]
    tables = [[["1", "Tốc độ tăng trưởng kinh tế", "%", "7,9", "8,2", empty],
               ["2", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "6.840,2", "7.200", empty]],
              [["1", "Tỷ lệ lao động qua đào tạo", "%", "69,5", "71", empty],
               ["2", "Số giường bệnh trên một vạn dân", "giường", "33,1", "34", "Không tính trạm y tế"]],
              [["1", "Tỷ lệ che phủ rừng", "%", "51,6", "52", empty]]]
    lines = [*_front(*_PLAN)]
    for heading, rows in zip(headings, tables):
        lines += [heading, *header, *(c for r in rows for c in r)]
    path = tmp_path / "doc.txt"
    path.write_text("\n\n".join([*lines, *_BACK]) + "\n", encoding="utf-8")
    return process(path)


@pytest.mark.parametrize("headings", [
    ["1. Các chỉ tiêu về kinh tế", "2. Các chỉ tiêu về xã hội", "3. Các chỉ tiêu về môi trường"],
    ["I. CHỈ TIÊU KINH TẾ", "II. CHỈ TIÊU XÃ HỘI", "III. CHỈ TIÊU MÔI TRƯỜNG"],
    ["A. Chỉ tiêu kinh tế", "B. Chỉ tiêu xã hội", "C. Chỉ tiêu môi trường"],
])
def test_a_heading_over_the_next_fields_header_is_no_cell_of_the_row_before(tmp_path, headings):
    """Main read "2. Các chỉ tiêu về xã hội" as the last cell of the row before it: that row's name took its unit,
    its estimate became the unit and its plan the estimate (7.200 as 2025's result, no target)."""
    doc = _fields_as_text(tmp_path, headings)
    assert [(i.name, i.unit, i.previous_result, i.target) for i in doc.indicators] == [
        ("Tốc độ tăng trưởng kinh tế", "%", 7.9, 8.2), ("Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 6840.2, 7200),
        ("Tỷ lệ lao động qua đào tạo", "%", 69.5, 71), ("Số giường bệnh trên một vạn dân", "giường", 33.1, 34),
        ("Tỷ lệ che phủ rừng", "%", 51.6, 52)]
    assert not doc.tasks
