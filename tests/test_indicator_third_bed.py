"""The third bed of target tables (tests/indicator_layouts3.py) in every format, PDF included, and the classes it
found: a rank is a target of its own ("Top 20", "Xếp thứ 27/63", "Trong nhóm 20 tỉnh dẫn đầu": unit "hạng", the
place or no lower than it), read only where it is one whole place; "Chỉ số thành phần" names the rows of an index's
components, "Điểm 2024" is a result and the rank beside it none; "Lộ trình 2026" is a roadmap's year; an estimate
with no year under a year merged above it ("Năm 2025" over "Kế hoạch | Ước thực hiện") is the previous result, in a
copy as text too; a matrix of communes by indicators gives no indicator and no task."""

from __future__ import annotations

import pytest

from indicator_layouts import assert_reads_the_bed_file, bed_files_of
from indicator_layouts3 import FORMATS, RANK, beds
from pipeline.stages.columns import column_role
from pipeline.stages.indicators import read_target


@pytest.mark.parametrize("printed, value, comparator", [
    ("Top 20", 20, "<="), ("TOP 10", 10, "<="), ("Duy trì trong Top 10", 10, "<="), ("Top 10 cả nước", 10, "<="),
    ("Trong nhóm 20 tỉnh dẫn đầu", 20, "<="), ("Nhóm 20 tỉnh dẫn đầu", 20, "<="), ("Thuộc nhóm 15 địa phương dẫn đầu", 15, "<="),
    ("nam trong nhom 10 tinh thanh pho dan dau", 10, "<="),  # a page without tone marks
    ("Top 10 tỉnh, thành phố dẫn đầu", 10, "<="), ("Vào top 30", 30, "<="), ("Đứng thứ 10 cả nước", 10, "="),
    ("Xếp thứ 27/63", 27, "="), ("Xếp thứ 27", 27, "="), ("Thứ 31/63", 31, "="), ("Thứ hạng 31", 31, "="),
    ("xếp hạng 15/63", 15, "="), ("Hạng 8", 8, "="),
])
def test_a_place_in_a_ranking_is_a_target_in_places(printed, value, comparator):
    target = read_target(printed)
    assert target is not None
    assert (target.value, target.comparator, target.unit, target.high, target.change) == (value, comparator, RANK, None, None)


@pytest.mark.parametrize("printed", [
    "15/63",  # a place or 15 of 63 communes: no rank word, no number
    "Top 4 ASEAN", "Trong nhóm 20 tỉnh", "Trong nhóm 20 tỉnh có điểm cao nhất",  # words beside the place: of what?
    "Top 10%", "Top 10 - 15", "Tăng 5 bậc, top 20", "Thu 5.000", "Thứ 2,5", "Nhóm cao nhất", "Nhóm trung bình cao",
    "Xếp thứ 27/63 và top 20", "Xếp thứ 20 so với năm 2025",
    # the s32 review: a class ("Nhóm 2": a unit's autonomy group) and words folded like a rank's ("Thu": revenue,
    # "Hàng", "Thủ") had become places in a ranking
    "Nhóm 2", "Nhóm 3", "Thuộc nhóm 1", "Thu 450", "Hàng 100", "Thủ 5",
])
def test_a_rank_beside_anything_else_is_not_read(printed):
    assert read_target(printed) is None


@pytest.mark.parametrize("printed, value, comparator, unit, high, change", [
    ("Tăng 3 - 5 bậc", 3, "range", "bậc", 5, "increase"),  # a change of places stays a change in places ("bậc")
    ("Trên 20 tỉnh", 20, ">", "tỉnh", None, None), ("95% cả nước", 95, "=", "%", None, None),
    ("100% (lũy kế)", 100, "=", "%", None, None), ("15-20%", 15, "range", "%", 20, None),
    ("5.000 tỷ đồng", 5000, "=", "tỷ đồng", None, None), ("Khoảng 20.000 tỷ đồng", 20000, "~", "tỷ đồng", None, None),
])
def test_other_targets_beside_the_rank_words_are_read_as_before(printed, value, comparator, unit, high, change):
    target = read_target(printed)
    assert (target.value, target.comparator, target.unit, target.high, target.change) == (value, comparator, unit, high, change)


