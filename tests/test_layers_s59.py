"""Text layers by other hands (s59-layers), on the plan of tests/test_layers_s58.py.

1. A line only partly set apart: a typed part beside a part a producer set letter by letter ("Sở Y tế" typed, then
   "Ủ Y B A N N H Â N D Â N"). The typed part's word spaces are narrower than the spaced letters' gaps, so the gaps
   alone ran the typed words together ("SởYtế"); s58 left such a line in letters apart. The words pdfium reads whole
   are kept, and only the letters apart are read again.
2. A page of only a signature's lines drawn as outlines (the body's line, the post, the signer's name: some fifty
   letters) was under the 80 shapes that told outlined text from a drawing, and the signer was lost. Letters stand in
   rows, side by side, of sizes that differ; a drawing's shapes (an emblem, a map, a chart's markers, an ornament of
   one shape repeated) do not: the rows, not a count alone, tell them apart.
3. Text drawn wholly outside the page's visible box (a template's lines moved off the page rather than deleted, a
   layer's text placed beyond the edge): pdfium reads it with the page's own lines, and its number, date or title
   stood for the document's (a title "Về việc …" of another document, the date of issue taken from it). What the
   page does not show is no text of it; a line running past the edge is partly shown and stays.
"""

from __future__ import annotations

import io
import math
import random

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

from parsers import textlayer
from pdfmaker import A4, DEJAVU_SANS, SANS, SERIF, glyphs_apart, outlined_pdf, text_pdf
from pipeline.run import process
from test_layers_s57 import SIGNER, TASKS, TITLE, _placed, _tasks


@pytest.fixture
def no_ocr(monkeypatch):
    from textlayer_plan import no_ocr

    no_ocr(monkeypatch)


# ---------------------------------------------------------------------------------------------------
# 1. A line only partly set apart

# (typed part, spaced part, which comes first); each line's tokens are mostly the spaced part's letters
PARTS = {
    "type heading then a spaced title": ("KẾ HOẠCH", "thực hiện năm 2026 của tỉnh", "typed"),
    "a body then a spaced issuer": ("Sở Y tế", "ỦY BAN NHÂN DÂN", "typed"),
    "names then spaced names": ("Ủy ban nhân dân tỉnh", "Sở Tư pháp Sở Y tế Sở Xây dựng", "typed"),
    "a spaced type then typed words": ("ban hành", "QUYẾT ĐỊNH", "spaced"),
    "a label then a spaced body": ("Kính gửi:", "Sở Nội vụ tỉnh Lào Cai", "typed"),
}


def _partly_spaced(typed: str, spaced: str, first: str, font) -> list[tuple]:
    """The two parts on one line (the same top), the typed one's end some room before the other's start."""
    width = 9.0 if typed.isupper() else 7.0  # a 13-point letter, wide enough for the parts not to touch
    if first == "typed":
        return [(60, 100, typed), (60 + width * len(typed) + 12, 100, spaced)]
    return [(300, 100, typed), (60, 100, spaced)]


def _reading(parts: list[tuple], spaced: str, spread: float, font) -> dict[str, str]:
    from parsers.pdf import letter_spaced_lines

    index = [text for _, _, text in parts].index(spaced)
    page = pdfium.PdfDocument(glyphs_apart(text_pdf([parts], font_path=font), {index: spread}))[0]
    textpage = page.get_textpage()
    return letter_spaced_lines(textpage, textpage.get_text_range())


@pytest.mark.parametrize("font", [SERIF, SANS], ids=["serif", "sans"])
@pytest.mark.parametrize("spread", [150, 300, 500])
@pytest.mark.parametrize("parts", PARTS.values(), ids=PARTS.keys())
def test_a_line_partly_set_apart_reads_as_its_words(parts, spread, font):
    typed, spaced, first = parts
    placed = _partly_spaced(typed, spaced, first, font)
    line = f"{typed} {spaced}" if first == "typed" else f"{spaced} {typed}"
    assert list(_reading(placed, spaced, spread, font).values()) == [line]


