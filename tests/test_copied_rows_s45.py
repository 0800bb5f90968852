"""Task tables copied as text from legal sites (s45): the limits s44 left, then a blind round.

- A time-first table with no number column (a schedule: "Thời gian | Nội dung | Đơn vị thực hiện | Ghi chú"), a time
  merged over two or three rows: the rows under it print one cell fewer. Copied a cell a line (paragraphs, " |" cells,
  "|" lines), such a row ran into the row above (its lead took both rows' bodies), and '|' cells grouped by the
  header's width shifted every row after it. A time cell opens each row of such a table; from one time cell to the
  next come one whole row and rows short by just that cell (tables.py _time_first_rows). Where a cell wraps over two
  paragraphs the counts prove nothing: no body of another row goes into a lead then (a guard).
- A numbered task's line broken inside its cell whose next line opens like a collective in small letters ("các đơn
  vị sự nghiệp …") had been read as a lead beside the lead cell's body, the task cut there (copies a paragraph a line):
  where the row prints one cell per column with that line going on, it stays in the task (_collectives_going_on_a_text).
- Two tables copied with tabs, no heading between them: the second table's header ("TT | Chỉ tiêu | Đơn vị tính |
  …") was read as a row of the first, and its rows as the first's tasks. A tabbed line under whole rows whose every
  cell names a column, other names than the table's header, ends the table (parsers/txt.py _heads_another_table); the
  same header printed again (a page's) does not.
- Blind round (openings of legal-site pages of plans and schedules: a number column or none, "Thời gian" first or
  last, empty "Ghi chú" cells printed as a no-break space, a footer "Lưu | In | Chia sẻ" under the table): each table
  here is written for these tests, in each form (one cell a line, '|' cells, "|" lines, tabs, Markdown).
"""

from __future__ import annotations

import pytest

from pipeline.run import process

NBSP = "\xa0"
_HEAD = ("ỦY BAN NHÂN DÂN", "TỈNH KON TUM", "Số: 57/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Kon Tum, ngày 4 tháng 5 năm 2026", "KẾ HOẠCH",
         "Tổ chức Tuần lễ văn hóa, du lịch năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
         "Quảng bá hình ảnh, con người và tiềm năng du lịch của tỉnh.", "II. PHÂN CÔNG NHIỆM VỤ")
_TAIL = ("III. TỔ CHỨC THỰC HIỆN", "Các cơ quan, đơn vị chủ động triển khai các nhiệm vụ được giao.", "Nơi nhận:",
         "- Như mục III;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Minh Khoa")
_SITE_FOOTER = ("Lưu", "In", "Chia sẻ")


def _render(form: str, header: tuple[str, ...], rows: list[tuple[str, ...]], blank: bool = True,
            footer: tuple[str, ...] = ()) -> str:
    """``rows``: the cells each row prints (a row under a merged cell prints fewer, its first left out), "" an empty
    cell. One cell a line ("txt": a paragraph a cell, an empty one a no-break space), " |" after each cell ("pipe"),
    a "|" line after each cell ("bar"), a row a line with tabs ("tab": a browser prints no cell under a merged one),
    Markdown ("md": the merged cell printed empty, as converters do)."""
    width = len(header)
    if form == "txt":
        lines = [cell or NBSP for row in (header, *rows) for cell in row]
    elif form == "pipe":
        lines = [f"{cell} |".lstrip() for row in (header, *rows) for cell in row]
    elif form == "bar":
        lines = [x for row in (header, *rows) for cell in row for x in ((cell, "|") if cell else ("|",))]
    elif form == "tab":
        lines = ["\t".join(row) for row in (header, *rows)]
    else:
        full = [("",) * (width - len(row)) + tuple(row) for row in rows]
        lines = [f"| {' | '.join(header)} |", "|" + "---|" * width, *(f"| {' | '.join(row)} |" for row in full)]
    sep = "\n\n" if blank and form == "txt" else "\n"
    return sep.join([*_HEAD, "Tiến độ và phân công cụ thể như sau:", *lines, *_TAIL, *footer]) + "\n"


def _read(tmp_path, text: str) -> list[tuple]:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    doc = process(path)
    return [(" ".join(t.content.split()), [m.name for m in t.lead], [m.name for m in t.support],
             t.deadline.text if t.deadline else None)
            for t in doc.tasks]  # in the order of the tables and their rows


# -- A time-first schedule, a time merged over the rows under it ------------------------------------------------------

