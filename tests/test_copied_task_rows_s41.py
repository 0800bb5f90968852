"""Task tables copied from legal sites, on small tables of our own wordings (the twenty-eighth bed holds whole
documents of both classes: tests/test_twenty_eighth_bed.py).

What was wrong before (each test below fails without its fix, unless it says it is a guard):
- a copy a cell a line that drops empty cells, under a group row whose title names the lead of its tasks ("Nhiệm vụ
  do Sở Nội vụ chủ trì") over rows whose lead cell is blank: the support, the row's one body cell left, was read as
  the lead (the group's body never led). Now it stays the support and the group's body leads;
- a dashed line printed as a row of its own under a task's row ("" | "- Tổ chức hội nghị …" | "" | …: no number, no
  body, no time) was read as a group row: lost from the task's text, and made the group of every task after it. Now
  it goes on the task's text (in a copy: an HTML table's rows are real rows, tests/test_s41_review_tables.py).
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from pipeline.text import fold
from test_eighteenth_bed import _HEAD, _write

_TASKS = ("Rà soát quy trình tiếp nhận hồ sơ trực tuyến", "Tổ chức hội nghị tập huấn nghiệp vụ cho công chức",
          "Xây dựng cơ sở dữ liệu đất đai cấp xã", "Kiểm tra việc thực hiện quy chế văn hóa công sở")
_TIMES = ("Quý III/2026", "Thường xuyên", "Tháng 9/2026", "Quý IV/2026")


def _dropped(tmp_path, header: tuple[str, ...], rows: list[tuple[str, ...]]):
    """A copy one cell a paragraph, blank lines between, that prints nothing for an empty cell."""
    cells = [c for row in [header, *rows] for c in row if c]
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join([*_HEAD, *cells]) + "\n\nNơi nhận:\n- Lưu: VT.\n", encoding="utf-8")
    return path


def _read(tmp_path, header, rows, form):
    return process(_dropped(tmp_path, header, rows) if form == "dropped" else _write(tmp_path, header, rows, form))


def _bodies(doc) -> list[tuple[list[str], list[str]]]:
    """Folded: a title in capitals names its lead as it prints it ("SỞ NỘI VỤ")."""
    return [([fold(m.name) for m in t.lead], [fold(m.name) for m in t.support]) for t in doc.tasks]


# -- A group's title names the lead; the rows' lead cells are blank --------------------------------------------------

_TITLES = ("Nhiệm vụ do Sở Nội vụ chủ trì", "NHIỆM VỤ GIAO SỞ NỘI VỤ CHỦ TRÌ", "Sở Nội vụ chủ trì thực hiện",
           "Nhiệm vụ giao cho Sở Nội vụ thực hiện")
_SECOND = ("Nhiệm vụ do Công an tỉnh chủ trì", "NHIỆM VỤ GIAO CÔNG AN TỈNH CHỦ TRÌ", "Công an tỉnh chủ trì thực hiện",
           "Nhiệm vụ giao cho Công an tỉnh thực hiện")
_HELP = ("Sở Tư pháp", "Sở Tài chính; UBND các xã", "Sở Y tế", "Văn phòng UBND tỉnh")
_ORDERS = {"bodies then time": ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
           "time then bodies": ("TT", "Nội dung công việc", "Thời hạn", "Đơn vị chủ trì", "Đơn vị phối hợp")}


def _row(header, number, task, lead, support, time):
    by_role = {"number": number, "content": task, "lead": lead, "support": support, "time": time}
    order = ("number", "content", "lead", "support", "time") if "Cơ quan chủ trì" in header else (
        "number", "content", "time", "lead", "support")
    return tuple(by_role[r] for r in order)


def _grouped_rows(header, first: str, second: str, labels=("I", "II")):
    blank = ("",) * (len(header) - 2)
    return [(labels[0], first, *blank),
            _row(header, "1", _TASKS[0], "", _HELP[0], _TIMES[0]),
            _row(header, "2", _TASKS[1], "", _HELP[1], _TIMES[1]),
            (labels[1], second, *blank),
            _row(header, "3", _TASKS[2], "", _HELP[2], _TIMES[2]),
            _row(header, "4", _TASKS[3], "", _HELP[3], _TIMES[3])]


def _folded(bodies: list[tuple[list[str], list[str]]]) -> list[tuple[list[str], list[str]]]:
    return [([fold(n) for n in lead], [fold(n) for n in support]) for lead, support in bodies]


_WANT = _folded([(["Sở Nội vụ"], ["Sở Tư pháp"]), (["Sở Nội vụ"], ["Sở Tài chính", "UBND các xã"]),
                 (["Công an tỉnh"], ["Sở Y tế"]), (["Công an tỉnh"], ["Văn phòng UBND tỉnh"])])


# A title that opens with the body ("Sở Nội vụ chủ trì thực hiện") is left out where the copy drops empty cells: its
# row then prints a mark and a body's words, which the columns place as the row's lead (a known limit).
_IDS = ["do", "capitals", "chu-tri", "giao-cho"]


@pytest.mark.parametrize("titles", [(a, b) for k, (a, b) in enumerate(zip(_TITLES, _SECOND)) if k != 2],
                         ids=[i for i in _IDS if i != "chu-tri"])
@pytest.mark.parametrize("order", list(_ORDERS))
@pytest.mark.parametrize("labels", [("I", "II"), ("A", "B")])
def test_a_group_that_names_the_lead_keeps_the_support_in_a_copy_that_drops_empty_cells(tmp_path, titles, order, labels):
    header = _ORDERS[order]
    doc = _read(tmp_path, header, _grouped_rows(header, *titles, labels=labels), "dropped")
    assert [t.content for t in doc.tasks] == list(_TASKS)
    assert _bodies(doc) == _WANT
    assert [t.deadline.text for t in doc.tasks] == list(_TIMES)


@pytest.mark.parametrize("titles", list(zip(_TITLES, _SECOND)), ids=_IDS)
@pytest.mark.parametrize("form", ["html", "one cell a line", "pipe", "tabs"])
@pytest.mark.parametrize("order", list(_ORDERS))
def test_a_group_that_names_the_lead_where_the_copy_prints_empty_cells(tmp_path, titles, form, order):
    """Where the blank lead cell is printed, the support was read as the support (a guard), but a title in capitals
    naming "CÔNG AN TỈNH" named no lead: its title case "Công An Tỉnh" opens no body's name."""
    header = _ORDERS[order]
    doc = _read(tmp_path, header, _grouped_rows(header, *titles), form)
    assert _bodies(doc) == _WANT


