"""The second bed of target tables (tests/indicator_layouts2.py) in every format, PDF included, and the classes it
found: a comparison column ("KH 2026 so với ƯTH 2025 (%)") is no target; year columns beside a "Chỉ tiêu" column with
no unit column are periods, the unit in the name ("(tỷ đồng)"); a "Chỉ số" column names the rows; a footnote mark
glued to a target ("34,7(1)", "95%(2)", "70*") is no part of it; "Tăng 10% so với năm 2025" is a change; "8%/năm" a
rate per year; "Bình quân", "Hoàn thành" say nothing more than the number."""

from __future__ import annotations

import pytest

from indicator_layouts import assert_reads_the_bed_file, bed_files_of
from indicator_layouts2 import FORMATS, beds
from pipeline.stages.columns import column_role, columns_from, table_kind
from pipeline.stages import indicators
from pipeline.stages.indicators import read_target


@pytest.mark.parametrize("printed, value, comparator, unit, high, change", [
    ("34,7(1)", 34.7, "=", None, None, None), ("95%(2)", 95, "=", "%", None, None), ("Trên 70*", 70, ">", None, None, None),
    ("≥ 95% (*)", 95, ">=", "%", None, None), ("1.234,5 (3)", 1234.5, "=", None, None, None),
    ("Tăng 10% so với năm 2025", 10, "=", "%", None, "increase"), ("giam 5% so voi cung ky", 5, "=", "%", None, "decrease"),
    ("Tăng 3 - 5 bậc so với năm 2025", 3, "range", "bậc", 5, "increase"),
    ("Giảm 2% so với năm trước", 2, "=", "%", None, "decrease"),
    ("Bình quân 8%/năm", 8, "=", "%/năm", None, None), ("tăng 12%/năm", 12, "=", "%/năm", None, "increase"),
    ("Hoàn thành 100%", 100, "=", "%", None, None), ("Không dưới 44,5 điểm", 44.5, ">=", "điểm", None, None),
    ("Tối thiểu 02 sản phẩm", 2, ">=", "sản phẩm", None, None), ("Trên 60 triệu đồng", 60, ">", "triệu đồng", None, None),
])
def test_a_target_cell_in_words_or_with_a_mark_is_read(printed, value, comparator, unit, high, change):
    target = read_target(printed)
    assert target is not None
    assert (target.value, target.comparator, target.unit, target.high, target.change) == (value, comparator, unit, high, change)


@pytest.mark.parametrize("printed", [
    "95% so với năm 2025",  # a level measured against a year: no change word, nothing to read
    "Tăng 10% so với năm 2020 và 5% so với năm 2025",  # two changes
    "Nhóm trung bình cao",  # a group in words (ranks, "Top 10", are read since: tests/test_indicator_third_bed.py)
    "(1)", "*",  # a mark alone
    "Tăng 10% so với năm 2025, 2026",
])
def test_a_cell_that_is_still_not_one_number_is_not_read(printed):
    assert read_target(printed) is None


@pytest.mark.parametrize("name, unit", [
    ("Thu ngân sách nhà nước (tỷ đồng)", "tỷ đồng"), ("Tốc độ tăng trưởng (%)", "%"),
    ("Sản lượng lương thực (nghìn tấn)", "nghìn tấn"), ("Thu nhập bình quân (triệu đồng/người)", "triệu đồng/người"),
    ("San luong (nghin tan)", "nghin tan"),  # a page without tone marks
    ("Tốc độ tăng trưởng kinh tế (GRDP)", None), ("Chỉ số cải cách hành chính (PAR INDEX)", None),
    ("Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)", None), ("Tỷ lệ hộ nghèo", None), ("Giá trị (theo giá 2010)", None),
])
def test_the_unit_a_name_ends_with(name, unit):
    assert indicators.unit_in_name(name) == unit


