"""Task tables that vanished or were misread, and their deadlines, after s53 (s54).

1. A quarter's abbreviation "Q.II/2026", "Q.III" in a time column: a text copy read the table as a signature laid out
   in cells ("Q." is the acting signer's prefix, Quyền) and left it as text (the tasks vanished); a copy a cell a line
   read "Q.II/2026" as a group's mark and title ("Q" | "II/2026"). A figure or a Roman numeral after the prefix is no
   signer's post.
2. A row of a legal site's copy ("cell | cell |") whose cell's text the copy broke onto a line of its own
   ("1 | Xây dựng cơ sở dữ liệu" / "và vùng nuôi | Sở … | Quý II/2026 |"): the run of rows ended there and the table,
   with fewer than two rows, was text. Now the lines holding the header's count of cells are one row.
3. A table copied a cell a line whose last column is its time: the body's sentence after the table ("Giao Công an
   tỉnh điều tra …") went on the last task's time cell.
4. Merged rows "Quý II" | "2026" over "30/9/2026" | "2026": the day's deadline has no start of its own and the span
   had none; now the quarter's start (a day before the period's start leaves it unknown).
5. "Cuối năm 2026 và đầu năm 2027" ended 31/12/2026, before the work is done: now no period and deadline_doubt; an
   early part of a year that starts a span starts it on 1 January ("Đầu năm 2027 - quý II/2027": was 1/4/2027). In
   prose "… hằng năm, hoàn thành cuối năm" was the plan year's end alone; now the cycle's, recurring, no end.
Every table and text is our own, built as a text copy, a Word file and (tables) an HTML page.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form, write_with_rowspans, write_with_table
from pipeline.run import process
from pipeline.stages.deadlines import deadline_doubt, parse_deadline
from pipeline.stages.parts import authority_of

AFTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Văn Khôi"]


def _opening(date: str, title: str) -> list[str]:
    return ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số 88/KH-UBND", f"Hà Tĩnh, {date}", "KẾ HOẠCH", title,
            "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm tiến độ, chất lượng.", "II. NHIỆM VỤ CỤ THỂ"]


PLAN = _opening("ngày 9 tháng 3 năm 2026", "Phát triển du lịch cộng đồng năm 2026")
PLAN_2027 = _opening("ngày 20 tháng 1 năm 2027", "Bảo vệ môi trường làng nghề năm 2027")
WORKS = [("Khảo sát điểm du lịch cộng đồng", "Sở Văn hóa, Thể thao và Du lịch"),
         ("Đào tạo hướng dẫn viên tại điểm", "Sở Giáo dục và Đào tạo"),
         ("Xây dựng bản đồ số điểm đến", "Sở Khoa học và Công nghệ"),
         ("Quảng bá trên nền tảng số", "Sở Công Thương")]


def _period(deadline):
    return (deadline.text, deadline.start, deadline.end) if deadline else None


def _tasks(doc):
    return [(t.content, [a.name for a in t.lead], _period(t.deadline)) for t in doc.tasks]


# ---------------------------------------------------------------------------------------------------------------
# 1. the quarter's abbreviation "Q." in a time column

QUARTERS = [("Q.II/2026", "2026-04-01", "2026-06-30"), ("Q.III/2026", "2026-07-01", "2026-09-30"),
            ("Q.IV/2026", "2026-10-01", "2026-12-31"), ("Q.I/2027", "2027-01-01", "2027-03-31")]
QUARTER_ROWS = [["TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành"],
                *[[str(k + 1), work, lead, time] for k, ((work, lead), (time, _, _)) in enumerate(zip(WORKS, QUARTERS))]]
QUARTER_EXPECTED = [(work, [lead], (time, start, end)) for (work, lead), (time, start, end) in zip(WORKS, QUARTERS)]


def _copied(tmp_path, rows, form, before=PLAN, after=AFTER):
    """A text copy of ``rows``: "site" (cell | cell |), "tabs", "lines" (a cell a line) or "spaced" (two spaces apart)."""
    body = {"site": lambda r: [" | ".join(r) + " |"], "tabs": lambda r: ["\t".join(r)], "lines": lambda r: list(r),
            "spaced": lambda r: ["    ".join(r)]}[form]
    path = tmp_path / f"{form}.txt"
    path.write_text("\n".join([*before, *(line for row in rows for line in body(row)), *after]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("form", ["site", "tabs", "lines", "spaced"])
def test_a_quarters_abbreviation_in_a_text_copy_keeps_the_table(tmp_path, form):
    assert _tasks(process(_copied(tmp_path, QUARTER_ROWS, form))) == QUARTER_EXPECTED


@pytest.mark.parametrize("form", ["docx", "html"])
def test_a_quarters_abbreviation_in_a_real_table(tmp_path, form):
    assert _tasks(process(write_with_table(tmp_path, PLAN, QUARTER_ROWS, AFTER, form))) == QUARTER_EXPECTED


@pytest.mark.parametrize("form", ["site", "tabs"])
def test_bare_quarters_beside_a_year_column_in_a_text_copy(tmp_path, form):
    rows = [["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Năm"],
            ["1", WORKS[0][0], WORKS[0][1], "Q.III", "2027"], ["2", WORKS[1][0], WORKS[1][1], "Q.1, Q.2", "2026"],
            ["3", WORKS[2][0], WORKS[2][1], "Q.IV", "2026"]]
    doc = process(_copied(tmp_path, rows, form))
    assert [_period(t.deadline)[1:] for t in doc.tasks] == [("2027-07-01", "2027-09-30"), ("2026-01-01", "2026-06-30"),
                                                             ("2026-10-01", "2026-12-31")]


@pytest.mark.parametrize(("line", "prefix"), [
    ("Q.III/2026", None), ("Q. II/2026", None), ("Q.1/2027", None), ("Q.IV", None),
    # kept: an acting signer's post, and the other prefixes before theirs
    ("Q. CHỦ TỊCH", "Q."), ("Q.GIÁM ĐỐC", "Q."), ("KT. CHỦ TỊCH", "KT."), ("TM. ỦY BAN NHÂN DÂN", "TM."),
    ("Q. VỤ TRƯỞNG", "Q."), ("Q. CỤC TRƯỞNG", "Q."),
])
def test_a_figure_after_the_acting_prefix_is_no_signature(line, prefix):
    assert authority_of(line) == prefix


def test_a_signature_laid_out_as_a_table_stays_text(tmp_path):
    """Kept: the closing's two columns copied as a row of cells are no task table."""
    lines = [*PLAN, "Các sở, ngành triển khai thực hiện.",
             "Nơi nhận: | TM. ỦY BAN NHÂN DÂN |", "- Như trên; | Q. CHỦ TỊCH |", "- Lưu: VT. | Đinh Văn Khôi |"]
    doc = process(write_in_form(tmp_path, lines, "text"))
    assert not doc.tables and not doc.tasks


