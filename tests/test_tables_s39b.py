"""Indicator tables with no number column copied as text (s39-tabfix2). A site's copy ("… |" after each cell) of a
table whose first row is a name, a unit and figures ("Chỉ tiêu | ĐVT | 2025 | 2026" over "Tốc độ tăng trưởng GRDP | % |
7,5 | 8 - 8,5") had the first row's name and unit read as more column names, every row after shifted by two cells: a
range took the next row's name, a target the next row's figure. A group's label merged across such a table ("I. Kinh
tế |" alone, or with its empty cells) was a column's name too. Each indicator keeps its own row's values, as the web
page's table (the reference reading) gives them."""

from __future__ import annotations

import pytest

from pipeline.run import process

_HEAD = ("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 58/KH-UBND", "Lâm Đồng, ngày 20 tháng 1 năm 2026", "KẾ HOẠCH",
         "Thực hiện các chỉ tiêu phát triển kinh tế - xã hội năm 2026")
_HEADERS = {"four": ("Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Kế hoạch năm 2026"),
            "five": ("Tên chỉ tiêu", "ĐVT", "Ước thực hiện 2025", "Kế hoạch 2026", "Ghi chú"),
            "three": ("Chỉ tiêu", "Đơn vị", "Mục tiêu năm 2026")}
_ROWS = {"four": (("Tốc độ tăng trưởng kinh tế (GRDP)", "%", "6,8", "8 - 8,5"),
                  ("Thu nhập bình quân đầu người", "triệu đồng", "98,5", "106"),
                  ("Kim ngạch xuất khẩu", "triệu USD", "5.210", "5.640"),
                  ("Tỷ lệ hộ nghèo đa chiều", "%", "2,1", "1,5 - 2")),
         "five": (("Tổng vốn đầu tư toàn xã hội", "tỷ đồng", "41.300", "45.000 - 46.000", ""),
                  ("Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.120", "1.250", "Tăng 11%"),
                  ("Tỷ lệ dân số có thẻ bảo hiểm y tế", "%", "94,2", "≥ 95", ""),
                  ("Tỷ lệ lao động qua đào tạo", "%", "71", "72 - 73", "")),
         "three": (("Tỷ lệ che phủ rừng", "%", "55 - 56"),
                   ("Số xã đạt chuẩn nông thôn mới", "xã", "14"),
                   ("Tỷ lệ trường đạt chuẩn quốc gia", "%", "Trên 70"))}
_GROUPS = ("I. Kinh tế", "II. Văn hóa - xã hội")


def _table(width: str, groups: bool) -> list[tuple[str, ...]]:
    rows = list(_ROWS[width])
    if groups:
        rows = [(_GROUPS[0],), *rows[:2], (_GROUPS[1],), *rows[2:]]
    return rows


def _plan(tmp_path, width: str, form: str, groups: bool = False):
    header, rows = _HEADERS[width], _table(width, groups)
    n = len(header)
    if form == "html":
        cells = "".join("<tr>" + "".join(f"<td colspan='{n if len(r) == 1 else 1}'>{c}</td>" for c in r) + "</tr>"
                        for r in [header, *rows])
        path = tmp_path / "plan.html"
        path.write_text("<html><body>" + "".join(f"<p>{x}</p>" for x in _HEAD) + f"<table border='1'>{cells}</table>"
                        "<p>Nơi nhận:</p><p>- Lưu: VT.</p></body></html>", encoding="utf-8")
        return process(path)
    if form == "pipe, label's empty cells":
        rows = [r if len(r) > 1 else r + ("",) * (n - 1) for r in rows]
    lines = [c for r in [header, *rows] for c in r]
    body = "\n".join(f"{c} |".strip() for c in lines) if form.startswith("pipe") else "\n\n".join(lines)
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(_HEAD) + "\n\n" + body + "\n\nNơi nhận:\n- Lưu: VT.\n", encoding="utf-8")
    return process(path)


def _read(doc):
    return [(i.name, i.unit, i.target_printed, i.target, i.target_high, [(v.printed, v.value) for v in i.values])
            for i in doc.indicators]


