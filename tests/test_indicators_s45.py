"""Indicator tables, s45: a figure merged across years, and a row copied a cell a line that lacks a cell.

The classes (fixtures written for the test; names and numbers made up), and tests/indicator_layouts9.py (five tables,
21 rows) in six formats:
- a target cell merged across year columns in HTML or DOCX ("Dưới 2" over "Năm 2026 | Năm 2027", "Trên 95%" over the
  last three years of a five-year plan, a value under "Giai đoạn 2026-2030" spanning its "Năm 2026 | Năm 2030") was
  the first year's target alone: it is the period's, from the first column's year to the last's
  (``pipeline.stages.indicators._period_across``); merged across a result and a target, or a column of no year, it
  is none of them: null with a warning (``indicator_span_untold``);
- a row copied a cell a line that prints fewer cells than the header has columns (a value merged across two years
  printed once, an empty cell the copy dropped) had its figures set in the columns in order: the year it lacks moved
  each later figure a year back ("45 | 50" read as 2025's result and 2026's target where they were 2026's and
  2027's). Where a result or target column is left empty it is not told which cell the row lacks: its figures are
  kept as printed, no value, with a warning (``indicator_row_short``); a row that prints its empty cells
  ("\u00a0"), or lacks only its note, reads as before;
- a header copied a cell a line whose last names are no column's words (a commune's, "Xã Tân Lập", beside the whole's
  target) read on into the first row: its "1" was taken for a figure of a header with no number column
  (``tables._first_row_before_figure``), so the communes' names became a row and each row's figures one cell ("95
  94 96" as the unit, the last commune's as the target); a header that names a number column opens its rows with it.
"""

from __future__ import annotations

import pytest

from indicator_layouts import assert_reads_the_bed_file, bed_files_of
from indicator_layouts9 import FORMATS, beds
from pipeline.run import process
from test_report_tables import _BACK, _PLAN, _front