@pytest.mark.parametrize("order", list(_ORDERS))
def test_a_row_naming_the_groups_own_body_keeps_it_as_the_lead(tmp_path, order):
    """Guard: the one body cell of a row names the body the title names: it is that row's lead, printed."""
    header = _ORDERS[order]
    blank = ("",) * (len(header) - 2)
    rows = [("I", _TITLES[0], *blank), _row(header, "1", _TASKS[0], "Sở Nội vụ", "", _TIMES[0]),
            _row(header, "2", _TASKS[1], "", "Sở Tư pháp", _TIMES[1])]
    doc = _read(tmp_path, header, rows, "dropped")
    assert _bodies(doc) == _folded([(["Sở Nội vụ"], []), (["Sở Nội vụ"], ["Sở Tư pháp"])])


@pytest.mark.parametrize("title", ["CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "Nhiệm vụ do UBND tỉnh giao"])
def test_a_group_that_names_no_lead_leaves_the_body_cell_the_lead(tmp_path, title):
    """Guard: under a title that names no lead (or names who assigns the tasks), a row's one body cell stays its lead."""
    header = _ORDERS["bodies then time"]
    rows = [("I", title, "", "", ""), ("1", _TASKS[0], "Sở Nội vụ", "", _TIMES[0]),
            ("2", _TASKS[1], "Sở Tư pháp", "", _TIMES[1])]
    doc = _read(tmp_path, header, rows, "dropped")
    assert _bodies(doc) == _folded([(["Sở Nội vụ"], []), (["Sở Tư pháp"], [])])


# -- Dashed lines printed as rows of their own under a task --------------------------------------------------------

_PARTS = ("Tổ chức hội nghị phổ biến tại các xã, phường", "In và phát hành tờ gấp, sổ tay hỏi đáp")


@pytest.mark.parametrize("bullet", ["- ", "+ ", "• ", "-"])
@pytest.mark.parametrize("parts", [1, 2])
@pytest.mark.parametrize("form", ["one cell a line", "pipe", "markdown", "tabs"])
def test_dashed_lines_under_a_row_go_on_its_task(tmp_path, bullet, parts, form):
    header = _ORDERS["bodies then time"]
    dashed = [("", f"{bullet}{p}", "", "", "") for p in _PARTS[:parts]]
    rows = [("1", f"{_TASKS[0]}, gồm:", "Sở Nội vụ", "Sở Tư pháp", _TIMES[0]), *dashed,
            ("2", _TASKS[1], "Sở Tư pháp", "", _TIMES[1]), ("3", _TASKS[2], "Sở Tài chính", "Sở Nội vụ", _TIMES[2])]
    doc = _read(tmp_path, header, rows, form)
    assert [t.number for t in doc.tasks] == ["1", "2", "3"]
    assert doc.tasks[0].content.split("\n") == [f"{_TASKS[0]}, gồm:", *(f"{bullet}{p}" for p in _PARTS[:parts])]
    assert [t.group_path for t in doc.tasks] == [[], [], []]
    assert _bodies(doc) == _folded([(["Sở Nội vụ"], ["Sở Tư pháp"]), (["Sở Tư pháp"], []),
                                     (["Sở Tài chính"], ["Sở Nội vụ"])])


@pytest.mark.parametrize("form", ["html", "one cell a line", "pipe", "markdown", "tabs"])
def test_a_dashed_row_with_its_own_cells_is_a_task(tmp_path, form):
    """Guard: a dashed row that prints its own body and time is a task of its own."""
    header = _ORDERS["bodies then time"]
    rows = [("1", _TASKS[0], "Sở Nội vụ", "Sở Tư pháp", _TIMES[0]), ("", f"- {_PARTS[0]}", "Sở Tư pháp", "", _TIMES[2]),
            ("2", _TASKS[1], "Sở Tư pháp", "", _TIMES[1])]
    doc = _read(tmp_path, header, rows, form)
    assert [t.content for t in doc.tasks] == [_TASKS[0], _PARTS[0], _TASKS[1]]


@pytest.mark.parametrize("form", ["html", "pipe"])
def test_a_group_title_under_a_row_stays_a_group(tmp_path, form):
    """Guard: a title with no bullet alone in its row under a task is still a group row."""
    header = _ORDERS["bodies then time"]
    rows = [("I", "CÔNG TÁC CHỈ ĐẠO", "", "", ""), ("1", _TASKS[0], "Sở Nội vụ", "Sở Tư pháp", _TIMES[0]),
            ("II", "NHIỆM VỤ CHUYÊN MÔN", "", "", ""), ("2", _TASKS[1], "Sở Tư pháp", "", _TIMES[1])]
    doc = _read(tmp_path, header, rows, form)
    assert [t.group_path for t in doc.tasks] == [["I CÔNG TÁC CHỈ ĐẠO"], ["II NHIỆM VỤ CHUYÊN MÔN"]]
