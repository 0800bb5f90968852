"""A report's task tables: a task's status ("Tiến độ", "Mức độ hoàn thành", ticks under "Hoàn thành | Đang thực hiện |
Chưa thực hiện") and its result ("Kết quả thực hiện") are neither its deadline nor its output. Each table is printed as
a copied text (a cell a paragraph), a Markdown-like copy ("a | b |"), a web page and a Word file."""

from __future__ import annotations

import pytest

from pipeline.run import process
from pipeline.stages.columns import column_role
from pipeline.stages.status import read_status, status_name

FORMATS = ("txt", "pipe.txt", "html", "docx")


def _front(kind: str, number: str, title: str, intro: tuple[str, ...] = ("I. KẾT QUẢ", "Các nhiệm vụ được giao như sau:")
           ) -> list[str]:
    return ["ỦY BAN NHÂN DÂN", "TỈNH HẬU GIANG", number, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Hậu Giang, ngày 12 tháng 7 năm 2026", kind, title, *intro]


_BACK = ["II. KIẾN NGHỊ", "Đề nghị các sở tiếp tục thực hiện.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Lâm",
         "Nơi nhận:", "- Như trên;", "- Lưu: VT."]
_REPORT = ("BÁO CÁO", "Số: 118/BC-UBND", "Kết quả thực hiện Kế hoạch cải cách hành chính 6 tháng đầu năm 2026")
_PLAN = ("KẾ HOẠCH", "Số: 75/KH-UBND", "Thực hiện chuyển đổi số năm 2026")


def _document(tmp_path, fmt: str, header: list[list[str]], rows: list[list[str]], kind=_REPORT):
    """A document with one table: ``header`` is one or two rows (a name spanning its children in the upper row is
    written once, then "" where it spans); ``rows`` the body."""
    front, path = _front(*kind), tmp_path / f"doc.{fmt}"
    width = len(rows[0])
    if fmt in ("txt", "pipe.txt"):
        names = _leaf_names(header)
        cells = [*names, *(c for row in rows for c in row)]
        table = [f"{c} |" if fmt == "pipe.txt" else c for c in cells]
        if fmt == "pipe.txt":  # a row a line, as a Markdown copy prints it
            table = [" | ".join(r) + " |" for r in [names, *rows]]
        path.write_text("\n\n".join([*front, *table, *_BACK]) + "\n", encoding="utf-8")
    elif fmt == "html":
        head = "".join("<tr>" + "".join(_html_cells(r, header, i)) + "</tr>" for i, r in enumerate(header))
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        paragraphs = lambda lines: "".join(f"<p>{line}</p>" for line in lines)  # noqa: E731
        path.write_text(f"<html><body>{paragraphs(front)}<table border='1'>{head}{body}</table>{paragraphs(_BACK)}"
                        f"</body></html>", encoding="utf-8")
    else:
        from docx import Document as Docx

        document = Docx()
        for line in front:
            document.add_paragraph(line)
        table = document.add_table(rows=len(header) + len(rows), cols=width)
        for i, r in enumerate(header):
            for j, text in enumerate(r):
                if text:
                    table.cell(i, j).text = text
            _merge_docx(table, header, i)
        for i, r in enumerate(rows, start=len(header)):
            for j, text in enumerate(r):
                table.cell(i, j).text = text
        for line in _BACK:
            document.add_paragraph(line)
        document.save(path)
    return process(path)


def _spans(header: list[list[str]], i: int) -> list[tuple[int, int, int]]:
    """(column, column span, row span) of each name of header row ``i``: a name spans the "" after it in its row (in
    the upper row of two, only where the lower row names children there), else it spans the rows down."""
    row, spans = header[i], []
    for j, text in enumerate(row):
        if not text:
            continue
        end = j + 1
        while i == 0 and len(header) == 2 and end < len(row) and not row[end] and header[1][end]:
            end += 1
        rows_down = 2 if len(header) == 2 and i == 0 and not header[1][j] else 1
        spans.append((j, end - j, rows_down))
    return spans


def _html_cells(row: list[str], header: list[list[str]], i: int) -> list[str]:
    return [f"<th colspan='{cs}' rowspan='{rs}'>{row[j]}</th>" for j, cs, rs in _spans(header, i)]


def _merge_docx(table, header: list[list[str]], i: int) -> None:
    for j, cs, rs in _spans(header, i):
        if cs > 1 or rs > 1:
            text = header[i][j]
            merged = table.cell(i, j).merge(table.cell(i + rs - 1, j + cs - 1))
            merged.text = text


def _leaf_names(header: list[list[str]]) -> list[str]:
    if len(header) == 1:
        return header[0]
    return [low or up for up, low in zip(header[0], header[1])]


def _tasks(doc):
    return [(t.content[:24], t.status, t.status_text, t.result, t.deadline.text if t.deadline else None, t.output)
            for t in doc.tasks]


TASKS = ["Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
         "Kiểm tra công tác cải cách hành chính tại các xã", "Tập huấn kỹ năng chuyển đổi số cho công chức cấp xã"]
BODIES = ["Sở Nội vụ", "Văn phòng UBND tỉnh", "Sở Tư pháp", "Sở Khoa học và Công nghệ"]


# ---------------------------------------------------------------------------------------------------
# The words


@pytest.mark.parametrize("header, role", [
    ("Kết quả thực hiện", "result"), ("Kết quả thực hiện năm 2025", "previous_result"),  # a task table decides: below
    ("Kết quả thực hiện đến ngày 30/6/2026", "result"), ("Tình hình thực hiện", "result"),
    ("Tình hình triển khai", "result"), ("Kết quả triển khai nhiệm vụ", "result"),
    ("Mức độ hoàn thành", "status"), ("Tình trạng", "status"), ("Trạng thái thực hiện", "status"),
    ("Đánh giá", "status"), ("Tự đánh giá", "status"), ("Kết quả đánh giá", "status"),
    # a plan's product stays the output
    ("Kết quả/sản phẩm", "output"), ("Sản phẩm đầu ra", "output"), ("Kết quả đạt được", "output"),
    ("Kết quả dự kiến", "output"), ("Kết quả", "output"), ("Dự kiến kết quả", "output"),
    # a time column, read cell by cell
    ("Tiến độ", "deadline"), ("Tiến độ thực hiện", "deadline"),
    ("Nội dung đánh giá", "content"), ("Kết quả năm 2024", "previous_result"),
])
def test_header_words_give_result_and_status(header, role):
    assert column_role(header) == role


@pytest.mark.parametrize("cell, status, rest", [
    ("Đã hoàn thành", "done", ""), ("- Hoàn thành.", "done", ""), ("HOÀN THÀNH", "done", ""),
    ("Đang thực hiện", "in_progress", ""), ("đang triển khai", "in_progress", ""), ("Đúng tiến độ", "in_progress", ""),
    ("Chưa thực hiện", "not_started", ""), ("Chưa triển khai", "not_started", ""),
    ("Chậm tiến độ", "overdue", ""), ("Quá hạn", "overdue", ""),
    ("Chưa hoàn thành", "not_done", ""), ("Không hoàn thành", "not_done", ""),
    ("Hoàn thành tháng 6/2025", "done", "tháng 6/2025"), ("Đã  hoàn thành, ngày 15/5/2026", "done", "ngày 15/5/2026"),
    ("Hoàn thành 80% khối lượng", "in_progress", "80% khối lượng"), ("Hoàn thành 100%", "done", "100%"),
    ("Đang thực hiện, dự kiến Quý III/2026", "in_progress", "dự kiến Quý III/2026"),
])
def test_status_words(cell, status, rest):
    reading = read_status(cell)
    assert (reading.status, reading.rest) == (status, rest)


@pytest.mark.parametrize("cell", ["Thường xuyên", "Quý II/2026", "Hoàn thiện hồ sơ", "Đã trình UBND tỉnh", "Hoàn",
                                  "Đang", "", "Chậm nhất ngày 30/6/2026", "Chậm nhất trong Quý III/2026"])
def test_no_status_words(cell):
    assert read_status(cell) is None


@pytest.mark.parametrize("cell", ["Hoàn thành trước ngày 30/6/2026", "- Hoàn thành trước 15/5/2026", "Xong trước tháng 6/2026",
                                  "HOÀN THÀNH TRƯỚC QUÝ II/2026", "Hoàn thành chậm nhất ngày 30/6/2026",
                                  "Xong chậm nhất trong tháng 5/2026"])
def test_complete_by_words_name_a_deadline_not_a_status(cell):
    """"Hoàn thành trước …" / "Xong trước …" / "… chậm nhất …" set a time the task must be done by (before: "done",
    and in a report whose date was past that time, a done status)."""
    assert read_status(cell) is None


@pytest.mark.parametrize("cell, status", [("Hoàn thành trước hạn", "done"), ("Hoàn thành trước thời hạn", "done"),
                                          ("Hoàn thành chậm", "done"), ("Hoàn thành chậm so với kế hoạch", "done")])
def test_done_early_or_late_stays_done(cell, status):
    assert read_status(cell).status == status


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_reports_complete_by_time_is_a_deadline_even_when_past(tmp_path, fmt):
    """A report of 12 July 2026 whose time column sets times already past: "Hoàn thành trước ngày 30/6/2026" says when
    the task was due, not that it was done."""
    header = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]]
    cells = ["Hoàn thành trước ngày 30/6/2026", "Xong trước tháng 5/2026", "Hoàn thành chậm nhất ngày 15/6/2026"]
    rows = [[str(k + 1), TASKS[k], BODIES[k], cells[k]] for k in range(3)]
    report = _document(tmp_path, fmt, header, rows)
    assert [(s, d) for _, s, _, _, d, _ in _tasks(report)] == [(None, cell) for cell in cells]


