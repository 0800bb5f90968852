"""Task tables written by other hands (s48 blind round), on tables of our own built from how published plans lay
theirs out: other header wordings, a header over two rows, a header repeated on every page or none after a page break,
row numbers glued to the task ("1- …", "1.Xây …", "1)", "I-"), curly quotes and doubled spaces in copied cells, and a
task's number and content merged down over rows that each name their own lead and time (versus a blank cell that is
no merge). Each table is built as an HTML page, a Word file and, where the class applies, a text copy.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

BEFORE = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Số: 93/KH-UBND", "Hà Nam, ngày 9 tháng 2 năm 2026", "KẾ HOẠCH", "Cải thiện môi trường đầu tư năm 2026",
          "I. MỤC ĐÍCH, YÊU CẦU", "1. Triển khai kịp thời, đồng bộ các nhiệm vụ.", "II. NHIỆM VỤ CỤ THỂ", "PHỤ LỤC",
          "DANH MỤC NHIỆM VỤ TRIỂN KHAI"]
AFTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Quốc Bình"]

# (number, content, lead, support, deadline, product)
TASKS = [("1", "Rà soát quy trình giải quyết thủ tục đầu tư", "Sở Tài chính", "Sở Tư pháp", "Quý II/2026",
          "Báo cáo rà soát"),
         ("2", "Tổ chức đối thoại với doanh nghiệp", "Sở Công Thương", "Hiệp hội Doanh nghiệp tỉnh", "Tháng 9/2026",
          "Hội nghị"),
         ("3", "Công khai thông tin quy hoạch trên cổng thông tin", "Sở Xây dựng", "Sở Khoa học và Công nghệ",
          "Quý III/2026", "Chuyên mục trên cổng"),
         ("4", "Đánh giá chỉ số năng lực cạnh tranh cấp sở", "Sở Nội vụ", "Các sở, ban, ngành", "Tháng 12/2026",
          "Kết quả đánh giá")]
ENDS = {"Quý II/2026": "2026-06-30", "Tháng 9/2026": "2026-09-30", "Quý III/2026": "2026-09-30",
        "Tháng 12/2026": "2026-12-31", "Quý IV/2026": "2026-12-31", "Năm 2026": "2026-12-31"}


def _got(path) -> list[tuple]:
    return [(t.number, t.content, [m.name for m in t.lead], [m.name for m in t.support],
             t.deadline.text if t.deadline else None) for t in process(path).tasks]


def _want(tasks=TASKS) -> list[tuple]:
    return [(n, c, [lead], [s] if s else [], d) for n, c, lead, s, d, _ in tasks]


def _html(tmp_path, header_rows: list[str], body: str) -> object:
    path = tmp_path / "doc.html"
    path.write_text("<html><body>" + "".join(f"<p>{x}</p>" for x in BEFORE) + "<table border='1'>" + "".join(header_rows)
                    + body + "</table>" + "".join(f"<p>{x}</p>" for x in AFTER) + "</body></html>", encoding="utf-8")
    return path


def _tr(cells) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def _docx(tmp_path, tables: list[tuple[list[list[str]], list[tuple]]], page_break: bool = True) -> object:
    """Word tables (each its grid and the (row, col, rows down, cols across) merges), a page break between two."""
    import docx
    from docx.enum.text import WD_BREAK

    path = tmp_path / "doc.docx"
    document = docx.Document()
    for line in BEFORE:
        document.add_paragraph(line)
    for k, (grid, merges) in enumerate(tables):
        if k and page_break:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        table = document.add_table(rows=len(grid), cols=len(grid[0]))
        table.style = "Table Grid"
        for r, row in enumerate(grid):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        for r, c, down, across in merges:
            text = grid[r][c]
            merged = table.cell(r, c).merge(table.cell(r + down - 1, c + across - 1))
            merged.text = text
    for line in AFTER:
        document.add_paragraph(line)
    document.save(path)
    return path


def _rows(tasks, columns: str) -> list[list[str]]:
    """The tasks' cells in the order of ``columns``: n(umber) c(ontent) l(ead) s(upport) d(eadline) p(roduct)."""
    index = dict(zip("ncls dp".replace(" ", ""), range(6)))
    return [[t[index[k]] for k in columns] for t in tasks]


# -- Header wordings -----------------------------------------------------------------------------------------------------

