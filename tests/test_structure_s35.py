"""Section trees (s35): a code's subsections ("Tiểu mục"), an annexed table's caption at the top of a DOCX's or a web
page's page, a sentence between items that is no heading; then a sixth blind round of outlines.

Each fixture is written from facts (own words, numbers and bodies), its tree stated by hand.
"""

from __future__ import annotations

import pytest
from docx import Document as Docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK

import parsers
from conftest import write_in_form
from pipeline.run import process
from pipeline.stages.numbering import classify
from test_structure_s34 import (DECISION_CLOSING, DECISION_HEADER, FUND_TABLE, PLAN_CLOSING, PLAN_HEADER, TASK_TABLE,
                                _body, _outline)

FORMS = ["text", "html", "docx", "pdf"]


# --- a code's subsections: Chương > Mục > Tiểu mục > Điều ------------------------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("labels", [
    (["Tiểu mục 1", "HỒ SƠ ĐĂNG KÝ"], ["Tiểu mục 2", "THỦ TỤC ĐĂNG KÝ"]),  # the heading under the label
    (["Tiểu mục 1. HỒ SƠ ĐĂNG KÝ"], ["Tiểu mục 2. THỦ TỤC ĐĂNG KÝ"]),  # on one line
    (["TIỂU MỤC 1", "HỒ SƠ ĐĂNG KÝ"], ["TIỂU MỤC 2", "THỦ TỤC ĐĂNG KÝ"]),  # in capitals
])
def test_a_codes_subsections_are_nodes_between_its_sections_and_articles(tmp_path, form, labels):
    first, second = labels
    lines = [*DECISION_HEADER, "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "Quy chế này quy định việc nuôi ong.",
             "Chương II", "ĐĂNG KÝ VÙNG NUÔI ONG", "Mục 1", "ĐĂNG KÝ LẦN ĐẦU", *first, "Điều 2. Thành phần hồ sơ",
             "Hồ sơ gồm đơn và sơ đồ vùng nuôi.", "Điều 3. Số lượng hồ sơ", "Một bộ hồ sơ.", *second,
             "Điều 4. Nơi nộp hồ sơ", "Nộp tại Ủy ban nhân dân xã.", "Mục 2", "ĐĂNG KÝ LẠI", "Điều 5. Trường hợp đăng ký lại",
             "Khi đổi chủ trại ong.", *DECISION_CLOSING]
    body = [n for n in process(write_in_form(tmp_path, lines, form)).sections if n.kind not in ("opening", "closing")]
    assert _outline(body) == [
        ("chapter", "I", [("article", "1", [])]),
        ("chapter", "II", [("muc", "1", [("tieu_muc", "1", [("article", "2", []), ("article", "3", [])]),
                                         ("tieu_muc", "2", [("article", "4", [])])]),
                           ("muc", "2", [("article", "5", [])])])]
    subsection = body[1].children[0].children[0]
    assert (subsection.id, subsection.heading) == ("chapter_II__muc_1__tieu_muc_1", "HỒ SƠ ĐĂNG KÝ")
    assert "Hồ sơ gồm đơn" in subsection.children[0].text


@pytest.mark.parametrize("text", [
    "Tiểu mục 2 quy định thủ tục đăng ký lại.",
    "Mục 2 của Chương này áp dụng với trại ong đã đăng ký.",
    "MỤC 3 nêu các trường hợp miễn đăng ký.",
])
def test_a_sentence_opening_with_a_sections_name_is_no_label(text):
    """A sentence that names a section or a subsection ("Mục 2 của Chương này …") is an article's text: its words
    after the number are in small letters, a heading's are not."""
    assert classify(text) is None


@pytest.mark.parametrize("form", FORMS)
def test_a_sentence_naming_a_section_stays_in_its_article(tmp_path, form):
    lines = [*DECISION_HEADER, "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "Quy chế này quy định việc nuôi ong.",
             "Mục 2 của Chương này áp dụng với trại ong đã đăng ký.", "Điều 2. Đối tượng áp dụng", "Hộ nuôi ong trong tỉnh.",
             *DECISION_CLOSING]
    body = [n for n in process(write_in_form(tmp_path, lines, form)).sections if n.kind not in ("opening", "closing")]
    assert _outline(body) == [("chapter", "I", [("article", "1", []), ("article", "2", [])])]
    assert "Mục 2 của Chương" in body[0].children[0].text


# --- an annexed table's caption at the top of a page ------------------------------------------------------------------

