"""Task tables of forms the other beds lacked: the eleventh test bed (tests/task_layouts, layouts 117+, --bed eleventh),
and the table faults the tenth bed's stop left, each on small tables of our own wordings built here.

What real documents print (FACTS.md, eleventh test bed; our own rows): a five-year plan for a central resolution with
a column per year under "Lộ trình thực hiện", "x" in each year a task runs in, and lead cells of two bodies; a
commune's works whose "Đơn vị thực hiện" says "Chủ trì: …; Phối hợp: …", under a title across the table, with groups
"1" over tasks "1.1" and money last; the body first with a later "Đơn vị phối hợp thực hiện" and products ending with
a time.

What was wrong before (each test below fails without its fix; scripts/evaluate_tasks.py --bed eleventh, eleven
formats: 190 of 202 rows matched, lead 94.1%, support 94.1%, deadline 62.9%; after: 202 of 202, 100% each):
- the years ticked under "Lộ trình thực hiện" gave no deadline (every format); copied as "|" rows the tick was read
  as the deadline and six rows in seven were lost;
- a product cell whose words end with a time ("Báo cáo tổng kết cuối năm", "Báo cáo … chậm nhất ngày 15/12") was a
  time cell: one cell a line, the product after the time column ran into the deadline;
- a body-first header was cut at a later column named "Cơ quan thường trực";
- a lettered heading ("b) …") between two tabbed tables was the deadline's next line.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from pipeline.stages.cells import looks_like_deadline
from task_layouts import text_form_failures
from task_layouts.layouts import ELEVENTH_BED
from task_layouts.render import TEXT_RENDERERS

_RENDER = {fmt: TEXT_RENDERERS[fmt] for fmt in ("html", "pipe.txt", "tab.txt", "mdonce.txt")}


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in ELEVENTH_BED for fmt in sorted(_RENDER)])
def test_eleventh_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 41/KH-UBND\nHà Tĩnh, ngày 5 tháng 3 năm 2026\nKẾ HOẠCH\n"
         "Triển khai các nhiệm vụ năm 2026\n")
_TAIL = "\n\nNơi nhận:\n- Lưu: VT.\n"


def _tasks(tmp_path, text: str) -> list[tuple]:
    path = tmp_path / "plan.txt"
    path.write_text(_HEAD + text + _TAIL, encoding="utf-8")
    return [(t.content[:20], [m.name for m in t.lead], sorted(m.name for m in t.support),
             t.deadline.text if t.deadline else None, t.output) for t in process(path).tasks]


def _printed(form: str, rows) -> str:
    if form == "one cell a line":
        return "\n\n".join(cell for row in rows for cell in row)
    if form == "tab":
        return "\n".join("\t".join(row) for row in rows)
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


_FORMS = ["one cell a line", "tab", "pipe"]


@pytest.mark.parametrize("cell", ["Báo cáo tổng kết cuối năm", "Báo cáo gửi Sở Nội vụ chậm nhất ngày 15/12",
                                  "Kế hoạch kiểm tra cuối quý", "- Quyết định phê duyệt, chậm nhất cuối tháng",
                                  "Văn bản hướng dẫn cuối năm"])
def test_a_product_whose_words_end_with_a_time_is_no_time_cell(cell):
    assert not looks_like_deadline(cell)


@pytest.mark.parametrize("cell", ["Chậm nhất ngày 06 của tháng cuối quý", "Cuối năm", "Cuối quý", "Xong chậm nhất cuối tháng",
                                  "Trước ngày 20/12, chậm nhất cuối năm", "Báo cáo trước ngày 15/12/2026", "Kỳ họp cuối năm"])
def test_time_cells_stay_time_cells(cell):
    assert looks_like_deadline(cell)


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("products", [("Báo cáo tổng kết cuối năm", "Báo cáo gửi Sở Nội vụ chậm nhất ngày 15/12",
                                       "Kế hoạch kiểm tra cuối quý"),
                                      ("Quyết định phê duyệt, chậm nhất cuối tháng", "Văn bản hướng dẫn cuối năm",
                                       "Báo cáo sơ kết cuối quý")])
def test_a_product_after_the_time_keeps_its_own_cell(tmp_path, form, products):
    """"Sản phẩm" after "Thời gian hoàn thành": one cell a line, the product ran into the time cell (the deadline
    printed with the product's words, the product lost)."""
    header = ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Sản phẩm")
    rows = [("1", "Tổng kết công tác cải cách hành chính", "Sở Nội vụ", "Thường xuyên", products[0]),
            ("2", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Quý IV/2026", products[1]),
            ("3", "Kiểm tra công vụ tại các xã", "Sở Y tế", "Tháng 9/2026", products[2]),
            ("4", "Số hóa hồ sơ hộ tịch", "Sở Tài chính", "Năm 2026", "Cơ sở dữ liệu")]
    assert _tasks(tmp_path, _printed(form, (header, *rows))) == [(r[1][:20], [r[2]], [], r[3], r[4]) for r in rows]


@pytest.mark.parametrize("form", ["one cell a line", "pipe"])
@pytest.mark.parametrize("later", ["Cơ quan thường trực", "Đơn vị phối hợp thực hiện", "Cơ quan phối hợp",
                                   "Cơ quan, đơn vị phối hợp", "Đơn vị tham mưu"])
@pytest.mark.parametrize("first", ["Cơ quan chủ trì", "Cơ quan, đơn vị"])
def test_a_body_first_header_goes_on_past_a_later_body_columns_name(tmp_path, form, later, first):
    """The body first ("Cơ quan chủ trì | Nhiệm vụ | …"): a later column named by a body's words ("Cơ quan thường
    trực", "Đơn vị phối hợp thực hiện") is a column's name, not the first row's body (before: the header was cut
    there and every row ran one cell off)."""
    header = (first, "Nhiệm vụ", later, "Thời hạn")
    rows = [("Sở Văn hóa, Thể thao và Du lịch", "Tổ chức liên hoan văn nghệ quần chúng toàn tỉnh", "Hội Liên hiệp Phụ nữ tỉnh",
             "Quý III/2026"),
            ("Công an tỉnh", "Tuyên truyền phòng, chống tội phạm công nghệ cao trong trường học", "Tỉnh đoàn", "Năm 2026"),
            ("Sở Y tế", "Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán", "Sở Công Thương", "Tháng 01/2026")]
    path = tmp_path / "plan.txt"
    path.write_text(_HEAD + _printed(form, (header, *rows)) + _TAIL, encoding="utf-8")
    doc = process(path)
    assert [c.name for c in doc.tables[0].columns] == list(header)
    assert [(t.content, t.deadline.text) for t in doc.tasks] == [(r[1], r[3]) for r in rows]


@pytest.mark.parametrize("heading", [["b) Nhiệm vụ về kiểm tra"], ["b) Kiểm tra công vụ", "Các sở thực hiện như sau:"],
                                     ["đ) Công tác thông tin, tuyên truyền"], ["B. NHIỆM VỤ KIỂM TRA"]])
@pytest.mark.parametrize("numbered", [True, False])
def test_a_lettered_heading_between_two_tabbed_tables_is_no_cell(tmp_path, heading, numbered):
    """A lettered heading ("b) …") between two tables copied as tabbed rows: it is the document going on, not the
    second line of the last row's time cell (before: the deadline "Quý II/2026 b) Nhiệm vụ …")."""
    names = ("STT", "Nội dung", "Cơ quan chủ trì", "Thời hạn") if numbered else ("Nội dung", "Đơn vị chủ trì", "Thời gian")
    first = [("1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Quý I/2026"), ("2", "Tập huấn nghiệp vụ", "Sở Nội vụ", "Quý II/2026")]
    second = [("1", "Kiểm tra công vụ", "Sở Nội vụ", "Quý III/2026"), ("2", "Sơ kết", "Sở Tài chính", "Năm 2026")]
    rows = lambda table: ["\t".join(row if numbered else row[1:]) for row in table]  # noqa: E731
    lines = ["a) Nhiệm vụ về thủ tục", "\t".join(names), *rows(first), *heading, "\t".join(names), *rows(second)]
    got = _tasks(tmp_path, "\n".join(lines))
    assert [(c, lead, d) for c, lead, _, d, _ in got] == [(r[1][:20], [r[2]], r[3]) for r in (*first, *second)]


def test_a_lettered_list_in_the_last_cell_goes_on(tmp_path):
    """The last cell's own list ("a) …" / "b) …" on lines of their own) stays in that cell."""
    lines = ["STT\tNội dung\tCơ quan chủ trì\tThời hạn\tSản phẩm",
             "1\tRà soát thủ tục hành chính\tSở Tư pháp\tQuý I/2026\tGồm:", "a) Báo cáo rà soát;", "b) Danh mục thủ tục.",
             "2\tTập huấn nghiệp vụ\tSở Nội vụ\tQuý II/2026\tLớp tập huấn"]
    assert _tasks(tmp_path, "\n".join(lines)) == [
        ("Rà soát thủ tục hành", ["Sở Tư pháp"], [], "Quý I/2026", "Gồm:\na) Báo cáo rà soát;\nb) Danh mục thủ tục."),
        ("Tập huấn nghiệp vụ", ["Sở Nội vụ"], [], "Quý II/2026", "Lớp tập huấn")]


def _html(header_rows, rows) -> str:
    def cells(row, tag):
        out, k = [], 0
        while k < len(row):
            span = 1
            while k + span < len(row) and row[k + span] is None:
                span += 1
            out.append(f"<{tag} colspan='{span}'>{row[k]}</{tag}>" if span > 1 else f"<{tag}>{row[k]}</{tag}>")
            k += span
        return "".join(out)
    body = "".join(f"<tr>{cells(r, 'th')}</tr>" for r in header_rows) + "".join(f"<tr>{cells(r, 'td')}</tr>" for r in rows)
    return f"<table border='1'>{body}</table>"


@pytest.mark.parametrize("form", ["html", "pipe"])
@pytest.mark.parametrize("parent,years", [("Lộ trình thực hiện", ("2026", "2027", "2028")),
                                          ("Thời gian thực hiện", ("Năm 2026", "Năm 2027", "Năm 2028")),
                                          ("Lộ trình", ("2026", "2027", "2028"))])
def test_years_ticked_under_a_time_parent_are_the_tasks_time(tmp_path, form, parent, years):
    """A plan over several years: a column a year under "Lộ trình thực hiện", "x" in each year a task runs in; the
    deadline is the span of the ticked years (before: no deadline; copied as '|' rows, the tick was the deadline)."""
    top = ("TT", "Nhiệm vụ", "Cơ quan chủ trì", parent, None, None)
    below = ("", "", "", *years)
    rows = [("1", "Nâng cấp trạm y tế xã đạt chuẩn", "Sở Y tế; UBND các xã, phường", "x", "x", ""),
            ("2", "Đào tạo bác sĩ gia đình cho tuyến xã", "Sở Y tế", "", "x", "x"),
            ("3", "Số hóa hồ sơ sức khỏe điện tử", "Sở Khoa học và Công nghệ", "x", "", "")]
    if form == "html":
        path = tmp_path / "plan.html"
        text = "".join(f"<p>{line}</p>" for line in _HEAD.strip().split("\n")) + _html([top, below], rows)
        path.write_text(f"<html><body>{text}<p>Nơi nhận:</p></body></html>", encoding="utf-8")
    else:
        path = tmp_path / "plan.txt"
        lines = ["| " + " | ".join(c or "" for c in r) + " |" for r in (top, below, *rows)]
        path.write_text(_HEAD + "\n".join(lines) + _TAIL, encoding="utf-8")
    doc = process(path)
    got = [(t.content, [m.name for m in t.lead], t.deadline and (t.deadline.text, t.deadline.end)) for t in doc.tasks]
    assert got == [(rows[0][1], ["Sở Y tế", "UBND các xã, phường"], (f"{years[0]}, {years[1]}", "2027-12-31")),
                   (rows[1][1], ["Sở Y tế"], (f"{years[1]}, {years[2]}", "2028-12-31")),
                   (rows[2][1], ["Sở Khoa học và Công nghệ"], (years[0], "2026-12-31"))]