# a cell a line reads the four-column table; the three-column one and an empty note's cell on a line of its own still
# misread there (the line aligner's limit, left open)
@pytest.mark.parametrize("width, form", [("four", "pipe"), ("five", "pipe"), ("three", "pipe"), ("four", "one cell a line")])
def test_first_row_is_no_column_name(tmp_path, width, form):
    reference = _read(_plan(tmp_path, width, "html"))
    assert [name for name, *_ in reference] == [r[0] for r in _ROWS[width]]
    doc = _plan(tmp_path, width, form)
    assert _read(doc) == reference
    assert not [w for w in doc.warnings if w.code == "table_row_uncertain"]


@pytest.mark.parametrize("width", ["four", "five"])
@pytest.mark.parametrize("form", ["pipe", "pipe, label's empty cells"])
def test_group_labels_over_unnumbered_rows(tmp_path, width, form):
    reference = _read(_plan(tmp_path, width, "html", groups=True))
    assert [name for name, *_ in reference if name not in _GROUPS] == [r[0] for r in _ROWS[width]]
    assert _read(_plan(tmp_path, width, form, groups=True)) == reference


def test_a_range_keeps_its_bounds(tmp_path):
    growth = _read(_plan(tmp_path, "four", "pipe", groups=True))[1]
    assert growth[:5] == ("Tốc độ tăng trưởng kinh tế (GRDP)", "%", "8 - 8,5", 8.0, 8.5)


# Counts under a task table (a copy a cell a line prints them as its next paragraphs): notes, never a row or a task
_TASK_HEAD = ("ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA", "Số: 27/KH-UBND", "Tân Hòa, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH",
              "Thực hiện công tác cải cách hành chính năm 2026")
_TASK_ROWS = (("STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành"),
              ("1", "Rà soát, đơn giản hóa thủ tục hành chính", "Văn phòng HĐND và UBND xã", "Quý II/2026"),
              ("2", "Tập huấn kỹ năng số cho cán bộ, công chức", "Phòng Văn hóa - Xã hội", "Tháng 6/2026"),
              ("3", "Kiểm tra công vụ tại các bộ phận", "Văn phòng HĐND và UBND xã", "Quý IV/2026"))
_COUNTS = {"colon": ("Tổng cộng: 3 nhiệm vụ", "Trong đó: 1 nhiệm vụ chuyển tiếp"),
           "two kinds": ("Tổng số: 3 nhiệm vụ", "Trong đó: 1 nhiệm vụ chuyển tiếp, 2 nhiệm vụ mới"),
           "có": ("Tổng cộng có 3 nhiệm vụ", "Trong đó có 1 nhiệm vụ chuyển tiếp"),
           "stops": ("Tổng cộng: 03 nhiệm vụ;", "trong đó: 01 nhiệm vụ chuyển tiếp."),
           "one count": ("Tổng số: 03 nhiệm vụ.",)}


def _task_plan(tmp_path, form: str, counts: tuple[str, ...], closing: str = "Nơi nhận:\n- Lưu: VT."):
    if form == "one cell a line":
        body = "\n\n".join(c for r in _TASK_ROWS for c in r)
    elif form == "tabs":
        body = "\n".join("\t".join(r) for r in _TASK_ROWS)
    else:
        body = "\n".join("| " + " | ".join(r) + " |" for r in _TASK_ROWS)
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(_TASK_HEAD) + "\n\n" + body + "\n\n" + "\n\n".join(counts) + "\n\n" + closing + "\n",
                    encoding="utf-8")
    return process(path)


@pytest.mark.parametrize("wording", list(_COUNTS))
@pytest.mark.parametrize("form", ["one cell a line", "tabs", "pipe"])
def test_counts_under_the_table_are_no_rows(tmp_path, form, wording):
    doc = _task_plan(tmp_path, form, _COUNTS[wording])
    assert [(t.content, t.deadline.text) for t in doc.tasks] == [(r[1], r[3]) for r in _TASK_ROWS[1:]]
    assert [r.cells[0] for r in doc.tables[0].rows if r.kind != "header"] == ["1", "2", "3"]


def test_counts_under_the_table_before_a_closing_sentence(tmp_path):
    doc = _task_plan(tmp_path, "one cell a line", _COUNTS["có"],
                     closing="Trên đây là Kế hoạch cải cách hành chính năm 2026 của UBND xã.\n\nNơi nhận:\n- Lưu: VT.")
    assert [t.content for t in doc.tasks] == [r[1] for r in _TASK_ROWS[1:]]


