"""Columns other hands add to a task annex: the eighteenth test bed (tests/task_layouts, layouts 147+, --bed
eighteenth), and each of its faults on small tables of our own wordings built here.

What was wrong before (each test below fails without its fix, unless it says it is a guard):
- a column of task codes ("Mã số": "CĐS-01", "NV02", "HT.1.2") where other tables print row numbers, the task names
  short: copied one cell a line or a cell a '|' line, a code was no row's start, so the header ran on into the first
  row (its code and task read as two more columns' names) and every row after it was shifted; copied as rows, the
  table was lost; "Mã nhiệm vụ" named no column, so in HTML the code was kept as no task's number and in tabbed or
  Markdown rows the table was not read (with "Mã số" those two were read right before: guards);
- a period of work beside the deadline ("Thời gian thực hiện" | "Thời hạn hoàn thành"): the deadline was read from
  the first time column, the period of work ("Tháng 3 - 5/2026": the end of May where the task is due by 30 June),
  a confident wrong date; now the period gives the task's start and the completion column its deadline;
- "Cấp thực hiện" ("Cấp tỉnh", "Cấp xã"), the level a task is carried out at, was read as a body carrying it out;
- in a table with no agency column, a task that opens with the sentence naming its bodies ("Sở A chủ trì, phối hợp
  với Sở B tổ chức …", "Giao Sở A chủ trì …") gave no lead or support; now they are read up to the verb of the work,
  and where a named support is no body's name, or no verb ends it, neither is (never a half reading).
"""

from __future__ import annotations

import html

import pytest

from pipeline.run import process
from task_layouts import text_form_failures
from task_layouts.layouts import BY_NAME, EIGHTEENTH_BED

_FORMS = ("html", "txt", "pipe.txt", "bar.txt", "tab.txt", "mdonce.txt")


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in EIGHTEENTH_BED for fmt in _FORMS
                                      if fmt not in BY_NAME[name].skip])
def test_eighteenth_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)


_HEAD = ("ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", "Số: 77/KH-UBND", "Cao Bằng, ngày 4 tháng 6 năm 2026", "KẾ HOẠCH",
         "Chuyển đổi số trong cơ quan nhà nước năm 2026", "PHỤ LỤC")


def _write(tmp_path, header: tuple[str, ...], rows: list[tuple[str, ...]], form: str):
    """One cell a paragraph ("\xa0" for an empty one), each cell ended by " |", a row a line ("| a | b |" or tabbed), or
    an HTML table."""
    if form == "html":
        cells = "".join(f"<tr>{''.join(f'<td>{html.escape(c)}</td>' for c in row)}</tr>" for row in [header, *rows])
        path = tmp_path / "plan.html"
        path.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in _HEAD) + f"<table border='1'>{cells}"
                        "</table><p>Nơi nhận:</p><p>- Lưu: VT.</p></body></html>", encoding="utf-8")
        return path
    lines = [*header, *[c for row in rows for c in row]]
    if form == "pipe":
        body = "\n".join(f"{c} |".lstrip() for c in lines)
    elif form in ("markdown", "tabs"):
        body = "\n".join("| " + " | ".join(row) + " |" if form == "markdown" else "\t".join(row) for row in [header, *rows])
    else:
        body = "\n\n".join(c or "\xa0" for c in lines)
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(_HEAD) + "\n\n" + body + "\n\nNơi nhận:\n- Lưu: VT.\n", encoding="utf-8")
    return path


def _got(doc) -> list[tuple]:
    return [(t.number, t.content, [m.name for m in t.lead], [m.name for m in t.support],
             t.deadline.text if t.deadline else None) for t in doc.tasks]


# -- Task codes for row numbers ---------------------------------------------------------------------------------------

_SHORT = (("Số hóa hồ sơ hộ tịch", "Sở Tư pháp", "Sở Nội vụ", "30/6/2026"),
          ("Nâng cấp cổng dịch vụ công", "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ", "Tháng 9/2026"),
          ("Tập huấn kỹ năng số", "Sở Nội vụ", "", "Quý III/2026"),
          ("Kiểm tra an toàn thông tin", "Công an tỉnh", "Sở Khoa học và Công nghệ", "Quý IV/2026"))


@pytest.mark.parametrize("codes", [("CĐS-01", "CĐS-02", "CĐS-03", "CĐS-04"), ("NV01", "NV02", "NV03", "NV04"),
                                   ("HT.1.1", "HT.1.2", "HT.2.1", "HT.2.2"), ("KH_1", "KH_2", "KH_3", "KH_4")],
                         ids=["dash", "joined", "dotted", "underscore"])