HEADERS = [
    ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Phối hợp", "Thời gian", "Sản phẩm"),
    ("TT", "Nhiệm vụ", "Cơ quan thực hiện", "Đơn vị phối hợp thực hiện", "Thời hạn hoàn thành", "Kết quả đầu ra"),
    ("STT", "Tên nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Tiến độ", "Hình thức văn bản"),
    ("Số TT", "Nội dung", "Cơ quan chủ trì thực hiện", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm đầu ra"),
    ("STT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Phối hợp", "Tiến độ thực hiện", "Hình thức sản phẩm"),
    ("TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì thực hiện", "Đơn vị phối hợp thực hiện", "Thời gian thực hiện",
     "Kết quả/sản phẩm"),
]


@pytest.mark.parametrize("form", ["html", "docx", "tab", "spaced", "lines"])
@pytest.mark.parametrize("header", HEADERS, ids=[h[2] for h in HEADERS])
def test_header_wordings(tmp_path, form, header):
    rows = _rows(TASKS, "nclsdp")
    if form == "html":
        path = _html(tmp_path, [_tr(header)], "".join(map(_tr, rows)))
    elif form == "docx":
        path = _docx(tmp_path, [([list(header), *rows], [])])
    else:
        path = write_in_form(tmp_path, [*BEFORE, *_copied(list(header), rows, form), *AFTER], "text")
    assert _got(path) == _want()


def test_products_under_other_wordings_are_products(tmp_path):
    for header in HEADERS:
        path = _html(tmp_path, [_tr(header)], "".join(map(_tr, _rows(TASKS, "nclsdp"))))
        assert [t.output for t in process(path).tasks] == [t[5] for t in TASKS], header[5]


# -- A header over two rows ----------------------------------------------------------------------------------------------

SPLIT = [("Đơn vị", "Chủ trì", "Phối hợp"), ("Đơn vị thực hiện", "Chủ trì", "Phối hợp"),
         ("Cơ quan thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp"), ("Phân công thực hiện", "Chủ trì", "Phối hợp")]


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("parent, lead, support", SPLIT, ids=[s[0] for s in SPLIT])
def test_header_split_over_two_rows(tmp_path, form, parent, lead, support):
    rows = _rows(TASKS, "nclsd")
    if form == "html":
        top = ("<tr><td rowspan='2'>STT</td><td rowspan='2'>Nội dung</td>"
               f"<td colspan='2'>{parent}</td><td rowspan='2'>Thời gian hoàn thành</td></tr>")
        path = _html(tmp_path, [top, _tr([lead, support])], "".join(map(_tr, rows)))
    else:
        grid = [["STT", "Nội dung", parent, "", "Thời gian hoàn thành"], ["", "", lead, support, ""], *rows]
        path = _docx(tmp_path, [(grid, [(0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 1, 2), (0, 4, 2, 1)])])
    assert _got(path) == _want()


# -- Tables over page breaks ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("repeat", ["header", "none", "numbers"])
def test_a_table_on_two_pages(tmp_path, repeat):
    """Word: the table cut at a page break into two tables; the second repeats the header, has none, or opens with
    the column numbers "(1) (2) …"."""
    header = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    rows = _rows(TASKS, "nclsd")
    second = {"header": [header], "none": [], "numbers": [[f"({k})" for k in range(1, 6)]]}[repeat]
    path = _docx(tmp_path, [([header, *rows[:2]], []), ([*second, *rows[2:]], [])])
    assert _got(path) == _want()


def test_a_header_repeated_inside_one_table(tmp_path):
    """HTML of a Word table whose header row repeats on each page: the repeat sits among the rows."""
    header = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    rows = _rows(TASKS, "nclsd")
    path = _html(tmp_path, [_tr(header)], "".join(map(_tr, rows[:2])) + _tr(header) + "".join(map(_tr, rows[2:])))
    assert _got(path) == _want()


# -- Numbers glued to the task, quotes and spaces in text copies ---------------------------------------------------------

NUMBERS = [("1-", "{n}- {c}"), ("1.", "{n}.{c}"), ("1)", "{n}) {c}"), ("1 -", "{n} - {c}"), ("1.", "{n}. {c}")]


@pytest.mark.parametrize("form", ["html", "docx", "tab", "spaced", "lines"])
@pytest.mark.parametrize("style, glued", NUMBERS, ids=[n[0] for n in NUMBERS])
def test_a_number_glued_to_the_task(tmp_path, form, style, glued):
    """No number column: the content cell opens with the row's number."""
    header = ["Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    rows = [[glued.format(n=n, c=c), lead, s, d] for n, c, lead, s, d, _ in TASKS]
    if form == "html":
        path = _html(tmp_path, [_tr(header)], "".join(map(_tr, rows)))
    elif form == "docx":
        path = _docx(tmp_path, [([header, *rows], [])])
    else:
        path = write_in_form(tmp_path, [*BEFORE, *_copied(header, rows, form), *AFTER], "text")
    assert _got(path) == [(style.replace("1", n), *w[1:]) for n, w in zip("1234", _want())]


def _copied(header: list[str], rows: list[list[str]], form: str) -> list[str]:
    """A table copied as text: a row a line with tabs ("tab") or two spaces or more ("spaced": a phone's copy) between
    its cells, or a cell a line ("lines")."""
    if form == "lines":
        return [*header, *(c for r in rows for c in r)]
    gap = "\t" if form == "tab" else "   "
    return [gap.join(header), *(gap.join(r) for r in rows)]


@pytest.mark.parametrize("form", ["tab", "spaced", "lines"])
@pytest.mark.parametrize("style", ["1-", "1.", "1)", "I-", "1 -"])
def test_number_cells_written_other_ways(tmp_path, form, style):
    header = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    romans = ["I", "II", "III", "IV"]
    numbers = [romans[k] + "-" if style == "I-" else str(k + 1) + style[1:] for k in range(4)]
    rows = [[numbers[k], *r[1:]] for k, r in enumerate(_rows(TASKS, "nclsd"))]
    lines = _copied(header, rows, form)
    got = _got(write_in_form(tmp_path, [*BEFORE, *lines, *AFTER], "text"))
    assert got == [(numbers[k], *w[1:]) for k, w in enumerate(_want())]


@pytest.mark.parametrize("form", ["html", "docx", "tab", "lines"])
def test_curly_quotes_and_doubled_spaces_in_cells(tmp_path, form):
    header = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    rows = [[n, c, f"“{lead}”", s.replace(" ", "  ", 1) if s else "", d.replace("/", " /")] for n, c, lead, s, d, _ in TASKS]
    if form == "html":
        path = _html(tmp_path, [_tr(header)], "".join(map(_tr, rows)))
    elif form == "docx":
        path = _docx(tmp_path, [([header, *rows], [])])
    else:
        path = write_in_form(tmp_path, [*BEFORE, *_copied(header, rows, form), *AFTER], "text")
    got = _got(path)
    assert [(g[2], g[3]) for g in got] == [(w[2], w[3]) for w in _want()]
    assert [t.deadline.end if t.deadline else None for t in process(path).tasks] == [ENDS[t[4]] for t in TASKS]


# -- A task merged down over rows that each name their own lead and time ------------------------------------------------

SUBS = [("Sở Tài chính", "Sở Tư pháp", "Quý II/2026"), ("Sở Xây dựng", "", "Quý IV/2026")]


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_task_merged_down_over_its_own_leads(tmp_path, form):
    header = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    first, last = _rows(TASKS[:1], "nclsd")[0], _rows(TASKS[3:], "nclsd")[0]
    task = ["2", "Hỗ trợ doanh nghiệp tiếp cận đất đai"]
    if form == "html":
        body = (_tr(first) + f"<tr><td rowspan='2'>2</td><td rowspan='2'>{task[1]}</td>"
                + "".join(f"<td>{x}</td>" for x in SUBS[0]) + "</tr>" + _tr(SUBS[1]) + _tr(last))
        path = _html(tmp_path, [_tr(header)], body)
    else:
        grid = [header, first, [*task, *SUBS[0]], [*task, *SUBS[1]], last]
        path = _docx(tmp_path, [(grid, [(2, 0, 2, 1), (2, 1, 2, 1)])])
    got = _got(path)
    assert got[0] == _want()[0] and got[-1] == _want()[3:][0]
    # each row under the merged task names its own lead and time: never one row's values given to the other
    middle = got[1:-1]
    assert [(g[2], g[3], g[4]) for g in middle] in (
        [(["Sở Tài chính"], ["Sở Tư pháp"], "Quý II/2026"), (["Sở Xây dựng"], [], "Quý IV/2026")],)
    assert all(g[1] == task[1] for g in middle)


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_blank_cell_under_a_task_is_no_merge(tmp_path, form):
    """The same rows with the second one's number and content cells printed empty (no merge)."""
    header = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    first, last = _rows(TASKS[:1], "nclsd")[0], _rows(TASKS[3:], "nclsd")[0]
    grid = [header, first, ["2", "Hỗ trợ doanh nghiệp tiếp cận đất đai", *SUBS[0]], ["", "", *SUBS[1]], last]
    path = _html(tmp_path, [_tr(header)], "".join(map(_tr, grid[1:]))) if form == "html" else _docx(tmp_path, [(grid, [])])
    doc = process(path)
    got = _got(path)
    # the blank row's lead and time are given to no task (whose they are is not told), and not dropped in silence
    assert got == [_want()[0], ("2", grid[2][1], ["Sở Tài chính"], ["Sở Tư pháp"], "Quý II/2026"), _want()[3]]
    assert [w.message.split(": ", 1)[1] for w in doc.warnings if w.code == "task_row_without_task"] == [
        "row 3 names bodies or a time (Sở Xây dựng; Quý IV/2026) but no task, its number and task cells blank: not read "
        "as a task"]


# -- Groups labelled with a dash, headers flattened in copies -----------------------------------------------------------

@pytest.mark.parametrize("form", ["html", "docx", "lines"])
@pytest.mark.parametrize("mark", ["I-", "A-", "I.", "II -"])
def test_group_rows_labelled_with_a_dash(tmp_path, form, mark):
    header = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    title = "NHÓM NHIỆM VỤ VỀ THỦ TỤC HÀNH CHÍNH"
    rows = _rows(TASKS, "nclsd")
    rows = [[f"{n}-", *r[1:]] for n, r in zip("1234", rows)]
    if form == "html":
        path = _html(tmp_path, [_tr(header)], f"<tr><td>{mark}</td><td colspan='4'>{title}</td></tr>" + "".join(map(_tr, rows)))
    elif form == "docx":
        path = _docx(tmp_path, [([header, [mark, title, "", "", ""], *rows], [(1, 1, 1, 4)])])
    else:
        path = write_in_form(tmp_path, [*BEFORE, *header, mark, title, *(c for r in rows for c in r), *AFTER], "text")
    tasks = process(path).tasks
    assert [(t.number, [m.name for m in t.lead], t.deadline.text) for t in tasks] == [
        (f"{n}-", [w[2]], w[4]) for n, w in zip("1234", TASKS)]
    assert {tuple(t.group_path) for t in tasks} == {(f"{mark} {title}",)}


@pytest.mark.parametrize("parent", ["Đơn vị thực hiện", "Đơn vị", "Cơ quan thực hiện"])
def test_a_two_line_header_copied_a_cell_a_line(tmp_path, parent):
    names = ["STT", "Nội dung công việc", parent, "Thời gian hoàn thành", "Chủ trì", "Phối hợp"]
    rows = _rows(TASKS, "nclsd")
    path = write_in_form(tmp_path, [*BEFORE, *names, *(c for r in rows for c in r), *AFTER], "text")
    assert _got(path) == _want()


@pytest.mark.parametrize("form", ["lines", "tab"])
def test_a_header_repeated_in_a_copy(tmp_path, form):
    header = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    rows = _rows(TASKS, "nclsd")
    lines = [*_copied(header, rows[:2], form), *_copied(header, rows[2:], form)]
    assert _got(write_in_form(tmp_path, [*BEFORE, *lines, *AFTER], "text")) == _want()


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("first, second", [("1) ", "2) "), ("1- ", "2- "), ("1.", "2."), ("1 - ", "2 - ")])
def test_items_numbered_inside_one_cell_number_no_row(tmp_path, form, first, second):
    """Guard: a cell listing a task's items numbered in one of these forms, in a table whose rows print no number,
    gives the row no number (the items', which base read as none)."""
    header = ["Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    cell = [f"{first}Tổ chức hội nghị tập huấn", f"{second}Biên soạn tài liệu hướng dẫn"]
    rows = [["\n".join(cell), "Sở Nội vụ", "Sở Tư pháp", "Quý II/2026"],
            ["Kiểm tra việc thực hiện", "Thanh tra tỉnh", "Sở Nội vụ", "Quý IV/2026"]]
    if form == "html":
        path = _html(tmp_path, [_tr(header)], "".join(map(_tr, [["<br>".join(cell), *rows[0][1:]], rows[1]])))
    else:
        path = _docx(tmp_path, [([header, *rows], [])])
    assert [(t.number, t.content) for t in process(path).tasks] == [(None, "\n".join(cell)),
                                                                     (None, "Kiểm tra việc thực hiện")]
