"""The sixth bed of target tables (tests/indicator_layouts6.py) in every format, PDF included, and the classes it
found: a header copied with its lower row only ("Năm 2025 | Kế hoạch | Thực hiện": the year over the pair lost, 2025
folded over it was a confident wrong period), a column between the years and the pair of a flattened two-line
header (which year spans the pair is not told), small counts a cell a line read as row numbers, and a target per
body in three columns ("STT | Đơn vị | Mục tiêu", not found in text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indicator_layouts import assert_reads_the_bed_file, bed_files_of
from indicator_layouts6 import FORMATS, PER_BODY_ROWS, PER_BODY_TARGETS, beds
from test_report_tables import _BACK, _PLAN, _document, _front


@pytest.fixture(scope="module")
def bed_files(tmp_path_factory):
    return bed_files_of(tmp_path_factory, "indicator_bed6", beds(), FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bed", beds(), ids=lambda b: b.layout.name)
def test_every_target_of_the_sixth_bed_is_read(bed_files, bed, fmt):
    assert_reads_the_bed_file(bed_files, bed, fmt)


def _text(tmp_path: Path, names: list[str], rows: list[list[str]], pipe: bool = False):
    """A plan copied as text: its header's names, then its cells, a paragraph each (or each ending with " |")."""
    from pipeline.run import process

    cells = [*names, *(c for r in rows for c in r)]
    path = tmp_path / ("doc.pipe.txt" if pipe else "doc.txt")
    path.write_text("\n\n".join([*_front(*_PLAN), *(f"{c} |" if pipe else c for c in cells), *_BACK]) + "\n",
                    encoding="utf-8")
    return process(path)


