"""Task tables copied as text (s47 blind round): how office suites, phones and PDF viewers paste a task table that the
s44-s46 rounds lack, each trait on one table written for these tests.

- word_mail: a copy from Word sent by e-mail: tabs between cells, a cell's lines broken by hard line breaks (the
  row's next tabs on the line after, the number's cell first);
- sheet: a copy from a spreadsheet: tabs, a cell of several lines quoted ('"Sở Tài chính' / 'Sở Nội vụ"');
- semicolons: a CSV-like copy, ';' between cells, a cell that holds a ';' quoted;
- number_line: the number and the task on one line, the bodies and the time on the next (tabs, or a cell a line);
- bullets: a support cell listing its bodies a line each after "- ";
- two_line_deadline: a deadline cell of two lines ("Quý II/2026" / "(báo cáo)");
- pasted_twice: the table pasted twice, its header again mid-table and the rows numbered from 1 again;
- phone_groups: a phone's copy (two spaces between cells) with group rows ("I.  Nhóm …", "NHIỆM VỤ CỤ THỂ");
- interleaved: a PDF viewer's copy that gives each column's cells in turn (all numbers, then all tasks, …): no row
  can be read for sure, so no task takes a wrong body or time (null, or the table left as text).
Every trait changes how the copy prints, never what the table says.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from tests.test_copied_rows_s46 import NBSP, _HEAD, _TAIL

_HEADER = ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành")
# (task, lead, supports, deadline lines, last day)
_ROWS = (
    ("Xây dựng quy chế quản lý kho dữ liệu dùng chung của tỉnh", "Sở Khoa học và Công nghệ",
     ["Sở Tài chính", "Sở Nội vụ"], ["Quý II/2026"], "2026-06-30"),
    ("Tổ chức tập huấn nghiệp vụ lưu trữ điện tử cho cấp xã", "Sở Nội vụ", ["UBND các xã"], ["Tháng 8/2026"],
     "2026-08-31"),
    ("Kiểm tra việc số hóa hồ sơ thủ tục hành chính", "Văn phòng UBND tỉnh", ["Sở Tư pháp"], ["Quý III/2026"],
     "2026-09-30"),
    ("Nâng cấp hạ tầng mạng nội bộ của các cơ quan", "Sở Khoa học và Công nghệ", [], ["Năm 2026"], "2026-12-31"),
    ("Báo cáo sơ kết việc thực hiện kế hoạch", "Sở Nội vụ", ["Sở Khoa học và Công nghệ"], ["Tháng 11/2026"],
     "2026-11-30"),
)
_WANT = [(task, [lead], list(sup), end) for task, lead, sup, _, end in _ROWS]


def _read(tmp_path, lines: list[str], sep: str = "\n") -> list[tuple]:
    path = tmp_path / "plan.txt"
    path.write_text(sep.join([*_HEAD, *lines, *_TAIL]) + "\n", encoding="utf-8")
    return [(" ".join(t.content.split()), [m.name for m in t.lead], [m.name for m in t.support],
             t.deadline.end if t.deadline else None) for t in process(path).tasks]


def _cells(row: tuple, k: int, support_sep: str = "; ") -> list:
    task, lead, sup, deadline, _ = row
    return [str(k), task, lead, support_sep.join(sup), deadline]


# -- a copy from Word via e-mail: tabs, cells broken over lines ------------------------------------------------------

def _word_lines(rows=_ROWS, support_sep="\n", wrap_task=True) -> list[str]:
    """A row a line, its tabs between cells; a cell's lines on lines of their own (the row's tabs go on after)."""
    lines = ["\t".join(_HEADER)]
    for k, row in enumerate(rows, start=1):
        cells = _cells(row, k, support_sep)
        cells[4] = "\n".join(cells[4])
        if wrap_task and k % 2:  # a long task broken where the column ended
            words = cells[1].split()
            cells[1] = " ".join(words[:4]) + "\n" + " ".join(words[4:])
        lines += "\t".join(cells).split("\n")
    return lines


@pytest.mark.parametrize("case", ["supports_a_line_each", "supports_on_one_line", "no_task_wrap"])
def test_a_word_copy_via_mail(tmp_path, case):
    lines = _word_lines(support_sep="; " if case == "supports_on_one_line" else "\n", wrap_task=case != "no_task_wrap")
    assert _read(tmp_path, lines) == _WANT


# -- a copy from a spreadsheet: a cell of several lines quoted --------------------------------------------------------

@pytest.mark.parametrize("case", ["supports_quoted", "task_quoted"])
def test_a_spreadsheet_copy_quotes_cells_of_several_lines(tmp_path, case):
    lines = ["\t".join(_HEADER)]
    for k, row in enumerate(_ROWS, start=1):
        cells = _cells(row, k, "\n")
        cells[4] = cells[4][0]
        if case == "task_quoted" and k == 2:
            words = cells[1].split()
            cells[1] = " ".join(words[:4]) + "\n" + " ".join(words[4:])
        cells = [f'"{c}"' if "\n" in c else c for c in cells]
        lines += "\t".join(cells).split("\n")
    assert _read(tmp_path, lines) == _WANT


# -- a CSV-like copy with ';' between cells ---------------------------------------------------------------------------

_GROUP_LINES = {"groups_full": ("I;Nhóm nhiệm vụ về hạ tầng số;;;", "II;Nhóm nhiệm vụ về nhân lực;;;"),
                "groups_alone": ("I. Nhóm nhiệm vụ về hạ tầng số", "II. Nhóm nhiệm vụ về nhân lực")}


@pytest.mark.parametrize("case", ["quoted_lists", "quoted_all", "comma_lists", "trailing_separator", *_GROUP_LINES])
def test_a_copy_with_semicolons_between_cells(tmp_path, case):
    """``trailing_separator``: an export that ends each line with ";"; ``groups_*``: group rows, all their fields
    printed (empty) or the group's title alone on its line."""
    def cell(text: str) -> str:
        return f'"{text}"' if case == "quoted_all" or ";" in text else text

    end = ";" if case == "trailing_separator" else ""
    lines = [";".join(map(cell, _HEADER)) + end]
    for k, row in enumerate(_ROWS, start=1):
        cells = _cells(row, k, ", " if case == "comma_lists" else "; ")
        cells[4] = cells[4][0]
        lines.append(";".join(map(cell, cells)) + end)
    if case in _GROUP_LINES:
        first, second = _GROUP_LINES[case]
        lines = [lines[0], first, *lines[1:4], second, *lines[4:]]
    assert _read(tmp_path, lines) == _WANT


