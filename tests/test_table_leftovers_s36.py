"""Open classes of task and indicator tables left by s35, each on small tables of our own wordings in several forms.

1. A lettered group row copied one cell a line ("B" | "CHỈ TIÊU XÃ HỘI", "a)" | "Chỉ tiêu xã hội") printed no figures
   and took those of the row above as cells merged down (tests/test_table_leftovers_s35.py's "letters" cases too);
2. an indicator row whose last figure cell is empty ("3 | Số chợ | chợ | "): the copy drops the empty cell and the
   figure of the row above was merged down into it; and where the cell before is a figure equal to the next row's
   number ("2 | … | khu | 3 | | 3 | Số chợ"), that figure was read as a row of its own;
3. a time column headed "Giai đoạn" or "Giai đoạn thực hiện" was unplaced in text copies (no deadline);
4. a sum per task ("Mức hỗ trợ", "Định mức hỗ trợ (triệu đồng)") had no role, and in a copy a cell a line a sum's or
   a source's cell ("Ngân sách tỉnh", "30") at a row's end ran into the support's body name.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from test_eighteenth_bed import _write
from test_report_tables import _BACK, _PLAN, _front

_FORMS = ("html", "one cell a line", "pipe", "markdown", "tabs")
_TASKS = ("Rà soát quy trình nội bộ về tiếp nhận hồ sơ", "Tổ chức hội nghị tập huấn nghiệp vụ",
          "Xây dựng cơ sở dữ liệu đất đai cấp xã")


def _copied(tmp_path, names: list[str], rows: list[list[str]], empty: str | None, pipe: bool):
    """An indicator table copied a cell a paragraph; an empty cell printed as ``empty`` ("" a blank paragraph, "\xa0"
    a site's space) or not printed at all (None); " |" after each cell in a pipe copy."""
    cells = [c if c or empty is None else empty for row in rows for c in row if c or empty is not None]
    path = tmp_path / ("doc.pipe.txt" if pipe else "doc.txt")
    lines = [f"{c} |" if pipe else c for c in [*names, *cells]]
    path.write_text("\n\n".join([*_front(*_PLAN), *lines, *_BACK]) + "\n", encoding="utf-8")
    return process(path)


_EMPTIES = ["", "\xa0", None]


# -- 1. A lettered group row in an indicator table ---------------------------------------------------------------------

_FIGURES = [["1", "Tỷ lệ thủ tục hành chính giải quyết đúng hạn", "%", "98", "98,6"],
            ["2", "Số hộ kinh doanh đăng ký mới", "hộ", "2.500", "2.610"],
            ["3", "Tỷ lệ trường học có kết nối mạng", "%", "≥ 95", "96,5"],
            ["4", "Số km đường giao thông nông thôn được cứng hóa", "km", "50", "-"]]


@pytest.mark.parametrize("marks", [("A", "B"), ("I", "II"), ("a)", "b)")])
@pytest.mark.parametrize("titles", [("CHỈ TIÊU KINH TẾ", "CHỈ TIÊU XÃ HỘI"), ("Chỉ tiêu kinh tế", "Chỉ tiêu xã hội")])
@pytest.mark.parametrize("pipe", [False, True])
def test_a_lettered_group_row_takes_no_figures_from_above(tmp_path, marks, titles, pipe):
    rows = [[marks[0], titles[0]], _FIGURES[0], _FIGURES[1], [marks[1], titles[1]], _FIGURES[2], _FIGURES[3]]
    doc = _copied(tmp_path, ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2025", "Thực hiện năm 2025"], rows, "", pipe)
    assert [(i.name, i.unit, i.target, i.previous_result) for i in doc.indicators] == [
        (titles[0], None, None, None), (_FIGURES[0][1], "%", 98, 98.6), (_FIGURES[1][1], "hộ", 2500, 2610),
        (titles[1], None, None, None), (_FIGURES[2][1], "%", 95, 96.5), (_FIGURES[3][1], "km", 50, None)]


# -- 2. An indicator row whose last figure cell is empty ---------------------------------------------------------------

@pytest.mark.parametrize("empty", _EMPTIES)
@pytest.mark.parametrize("pipe", [False, True])
@pytest.mark.parametrize("targets", [("12", "95", "8"), ("2", "4", "5")], ids=["figures", "small counts"])
def test_an_empty_last_target_is_null_and_the_row_kept(tmp_path, empty, pipe, targets):
    """"3 | Số chợ được cải tạo | chợ | ": no target, never the row above's nor the next row's number."""
    rows = [["1", "Số xã đạt chuẩn nông thôn mới", "xã", targets[0]], ["2", "Tỷ lệ hộ dùng nước sạch", "%", targets[1]],
            ["3", "Số chợ được cải tạo", "chợ", ""], ["4", "Số trạm y tế đạt chuẩn", "trạm", targets[2]],
            ["5", "Số thôn có nhà văn hóa", "thôn", ""]]
    doc = _copied(tmp_path, ["STT", "Chỉ tiêu", "Đơn vị", "Chỉ tiêu 2025"], rows, empty, pipe)
    assert [(i.name, i.unit, i.target) for i in doc.indicators] == [
        (r[1], r[2], float(r[3]) if r[3] else None) for r in rows]
    assert not [w for w in doc.warnings if w.code == "table_row_uncertain"]


@pytest.mark.parametrize("empty", _EMPTIES)
@pytest.mark.parametrize("pipe", [False, True])
def test_a_figure_equal_to_the_next_rows_number_stays_a_value(tmp_path, empty, pipe):
    """"2 | Số khu công nghiệp mới | khu | 3 | " then "3 | Số chợ …": the first "3" is no row of its own. Where the
    copy prints the empty cell (a site's space, a '|' of its own), "3" is row 2's result; where the empty cell
    vanishes (a blank paragraph between paragraphs, or not printed), the row prints one figure for two columns and
    which one is empty is not told (s45: indicator_row_short, no value rather than a guessed year)."""
    rows = [["1", "Số xã đạt chuẩn nông thôn mới", "xã", "10", "12"], ["2", "Số khu công nghiệp mới", "khu", "3", ""],
            ["3", "Số chợ được cải tạo", "chợ", "", ""], ["4", "Số trạm y tế đạt chuẩn", "trạm", "6", "8"]]
    doc = _copied(tmp_path, ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026"], rows, empty, pipe)
    vanishes = empty is None or (empty == "" and not pipe)
    assert [(i.name, i.unit, i.previous_result, i.target) for i in doc.indicators] == [
        (rows[0][1], "xã", 10, 12), (rows[1][1], "khu", None if vanishes else 3, None), (rows[2][1], "chợ", None, None),
        (rows[3][1], "trạm", 6, 8)]
    short = [w for w in doc.warnings if w.code == "indicator_row_short"]
    assert bool(short) == vanishes and all("Số khu công nghiệp mới" in w.message for w in short[:1])


# -- 3. A period column named by no year -------------------------------------------------------------------------------

_PERIODS = ("2025-2027", "Giai đoạn 1 (2025)", "Quý III/2026")


@pytest.mark.parametrize("header", ["Giai đoạn", "Giai đoạn thực hiện", "Giai đoạn triển khai", "GIAI ĐOẠN"])
@pytest.mark.parametrize("form", _FORMS)
def test_a_stage_column_is_the_deadline(tmp_path, header, form):
    rows = [(str(k + 1), _TASKS[k], "Sở Nội vụ", "Sở Tư pháp", _PERIODS[k]) for k in range(3)]
    doc = process(_write(tmp_path, ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", header), rows, form))
    assert [(t.deadline.text, t.deadline.end) for t in doc.tasks] == [
        ("2025-2027", "2027-12-31"), ("Giai đoạn 1 (2025)", "2025-12-31"), ("Quý III/2026", "2026-09-30")]
    assert not [w for w in doc.warnings if w.code == "table_column_unplaced"]


@pytest.mark.parametrize("form", ["html", "one cell a line", "pipe"])
def test_a_stage_of_work_beside_a_completion_time_is_the_start(tmp_path, form):
    """Guard: "Giai đoạn thực hiện" beside "Thời hạn hoàn thành" is when the work runs, as "Thời gian thực hiện" is."""
    rows = [(str(k + 1), _TASKS[k], "Sở Nội vụ", "2026-2027", "31/12/2027") for k in range(3)]
    doc = process(_write(tmp_path, ("STT", "Nội dung", "Cơ quan chủ trì", "Giai đoạn thực hiện", "Thời hạn hoàn thành"),
                         rows, form))
    assert [c.role for c in doc.tables[0].columns][3:] == ["start", "deadline"]
    assert [t.deadline.end for t in doc.tasks] == ["2027-12-31"] * 3


# -- 4. Sums and their sources: their own columns, never a body nor a time ---------------------------------------------

@pytest.mark.parametrize("header,cells", [
    ("Mức hỗ trợ", ("50 triệu đồng/mô hình", "30", "Không quá 100 triệu đồng")),
    ("Định mức hỗ trợ (triệu đồng)", ("20", "1.500", "35,5")),
    ("Kinh phí (triệu đồng)", ("1.250", "30", "85")),
    ("Nguồn vốn", ("Ngân sách tỉnh", "Ngân sách trung ương", "Xã hội hóa")),
    ("Nguồn kinh phí", ("Vốn sự nghiệp", "Ngân sách huyện", "Nguồn xã hội hóa")),
])
@pytest.mark.parametrize("last", [True, False], ids=["last", "before the support"])
@pytest.mark.parametrize("form", _FORMS)
def test_a_sum_or_its_source_stays_in_its_column(tmp_path, header, cells, last, form):
    names = ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", header) if last else (
        "STT", "Nội dung", "Cơ quan chủ trì", header, "Cơ quan phối hợp")
    rows = [(str(k + 1), _TASKS[k], "Sở Nội vụ", "Sở Tư pháp", cells[k]) if last else
            (str(k + 1), _TASKS[k], "Sở Nội vụ", cells[k], "Sở Tư pháp") for k in range(3)]
    doc = process(_write(tmp_path, names, rows, form))
    assert [(t.number, t.content, [m.name for m in t.lead], [m.name for m in t.support], t.deadline, t.output)
            for t in doc.tasks] == [(str(k + 1), _TASKS[k], ["Sở Nội vụ"], ["Sở Tư pháp"], None, None) for k in range(3)]
    column = names.index(header)
    assert doc.tables[0].columns[column].role in ("budget", "funding")
    assert [r.cells[column] for r in doc.tables[0].rows if r.kind == "data"] == list(cells)
    assert not [w for w in doc.warnings if w.code in ("table_column_unplaced", "table_row_uncertain")]


# -- 5. A body's name wrapped in a copy a cell a line: "Ban Kinh tế -" / "Ngân sách HĐND tỉnh" is a name going on --------

@pytest.mark.parametrize("lines", [("Ban Kinh tế -", "Ngân sách HĐND tỉnh"), ("Ban Kinh tế –", "Ngân sách HĐND tỉnh"),
                                   ("Ban Kinh tế -", "Ngân sách"), ("Ban Kinh tế,", "Ngân sách HĐND tỉnh")],
                         ids=["hyphen", "en dash", "hyphen, the source word alone", "comma"])
@pytest.mark.parametrize("form", ["one cell a line", "pipe"])
def test_a_name_wrapped_before_a_source_word_goes_on(tmp_path, lines, form):
    """The second line of a support's name wrapped in its cell ("Ngân sách HĐND tỉnh", even "Ngân sách" alone, after
    "Ban Kinh tế -") is no source of funds: it stays in the support's cell, never the deadline's first line."""
    cell = ("\n" if form == "pipe" else "\n\n").join(lines)
    name = " ".join(lines)
    rows = [(str(k + 1), _TASKS[k], "Sở Tài chính", cell if k == 1 else "Sở Tư pháp", "Quý II/2026") for k in range(3)]
    doc = process(_write(tmp_path, ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"), rows, form))
    assert [([m.name for m in t.support], t.deadline.text) for t in doc.tasks] == [
        (["Sở Tư pháp"], "Quý II/2026"), ([name], "Quý II/2026"), (["Sở Tư pháp"], "Quý II/2026")]


@pytest.mark.parametrize("text,money", [
    ("Ngân sách HĐND tỉnh", False), ("Ngân sách của HĐND tỉnh", False), ("Ngân sách - HĐND tỉnh", False),
    ("Ngân sách UBND huyện", False), ("10 tỷ lít", False), ("3 triệu lượt khách", False), ("5 triệu tấn hàng hóa", False),
    ("Ngân sách", True), ("Ngân sách tỉnh", True), ("Ngân sách nhà nước", True), ("Ngân sách cấp huyện", True),
    ("Ngân sách trung ương và xã hội hóa", True), ("Ngân sách tỉnh, nguồn vốn khác", True), ("Xã hội hóa", True),
    ("50 triệu đồng/mô hình", True), ("Không quá 100 triệu đồng", True), ("10 tỷ", True), ("3,5 triệu", True)])
def test_a_sum_or_a_source_and_its_look_alikes(text, money):
    """"Ngân sách" is a source only as one ("… nhà nước/tỉnh/cấp huyện"), not a body's name's words ("Ban Kinh tế -
    Ngân sách HĐND tỉnh"); "triệu/tỷ" a sum only with "đồng" or at the cell's end, not a count ("3 triệu lượt khách")."""
    from pipeline.stages.tables import Features
    assert Features.of_text(text).money is money


@pytest.mark.parametrize("cells", [("Chuẩn bị", "Triển khai", "Tổng kết"), ("I", "II", "III")], ids=["phase names", "roman"])
@pytest.mark.parametrize("header", ["Giai đoạn", "Giai đoạn thực hiện"])
@pytest.mark.parametrize("form", _FORMS)
def test_a_stage_column_of_phase_names_is_no_deadline(tmp_path, cells, header, form):
    """Guard: "Giai đoạn" whose cells name phases with no time ("Chuẩn bị", "I") says no deadline, in
    every form; the tasks and their bodies are read as ever."""
    rows = [(str(k + 1), _TASKS[k], "Sở Nội vụ", "Sở Tư pháp", cells[k]) for k in range(3)]
    doc = process(_write(tmp_path, ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", header), rows, form))
    assert [(t.number, t.content, [m.name for m in t.lead], [m.name for m in t.support], t.deadline)
            for t in doc.tasks] == [(str(k + 1), _TASKS[k], ["Sở Nội vụ"], ["Sở Tư pháp"], None) for k in range(3)]
    assert doc.tables[0].columns[4].role not in ("deadline", "start")
    assert [r.cells[4] for r in doc.tables[0].rows if r.kind == "data"] == list(cells)


@pytest.mark.parametrize("cells,form", [
    (("Chuẩn bị", "Triển khai", "Tổng kết"), "html"), (("Chuẩn bị", "Triển khai", "Tổng kết"), "one cell a line"),
    (("Chuẩn bị", "Triển khai", "Tổng kết"), "pipe"), (("I", "II", "III"), "html"), (("I", "II", "III"), "one cell a line"),
    (("I", "II", "III"), "pipe")])
def test_a_stage_column_of_phase_names_beside_a_completion_time_is_no_start(tmp_path, cells, form):
    """Guard: the phases beside "Thời hạn hoàn thành" give no start; the completion column keeps the deadline."""
    rows = [(str(k + 1), _TASKS[k], "Sở Nội vụ", cells[k], "31/12/2027") for k in range(3)]
    doc = process(_write(tmp_path, ("STT", "Nội dung", "Cơ quan chủ trì", "Giai đoạn thực hiện", "Thời hạn hoàn thành"),
                         rows, form))
    assert doc.tables[0].columns[3].role not in ("deadline", "start")
    assert doc.tables[0].columns[4].role == "deadline"
    assert [(t.deadline.end, t.deadline.start) for t in doc.tasks] == [("2027-12-31", None)] * 3
