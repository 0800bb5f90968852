"""Task-table leftovers (s39-tabfix), on small tables of our own wordings in every form.

1. A group row ("II" | "Năm 2027", "II. NHÓM NHIỆM VỤ …") after a full task row where the time column is not the
   table's last (a product's column after it), copied a cell a line: the mark and its title went into the row
   above's product cell (s38-periods2's patch, validated here; its own cases are tests/test_periods_s38b.py).
2. A "by"-word before a quarter, a half-year or a month ("Đến quý II/2026", "Chậm nhất trong tháng 9/2026",
   "Hoàn thành trong 6 tháng đầu năm 2026") gave the whole period, start and end, where "Đến năm 2026" gives an end
   only: the period's end is the deadline, its start is not claimed.
3. A time-and-place cell holding a place and a date ("Hà Nội, ngày 15 tháng 5 năm 2026") ended the task table in
   text copies, taken for the signature's place-and-date line: inside the table (more cells of the row, more rows
   after it) it is a cell; only a closing line followed by the signature or "Nơi nhận" ends the table.
"""

from __future__ import annotations

import pytest

from pipeline.stages.deadlines import parse_deadline
from test_periods_s37 import _TASKS, _document

_FORMS = ["html", "docx", "one cell a line", "pipe"]


# -- 1. A group row after a full row, the time column not the last -----------------------------------------------------

_HEADER = ("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Kết quả/sản phẩm")
_PRODUCTS = ("Quy trình được ban hành", "Báo cáo kết quả", "Cơ sở dữ liệu", "Báo cáo kiểm tra")


@pytest.mark.parametrize("mark,title", [("II", "NHÓM NHIỆM VỤ VỀ CHUYỂN ĐỔI SỐ"), ("B", "Nhiệm vụ năm 2027"),
                                        ("II", "Quý I/2027")])
@pytest.mark.parametrize("deadline", ["31/12/2026", "Quý IV/2026"])
@pytest.mark.parametrize("form", ["one cell a line", "pipe", "html"])
def test_a_group_row_after_a_full_row_before_a_product_column(tmp_path, mark, title, deadline, form):
    rows = [("1", _TASKS[0], "Sở Nội vụ", "Tháng 6/2026", _PRODUCTS[0]), ("2", _TASKS[1], "Sở Nội vụ", deadline, _PRODUCTS[1]),
            (mark, title, "", "", ""), ("3", _TASKS[2], "Sở Tư pháp", "Tháng 6/2027", _PRODUCTS[2])]
    if form == "one cell a line":
        rows = [tuple(cell for cell in row if cell) for row in rows]
    doc = _document(tmp_path, _HEADER, rows, form)
    group = f"{mark} {title}"
    assert [(t.number, t.deadline.text, t.output, [" ".join(g.replace(".", "").split()) for g in t.group_path])
            for t in doc.tasks] == [("1", "Tháng 6/2026", _PRODUCTS[0], []), ("2", deadline, _PRODUCTS[1], []),
                                    ("3", "Tháng 6/2027", _PRODUCTS[2], [group])]


# -- 2. A "by"-word before a period: its end, no start ------------------------------------------------------------------

@pytest.mark.parametrize("printed,end", [
    ("Đến quý II/2026", "2026-06-30"), ("đến hết Quý III năm 2026", "2026-09-30"), ("Đến Q.IV/2026", "2026-12-31"),
    ("Chậm nhất trong Quý III/2026", "2026-09-30"), ("chậm nhất là quý I/2027", "2027-03-31"),
    ("Hoàn thành trong quý II/2026", "2026-06-30"), ("Hoàn thành Quý IV năm 2026", "2026-12-31"),
    ("Xong trong quý III/2026", "2026-09-30"), ("Cuối quý II/2026", "2026-06-30"), ("Không quá quý III/2026", "2026-09-30"),
    ("Đến tháng 9/2026", "2026-09-30"), ("Hoàn thành trong tháng 10 năm 2026", "2026-10-31"),
    ("Chậm nhất trong tháng 5/2026", "2026-05-31"), ("đến hết tháng 12/2026", "2026-12-31"),
    ("Hoàn thành trong 6 tháng đầu năm 2026", "2026-06-30"), ("Đến 6 tháng cuối năm 2026", "2026-12-31"),
    ("Chậm nhất 9 tháng đầu năm 2026", "2026-09-30"), ("Hoàn thành trong năm 2026", "2026-12-31"),
])
def test_a_by_word_before_a_period_gives_its_end_only(printed, end):
    deadline = parse_deadline(printed, 2026)
    assert (deadline.start, deadline.end) == (None, end)


