"""Task tables as other hands print and copy them: the fifteenth test bed (tests/task_layouts, layouts 132+, --bed
fifteenth), and each of its faults on small tables of our own wordings built here.

What was wrong before (each test below fails without its fix; scripts/evaluate_tasks.py --bed fifteenth, seven
formats):
- bare column numbers "1 2 3 …" one a line under a split table's second part: a running header before them took the
  "1" as its page's number and the rest fell across the next row (a task numbered "6" whose text began "4");
- column numbers with spaces inside their brackets "( 1 ) | ( 2 ) |" in '|' text were read as a row;
- a table with no header copied one cell a line (or a cell a '|' line) gave no task and no warning;
- "Thời gian" over "Từ | Đến" gave no start and no end ("Từ", "Đến" alone named no column); "Phân công" over
  "Cơ quan chủ trì | Cơ quan phối hợp" was no known parent, so a flat copy's columns were shifted;
- "Sở X và các đơn vị liên quan" in one performer column made both lead.
The deadlines named as periods and words ("2026-2030", "Tháng 6 và tháng 12 hằng năm", "Trước ngày 15 của tháng
cuối quý", "Năm 2026 và các năm tiếp theo") and the leads marked "(chủ trì)" or "Chủ trì: …, phối hợp: …" were read
right before this bed: its layouts 137-138 keep them so.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from pipeline.stages.agencies import agencies_by_role
from task_layouts import text_form_failures
from task_layouts.layouts import BY_NAME, FIFTEENTH_BED

_FORMS = ("html", "txt", "pipe.txt", "bar.txt", "tab.txt", "mdonce.txt")


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in FIFTEENTH_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_fifteenth_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)


def test_the_headerless_table_of_the_fourteenth_bed_is_read_in_every_form():
    assert not BY_NAME["headerless_table"].skip


_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 77/KH-UBND\nKon Tum, ngày 12 tháng 5 năm 2026\nKẾ HOẠCH\n"
         "Triển khai công tác phòng, chống thiên tai năm 2026\n")
_TAIL = "\n\nNơi nhận:\n- Lưu: VT.\n"


def _process(tmp_path, text: str, suffix: str = "txt"):
    path = tmp_path / f"plan.{suffix}"
    path.write_text(text if suffix == "html" else _HEAD + text + _TAIL, encoding="utf-8")
    return process(path)


def _got(doc) -> list[tuple]:
    return [(t.content, [m.name for m in t.lead], sorted(m.name for m in t.support), t.deadline.text if t.deadline else None)
            for t in doc.tasks]


def _lines(rows, form: str) -> list[str]:
    """One cell a paragraph ("\xa0" for an empty one), or each cell ended by " |"."""
    if form == "pipe":
        return [f"{c} |".lstrip() for row in rows for c in row]
    return [c or "\xa0" for row in rows for c in row]


def _text(lines: list[str], form: str) -> str:
    return "\n".join(lines) if form == "pipe" else "\n\n".join(lines)


_HEADER = ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
_ROWS = (("1", "Kiểm tra hồ đập trước mùa mưa lũ", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Tháng 5/2026"),
         ("2", "Diễn tập phương án ứng phó bão cấp xã", "Bộ Chỉ huy Quân sự tỉnh", "", "Quý II/2026"),
         ("3", "Cập nhật bản đồ vùng nguy cơ sạt lở", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Tháng 8/2026"),
         ("4", "Tập huấn kỹ năng cứu hộ cho lực lượng xung kích", "Công an tỉnh", "", "Quý III/2026"),
         ("5", "Tổng kết công tác phòng, chống thiên tai", "Văn phòng UBND tỉnh", "Sở Nội vụ", "Tháng 12/2026"))


def _expected(rows) -> list[tuple]:
    return [(r[1], [r[2]], sorted(r[3].split("; ")) if r[3] else [], r[4]) for r in rows]


# -- Column numbers under a split table's second part ------------------------------------------------------------------

_RUNNING = ("Phụ lục - Kế hoạch phòng, chống thiên tai",)
_NUMBERED_PAGE = ("Phụ lục - Kế hoạch phòng, chống thiên tai", "2")
_NUMBER_FIRST = ("- 7 -", "KẾ HOẠCH SỐ 77 (tiếp)")


@pytest.mark.parametrize("form,page", [("one cell a line", _RUNNING), ("pipe", _RUNNING),
                                       ("one cell a line", _NUMBERED_PAGE), ("one cell a line", _NUMBER_FIRST),
                                       ("pipe", _NUMBERED_PAGE), ("pipe", _NUMBER_FIRST)])  # the last two: guards
def test_bare_column_numbers_after_a_running_header_are_no_cells(tmp_path, form, page):
    numbers = tuple(str(k) for k in range(1, len(_HEADER) + 1))
    lines = [*_lines((_HEADER, numbers, *_ROWS[:3]), form), *page, *_lines((numbers, *_ROWS[3:]), form)]
    text = _text([*page, "PHỤ LỤC", *lines], form)
    assert _got(_process(tmp_path, text)) == _expected(_ROWS)


@pytest.mark.parametrize("form,printed", [("pipe", "( {} )"), ("pipe", "({} )"), ("pipe", "( {})"),
                                          ("one cell a line", "( {} )")])  # the last: a guard (read right before)
def test_column_numbers_with_spaces_in_their_brackets_are_no_row(tmp_path, form, printed):
    numbers = tuple(printed.format(k) for k in range(1, len(_HEADER) + 1))
    running = "Phụ lục - Kế hoạch phòng, chống thiên tai"
    lines = [*_lines((_HEADER, numbers, *_ROWS[:3]), form), running, *_lines((numbers, *_ROWS[3:]), form)]
    text = _text([running, "PHỤ LỤC", *lines], form)
    assert _got(_process(tmp_path, text)) == _expected(_ROWS)


# -- A table with no header copied one cell a line ---------------------------------------------------------------------

@pytest.mark.parametrize("form", ["one cell a line", "pipe"])
@pytest.mark.parametrize("support", [True, False])
@pytest.mark.parametrize("number", ["{}", "{}."])
def test_a_headerless_table_one_cell_a_line_gives_its_tasks_and_no_lead(tmp_path, form, support, number):
    """The numbers 1, 2, 3 … come back every as many cells as the table has columns, the first row holds a time:
    every task is read, its lead and support left empty with table_header_missing."""
    rows = [(number.format(r[0]), *r[1:]) if support else (number.format(r[0]), *r[1:3], r[4]) for r in _ROWS]
    text = _text(["PHỤ LỤC", "DANH MỤC NHIỆM VỤ", *_lines(rows, form)], form)
    doc = _process(tmp_path, text)
    assert _got(doc) == [(r[1], [], [], r[-1]) for r in rows]
    assert "table_header_missing" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", ["one cell a line", "pipe"])
def test_numbered_lines_with_no_time_make_no_table(tmp_path, form):
    """Guard: "1", "2", "3" over short lines (a list of steps) hold no time: no task, no warning."""
    rows = [(str(k), f"Bước thứ {k} của quy trình tiếp nhận", "Bộ phận một cửa") for k in range(1, 5)]
    doc = _process(tmp_path, _text(_lines(rows, form), form))
    assert not doc.tasks and "table_header_missing" not in {w.code for w in doc.warnings}


# -- Two-row headers copied flat: "Phân công" over the agencies, "Thời gian" over "Từ | Đến" ----------------------------

_TWO_ROWS = (("1", "Nạo vét kênh mương nội đồng", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Tháng 3/2026",
              "Tháng 6/2026"),
             ("2", "Gia cố kè chống sạt lở bờ sông", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Quý II/2026",
              "Quý III/2026"),
             ("3", "Lắp đặt trạm đo mưa tự động", "Sở Khoa học và Công nghệ", "Sở Tài chính", "01/6/2026", "30/11/2026"))


@pytest.mark.parametrize("form", ["html", "one cell a line", "pipe"])
@pytest.mark.parametrize("parent,start,end", [("Phân công", "Từ", "Đến"), ("Phân công", "Bắt đầu", "Hoàn thành"),
                                              ("Cơ quan thực hiện", "Từ", "Đến")])
def test_a_flat_two_row_header_gives_the_end_as_the_deadline(tmp_path, form, parent, start, end):
    """(The HTML table under "Phân công" over "Bắt đầu | Hoàn thành", its spans real, was read right before: a guard.)"""
    top = ("TT", "Nội dung", parent, "", "Thời gian", "")
    lower = ("Cơ quan chủ trì", "Cơ quan phối hợp", start, end)
    if form == "html":
        head = (f"<tr><th rowspan='2'>TT</th><th rowspan='2'>Nội dung</th><th colspan='2'>{parent}</th>"
                f"<th colspan='2'>Thời gian</th></tr><tr>" + "".join(f"<th>{n}</th>" for n in lower) + "</tr>")
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _TWO_ROWS)
        intro = "".join(f"<p>{line}</p>" for line in _HEAD.strip().split("\n"))
        doc = _process(tmp_path, f"<html><body>{intro}<table border='1'>{head}{body}</table><p>Nơi nhận:</p></body></html>",
                       "html")
    else:
        doc = _process(tmp_path, _text(["PHỤ LỤC", *_lines((top, lower, *_TWO_ROWS), form)], form))
    assert _got(doc) == [(r[1], [r[2]], [r[3]], r[5]) for r in _TWO_ROWS]
    assert [t.deadline.start for t in doc.tasks] == ["2026-03-01", "2026-04-01", "2026-06-01"]  # the period from the start


# -- One performer column: the lead first, "và các đơn vị liên quan" after -----------------------------------------------

@pytest.mark.parametrize("cell,lead,support", [
    ("Sở Tài chính và các đơn vị liên quan", ["Sở Tài chính"], ["các đơn vị liên quan"]),
    ("Sở Y tế, Công an tỉnh và các cơ quan, đơn vị liên quan", ["Sở Y tế", "Công an tỉnh"], ["các cơ quan, đơn vị liên quan"]),
    ("UBND các xã, phường cùng các ngành liên quan.", ["UBND các xã, phường"], ["các ngành liên quan"]),
])
def test_the_related_bodies_after_a_performer_support_it(cell, lead, support):
    assert agencies_by_role(cell, "implementer") == {"implementer": lead, "support": support}


@pytest.mark.parametrize("cell,role", [
    ("Sở Tài chính và các đơn vị liên quan", "lead"),  # a column of leads: whatever it names leads
    ("Sở Nông nghiệp và Môi trường", "implementer"),  # "và" inside a name
    ("Sở Văn hóa, Thể thao và Du lịch", "implementer"),
])
def test_other_cells_keep_their_column_role(cell, role):
    assert set(agencies_by_role(cell, role)) == {role}


@pytest.mark.parametrize("form", ["html", "one cell a line", "pipe"])
def test_a_performer_column_with_related_bodies(tmp_path, form):
    header = ("STT", "Nhiệm vụ", "Cơ quan, đơn vị thực hiện", "Thời gian hoàn thành")
    rows = (("1", "Rà soát quy hoạch vùng sản xuất tập trung", "Sở Nông nghiệp và Môi trường và các đơn vị liên quan",
             "Quý II/2026"),
            ("2", "Hỗ trợ doanh nghiệp tiếp cận vốn vay ưu đãi", "Sở Tài chính (chủ trì); Sở Công Thương", "Tháng 9/2026"))
    if form == "html":
        table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in (header, *rows))
        intro = "".join(f"<p>{line}</p>" for line in _HEAD.strip().split("\n"))
        doc = _process(tmp_path, f"<html><body>{intro}<table border='1'>{table}</table><p>Nơi nhận:</p></body></html>", "html")
    else:
        doc = _process(tmp_path, _text(["PHỤ LỤC", *_lines((header, *rows), form)], form))
    assert _got(doc) == [(rows[0][1], ["Sở Nông nghiệp và Môi trường"], ["các đơn vị liên quan"], "Quý II/2026"),
                         (rows[1][1], ["Sở Tài chính"], ["Sở Công Thương"], "Tháng 9/2026")]