# ---------------------------------------------------------------------------------------------------------------
# 2. a site's row broken over lines

HEAD = "STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện |"
SECOND = "2 | Đào tạo hướng dẫn viên tại điểm | Sở Giáo dục và Đào tạo | Sở Nội vụ | Quý III/2026 |"
WRAPPED = {
    "task": (["1 | Khảo sát điểm du lịch cộng đồng", "tại các xã miền núi | Sở Văn hóa, Thể thao và Du lịch | Sở Tài chính | "
              "Quý II/2026 |"],
             ("Khảo sát điểm du lịch cộng đồng\ntại các xã miền núi", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Tài chính"],
              "Quý II/2026")),
    "lead": (["1 | Khảo sát điểm du lịch cộng đồng | Sở Văn hóa,", "Thể thao và Du lịch | Sở Tài chính | Quý II/2026 |"],
             ("Khảo sát điểm du lịch cộng đồng", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Tài chính"], "Quý II/2026")),
    "support": (["1 | Khảo sát điểm du lịch cộng đồng | Sở Văn hóa, Thể thao và Du lịch | Sở Tài chính;",
                 "UBND các huyện | Quý II/2026 |"],
                ("Khảo sát điểm du lịch cộng đồng", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Tài chính", "UBND các huyện"],
                 "Quý II/2026")),
    "time": (["1 | Khảo sát điểm du lịch cộng đồng | Sở Văn hóa, Thể thao và Du lịch | Sở Tài chính | Tháng 5/2026", "-",
              "Tháng 6/2026 |"],
             ("Khảo sát điểm du lịch cộng đồng", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Tài chính"], None)),
    "three_lines": (["1 | Khảo sát điểm du lịch cộng đồng", "tại các xã", "miền núi | Sở Văn hóa, Thể thao và Du lịch | "
                     "Sở Tài chính | Quý II/2026 |"],
                    ("Khảo sát điểm du lịch cộng đồng\ntại các xã\nmiền núi", ["Sở Văn hóa, Thể thao và Du lịch"],
                     ["Sở Tài chính"], "Quý II/2026")),
}


def _first_task(doc):
    t = doc.tasks[0]
    return (t.content, [a.name for a in t.lead], [a.name for a in t.support],
            t.deadline.text if t.deadline and t.deadline.text.startswith("Quý") else None)


@pytest.mark.parametrize("name", WRAPPED)
def test_a_sites_row_broken_over_lines_is_one_row(tmp_path, name):
    first, expected = WRAPPED[name]
    path = tmp_path / "site.txt"
    path.write_text("\n".join([*PLAN, HEAD, *first, SECOND, *AFTER]) + "\n", encoding="utf-8")
    doc = process(path)
    assert len(doc.tasks) == 2 and _first_task(doc) == expected
    if name == "time":  # "Tháng 5/2026 - Tháng 6/2026" read whole, its lines joined
        assert doc.tasks[0].deadline.end == "2026-06-30"
    assert [a.name for a in doc.tasks[1].lead] == ["Sở Giáo dục và Đào tạo"]


@pytest.mark.parametrize("lines", [
    # a line of fewer cells than the header: no row of the table (the table ends before it)
    ["1 | Khảo sát điểm du lịch cộng đồng", "tại các xã | Sở Văn hóa, Thể thao và Du lịch | Quý II/2026 |"],
    # one too many
    ["1 | Khảo sát điểm du lịch", "cộng đồng | Sở Văn hóa, Thể thao và Du lịch | Sở Tài chính | Sở Nội vụ | Quý II/2026 |"],
])
def test_a_broken_row_of_another_count_of_cells_is_not_joined(tmp_path, lines):
    path = tmp_path / "site.txt"
    path.write_text("\n".join([*PLAN, HEAD, *lines, SECOND, SECOND.replace("2 |", "3 |"), *AFTER]) + "\n", encoding="utf-8")
    doc = process(path)
    assert all("Khảo sát" not in t.content for t in doc.tasks)


# ---------------------------------------------------------------------------------------------------------------
# 3. the body's sentence after a table copied a cell a line

LINES_TABLE = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành",
               "1", "Khảo sát điểm du lịch cộng đồng", "Sở Văn hóa, Thể thao và Du lịch", "Tháng 6/2026",
               "2", "Đào tạo hướng dẫn viên tại điểm", "Sở Giáo dục và Đào tạo", "Quý III/2026"]


@pytest.mark.parametrize("sentence", [
    "Giao Sở Tài chính bố trí kinh phí thực hiện các nhiệm vụ nêu trên.",
    "Ủy ban nhân dân các huyện, thị xã chủ động phối hợp triển khai trên địa bàn.",
    "Các cơ quan, đơn vị báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch để tổng hợp.",
])
@pytest.mark.parametrize("form", ["text", "docx"])
def test_the_sentence_after_a_table_a_cell_a_line_stays_prose(tmp_path, sentence, form):
    doc = process(write_in_form(tmp_path, [*PLAN, *LINES_TABLE, sentence, *AFTER], form))
    assert [_period(t.deadline) for t in doc.tasks] == [("Tháng 6/2026", "2026-06-01", "2026-06-30"),
                                                        ("Quý III/2026", "2026-07-01", "2026-09-30")]


@pytest.mark.parametrize(("tail", "time"), [
    # kept: a time cell's own lines going on
    (["Hoàn thành trước ngày 30/9/2026"], "Quý III/2026\nHoàn thành trước ngày 30/9/2026"),
    (["(sau khi có hướng dẫn của Bộ)"], "Quý III/2026\n(sau khi có hướng dẫn của Bộ)"),
    # review: a note of six words or more with no stop is the cell's, not a sentence of the body
    (["Tiếp tục triển khai trong giai đoạn tiếp theo của kế hoạch"],
     "Quý III/2026\nTiếp tục triển khai trong giai đoạn tiếp theo của kế hoạch"),
    # review: a sentence naming a later time past its first words is the cell's (its end is the task's)
    (["Riêng đối với các xã miền núi hoàn thành trong quý IV/2026."],
     "Quý III/2026\nRiêng đối với các xã miền núi hoàn thành trong quý IV/2026."),
])
def test_a_time_cells_own_next_line_stays_in_the_cell(tmp_path, tail, time):
    doc = process(write_in_form(tmp_path, [*PLAN, *LINES_TABLE, *tail, *AFTER], "text"))
    assert doc.tasks[-1].deadline.text == time


def test_an_unnumbered_last_row_stays_a_row(tmp_path):
    """Kept: a last row printed without its number is a row, its own time after it."""
    rows = [*LINES_TABLE, "Tổng kết, đánh giá kết quả thực hiện kế hoạch năm", "Sở Văn hóa, Thể thao và Du lịch",
            "Tháng 12/2026"]
    doc = process(write_in_form(tmp_path, [*PLAN, *rows, *AFTER], "text"))
    assert _period(doc.tasks[-1].deadline) == ("Tháng 12/2026", "2026-12-01", "2026-12-31")


# ---------------------------------------------------------------------------------------------------------------
# 4. a day under a period in merged rows

def _merged(first_time, second_time):
    return [["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Năm"],
            [("1", 2), (WORKS[0][0], 2), (WORKS[0][1], 2), first_time, "2026"], [None, None, None, second_time, "2026"],
            ["2", WORKS[1][0], WORKS[1][1], "Tháng 10", "2026"]]


@pytest.mark.parametrize(("first", "second", "start", "end"), [
    ("Quý II", "30/9/2026", "2026-04-01", "2026-09-30"),
    ("Tháng 3", "15/6/2026", "2026-03-01", "2026-06-15"),
    # kept: a day before the period's start leaves the start unknown (the day's work may start any time before it)
    ("Quý III", "30/6/2026", None, "2026-09-30"),
])
@pytest.mark.parametrize("form", ["docx", "html"])
def test_a_day_under_a_period_in_merged_rows_keeps_its_start(tmp_path, form, first, second, start, end):
    doc = process(write_with_rowspans(tmp_path, PLAN, _merged(first, second), AFTER, form))
    assert _period(doc.tasks[0].deadline)[1:] == (start, end)
    assert _period(doc.tasks[1].deadline)[1:] == ("2026-10-01", "2026-10-31")


# ---------------------------------------------------------------------------------------------------------------
# 5. a part of a later year; a cycle before the deadline in prose

@pytest.mark.parametrize("text", ["Cuối năm 2026 và đầu năm 2027", "Cuối năm 2026, đầu năm 2027",
                                  "Cuối năm 2026 - đầu năm 2027", "Quý IV/2026 và đầu năm 2027",
                                  "Tháng 12/2026, giữa năm 2027", "Năm 2026 và đầu năm 2027"])
def test_a_part_of_a_later_year_gives_no_period_and_a_doubt(text):
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end) == (None, None)
    assert "no day bounds" in (deadline_doubt(deadline) or "")


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Đầu năm 2027 - quý II/2027", "2027-01-01", "2027-06-30"),  # was 1/4/2027: the quarter's start
    ("Từ đầu năm 2026 đến tháng 6/2026", "2026-01-01", "2026-06-30"),
    ("Từ giữa năm 2026 đến hết năm 2026", None, "2026-12-31"),  # the middle of a year: no day starts it
    # kept: a part of a year before the period that ends the work
    ("Đầu năm 2026, cuối năm 2026", None, "2026-12-31"),
    ("Giữa năm 2026, hoàn thành tháng 12/2026", None, "2026-12-31"),
])
def test_a_part_of_a_year_that_starts_a_span(text, start, end):
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_part_of_a_later_year_in_a_table(tmp_path, form):
    rows = [["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"], ["1", WORKS[0][0], WORKS[0][1], "Cuối năm 2026 và đầu năm 2027"],
            ["2", WORKS[1][0], WORKS[1][1], "Quý IV/2026"]]
    doc = process(write_with_table(tmp_path, PLAN, rows, AFTER, form))
    assert [_period(t.deadline)[1:] for t in doc.tasks] == [(None, None), ("2026-10-01", "2026-12-31")]
    assert "deadline_doubt" in [w.code for w in doc.warnings]