# the plan's body, then its tables on pages of their own; no closing between (a draft's, or one signed on another file)
CAPTIONED_TABLES = [("Biểu 1.1", "NHIỆM VỤ NĂM 2026", TASK_TABLE), ("Biểu 1.2", "KINH PHÍ NĂM 2026", FUND_TABLE)]
PLAN_BODY = ["I. NHIỆM VỤ", "Theo các biểu kèm theo.", "II. TỔ CHỨC THỰC HIỆN", "Các sở triển khai kế hoạch này."]


def _table(document, cells: list[str]) -> None:
    rows = [cells[k : k + 4] for k in range(0, len(cells), 4)]
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value


def _docx_with_breaks(path, how: str, captions=CAPTIONED_TABLES):
    """The plan's body, then each caption at the top of a new page, the page started as ``how`` says."""
    document = Docx()
    for line in [*PLAN_HEADER, *PLAN_BODY]:
        document.add_paragraph(line)
    for caption, title, cells in captions:
        if how == "break_paragraph":  # Ctrl+Enter: a paragraph holding the break alone
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            document.add_paragraph(caption)
        elif how == "break_in_caption":  # the break in the caption's own paragraph, before its text
            paragraph = document.add_paragraph()
            paragraph.add_run().add_break(WD_BREAK.PAGE)
            paragraph.add_run(caption)
        elif how == "page_break_before":  # the paragraph's "page break before" setting
            document.add_paragraph(caption).paragraph_format.page_break_before = True
        elif how == "section_break":  # a new section, starting on a new page
            document.add_section(WD_SECTION.NEW_PAGE)
            document.add_paragraph(caption)
        document.add_paragraph(title)
        _table(document, cells)
    document.save(path)
    return path


def _html_with_breaks(path, how: str, captions=CAPTIONED_TABLES):
    def table(cells):
        rows = [cells[k : k + 4] for k in range(0, len(cells), 4)]
        return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"

    parts = [f"<p>{line}</p>" for line in [*PLAN_HEADER, *PLAN_BODY]]
    for caption, title, cells in captions:
        if how == "br_before":  # as Word saves a page break in a web page
            parts.append("<p><span><br clear=all style='mso-special-character:line-break;page-break-before:always'></span></p>")
            parts.append(f"<p>{caption}</p>")
        elif how == "paragraph_before":
            parts.append(f'<p style="page-break-before: always">{caption}</p>')
        elif how == "div_after":  # the element above breaks the page after it
            parts.append('<div style="break-after: page"></div>')
            parts.append(f"<p>{caption}</p>")
        parts += [f"<p>{title}</p>", table(cells)]
    path.write_text("<html><body>" + "".join(parts) + "</body></html>", encoding="utf-8")
    return path


def _annexes(doc):
    return [(n.label, n.number, n.heading, [c.kind for c in n.children]) for n in doc.sections if n.kind == "annex"]


EXPECTED_ANNEXES = [("Biểu 1.1", "1.1", "NHIỆM VỤ NĂM 2026", ["table"]), ("Biểu 1.2", "1.2", "KINH PHÍ NĂM 2026", ["table"])]


@pytest.mark.parametrize("how", ["break_paragraph", "break_in_caption", "page_break_before", "section_break"])
def test_a_docx_tables_caption_at_the_top_of_a_page_starts_an_annex(tmp_path, how):
    doc = process(_docx_with_breaks(tmp_path / "plan.docx", how))
    assert _annexes(doc) == EXPECTED_ANNEXES
    last = next(n for n in doc.sections if n.number == "II")
    assert last.text == "Các sở triển khai kế hoạch này."  # the tables are no longer the last part's


@pytest.mark.parametrize("how", ["br_before", "paragraph_before", "div_after"])
def test_a_web_pages_tables_caption_after_a_page_break_starts_an_annex(tmp_path, how):
    doc = process(_html_with_breaks(tmp_path / "plan.html", how))
    assert _annexes(doc) == EXPECTED_ANNEXES


@pytest.mark.parametrize("form", ["docx", "html"])
def test_a_caption_with_no_page_break_before_it_stays_the_bodys(tmp_path, form):
    """No break, no closing, no "(Kèm theo …)": the caption is a table's in the body, as in s34."""
    lines = [*PLAN_HEADER, *PLAN_BODY, "Biểu 1.1", "NHIỆM VỤ NĂM 2026", *TASK_TABLE]
    doc = process(write_in_form(tmp_path, lines, form))
    assert _annexes(doc) == []


