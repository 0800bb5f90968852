"""The review of the s35 metadata and structure merge (s35-blind35, s35-structure9): each case changed output that was
right before it. A table's caption at the top of a page in the middle of the body, a title wrapped at the words "dự
thảo", the Party's central boards under "BAN CHẤP HÀNH TRUNG ƯƠNG", an English "Date:" in a title's words, a Word
column break in a web page."""

from __future__ import annotations

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_BREAK

from parsers.html import _PAGE_BREAK_STYLE
from pdfmaker import text_pdf
from pipeline.run import process
from test_structure_s34 import PLAN_CLOSING, PLAN_HEADER, TASK_TABLE
from test_structure_s35 import _table

# 1. A table's caption at the top of a page (a landscape section, a page break) with the body going on after its table

ABOVE = [*PLAN_HEADER, "I. KẾT QUẢ NĂM 2025", "1. Thu ngân sách", "Kết quả thu như biểu sau:"]
CAPTION = "Biểu 1. KẾT QUẢ THU NGÂN SÁCH NĂM 2025"
# what follows the table: the body's numbering going on and its closing, the numbering alone (a copy without its
# closing), the closing alone (the table in the last part), a Roman part alone
AFTER = {
    "numbered_and_closing": (["2. Chi ngân sách", "Chi đúng dự toán.", "II. NHIỆM VỤ NĂM 2026", "1. Tăng thu ngân sách.",
                              "III. TỔ CHỨC THỰC HIỆN", "Các sở triển khai kế hoạch này.", *PLAN_CLOSING],
                             [("roman", "I", ["1", "2"]), ("roman", "II", ["1"]), ("roman", "III", []), ("closing", None, [])]),
    "numbered_only": (["2. Chi ngân sách", "Chi đúng dự toán."], [("roman", "I", ["1", "2"])]),
    "roman_only": (["II. NHIỆM VỤ NĂM 2026", "Tăng thu ngân sách."], [("roman", "I", ["1"]), ("roman", "II", [])]),
    "closing_only": (["Các sở triển khai kế hoạch này.", *PLAN_CLOSING], [("roman", "I", ["1"]), ("closing", None, [])]),
}


def _docx(path, how: str, after: list[str]):
    document = Docx()
    for line in ABOVE:
        document.add_paragraph(line)
    if how == "landscape_section":  # the usual way to put a wide table in the body: a section of its own
        document.add_section(WD_SECTION.NEW_PAGE).orientation = WD_ORIENT.LANDSCAPE
    else:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph(CAPTION)
    _table(document, TASK_TABLE)
    if how == "landscape_section":
        document.add_section(WD_SECTION.NEW_PAGE)
    for line in after:
        document.add_paragraph(line)
    document.save(path)
    return path


def _html(path, after: list[str]):
    rows = [TASK_TABLE[k : k + 4] for k in range(0, len(TASK_TABLE), 4)]
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"
    paragraphs = lambda lines: "".join(f"<p>{line}</p>" for line in lines)  # noqa: E731
    path.write_text("<html><body>" + paragraphs(ABOVE) + f"<p style='page-break-before:always'>{CAPTION}</p>" + table
                    + paragraphs(after) + "</body></html>", encoding="utf-8")
    return path


def _pdf(path, after: list[str]):
    page = lambda lines: [(60.0, 60.0 + 18 * k, text) for k, text in enumerate(lines)]  # noqa: E731
    path.write_bytes(text_pdf([page(ABOVE), page([CAPTION, *TASK_TABLE]), page(after)], size=10))
    return path


def _outline(doc):
    return [(n.kind, n.number, [c.number for c in n.children if c.kind == "arabic"]) for n in doc.sections if n.kind != "opening"]


@pytest.mark.parametrize("after", AFTER)
@pytest.mark.parametrize("form", ["docx_landscape_section", "docx_page_break", "html", "pdf"])
def test_a_caption_at_the_top_of_a_page_with_the_body_after_its_table_stays_the_bodys(tmp_path, form, after):
    lines, expected = AFTER[after]
    if form.startswith("docx"):
        path = _docx(tmp_path / "plan.docx", form.removeprefix("docx_"), lines)
    elif form == "html":
        path = _html(tmp_path / "plan.html", lines)
    else:
        path = _pdf(tmp_path / "plan.pdf", lines)
    doc = process(path)
    assert _outline(doc) == expected


# 5. A web page's column break is no page break

@pytest.mark.parametrize("style, breaks", [
    ("mso-column-break-before:always", False), ("mso-column-break-after: always", False), ("column-break-before:always", False),
    ("page-break-before:always", True), ("mso-special-character:line-break;page-break-before:always", True),
    ("break-after: page", True), ("color:red;break-before:page", True),
])
def test_a_column_break_is_no_page_break(style, breaks):
    assert bool(_PAGE_BREAK_STYLE.search(style)) is breaks
