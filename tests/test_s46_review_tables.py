"""The review of s46-blindtab (d78f59a), its findings as cases:

1. A numbered row whose one cell is merged across the work columns ("2 | Tổ chức Hội nghị sơ kết … (Sở Nội vụ chủ
   trì, tháng 7/2026)") was read as a group wherever it gave no work (``titled``, and in tables of 4+ rows
   ``working_table``): the task lost, the next task's group_path wrong. It is a group only over its own items ("-",
   "+", "a)" under a number, "2.1" under "2"); else a task (tables.classify_rows ``titled_task``).
2. A span or horizon in the title that is not the plan's period ("kỷ niệm 80 năm Ngày Quốc khánh (1945 - 2025)"
   dated 2025, "giai đoạn 1965 -1975", "đến năm 2026" dated 2026) wiped the date's year: every "Trước 30/6" null.
   Only a span or horizon running past the date's year cancels it (deadlines.plan_year, _runs_past).
3. In a plan with no year of its own (a span plan) a clause giving a date with no year ("… báo cáo … trước ngày
   15/12.", "…, hoàn thành trong quý II") was dropped, text and all, with no warning: it is kept, its end null, and
   warned ``deadline_year_unknown`` (tasks.py, assignments.py).
4. Wordings of a span the rule missed ("giai đoạn 2026 đến 2030", "2026—2030", "từ năm 2026 đến năm 2030": the last
   read as 2026): one answer for one kind of title.
5. "|" copies with two spacer columns under one parent, or an unnamed column holding "x" under two parents: a made-up
   task "1 | x", or task 2 taking task 1's deadline (fixed in s47: the rows' numbers tell the width with spacers).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from conftest import write_in_form, write_with_table
from pipeline.run import process
from pipeline.stages import assignments
from pipeline.stages.deadlines import deadline_clause, plan_year

BEFORE = ["ỦY BAN NHÂN DÂN", "TỈNH NAM HÀ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Số: 77/KH-UBND", "Nam Hà, ngày 12 tháng 1 năm 2026", "KẾ HOẠCH", "TITLE", "I. MỤC ĐÍCH, YÊU CẦU",
          "1. Triển khai đồng bộ các nhiệm vụ.", "II. NHIỆM VỤ CỤ THỂ", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ"]
AFTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Tâm"]
HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]


def _before(title: str = "Triển khai nhiệm vụ trọng tâm năm 2026") -> list[str]:
    return [title if line == "TITLE" else line for line in BEFORE]


def _table(tmp_path, rows: list, form: str, before: list[str] | None = None):
    """``rows`` under ``HEADER``: lists of cells, a cell a text or (text, columns it spans)."""
    return write_with_table(tmp_path, before or _before(), [HEADER, *rows], AFTER, form)


def _read(path) -> list[tuple]:
    return [(t.number, t.content, [m.name for m in t.lead], t.deadline.text if t.deadline else None, t.group_path)
            for t in process(path).tasks]


def _numbers_and_paths(path) -> list[tuple]:
    return [(t.number, t.content, t.group_path) for t in process(path).tasks]


# -- 1. A numbered row merged across the work columns over no items of its own ---------------------------------------

T1 = ["1", "Rà soát quy chế phối hợp", "Sở Tư pháp", "Sở Nội vụ", "Quý II/2026"]
T3 = ["3", "Kiểm tra việc thực hiện", "Thanh tra tỉnh", "Sở Nội vụ", "Quý IV/2026"]
MERGED = "Tổ chức Hội nghị sơ kết 6 tháng thực hiện kế hoạch (Sở Nội vụ chủ trì, tháng 7/2026)"


@pytest.mark.parametrize("form", ["html", "docx", "pdf"])
def test_a_merged_numbered_row_between_tasks_is_a_task(tmp_path, form):
    """The reviewer's input: task 2 was lost and task 3 put under it."""
    got = _numbers_and_paths(_table(tmp_path, [T1, ["2", (MERGED, 4)], T3], form))
    assert got == [("1", "Rà soát quy chế phối hợp", []), ("2", MERGED, []), ("3", "Kiểm tra việc thực hiện", [])]


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_merged_numbered_last_row_is_a_task(tmp_path, form):
    got = _numbers_and_paths(_table(tmp_path, [T1, ["2", *T3[1:]], ["3", ("Thực hiện các nhiệm vụ khác do UBND tỉnh giao", 4)]],
                                    form))
    assert [n for n, _, _ in got] == ["1", "2", "3"]
    assert got[2] == ("3", "Thực hiện các nhiệm vụ khác do UBND tỉnh giao", [])


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_merged_lettered_row_between_letters_is_a_task(tmp_path, form):
    """"b)" merged across between "a)" and "c)": a sibling follows, no item of its own."""
    rows = [["1", ("Tổ chức tập huấn nghiệp vụ năm 2026", 4)],
            ["a)", "Tập huấn cho cán bộ cấp tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2026"],
            ["b)", ("Tập huấn cho cán bộ cấp huyện (Sở Nội vụ chủ trì, Quý III/2026)", 4)],
            ["c)", "Tập huấn cho cán bộ cấp xã", "Sở Nội vụ", "", "Quý IV/2026"]]
    got = _numbers_and_paths(_table(tmp_path, rows, form))
    assert [n for n, _, _ in got] == ["a)", "b)", "c)"]
    assert got[2][2] == got[0][2]  # "c)" under "1", as "a)" is: not under "b)"


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_merged_numbered_row_in_a_longer_table_is_a_task(tmp_path, form):
    """Five rows, nearly all with work (``working_table``): the same row is still a task."""
    rows = [T1, ["2", (MERGED, 4)], T3, ["4", "Tổng kết việc thực hiện", "Sở Nội vụ", "", "Tháng 12/2026"],
            ["5", "Báo cáo kết quả", "Sở Nội vụ", "", "Tháng 12/2026"]]
    got = _numbers_and_paths(_table(tmp_path, rows, form))
    assert [n for n, _, _ in got] == ["1", "2", "3", "4", "5"]
    assert all(path == [] for _, _, path in got)


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("below", [["-", "Tổ chức hội nghị", "Sở Nội vụ", "Sở Tư pháp", "Quý III/2026"],
                                   ["a)", "Tổ chức hội nghị", "Sở Nội vụ", "Sở Tư pháp", "Quý III/2026"],
                                   ["2.1", "Tổ chức hội nghị", "Sở Nội vụ", "Sở Tư pháp", "Quý III/2026"]])
