"""Task tables in the forms that lose them: the thirteenth test bed (tests/task_layouts, layouts 123+, --bed
thirteenth), each fault it showed pinned on small tables of our own wordings built here.

The forms (FACTS.md, thirteenth test bed): an annex table Word split into two tables at a page break, the second
without its header (its first row a task or a group) or with it; a PDF's pages copied as text, the page's number and
running header between two rows; a PDF table ruled only around its header; tables built of <div>s; a landscape annex
stored as a portrait page turned by /Rotate 90 (read right before this bed too).

What was wrong before (scripts/evaluate_tasks.py --bed thirteenth, eleven formats: 481 of 506 rows matched, lead
93.1%, support 92.5%, deadline 94.9%):
- a second table with no header: its first row read as the header, that task lost (docx, html, every tabbed form);
- the page's lines between two rows of a copied table: run into the next row's number, a task made of them;
- a PDF table ruled only around its header: every row one band, all tasks read as one;
- a <div> table: read as paragraphs, its empty cells gone, a support read from the next task's cell.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from task_layouts import libreoffice, text_form_failures
from task_layouts.layouts import THIRTEENTH_BED

_FORMS = ("html", "pipe.txt", "tab.txt", "mdonce.txt")


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in THIRTEENTH_BED for fmt in _FORMS])
def test_thirteenth_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)


_HEAD = ("ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM", "Số: 33/KH-UBND", "Hà Nam, ngày 2 tháng 4 năm 2026", "KẾ HOẠCH",
         "Phát triển thương mại điện tử năm 2026")
_ROWS = [("1", "Xây dựng sàn giao dịch nông sản của tỉnh", "Sở Công Thương", "Sở Tài chính", "Quý III/2026"),
         ("2", "Tập huấn kỹ năng bán hàng trực tuyến cho hợp tác xã", "Liên minh Hợp tác xã tỉnh", "Sở Công Thương",
          "Tháng 8/2026"),
         ("3", "Hỗ trợ doanh nghiệp đăng ký mã số vùng trồng", "Sở Nông nghiệp và Môi trường", "", "Năm 2026"),
         ("4", "Kết nối cổng thanh toán với dịch vụ công của tỉnh", "Văn phòng UBND tỉnh", "Công an tỉnh",
          "31/10/2026"),
         ("5", "Tổng hợp, báo cáo kết quả thực hiện", "Sở Công Thương", "Các sở, ban, ngành", "Trước ngày 15/12/2026")]
_HEADERS = {"plan": ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
            "units": ("TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn")}


def _expected(rows=_ROWS) -> list[tuple]:
    return [(r[1][:24], [r[2]], [r[3]] if r[3] else [], r[4]) for r in rows]


def _tasks(doc) -> list[tuple]:
    return [(t.content[:24], [m.name for m in t.lead], [m.name for m in t.support], t.deadline.text if t.deadline else None)
            for t in doc.tasks]


def _docx(path, header: tuple[str, ...], parts: list[list[tuple]], between: str = "", rules: str = "grid"):
    """A plan whose task table Word split at page breaks into ``parts``, ``between`` printed at each break."""
    import docx
    from docx.enum.text import WD_BREAK

    from task_layouts.render import Cell, _docx_table

    document = docx.Document()
    for line in _HEAD:
        document.add_paragraph(line)
    for k, rows in enumerate(parts):
        if k:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            if between:
                document.add_paragraph(between)
        grid = ([[Cell(h, header=True) for h in header]] if k == 0 else []) + [[Cell(c) for c in r] for r in rows]
        _docx_table(document, grid, rules, None, [docx.shared.Cm(w) for w in (1.2, 6.5, 3.5, 3.5, 3)])
    document.add_paragraph("Nơi nhận:")
    document.save(path)
    return path


@pytest.mark.parametrize("header", sorted(_HEADERS))
@pytest.mark.parametrize("split", [1, 3])
def test_a_table_split_at_a_page_break_without_its_header_goes_on(tmp_path, header, split):
    """Word splits the table into two at a page break; the second prints no header, its first row a task. Before:
    that row was read as the second table's header and the task lost."""
    doc = process(_docx(tmp_path / "plan.docx", _HEADERS[header], [_ROWS[:split], _ROWS[split:]]))
    assert _tasks(doc) == _expected()


@pytest.mark.parametrize("between", ["5", "Trang 5", "- 5 -"])
def test_a_page_number_between_the_parts_does_not_part_them(tmp_path, between):
    doc = process(_docx(tmp_path / "plan.docx", _HEADERS["plan"], [_ROWS[:2], _ROWS[2:]], between=between))
    assert _tasks(doc) == _expected()


def test_a_second_table_with_a_header_of_its_own_is_not_taken_for_the_rest(tmp_path):
    """A table after a task table that prints its own header is read by that header (as before)."""
    other = [("Số TT", "Tên hội nghị", "Đơn vị tổ chức", "Thành phần", "Thời gian"),
             ("1", "Hội nghị triển khai", "Sở Công Thương", "Các doanh nghiệp", "Tháng 4/2026")]
    doc = process(_docx(tmp_path / "plan.docx", _HEADERS["plan"], [_ROWS, other]))
    assert [c.name for c in doc.tables[1].columns][:2] == ["Số TT", "Tên hội nghị"]
    assert _tasks(doc)[:5] == _expected()