PROSE_TAIL = ["III. TỔ CHỨC THỰC HIỆN", "Các sở, ngành căn cứ nhiệm vụ được giao triển khai thực hiện.", *AFTER]


def _duties(tmp_path, lines, form, before=PLAN_2027):
    doc = process(write_in_form(tmp_path, [*before, *lines, *PROSE_TAIL], form))
    return {a.duty.split(" chủ trì")[0].split(". ")[-1]: (_period(a.deadline), a.deadline.recurring if a.deadline else None)
            for a in doc.assignments if a.role == "lead" and a.deadline}


CYCLES = ["1. Sở Công Thương chủ trì tổ chức hội chợ làng nghề hằng năm, hoàn thành cuối năm.",
          "2. Sở Xây dựng chủ trì rà soát điểm thu gom rác thải hàng năm, hoàn thành trước ngày 15/12.",
          "3. Sở Y tế chủ trì kiểm tra môi trường lao động hằng quý, báo cáo trước ngày 20 của tháng cuối quý.",
          "4. Sở Nội vụ chủ trì, hằng năm tổng hợp kết quả thi đua, hoàn thành trong tháng 11."]


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_cycle_before_a_deadline_with_no_year_keeps_the_printed_end(tmp_path, form):
    """s54 review: a cycle ending the clause before a yearless deadline may be the work's or a noun's ("sửa đổi quy chế
    hội chợ hằng năm, hoàn thành trong quý II"): the words do not tell, so the end printed stands (the plan year's)."""
    duties = _duties(tmp_path, CYCLES, form)
    assert duties["Sở Công Thương"] == (("hoàn thành cuối năm", None, "2027-12-31"), None)
    assert duties["Sở Xây dựng"] == (("hoàn thành trước ngày 15/12", None, "2027-12-15"), None)


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_cycle_elsewhere_leaves_the_deadline_as_it_was(tmp_path, form):
    lines = [  # kept: the deadline prints its year; the cycle is another sentence's
        "1. Sở Công Thương chủ trì tổ chức hội chợ làng nghề hằng năm, hoàn thành trước ngày 30/11/2027.",
        "2. Sở Xây dựng chủ trì xây dựng quy chế thu gom rác thải, hoàn thành cuối năm. Quy chế được rà soát hằng năm.",
        "3. Sở Y tế chủ trì kiểm tra môi trường lao động, hoàn thành cuối năm."]
    duties = _duties(tmp_path, lines, form)
    assert duties["Sở Công Thương"][0] == ("hoàn thành trước ngày 30/11/2027", None, "2027-11-30")
    assert duties["Sở Xây dựng"] == (("hoàn thành cuối năm", None, "2027-12-31"), None)
    assert duties["Sở Y tế"] == (("hoàn thành cuối năm", None, "2027-12-31"), None)


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_cycle_of_another_clause_or_a_nouns_leaves_the_deadline(tmp_path, form):
    """Review: the cycle is the work's only in the clause just before the deadline, opening or ending it; another
    subject's after ";" or a noun's inside its clause (a rule made once about a yearly review) is no recurrence."""
    lines = ["1. Các huyện báo cáo hằng quý; Sở Xây dựng chủ trì tổng hợp số liệu, hoàn thành cuối năm.",
             "2. Sở Nội vụ chủ trì ban hành quy chế đánh giá hằng năm đối với cán bộ, hoàn thành trong tháng 6."]
    duties = _duties(tmp_path, lines, form)
    assert duties["Sở Xây dựng"] == (("hoàn thành cuối năm", None, "2027-12-31"), None)
    assert duties["Sở Nội vụ"] == (("hoàn thành trong tháng 6", None, "2027-06-30"), None)


def test_a_cycle_qualifying_a_noun_at_the_clauses_end_is_no_recurrence():
    from pipeline.stages.assignments import duty_deadline
    deadline = duty_deadline("Sở Công Thương sửa đổi quy chế hội chợ hằng năm, hoàn thành trong quý II.", 2027)
    assert (deadline.end, deadline.recurring) == ("2027-06-30", None)