def test_a_page_break_inside_a_docx_paragraph_cuts_its_line(tmp_path):
    """"Lưu: VT." [page break] "Biểu 1.1" in one paragraph: two lines, the second at the top of its page (they had
    been run together, "Lưu: VT.Biểu 1.1")."""
    document = Docx()
    paragraph = document.add_paragraph("Các sở triển khai.")
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    paragraph.add_run("Biểu 1.1")
    document.save(tmp_path / "doc.docx")
    blocks = parsers.read(tmp_path / "doc.docx").blocks
    assert [(b.orig, b.starts_page) for b in blocks] == [("Các sở triển khai.", False), ("Biểu 1.1", True)]


def test_a_web_pages_page_break_marks_the_next_block_only(tmp_path):
    path = tmp_path / "doc.html"
    path.write_text("<html><body><p>Một.</p><p style='page-break-after:always'>Hai.</p><p>Ba.</p><p>Bốn.</p></body></html>",
                    encoding="utf-8")
    assert [(b.orig, b.starts_page) for b in parsers.read(path).blocks] == [
        ("Một.", False), ("Hai.", False), ("Ba.", True), ("Bốn.", False)]


# --- a sentence between items is the text of the node before it -----------------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("sentence", ["Các kết quả cần đạt được trong năm.", "Những kết quả chủ yếu đạt được như sau:",
                                      "Kết quả cụ thể được nêu dưới đây."])
def test_a_sentence_between_items_is_the_text_of_the_item_before(tmp_path, form, sentence):
    """A line with no label that ends as a sentence is no heading, even short and standing between two items: the
    text of the node before it."""
    lines = ["I. MỤC TIÊU", "1. Mục tiêu chung", "Phát triển nghề nuôi ong bền vững.", sentence, "2. Mục tiêu cụ thể",
             "- Tăng 300 đàn ong;", sentence, "II. NHIỆM VỤ", sentence, "1. Điều tra đàn ong", "Hoàn thành trong quý I."]
    body = _body(tmp_path, lines, form)
    assert _outline(body) == [("roman", "I", [("arabic", "1", []), ("arabic", "2", [("dash", None, [])])]),
                              ("roman", "II", [("arabic", "1", [])])]
    assert body[0].children[0].text.splitlines()[-1] == sentence
    assert body[0].children[1].children[0].text.splitlines()[-1] == sentence
    assert body[1].text == sentence


def test_a_bold_sentence_between_items_is_no_heading(tmp_path):
    """In bold on a web page, still a sentence (its full stop): the text of the item before."""
    lines = [*PLAN_HEADER, "I. MỤC TIÊU", "1. Mục tiêu chung", "Phát triển nghề nuôi ong bền vững.",
             "<b>Các kết quả cần đạt được trong năm.</b>", "2. Mục tiêu cụ thể", "Tăng 300 đàn ong.", *PLAN_CLOSING]
    path = tmp_path / "doc.html"
    path.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>", encoding="utf-8")
    (part,) = [n for n in process(path).sections if n.kind == "roman"]
    assert [(n.kind, n.number) for n in part.children] == [("arabic", "1"), ("arabic", "2")]
    assert part.children[0].text.endswith("Các kết quả cần đạt được trong năm.")