@pytest.mark.parametrize("printed,start,end", [
    # a period on its own, or "trong" it alone: the whole period, as before
    ("Quý II/2026", "2026-04-01", "2026-06-30"), ("Trong quý II/2026", "2026-04-01", "2026-06-30"),
    ("6 tháng đầu năm 2026", "2026-01-01", "2026-06-30"), ("Trong tháng 9/2026", "2026-09-01", "2026-09-30"),
    # a report's "đã hoàn thành": when it was done, not a deadline's by-word
    ("Đã hoàn thành tháng 3/2026", "2026-03-01", "2026-03-31"),
    # "trước", "từ" keep their reading; a start printed before the by-word stays the start
    ("Trước quý IV/2026", None, "2026-09-30"), ("Từ quý II/2026", "2026-04-01", None),
    ("Từ tháng 3/2026 đến tháng 9/2026", "2026-03-01", "2026-09-30"), ("Năm 2026 đến quý II/2027", "2026-01-01", "2027-06-30"),
    ("Quý II/2026 đến quý IV/2026", "2026-04-01", "2026-12-31"),
])
def test_periods_without_a_by_word_keep_their_reading(printed, start, end):
    deadline = parse_deadline(printed, 2026)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize("printed,start,end", [
    # a by-word inside another phrase is none: "trước hết" (first of all), "sắp tới" (upcoming); the period is whole
    ("Trước hết quý II/2026", "2026-04-01", "2026-06-30"), ("Trước hết trong tháng 9/2026", "2026-09-01", "2026-09-30"),
    ("trước hết 6 tháng đầu năm 2026", "2026-01-01", "2026-06-30"), ("Trước hết, quý III/2026", "2026-07-01", "2026-09-30"),
    # a report's status: when the work was done or where it stands, the period as printed
    ("Đã cơ bản hoàn thành trong quý II/2026", "2026-04-01", "2026-06-30"), ("Chưa hoàn thành quý II/2026", "2026-04-01", "2026-06-30"),
    ("Đã được hoàn thành trong tháng 5/2026", "2026-05-01", "2026-05-31"), ("đang hoàn thành trong quý III/2026", "2026-07-01", "2026-09-30"),
    ("Chưa xong trong tháng 4/2026", "2026-04-01", "2026-04-30"), ("Đã cơ bản hoàn thành năm 2026", "2026-01-01", "2026-12-31"),
    # the work and its completion both in the period: it runs in the period
    ("Thực hiện và hoàn thành trong năm 2026", "2026-01-01", "2026-12-31"),
    ("Triển khai và hoàn thành trong quý III/2026", "2026-07-01", "2026-09-30"),
    ("Xây dựng và hoàn thành trong tháng 10/2026", "2026-10-01", "2026-10-31"),
    ("Bắt đầu và xong trong 6 tháng cuối năm 2026", "2026-07-01", "2026-12-31"),
    # a year printed as the work's period beside a by-word period of that year: the year starts it, the by-word ends it
    ("Triển khai năm 2026, hoàn thành trong quý IV/2026", "2026-01-01", "2026-12-31"),
    ("Năm 2026 (hoàn thành trong tháng 6/2026)", "2026-01-01", "2026-06-30"),
    ("Năm 2026 - hoàn thành quý III/2026", "2026-01-01", "2026-09-30"),
    ("Thực hiện trong năm 2027; chậm nhất quý II/2027", "2027-01-01", "2027-06-30"),
    ("Năm 2026, hoàn thành trong 6 tháng đầu năm", "2026-01-01", "2026-06-30"),
    # the same words before a term of the year ("Kỳ I/2026": its first half)
    ("Trước hết kỳ II/2026", "2026-07-01", "2026-12-31"), ("Đã cơ bản hoàn thành trong kỳ I/2026", "2026-01-01", "2026-06-30"),
])
def test_a_by_word_inside_another_phrase_or_beside_the_work_year(printed, start, end):
    deadline = parse_deadline(printed, 2026)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize("printed,start,end", [
    # two by-words, the task's and a phase's ("giai đoạn 1 by Q2/2026, everything by 2030"): the later end, no start
    # (nothing says when the work starts; the phase's quarter is no start of the task)
    ("Đến năm 2030, hoàn thành trong quý II/2026 giai đoạn 1", None, "2030-12-31"),
    ("Đến hết năm 2028; giai đoạn 1 hoàn thành trong tháng 6/2026", None, "2028-12-31"),
    # a horizon aimed at ("hướng tới", "tiến tới": its own by-phrase): its end, no start
    ("Hướng tới năm 2030", None, "2030-12-31"), ("Tiến tới quý IV/2027", None, "2027-12-31"),
    # a report's word does not reach a by-word of a later clause
    ("Đã hoàn thành giai đoạn 1; giai đoạn 2 hoàn thành trong quý IV/2026", None, "2026-12-31"),
    # a by-year beside a by-period of that year keeps its reading (no start invented)
    ("Đến năm 2026, hoàn thành trong quý II/2026", None, "2026-06-30"),
])
def test_two_by_words_and_by_phrases(printed, start, end):
    deadline = parse_deadline(printed, 2026)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize("cell,start,end", [("Trước hết quý II/2026", "2026-04-01", "2026-06-30"),
                                            ("Năm 2026 (hoàn thành trong tháng 6/2026)", "2026-01-01", "2026-06-30"),
                                            ("Thực hiện và hoàn thành trong quý III/2026", "2026-07-01", "2026-09-30")])
