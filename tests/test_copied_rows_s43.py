"""Task tables copied as text from legal sites (s43): the forms a site's copy flattens a table into (tab.txt, mdonce.txt,
pipe.txt, bar.txt, txt: tests/task_layouts/render.py), on tables of our own wordings, column orders and widths.

What was wrong before (each test below fails without its fix, unless it says it is a guard):
- a two-line header whose upper name over the task's two columns is no usual parent ("Nội dung công việc" over
  "Nhiệm vụ | Hoạt động cụ thể") was placed under the last upper name that is one ("Thời gian"): the task columns
  read as the time's, every row's time read as a task (a confident wrong value). A parent heads only names of its
  kind (tables.heads_by_kind), and the content parents are usual parents (data/task_tables.json header_parents).
"""

from __future__ import annotations

import pytest

from dataclasses import replace

from pipeline.run import process
from task_layouts import TEXT_RENDERERS, evaluate, expected_of_layout
from task_layouts.layouts import _plan as _layout_plan
from task_layouts.layouts import tasks
from task_layouts.spec import Column, TaskTable


def _score(tmp_path, table: TaskTable, fmt: str, **extra):
    layout = _layout_plan("variant", "Hà Nam", "Số: 43/KH-UBND", "ngày 7 tháng 10 năm 2026",
                          "phát triển dịch vụ y tế cơ sở năm 2026", [table], "", **extra)
    path = tmp_path / f"variant.{fmt}"
    path.write_text(TEXT_RENDERERS[fmt](layout), encoding="utf-8")
    return evaluate(path, expected_of_layout(layout), layout.name, fmt)


def _wrong(score) -> list[str]:
    """The confident wrong values: a task that is no row, a field filled with what the row does not say (a field left
    empty, or a row lost, is no wrong value)."""
    wrong = [f"extra task {e}" for e in score.extra]
    for row in score.rows:
        for name in ("lead", "support", "deadline"):
            got = row.got.get(name)
            if row.task is not None and row.right.get(name) is False and got not in ([], None, (None, None)):
                wrong.append(f"{row.expected.label}: {name} got {got!r}, expected {row.want[name]!r}")
    return wrong


# -- A task's two columns under a parent, the task merged down over its activities -----------------------------------

_ACTIVITY_HEADS = [("Nội dung công việc", "Nhiệm vụ", "Hoạt động cụ thể"), ("Nội dung", "Nhiệm vụ", "Nhiệm vụ cụ thể"),
                   ("Nội dung thực hiện", "Nhiệm vụ", "Hoạt động"), ("Nhiệm vụ, giải pháp", "Giải pháp", "Hoạt động cụ thể")]
_PARENTS = ("Đẩy mạnh cải cách hành chính", "Phát triển hạ tầng số", "Nâng cao chất lượng nguồn nhân lực")


def _activities_table(parent: str, task: str, activity: str, time_first: bool, seed: int,
                      names: tuple[str, str, str] = ("Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn")) -> TaskTable:
    made, n = [], 0
    for p, run in enumerate((2, 3, 2)):
        for t in tasks(seed + n, run, outputs=False, lead_counts=(1,), support_counts=(1, 0, 2)):
            made.append(replace(t, number=str(p + 1), parent=_PARENTS[p]))
        n += run
    agencies = (Column(names[0], "lead"), Column(names[1], "support"))
    time = (Column(names[2], "deadline"),)
    cols = (Column("STT", "number"), Column(task, "parent", parent), Column(activity, "content", parent),
            *((*time, *agencies) if time_first else (*agencies, *time)))
    return TaskTable(cols, tuple(made), merge=("number", "parent"))


# the bodies' and the time's names: "Thời hạn" and "Cơ quan phối hợp" are usual parents too, "Thời gian" the only one
_OTHER_NAMES = [("Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"), ("Chủ trì", "Phối hợp", "Thời gian")]


@pytest.mark.parametrize("heads", _ACTIVITY_HEADS, ids=lambda h: h[0])
@pytest.mark.parametrize("time_first", [False, True], ids=["time_last", "time_first"])
@pytest.mark.parametrize("names", _OTHER_NAMES, ids=lambda n: n[2])
@pytest.mark.parametrize("fmt", ["tab.txt", "mdonce.txt", "pipe.txt", "bar.txt"])
def test_a_task_parent_over_the_task_and_its_activities(tmp_path, heads, time_first, names, fmt):
    """Every activity is a task with its own bodies and time; no time is read as a task."""
    score = _score(tmp_path, _activities_table(*heads, time_first, 2300, names), fmt)
    assert not score.failures(), "\n".join(score.failures())