@pytest.mark.parametrize("font", [SERIF, SANS], ids=["serif", "sans"])
@pytest.mark.parametrize("typed", ["a b c d đ e", "x x x x x"], ids=["letters of a list", "marks"])
def test_a_typed_row_of_single_letters_beside_a_spaced_part_is_never_run_together(typed, font):
    # one-letter words typed apart are no words pdfium reads whole: they and the spaced letters are one run, whose
    # reading must be syllables throughout, or the line stays as printed
    placed = [(60, 100, typed), (200, 100, "các điểm của khoản")]
    for reading in _reading(placed, "các điểm của khoản", 300, font).values():
        assert reading == f"{typed} các điểm của khoản"


@pytest.mark.parametrize("spread", [150, 300])
def test_a_tasks_lead_partly_set_apart_gives_the_lead(tmp_path, no_ocr, spread):
    lines, _ = _placed()
    lead = "- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch."
    x, top, _ = next(line for line in lines if line[2] == lead)
    label, body = lead.split(": ")
    placed = [line for line in lines if line[2] != lead] + [(x, top, label + ":"), (x + 112, top, body)]
    data = glyphs_apart(text_pdf([placed]), {len(placed) - 1: spread})
    (path := tmp_path / "plan.pdf").write_bytes(data)
    doc = process(path)
    assert lead in [block.orig for block in doc.blocks]
    assert (_tasks(doc), doc.metadata.signer.name) == (TASKS, SIGNER)


# ---------------------------------------------------------------------------------------------------
# 2. A page of only the signature drawn as outlines

SIGNATURE_ONLY = [(330, 100, "TM. ỦY BAN NHÂN DÂN"), (330, 117, "KT. CHỦ TỊCH"), (330, 134, "PHÓ CHỦ TỊCH"),
                  (330, 202, "Hoàng Thị Ngân")]


def _page_problem(data: bytes) -> str | None:
    page = pdfium.PdfDocument(data)[0]
    return textlayer.page_problem(page, page.get_textpage().get_text_range(), 40)


@pytest.mark.parametrize("size", [12, 14])
@pytest.mark.parametrize("font", [SERIF, SANS, DEJAVU_SANS], ids=["serif", "sans", "dejavu sans"])
@pytest.mark.parametrize("lines", [SIGNATURE_ONLY, [(70, 100, "Nơi nhận:"), (70, 116, "- Như trên;"), (70, 132, "- Lưu: VT.")]
                                   + SIGNATURE_ONLY[2:]], ids=["the body's signature", "recipients and the signer"])
def test_a_page_of_only_a_signature_drawn_as_outlines_is_read_by_ocr(lines, font, size):
    problem = _page_problem(outlined_pdf([lines], size=size, font_path=font))
    assert problem and problem.startswith("text drawn as outlines")


def test_one_line_drawn_as_outlines_is_no_page_of_text():
    # a name alone (a logo's words, a signature's flourish drawn as a name): one row, too little to read a page by
    assert _page_problem(outlined_pdf([[(330, 200, "Hoàng Thị Ngân")]])) is None


def _shape(x: float, top: float, width: float, height: float, corners: int) -> object:
    """A filled closed path of ``corners`` corners round an ellipse of the given bounds (a drawing's shape)."""
    cx, cy = x + width / 2, A4[1] - top - height / 2
    points = [(cx + width / 2 * math.cos(2 * math.pi * k / corners), cy + height / 2 * math.sin(2 * math.pi * k / corners))
              for k in range(corners)]
    path = raw.FPDFPageObj_CreateNewPath(*points[0])
    for point in points[1:]:
        raw.FPDFPath_LineTo(path, *point)
    raw.FPDFPath_Close(path)
    raw.FPDFPath_SetDrawMode(path, raw.FPDF_FILLMODE_WINDING, False)
    return path


def _drawing(shapes: list[tuple[float, float, float, float, int]]) -> bytes:
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(*A4)
    for shape in shapes:
        raw.FPDFPage_InsertObject(page.raw, _shape(*shape))
    page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


_RANDOM = random.Random(59)
# an emblem or a map: shapes of many sizes heaped over one another in a round
EMBLEM = [(220 + 150 * _RANDOM.random(), 150 + 150 * _RANDOM.random(), 3 + 30 * _RANDOM.random(), 3 + 30 * _RANDOM.random(),
           _RANDOM.choice([6, 8, 12])) for _ in range(200)]