# -- the number and the task on one line, the bodies and the time on the next ----------------------------------------

@pytest.mark.parametrize("form", ["tab_trailing", "tab", "txt"])
def test_the_number_and_task_on_one_line_the_bodies_on_the_next(tmp_path, form):
    """``tab_trailing``: "1<TAB>Task<TAB>" then "Lead<TAB>Support<TAB>Time" (the break after a cell's tab); ``tab``:
    the break took the tab's place; ``txt``: a cell a line, the number and the task one paragraph ("1. Xây dựng …")."""
    lines = ["\t".join(_HEADER)] if form != "txt" else list(_HEADER)
    for k, row in enumerate(_ROWS, start=1):
        number, task, lead, sup, deadline = _cells(row, k)
        if form == "txt":
            lines += [f"{number}. {task}", lead, sup or NBSP, deadline[0]]
        else:
            lines += [f"{number}\t{task}" + ("\t" if form == "tab_trailing" else ""), f"{lead}\t{sup}\t{deadline[0]}"]
    got = _read(tmp_path, lines)
    if form == "tab":  # the row's cells do not add up: no value of it may be read wrong; unread is allowed
        assert all(g in _WANT or (g[1] == [] and g[3] is None) for g in got)
        return
    assert got == _WANT


# -- "- " bullets inside a cell -------------------------------------------------------------------------------------

def _cell_a_line(rows, form: str, deadline_lines=None, bullets=False) -> list[str]:
    lines = list(_HEADER) if form.startswith("txt") else [f"{c} |" for c in _HEADER] if form == "pipe" else \
        [x for c in _HEADER for x in (c, "|")]
    for k, row in enumerate(rows, start=1):
        number, task, lead, _, deadline = _cells(row, k)
        sup = [f"- {s}" for s in row[2]] if bullets and len(row[2]) > 1 else (["; ".join(row[2])] if row[2] else [])
        deadline = (deadline_lines or {}).get(k, deadline)
        for parts in ([number], [task], [lead], sup, deadline):
            if form.startswith("txt"):
                lines += parts or [NBSP]
            elif form == "pipe":
                lines += [*parts[:-1], f"{parts[-1]} |"] if parts else ["|"]
            else:
                lines += [*parts, "|"]
    return lines


@pytest.mark.parametrize("form", ["txt", "txt_no_blank", "pipe", "bar"])
def test_bullets_inside_a_support_cell(tmp_path, form):
    lines = _cell_a_line(_ROWS, form, bullets=True)
    assert _read(tmp_path, lines, "\n\n" if form == "txt" else "\n") == _WANT


# -- a deadline cell of two lines ------------------------------------------------------------------------------------

_SECOND = {"report": "(báo cáo)", "product": "(trình UBND tỉnh)", "planned": "(dự kiến)"}


@pytest.mark.parametrize("form", ["txt", "txt_no_blank", "pipe", "bar"])
@pytest.mark.parametrize("second", sorted(_SECOND))
def test_a_deadline_cell_of_two_lines(tmp_path, form, second):
    lines = _cell_a_line(_ROWS, form, deadline_lines={1: ["Quý II/2026", _SECOND[second]],
                                                      3: ["Quý III/2026", _SECOND[second]]})
    assert _read(tmp_path, lines, "\n\n" if form == "txt" else "\n") == _WANT