def test_a_merged_numbered_row_over_its_items_stays_their_group(tmp_path, form, below):
    """Guard: over "-", "a)" or "2.1" the merged row is their group's title."""
    rows = [T1, ["2", ("Công tác tuyên truyền", 4)], below, T3]
    got = _numbers_and_paths(_table(tmp_path, rows, form))
    assert [n for n, _, _ in got] == ["1", below[0], "3"]
    assert "Công tác tuyên truyền" in " ".join(got[1][2])


# -- 2. and 4. The plan's year under a title naming years ------------------------------------------------------------

def _doc(title: str, issued: str = "2026-01-12"):
    return SimpleNamespace(metadata=SimpleNamespace(title=title, attached=[], issued_date=issued,
                                                    issued_date_partial=None))


@pytest.mark.parametrize("title, issued, year", [
    ("Tổ chức các hoạt động kỷ niệm 80 năm Ngày Quốc khánh (1945 - 2025)", "2025-01-12", 2025),  # the reviewer's
    ("Tổ chức các hoạt động kỷ niệm 80 năm Ngày Quốc khánh (1945-2025)", "2025-08-01", 2025),
    ("Tổ chức kỷ niệm 50 năm chiến thắng giai đoạn 1965 -1975", "2025-03-01", 2025),
    ("Phát triển văn hóa đọc đến năm 2026", "2026-02-01", 2026),
    ("Tổng kết giai đoạn 2021-2025", "2026-02-01", 2026),  # a span ended: its report's year is the date's
    ("Phát triển kinh tế số đến năm 2030", "2026-02-01", None),  # guards: a span or horizon running past the date
    ("Phòng, chống buôn lậu giai đoạn 2026-2030", "2026-02-01", None),
    ("Phòng, chống buôn lậu giai đoạn 2026-2030", "2025-12-20", None),  # dated before it starts: not 2025
])
def test_a_span_that_is_no_plan_period_leaves_the_date_year(title, issued, year):
    assert plan_year(_doc(title, issued)) == year


@pytest.mark.parametrize("title", [
    "Phòng, chống buôn lậu giai đoạn 2026-2030", "Phòng, chống buôn lậu giai đoạn 2026 đến 2030",
    "Phòng, chống buôn lậu giai đoạn 2026—2030", "Phòng, chống buôn lậu từ năm 2026 đến năm 2030",
    "Phòng, chống buôn lậu giai đoạn 2026 – 2030", "Phòng, chống buôn lậu từ 2026 đến 2030"])
def test_every_wording_of_a_span_gives_one_answer(title):
    assert plan_year(_doc(title, "2026-02-01")) is None


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_past_span_in_the_title_keeps_the_deadlines(tmp_path, form):
    """The reviewer's document: dated 12/1/2025, "Tháng 6", "Trước 30/6", "Quý III" in 2025."""
    before = [("Ninh Bình, ngày 12 tháng 1 năm 2025" if "ngày 12 tháng 1" in x else x)
              for x in _before("Tổ chức các hoạt động kỷ niệm 80 năm Ngày Quốc khánh (1945 - 2025)")]
    rows = [["1", "Rà soát quy chế phối hợp", "Sở Tư pháp", "Sở Nội vụ", "Tháng 6"],
            ["2", "Tổ chức hội nghị", "Sở Nội vụ", "", "Trước 30/6"],
            ["3", "Kiểm tra việc thực hiện", "Thanh tra tỉnh", "Sở Nội vụ", "Quý III"]]
    got = [(t.number, t.deadline.end if t.deadline else None) for t in process(_table(tmp_path, rows, form, before)).tasks]
    assert got == [("1", "2025-06-30"), ("2", "2025-06-30"), ("3", "2025-09-30")]


# -- 3. A date with no year in a plan with no year of its own ----------------------------------------------------------