@pytest.mark.parametrize("form", _FORMS)
def test_a_whole_period_deadline_in_a_task_table(tmp_path, cell, start, end, form):
    header = ("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành")
    rows = [(str(k + 1), _TASKS[k], "Sở Nội vụ", cell if k == 1 else "Năm 2026") for k in range(3)]
    doc = _document(tmp_path, header, rows, form)
    assert [(t.number, t.deadline.start, t.deadline.end) for t in doc.tasks] == [
        ("1", "2026-01-01", "2026-12-31"), ("2", start, end), ("3", "2026-01-01", "2026-12-31")]


@pytest.mark.parametrize("cell,end", [("Đến quý II/2026", "2026-06-30"), ("Hoàn thành trong tháng 9/2026", "2026-09-30"),
                                      ("Chậm nhất 6 tháng đầu năm 2026", "2026-06-30")])
@pytest.mark.parametrize("form", _FORMS)
def test_a_by_word_deadline_in_a_task_table(tmp_path, cell, end, form):
    header = ("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành")
    rows = [(str(k + 1), _TASKS[k], "Sở Nội vụ", cell if k == 1 else "Năm 2026") for k in range(3)]
    doc = _document(tmp_path, header, rows, form)
    assert [(t.number, t.deadline.start, t.deadline.end) for t in doc.tasks] == [
        ("1", "2026-01-01", "2026-12-31"), ("2", None, end), ("3", "2026-01-01", "2026-12-31")]


# -- 3. A place and a date in a cell ------------------------------------------------------------------------------------

_PLACES = ["Hà Nội, ngày 15 tháng 5 năm 2026", "Đà Nẵng, ngày 20 tháng 8 năm 2026", "Thành phố Hồ Chí Minh, ngày 3 tháng 9 năm 2026"]
_EVENTS = ("Tổ chức hội nghị sơ kết", "Tổ chức hội thảo khoa học", "Tổ chức lễ phát động", "Tổ chức hội nghị tổng kết")