@pytest.mark.parametrize("header", ["KH 2026 so với ƯTH 2025 (%)", "So sánh KH 2026/ƯTH 2025 (%)", "KH 2026/ƯTH 2025",
                                    "Kế hoạch năm 2026 so với thực hiện năm 2025", "Năm 2026/năm 2025 (%)",
                                    "Ước thực hiện năm 2025 so với kế hoạch (%)", "Tăng, giảm so với năm 2025 (%)"])
def test_a_comparison_of_two_periods_is_neither_result_nor_target(header):
    assert column_role(header) == "other"


@pytest.mark.parametrize("names, roles", [
    (["TT", "Chỉ tiêu", "Năm 2026", "Năm 2027", "Năm 2030"], ["number", "criterion", "period", "period", "period"]),
    (["STT", "Chỉ số", "Kết quả năm 2025", "Mục tiêu năm 2026", "Cơ quan chủ trì"],
     ["number", "criterion", "previous_result", "target", "lead"]),
])
def test_target_tables_with_units_in_names_or_indices(names, roles):
    columns = columns_from(names)
    assert [c.role for c in columns] == roles
    assert table_kind(roles) == "indicators"


def test_a_schedule_s_year_columns_stay_no_targets():
    """Year columns beside a task's column and bodies (a schedule) are not targets: only a column named as targets
    ("Chỉ tiêu") makes them periods."""
    roles = [c.role for c in columns_from(["STT", "Nội dung", "Cơ quan chủ trì", "Năm 2026", "Năm 2027"])]
    assert "period" not in roles and table_kind(roles) == "tasks"


