"""Indicator tables, s45 review (rev2) of s45-indicators: the findings' inputs and variants (made up for the test).

- a cell merged across columns was matched to its row by the row's texts: two rows printing the same texts (one
  commune's "1 | Tỷ lệ trẻ em … | % | 98 | 100" with "100" over 2026-2027, another's with "100" under 2026 alone) shared
  one span, so the second read "2026-2027" (or, its twin merged over a result and a target, its right result nulled):
  spans are matched by position (``indicators.spans_of_rows``);
- a row copied as '|' text (cells ended by "|") short of a cell read its figures a year back with no warning: the
  short-row rule covered copies a cell a line only; now both (``indicators._short_of_a_value``);
- a score merged over two score columns that name no year ("Điểm tự đánh giá | Điểm thẩm định") was nulled with
  ``indicator_span_untold``: over columns of one kind and no year the first column's reading stands;
- a short row whose unit cell was dropped kept its first figure as the unit ("2.100.000"): a short row's unit cell that
  is a figure is no unit.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from task_layouts.render import convert, libreoffice
from test_indicators_s45 import _YEARS, _lines_document, _merged_document
from test_report_tables import _BACK, _PLAN, _front


def _read(doc):
    return [(i.name, i.target, i.comparator, i.target_period, i.previous_result) for i in doc.indicators]


def _codes(doc):
    return [w.code for w in doc.warnings]


# 1. rows printing the same texts each take their own merged cells

_CHILD = "Tỷ lệ trẻ em được tiêm chủng đầy đủ"


@pytest.mark.parametrize("fmt", ["html", "docx"])
@pytest.mark.parametrize("merged_first", [True, False], ids=["merged_first", "merged_second"])
def test_rows_printing_the_same_texts_each_take_their_own_span(tmp_path, fmt, merged_first):
    """The reviewer's table (merged_first): the second commune's "100" under 2026 alone read "2026-2027"."""
    merged = ["1", _CHILD, "%", "98", ("100", 2)]
    alone = ["1", _CHILD, "%", "98", "100", ""]
    first, second = (merged, alone) if merged_first else (alone, merged)
    rows = [["I", "Xã An Phú", "", "", "", ""], first, ["2", "Tỷ lệ hộ nghèo", "%", "3", "2,5", "2"],
            ["II", "Xã Mỹ Lộc", "", "", "", ""], second, ["2", "Tỷ lệ hộ nghèo", "%", "4", "3,5", "3"]]
    doc = _merged_document(tmp_path, fmt, [_YEARS], rows)
    periods = [i.target_period for i in doc.indicators if i.name == _CHILD]
    assert periods == (["2026-2027", "2026"] if merged_first else ["2026", "2026-2027"])
    assert all(i.target == 100 and i.previous_result == 98 for i in doc.indicators if i.name == _CHILD)


@pytest.mark.skipif(libreoffice() is None, reason="PDF needs LibreOffice")
def test_rows_printing_the_same_texts_each_take_their_own_span_in_a_pdf(tmp_path):
    """The reviewer's PDF form (c8 pdf_collide): the DOCX table converted by LibreOffice."""
    same = ["-", "Tỷ lệ (%)", "%", "100"]
    from docx import Document as Docx

    _merged_document(tmp_path, "docx", [_YEARS], [[*same, ("100", 2)], [*same, "100", ""]])
    document = Docx(tmp_path / "doc.docx")
    document.tables[0].style = "Table Grid"  # ruled, as a real table prints: the PDF's reader finds its cells
    document.save(tmp_path / "doc.docx")
    convert([tmp_path / "doc.docx"], "pdf", tmp_path)
    doc = process(tmp_path / "doc.pdf")
    assert [(i.target, i.target_period, i.previous_result) for i in doc.indicators] == [
        (100, "2026-2027", 100), (100, "2026", 100)]


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_three_rows_of_the_same_texts_the_middle_one_merged(tmp_path, fmt):
    same = ["-", "Tỷ lệ (%)", "%", "100"]
    rows = [[*same, "100", ""], [*same, ("100", 2)], [*same, "100", ""]]
    doc = _merged_document(tmp_path, fmt, [_YEARS], rows)
    assert [i.target_period for i in doc.indicators] == ["2026", "2026-2027", "2026"]


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_a_twin_merged_over_a_result_and_a_target_leaves_the_other_rows_result(tmp_path, fmt):
    """The reverse: the twin's span over "Ước thực hiện năm 2025 | Kế hoạch năm 2026" nulled the other's right 2025
    result with indicator_span_untold."""
    header = [["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm 2025", "Kế hoạch năm 2026", "Ghi chú"]]
    rows = [["1", "Huyện A", "", "", "", ""], ["", "Tỷ lệ (%)", "%", ("100", 2), ""],
            ["2", "Huyện B", "", "", "", ""], ["", "Tỷ lệ (%)", "%", "100", "", ""]]
    doc = _merged_document(tmp_path, fmt, header, rows)
    read = [(i.target, i.previous_result) for i in doc.indicators if i.name == "Tỷ lệ (%)"]
    assert read == [(None, None), (None, 100)]
    assert _codes(doc).count("indicator_span_untold") == 1


# 2. a row copied as '|' text short of a cell

_FULL = ["1", "Tỷ lệ che phủ rừng", "%", "51", "52", "53"]
_AFTER = ["3", "Tỷ lệ lao động qua đào tạo", "%", "70", "72", "75"]