@pytest.fixture(scope="module")
def bed_files(tmp_path_factory):
    return bed_files_of(tmp_path_factory, "indicator_bed9", beds(), FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bed", beds(), ids=lambda b: b.layout.name)
def test_every_target_of_the_ninth_bed_is_read(bed_files, bed, fmt):
    assert_reads_the_bed_file(bed_files, bed, fmt)

_YEARS = ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026", "Năm 2027"]


def _merged_document(tmp_path, fmt: str, header: list[list], rows: list[list]):
    """A plan with one table whose cells may be (text, columns spanned); a header cell (text, columns, rows)."""
    front, path = _front(*_PLAN), tmp_path / f"doc.{fmt}"
    spans = lambda row: [c if isinstance(c, tuple) else (c,) for c in row]  # noqa: E731
    if fmt == "html":
        def html(tag, row):
            return "<tr>" + "".join(f"<{tag} colspan='{c[1] if len(c) > 1 else 1}' rowspan='{c[2] if len(c) > 2 else 1}'>"
                                    f"{c[0]}</{tag}>" for c in spans(row)) + "</tr>"
        table = "".join(html("th", r) for r in header) + "".join(html("td", r) for r in rows)
        lines = lambda ls: "".join(f"<p>{line}</p>" for line in ls)  # noqa: E731
        path.write_text(f"<html><body>{lines(front)}<table border='1'>{table}</table>{lines(_BACK)}</body></html>",
                        encoding="utf-8")
        return process(path)
    from docx import Document as Docx

    document = Docx()
    for line in front:
        document.add_paragraph(line)
    width = sum(c[1] if len(c) > 1 else 1 for c in spans(header[0]))
    table = document.add_table(rows=len(header) + len(rows), cols=width)
    taken: set[tuple[int, int]] = set()
    for i, row in enumerate([*header, *rows]):
        j = 0
        for cell in spans(row):
            while (i, j) in taken:
                j += 1
            across, down = (cell[1] if len(cell) > 1 else 1), (cell[2] if len(cell) > 2 else 1)
            target = table.cell(i, j)
            if across > 1 or down > 1:
                target = target.merge(table.cell(i + down - 1, j + across - 1))
            target.text = cell[0]
            taken |= {(r, k) for r in range(i, i + down) for k in range(j, j + across)}
            j += across
    for line in _BACK:
        document.add_paragraph(line)
    document.save(path)
    return process(path)


def _read(doc):
    return [(i.name, i.target, i.comparator, i.target_period, i.previous_result) for i in doc.indicators]


_CASES = [
    # a value merged over the last two years of three
    ([_YEARS], [["1", "Tỷ lệ che phủ rừng", "%", "51", "52", "53"],
                ["2", "Tỷ lệ hộ nghèo đa chiều", "%", "3,1", ("Dưới 2", 2)]],
     [("Tỷ lệ che phủ rừng", 53, "=", "2027", 51), ("Tỷ lệ hộ nghèo đa chiều", 2, "<", "2026-2027", 3.1)]),
    # a five-year plan: the last three years under one figure, a row's last two under another
    ([["TT", "Chỉ tiêu", "Đơn vị tính", "2026", "2027", "2028", "2029", "2030"]],
     [["1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "94", "95", ("Trên 95%", 3)],
      ["2", "Số xã đạt chuẩn nông thôn mới nâng cao", "xã", "12", "15", "18", ("22", 2)],
      ["3", "Tỷ lệ trường đạt chuẩn quốc gia", "%", "70", "72", "74", "76", "80"]],
     [("Tỷ lệ dân số tham gia bảo hiểm y tế", 95, ">", "2028-2030", None),
      ("Số xã đạt chuẩn nông thôn mới nâng cao", 22, "=", "2029-2030", None),
      ("Tỷ lệ trường đạt chuẩn quốc gia", 80, "=", "2030", None)]),
    # a period's band over its years' columns, a figure merged over both
    ([[("STT", 1, 2), ("Chỉ tiêu", 1, 2), ("ĐVT", 1, 2), ("Thực hiện 2021-2025", 1, 2), ("Giai đoạn 2026-2030", 2)],
      ["Năm 2026", "Năm 2030"]],
     [["1", "Tỷ lệ đô thị hóa", "%", "31", "32", "36"],
      ["2", "Tỷ lệ lao động qua đào tạo", "%", "70", ("Từ 75% trở lên", 2)]],
     [("Tỷ lệ đô thị hóa", 36, "=", "2030", 31), ("Tỷ lệ lao động qua đào tạo", 75, ">=", "2026-2030", 70)]),
]


@pytest.mark.parametrize("fmt", ["html", "docx"])
@pytest.mark.parametrize("header, rows, expected", _CASES, ids=["two_years", "five_year_plan", "period_band"])
def test_a_figure_merged_across_years_is_the_periods(tmp_path, fmt, header, rows, expected):
    """Main read the merged figure as its first year's target ("2026", "2028", "2026"): the plan's later years had
    no target, the period's none."""
    doc = _merged_document(tmp_path, fmt, header, rows)
    assert _read(doc) == expected
    assert not doc.tasks


@pytest.mark.parametrize("fmt", ["html", "docx"])
@pytest.mark.parametrize("merged", [("100%", 2), ("Đạt 100%", 2), ("98", 2)])
def test_a_figure_merged_across_a_result_and_a_target_is_none_of_them(tmp_path, fmt, merged):
    """"100%" over "Ước thực hiện năm 2025 | Kế hoạch năm 2026": the year's result or its plan, not told (main read the
    2025 result, no target)."""
    header = [["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026", "Ghi chú"]]
    rows = [["1", "Tỷ lệ xã có trạm y tế đạt chuẩn", "%", merged, ""],
            ["2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "97", "98", ""]]
    doc = _merged_document(tmp_path, fmt, header, rows)
    assert [(i.name, i.target, i.previous_result) for i in doc.indicators] == [
        ("Tỷ lệ xã có trạm y tế đạt chuẩn", None, None), ("Tỷ lệ hồ sơ giải quyết đúng hạn", 98, 97)]
    assert [w.code for w in doc.warnings].count("indicator_span_untold") == 1


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_a_figure_merged_over_its_target_and_the_note_keeps_the_targets_year(tmp_path, fmt):
    header = [["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026", "Ghi chú"]]
    rows = [["1", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.050", ("1.200", 2)],
            ["2", "Tỷ lệ hộ dùng nước sạch", "%", "92", "95", "Theo chuẩn mới"]]
    doc = _merged_document(tmp_path, fmt, header, rows)
    assert _read(doc) == [("Số doanh nghiệp thành lập mới", 1200, "=", "2026", 1050),
                          ("Tỷ lệ hộ dùng nước sạch", 95, "=", "2026", 92)]
    assert "indicator_span_untold" not in [w.code for w in doc.warnings]


def _lines_document(tmp_path, header: list[str], rows: list[list[str]]):
    """A plan whose table is copied as text one cell a line (a paragraph a cell)."""
    path = tmp_path / "doc.txt"
    cells = [c for row in [header, *rows] for c in row]
    path.write_text("\n\n".join([*_front(*_PLAN), *cells, *_BACK]) + "\n", encoding="utf-8")
    return process(path)


_FULL = ["1", "Tỷ lệ che phủ rừng", "%", "51", "52", "53"]
_AFTER = ["3", "Tỷ lệ lao động qua đào tạo", "%", "70", "72", "75"]


@pytest.mark.parametrize("short", [
    ["2", "Số xã đạt chuẩn nông thôn mới", "xã", "45", "50"],  # 2025's cell dropped: 45 is 2026's, 50 2027's
    ["2", "Tỷ lệ hộ nghèo đa chiều", "%", "3,1", "Dưới 2"],  # "Dưới 2" merged over 2026-2027, printed once
    ["2", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.050", "Trên 1.200"],
    ["2", "Tỷ lệ hộ dùng nước sạch", "%", "95"],  # two cells lacking
])
def test_a_row_copied_a_cell_a_line_short_of_a_year_gives_no_figure(tmp_path, short):
    """Main set the short row's figures in the first years: 45 as 2025's result and 50 as 2026's target (they were
    2026's and 2027's), "Dưới 2" as 2026's alone."""
    doc = _lines_document(tmp_path, _YEARS, [_FULL, short, _AFTER])
    assert _read(doc) == [("Tỷ lệ che phủ rừng", 53, "=", "2027", 51), (short[1], None, None, None, None),
                          ("Tỷ lệ lao động qua đào tạo", 75, "=", "2027", 70)]
    row = doc.indicators[1]
    assert [v.printed for v in row.values] == short[3:] and all(v.value is None for v in row.values)
    codes = [w.code for w in doc.warnings]
    assert codes.count("indicator_row_short") == 1 and "indicator_target_unread" not in codes
    assert not doc.tasks


@pytest.mark.parametrize("rows", [
    # a copy that prints its empty cells: the row is whole, its empty year is empty
    [_FULL, ["2", "Số xã đạt chuẩn nông thôn mới", "xã", "45", "50", "\u00a0"], _AFTER],
    [_FULL, ["2", "Số xã đạt chuẩn nông thôn mới", "xã", "45", "50", "55"], _AFTER],
])
def test_a_whole_row_copied_a_cell_a_line_reads_as_before(tmp_path, rows):
    doc = _lines_document(tmp_path, _YEARS, rows)
    assert _read(doc)[1] == ("Số xã đạt chuẩn nông thôn mới", *((50, "=", "2026") if rows[1][5] != "55"
                                                               else (55, "=", "2027")), 45)
    assert "indicator_row_short" not in [w.code for w in doc.warnings]


def test_a_row_short_of_its_note_alone_reads_as_before(tmp_path):
    """A copy drops an empty note: every figure is there, the row reads whole."""
    header = ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026", "Ghi chú"]
    rows = [["1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "97", "98", "Theo dõi hằng quý"],
            ["2", "Số hồ sơ được số hóa", "hồ sơ", "1.050", "1.200"],
            ["3", "Tỷ lệ người dân hài lòng", "%", "88", "90", "Khảo sát độc lập"]]
    doc = _lines_document(tmp_path, header, rows)
    assert _read(doc) == [("Tỷ lệ hồ sơ giải quyết đúng hạn", 98, "=", "2026", 97),
                          ("Số hồ sơ được số hóa", 1200, "=", "2026", 1050),
                          ("Tỷ lệ người dân hài lòng", 90, "=", "2026", 88)]
    assert "indicator_row_short" not in [w.code for w in doc.warnings]


@pytest.mark.parametrize("places", [
    ["Xã Tân Lập", "Xã Hòa Bình", "Phường Bắc Sơn"],
    ["Huyện Kim Sơn", "Huyện Yên Mô", "Thành phố Tam Điệp"],
    ["Phường 1", "Phường 2"],
    ["Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc"],
])
def test_a_header_copied_a_cell_a_line_ends_at_its_first_rows_number(tmp_path, places):
    """Main ended the header at the first place's name ("1" after them taken for a figure of a header with no number
    column): the places became a row, each row's figures one unit cell, the last place's figure the target."""
    header = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026 toàn tỉnh", *places]
    figures = {"Tỷ lệ dân số tham gia bảo hiểm y tế": ("%", "95", "96,5"),
               "Số lao động được tạo việc làm mới": ("người", "1.200", "300"), "Tỷ lệ hộ nghèo": ("%", "1,8", "2")}
    rows = [[str(n), name, unit, whole, *[part] * len(places)]
            for n, (name, (unit, whole, part)) in enumerate(figures.items(), start=1)]
    doc = _lines_document(tmp_path, header, rows)
    assert [(i.name, i.unit, i.target, i.target_period) for i in doc.indicators] == [
        ("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 95, "2026"), ("Số lao động được tạo việc làm mới", "người", 1200, "2026"),
        ("Tỷ lệ hộ nghèo", "%", 1.8, "2026")]
    assert [c.name for c in doc.tables[0].columns] == header and not doc.tasks