_THREE_FIGURES = [["1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "60", "70", "72,5"],
                  ["2", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.100", "1.200", "1.236"],
                  ["3", "Tỷ lệ dân số có sổ sức khỏe điện tử", "%", "85", "≥ 90", "91"]]


@pytest.mark.parametrize("pipe", [False, True])
@pytest.mark.parametrize("year, plan, done", [("Năm 2025", "Kế hoạch", "Thực hiện"), ("2025", "KH", "TH"),
                                              ("Năm 2025", "Kế hoạch", "Ước thực hiện")])
def test_the_lower_header_row_alone_gives_no_period_to_the_pair(tmp_path, pipe, year, plan, done):
    """Three figures a row under "Năm 2025 | Kế hoạch | Thực hiện": the year is a column of its own, the pair's year
    was printed above it and lost. Not 2025's plan and result (main folded the year over the pair: 2025's figure
    became the plan, the plan the result, the row's name took the unit): no target, a warning, 2025's figure the
    last result."""
    doc = _text(tmp_path, ["STT", "Chỉ tiêu", "ĐVT", year, plan, done], _THREE_FIGURES, pipe)
    assert [(i.name, i.unit, i.target, i.target_period, i.previous_result) for i in doc.indicators] == [
        (r[1], r[2], None, None, p) for r, p in zip(_THREE_FIGURES, (60, 1100, 85))]
    assert [w.code for w in doc.warnings].count("indicator_period_untold") == 1


@pytest.mark.parametrize("fmt", ["html", "docx", "txt"])
def test_a_year_beside_a_yearless_pair_in_one_header_row(tmp_path, fmt):
    """The same lower row as a real table's one header row: the pair is not 2025's, nor told whose."""
    doc = _document(tmp_path, fmt, [["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Kế hoạch", "Thực hiện"]], _THREE_FIGURES,
                    kind=_PLAN)
    assert [(i.target, i.target_period, i.previous_result) for i in doc.indicators] == [
        (None, None, 60), (None, None, 1100), (None, None, 85)]
    assert "indicator_period_untold" in [w.code for w in doc.warnings]


def test_a_year_over_its_pair_copied_whole_still_folds(tmp_path):
    """Two figures a row under the same names: the upper line's last year over its plan and result, as before."""
    rows = [r[:3] + r[4:] for r in _THREE_FIGURES]
    doc = _text(tmp_path, ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Kế hoạch", "Thực hiện"], rows)
    assert [(i.target, i.target_period, i.previous_result) for i in doc.indicators] == [
        (70, "2025", 72.5), (1200, "2025", 1236), (90, "2025", 91)]


@pytest.mark.parametrize("texts, width, numbered", [
    (["1", "a", "b", "2", "c", "d", "3", "e", "f"], 3, True), (["1", "a", "b", "2", "c", "d"], 2, False),
    (["1", "a", "2", "3", "2", "b", "3", "4"], 4, True), (["1", "a", "b"], 3, False), (["a", "b", "2"], 2, False),
])
def test_rows_numbered_every_so_many_cells(texts, width, numbered):
    from pipeline.stages.tables import _numbered_every

    assert _numbered_every(texts, width) is numbered


@pytest.mark.parametrize("between", ["Tốc độ tăng (%)", "So sánh (%)", "Kế hoạch năm 2026", "Ghi chú"])
def test_a_column_between_two_years_and_the_pair_leaves_the_years_untold(between):
    """"Năm 2024 | Năm 2025 | <between>" over "KH | TH": the pair under 2024 or under 2025, the layout does not say
    (main gave it to 2024, 2025's figures read as 2024's plan and result)."""
    from pipeline.stages.tables import fold_two_line_header

    folded = fold_two_line_header(["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025", between, "KH", "TH"])
    assert folded[:3] == ["STT", "Chỉ tiêu", "ĐVT"] and folded[-1] == between
    assert [n.rsplit(" [", 1)[1] for n in folded[3:-1]] == ["1/3]", "2/3]", "3/3]"]


def test_one_year_with_a_column_before_the_pair_still_heads_it():
    from pipeline.stages.tables import fold_two_line_header

    assert fold_two_line_header(["STT", "Chỉ tiêu", "Năm 2025", "Tốc độ tăng (%)", "KH", "TH"]) == [
        "STT", "Chỉ tiêu", "Năm 2025 / KH", "Năm 2025 / TH", "Tốc độ tăng (%)"]


def test_a_column_between_the_years_and_the_pair_in_a_text_copy(tmp_path):
    rows = [["1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "55", "60", "62,5", "13,6"],
            ["2", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.050", "1.100", "1.150", "9,5"]]
    doc = _text(tmp_path, ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025", "Tốc độ tăng (%)", "KH", "TH"], rows)
    assert [(i.target, i.target_period, i.previous_result) for i in doc.indicators] == [(None, None, None)] * 2
    assert "indicator_period_untold" in [w.code for w in doc.warnings]


@pytest.mark.parametrize("values", [("2", "3"), ("1", "2"), ("3", "3"), ("2", "2")])
def test_small_counts_a_cell_a_line_are_values(tmp_path, values):
    """A row's figures that run on from its number ("1", then "2", "3"), or the last row's that follows it: values,
    never the next row (main opened a row at each and read the next row's number as a figure)."""
    rows = [["1", "Số trường học đạt chuẩn quốc gia", "trường", *values],
            ["2", "Số trạm y tế xã được nâng cấp", "trạm", "4", "5"],
            ["3", "Số chợ nông thôn được xây dựng", "chợ", "4", "4" if values[1] != "4" else "5"]]
    doc = _text(tmp_path, ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026"], rows)
    assert [(i.name, i.previous_result, i.target) for i in doc.indicators] == [
        (r[1], float(r[3]), float(r[4])) for r in rows]


@pytest.mark.parametrize("fmt", ["txt", "pipe.txt", "html", "docx"])
@pytest.mark.parametrize("names", [["STT", "Đơn vị", "Mục tiêu"], ["TT", "Cơ quan, đơn vị", "Mục tiêu"],
                                   ["STT", "Đơn vị", "Mục tiêu năm 2026"], ["STT", "Cơ quan, đơn vị", "Mục tiêu (%)"]])
def test_a_target_per_body_in_three_columns(tmp_path, fmt, names):
    doc = _document(tmp_path, fmt, [names], PER_BODY_ROWS, kind=_PLAN)
    assert [(i.name, i.target, i.comparator, i.unit) for i in doc.indicators] == PER_BODY_TARGETS
    assert not doc.tasks


@pytest.mark.parametrize("fmt", ["pipe.txt", "html", "docx"])
def test_a_goal_in_words_per_body_is_no_target(tmp_path, fmt):
    """"Mục tiêu" whose cells are aims in words (one with a share among them): no column of targets, no indicator."""
    rows = [["1", "Sở Y tế", "Nâng cao chất lượng khám chữa bệnh"], ["2", "Sở Tài chính", "95%"]]
    doc = _document(tmp_path, fmt, [["STT", "Đơn vị", "Mục tiêu"]], rows, kind=_PLAN)
    assert not doc.indicators
    assert "target" not in [c.role for t in doc.tables for c in t.columns]


@pytest.mark.parametrize("texts, numbers", [
    (["1", "Số trường", "2", "3", "2", "Số trạm", "4", "5"], [0, 4]),  # "2", "3" after row 1's name: its figures
    (["1", "Số trường", "1", "2", "2", "Số trạm", "3", "3"], [0, 4]),  # the last "3" ends the table: a figure
    (["1", "1.1", "Tiêu chí", "2", "2.1", "Tiêu chí"], [0, 1, 3, 4]),  # a code after its row's number: no figure
])
def test_a_figure_followed_by_a_figure_is_no_row_number_in_a_table_of_criteria(texts, numbers):
    from pipeline.stages.tables import Features, _numbers_in_sequence

    found = _numbers_in_sequence([Features.of_text(t) for t in texts], criterion_follows=True)
    assert [k for k, f in enumerate(found) if f.number] == numbers