@pytest.mark.parametrize("second", sorted(_SECOND))
def test_a_word_copys_deadline_cell_of_two_lines(tmp_path, second):
    rows = [(*r[:3], [*r[3], _SECOND[second]] if k in (0, 2) else r[3], r[4]) for k, r in enumerate(_ROWS)]
    assert _read(tmp_path, _word_lines(rows, support_sep="; ", wrap_task=False)) == _WANT


# -- the table pasted twice ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("form", ["tab", "txt_no_blank", "pipe"])
def test_a_table_pasted_twice(tmp_path, form):
    """The second paste repeats the header and the rows from 1: the same tasks, never a row's values on another."""
    if form == "tab":
        once = ["\t".join(_HEADER), *("\t".join(_cells(r, k)[:4] + [r[3][0]]) for k, r in enumerate(_ROWS, start=1))]
    else:
        once = _cell_a_line(_ROWS, form)
    got = _read(tmp_path, [*once, *once])
    want = [(t, tuple(lead), tuple(sup), end) for t, lead, sup, end in _WANT]
    assert list(dict.fromkeys((t, tuple(lead), tuple(sup), end) for t, lead, sup, end in got)) == want


# -- a phone's copy with group rows ----------------------------------------------------------------------------------

_GROUPS = {"marked": ("I.  Nhóm nhiệm vụ về hạ tầng số", "II.  Nhóm nhiệm vụ về nhân lực"),
           "capitals": ("NHIỆM VỤ VỀ HẠ TẦNG SỐ", "NHIỆM VỤ VỀ NHÂN LỰC"),
           "group_word": ("Nhóm 1  Hạ tầng số", "Nhóm 2  Nhân lực"),
           "letters": ("A.  HẠ TẦNG SỐ", "B.  NHÂN LỰC")}


@pytest.mark.parametrize("groups", sorted(_GROUPS))
def test_a_phones_copy_with_group_rows(tmp_path, groups):
    first, second = _GROUPS[groups]
    rows = ["  ".join(_cells(r, k)[:4] + [r[3][0]]).replace("    ", "  -  ") for k, r in enumerate(_ROWS, start=1)]
    lines = ["  ".join(_HEADER), first, *rows[:3], second, *rows[3:]]
    assert _read(tmp_path, lines) == _WANT


# -- a PDF viewer's copy, each column's cells in turn ----------------------------------------------------------------

@pytest.mark.parametrize("form", ["columns", "columns_with_header"])
@pytest.mark.parametrize("n_rows", [4, 3])
def test_a_copy_of_columns_in_turn_reads_no_wrong_row(tmp_path, form, n_rows):
    """(As many rows as columns, "1" … "5" under the header, reads as the columns' own numbers: not asked.)"""
    cols = list(zip(*(_cells(r, k)[:4] + [r[3][0]] for k, r in enumerate(_ROWS[:n_rows], start=1))))
    lines = [*(_HEADER if form == "columns_with_header" else ()), *(c or NBSP for col in cols for c in col)]
    got = _read(tmp_path, lines)
    assert all(g in _WANT or (g[1] == [] and g[2] == [] and g[3] is None) for g in got)


# -- s46's leftover: a '|' copy of a two-line header with spacer columns ---------------------------------------------

_SPACER_HEADS = {  # the upper line (a parent's span and the spacers printed empty), then the lower line
    "one_spacer": ["STT", "Nội dung công việc", "Cơ quan thực hiện", "", "", "Thời hạn", "Chủ trì", "Phối hợp"],
    "three_spacers": ["STT", "Nội dung công việc", "Cơ quan thực hiện", "", "", "", "", "Thời hạn", "Chủ trì",
                      "Phối hợp"],
    "spacer_first": ["STT", "Nội dung công việc", "", "Cơ quan thực hiện", "", "Thời hạn", "Chủ trì", "Phối hợp"],
}


@pytest.mark.parametrize("form", ["pipe", "bar"])
@pytest.mark.parametrize("head", sorted(_SPACER_HEADS))
def test_a_bar_copy_of_a_two_line_header_with_spacer_columns(tmp_path, form, head):
    """The rows print an empty cell under each spacer: their numbers every so many cells tell the width, so each
    cell is read under its own name (before: the rows read five columns wide, values shifted)."""
    names = _SPACER_HEADS[head]
    spacers = names.count("") - 1
    lead_at = names.index("Cơ quan thực hiện") - 1  # empty cells before the bodies' columns
    rows = [[str(k), task, *([""] * (lead_at - 1)), lead, "; ".join(sup), *([""] * (spacers - lead_at + 1)), deadline[0]]
            for k, (task, lead, sup, deadline, _) in enumerate(_ROWS, start=1)]
    lines: list[str] = []
    for c in [*names, *(c for row in rows for c in row)]:  # a cell then " |", or a line "|" after it
        lines += ([f"{c} |"] if c else ["|"]) if form == "pipe" else [*([c] if c else []), "|"]
    assert _read(tmp_path, lines) == _WANT