# (time, or None where merged from the row above; task; lead; support; note)
_FESTIVAL = (
    ("Trước ngày 10/5/2026", "Ban hành kế hoạch chi tiết và thành lập các tiểu ban", "Sở Văn hóa, Thể thao và Du lịch",
     "Sở Nội vụ", "Trình UBND tỉnh phê duyệt"),
    (None, "Thiết kế, in ấn áp phích và tài liệu quảng bá", "Trung tâm Xúc tiến đầu tư, thương mại và du lịch",
     "Sở Tài chính", ""),
    ("Từ ngày 15 đến ngày 20/5/2026", "Chỉnh trang khuôn viên quảng trường và các điểm tham quan",
     "UBND thành phố Kon Tum", "Công an tỉnh", "Bảo đảm an ninh trật tự"),
    (None, "Bố trí gian hàng trưng bày sản phẩm đặc trưng của các địa phương", "Sở Công Thương", "", ""),
    (None, "Tuyên truyền trên báo, đài và mạng xã hội", "Báo và Phát thanh, Truyền hình Kon Tum", "", "Đưa tin hằng ngày"),
    ("Ngày 25/5/2026", "Tổ chức lễ khai mạc Tuần lễ văn hóa, du lịch", "Sở Văn hóa, Thể thao và Du lịch",
     "Văn phòng UBND tỉnh", ""),
    ("Sau khi kết thúc 07 ngày", "Tổng hợp, báo cáo kết quả về UBND tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "", ""),
)
_TIME_HEADERS = {
    5: ("Thời gian", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú"),
    4: ("Thời gian thực hiện", "Nội dung", "Đơn vị thực hiện", "Ghi chú"),
    3: ("Thời gian", "Công việc", "Đơn vị thực hiện"),
}


def _schedule(width: int) -> tuple[tuple[str, ...], list[tuple[str, ...]], list[tuple]]:
    """The header, the rows as printed (a merged time left out), and what each task must read."""
    printed, want, time = [], [], None
    for when, task, lead, support, note in _FESTIVAL:
        time = when or time
        cells = {5: (when, task, lead, support, note), 4: (when, task, lead, note), 3: (when, task, lead)}[width]
        printed.append(cells[1:] if when is None else cells)
        want.append((task, [lead], [support] if width == 5 and support else [], time))
    return _TIME_HEADERS[width], printed, want


_FORMS = ("txt", "pipe", "bar", "tab")



@pytest.mark.parametrize("width", [5, 4, 3])
@pytest.mark.parametrize("form,blank", [("txt", True), ("txt", False), *((form, True) for form in _FORMS[1:])],
                         ids=["txt", "txt_no_blank_lines", *_FORMS[1:]])  # blank lines only change paragraphs
def test_a_time_first_schedule_copied_a_cell_a_line(tmp_path, width, form, blank):
    """Every row read with its own bodies and time, a merged time given to the rows under it (tabs, three columns: a
    row under a merged time prints two cells, no group row's label and title since s46: parsers/txt.py _across)."""
    header, printed, want = _schedule(width)
    assert _read(tmp_path, _render(form, header, printed, blank)) == want


@pytest.mark.parametrize("width", [5, 4])
@pytest.mark.parametrize("form", _FORMS)
def test_a_time_first_schedule_over_a_sites_footer(tmp_path, width, form):
    """The site's "Lưu / In / Chia sẻ" under the document: no row, no body of it."""
    header, printed, want = _schedule(width)
    assert _read(tmp_path, _render(form, header, printed, footer=_SITE_FOOTER)) == want


@pytest.mark.parametrize("width", [5, 4, 3])
def test_a_time_first_schedule_in_markdown_gives_no_wrong_value(tmp_path, width):
    """Markdown prints the merged time as an empty cell: every row and body read; the time is the row above's or
    none (a printed empty cell may be empty), never another's."""
    header, printed, want = _schedule(width)
    got = _read(tmp_path, _render("md", header, printed))
    assert [g[:3] for g in got] == [w[:3] for w in want]
    assert all(g[3] in (w[3], None) for g, w in zip(got, want))


@pytest.mark.parametrize("width", [5, 4])
@pytest.mark.parametrize("form", ["txt", "pipe", "bar"])
def test_a_wrapped_cell_in_a_schedule_puts_no_other_rows_body_in_a_lead(tmp_path, width, form):
    """A task cell copied over two paragraphs: the counts of cells prove no cut, so the rows are placed as before;
    whatever is read, no lead holds a body of another row, and no row's time is another time's."""
    header, printed, want = _schedule(width)
    k = 3  # "Bố trí gian hàng …", under a merged time
    task = printed[k][0]
    split = task.index(" sản phẩm")
    printed[k] = (task[:split], task[split + 1:], *printed[k][1:]) if form == "txt" else printed[k]
    got = _read(tmp_path, _render(form, header, printed))
    bodies = {w[1][0] for w in want}
    for g in got:
        match = next((w for w in want if w[0] == g[0]), None)
        for name in g[1]:
            assert name in bodies and (match is None or name == match[1][0]), (g, match)


# -- A task's line broken before a collective in small letters ------------------------------------------------------

_BROKEN_TASKS = (
    ("Rà soát, sắp xếp lại", "các đơn vị sự nghiệp công lập thuộc", "sở"),
    ("Kiện toàn bộ phận một cửa của", "các cơ quan hành chính cấp tỉnh"),
    ("Hướng dẫn chuyển đổi số cho", "các ban quản lý dự án trên địa bàn", "tỉnh"),
    ("Đánh giá mức độ hài lòng đối với", "các sở, ngành trong giải quyết thủ tục"),
)
_NUMBERED_HEADER = ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Sản phẩm")


@pytest.mark.parametrize("k", range(len(_BROKEN_TASKS)))
@pytest.mark.parametrize("blank", [True, False], ids=["blank_lines", "no_blank_lines"])
def test_a_tasks_line_opening_like_a_collective_goes_on_the_task(tmp_path, k, blank):
    rows = [("1", "Xây dựng cơ sở dữ liệu văn hóa phi vật thể", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính",
             "Quý III/2026", "Cơ sở dữ liệu"),
            ("2", *_BROKEN_TASKS[k], "Sở Nội vụ", "Sở Tư pháp; Sở Tài chính", "Năm 2026", "Đề án"),
            ("3", "Tổ chức hội nghị tổng kết", "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Tháng 12/2026",
             "Báo cáo")]
    lines = [*_NUMBERED_HEADER, *(cell for row in rows for cell in row)]
    sep = "\n\n" if blank else "\n"
    got = _read(tmp_path, sep.join([*_HEAD, *lines, *_TAIL]) + "\n")
    assert [(g[0], g[1]) for g in got] == [
        ("Xây dựng cơ sở dữ liệu văn hóa phi vật thể", ["Sở Văn hóa, Thể thao và Du lịch"]),
        (" ".join(_BROKEN_TASKS[k]), ["Sở Nội vụ"]),
        ("Tổ chức hội nghị tổng kết", ["Văn phòng UBND tỉnh"])]


def test_a_lead_in_small_letters_after_a_task_stays_a_lead(tmp_path):
    """A guard: a lead cell printed in small letters ("các sở, ngành") where the row has no line to spare is the lead."""
    rows = [("1", "Tuyên truyền, phổ biến kế hoạch", "các sở, ngành", "Sở Tư pháp", "Quý II/2026", "Tin bài"),
            ("2", "Kiểm tra việc thực hiện", "Thanh tra tỉnh", "Sở Nội vụ", "Quý IV/2026", "Kết luận")]
    lines = [*_NUMBERED_HEADER, *(cell for row in rows for cell in row)]
    got = _read(tmp_path, "\n\n".join([*_HEAD, *lines, *_TAIL]) + "\n")
    assert [(g[0], g[1]) for g in got] == [("Tuyên truyền, phổ biến kế hoạch", ["các sở, ngành"]),
                                          ("Kiểm tra việc thực hiện", ["Thanh tra tỉnh"])]


# -- Two tables copied with tabs, no heading between them -------------------------------------------------------------

_FIRST = (("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
          ("1", "Nâng cấp cổng thông tin du lịch của tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ",
           "Quý III/2026"),
          ("2", "Đào tạo kỹ năng cho người làm du lịch cộng đồng", "Sở Nội vụ", "UBND các xã", "Tháng 10/2026"),
          ("3", "Xây dựng bộ nhận diện thương hiệu du lịch", "Trung tâm Xúc tiến đầu tư, thương mại và du lịch",
           "Sở Công Thương", "Năm 2026"))
_SECONDS = {
    "indicators": (("TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Cơ quan theo dõi"),
                   ("1", "Tổng lượt khách du lịch", "Lượt khách", "1.200.000", "Sở Văn hóa, Thể thao và Du lịch"),
                   ("2", "Tổng thu từ khách du lịch", "Tỷ đồng", "2.500", "Sở Tài chính")),
    "tasks": (("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"),
              ("1", "Kiểm tra điều kiện kinh doanh lưu trú", "Công an tỉnh", "Sở Y tế", "Quý II/2026"),
              ("2", "Tổng kết, khen thưởng các điển hình", "Sở Nội vụ", "Sở Tài chính", "Tháng 12/2026")),
}


@pytest.mark.parametrize("second", sorted(_SECONDS))
@pytest.mark.parametrize("blank", [False, True], ids=["adjacent", "blank_line_between"])
def test_two_tabbed_tables_with_no_heading_between_are_two(tmp_path, second, blank):
    """The first table's tasks are its three rows; the second header is no task, and its rows are none of the first's
    (an indicator table's rows no task at all)."""
    lines = ["\t".join(r) for r in _FIRST] + ([""] if blank else []) + ["\t".join(r) for r in _SECONDS[second]]
    got = _read(tmp_path, "\n".join([*_HEAD, *lines, *_TAIL]) + "\n")
    first = [(r[1], [r[2]], [r[3]], r[4]) for r in _FIRST[1:]]
    extra = [(r[1], [r[2]], [r[3]], r[4]) for r in _SECONDS[second][1:]] if second == "tasks" else []
    assert got == first + extra


def test_a_header_printed_again_goes_on_the_table(tmp_path):
    """A guard: the same header again over the next page's rows is no second table (its rows go on the first)."""
    lines = ["\t".join(r) for r in (*_FIRST[:3], _FIRST[0], _FIRST[3])]
    got = _read(tmp_path, "\n".join([*_HEAD, *lines, *_TAIL]) + "\n")
    assert got == [(r[1], [r[2]], [r[3]], r[4]) for r in _FIRST[1:]]