def test_a_count_with_rows_after_it_keeps_the_table_going(tmp_path):
    """A group's count between rows ("Cộng: 2 nhiệm vụ" then row 4) ends nothing: the rows after it are the table's."""
    more = ("4", "Tổng kết, đánh giá kết quả thực hiện", "Văn phòng HĐND và UBND xã", "Tháng 12/2026")
    doc = _task_plan(tmp_path, "one cell a line", ("Cộng: 3 nhiệm vụ", *more))
    assert [t.content for t in doc.tasks][-1] == more[1]


# A table copied from Word as tabbed lines whose cells wrap: the second lines come on a line of their own, the number's
# cell empty, fewer tabs than the header (or as many) — one row, not two
_TAB_HEADER = "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành"
_TAB_ROWS = ("1\tRà soát, đơn giản hóa thủ tục hành chính\tVăn phòng HĐND và UBND xã\tCác ban ngành, đoàn thể\tQuý II/2026",
             "2\tTổ chức tập huấn kỹ năng số cho\tPhòng Văn hóa - Xã hội\tCông an xã\tTháng 6/2026",
             "3\tKiểm tra công vụ tại các bộ phận\tVăn phòng HĐND và UBND xã\tPhòng Kinh tế\tQuý IV/2026")
_WRAPS = {"content only": ("\tthuộc thẩm quyền giải quyết của xã", "\tcán bộ, công chức"),
          "content and support": ("\tthuộc thẩm quyền của xã\t\tliên quan", "\tcán bộ, công chức"),
          "every tab printed": ("\tthuộc thẩm quyền của xã\t\tliên quan\t", "\tcán bộ, công chức\t\t\t"),
          "two lines": ("\tthuộc thẩm quyền của xã\n\tvà cấp tỉnh", "\tcán bộ, công chức\t\t")}


def _tab_plan(tmp_path, wraps: tuple[str, str]):
    return _tab_lines_plan(tmp_path, [_TAB_HEADER, _TAB_ROWS[0], wraps[0], _TAB_ROWS[1], wraps[1], _TAB_ROWS[2]])


def _tab_lines_plan(tmp_path, lines: list[str]):
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(_TASK_HEAD) + "\n\n" + "\n".join(lines) + "\n\nNơi nhận:\n- Lưu: VT.\n", encoding="utf-8")
    return process(path)


@pytest.mark.parametrize("wording", list(_WRAPS))
def test_wrapped_cells_join_their_row(tmp_path, wording):
    doc = _tab_plan(tmp_path, _WRAPS[wording])
    rows = [r.cells for r in doc.tables[0].rows if r.kind != "header"]
    assert [r[0] for r in rows] == ["1", "2", "3"]
    assert rows[0][1].split() == ("Rà soát, đơn giản hóa thủ tục hành chính " + _WRAPS[wording][0].replace("\t", " ")
                                  .replace("liên quan", "")).split()
    assert rows[1][1].split() == "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức".split()
    if "liên quan" in _WRAPS[wording][0]:
        assert rows[0][3].split() == "Các ban ngành, đoàn thể liên quan".split()
    assert [t.deadline.text for t in doc.tasks] == ["Quý II/2026", "Tháng 6/2026", "Quý IV/2026"]


def test_a_row_with_no_number_of_its_own_stays_a_row(tmp_path):
    """A row under a merged number, its task in capitals ("\\tTổ chức hội nghị …"), is a row, no second line."""
    doc = _tab_plan(tmp_path, ("\tTổ chức hội nghị sơ kết\tPhòng Kinh tế\t\tQuý III/2026", "\tcán bộ, công chức"))
    assert [t.content for t in doc.tasks][1] == "Tổ chức hội nghị sơ kết"


# A count-like last cell of the last row ("Ghi chú": "Bao gồm 15 xã, 2 thị trấn"), copied a cell a line (s39-fixcells):
# the row's cell, not a count under the table; a count ends the table only after a row with all its cells printed
_NOTE_ROWS = (("STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành", "Ghi chú"),
              ("1", "Rà soát, đơn giản hóa thủ tục hành chính", "Văn phòng HĐND và UBND xã", "Quý II/2026", "Theo hướng dẫn của tỉnh"),
              ("2", "Kiểm tra công vụ tại các thôn", "Văn phòng HĐND và UBND xã", "Quý IV/2026"))
_COUNT_LIKE_NOTES = ["Bao gồm 15 xã, 2 thị trấn", "Trong đó: 3 xã biên giới", "Tổng số 12 báo cáo chuyên đề",
                     "Trong đó có 4 thôn đặc biệt khó khăn", "Bao gồm: 6 tổ dân phố"]
