"""Task tables copied as text from legal sites (s46 blind round): how sites and browsers flatten a task table that the
s44/s45 rounds lack, each trait on one table written for these tests, in each form a copy takes (a paragraph a cell,
" |" after each cell, a "|" line after each cell, a row a line with tabs, Markdown).

The traits (stored openings of legal-site pages: a cell a line then a "|" line, rows hard-wrapped where a column
ended, a group row merged across the table, the header printed again on each page of a PDF the site shows):
- vanished: a copy a paragraph a cell whose empty cells print nothing (no no-break space);
- escaped: a Markdown table whose cell prints a '|' escaped as "\\|";
- sub_numbers / letters / dashes: rows numbered "1.1", "a", "-";
- groups: a group row spanning the table ("I. NHIỆM VỤ CHUNG", "II. NHIỆM VỤ CỤ THỂ") between rows;
- header_again: the header printed again over the next page's rows;
- phone: a phone's copy, a row a line, its cells joined by two spaces;
- wrapped_deadline: a deadline cell broken where its column ended ("Quý IV/" / "2026").
Every trait changes how the copy prints, never what the table says: each row reads as the plain table does.

Then the limits s44 and s45 left: a tabbed three-column table whose rows under a merged cell print two cells (read as
group rows); a row of column names ("Tổng kinh phí | Ngân sách tỉnh | …", a header's lower line printed again) read as
a task; a page's mark inside the last row of '|' cells; a time-first schedule of '|' cells whose notes are merged (its
rows went to the aligner, values shifted). And an event that opens as an association's name ("Hội chợ …").
Each table is written for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.run import process

NBSP = "\xa0"
_HEAD = ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 88/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Quảng Trị, ngày 9 tháng 3 năm 2026", "KẾ HOẠCH",
         "Chuyển đổi số trong cơ quan nhà nước năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
         "Nâng cao hiệu quả phục vụ người dân và doanh nghiệp.", "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
         "Các nhiệm vụ cụ thể như sau:")
_TAIL = ("III. TỔ CHỨC THỰC HIỆN", "Các cơ quan, đơn vị triển khai thực hiện các nhiệm vụ được giao.", "Nơi nhận:",
         "- Như mục III;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hồ Văn Nam")
_HEADER = ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành")
# (task, lead, support, deadline): the support "" where the cell is empty
_ROWS = (
    ("Xây dựng kế hoạch chuyển đổi số trong lĩnh vực y tế", "Sở Y tế", "Sở Khoa học và Công nghệ", "Quý II/2026"),
    ("Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính", "Văn phòng UBND tỉnh", "Sở Tư pháp",
     "Tháng 9/2026"),
    ("Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã", "Sở Nội vụ", "", "Quý IV/2026"),
    ("Bảo đảm an toàn thông tin cho hệ thống dùng chung của tỉnh", "Công an tỉnh", "Sở Khoa học và Công nghệ",
     "Năm 2026"),
    ("Tổng hợp, đánh giá kết quả thực hiện kế hoạch", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Tháng 12/2026"),
)
# each deadline's last day: a cell's text may keep the line its column broke it at ("Quý IV/" / "2026"), its date not
_ENDS = {"Quý II/2026": "2026-06-30", "Tháng 9/2026": "2026-09-30", "Quý IV/2026": "2026-12-31", "Năm 2026": "2026-12-31",
         "Tháng 12/2026": "2026-12-31"}
_WANT = [(task, [lead], [support] if support else [], _ENDS[deadline]) for task, lead, support, deadline in _ROWS]
_FORMS = ("txt", "txt_no_blank", "pipe", "bar", "tab", "md")
GROUP = "group"  # a row's first cell that marks it as a group row merged across the table


def _render(form: str, rows: list[tuple], vanish: bool = False) -> str:
    """``rows``: the header and the rows as printed; a cell may be a list of lines (wrapped where its column ended), a
    row (GROUP, title) a group row merged across the table. ``vanish``: an empty cell prints nothing (txt)."""
    width = len(_HEADER)
    lines: list[str] = []
    for k, row in enumerate(rows):
        if row[0] == GROUP:
            title = row[1]
            lines += {"txt": [title], "txt_no_blank": [title], "pipe": [f"{title} |"], "bar": [title, "|"],
                      "tab": [title], "md": [f"| {title} |" + " |" * (width - 1)]}[form]
            continue
        if form in ("tab", "md"):
            cells = [" ".join(c) if isinstance(c, list) else c for c in row]
            lines.append("\t".join(cells) if form == "tab" else f"| {' | '.join(cells)} |")
            if form == "md" and k == 0:
                lines.append("|" + "---|" * width)
            continue
        for cell in row:
            parts = cell if isinstance(cell, list) else [cell]
            if form.startswith("txt"):
                lines += parts if cell else ([] if vanish else [NBSP])
            elif form == "pipe":
                lines += [*parts[:-1], f"{parts[-1]} |".lstrip()]
            else:
                lines += [*(p for p in parts if p), "|"]
    sep = "\n\n" if form == "txt" else "\n"
    return sep.join([*_HEAD, *lines, *_TAIL]) + "\n"


def _read(tmp_path, text: str) -> list[tuple]:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    doc = process(path)
    return [(" ".join(t.content.split()), [m.name for m in t.lead], [m.name for m in t.support],
             t.deadline.end if t.deadline else None) for t in doc.tasks]


def _table(numbers=None, **cells) -> list[tuple]:
    """The header and the rows, numbered ``numbers`` (1, 2, … by default); ``cells``: (row, column) → cell."""
    numbers = numbers or [str(k) for k in range(1, len(_ROWS) + 1)]
    rows = [list((n, *r)) for n, r in zip(numbers, _ROWS)]
    for (r, c), cell in cells.get("at", {}).items():
        rows[r][c] = cell
    return [_HEADER, *map(tuple, rows)]


@pytest.mark.parametrize("form", _FORMS)
def test_the_plain_table_reads_whole(tmp_path, form):
    """A guard: the table every trait below is put on reads whole in each form."""
    assert _read(tmp_path, _render(form, _table())) == _WANT


# -- a copy a paragraph a cell whose empty cells print nothing --------------------------------------------------------

@pytest.mark.parametrize("form", ["txt", "txt_no_blank"])
@pytest.mark.parametrize("empty", [(2, 3), (0, 3), (4, 3), (1, 4)], ids=["support_r3", "support_r1", "support_r5",
                                                                          "deadline_r2"])
def test_an_empty_cell_that_vanished(tmp_path, form, empty):
    """The row's other cells stay in their columns: a time is no body, a body no time. A vanished time prints as a
    time merged from the row above does (its rows under it print none): that row's time or none, never a later's."""
    r, c = empty
    table = _table(at={(r, c): ""})
    want = [(t, lead, [] if (k, c) == (r, 3) else sup, dl) for k, (t, lead, sup, dl) in enumerate(_WANT)]
    got = _read(tmp_path, _render(form, table, vanish=True))
    if c == 4:
        assert got[r][3] in (None, want[r - 1][3])
        got[r] = want[r]
    assert got == want


# -- a Markdown cell with an escaped '|' ------------------------------------------------------------------------------

def test_an_escaped_bar_in_a_markdown_cell(tmp_path):
    task = "Cập nhật chuyên mục \\| Hỏi đáp trên Cổng thông tin điện tử"
    got = _read(tmp_path, _render("md", _table(at={(1, 1): task})))
    assert got == [_WANT[0], (task.replace("\\|", "|"), *_WANT[1][1:]), *_WANT[2:]]


# -- rows numbered "1.1", "a", "-" ------------------------------------------------------------------------------------

_NUMBERINGS = {"sub_numbers": ["1.1", "1.2", "1.3", "1.4", "1.5"], "letters": ["a", "b", "c", "d", "đ"],
               "dashes": ["-"] * 5, "dotted_letters": ["a.", "b.", "c.", "d.", "đ."]}


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("numbering", sorted(_NUMBERINGS))
def test_rows_numbered_otherwise(tmp_path, form, numbering):
    assert _read(tmp_path, _render(form, _table(_NUMBERINGS[numbering]))) == _WANT


# -- a group row merged across the table between rows -----------------------------------------------------------------

@pytest.mark.parametrize("form", _FORMS)
def test_group_rows_across_the_table(tmp_path, form):
    rows = _table()
    printed = [rows[0], (GROUP, "I. NHIỆM VỤ CHUNG"), *rows[1:4], (GROUP, "II. NHIỆM VỤ CỤ THỂ"), *rows[4:]]
    assert _read(tmp_path, _render(form, printed)) == _WANT


# -- the header printed again over the next page's rows ---------------------------------------------------------------

@pytest.mark.parametrize("form", _FORMS)
def test_the_header_printed_again(tmp_path, form):
    """Markdown prints the page's header as a row of the table."""
    rows = _table()
    assert _read(tmp_path, _render(form, [*rows[:4], _HEADER, *rows[4:]])) == _WANT


