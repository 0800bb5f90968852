"""One plan in forms other than the plain file, each against the same plan as text: metadata and tasks must not
depend on where a Word file keeps its header, nor on how the type heading is spaced.

Some offices' templates put the whole header (issuer | motto, number | place and date) in Word's page header, the
part printed at the top of the page, not in the body: the body then opens with the type heading. The page header
of the first page (the "first" one when the section sets a different first page, else the "default" one) is read
before the body, its page-number fields left out; the other pages' headers hold a page number or nothing.

The type heading is often set in letter-spaced capitals: typed "K Ế  H O Ạ C H", or printed with Word's expanded
character spacing, which a PDF's text layer reads with a space between the letters. It is the same heading.
"""

from __future__ import annotations

import shutil

import docx
import pytest
from docx.oxml import parse_xml

from conftest import write_in_form
from invariance import differences, metadata_summary, tree_summary
from pipeline.run import process
from task_layouts.render import convert

ISSUER = ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "Số: 215/KH-UBND"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Ninh Bình, ngày 12 tháng 3 năm 2026"]
OPENING = ["KẾ HOẠCH", "Triển khai chuyển đổi số trong cơ quan hành chính nhà nước năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
           "Nâng cao hiệu quả quản lý, điều hành trên môi trường số.", "II. NHIỆM VỤ CỤ THỂ"]