@pytest.mark.parametrize("form", ["one cell a line", "pipe", "markdown", "tabs"])
@pytest.mark.parametrize("name", ["Mã số", "Mã nhiệm vụ"])
def test_task_codes_start_their_rows(tmp_path, codes, form, name):
    header = (name, "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành")
    rows = [(code, *row) for code, row in zip(codes, _SHORT)]
    got = _got(process(_write(tmp_path, header, rows, form)))
    assert got == [(code, task, [lead], [support] if support else [], time) for code, task, lead, support, time in rows]


def test_a_task_code_column_named_mã_nhiệm_vụ_numbers_the_tasks_in_html(tmp_path):
    header = ("Mã nhiệm vụ", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành")
    rows = [(f"NV{i:02d}", *row) for i, row in enumerate(_SHORT, 1)]
    assert [t.number for t in process(_write(tmp_path, header, rows, "html")).tasks] == ["NV01", "NV02", "NV03", "NV04"]


@pytest.mark.parametrize("cell", ["COVID-19", "ISO 9001", "Đề án 06", "VNeID"])
def test_words_that_look_like_codes_still_name_a_column_s_task(tmp_path, cell):
    """Guard: a short task name with figures ("COVID-19": five capitals; a space before the figures) is no code."""
    header = ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
    rows = [("1", cell, "Sở Y tế", "Sở Tài chính", "Quý II/2026"), ("2", "Tập huấn kỹ năng số", "Sở Nội vụ", "", "Quý III/2026")]
    got = _got(process(_write(tmp_path, header, rows, "one cell a line")))
    assert [(n, c) for n, c, *_ in got] == [("1", cell), ("2", "Tập huấn kỹ năng số")]


# -- The period of work beside the deadline ----------------------------------------------------------------------------

_TIMED = (("1", "Rà soát quy trình nội bộ", "Sở Nội vụ", "Sở Tư pháp", "Tháng 3 - 5/2026", "30/6/2026"),
          ("2", "Số hóa hồ sơ đất đai", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Quý II - Quý III/2026", "Tháng 10/2026"),
          ("3", "Kiểm tra công vụ", "Sở Nội vụ", "Thanh tra tỉnh", "Năm 2026", "Quý IV/2026"))


@pytest.mark.parametrize("work,done", [("Thời gian thực hiện", "Thời hạn hoàn thành"),
                                       ("Thời gian triển khai", "Thời gian hoàn thành"),
                                       ("Thời gian", "Thời hạn"), ("Lộ trình thực hiện", "Hạn hoàn thành")])
@pytest.mark.parametrize("form", ["html", "one cell a line", "pipe"])
def test_the_deadline_is_the_completion_column_s_not_the_period_of_work_s(tmp_path, work, done, form):
    header = ("TT", "Nội dung", "Chủ trì", "Phối hợp", work, done)
    doc = process(_write(tmp_path, header, list(_TIMED), form))
    assert [(t.deadline.text, t.deadline.start, t.deadline.end) for t in doc.tasks] == [
        ("30/6/2026", "2026-03-01", "2026-06-30"), ("Tháng 10/2026", "2026-04-01", "2026-10-31"),
        ("Quý IV/2026", "2026-01-01", "2026-12-31")]


@pytest.mark.parametrize("form", ["html", "one cell a line"])
def test_a_period_of_work_alone_is_still_the_deadline(tmp_path, form):
    """Guard: with no completion column, "Thời gian thực hiện" is the deadline, as most plans mean it."""
    header = ("TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian thực hiện")
    doc = process(_write(tmp_path, header, [row[:5] for row in _TIMED], form))
    assert [(t.deadline.text, t.deadline.end) for t in doc.tasks] == [
        ("Tháng 3 - 5/2026", "2026-05-31"), ("Quý II - Quý III/2026", "2026-09-30"), ("Năm 2026", "2026-12-31")]


def test_a_report_s_progress_beside_its_deadline_stays_a_status(tmp_path):
    """Guard: "Tiến độ thực hiện" beside "Thời hạn hoàn thành" holds where the task stands, no period of work."""
    header = ("TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn hoàn thành", "Tiến độ thực hiện")
    rows = [("1", "Rà soát quy trình nội bộ", "Sở Nội vụ", "Sở Tư pháp", "30/6/2026", "Đã hoàn thành"),
            ("2", "Kiểm tra công vụ", "Sở Nội vụ", "Thanh tra tỉnh", "Quý IV/2026", "Đang triển khai")]
    doc = process(_write(tmp_path, header, rows, "html"))
    assert [(t.deadline.text, t.deadline.end, t.status_text) for t in doc.tasks] == [
        ("30/6/2026", "2026-06-30", "Đã hoàn thành"), ("Quý IV/2026", "2026-12-31", "Đang triển khai")]


# -- The level a task is carried out at --------------------------------------------------------------------------------

@pytest.mark.parametrize("form", ["html", "one cell a line", "pipe"])
@pytest.mark.parametrize("name", ["Cấp thực hiện", "Cấp triển khai"])
def test_the_level_a_task_is_carried_out_at_is_no_body(tmp_path, form, name):
    header = ("STT", "Nhiệm vụ", name, "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian")
    rows = [("1", "Rà soát quy trình nội bộ", "Cấp tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2026"),
            ("2", "Số hóa hồ sơ đất đai", "Cấp xã", "UBND các xã, phường", "Sở Tài chính", "Tháng 9/2026")]
    doc = process(_write(tmp_path, header, rows, form))
    assert [([m.name for m in t.implementer], [m.name for m in t.lead], t.note) for t in doc.tasks] == [
        ([], ["Sở Nội vụ"], "Cấp tỉnh"), ([], ["UBND các xã, phường"], "Cấp xã")]


# -- No agency column: the task's text opens with the sentence naming its bodies ---------------------------------------

@pytest.mark.parametrize("task,lead,support", [
    ("Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp tham mưu UBND tỉnh ban hành quy chế", ["Sở Nội vụ"], ["Sở Tư pháp"]),
    ("Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành bố trí kinh phí", ["Sở Tài chính"], ["các sở, ngành"]),
    ("Công an tỉnh chủ trì triển khai tuần tra, kiểm soát", ["Công an tỉnh"], []),
    ("Sở Y tế chủ trì, phối hợp cùng Sở Tài chính, Bảo hiểm xã hội tỉnh rà soát danh mục thuốc", ["Sở Y tế"],
     ["Bảo hiểm xã hội tỉnh", "Sở Tài chính"]),
    ("Sở Văn hóa, Thể thao và Du lịch chủ trì và phối hợp với Sở Xây dựng để tu bổ di tích", ["Sở Văn hóa, Thể thao và Du lịch"],
     ["Sở Xây dựng"]),
])
@pytest.mark.parametrize("form", ["html", "one cell a line", "pipe"])
def test_a_task_that_opens_by_naming_its_bodies_gives_its_lead_and_support(tmp_path, task, lead, support, form):
    header = ("STT", "Nhiệm vụ", "Thời hạn hoàn thành")
    rows = [("1", task, "Quý III/2026"), ("2", "Tổng kết, đánh giá kết quả thực hiện kế hoạch", "Tháng 12/2026")]
    got = _got(process(_write(tmp_path, header, rows, form)))
    assert [(lead_, sorted(support_)) for _, _, lead_, support_, _ in got] == [(lead, support), ([], [])]


@pytest.mark.parametrize("task", [
    "Sở Nội vụ chủ trì, phối hợp với doanh nghiệp trên địa bàn tổ chức đối thoại",  # a support that is no body
    "Tăng cường vai trò chủ trì, phối hợp với các sở trong công tác tuyên truyền",  # no body opens it
    "Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp và các bên liên quan trong năm",  # no verb ends the support
])
def test_a_sentence_whose_bodies_cannot_be_told_names_no_one(tmp_path, task):
    """Guard: never a half reading (a lead with a wrong support, or a support that runs on into the task's words)."""
    header = ("STT", "Nhiệm vụ", "Thời hạn hoàn thành")
    got = _got(process(_write(tmp_path, header, [("1", task, "Quý III/2026")], "html")))
    assert [(lead, support) for _, _, lead, support, _ in got] == [([], [])]


def test_an_agency_column_decides_over_the_task_s_opening_sentence(tmp_path):
    """Guard: with a lead column the task's own words name no body."""
    header = ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn hoàn thành")
    rows = [("1", "Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp tổ chức tập huấn", "Văn phòng UBND tỉnh", "Quý III/2026")]
    got = _got(process(_write(tmp_path, header, rows, "html")))
    assert [(lead, support) for _, _, lead, support, _ in got] == [(["Văn phòng UBND tỉnh"], [])]