def _pipe_document(tmp_path, header: list[str], rows: list[list[str]], form: str):
    """A plan whose table is copied as '|' text: "cell |" a line (pipecell), or the cell then a "|" line (barcell); a
    cell's "\\n" runs it over two lines."""
    cells = [c for row in [header, *rows] for c in row]
    lines = [f"{c} |" for c in cells] if form == "pipecell" else [x for c in cells for x in (c, "|")]
    path = tmp_path / "doc.txt"
    path.write_text("\n".join([*_front(*_PLAN), *lines, *_BACK]) + "\n", encoding="utf-8")
    return process(path)


_SHORT = [
    ["2", "Tỷ lệ hộ nghèo đa chiều", "%", "3,1", "Dưới 2"],  # the reviewer's: "Dưới 2" merged over 2026-2027
    ["2", "Số xã đạt chuẩn nông thôn mới", "xã", "45", "50"],  # the reviewer's: 2025's cell dropped
    ["2", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.050", "Trên 1.200"],
    ["2", "Tỷ lệ hộ dùng nước\nsạch", "%", "95"],  # two cells lacking, the name over two lines
]


@pytest.mark.parametrize("form", ["pipecell", "barcell"])
@pytest.mark.parametrize("short", _SHORT, ids=["merged_once", "dropped_2025", "comparator", "wrapped_two_lacking"])
def test_a_row_copied_as_pipe_text_short_of_a_year_gives_no_figure(tmp_path, form, short):
    doc = _pipe_document(tmp_path, _YEARS, [_FULL, short, _AFTER], form)
    assert _read(doc)[0] == ("Tỷ lệ che phủ rừng", 53, "=", "2027", 51)
    assert _read(doc)[2] == ("Tỷ lệ lao động qua đào tạo", 75, "=", "2027", 70)
    row = doc.indicators[1]
    assert (row.target, row.target_period, row.previous_result) == (None, None, None)
    assert all(v.value is None for v in row.values) and [v.printed for v in row.values] == short[3:]
    assert _codes(doc).count("indicator_row_short") == 1


@pytest.mark.parametrize("form", ["pipecell", "barcell"])
@pytest.mark.parametrize("row", [
    ["2", "Số xã đạt chuẩn nông thôn mới", "xã", "45", "50", ""],  # the empty cell printed: whole
    ["2", "Số xã đạt chuẩn\nnông thôn mới", "xã", "45", "50", "55"],  # a name over two lines: still whole
])
def test_a_whole_row_copied_as_pipe_text_reads_as_before(tmp_path, form, row):
    doc = _pipe_document(tmp_path, _YEARS, [_FULL, row, _AFTER], form)
    assert _read(doc)[1][1:] == ((55, "=", "2027", 45) if row[5] else (50, "=", "2026", 45))
    assert "indicator_row_short" not in _codes(doc)


# 3. a score merged over two score columns of no year

_SCORES = [["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định"]]


@pytest.mark.parametrize("fmt", ["html", "docx"])
@pytest.mark.parametrize("merged", ["7", "6,5"])
def test_a_score_merged_over_two_score_columns_is_the_score(tmp_path, fmt, merged):
    rows = [["1", "Công tác chỉ đạo, điều hành", "10", "9", "8,5"],
            ["2", "Cải cách thủ tục hành chính", "8", (merged, 2)],
            ["3", "Cải cách tổ chức bộ máy", "6", "5", "5"]]
    doc = _merged_document(tmp_path, fmt, _SCORES, rows)
    assert [i.previous_result for i in doc.indicators] == [8.5, float(merged.replace(",", ".")), 5]
    assert "indicator_span_untold" not in _codes(doc)


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_a_figure_merged_over_a_year_and_a_column_of_no_year_stays_untold(tmp_path, fmt):
    """Not this fix: of one kind, but one column names a year and the other none: which period, not told."""
    header = [["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2024", "Ước thực hiện", "Kế hoạch năm 2026"]]
    rows = [["1", "Tỷ lệ hộ nghèo", "%", ("3", 2), "2"], ["2", "Tỷ lệ che phủ rừng", "%", "50", "51", "52"]]
    doc = _merged_document(tmp_path, fmt, header, rows)
    assert doc.indicators[0].previous_result is None
    assert doc.indicators[1].previous_result == 51


# 4. a short row's unit cell that is a figure is no unit

@pytest.mark.parametrize("short, unit", [
    (["2", "Số khách du lịch", "2.100.000", "2.300.000", "2.500.000"], None),  # the reviewer's
    (["2", "Số xã đạt chuẩn nông thôn mới", "45", "50", "55"], None),
    (["2", "Tỷ lệ hộ nghèo (%)", "3,1", "Dưới 2", "1,5"], "%"),  # the name says its unit
])
def test_a_short_rows_unit_that_is_a_figure_is_none(tmp_path, short, unit):
    doc = _lines_document(tmp_path, _YEARS, [_FULL, short, _AFTER])
    row = doc.indicators[1]
    assert (row.name, row.unit, row.target, row.previous_result) == (short[1], unit, None, None)
    assert all(v.unit == unit and v.value is None for v in row.values)
    assert "indicator_row_short" in _codes(doc)


@pytest.mark.parametrize("form", ["pipecell", "barcell"])
def test_a_pipe_short_rows_unit_that_is_a_figure_is_none(tmp_path, form):
    short = ["2", "Số khách du lịch", "2.100.000", "2.300.000", "2.500.000"]
    doc = _pipe_document(tmp_path, _YEARS, [_FULL, short, _AFTER], form)
    assert (doc.indicators[1].unit, doc.indicators[1].target) == (None, None)


def test_a_short_rows_unit_that_is_a_unit_stays(tmp_path):
    short = ["2", "Diện tích trồng rừng mới", "ha", "120", "150"]
    doc = _lines_document(tmp_path, _YEARS, [_FULL, short, _AFTER])
    assert (doc.indicators[1].unit, doc.indicators[1].target) == ("ha", None)