# -- The bed: every layout in every format ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bed_files(tmp_path_factory):
    return bed_files_of(tmp_path_factory, "indicator_bed2", beds(), FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bed", beds(), ids=lambda b: b.layout.name)
def test_every_target_of_the_second_bed_is_read(bed_files, bed, fmt):
    assert_reads_the_bed_file(bed_files, bed, fmt)


def test_cells_that_are_not_one_number_are_warned_about(bed_files):
    from pipeline.run import process

    doc = process(bed_files["targets_in_words", "html"])
    unread = [w.message for w in doc.warnings if w.code == "indicator_target_unread"]
    assert len(unread) == 2
    assert "80% cấp tỉnh; 60% cấp xã" in unread[0] and "so với năm 2020 và 5%" in unread[1]


# -- Headers of years and of what their figures are -----------------------------------------------------------------


@pytest.mark.parametrize("header, role", [
    ("Năm 2026 (KH)", "target"), ("Năm 2025 (ước)", "previous_result"), ("Năm 2025 (ước TH)", "previous_result"),
    ("2025 (TH)", "previous_result"), ("Giai đoạn 2021-2025 (TH)", "previous_result"),
    ("Giai đoạn 2026 - 2030 (KH)", "target"), ("Dự kiến năm 2026", "target"), ("Phấn đấu năm 2026", "target"),
    ("Chỉ tiêu giao năm 2026", "target"), ("Kế hoạch 5 năm 2026-2030", "target"),
    # two lines: the lower names what the year above holds
    ("Năm 2025 / Kế hoạch", "target"), ("Năm 2025 / Ước thực hiện", "previous_result"), ("Năm 2025 / TH", "previous_result"),
    ("Kế hoạch giai đoạn 2026-2030 / Năm 2026", "period"),
    # a lower line that names another role, or none of a result or target, is as before
    ("Thời gian / Bắt đầu", "start"), ("Kinh phí / Ngân sách tỉnh", "budget"), ("Năm 2025 / Ghi chú", "note"),
    ("Dự kiến thời gian hoàn thành", "deadline"),
])
def test_the_headers_of_years_say_what_their_figures_are(header, role):
    assert column_role(header) == role


@pytest.mark.parametrize("printed, value, high, unit", [("10 ÷ 10,5", 10, 10.5, None), ("1.200÷1.300 doanh nghiệp", 1200, 1300, "doanh nghiệp"),
                                                        ("Giảm 1 ÷ 1,5%", 1, 1.5, "%")])
def test_a_range_printed_with_a_division_sign(printed, value, high, unit):
    target = read_target(printed)
    assert (target.value, target.high, target.comparator, target.unit) == (value, high, "range", unit)


_TWO_ROW_HEADER = [["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "", "Kế hoạch năm 2026", "KH 2026 so với ƯTH 2025 (%)"],
                   ["", "", "", "Kế hoạch", "Ước thực hiện", "", ""]]
_TWO_ROW_ROWS = [["1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "60", "62,5", "≥ 70", "112"],
                 ["2", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.100", "1.150", "1.200 ÷ 1.300", "104,3"]]


@pytest.mark.parametrize("fmt", ["html", "docx", "txt", "pipe.txt"])
def test_a_year_over_its_plan_and_estimate(tmp_path, fmt):
    """"Năm 2025" over "Kế hoạch | Ước thực hiện", then "Kế hoạch năm 2026" and a comparison: the estimate is the
    previous result, the plan of 2026 the target, the ratio neither. A copy as text keeps only the lower names ("Kế
    hoạch", "Ước thực hiện"): an estimate with no year is still the result (it was lost there before s32)."""
    from test_report_tables import _PLAN, _document

    doc = _document(tmp_path, fmt, _TWO_ROW_HEADER, _TWO_ROW_ROWS, kind=_PLAN)
    found = [(i.target, i.target_high, i.comparator, i.unit, i.target_period, i.previous_result) for i in doc.indicators]
    previous = (62.5, 1150)
    assert found == [(70, None, ">=", "%", "2026", previous[0]), (1200, 1300, "range", "doanh nghiệp", "2026", previous[1])]


# -- A note's mark typed as superscript after a figure ----------------------------------------------------------------

_MARKED_ROWS = [("1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "60", ("70", "1")),
                ("2", "Số giường bệnh trên một vạn dân", "giường", "32,5", ("34,7", "(2)")),
                ("3", "Diện tích rừng trồng mới", "ha", "1.200", ("1.500", "*")),
                ("4", "Lưu lượng nước cấp", "m3/s", "2", ("Trên 2,5", "")),
                ("5", "Diện tích sàn nhà ở bình quân", ("m", "2"), "25", ("27", ""))]  # an exponent after a letter
_MARKED_HEADER = ("STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026")
_FRONT = ("ỦY BAN NHÂN DÂN", "TỈNH HÒA BÌNH", "Số: 12/KH-UBND", "Hòa Bình, ngày 12 tháng 1 năm 2026", "KẾ HOẠCH",
          "Chuyển đổi số năm 2026")


def _marked_html(path):
    def cell(value):
        return f"<td>{value[0]}<sup>{value[1]}</sup></td>" if isinstance(value, tuple) and value[1] else \
            f"<td>{value[0] if isinstance(value, tuple) else value}</td>"
    rows = "".join("<tr>" + "".join(cell(v) for v in row) + "</tr>" for row in _MARKED_ROWS)
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in _MARKED_HEADER) + "</tr>"
    front = "".join(f"<p>{line}</p>" for line in _FRONT)
    path.write_text(f"<html><body>{front}<table border='1'>{head}{rows}</table><p>(1) Theo Nghị quyết của HĐND tỉnh.</p>"
                    "</body></html>", encoding="utf-8")


def _marked_docx(path):
    from docx import Document as Docx

    document = Docx()
    for line in _FRONT:
        document.add_paragraph(line)
    table = document.add_table(rows=len(_MARKED_ROWS) + 1, cols=len(_MARKED_HEADER))
    for j, name in enumerate(_MARKED_HEADER):
        table.cell(0, j).text = name
    for i, row in enumerate(_MARKED_ROWS, start=1):
        for j, value in enumerate(row):
            text, raised = value if isinstance(value, tuple) else (value, "")
            table.cell(i, j).text = text
            if raised:
                table.cell(i, j).paragraphs[0].add_run(raised).font.superscript = True
    document.save(path)


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_a_note_s_mark_raised_after_a_target_is_no_part_of_it(tmp_path, fmt):
    """"70¹" read as 701 was a confident wrong target; "1.500*" no number at all. A raised figure after a letter is an
    exponent and stays ("m²")."""
    from pipeline.run import process

    path = tmp_path / f"plan.{fmt}"
    (_marked_html if fmt == "html" else _marked_docx)(path)
    found = [(i.target, i.comparator, i.unit, i.target_printed) for i in process(path).indicators]
    assert found == [(70, "=", "%", "70"), (34.7, "=", "giường", "34,7"), (1500, "=", "ha", "1.500"),
                     (2.5, ">", "m3/s", "Trên 2,5"), (27, "=", "m2", "27")]


def test_a_raised_mark_after_a_figure_in_a_docx_paragraph_is_left_out(tmp_path):
    """The same in running text ("đạt 1.500¹ ha"); after a letter a raised figure stays as before: an exponent ("m³")
    or a mark glued to a word ("tỉnh²"), as the paragraph reader always read it."""
    from docx import Document as Docx

    from parsers import read

    document = Docx()
    paragraph = document.add_paragraph("Diện tích trồng rừng đạt 1.500")
    for raised, after in (("1", " ha, lưu lượng 3 m"), ("3", "/s; tỉnh"), ("2", "")):
        paragraph.add_run(raised).font.superscript = True
        paragraph.add_run(after)
    document.save(tmp_path / "body.docx")
    assert read(tmp_path / "body.docx").blocks[0].orig == "Diện tích trồng rừng đạt 1.500 ha, lưu lượng 3 m3/s; tỉnh2"


def test_a_unit_column_left_blank_falls_back_on_the_name_s_unit(tmp_path):
    """A unit column filled for some rows only: a blank cell takes the unit the name ends with, never a bracket of
    other words ("(GRDP)"); the estimate's ratio to its plan beside it is no result."""
    from test_indicator_targets import _html_plan

    from pipeline.run import process

    doc = process(_html_plan(tmp_path, ["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm 2025",
                                        "Ước thực hiện năm 2025 so với kế hoạch (%)", "Kế hoạch năm 2026"],
                             [["1", "Thu ngân sách nhà nước (tỷ đồng)", "", "5.210", "104,2", "5.500"],
                              ["2", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "7,2", "96", "8"],
                              ["3", "Tốc độ tăng trưởng kinh tế (GRDP)", "", "7,2", "96", "8"]]))
    assert [(i.target, i.unit, i.previous_result) for i in doc.indicators] == [(5500, "tỷ đồng", 5210), (8, "%", 7.2),
                                                                                (8, None, 7.2)]


@pytest.mark.parametrize("before, raised, after", [
    ("Tổng số vi khuẩn không quá 10", "5", " CFU/g"), ("Lưu lượng 1,5 x 10", "3", " m3/ngày"), ("Hệ số ≤ 10", "6", ""),
])
def test_a_raised_figure_after_ten_is_its_exponent_in_html_and_docx(tmp_path, before, raised, after):
    """"10⁵" in a technical annex is a power of ten: its raised figure is no note's mark, and stays where it was read
    (glued, as a raised figure the readers keep always was); after any other figure the mark is left out."""
    from docx import Document as Docx

    from parsers import read

    document = Docx()
    paragraph = document.add_paragraph(before)
    paragraph.add_run(raised).font.superscript = True
    paragraph.add_run(after)
    document.save(tmp_path / "body.docx")
    (tmp_path / "body.html").write_text(f"<html><body><p>{before}<sup>{raised}</sup>{after}</p></body></html>", encoding="utf-8")
    for name in ("body.docx", "body.html"):
        assert read(tmp_path / name).blocks[0].orig == f"{before}{raised}{after}", name