@pytest.mark.parametrize("place", _PLACES)
@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("header", [("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian, địa điểm"),
                                    ("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian, địa điểm", "Sản phẩm"),
                                    ("TT", "Hoạt động", "Đơn vị tổ chức", "Thời gian và địa điểm tổ chức")])
@pytest.mark.parametrize("row", [1, 3])  # a middle row's, the last row's (its last cell before "Nơi nhận" in four columns)
def test_a_place_and_date_in_a_cell_stays_a_cell(tmp_path, place, form, header, row):
    rows = [(str(k + 1), _EVENTS[k], "Sở Văn hóa, Thể thao và Du lịch", place if k == row else f"Tháng {k + 4}/2026",
             _PRODUCTS[k])[:len(header)] for k in range(4)]
    doc = _document(tmp_path, header, rows, form)
    assert [t.number for t in doc.tasks] == ["1", "2", "3", "4"]
    assert doc.tasks[row].deadline.text == place
    assert [t.lead[0].name if t.lead else None for t in doc.tasks] == ["Sở Văn hóa, Thể thao và Du lịch"] * 4


@pytest.mark.parametrize("closing", [["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["Nơi nhận:", "- Lưu: VT."],
                                     ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]])
@pytest.mark.parametrize("form", ["one cell a line", "pipe"])
@pytest.mark.parametrize("time_name", ["Thời gian", "Thời gian, địa điểm"])
def test_a_closing_place_and_date_still_ends_the_table(tmp_path, closing, form, time_name):
    """The document's own place-and-date after the last row (a full one), before its signature or its recipients:
    no cell, even under a header that names a place."""
    from test_eighteenth_bed import _HEAD

    header = ("STT", "Nội dung", "Cơ quan chủ trì", time_name)
    rows = [(str(k + 1), _EVENTS[k], "Sở Nội vụ", f"Tháng {k + 4}/2026") for k in range(3)]
    cells = [*header, *[c for row in rows for c in row]]
    body = "\n".join(f"{c} |" for c in cells) if form == "pipe" else "\n\n".join(cells)
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(_HEAD) + "\n\n" + body + "\n\nHà Nội, ngày 20 tháng 5 năm 2026\n\n" + "\n\n".join(closing)
                    + "\n\nNguyễn Văn An\n", encoding="utf-8")
    from pipeline.run import process

    doc = process(path)
    assert [(t.number, t.deadline.text) for t in doc.tasks] == [("1", "Tháng 4/2026"), ("2", "Tháng 5/2026"), ("3", "Tháng 6/2026")]


# The closing place-and-date before a signature in any case (s39-fixcells): the line after it in capitals or not, the
# last row is full, and the line is no cell of the place column (which comes before the row's last cell, or not at all)

_SIGNATURES = {"TM. in words": ["TM. Ủy ban nhân dân", "Chủ tịch", "Nguyễn Văn An"],
               "KT. in words": ["KT. Giám đốc", "Phó Giám đốc", "Trần Thị Bình"],
               "tl. in lower case": ["tl. chủ tịch", "Chánh Văn phòng", "Lê Minh Tuấn"],
               "form's maker": ["Người lập biểu", "Nguyễn Văn An"], "head of unit": ["Thủ trưởng đơn vị", "(Ký, ghi rõ họ tên)"],
               "signed mark": ["(Đã ký)"], "post": ["Giám đốc", "Nguyễn Văn An"], "name": ["Nguyễn Văn An"],
               "capitals": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "nothing": []}
_CLOSING_HEADERS = {"time": ("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"),
                    "time and place": ("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian, địa điểm"),
                    "place, then an empty note": ("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian, địa điểm", "Ghi chú"),
                    "area, then the time": ("TT", "Hoạt động", "Đơn vị thực hiện", "Địa bàn thực hiện", "Thời gian")}