# a chart's markers: one shape scattered over the plot
MARKERS = [(80 + 420 * _RANDOM.random(), 200 + 400 * _RANDOM.random(), 6, 6, 12) for _ in range(150)]
# an ornament: one shape repeated side by side in rows (a border, a divider)
ORNAMENT = [(60 + 12 * k, top, 8, 8, 8) for top in (60, 780) for k in range(40)]
# a chart's markers in rows: a dot plot, one shape per series, a row of dots a category
DOT_PLOT = [(100 + 14 * k, 200 + 30 * row, 9 if row % 2 else 7, 9 if row % 2 else 7, 12) for row in range(8) for k in range(20)]


@pytest.mark.parametrize("shapes", [EMBLEM, MARKERS, ORNAMENT, DOT_PLOT],
                         ids=["an emblem", "a chart's markers", "an ornament's rows", "a dot plot"])
def test_a_drawing_of_many_letter_sized_shapes_is_not_text_drawn_as_outlines(shapes):
    assert _page_problem(_drawing(shapes)) is None


# ---------------------------------------------------------------------------------------------------
# 3. Text drawn outside the page's visible box

# another document's header lines (a template's, moved off the page rather than deleted): never the plan's values
TEMPLATE = ["Số: 999/QĐ-UBND", "Hà Nội, ngày 01 tháng 01 năm 2020", "QUYẾT ĐỊNH", "Về việc thử nghiệm mẫu"]
OFF_THE_PAGE = {"left": (-400, 60), "right": (700, 60), "above": (60, -120), "below": (60, 900)}


def _with_template_off_the_page(where: str, lines: list[tuple]) -> bytes:
    x, top = OFF_THE_PAGE[where]
    return text_pdf([[(x, top + 20 * k, text) for k, text in enumerate(TEMPLATE)] + lines])


@pytest.mark.parametrize("own_date", [True, False], ids=["with its date line", "without a date line"])
@pytest.mark.parametrize("where", OFF_THE_PAGE)
def test_text_drawn_off_the_page_is_no_text_of_the_document(tmp_path, no_ocr, where, own_date):
    lines, _ = _placed()
    if not own_date:
        lines = [line for line in lines if ", ngày" not in line[2]]
    (path := tmp_path / "plan.pdf").write_bytes(_with_template_off_the_page(where, lines))
    doc = process(path)
    meta = doc.metadata
    assert (meta.doc_type, meta.number, meta.title) == ("Kế hoạch", "305/KH-UBND", TITLE)
    assert meta.issued_date == ("2026-04-09" if own_date else None)
    assert not [block.orig for block in doc.blocks if "999" in block.orig or "thử nghiệm" in block.orig]


def test_a_line_running_past_the_pages_edge_is_kept(tmp_path, no_ocr):
    # partly on the page: what it shows is the page's (only lines drawn wholly outside are taken out)
    lines, _ = _placed()
    (path := tmp_path / "plan.pdf").write_bytes(text_pdf([lines + [(480, 780, "Nơi lưu trữ hồ sơ điện tử của tỉnh")]]))
    assert any(block.orig.startswith("Nơi lưu trữ") for block in process(path).blocks)


def test_a_page_whose_box_shows_none_of_its_text_keeps_its_text(tmp_path, no_ocr):
    # a producer's crop box of a corner (or of nothing): the box is wrong, not every line hidden
    lines, _ = _placed()
    pdf = pdfium.PdfDocument(text_pdf([lines]))
    pdf[0].set_cropbox(0, 0, 20, 20)
    out = io.BytesIO()
    pdf.save(out)
    (path := tmp_path / "plan.pdf").write_bytes(out.getvalue())
    meta = process(path).metadata
    assert (meta.number, meta.title) == ("305/KH-UBND", TITLE)


# ---------------------------------------------------------------------------------------------------
# Left (strict xfails)


@pytest.mark.xfail(strict=True, reason="two lines drawn as outlines (a post and a name, about twenty letters) are under the "
                                       "30 shapes in rows that tell a page of text from a drawing's: left unread")
def test_a_page_of_only_the_post_and_the_name_drawn_as_outlines_is_read_by_ocr():
    problem = _page_problem(outlined_pdf([SIGNATURE_ONLY[2:]]))
    assert problem and problem.startswith("text drawn as outlines")