SPAN = "Phòng, chống buôn lậu, gian lận thương mại giai đoạn 2026-2030"


@pytest.mark.parametrize("duty", [
    "Sở Công Thương tổng hợp, báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15/12.",
    "Sở Tài chính rà soát các quy định, hoàn thành trong quý II.",
    "Công an tỉnh tổng kết, báo cáo trước ngày 30 tháng 6.",
])
def test_a_duty_s_date_with_no_year_is_kept_with_no_end(duty):
    """The text the plan year's reading prints, its end null."""
    with_year = assignments.duty_deadline(duty, 2026)
    deadline = assignments.duty_deadline(duty, None)
    assert with_year.end is not None  # guard: with a plan year it ends
    assert deadline is not None and (deadline.text, deadline.end) == (with_year.text, None)


@pytest.mark.parametrize("content, clause", [
    ("Tổng hợp, báo cáo kết quả thực hiện, hoàn thành trước ngày 15/12", "hoàn thành trước ngày 15/12"),
    ("Rà soát các quy định, hoàn thành trong quý II", "hoàn thành trong quý II"),
])
def test_a_task_s_last_clause_with_no_year_is_kept(content, clause):
    assert deadline_clause(content, None) == clause
    assert deadline_clause(content, 2026) == clause


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_span_plan_s_yearless_duty_is_warned(tmp_path, form):
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Số: 41/KH-UBND", "Ninh Bình, ngày 12 tháng 2 năm 2026", "KẾ HOẠCH", SPAN, "I. MỤC ĐÍCH, YÊU CẦU",
             "1. Nâng cao hiệu quả quản lý.", "II. TỔ CHỨC THỰC HIỆN",
             "1. Sở Công Thương chủ trì theo dõi, tổng hợp, báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15/12.",
             "2. Sở Tài chính chủ trì rà soát các quy định, hoàn thành trong quý II.",
             "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Tâm"]
    doc = process(write_in_form(tmp_path, lines, form))
    got = sorted({(a.deadline.text, a.deadline.end) for a in doc.assignments if a.deadline})
    assert got == [("báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15/12", None), ("hoàn thành trong quý II", None)]
    assert sum(w.code == "deadline_year_unknown" for w in doc.warnings) == 2


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_span_plan_s_yearless_table_deadline_is_warned(tmp_path, form):
    """A deadline column's "Trước 30/6" (end null already) and a last clause with no deadline column: warned."""
    rows = [T1[:4] + ["Trước 30/6"], ["2", "Tổ chức hội nghị", "Sở Nội vụ", "", "Quý IV/2027"]]
    doc = process(_table(tmp_path, rows, form, _before(SPAN)))
    assert [(t.deadline.text, t.deadline.end) for t in doc.tasks] == [("Trước 30/6", None), ("Quý IV/2027", "2027-12-31")]
    assert [w.message.split(":")[0] for w in doc.warnings if w.code == "deadline_year_unknown"] == [doc.tasks[0].id]


# -- 5. "|" copies with spacer columns (fixed in s47: tables._width_with_spacers) ---------------------------------------

def _piped(tmp_path, head: list[str], rows: list[list[str]]):
    cells = [*head, *(c for row in rows for c in row)]
    lines = [*_before(), *(f"{c} |" if c else "|" for c in cells), *AFTER]
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


_SPACED = {
    "one_parent_two_spacers": (
        ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "", "", "", "Thời gian", "Chủ trì", "Phối hợp"],
        [["1", "Rà soát quy chế phối hợp liên ngành", "Sở Tư pháp", "Sở Nội vụ", "", "", "Quý II/2026"],
         ["2", "Tổng kết việc thực hiện kế hoạch", "Sở Tài chính", "", "", "", "Tháng 12/2026"],
         ["3", "Kiểm tra việc thực hiện", "Thanh tra tỉnh", "Sở Y tế; Sở Nội vụ", "", "", "Quý IV/2026"]]),
    "two_parents_unnamed_x": (
        ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian", "", "", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành"],
        [["1", "Rà soát quy chế phối hợp liên ngành", "Sở Tư pháp", "Sở Nội vụ", "Tháng 3/2026", "Quý II/2026", "x"],
         ["2", "Tổng kết việc thực hiện kế hoạch", "Sở Tài chính", "", "Tháng 10/2026", "Tháng 12/2026", ""],
         ["3", "Kiểm tra việc thực hiện", "Thanh tra tỉnh", "Sở Y tế; Sở Nội vụ", "Tháng 9/2026", "Quý IV/2026", "x"]]),
}


@pytest.mark.parametrize("name", list(_SPACED))
def test_a_copy_with_spacer_columns_keeps_each_task_s_fields(tmp_path, name):
    head, rows = _SPACED[name]
    got = [(t.number, [m.name for m in t.lead], t.deadline.end if t.deadline else None)
           for t in process(_piped(tmp_path, head, rows)).tasks]
    assert got == [("1", ["Sở Tư pháp"], "2026-06-30"), ("2", ["Sở Tài chính"], "2026-12-31"),
                   ("3", ["Thanh tra tỉnh"], "2026-12-31")]
