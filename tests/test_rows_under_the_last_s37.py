"""Lines under a task table's last row that are no part of it (s37): a stray letter, OCR noise, a count, a page's
number or a signature's post, then a body's name or a second document's header. A table copied one cell a line or as
'|' cells had joined them into its last row as the lower half of a row broken over a page (the body's name into the
lead: "Sở Nội vụ TỈNH QUẢNG NGÃI", found by the property test), or read them as a task of their own, some with the
bodies of the row above merged down. A lower half goes on in words of the language and prints no count or page number
in its cells of words; rows under the last numbered row that open with a small letter or a figure and are no lower
half are no rows. HTML and DOCX print the lines as paragraphs after the table: guards."""

from __future__ import annotations

import docx
import pytest

from pipeline.run import process

_HEAD = ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 122/KH-UBND", "Quảng Ngãi, ngày 12 tháng 5 năm 2025", "KẾ HOẠCH",
         "Triển khai công tác cải cách hành chính năm 2025", "PHỤ LỤC")
_HEADER = ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
_ROWS = ((("1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Các sở, ban, ngành", "Quý II/2025"),
          ("2", "Tổ chức hội nghị tập huấn", "Sở Nội vụ", "Sở Tài chính", "Tháng 9/2025")),
         (("1", "Kiểm tra công vụ tại các xã", "Văn phòng UBND tỉnh", "Sở Nội vụ", "Quý III/2025"),
          ("2", "Đánh giá chỉ số hài lòng", "Sở Giáo dục và Đào tạo", "Công an tỉnh", "Tháng 11/2025")))

# what the lines under the last row start with: noise, a word, a count, a page's number, a stray letter, a post
_JUNK = (("ab", "0"), ("aB", "12"), ("thêm", "12"), ("aA",), ("xq",), ("thêm", "- 7 -"), ("xq", "Trang 7"),
         ("x",), ("0",), ("kt", "PHÓ CHỦ TỊCH"), ("tm", "TM. ỦY BAN NHÂN DÂN"))
_AFTER = ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Sở Y tế", "Công an tỉnh", "UBND huyện Sơn Tịnh", "Nguyễn Văn An")


def _write(tmp_path, form: str, rows, under: list[str]):
    lines = [*_HEADER, *(c for row in rows for c in row)]
    if form in ("txt", "pipe"):
        path = tmp_path / "plan.txt"
        cells = lines + under if form == "txt" else [f"{c} |" for c in lines + under]
        path.write_text("\n".join([*_HEAD, *cells]), encoding="utf-8")
    elif form == "html":
        path = tmp_path / "plan.html"
        table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in (_HEADER, *rows))
        path.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in _HEAD) + f"<table border='1'>{table}</table>"
                        + "".join(f"<p>{line}</p>" for line in under) + "</body></html>", encoding="utf-8")
    else:
        path = tmp_path / "plan.docx"
        document = docx.Document()
        for line in _HEAD:
            document.add_paragraph(line)
        table = document.add_table(rows=0, cols=len(_HEADER))
        table.style = "Table Grid"
        for r in (_HEADER, *rows):
            for cell, text in zip(table.add_row().cells, r):
                cell.text = text
        for line in under:
            document.add_paragraph(line)
        document.save(path)
    return path


def _tasks(doc):
    return [(t.number, " ".join(t.content.split()), [a.name for a in t.lead], [a.name for a in t.support])
            for t in sorted(doc.tasks, key=lambda t: int(t.id.rsplit("_", 1)[-1]))]


@pytest.mark.parametrize("form", ["txt", "pipe", "html", "docx"])
@pytest.mark.parametrize("junk", _JUNK, ids=["/".join(j) for j in _JUNK])
def test_lines_under_the_last_row_are_no_part_of_the_table(tmp_path, form, junk):
    k = _JUNK.index(junk)
    rows = _ROWS[k % 2]
    under = [*junk, _AFTER[k % len(_AFTER)], *(["TỈNH QUẢNG NGÃI"] if k % 3 == 0 else [])]
    doc = process(_write(tmp_path, form, rows, under))
    assert _tasks(doc) == [(r[0], r[1], [r[2]], [r[3]]) for r in rows]