_CLOSINGS = ["Nơi nhận:\n- Lưu: VT.", "Trên đây là Kế hoạch cải cách hành chính năm 2026 của UBND xã.",
             "TM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH"]


def _note_plan(tmp_path, last_note: str, closing: str, counts: tuple[str, ...] = ()):
    cells = [c for r in _NOTE_ROWS for c in r] + [last_note] * bool(last_note)
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(_TASK_HEAD) + "\n\n" + "\n\n".join([*cells, *counts]) + "\n\n" + closing + "\n",
                    encoding="utf-8")
    return process(path)


@pytest.mark.parametrize("note", _COUNT_LIKE_NOTES)
@pytest.mark.parametrize("closing", _CLOSINGS)
def test_a_count_like_last_cell_stays_in_its_row(tmp_path, note, closing):
    doc = _note_plan(tmp_path, note, closing)
    rows = [r.cells for r in doc.tables[0].rows if r.kind != "header"]
    # (row 1's note goes on its time cell, flagged: the line aligner's limit with a note column, left open)
    assert [r[0] for r in rows] == ["1", "2"]
    assert rows[-1] == [*_NOTE_ROWS[2], note]
    assert [t.content for t in doc.tasks] == [r[1] for r in _NOTE_ROWS[1:]]


def test_counts_after_a_full_row_with_a_note_are_still_notes_under_the_table(tmp_path):
    doc = _note_plan(tmp_path, "Định kỳ", "Nơi nhận:\n- Lưu: VT.", counts=("Tổng cộng: 2 nhiệm vụ", "Trong đó: 1 nhiệm vụ mới"))
    rows = [r.cells for r in doc.tables[0].rows if r.kind != "header"]
    assert [r[0] for r in rows] == ["1", "2"]
    assert not any("nhiệm vụ" in c for r in rows for c in r)


# A line under a row that is an item of its own, not the row's cells wrapping: it opens with an item's mark, or sits
# under a cell that opens a list (ends with ":"); it stays a row and the row above keeps its cells
_OPENS_A_LIST = "1\tRà soát, đơn giản hóa thủ tục hành chính:\tVăn phòng HĐND và UBND xã\tCác ban ngành, đoàn thể\tQuý II/2026"
_ITEMS = {
    "lettered": (_TAB_ROWS[0], "\ta) Rà soát thủ tục lĩnh vực đất đai"),
    "lettered in small letters": (_TAB_ROWS[0], "\tb) rà soát thủ tục lĩnh vực hộ tịch"),
    "lettered with a point, with its time": (_TAB_ROWS[0], "\tc. rà soát thủ tục lĩnh vực tư pháp\t\t\tcả năm"),
    "đ) with an agency in small letters": (_TAB_ROWS[0], "\tđ) rà soát thủ tục\tcác thôn\t\t"),
    "under a list's opening line": (_OPENS_A_LIST, "\ttập huấn cho cán bộ\t\t\tthường xuyên"),
    "under a list's opening line, content only": (_OPENS_A_LIST, "\tlĩnh vực đất đai, hộ tịch"),
}


@pytest.mark.parametrize("wording", list(_ITEMS))
def test_an_item_under_a_row_is_no_wrap(tmp_path, wording):
    first, item = _ITEMS[wording]
    lines = [_TAB_HEADER, first, item, *_TAB_ROWS[1:]]
    rows = [r.cells for r in _tab_lines_plan(tmp_path, lines).tables[0].rows if r.kind != "header"]
    assert [r[0] for r in rows] == ["1", "", "2", "3"]
    assert rows[0] == first.split("\t")
    assert [cell.strip() for cell in rows[1]] == [piece.strip() for piece in item.split("\t")] + [""] * (4 - item.count("\t"))


def test_a_wrap_beside_a_list_s_opening_line_still_joins(tmp_path):
    """Under a row whose task opens a list, the support cell's second line ("liên quan") is a wrap all the same."""
    lines = [_TAB_HEADER, _OPENS_A_LIST, "\t\t\tliên quan", *_TAB_ROWS[1:]]
    rows = [r.cells for r in _tab_lines_plan(tmp_path, lines).tables[0].rows if r.kind != "header"]
    assert [r[0] for r in rows] == ["1", "2", "3"] and rows[0][3] == "Các ban ngành, đoàn thể\nliên quan"