def _closing_plan(tmp_path, header, form, after):
    from test_eighteenth_bed import _HEAD

    rows = [(str(k + 1), _EVENTS[k], "Sở Nội vụ", *["Huyện Bảo Lạc"] * (len(header) == 5 and header[-1] == "Thời gian"),
             f"Tháng {k + 4}/2026", *[""] * (header[-1] == "Ghi chú")) for k in range(3)]
    cells = [*header, *[c for row in rows for c in row]]
    body = "\n".join(f"{c} |".lstrip() for c in cells) if form == "pipe" else "\n\n".join(c or "\xa0" for c in cells)
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(_HEAD) + "\n\n" + body + "\n\n" + "\n\n".join(after) + "\n", encoding="utf-8")
    from pipeline.run import process

    return process(path)


@pytest.mark.parametrize("signature", list(_SIGNATURES))
@pytest.mark.parametrize("form", ["one cell a line", "pipe"])
@pytest.mark.parametrize("header", list(_CLOSING_HEADERS))
@pytest.mark.parametrize("place", ["Hà Nội, ngày 20 tháng 5 năm 2026", "Cao Bằng, ngày 05 tháng 6 năm 2026"])
def test_a_closing_place_and_date_before_any_signature_ends_the_table(tmp_path, signature, form, header, place):
    doc = _closing_plan(tmp_path, _CLOSING_HEADERS[header], form, [place, *_SIGNATURES[signature]])
    assert [(t.number, t.deadline.text) for t in doc.tasks] == [("1", "Tháng 4/2026"), ("2", "Tháng 5/2026"), ("3", "Tháng 6/2026")]
    assert not any(place in cell for row in doc.tables[0].rows for cell in row.cells)


@pytest.mark.parametrize("signature", ["TM. Ủy ban nhân dân", "Người lập biểu", "(Đã ký)", "Giám đốc"])
def test_a_place_cell_of_the_last_row_before_a_signature_is_the_closing_line(tmp_path, signature):
    """The last row stops short of its place cell ("3 | … | Sở Nội vụ"), then the closing line and a signature: the
    signature says the line is the document's, not the empty place cell's."""
    from test_eighteenth_bed import _HEAD
    from pipeline.run import process

    cells = ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian, địa điểm", "1", _EVENTS[0], "Sở Nội vụ", "Tháng 4/2026",
             "2", _EVENTS[1], "Sở Nội vụ", "Tháng 5/2026", "3", _EVENTS[2], "Sở Nội vụ"]
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(_HEAD) + "\n\n" + "\n\n".join(cells) + "\n\nHà Nội, ngày 20 tháng 5 năm 2026\n\n"
                    + signature + "\n\nNguyễn Văn An\n", encoding="utf-8")
    doc = process(path)
    assert [t.number for t in doc.tasks] == ["1", "2", "3"]
    assert not any("Hà Nội" in cell for row in doc.tables[0].rows for cell in row.cells)


def test_a_place_cell_after_a_content_of_two_paragraphs_stays_a_cell(tmp_path):
    """A middle row's content copied as two paragraphs ("- …" items) pushes its place cell one paragraph on: counted
    back from the next row's number, it still sits in the place column."""
    from test_eighteenth_bed import _HEAD
    from pipeline.run import process

    cells = ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian, địa điểm", "1", _EVENTS[0], "Sở Nội vụ", "Tháng 4/2026",
             "2", "- Tổ chức hội thảo khoa học;", "- Xuất bản kỷ yếu hội thảo.", "Sở Nội vụ", "Đà Nẵng, ngày 20 tháng 8 năm 2026",
             "3", _EVENTS[2], "Sở Nội vụ", "Tháng 9/2026"]
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(_HEAD) + "\n\n" + "\n\n".join(cells) + "\n\nNơi nhận:\n\n- Lưu: VT.\n", encoding="utf-8")
    doc = process(path)
    assert [(t.number, t.deadline.text) for t in doc.tasks] == [
        ("1", "Tháng 4/2026"), ("2", "Đà Nẵng, ngày 20 tháng 8 năm 2026"), ("3", "Tháng 9/2026")]