@pytest.mark.parametrize("header, role", [
    ("Chỉ số thành phần", "criterion"), ("Lĩnh vực, chỉ số thành phần", "criterion"), ("Điểm 2024", "period"),
    ("Các chỉ số thành phần", "criterion"), ("Chỉ số thành phần PCI", "criterion"),
    ("Xếp hạng 2024", "rank"), ("Thứ hạng năm 2025", "rank"), ("Xếp hạng", "rank"), ("Năm 2024 / Xếp hạng", "rank"),
    ("Hạng 2024", "rank"), ("Hàng năm", "other"), ("Xếp hạng Chỉ số PCI", "other"), ("Lộ trình 2026", "period"), ("Lộ trình năm 2027", "period"),
    ("Lộ trình đến năm 2030", "period"), ("Lộ trình giai đoạn 2026 - 2028", "period"),
    ("Ước thực hiện", "previous_result"), ("Ước TH", "previous_result"),
    ("Lộ trình thực hiện", "deadline"), ("Lộ trình", "deadline"),  # a task's roadmap: when it is done, as before
    ("Tỷ lệ dân số tham gia bảo hiểm y tế (%)", "other"), ("Tỷ lệ đơn vị phối hợp", "other"),  # a share, no bodies
    ("Đơn vị tham gia", "support"), ("Cơ quan phối hợp", "support"), ("Tỷ lệ hoàn thành", "status"),
])
def test_the_headers_of_index_components_and_roadmaps(header, role):
    assert column_role(header) == role