# -- a phone's copy: a row a line, cells joined by two spaces ---------------------------------------------------------

@pytest.mark.parametrize("numbered", [True, False], ids=["numbers", "dotted_numbers"])
@pytest.mark.parametrize("spaced", [False, True], ids=["plain_text", "spaced_text"])
def test_a_phones_copy_two_spaces_between_cells(tmp_path, numbered, spaced):
    """``spaced``: the text around the table typed with two spaces too ("III.  TỔ CHỨC THỰC HIỆN", a sentence): no
    row of the table, and no table of its own."""
    rows = _table(None if numbered else [f"{k}." for k in range(1, 6)], at={(2, 3): "-"})
    head, tail = list(_HEAD), list(_TAIL)
    if spaced:
        head[-1], tail[0:2] = "Các  nhiệm vụ  cụ thể như sau:", ["III.  TỔ CHỨC THỰC HIỆN", "Các sở  triển khai  thực hiện."]
    text = "\n".join([*head, *("  ".join(r) for r in rows), *tail]) + "\n"
    assert _read(tmp_path, text) == _WANT


# -- a deadline cell broken where its column ended --------------------------------------------------------------------

_WRAPS = {"quarter": (2, ["Quý IV/", "2026"]), "month": (4, ["Tháng", "12/2026"]), "year": (3, ["Năm", "2026"])}