def test_a_spaced_part_touching_the_typed_one_reads_as_its_words():
    typed, spaced = "KẾ HOẠCH", "thực hiện năm 2026 của tỉnh"
    placed = [(60, 100, typed), (60 + 6.8 * len(typed) + 12, 100, spaced)]
    assert list(_reading(placed, spaced, 300, SERIF).values()) == [f"{typed} {spaced}"]



# ---------------------------------------------------------------------------------------------------
# Review (s59): a scan's text layer placed a little off the page keeps its lines

def _scan_with_layer_moved_down(by: float, layer: str) -> bytes:
    """The plan as a scan whose signature stands near the page's foot, with an OCR layer of its lines placed ``by``
    points lower than the image shows them (a layer computed for a Letter page on an A4 one): the last lines' layer
    falls wholly below the page's edge, while the image shows them."""
    from pdfmaker import image_page, ocr_layer_pdf

    lines, _ = _placed()
    push = A4[1] - 25 - max(top for _, top, _ in lines)
    shown = [(x, top + push, text) for x, top, text in lines]
    return ocr_layer_pdf(image_page(shown), [(x, top + by, text) for x, top, text in shown], layer=layer)


@pytest.mark.parametrize("by", [40, 55])
@pytest.mark.parametrize("layer", ["invisible", "visible", "under"])
def test_a_scans_layer_placed_a_little_off_the_page_keeps_its_last_lines(tmp_path, no_ocr, layer, by):
    from parsers.pdf import read

    (path := tmp_path / "scan.pdf").write_bytes(_scan_with_layer_moved_down(by, layer))
    assert any(SIGNER in block.orig for block in read(path).blocks)


# Review (s59): a wholly spaced line two of whose letters stand close (pdfium reads them as one token, "B AN", "Q UY")
# is read by its gaps as a whole, as before the branch: its glued pair is no typed word ("Ủ Y B AN NHÂN DÂN" was read)
GLUED = {  # (line, the glyph set close to the one before it)
    "ỦY BAN NHÂN DÂN": [5, 10, 13],
    "QUYẾT ĐỊNH": [2, 7, 8],
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": [2, 6, 14, 23, 27, 33],
    "thực hiện năm 2026": [3, 8, 16],
}


@pytest.mark.parametrize("font", [SERIF, SANS], ids=["serif", "sans"])
@pytest.mark.parametrize("line,close", [(line, at) for line, ats in GLUED.items() for at in ats])
def test_a_spaced_line_with_two_letters_set_close_reads_as_its_words(line, close, font):
    from parsers.pdf import letter_spaced_lines

    page = pdfium.PdfDocument(glyphs_apart(text_pdf([[(60, 100, line)]], font_path=font), {0: 300}, close={0: close}))[0]
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    assert " ".join(text.split()) != " ".join(line.split()) and list(letter_spaced_lines(textpage, text).values()) == [line]


# Review (s59): text drawn as outlines on a page whose content is turned a quarter (a landscape page printed onto a
# portrait one by a printer's driver) stands in rows up the page: it goes to OCR as the same text set across does
def _turned(data: bytes, degrees: int) -> bytes:
    pdf = pdfium.PdfDocument(data)
    page = pdf[0]
    turn = pdfium.PdfMatrix().rotate(degrees)
    turn = turn.translate(0, A4[0]) if degrees == 90 else turn.translate(A4[1], 0)
    for obj in list(page.get_objects()):
        obj.transform(turn)
    page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize("degrees", [90, -90])
@pytest.mark.parametrize("lines", [SIGNATURE_ONLY, _placed()[0]], ids=["a signature's lines", "a whole page"])
def test_text_drawn_as_outlines_turned_a_quarter_is_read_by_ocr(lines, degrees):
    problem = _page_problem(_turned(outlined_pdf([lines]), degrees))
    assert problem and problem.startswith("text drawn as outlines")


@pytest.mark.parametrize("degrees", [90, -90])
@pytest.mark.parametrize("shapes", [EMBLEM, MARKERS, ORNAMENT, DOT_PLOT],
                         ids=["an emblem", "a chart's markers", "an ornament's rows", "a dot plot"])
def test_a_drawing_turned_a_quarter_is_not_text_drawn_as_outlines(shapes, degrees):
    assert _page_problem(_turned(_drawing(shapes), degrees)) is None