@pytest.mark.parametrize("parent", ["Các nội dung triển khai", "Giải pháp thực hiện"])
@pytest.mark.parametrize("time", ["Thời gian", "Tiến độ"])
@pytest.mark.parametrize("fmt", ["tab.txt", "mdonce.txt"])
def test_a_parent_nobody_lists_leaves_the_rows_unread_never_the_times_as_tasks(tmp_path, parent, time, fmt):
    """An upper name over the task's columns that is no usual parent cannot be placed, but the time column's name,
    the only usual parent, never takes them (before, it did: the rows' times read as tasks): rows may be lost, no time
    is a task, no field another column's."""
    table = _activities_table(parent, "Nhiệm vụ", "Hoạt động cụ thể", False, 2330, ("Chủ trì", "Phối hợp", time))
    score = _score(tmp_path, table, fmt)
    assert not _wrong(score), "\n".join(_wrong(score))


# -- Lines under a '|' copy's last row: a stray word, a figure, bodies ----------------------------------------------

_HEAD = ("ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH", "Số: 88/KH-UBND", "Bình Định, ngày 2 tháng 6 năm 2026", "KẾ HOẠCH",
         "Triển khai công tác chuyển đổi số năm 2026", "PHỤ LỤC")
_TABLES = ((("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"),
            ("1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Sở Nội vụ", "Các sở, ban, ngành", "Quý III/2026"),
            ("2", "Tập huấn kỹ năng số cho cán bộ cấp xã", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Tháng 10/2026")),
           (("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
            ("1", "Xây dựng kho dữ liệu dùng chung của tỉnh", "Văn phòng UBND tỉnh", "Sở Tư pháp", "Năm 2026"),
            ("2", "Đánh giá mức độ chuyển đổi số cấp xã", "Sở Nội vụ", "UBND các xã, phường", "Quý IV/2026"),
            ("3", "Kiểm tra an toàn thông tin các hệ thống", "Công an tỉnh", "Sở Khoa học và Công nghệ", "Tháng 11/2026")))
_UNDER = (("những", "Sở Tài chính", "Trần Thị Bình"), ("cho", "Ban Dân tộc tỉnh", "UBND huyện Tuy Phước"),
          ("trong", "Công an tỉnh", "Sở Nội vụ", "TM. ỦY BAN NHÂN DÂN"), ("các", "Sở Y tế", "Lê Văn Hùng", "TỈNH BÌNH ĐỊNH"))


def _copied(tmp_path, form: str, lines: list[str]):
    """One cell a line ("txt"), each cell ended by " |" ("pipe") or followed by a line "|" ("bar")."""
    cells = {"txt": lines, "pipe": [f"{c} |" for c in lines], "bar": [x for c in lines for x in (c, "|")]}[form]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([*_HEAD, *cells, "Nơi nhận:", "- Lưu: VT."]), encoding="utf-8")
    return process(path)


@pytest.mark.parametrize("form", ["pipe", "bar", "txt"])
@pytest.mark.parametrize("under", _UNDER, ids=lambda u: "/".join(u[:2]))
@pytest.mark.parametrize("table", [0, 1])
def test_a_stray_word_a_figure_and_bodies_under_the_last_row_are_no_cells(tmp_path, form, under, table):
    """A stray word, a figure running on from the last row's number, then only bodies' names or a header's lines: the
    last task keeps its own text and bodies (whole '|' cells had joined the word to its text)."""
    header, *rows = _TABLES[table]
    stray, *after = under
    doc = _copied(tmp_path, form, [*header, *(c for r in rows for c in r), stray, str(len(rows) + 1), *after])
    assert _got(doc) == [(r[0], r[1], [r[2]], [r[3]], r[4]) for r in rows]


def _got(doc) -> list[tuple]:
    return [(t.number, " ".join(t.content.split()), [m.name for m in t.lead], [m.name for m in t.support],
             t.deadline.text if t.deadline else None) for t in sorted(doc.tasks, key=lambda t: int(t.id.rsplit("_", 1)[-1]))]


# -- A lead and its supports all printed as items of one list, copied a paragraph a line -----------------------------

_NBSP = "\xa0"
_LIST_HEADERS = (("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"),
                 ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"))
# (number, task, lead, supports, time, whether the copy tells the lead from the supports)
_LIST_ROWS = (("1", "Rà soát quy trình cấp phép kinh doanh", ("Sở Công Thương",),
               ("Sở Tài chính", "Sở Tư pháp", "Công an tỉnh"), "Quý II/2026", False),
              ("2", "Tổ chức hội nghị đối thoại doanh nghiệp", ("Sở Tài chính",), ("Sở Nội vụ", "Ban Dân tộc tỉnh"),
               "Tháng 8/2026", False),
              ("3", "Kiểm tra việc thực hiện quy chế phối hợp", ("Sở Tư pháp", "Thanh tra tỉnh"), ("Sở Y tế",),
               "Năm 2026", False),
              ("4", "Báo cáo kết quả thực hiện kế hoạch", ("Văn phòng UBND tỉnh",), ("Sở Nội vụ",), "Tháng 12/2026",
               True))


@pytest.mark.parametrize("header", _LIST_HEADERS, ids=lambda h: h[1])
@pytest.mark.parametrize("bullet", ["- ", "+ ", "– "])
@pytest.mark.parametrize("undashed_lead", [False, True], ids=["dashed_lead", "plain_lead"])
def test_a_lead_and_supports_in_one_list_are_left_unread_where_the_copy_cannot_tell(tmp_path, header, bullet,
                                                                                   undashed_lead):
    """Every body a "- " item, a paragraph a line with blank lines between: three items or more do not tell where the
    lead ends (before, the supports but the last went into the lead); two do (one each), and so does a lead printed
    with no mark over marked supports (guards)."""
    lines = list(header)
    for number, task, lead, supports, time, _ in _LIST_ROWS:
        lines += [number, task, *((x if undashed_lead else bullet + x) for x in lead), *(bullet + x for x in supports),
                  time]
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join([*_HEAD, *lines, "Nơi nhận:", "- Lưu: VT."]), encoding="utf-8")
    got = _got(process(path))
    assert [g[0] for g in got] == [r[0] for r in _LIST_ROWS]
    for (number, _, lead, supports, time, told), (_, _, got_lead, got_support, got_time) in zip(_LIST_ROWS, got):
        right = (list(lead), list(supports))
        assert (got_lead, got_support) == (right if told or undashed_lead else ([], [])), number
        assert got_time == time


# -- A money parent over "Tổng số | <source>", a source's cell left empty ---------------------------------------------

_MONEY_HEADS = (("Kinh phí (triệu đồng)", "Tổng số", "Ngân sách tỉnh"),
                ("Kinh phí thực hiện (triệu đồng)", "Tổng cộng", "Ngân sách huyện"),
                ("Dự kiến kinh phí (triệu đồng)", "Tổng", "Xã hội hóa"))


def _money_table(heads: tuple[str, str, str], money_last: bool) -> TaskTable:
    parent, total, source = heads
    made = tasks(2400, 6, lead_counts=(1,), support_counts=(0, 1, 2), outputs=False)
    made = [replace(t, budget=("250", "80", "1.200")[i % 3], printed={"other": ("150", "", "700")[i % 3]})
            for i, t in enumerate(made)]
    money = (Column(total, "budget", parent), Column(source, "other", parent))
    head = (Column("TT", "number"), Column("Nội dung nhiệm vụ", "content"), Column("Cơ quan chủ trì", "lead"),
            Column("Cơ quan phối hợp", "support"))
    time = (Column("Thời gian hoàn thành", "deadline"),)
    return TaskTable((*head, *((*time, *money) if money_last else (*money, *time))), tuple(made))


@pytest.mark.parametrize("heads", _MONEY_HEADS, ids=lambda h: h[0])
@pytest.mark.parametrize("money_last", [False, True], ids=["money_then_time", "time_then_money"])
@pytest.mark.parametrize("fmt", ["txt", "pipe.txt", "bar.txt", "tab.txt", "mdonce.txt"])
def test_a_sum_under_a_money_parent_is_a_column_not_a_totals_row(tmp_path, heads, money_last, fmt):
    """"Tổng số" under "Kinh phí (triệu đồng)" is the header's, no totals row's label: before, the header ended at it,
    every row one cell too long, its time shifted (the row above's where the source's cell is empty)."""
    score = _score(tmp_path, _money_table(heads, money_last), fmt)
    assert not score.failures(), "\n".join(score.failures())



@pytest.mark.parametrize("seed", [2500, 2510, 2520])
@pytest.mark.parametrize("header", _LIST_HEADERS, ids=lambda h: h[1])
def test_list_items_in_rows_under_a_merged_time_are_never_the_supports_in_the_lead(tmp_path, seed, header):
    """The time merged down over three tasks each, every body a "- " item, copied a paragraph a line: the rows under
    the time print their items with no cell left to tell the lead's end; two items or more in one column with the other
    not printed had all gone into the lead. Left empty, never a support as a lead."""
    made = [replace(t, deadline=t.deadline if i % 3 == 0 else None) for i, t in
            enumerate(tasks(seed, 6, lead_counts=(1,), support_counts=(1, 2, 3), outputs=False))]
    made = [replace(t, deadline=made[i - i % 3].deadline) for i, t in enumerate(made)]
    table = TaskTable(tuple(Column(name, role) for name, role in zip(header, ("number", "content", "lead", "support",
                                                                              "deadline"))),
                      tuple(made), merge=("deadline",), separator="\n- ")
    score = _score(tmp_path, table, "txt")
    assert score.matched == len(made) and not _wrong(score), "\n".join(_wrong(score))