def test_a_tick_columns_name_is_status_words_alone():
    assert [status_name(n) for n in ("Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Hoàn thành tháng 6")] == [
        "done", "in_progress", "not_started", None]


# ---------------------------------------------------------------------------------------------------
# Tables


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_report_with_result_and_status_columns(tmp_path, fmt):
    header = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn hoàn thành", "Kết quả thực hiện", "Mức độ hoàn thành"]]
    results = ["Đã ban hành Quyết định số 45/QĐ-UBND", "Số hóa được 12.500 hồ sơ", "Kiểm tra 8 xã, phường",
               "Tổ chức 2 lớp cho 150 công chức"]
    statuses = ["Hoàn thành", "Đang thực hiện", "Chậm tiến độ", "Đạt kế hoạch"]
    deadlines = ["Quý I/2026", "Tháng 6/2026", "Quý II/2026", "Tháng 5/2026"]
    rows = [[str(k + 1), TASKS[k], BODIES[k], deadlines[k], results[k], statuses[k]] for k in range(4)]
    doc = _document(tmp_path, fmt, header, rows)
    assert [(s, st, r, d, o) for _, s, st, r, d, o in _tasks(doc)] == [
        ("done", "Hoàn thành", results[0], "Quý I/2026", None),
        ("in_progress", "Đang thực hiện", results[1], "Tháng 6/2026", None),
        ("overdue", "Chậm tiến độ", results[2], "Quý II/2026", None),
        (None, "Đạt kế hoạch", results[3], "Tháng 5/2026", None)]  # words the vocabulary lacks: null, and said
    unread = [w for w in doc.warnings if w.code == "task_status_unread"]
    assert len(unread) == 1 and "Đạt kế hoạch" in unread[0].message


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", ["Tiến độ", "Tiến độ thực hiện", "Thời gian hoàn thành"])
def test_a_time_column_read_cell_by_cell(tmp_path, fmt, name):
    """A date is a deadline, status words a status, both where the cell holds both; never a status word as a
    deadline's text."""
    header = [["TT", "Nội dung công việc", "Đơn vị chủ trì", name]]
    cells = ["Hoàn thành", "Tháng 9/2026", "Đang thực hiện", "Đã hoàn thành tháng 3/2026"]
    rows = [[str(k + 1), TASKS[k], BODIES[k], cells[k]] for k in range(4)]
    doc = _document(tmp_path, fmt, header, rows)
    assert [(s, st, d) for _, s, st, _, d, _ in _tasks(doc)] == [
        ("done", "Hoàn thành", None), (None, None, "Tháng 9/2026"), ("in_progress", "Đang thực hiện", None),
        ("done", "Đã hoàn thành tháng 3/2026", "Đã hoàn thành tháng 3/2026")]
    assert doc.tasks[3].deadline.end == "2026-03-31"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plans_complete_by_is_a_deadline_but_a_reports_past_one_a_status_too(tmp_path, fmt):
    header = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Tiến độ"]]
    cells = ["Hoàn thành tháng 6/2026", "Hoàn thành trước ngày 30/9/2026", "Xong trong tháng 5/2026", "Hoàn thành"]
    rows = [[str(k + 1), TASKS[k], BODIES[k], cells[k]] for k in range(4)]
    plan = _document(tmp_path, fmt, header, rows, kind=_PLAN)
    assert [(s, d) for _, s, _, _, d, _ in _tasks(plan)] == [
        (None, cells[0]), (None, cells[1]), (None, cells[2]), ("done", None)]
    # a report of 12 July 2026: a time over by then says when the task was done; one still to come is a deadline
    report = _document(tmp_path, fmt, header, rows)
    assert [(s, d) for _, s, _, _, d, _ in _tasks(report)] == [
        ("done", cells[0]), (None, cells[1]), ("done", cells[2]), ("done", None)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_second_time_column_that_names_no_time_is_an_unread_status(tmp_path, fmt):
    header = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn hoàn thành", "Tiến độ thực hiện"]]
    cells = ["Đã trình UBND tỉnh", "Chưa thực hiện"]
    rows = [[str(k + 1), TASKS[k], BODIES[k], "Quý II/2026", cells[k]] for k in range(2)]
    doc = _document(tmp_path, fmt, header, rows)
    assert [(s, st, d) for _, s, st, _, d, _ in _tasks(doc)] == [
        (None, "Đã trình UBND tỉnh", "Quý II/2026"), ("not_started", "Chưa thực hiện", "Quý II/2026")]
    assert [w.code for w in doc.warnings if w.code.startswith("task_status")] == ["task_status_unread"]


@pytest.mark.parametrize("fmt", ("html", "docx"))
@pytest.mark.parametrize("group", ["Tình hình thực hiện", "Kết quả thực hiện", "Tiến độ"])
def test_tick_columns_under_a_group_header(tmp_path, fmt, group):
    header = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", group, "", "", "Ghi chú"],
              ["", "", "", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện", ""]]
    ticks = [("x", "", ""), ("", "x", ""), ("", "", "X"), ("x", "x", "")]
    rows = [[str(k + 1), TASKS[k], BODIES[k], *ticks[k], ""] for k in range(4)]
    doc = _document(tmp_path, fmt, header, rows)
    assert [(s, st, d) for _, s, st, _, d, _ in _tasks(doc)] == [
        ("done", "Hoàn thành", None), ("in_progress", "Đang thực hiện", None), ("not_started", "Chưa thực hiện", None),
        (None, "Hoàn thành, Đang thực hiện", None)]
    assert [c.role for c in doc.tables[0].columns][3:] == ["status_mark"] * 3 + ["note"]
    unread = [w for w in doc.warnings if w.code == "task_status_unread"]
    assert len(unread) == 1 and "several statuses" in unread[0].message


@pytest.mark.parametrize("fmt", FORMATS[1:])  # flattened text: below
def test_a_result_column_with_a_year_in_a_task_table(tmp_path, fmt):
    """'Kết quả thực hiện năm 2025' beside the bodies and no target: each task's result, not an indicator's; a result
    that opens with status words gives the status when no column says one."""
    header = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Kết quả thực hiện năm 2025"]]
    results = ["Đã hoàn thành. Ban hành Kế hoạch số 12/KH-UBND", "Đang triển khai tại 5 xã", "Tổ chức 3 đoàn kiểm tra"]
    rows = [[str(k + 1), TASKS[k], BODIES[k], results[k]] for k in range(3)]
    doc = _document(tmp_path, fmt, header, rows)
    assert doc.tables[0].columns[3].role == "result"
    assert [(s, st, r) for _, s, st, r, _, _ in _tasks(doc)] == [
        ("done", "Đã hoàn thành", results[0]), ("in_progress", "Đang triển khai tại 5 xã", results[1]),
        (None, None, results[2])]
    assert not doc.indicators and not [w for w in doc.warnings if w.code == "task_status_unread"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", ["Kết quả/sản phẩm", "Sản phẩm đầu ra", "Kết quả"])
def test_a_plans_product_column_stays_the_output(tmp_path, fmt, name):
    header = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", name, "Thời gian hoàn thành"]]
    products = ["Quyết định của UBND tỉnh", "Cơ sở dữ liệu", "Báo cáo kết quả kiểm tra"]
    rows = [[str(k + 1), TASKS[k], BODIES[k], products[k], "Quý III/2026"] for k in range(3)]
    doc = _document(tmp_path, fmt, header, rows, kind=_PLAN)
    assert [(o, r, s) for _, s, _, r, _, o in _tasks(doc)] == [(p, None, None) for p in products]


def test_a_flattened_result_column_that_opens_with_status_words(tmp_path):
    """A cell a paragraph: a result that opens with status words stands on its own, not on the body's name above it (a
    free text with no figure, "Ban hành Kế hoạch triển khai", still cannot be told from a name's second line)."""
    header = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Kết quả thực hiện"]]
    results = ["Đã hoàn thành. Ban hành Kế hoạch số 12/KH-UBND", "Đang triển khai tại 5 xã", "Chưa triển khai"]
    rows = [[str(k + 1), TASKS[k], BODIES[k], results[k]] for k in range(3)]
    doc = _document(tmp_path, "txt", header, rows)
    assert [(s, r, t.lead[0].name) for (_, s, _, r, _, _), t in zip(_tasks(doc), doc.tasks)] == [
        ("done", results[0], BODIES[0]), ("in_progress", results[1], BODIES[1]), ("not_started", results[2], BODIES[2])]


# ---------------------------------------------------------------------------------------------------
# Flattened copies: a row's status is its own, never lent by the row above

_REPORT_HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Kết quả thực hiện"]
_RESULTS = ["Đã tổ chức 2 hội nghị tập huấn", "Đã tổ chức 3 đoàn kiểm tra", "Đã ban hành 4 văn bản hướng dẫn"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", ["Tiến độ", "Mức độ hoàn thành", "Tình trạng"])
@pytest.mark.parametrize("unread", ["Đã trình UBND tỉnh", "Đang chờ ý kiến của Bộ Tài chính", "Chưa bố trí kinh phí"])
def test_a_status_the_vocabulary_lacks_stays_in_its_row(tmp_path, fmt, name, unread):
    """"Đã …", "Đang …", "Chưa …" alone in a status column is that row's status cell, not the result's second line
    (the row then taking the status of the row above)."""
    statuses = ["Đang thực hiện", unread, "Đã hoàn thành"]
    rows = [[str(k + 1), TASKS[k], BODIES[k], _RESULTS[k], statuses[k]] for k in range(3)]
    doc = _document(tmp_path, fmt, [[*_REPORT_HEADER, name]], rows)
    assert [(s, st, r) for _, s, st, r, _, _ in _tasks(doc)] == [
        ("in_progress", statuses[0], _RESULTS[0]), (None, unread, _RESULTS[1]), ("done", statuses[2], _RESULTS[2])]
    unread_warnings = [w for w in doc.warnings if w.code == "task_status_unread"]
    assert len(unread_warnings) == 1 and unread in unread_warnings[0].message


@pytest.mark.parametrize("status", ["Đã hoàn thành", "Đã trình UBND tỉnh"])
def test_a_flattened_result_of_several_lines(tmp_path, status):
    """A result cell printed over lines that each open with "Đã": its lines stay the result, the last cell the status."""
    result = "Đã tổ chức 3 hội nghị;\n\nĐã ban hành 2 văn bản"
    rows = [["1", TASKS[0], BODIES[0], result, status], ["2", TASKS[1], BODIES[1], _RESULTS[1], "Đang thực hiện"]]
    doc = _document(tmp_path, "txt", [[*_REPORT_HEADER, "Tiến độ"]], rows)
    assert [(st, r) for _, _, st, r, _, _ in _tasks(doc)] == [
        (status, "Đã tổ chức 3 hội nghị;\nĐã ban hành 2 văn bản"), ("Đang thực hiện", _RESULTS[1])]


@pytest.mark.parametrize("empty", ["", "\u00a0"])  # left out of the copy, or printed as a blank
@pytest.mark.parametrize("name", ["Tiến độ", "Mức độ hoàn thành"])
def test_a_flattened_row_with_no_status_takes_none_from_above(tmp_path, empty, name):
    statuses = ["Đã hoàn thành", empty, "Chưa thực hiện"]
    rows = [[str(k + 1), TASKS[k], BODIES[k], _RESULTS[k], statuses[k]] for k in range(3)]
    doc = _document(tmp_path, "txt", [[*_REPORT_HEADER, name]], rows)
    assert [(s, st, r) for _, s, st, r, _, _ in _tasks(doc)] == [
        ("done", statuses[0], _RESULTS[0]), (None, None, _RESULTS[1]), ("not_started", statuses[2], _RESULTS[2])]


@pytest.mark.parametrize("name", ["Kết quả thực hiện", "Mức độ hoàn thành"])
def test_a_flattened_row_with_no_result_or_status_takes_none_from_above(tmp_path, name):
    """A row that prints its number, task and body only: neither its result nor its status is the row above's."""
    header = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", name]
    cells = ["Đang triển khai tại 5 xã", "", "Chưa thực hiện"]
    rows = [[str(k + 1), TASKS[k], BODIES[k], cells[k]] for k in range(3)]
    doc = _document(tmp_path, "txt", [header], rows)
    assert [(s, st or r) for _, s, st, r, _, _ in _tasks(doc)][1] == (None, None)


# ---------------------------------------------------------------------------------------------------
# Outputs: the JSON document, the database (and the upgrade of a layout 11 one), the report, the spreadsheet


def _report_path(tmp_path):
    header = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Kết quả thực hiện", "Tiến độ"]]
    rows = [["1", TASKS[0], BODIES[0], "Ban hành Quyết định số 45/QĐ-UBND", "Đã hoàn thành"],
            ["2", TASKS[1], BODIES[1], "Số hóa được 12.500 hồ sơ", "Đang thực hiện"]]
    _document(tmp_path, "html", header, rows)
    return tmp_path / "doc.html"


def test_the_json_document_holds_status_and_result(tmp_path):
    import json

    from pipeline import SCHEMA_VERSION
    from pipeline.outputs.export import to_json_dict

    exported = json.loads(json.dumps(to_json_dict(process(_report_path(tmp_path))), ensure_ascii=False))
    # the fields came in 0.11.0
    assert exported["schema_version"] == SCHEMA_VERSION and tuple(map(int, SCHEMA_VERSION.split("."))) >= (0, 11, 0)
    assert [(t["status"], t["status_text"], t["result"], t["output"], t["deadline"]) for t in exported["tasks"]] == [
        ("done", "Đã hoàn thành", "Ban hành Quyết định số 45/QĐ-UBND", None, None),
        ("in_progress", "Đang thực hiện", "Số hóa được 12.500 hồ sơ", None, None)]


def test_the_database_report_and_spreadsheet_hold_status_and_result(tmp_path):
    from openpyxl import load_workbook

    from conftest import open_database
    from pipeline.ingest import ingest
    from pipeline.outputs.report import markdown_report
    from pipeline.outputs.xlsx import write_xlsx

    path = tmp_path / "plans.db"
    assert ingest([_report_path(tmp_path)], db_path=path, json_dir=None, workers=1).ok
    db = open_database(path)
    assert [tuple(r) for r in db.execute("SELECT status, status_text, result FROM task_list ORDER BY task_id")] == [
        ("done", "Đã hoàn thành", "Ban hành Quyết định số 45/QĐ-UBND"),
        ("in_progress", "Đang thực hiện", "Số hóa được 12.500 hồ sơ")]
    db.close()
    assert "| done (Đã hoàn thành) |" in markdown_report(path, [])
    sheet = load_workbook(write_xlsx(path, tmp_path / "plans.xlsx"))["tasks"]
    header = [c.value for c in sheet[1]]
    assert [row[header.index("status")] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["done", "in_progress"]


def test_a_database_of_layout_11_gets_the_columns(tmp_path):
    from conftest import open_database
    from pipeline.ingest import ingest
    from pipeline.outputs.load import DB_SCHEMA_VERSION, open_db

    path, source = tmp_path / "plans.db", _report_path(tmp_path)
    assert ingest([source], db_path=path, json_dir=None, workers=1).ok
    db = open_database(path)
    for view in ("document_list", "review_queue", "task_list"):  # layout 11's views did not read the columns
        db.execute(f"DROP VIEW {view}")
    for column in ("status", "status_text", "result"):
        db.execute(f"ALTER TABLE tasks DROP COLUMN {column}")
    for column in ("status", "status_text"):  # layout 13's
        db.execute(f"ALTER TABLE assignments DROP COLUMN {column}")
    db.execute("PRAGMA user_version = 11")
    db.execute("UPDATE documents SET pipeline_version = 'older'")
    db.conn.commit()
    db.close()
    open_db(path).close()
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == DB_SCHEMA_VERSION
    assert [tuple(r) for r in db.execute("SELECT status FROM task_list")] == [(None,), (None,)]  # until read again
    db.close()
    assert ingest([source], db_path=path, json_dir=None, workers=1).ok
    db = open_database(path)
    assert [tuple(r) for r in db.execute("SELECT status FROM task_list ORDER BY task_id")] == [("done",), ("in_progress",)]
    db.close()


def test_a_correction_sets_a_status(tmp_path):
    from pipeline.stages.corrections import InvalidCorrection, check_value, choices, parse_path

    assert choices("status") == ("done", "in_progress", "not_started", "overdue", "not_done")
    check_value(parse_path("tasks[table_1__task_1].status"), "done")
    with pytest.raises(InvalidCorrection):
        check_value(parse_path("tasks[table_1__task_1].status"), "xong")


def test_an_unread_status_is_in_the_review_queue(tmp_path):
    from conftest import open_database
    from pipeline.ingest import ingest

    header = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Mức độ hoàn thành"]]
    rows = [["1", TASKS[0], BODIES[0], "Cơ bản đạt yêu cầu"], ["2", TASKS[1], BODIES[1], "Đã hoàn thành"]]
    _document(tmp_path, "docx", header, rows)
    path = tmp_path / "plans.db"
    assert ingest([tmp_path / "doc.docx"], db_path=path, json_dir=None, workers=1).ok
    db = open_database(path)
    queued = db.execute("SELECT item, field_path, value FROM review_queue WHERE kind = 'task_status_unread'").fetchall()
    assert [tuple(r) for r in queued] == [("table_1__task_1", "tasks[table_1__task_1].status", "Cơ bản đạt yêu cầu")]
    db.close()


@pytest.mark.parametrize("results", [
    ["Tổ chức 3 đoàn kiểm tra", "Số hóa được 12.500 hồ sơ", "Kiểm tra 8 xã, phường"],
    ["Tập huấn cho 150 công chức", "Giải quyết 98% hồ sơ đúng hạn", "Ban hành 2 văn bản"],
])
def test_a_flattened_result_with_a_figure_is_no_name_s_second_line(tmp_path, results):
    rows = [[str(k + 1), TASKS[k], BODIES[k], results[k]] for k in range(3)]
    doc = _document(tmp_path, "txt", [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Kết quả thực hiện"]], rows)
    assert [(r, t.lead[0].name) for (_, _, _, r, _, _), t in zip(_tasks(doc), doc.tasks)] == list(zip(results, BODIES))


def test_a_name_s_second_line_with_a_number_stays_the_name(tmp_path):
    bodies = ["Trường Trung học phổ thông", "Trung tâm Y tế khu vực", "Sở Tư pháp"]
    seconds = ["số 2 thành phố", "số 3 tỉnh", ""]
    results = ["Tổ chức 3 đoàn kiểm tra", "Số hóa được 12.500 hồ sơ", "Kiểm tra 8 xã, phường"]
    rows = [[str(k + 1), TASKS[k], f"{bodies[k]}\n\n{seconds[k]}" if seconds[k] else bodies[k], results[k]] for k in range(3)]
    doc = _document(tmp_path, "txt", [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Kết quả thực hiện"]], rows)
    assert [(t.result, [m.name for m in t.lead]) for t in doc.tasks] == [
        (results[0], ["Trường Trung học phổ thông số 2 thành phố"]), (results[1], ["Trung tâm Y tế khu vực số 3 tỉnh"]),
        (results[2], ["Sở Tư pháp"])]


# ---------------------------------------------------------------------------------------------------
# A bare "Kết quả" column: a report's result, a plan's product

_DONE = ["Đã tổ chức 2 hội nghị tập huấn", "Đã ban hành 4 văn bản hướng dẫn", "Đã kiểm tra 12 xã"]
_PROPOSAL = ("TỜ TRÌNH", "Số: 52/TTr-UBND", "Đề nghị khen thưởng các tập thể có thành tích năm 2025")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", ["Kết quả", "Kết quả đạt được", "KẾT QUẢ"])
def test_a_reports_bare_result_column_is_the_result(tmp_path, fmt, name):
    rows = [[str(k + 1), TASKS[k], BODIES[k], _DONE[k]] for k in range(3)]
    doc = _document(tmp_path, fmt, [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", name]], rows)
    assert doc.tables[0].columns[3].role == "result"
    assert [(r, o) for _, _, _, r, _, o in _tasks(doc)] == [(d, None) for d in _DONE]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("beside, cells", [
    # a time column whose cells say where each task stands, not when
    ("Tiến độ", ["Đã hoàn thành", "Đang triển khai", "Chưa thực hiện"]),
    ("Mức độ hoàn thành", ["Hoàn thành", "Đang thực hiện", "Chưa hoàn thành"]),
])
def test_a_bare_result_column_beside_statuses_is_the_result(tmp_path, fmt, beside, cells):
    """In a document of another kind (a plan that reports last year's work), the table's status column says it is a
    report's table."""
    rows = [[str(k + 1), TASKS[k], BODIES[k], _DONE[k], cells[k]] for k in range(3)]
    doc = _document(tmp_path, fmt, [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Kết quả", beside]], rows, kind=_PLAN)
    assert doc.tables[0].columns[3].role == "result"
    assert [r for _, _, _, r, _, _ in _tasks(doc)] == _DONE
    assert all(t.output is None and t.deadline is None for t in doc.tasks)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("heading", ["II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025", "1. Tình hình triển khai các nhiệm vụ"])
def test_a_bare_result_column_under_a_reports_heading_is_the_result(tmp_path, fmt, heading):
    rows = [[str(k + 1), TASKS[k], BODIES[k], _DONE[k]] for k in range(3)]
    doc = _document(tmp_path, fmt, [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Kết quả"]], rows,
                    kind=(*_PROPOSAL, ("I. CĂN CỨ", "Căn cứ các quy định hiện hành.", heading)))
    assert doc.tables[0].columns[3].role == "result"
    assert [r for _, _, _, r, _, _ in _tasks(doc)] == _DONE


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name, time", [("Kết quả", "Tiến độ"), ("Kết quả đạt được", "Thời gian"),
                                        ("Kết quả/sản phẩm", "Tiến độ"), ("Kết quả đầu ra", "Thời gian hoàn thành")])
def test_a_plans_result_column_stays_the_product(tmp_path, fmt, name, time):
    """A plan's table with dates in its time column ("Tiến độ: Quý III/2026"): "Kết quả" is what the task must yield."""
    products = ["Quyết định của UBND tỉnh", "Cơ sở dữ liệu dùng chung", "Báo cáo kết quả kiểm tra"]
    times = ["Quý III/2026", "Tháng 10/2026", "Trước ngày 15/12/2026"]
    rows = [[str(k + 1), TASKS[k], BODIES[k], products[k], times[k]] for k in range(3)]
    doc = _document(tmp_path, fmt, [["STT", "Nhiệm vụ", "Cơ quan chủ trì", name, time]], rows, kind=_PLAN)
    assert doc.tables[0].columns[3].role == "output"
    assert [(o, r) for _, _, _, r, _, o in _tasks(doc)] == [(p, None) for p in products]