TASKS = [["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
         ["1", "Xây dựng kho dữ liệu dùng chung của tỉnh", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành", "Quý II/2026"],
         ["2", "Số hóa hồ sơ thủ tục hành chính", "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ; UBND các xã", "Tháng 9/2026"]]
CLOSING = ["III. TỔ CHỨC THỰC HIỆN", "Các sở, ban, ngành và UBND các xã tổ chức thực hiện Kế hoạch này./."]
RECIPIENTS = ["Nơi nhận:", "- Bộ Khoa học và Công nghệ;", "- Thường trực Tỉnh ủy;", "- Lưu: VT, KGVX."]
SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Hùng"]

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def plan_lines(heading: str = OPENING[0]) -> list[str]:
    return [*ISSUER, *MOTTO, heading, *OPENING[1:], *("\t".join(row) for row in TASKS), *CLOSING, *RECIPIENTS, *SIGNATURE]


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    doc = process(write_in_form(tmp_path_factory.mktemp("text"), plan_lines(), "text"))
    assert (doc.metadata.number, doc.metadata.issued_date, len(doc.tasks)) == ("215/KH-UBND", "2026-03-12", 2)
    return doc


def _two_columns(where, left: list[str], right: list[str]) -> None:
    table = where.add_table(rows=1, cols=2, **({"width": docx.shared.Cm(16)} if isinstance(where, docx.section._Header) else {}))
    table.cell(0, 0).text, table.cell(0, 1).text = "\n".join(left), "\n".join(right)


def page_number(field: str) -> str:
    """A paragraph printing the page number, as Word writes the field: complex (``w:fldChar``) or simple."""
    if field == "simple":
        return f'<w:p {W}><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'
    return (f'<w:p {W}><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


def plan_with_page_header(path, first_page: bool, field: str | None = None, as_lines: bool = False):
    """The plan with its header in Word's page header: the first page's own (``first_page``) or the one every page
    prints, as a borderless two-column table or (``as_lines``) as lines; ``field``: a page number printed beside it."""
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = first_page
    header = section.first_page_header if first_page else section.header
    if first_page:
        section.header._element.append(parse_xml(page_number("complex")))  # pages 2 and after: the number alone
    if as_lines:
        header.paragraphs[0].text = ISSUER[0]
        for line in ISSUER[1:] + MOTTO:
            header.add_paragraph(line)
    else:
        _two_columns(header, ISSUER, MOTTO)
    if field:
        header._element.append(parse_xml(page_number(field)))
    return _plan_body(document, path)


def plan_with_spaced_heading(path, twentieths_of_a_point: int):
    """The plan, its header in the body, its type heading printed with Word's expanded character spacing."""
    document = docx.Document()
    _two_columns(document, ISSUER, MOTTO)
    run = document.add_paragraph().add_run(OPENING[0])
    run.bold = True
    run._r.get_or_add_rPr().append(parse_xml(f'<w:spacing {W} w:val="{twentieths_of_a_point}"/>'))
    return _plan_body(document, path, OPENING[1:])


def _plan_body(document, path, opening: list[str] = OPENING):
    """The body from the heading (or from ``opening``) on: task table, closing, recipients | signature; saved."""
    for line in opening:
        document.add_paragraph(line)
    table = document.add_table(rows=len(TASKS), cols=len(TASKS[0]), style="Table Grid")  # ruled, as printed
    for r, row in enumerate(TASKS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for line in CLOSING:
        document.add_paragraph(line)
    _two_columns(document, RECIPIENTS, SIGNATURE)
    document.save(path)
    return path


@pytest.mark.parametrize("first_page, field, as_lines", [
    (False, None, False),  # the header every page prints holds the document's header
    (True, None, False),  # the first page's own header; the others' print a page number
    (False, "complex", False),  # a page number beside the header: no line of the document
    (False, "simple", True),  # the header as lines, the number as a simple field
])
def test_a_header_typed_in_the_page_header_gives_the_same_metadata_and_tasks(tmp_path, reference, first_page, field, as_lines):
    doc = process(plan_with_page_header(tmp_path / "plan.docx", first_page, field, as_lines))
    assert differences(reference, doc) == []
    assert not [b.text for b in doc.blocks if (b.text or "").strip() in ("1", "Trang", "Trang 1")]


@pytest.mark.parametrize("heading", ["K Ế H O Ạ C H", "K Ế  H O Ạ C H", "K Ế   H O Ạ C H"])
@pytest.mark.parametrize("form", ["text", "html", "docx"])
def test_a_letter_spaced_type_heading_gives_the_same_title(tmp_path, reference, heading, form):
    # the plan a line a paragraph: its task rows are no table in HTML and DOCX, so the metadata is compared
    assert metadata_summary(process(write_in_form(tmp_path, plan_lines(heading), form))) == metadata_summary(reference)


@pytest.fixture(scope="module")
def spaced_heading_pdfs(tmp_path_factory):
    """The DOCX with the heading expanded by 3 and by 6 points, printed by LibreOffice (one conversion)."""
    if shutil.which("soffice") is None:
        pytest.skip("needs LibreOffice: apt-get install -y libreoffice-writer-nogui")
    folder = tmp_path_factory.mktemp("spaced")
    sources = [plan_with_spaced_heading(folder / f"spaced{points}.docx", points * 20) for points in (3, 6)]
    convert(sources, "pdf", folder)  # its own LibreOffice profile: test workers convert at the same time
    return {points: folder / f"spaced{points}.pdf" for points in (3, 6)}


@pytest.mark.parametrize("points", [3, 6])
def test_a_heading_printed_with_expanded_spacing_gives_the_same_title_from_the_pdf(spaced_heading_pdfs, reference, points):
    doc = process(spaced_heading_pdfs[points])
    assert (doc.metadata.doc_type, doc.metadata.title) == (reference.metadata.doc_type, reference.metadata.title)
    assert (doc.metadata.number, doc.metadata.issued_date, len(doc.tasks)) == ("215/KH-UBND", "2026-03-12", 2)


ANNEX = ["PHỤ LỤC", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026", "(Kèm theo Kế hoạch số 215/KH-UBND ngày 12/3/2026 của UBND tỉnh Ninh Bình)"]


@pytest.mark.parametrize("heading", ["P H Ụ L Ụ C", "P H Ụ  L Ụ C"])
@pytest.mark.parametrize("form", ["text", "html", "docx"])
def test_a_letter_spaced_annex_heading_opens_the_annex(tmp_path, heading, form):
    def plan(annex_heading: str, folder: str):
        lines = [*ISSUER, *MOTTO, *OPENING, *CLOSING, *RECIPIENTS, *SIGNATURE, annex_heading, *ANNEX[1:], *("\t".join(row) for row in TASKS)]
        (tmp_path / folder).mkdir()
        return process(write_in_form(tmp_path / folder, lines, form))

    printed, spaced = plan(ANNEX[0], "printed"), plan(heading, "spaced")
    assert tree_summary(printed)[-1][0] == "annex_1"
    assert (tree_summary(spaced), len(spaced.tasks)) == (tree_summary(printed), len(printed.tasks))