@pytest.mark.parametrize("form", ["txt", "txt_no_blank", "pipe", "bar"])
@pytest.mark.parametrize("wrap", sorted(_WRAPS))
def test_a_wrapped_deadline_cell(tmp_path, form, wrap):
    r, lines = _WRAPS[wrap]
    assert _read(tmp_path, _render(form, _table(at={(r, 4): lines}))) == _WANT


# -- s45's limit: a tabbed three-column table whose rows under a merged cell print two ------------------------------

_THREE = {
    # (header, rows as (task, body, time), the rows whose merged cell is left out: (row, column))
    "body_merged": (("Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành"), 1),
    "body_first_merged": (("Đơn vị thực hiện", "Nội dung công việc", "Thời hạn"), 0),
}


@pytest.mark.parametrize("layout", sorted(_THREE))
def test_a_tabbed_three_column_table_whose_rows_under_a_merged_cell_print_two(tmp_path, layout):
    """The body merged over rows 1 to 3 and 4 to 5: the rows under it print the task and the time, no group row's
    label and title (before s46 the task went into the number-less first column or was lost)."""
    header, body = _THREE[layout]
    rows, want = [], []
    for k, (task, lead, _, deadline) in enumerate(_ROWS):
        merged_lead = "Sở Nội vụ" if k < 3 else "Sở Tài chính"
        cells = [task, merged_lead, deadline] if body == 1 else [merged_lead, task, deadline]
        printed = cells if k in (0, 3) else [c for i, c in enumerate(cells) if i != body]
        rows.append("\t".join(printed))
        want.append((task, [merged_lead], [], _ENDS[deadline]))
    text = "\n".join([*_HEAD, "\t".join(header), *rows, *_TAIL]) + "\n"
    assert _read(tmp_path, text) == want


@pytest.mark.parametrize("group", ["I\tNHIỆM VỤ CHUNG", "NHIỆM VỤ CHUNG", "\tNhiệm vụ chung", "Nhiệm vụ chung\tNHIỆM VỤ CHUNG"],
                         ids=["label_title", "title", "empty_label", "capital_title"])
def test_a_two_cell_group_row_of_a_three_column_table_stays_a_group(tmp_path, group):
    """A guard: a row of a mark and a title, an empty first cell or a title in capitals is a group row across the
    table, no task."""
    header = ("STT", "Nội dung công việc", "Đơn vị chủ trì")
    rows = [f"{k}\t{task}\t{lead}" for k, (task, lead, _, _) in enumerate(_ROWS, start=1)]
    text = "\n".join([*_HEAD, "\t".join(header), group, *rows, *_TAIL]) + "\n"
    assert [(g[0], g[1]) for g in _read(tmp_path, text)] == [(task, [lead]) for task, lead, _, _ in _ROWS]


# -- s45's limit: a row of column words (a header's lower line) between rows ----------------------------------------

_MONEY_HEADER = ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Kinh phí", "Thời gian hoàn thành")
_WORDS = {"sources": ("Tổng kinh phí", "Ngân sách tỉnh", "Ngân sách huyện", "Nguồn khác", ""),
          "with_note": ("Kinh phí", "Ngân sách tỉnh", "Xã hội hóa", "Ghi chú", "")}


@pytest.mark.parametrize("form", ["txt", "txt_no_blank", "pipe", "bar", "tab"])
@pytest.mark.parametrize("words", sorted(_WORDS))
def test_a_row_of_column_words_is_no_task(tmp_path, form, words):
    """The names under a merged "Kinh phí" printed again between rows: no task, no body of the row above (before s46
    a task "Ngân sách tỉnh" led by "Ngân sách huyện", or the names read as the row above's leads)."""
    rows = [(str(k), task, lead, f"{100 * k} triệu đồng", deadline)
            for k, (task, lead, _, deadline) in enumerate(_ROWS, start=1)]
    printed = [_MONEY_HEADER, *rows[:2], _WORDS[words], *rows[2:]]
    if form.startswith("txt"):  # a paragraph a cell: the empty cell of the words' row prints nothing
        printed[3] = tuple(c for c in printed[3] if c)
    got = _read(tmp_path, _render(form, printed, vanish=True))
    assert [(g[0], g[1], g[3]) for g in got] == [(task, [lead], _ENDS[d]) for task, lead, _, d in _ROWS]