# --- the sixth blind round -------------------------------------------------------------------------------------------
# FACTS (from the openings of stored legal-site pages and the round's brief; facts, not text): a province's plan (Hà Nam
# 2014) "Phần I" / its heading / "I.      TÌNH HÌNH CHUNG" (spaces after the label); a decision (Ninh Thuận 2007)
# "Điều 2. Các cơ quan … sau đây …:" / "1. Sở Kế hoạch và Đầu tư - …" (clauses naming bodies); a city's plan (Hồ Chí
# Minh 2019) "2.1." "2.2." sentences; annex tables "Phụ lục I" / "Phụ lục 2" (Roman and Arabic mixed), titled after a
# colon or a dash; "Điều 1." inside a plan's Roman part; run-in headings "1. Mục tiêu: …". All but the articles inside
# a plan's part were read before; each is held here in four forms.

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines, outline", [
    # a plan's Roman part holding articles, the next Roman part after them
    (["I. MỤC ĐÍCH", "Bảo đảm nguồn mật ong sạch.", "II. QUY ĐỊNH CỤ THỂ", "Điều 1. Đối tượng hỗ trợ", "Hộ nuôi ong trong tỉnh.",
      "Điều 2. Mức hỗ trợ", "Năm triệu đồng một hộ.", "III. TỔ CHỨC THỰC HIỆN", "Các sở triển khai."],
     [("roman", "I", []), ("roman", "II", [("article", "1", []), ("article", "2", [])]), ("roman", "III", [])]),
    # with clauses under the articles and items under the next part
    (["I. MỤC ĐÍCH", "Bảo đảm nguồn mật ong sạch.", "II. QUY ĐỊNH CỤ THỂ", "Điều 1. Đối tượng", "1. Hộ nuôi ong.",
      "2. Hợp tác xã nuôi ong.", "Điều 2. Mức hỗ trợ", "Năm triệu đồng một hộ.", "III. TỔ CHỨC THỰC HIỆN",
      "1. Sở Nông nghiệp", "Chủ trì hướng dẫn."],
     [("roman", "I", []), ("roman", "II", [("article", "1", [("arabic", "1", []), ("arabic", "2", [])]), ("article", "2", [])]),
      ("roman", "III", [("arabic", "1", [])])]),
    # under a part and a Roman part
    (["Phần I", "QUY ĐỊNH CHUNG", "I. PHẠM VI", "Điều 1. Đối tượng", "Hộ nuôi ong.", "Điều 2. Nguyên tắc", "Công khai, minh bạch.",
      "II. TỔ CHỨC", "Các sở triển khai.", "Phần II", "TỔ CHỨC THỰC HIỆN", "I. PHÂN CÔNG", "Sở Nông nghiệp chủ trì."],
     [("part", "I", [("roman", "I", [("article", "1", []), ("article", "2", [])]), ("roman", "II", [])]),
      ("part", "II", [("roman", "I", [])])]),
])
def test_articles_inside_a_plans_roman_part_are_its_children(tmp_path, form, lines, outline):
    """"II. QUY ĐỊNH CỤ THỂ" / "Điều 1." / "Điều 2." / "III. …": the articles had stood above the Roman parts (a
    code's ladder), taking "III." as a child of "Điều 2."."""
    assert _outline(_body(tmp_path, lines, form)) == outline


@pytest.mark.parametrize("form", FORMS)
def test_roman_parts_inside_a_decisions_first_article_stay_its_children(tmp_path, form):
    """The article comes first: the Roman parts are its content, as before."""
    lines = [*DECISION_HEADER, "Điều 1. Phê duyệt Đề án nuôi ong với các nội dung sau:", "I. MỤC TIÊU", "Tăng đàn ong.",
             "II. NHIỆM VỤ", "1. Điều tra đàn ong", "Hoàn thành quý I.", "Điều 2. Quyết định này có hiệu lực từ ngày ký.",
             "Điều 3. Các sở chịu trách nhiệm thi hành Quyết định này./.", *DECISION_CLOSING]
    body = [n for n in process(write_in_form(tmp_path, lines, form)).sections if n.kind not in ("opening", "closing")]
    assert _outline(body) == [("article", "1", [("roman", "I", []), ("roman", "II", [("arabic", "1", [])])]),
                              ("article", "2", []), ("article", "3", [])]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("headings, expected", [
    (["PHỤ LỤC I", "DANH MỤC NHIỆM VỤ", "PHỤ LỤC II", "KINH PHÍ THỰC HIỆN"], [("I", "DANH MỤC NHIỆM VỤ"), ("II", "KINH PHÍ THỰC HIỆN")]),
    (["Phụ lục I", "DANH MỤC NHIỆM VỤ", "Phụ lục 2", "KINH PHÍ THỰC HIỆN"], [("I", "DANH MỤC NHIỆM VỤ"), ("2", "KINH PHÍ THỰC HIỆN")]),
    (["PHỤ LỤC I: DANH MỤC NHIỆM VỤ", None, "PHỤ LỤC II - KINH PHÍ THỰC HIỆN", None],
     [("I", "DANH MỤC NHIỆM VỤ"), ("II", "KINH PHÍ THỰC HIỆN")]),
    (["Phụ lục số 01", "DANH MỤC NHIỆM VỤ", "Phụ lục số 02", "KINH PHÍ THỰC HIỆN"], [("01", "DANH MỤC NHIỆM VỤ"), ("02", "KINH PHÍ THỰC HIỆN")]),
])
def test_annexes_numbered_by_roman_and_arabic_numerals(tmp_path, form, headings, expected):
    from test_structure_s34 import REFERENCE
    first, first_title, second, second_title = headings
    lines = [*PLAN_HEADER, "I. NHIỆM VỤ", "Chi tiết tại các phụ lục.", *PLAN_CLOSING,
             first, *([first_title] if first_title else []), REFERENCE, *TASK_TABLE,
             second, *([second_title] if second_title else []), REFERENCE, *FUND_TABLE]
    annexes = [n for n in process(write_in_form(tmp_path, lines, form)).sections if n.kind == "annex"]
    assert [(n.number, n.heading) for n in annexes] == expected
    assert [[c.kind for c in n.children] for n in annexes] == [["table"], ["table"]]