def _copied(form: str, rows: list[tuple], page: tuple[str, ...], at: int) -> str:
    """The plan copied from a PDF viewer: ``page`` (the page's number and running header) printed between row
    ``at - 1`` and row ``at``, and once before the table (the header of the page it starts on)."""
    def printed(row: tuple) -> list[str]:
        if form == "tab":
            return ["\t".join(row)]
        if form == "pipe":
            return [f"{cell} |" for cell in row]
        return [cell or "\u00a0" for cell in row]  # one cell a paragraph
    lines = [*_HEAD, "I. MỤC TIÊU", "Nâng tỷ lệ doanh nghiệp bán hàng trực tuyến.", *page, "PHỤ LỤC",
             *printed(_HEADERS["plan"])]
    for k, row in enumerate(rows):
        if k == at:
            lines += page
        lines += printed(row)
    return "\n".join([*lines, "Nơi nhận:", "- Lưu: VT."])


@pytest.mark.parametrize("form", ["pipe", "tab", "one cell a paragraph"])
@pytest.mark.parametrize("page", [("4", "Kế hoạch số 33/KH-UBND"), ("Kế hoạch phát triển thương mại điện tử", "Trang 4"),
                                  ("- 4 -", "Phụ lục - Kế hoạch số 33/KH-UBND")])
def test_the_pages_lines_between_two_rows_of_a_copy_are_no_task(tmp_path, form, page):
    """Before: the page's number and running header ran into the next row ('4\\nKế hoạch số …\\n4' a task, or the
    next row's number read as a cell of the row above)."""
    path = tmp_path / "plan.txt"
    path.write_text(_copied(form, _ROWS, page, 3), encoding="utf-8")
    assert _tasks(process(path)) == _expected()


def test_a_cell_printed_twice_is_no_running_header(tmp_path):
    """Only a run holding a page's number and a line printed more than once is the page's: a body named in two
    rows stays a cell."""
    rows = [("1", "Xây dựng sàn giao dịch nông sản của tỉnh", "Sở Công Thương", "Sở Tài chính", "Quý III/2026"),
            ("2", "Khảo sát nhu cầu của hợp tác xã", "Sở Tài chính", "Sở Công Thương", "Quý III/2026")]
    path = tmp_path / "plan.txt"
    path.write_text(_copied("one cell a paragraph", rows, (), 1), encoding="utf-8")
    assert _tasks(process(path)) == _expected(rows)


def _divs(rows: list[tuple], how: str) -> str:
    def element(kind: str, inner: str) -> str:
        if how == "style":
            return f'<div style="display: {kind}; border: 1px solid">{inner}</div>'
        return f'<div role="{ {"table": "table", "table-row": "row", "table-cell": "cell"}[kind] }">{inner}</div>'
    body = "".join(element("table-row", "".join(element("table-cell", c or "&nbsp;") for c in r))
                   for r in [_HEADERS["units"], *rows])
    head = "".join(f"<p>{line}</p>" for line in _HEAD)
    return f"<html><body>{head}{element('table', body)}<p>Nơi nhận:</p></body></html>"


@pytest.mark.parametrize("how", ["style", "aria"])
def test_a_table_of_divs_is_read_as_a_table(tmp_path, how):
    """Before: its cells were paragraphs and the empty support cell was dropped, so the support was read from the
    next row's cells."""
    path = tmp_path / "plan.html"
    path.write_text(_divs(_ROWS, how), encoding="utf-8")
    assert _tasks(process(path)) == _expected()


def test_divs_styled_as_a_table_but_not_built_as_one_keep_their_text(tmp_path):
    """A 'display: table' wrapper whose children are paragraphs (a clearfix) is no table: its text stays."""
    path = tmp_path / "plan.html"
    head = "".join(f"<p>{line}</p>" for line in _HEAD)
    path.write_text(f"<html><body>{head}<div style='display:table'><p>I. MỤC TIÊU</p><p>Nâng tỷ lệ doanh nghiệp bán "
                    "hàng trực tuyến.</p></div><p>Nơi nhận:</p></body></html>", encoding="utf-8")
    assert "Nâng tỷ lệ doanh nghiệp" in " ".join(b.orig for b in process(path).blocks)


@pytest.mark.skipif(libreoffice() is None, reason="needs LibreOffice")
@pytest.mark.parametrize("font", ["DejaVu Serif", "Liberation Sans"])
def test_a_pdf_table_ruled_only_around_its_header(tmp_path, font):
    """A rule above and below the header and under the table, none between rows nor between columns. Before: all
    the rows in one band between two rules, read as one task."""
    import docx

    from task_layouts.render import convert

    source = _docx(tmp_path / "plan.docx", _HEADERS["units"], [_ROWS], rules="header")
    document = docx.Document(source)
    for paragraph in document.element.body.iter(docx.oxml.ns.qn("w:r")):
        fonts = paragraph.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(docx.oxml.ns.qn("w:ascii"), font)
        fonts.set(docx.oxml.ns.qn("w:hAnsi"), font)
    document.save(source)
    convert([source], "pdf", tmp_path)
    assert _tasks(process(tmp_path / "plan.pdf")) == _expected()