# -- The bed: every layout in every format ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bed_files(tmp_path_factory):
    return bed_files_of(tmp_path_factory, "indicator_bed3", beds(), FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bed", beds(), ids=lambda b: b.layout.name)
def test_every_target_of_the_third_bed_is_read(bed_files, bed, fmt):
    assert_reads_the_bed_file(bed_files, bed, fmt)


def test_a_rank_keeps_its_unit_whatever_the_row_s_unit(tmp_path):
    """A row of points whose target is a rank: the target's unit is "hạng", the points' "điểm"."""
    from test_indicator_targets import _html_plan

    from pipeline.run import process

    doc = process(_html_plan(tmp_path, ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026"],
                             [["1", "Chỉ số PAPI", "điểm", "43,2051", "Top 20"]]))
    (indicator,) = doc.indicators
    assert (indicator.target, indicator.comparator, indicator.unit, indicator.previous_result) == (20, "<=", RANK, 43.2051)
    assert [v.unit for v in indicator.values] == ["điểm", RANK]


def test_words_that_are_no_target_are_kept_with_no_warning(bed_files):
    """"Đạt", "Hoàn thành", "Nhóm cao nhất" hold no digit: kept as printed, no value, no warning."""
    from pipeline.run import process

    doc = process(bed_files["ranks_and_words", "html"])
    assert not [w for w in doc.warnings if w.code == "indicator_target_unread"]
    assert {i.target_printed for i in doc.indicators if i.target is None} == {"Hoàn thành", "Nhóm cao nhất"}


_ESTIMATE_HEADER = [["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "", "Kế hoạch năm 2026"],
                    ["", "", "", "Kế hoạch", "Ước thực hiện", ""]]
_ROADMAP_HEADER = [["STT", "Chỉ tiêu", "Đơn vị tính", "Lộ trình thực hiện", "", ""], ["", "", "", "2026", "2027", "2028"]]
_ROWS = [["1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "60", "62,5", "≥ 70"],
         ["2", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.100", "1.150", "1.200 ÷ 1.300"]]


@pytest.mark.parametrize("fmt", ["html", "docx", "txt", "pipe.txt"])
def test_an_estimate_under_its_year_is_the_previous_result_in_every_form(tmp_path, fmt):
    """"Năm 2025" over "Kế hoạch | Ước thực hiện": a copy as text keeps only the lower names; "Ước thực hiện" with no
    year is still an estimate, the result before the target (its year unknown there)."""
    from test_report_tables import _PLAN, _document

    doc = _document(tmp_path, fmt, _ESTIMATE_HEADER, _ROWS, kind=_PLAN)
    found = [(i.target, i.target_high, i.comparator, i.target_period, i.previous_result) for i in doc.indicators]
    assert found == [(70, None, ">=", "2026", 62.5), (1200, 1300, "range", "2026", 1150)]


@pytest.mark.parametrize("fmt", ["html", "docx", "txt", "pipe.txt"])
def test_a_roadmap_over_its_years_gives_the_furthest_year_s_target(tmp_path, fmt):
    from test_report_tables import _PLAN, _document

    doc = _document(tmp_path, fmt, _ROADMAP_HEADER, _ROWS, kind=_PLAN)
    found = [(i.target, i.target_high, i.comparator, i.target_period) for i in doc.indicators]
    assert found == [(70, None, ">=", "2028"), (1200, 1300, "range", "2028")]


@pytest.mark.parametrize("whole, parts", [(("Top 20", "Xếp thứ 27/63"), ("2,5", "3")), (("6", "5,5"), ("Top 10", "3"))])
def test_places_in_a_ranking_are_not_added_up(tmp_path, whole, parts):
    """A score table whose whole (or a part) has a rank as its target or result: no sum mismatch for places; the
    maximum scores are still checked."""
    from test_indicator_targets import _html_plan

    from pipeline.run import process

    doc = process(_html_plan(tmp_path, ["STT", "Tiêu chí", "Điểm tối đa", "Điểm năm 2025", "Mục tiêu năm 2026"],
                             [["1", "Công tác chỉ đạo, điều hành", "6", whole[1], whole[0]],
                              ["1.1", "Ban hành kế hoạch năm", "2,5", "2,5", parts[0]],
                              ["1.2", "Tổ chức kiểm tra", "3,5", "3", parts[1]]]))
    assert [i.code for i in doc.indicators] == ["1", "1.1", "1.2"]
    assert not [w.message for w in doc.warnings if w.code == "indicator_sum_mismatch"]


_SCORE_AND_RANK = [["STT", "Chỉ số thành phần", "Năm 2023", "", "Năm 2024", "", "Mục tiêu năm 2026"],
                   ["", "", "Điểm", "Xếp hạng", "Điểm", "Thứ hạng", ""]]
_COMPONENTS = [["1", "Chi phí gia nhập thị trường", "6,85", "35", "7,02", "28", "Trên 7,2"],
               ["2", "Tiếp cận đất đai", "6,10", "41", "6,33", "37", "Top 20"]]


@pytest.mark.parametrize("fmt", ["html", "docx", "txt", "pipe.txt"])
def test_a_year_over_its_points_and_rank_gives_the_points_as_the_result(tmp_path, fmt):
    """"Năm 2024" over "Điểm | Xếp hạng": the rank under the year is no result of the points (it was read as the
    year's result: previous_result 28, a place, for a target of 7,2 points), but it is kept among the values, in
    places, and a place is the result before a target that is one ("Top 20" after place 37). A copy as text keeps
    "Điểm" alone, which may be a rubric's maximum: no result there."""
    from test_report_tables import _PLAN, _document

    doc = _document(tmp_path, fmt, _SCORE_AND_RANK, _COMPONENTS, kind=_PLAN)
    found = [(i.target, i.comparator, i.unit, i.previous_result) for i in doc.indicators]
    assert found == [(7.2, ">", None, 7.02 if fmt in ("html", "docx") else None), (20, "<=", RANK, 37)]
    places = [[(v.value, v.unit, v.kind, v.period) for v in i.values if v.unit == RANK and v.kind == "result"]
              for i in doc.indicators]
    years = ("2023", "2024") if fmt in ("html", "docx") else (None, None)
    assert places == [[(35, RANK, "result", years[0]), (28, RANK, "result", years[1])],
                      [(41, RANK, "result", years[0]), (37, RANK, "result", years[1])]]


_RANKS_BY_YEAR = [["STT", "Chỉ số", "Xếp hạng 2024", "Xếp hạng 2025", "Mục tiêu năm 2026"]]
_RANKED = [["1", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "35/63", "28/63", "Top 20"],
           ["2", "Chỉ số hài lòng của người dân (SIPAS)", "41", "37", "Trên 85%"],
           ["3", "Chỉ số chuyển đổi số (DTI)", "12,5", "Tăng 3 bậc", "Top 10"]]


@pytest.mark.parametrize("fmt", ["html", "docx", "txt", "pipe.txt"])
def test_rank_columns_by_year_are_kept_as_places(tmp_path, fmt):
    """"Xếp hạng 2024 | Xếp hạng 2025" (indicators3 left them out: 'other'): each year's place is a value in places,
    the last the previous result of a target that is a place; never of a target in another measure (the SIPAS share);
    a cell that is no whole place ("12,5", "Tăng 3 bậc") is kept as printed with no value."""
    from test_report_tables import _PLAN, _document

    doc = _document(tmp_path, fmt, _RANKS_BY_YEAR, _RANKED, kind=_PLAN)
    found = [(i.target, i.comparator, i.unit, i.previous_result) for i in doc.indicators]
    assert found == [(20, "<=", RANK, 28), (85, ">", "%", None), (10, "<=", RANK, None)]
    assert [[(v.period, v.kind, v.value) for v in i.values if v.unit == RANK and v.kind == "result"]
            for i in doc.indicators] == [[("2024", "result", 35), ("2025", "result", 28)],
                                         [("2024", "result", 41), ("2025", "result", 37)],
                                         [("2024", "result", None), ("2025", "result", None)]]


@pytest.mark.parametrize("aim", ["Điểm 2026", "Điểm năm 2026", "Điểm 2026 (mục tiêu)", "Điểm 2026 phấn đấu"])
@pytest.mark.parametrize("fmt", ["html", "pipe.txt"])
def test_the_points_of_the_plan_s_year_are_its_target(tmp_path, fmt, aim):
    """"Điểm 2024" beside "Điểm 2026" in a 2026 plan: the earlier year's points are the result, the plan year's (or
    those marked as the aim) the target. The s32 review found "Điểm 2026" read as a past result (7,2 for 6,8)."""
    from test_report_tables import _PLAN, _document

    doc = _document(tmp_path, fmt, [["TT", "Chỉ số thành phần", "Điểm 2024", aim]],
                    [["1", "Chi phí không chính thức", "6,8", "7,2"], ["2", "Tính minh bạch", "6,1", "6,5"]], kind=_PLAN)
    assert [(i.previous_result, i.target) for i in doc.indicators] == [(6.8, 7.2), (6.1, 6.5)]


@pytest.mark.parametrize("lower", ["Thực hiện", "TH", "Ước thực hiện", "Ước TH"])
@pytest.mark.parametrize("fmt", ["html", "docx", "txt", "pipe.txt"])
def test_a_year_over_its_plan_and_what_was_done(tmp_path, fmt, lower):
    """"Năm 2025" over "Kế hoạch | Thực hiện": the lower "Thực hiện" alone names an implementer, but under a year it is
    the year's result (the column was read as bodies and the result lost). A copy as text keeps the lower names only:
    "Kế hoạch | Thực hiện" side by side in a table with a unit column are still the year's plan and result (indicators3
    lost the result there, and in a copy a cell a line the target too: the bodies' column took the next line)."""
    from test_report_tables import _PLAN, _document

    header = [_ESTIMATE_HEADER[0], [lower if name == "Ước thực hiện" else name for name in _ESTIMATE_HEADER[1]]]
    doc = _document(tmp_path, fmt, header, _ROWS, kind=_PLAN)
    found = [(i.target, i.target_period, i.previous_result, i.lead) for i in doc.indicators]
    assert found == [(70, "2026", 62.5, []), (1200, "2026", 1150, [])]


@pytest.mark.parametrize("header, role", [
    ("Năm 2025 / Thực hiện", "previous_result"), ("Năm 2025 / TH", "previous_result"),
    ("Năm 2026 / Chủ trì", "lead"), ("Cơ quan / Thực hiện", "implementer"),  # a body's column, under no year
])
def test_a_lower_line_read_with_the_year_above_it(header, role):
    assert column_role(header) == role


def _flattened(tmp_path, header_lines: list[str], rows: list[list[str]], pipe: bool):
    """A plan copied as text with its two header rows flattened: each header name a line (or the two header rows as
    two '|' lines), then the body a cell a line (or a row a line)."""
    from test_report_tables import _BACK, _PLAN, _front

    from pipeline.run import process

    if pipe:
        table = [" | ".join(line) + " |" for line in [*header_lines, *rows]]
    else:
        table = [c for line in [*header_lines, *rows] for c in line]
    path = tmp_path / ("doc.pipe.txt" if pipe else "doc.txt")
    path.write_text("\n\n".join([*_front(*_PLAN), *table, *_BACK]) + "\n", encoding="utf-8")
    return process(path)


@pytest.mark.parametrize("plan, done", [("Kế hoạch", "Thực hiện"), ("KH", "TH"), ("Kế hoạch", "Ước thực hiện")])
@pytest.mark.parametrize("order", ["upper_then_lower", "year_then_its_columns"])
def test_a_year_over_its_plan_and_result_flattened_into_lines(tmp_path, order, plan, done):
    """"Năm 2025" over "Kế hoạch | Thực hiện" copied as text, the header's names a line each: the whole upper row then
    the lower ("… | Năm 2025 | Kế hoạch năm 2026 | Kế hoạch | Thực hiện"), or the year right before its two columns.
    The year heads its plan and result: two columns, not three (indicators3 read seven names over six cells: the
    2025 result 62,5 became the target, or the 2025 plan the previous result)."""
    names = (["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Kế hoạch năm 2026", plan, done] if order == "upper_then_lower"
             else ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", plan, done, "Kế hoạch năm 2026"])
    doc = _flattened(tmp_path, [names], _ROWS, pipe=False)
    found = [(i.target, i.target_high, i.comparator, i.target_period, i.previous_result) for i in doc.indicators]
    assert found == [(70, None, ">=", "2026", 62.5), (1200, 1300, "range", "2026", 1150)]
    assert [v.column for v in doc.indicators[0].values] == [f"Năm 2025 / {plan}", f"Năm 2025 / {done}", "Kế hoạch năm 2026"]


def test_a_year_over_two_columns_of_other_names_is_not_folded():
    """Only a plan and its result fold under a year: a year beside a unit and a note stays a column of its own."""
    from pipeline.stages.tables import fold_two_line_header

    names = ["STT", "Chỉ tiêu", "Năm 2025", "Đơn vị tính", "Ghi chú"]
    assert fold_two_line_header(names) == names
    # two years over two pairs, the upper row then the lower: each year heads its pair
    assert fold_two_line_header(["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025", "KH", "TH", "KH", "TH"]) == [
        "STT", "Chỉ tiêu", "ĐVT", "Năm 2024 / KH", "Năm 2024 / TH", "Năm 2025 / KH", "Năm 2025 / TH"]