@pytest.mark.parametrize("form", ["txt", "txt_no_blank", "pipe", "bar"])
@pytest.mark.parametrize("event", ["Hội chợ hàng nông sản và sản phẩm OCOP", "Hội thi tin học trẻ cấp tỉnh",
                                   "Hội thảo chuyển đổi số doanh nghiệp"])
def test_an_event_that_opens_like_a_body_is_the_task(tmp_path, form, event):
    """"Hội chợ …", "Hội thi …" open as an association's name ("Hội Nông dân …") does: right after its row's number it
    is the row's task, never a lead of the row above's task (task_tables.json works_named_like_bodies)."""
    got = _read(tmp_path, _render(form, _table(at={(2, 1): event})))
    assert got == [*_WANT[:2], (event, *_WANT[2][1:]), *_WANT[3:]]


# -- s44's limit: a page's mark inside the last row of '|' cells ------------------------------------------------------

@pytest.mark.parametrize("form", ["pipe", "bar"])
@pytest.mark.parametrize("mark", ["Trang 3/7", "- 3 -", "Trang 3 trên 7"])
@pytest.mark.parametrize("after", [1, 2, 3], ids=["after_task", "after_lead", "after_support"])
def test_a_page_mark_inside_the_last_row(tmp_path, form, mark, after):
    """The mark, ending no cell, where the last row breaks over a page: no cell's text (before s46 it went on the next
    cell: "Trang 3/7" a support, or the row's time lost)."""
    lines = _render(form, _table()).split("\n")
    number = max(k for k, line in enumerate(lines) if line in ("5 |", "5"))
    ends = [k for k in range(number + 1, len(lines)) if lines[k].endswith("|")]
    lines.insert(ends[after - (form == "pipe")] + 1, mark)  # bar: the number's "|" is a line of its own
    assert _read(tmp_path, "\n".join(lines)) == _WANT


# -- s45's limit: a time-first schedule of '|' cells whose notes are merged over rows ---------------------------------

_SCHEDULE_ROWS = (  # (time, task, lead, support, note)
    ("Tháng 4/2026", "Khảo sát hiện trạng hạ tầng số của các cơ quan", "Sở Khoa học và Công nghệ", "Sở Tài chính",
     "Báo cáo UBND tỉnh"),
    ("Tháng 5/2026", "Xây dựng danh mục dữ liệu dùng chung", "Văn phòng UBND tỉnh", "Sở Tư pháp", "Báo cáo UBND tỉnh"),
    ("Tháng 6/2026", "Tập huấn kỹ năng số cho công chức", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Báo cáo UBND tỉnh"),
    ("Quý III/2026", "Kiểm tra việc kết nối, chia sẻ dữ liệu", "Công an tỉnh", "Sở Khoa học và Công nghệ", ""),
    ("Quý IV/2026", "Sơ kết, đánh giá kết quả", "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Trình UBND tỉnh"),
)
_SCHEDULE_ENDS = {"Tháng 4/2026": "2026-04-30", "Tháng 5/2026": "2026-05-31", "Tháng 6/2026": "2026-06-30",
                  "Quý III/2026": "2026-09-30", "Quý IV/2026": "2026-12-31"}
_SCHEDULE_HEADERS = {5: ("Thời gian", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú"),
                     4: ("Thời gian thực hiện", "Nội dung", "Đơn vị thực hiện", "Ghi chú")}


@pytest.mark.parametrize("form", ["pipe", "bar"])
@pytest.mark.parametrize("width", [5, 4])
@pytest.mark.parametrize("merged", [(1, 2), (2,), (3,)], ids=["rows_2_3", "row_3", "empty_row_4"])
def test_a_schedule_of_bar_cells_whose_note_is_merged(tmp_path, form, width, merged):
    """The note merged from row 1 over the rows ``merged`` (or an empty note left out): those rows print no note cell;
    the whole rows' counts prove it, so every row reads its own time and bodies, the left-out note none (before s46
    the rows went to the aligner: uncertain, a task's time read as its note, every row after it shifted)."""
    printed, want = [_SCHEDULE_HEADERS[width]], []
    for k, (time, task, lead, support, note) in enumerate(_SCHEDULE_ROWS):
        cells = (time, task, lead, support, note) if width == 5 else (time, task, lead, note)
        printed.append(cells[:-1] if k in merged else cells)
        want.append((task, [lead], [support] if width == 5 else [], _SCHEDULE_ENDS[time]))
    got = _read(tmp_path, _render(form, printed))
    assert got == want