@pytest.mark.parametrize("words", ["đầu nguồn trên địa bàn các xã", "và các xã biên giới", "thôn"])
def test_a_lower_half_in_words_still_joins_the_last_row(tmp_path, words):
    """Guard (passes before): the last row broken after its task's first words, the rest in words of the language
    under the header printed again on the next page, with no number, is one row. ('|' cells; one cell a line, a lone
    line after the deadline goes on the deadline's cell: tests/test_sixteenth_bed.py breaks rows with all their cells.)"""
    rows = _ROWS[0]
    doc = process(_write(tmp_path, "pipe", rows, [*_HEADER, words]))
    assert _tasks(doc) == [*[(r[0], r[1], [r[2]], [r[3]]) for r in rows[:-1]],
                           (rows[-1][0], f"{rows[-1][1]} {words}", [rows[-1][2]], [rows[-1][3]])]


# Rows under the last numbered row that print no number but are tasks (s37 review): a lettered sub-item opening with
# any letter's label, and a row in plain words printing its own body and time. Dropped as strays in one cell a line
# and '|' cells before (the guard on HTML and DOCX, and the capitalised plain row, passed).
_LETTERED = (("a) Xây dựng cơ sở dữ liệu", "b) Kiểm tra tại cơ sở"), ("a. Cập nhật danh mục hồ sơ",),
             ("đ) Số hóa kết quả giải quyết",), ("i) Đánh giá mức độ hài lòng",), ("b. kiểm tra việc niêm yết",))
_UNDER_BODIES = (("Sở Tài chính", "Sở Nội vụ", "Quý III/2025"), ("Công an tỉnh", "", "Tháng 12/2025"))


@pytest.mark.parametrize("form", ["txt", "pipe", "html", "docx"])
@pytest.mark.parametrize("tasks", _LETTERED, ids=[t[0][:2] for t in _LETTERED])
def test_lettered_rows_under_the_last_row_are_tasks(tmp_path, form, tasks):
    rows = (*_ROWS[0], *(("", task, *_UNDER_BODIES[k % 2]) for k, task in enumerate(tasks)))
    doc = process(_write(tmp_path, form, rows, ["Nơi nhận:"]))
    assert _tasks(doc) == [(r[0] or None, r[1], [r[2]], [r[3]] if r[3] else []) for r in rows]


@pytest.mark.parametrize("form", ["txt", "pipe", "html", "docx"])
@pytest.mark.parametrize("task", ["Tổng hợp báo cáo kết quả", "tổng hợp báo cáo kết quả"])
def test_a_plain_row_with_its_own_body_and_time_after_a_lettered_row_is_a_task(tmp_path, form, task):
    """Under a lettered row (no number above it to be the lower half of), a row in words with its own body and time."""
    rows = (*_ROWS[1], ("", "a) Rà soát hồ sơ công vụ", *_UNDER_BODIES[0]), ("", task, *_UNDER_BODIES[1]))
    doc = process(_write(tmp_path, form, rows, ["Nơi nhận:"]))
    assert _tasks(doc) == [(r[0] or None, r[1], [r[2]], [r[3]] if r[3] else []) for r in rows]


@pytest.mark.parametrize("form", ["pipe", "html", "docx"])  # one cell a line: the aligner reads the row's task into its lead
@pytest.mark.parametrize("time", ["Quý IV/2025", "Trước ngày 15/12/2025"])
def test_a_row_printing_its_own_time_is_a_task_whatever_its_body_cell_opens_with(tmp_path, form, time):
    """A body's cell opening with a figure ("03 tổ kiểm tra liên ngành") is no body's name going on, but a row under a
    lettered row that prints its own time is a task, not a count under the table."""
    rows = (*_ROWS[0], ("", "a) Rà soát hồ sơ công vụ", *_UNDER_BODIES[0]),
            ("", "kiểm tra việc niêm yết công khai", "03 tổ kiểm tra liên ngành", "", time))
    doc = process(_write(tmp_path, form, rows, ["Nơi nhận:"]))
    assert [(t[0], t[1]) for t in _tasks(doc)] == [(r[0] or None, r[1]) for r in rows]
