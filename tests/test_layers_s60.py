"""Text layers by other hands (s60-layers), on the plan of tests/test_layers_s59.py.

1. Text drawn wholly outside the page's visible box inside a form XObject (another page imported and placed off the
   page by a stamping or imposing tool, a whole page's content drawn as one form with a template's lines beyond its
   edge): s59 took out only the page's own text objects, and the form's lines gave the document another number and
   date of issue. Objects in forms are placed by the forms' matrices: a form's object is off the page as the page
   places it, not as the form's own space does.
2. Text left out is told: warning ``text_off_page`` names the page and the lines left out.
3. An image placed by a form's matrix (a scan drawn as a form scaled to the page, a logo in a form scaled down) is
   measured as the page shows it: a scan so drawn is a scan, and a small logo no scan.
4. A spaced part set right against a typed one ("HOẠCHt h ự c"): the typed word and the spaced letter are read apart.
"""

from __future__ import annotations


import io

import pypdfium2 as pdfium
import pytest

from pdfmaker import A4, SANS, SERIF, glyphs_apart, text_pdf, with_page_as_form
from pipeline.run import process
from test_layers_s57 import SIGNER, TITLE, _placed
from test_layers_s59 import OFF_THE_PAGE, PARTS, TEMPLATE


@pytest.fixture
def no_ocr(monkeypatch):
    from textlayer_plan import no_ocr

    no_ocr(monkeypatch)


def _plan_lines(own_date: bool) -> list[tuple]:
    lines, _ = _placed()
    return lines if own_date else [line for line in lines if ", ngày" not in line[2]]


def _template_at(x: float, top: float) -> list[tuple]:
    return [(x, top + 20 * k, text) for k, text in enumerate(TEMPLATE)]


def _assert_the_plans_own(doc, own_date: bool) -> None:
    meta = doc.metadata
    assert (meta.doc_type, meta.number, meta.title) == ("Kế hoạch", "305/KH-UBND", TITLE)
    assert meta.issued_date == ("2026-04-09" if own_date else None)
    assert not [block.orig for block in doc.blocks if "999" in block.orig or "thử nghiệm" in block.orig]


# the template's page drawn as a form moved so that its lines (at 60, 60 on their page) fall beyond each edge
FORM_MOVED = {"left": (-700, 0), "right": (700, 0), "above": (0, 900), "below": (0, -900), "far below, scaled": (0, -2000)}


@pytest.mark.parametrize("own_date", [True, False], ids=["with its date line", "without a date line"])
@pytest.mark.parametrize("where", FORM_MOVED)
def test_a_form_drawn_off_the_page_is_no_text_of_the_document(tmp_path, no_ocr, where, own_date):
    scale = 0.5 if "scaled" in where else 1
    data = with_page_as_form(text_pdf([_plan_lines(own_date)]), text_pdf([_template_at(60, 60)]), (scale, 0, 0, scale, *FORM_MOVED[where]))
    (path := tmp_path / "plan.pdf").write_bytes(data)
    _assert_the_plans_own(process(path), own_date)


@pytest.mark.parametrize("where", ["left", "below"])
def test_a_form_inside_a_form_drawn_off_the_page_is_no_text_of_the_document(tmp_path, no_ocr, where):
    template_in_a_form = with_page_as_form(text_pdf([[]]), text_pdf([_template_at(60, 60)]))
    data = with_page_as_form(text_pdf([_plan_lines(False)]), template_in_a_form, (1, 0, 0, 1, *FORM_MOVED[where]))
    (path := tmp_path / "plan.pdf").write_bytes(data)
    _assert_the_plans_own(process(path), False)


@pytest.mark.parametrize("own_date", [True, False], ids=["with its date line", "without a date line"])
@pytest.mark.parametrize("where", OFF_THE_PAGE)
def test_a_whole_page_drawn_as_one_form_loses_only_its_lines_off_the_page(tmp_path, no_ocr, where, own_date):
    # the form is on the page (its own lines are shown); only its template lines lie beyond the edge
    content = text_pdf([_template_at(*OFF_THE_PAGE[where]) + _plan_lines(own_date)])
    (path := tmp_path / "plan.pdf").write_bytes(with_page_as_form(text_pdf([[]]), content))
    _assert_the_plans_own(process(path), own_date)


@pytest.mark.parametrize("where", ["left", "below"])
def test_a_form_placed_by_its_matrix_onto_the_page_keeps_its_text(tmp_path, no_ocr, where):
    # the form's lines stand off the page in its own space, and its matrix brings them onto it: they are shown
    x, top = OFF_THE_PAGE[where]
    lines = [(x, top + 20 * k, text) for k, (_, _, text) in enumerate(_plan_lines(True))]
    shift = {"left": (460, 0), "below": (0, 840)}[where]
    (path := tmp_path / "plan.pdf").write_bytes(with_page_as_form(text_pdf([[(60, 780, "Trang 1")]]), text_pdf([lines]),
                                                                  (1, 0, 0, 1, *shift)))
    meta = process(path).metadata
    assert (meta.number, meta.issued_date) == ("305/KH-UBND", "2026-04-09")


# the template's page drawn turned a quarter (a landscape sheet's page imposed upright): its matrix turns and moves it
TURNED = {"turned and moved off the left edge": ((0, 1, -1, 0, -10, 0), False),
          "turned and moved off the bottom": ((0, -1, 1, 0, 0, -10), False),
          "turned and standing on the page": ((0, 1, -1, 0, 800, 300), True)}


@pytest.mark.parametrize("matrix, shown", TURNED.values(), ids=TURNED.keys())
def test_a_form_turned_a_quarter_is_placed_by_its_whole_matrix(tmp_path, no_ocr, matrix, shown):
    # review (s60): the turn's b and c move the form's lines across the axes, not a and d (a form turned onto the
    # page is shown and kept, untold; turned off it, left out)
    # a line of the page's own beyond its right edge, so that the page's objects are walked in every case
    data = with_page_as_form(text_pdf([_plan_lines(False) + [(700, 780, "Trang mẫu")]]), text_pdf([_template_at(60, 60)]), matrix)
    (path := tmp_path / "plan.pdf").write_bytes(data)
    doc = process(path)
    told = [issue for issue in doc.warnings if issue.code == "text_off_page"]
    if shown:
        assert [issue.message for issue in told] == ["page 1: 1 line(s) drawn outside the page's visible box left out ('Trang mẫu')"]
        assert any("999/QĐ-UBND" in block.orig for block in doc.blocks)
    else:
        _assert_the_plans_own(doc, False)
        assert len(told) == 1 and "5 line(s)" in told[0].message


# ---------------------------------------------------------------------------------------------------
# 2. The warning


@pytest.mark.parametrize("drawn", ["top level", "in a form"])
def test_text_left_out_off_the_page_is_told(tmp_path, no_ocr, drawn):
    if drawn == "top level":
        data = text_pdf([_template_at(*OFF_THE_PAGE["right"]) + _plan_lines(True)])
    else:
        data = with_page_as_form(text_pdf([_plan_lines(True)]), text_pdf([_template_at(60, 60)]), (1, 0, 0, 1, -700, 0))
    (path := tmp_path / "plan.pdf").write_bytes(data)
    told = [issue for issue in process(path).warnings if issue.code == "text_off_page"]
    assert [issue.where for issue in told] == [{"page": 1}]
    assert "4 line(s)" in told[0].message and "'Số: 999/QĐ-UBND'" in told[0].message


def test_no_warning_where_nothing_is_left_out(tmp_path, no_ocr):
    lines = _plan_lines(True) + [(480, 780, "Nơi lưu trữ hồ sơ điện tử của tỉnh")]  # runs past the edge: partly shown
    (path := tmp_path / "plan.pdf").write_bytes(text_pdf([lines]))
    assert not [issue for issue in process(path).warnings if issue.code == "text_off_page"]


# ---------------------------------------------------------------------------------------------------
# 3. Images placed by a form's matrix

def _image_in_a_form(scale: bytes, image_cm: bytes, by: str, pixels: tuple[int, int] = (1654, 2339)) -> bytes:
    """One A4 page drawing a form (/F1) scaled by ``scale`` (a matrix's six numbers), by the page's ``cm`` before it
    draws the form or by the form's own /Matrix (``by``), the form drawing an image of ``pixels`` by ``image_cm``."""
    from test_speed_s59 import _pdf, _stream

    width, height = pixels
    image = _stream(b"\x80" * 4, b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                                 b"/BitsPerComponent 8" % (width, height))
    identity = b"1 0 0 1 0 0"
    form_matrix, page_cm = {"cm": (identity, scale), "/Matrix": (scale, identity), "both": (scale, scale)}[by]
    form = _stream(b"q " + image_cm + b" cm /Im Do Q",
                   b"/Type /XObject /Subtype /Form /BBox [0 0 10000 10000] /Matrix [" + form_matrix + b"] "
                   b"/Resources << /XObject << /Im 5 0 R >> >>")
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                 b"/Resources << /XObject << /F1 6 0 R >> >> >>", _stream(b"q " + page_cm + b" cm /F1 Do Q"), image, form])


# (scale, the image's cm in the form): a scan drawn over the whole page, by a form scaled up or its unit square
SCANS_BY_A_FORM = {"a form scaled up": (b"10 0 0 10 0 0", b"59.5 0 0 84.2 0 0"),
                   "a unit square scaled to the page": (b"595 0 0 842 0 0", b"1 0 0 1 0 0")}


# by the form's /Matrix: pdfium places the form's objects by it already (guards: not applied twice)
@pytest.mark.parametrize("by", ["cm", "/Matrix"])
@pytest.mark.parametrize("drawn", SCANS_BY_A_FORM.values(), ids=SCANS_BY_A_FORM.keys())
def test_a_scan_drawn_by_a_forms_matrix_is_a_scan(drawn, by):
    from parsers import ocr, textlayer

    page = pdfium.PdfDocument(_image_in_a_form(*drawn, by))[0]
    assert textlayer.covered_by_image(page)
    assert ocr._scan_resolution(page) == pytest.approx(200 / 72, rel=0.01)


def test_a_scan_drawn_by_a_forms_matrix_and_by_the_pages_cm_is_scaled_by_each_once():
    # review (s60): the form's /Matrix and the page's cm each double it: drawn over the whole page, at 200 dpi
    from parsers import ocr, textlayer

    page = pdfium.PdfDocument(_image_in_a_form(b"2 0 0 2 0 0", b"148.75 0 0 210.5 0 0", "both"))[0]
    assert textlayer.covered_by_image(page)
    assert ocr._scan_resolution(page) == pytest.approx(200 / 72, rel=0.01)


@pytest.mark.parametrize("by", ["cm", "/Matrix"])
def test_a_logo_in_a_form_scaled_down_is_no_scan(by):
    from parsers import ocr, textlayer

    page = pdfium.PdfDocument(_image_in_a_form(b"0.1 0 0 0.1 0 0", b"555 0 0 800 20 20", by, (300, 400)))[0]
    assert not textlayer.covered_by_image(page) and ocr._scan_resolution(page) is None


# ---------------------------------------------------------------------------------------------------
# 4. A spaced part set right against a typed one (s59's strict xfail): pdfium runs the typed word into the spaced
# letter beside it ("HOẠCHt h ự c …", "Q U Y Ế T Đ Ị N Hban hành"); the word and the letter are read apart

def _right_edge(parts: list[tuple], spread: dict[int, float], font) -> float:
    """Where the last character of a page of these parts ends, in points from the left."""
    page = pdfium.PdfDocument(glyphs_apart(text_pdf([parts], font_path=font), spread))[0]
    textpage = page.get_textpage()
    return max(textpage.get_charbox(k)[2] for k in range(textpage.count_chars()))


@pytest.mark.parametrize("font", [SERIF, SANS], ids=["serif", "sans"])
@pytest.mark.parametrize("spread", [150, 300])
@pytest.mark.parametrize("parts", PARTS.values(), ids=PARTS.keys())
def test_a_spaced_part_set_against_a_typed_one_reads_as_its_words(parts, spread, font):
    typed, spaced, first = parts
    _assert_read_apart(typed, spaced, first, spread, font)


def _assert_read_apart(typed: str, spaced: str, first: str, spread: float = 150, font=SERIF) -> None:
    """The typed part set right against the spaced one (``first`` of them), which pdfium runs together, read as their words."""
    from parsers.pdf import letter_spaced_lines

    if first == "typed":
        placed = [(60, 100, typed), (_right_edge([(60, 100, typed)], {}, font) + 0.2, 100, spaced)]
        line = f"{typed} {spaced}"
    else:
        placed = [(60, 100, spaced), (_right_edge([(60, 100, spaced)], {0: spread}, font) + 0.2, 100, typed)]
        line = f"{spaced} {typed}"
    page = pdfium.PdfDocument(glyphs_apart(text_pdf([placed], font_path=font), {[p[2] for p in placed].index(spaced): spread}))[0]
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    assert " ".join(text.split()) != line  # pdfium ran the parts together
    assert list(letter_spaced_lines(textpage, text).values()) == [line]


# review (s60): other words on either side, a typed word of one syllable or a capital spaced letter run into it
MORE_PARTS = {"an article's word then a spaced type": ("Điều", "QUYẾT ĐỊNH"), "a short word then spaced words": ("ba", "ban ngành")}


@pytest.mark.parametrize("first", ["typed", "spaced"])
@pytest.mark.parametrize("parts", MORE_PARTS.values(), ids=MORE_PARTS.keys())
def test_other_words_set_against_a_spaced_part_read_as_their_words(parts, first):
    _assert_read_apart(*parts, first)


# s60's strict xfail, read right since s62 (tests/test_layers_s62.py part 2)
def test_a_figure_and_letter_set_against_a_spaced_part_keeps_its_words():
    _assert_read_apart("Khoản 3b", "thực hiện", "typed")


# ---------------------------------------------------------------------------------------------------
# 5. Probed and right (guards): a page drawn turned a quarter onto a landscape sheet, shown by /Rotate or not; an
# e-signature's stamp (its time no date of issue, over the title no title) and a copy's "SAO Y" page at the end

def _drawn_turned_on_a_landscape_sheet(data: bytes, counter_clockwise: bool, rotate: int) -> bytes:
    pdf = pdfium.PdfDocument(data)
    page = pdf[0]
    width, height = A4
    turn = pdfium.PdfMatrix(0, 1, -1, 0, height, 0) if counter_clockwise else pdfium.PdfMatrix(0, -1, 1, 0, 0, width)
    for obj in list(page.get_objects()):
        obj.transform(turn)
    page.gen_content()
    page.set_mediabox(0, 0, height, width)
    page.set_rotation(rotate)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize("rotate", [0, 90, 270])
@pytest.mark.parametrize("counter_clockwise", [True, False], ids=["up the sheet", "down the sheet"])
def test_a_page_drawn_turned_on_a_landscape_sheet_reads_as_upright(tmp_path, no_ocr, counter_clockwise, rotate):
    from test_layers_s57 import TASKS, _tasks

    data = _drawn_turned_on_a_landscape_sheet(text_pdf([_plan_lines(True)]), counter_clockwise, rotate)
    (path := tmp_path / "plan.pdf").write_bytes(data)
    doc = process(path)
    assert (doc.metadata.number, doc.metadata.issued_date, doc.metadata.title) == ("305/KH-UBND", "2026-04-09", TITLE)
    assert _tasks(doc) == TASKS


STAMP = ["Người ký: Hoàng Thị Ngân", "Cơ quan: Ủy ban nhân dân tỉnh Thái Nguyên", "Thời gian ký: 10.04.2026 09:15:22 +07:00"]
COPY_PAGE = [(60, 60, "ỦY BAN NHÂN DÂN"), (60, 76, "TỈNH THÁI NGUYÊN"), (60, 92, "Số: 45/SY-VP"), (330, 60, "SAO Y"),
             (300, 92, "Thái Nguyên, ngày 20 tháng 4 năm 2026"), (60, 140, "Nơi nhận:"), (60, 156, "- Các sở, ngành;"),
             (60, 172, "- Lưu: VT."), (330, 140, "TL. CHỦ TỊCH"), (330, 156, "CHÁNH VĂN PHÒNG"), (330, 220, "Nguyễn Văn An")]


def _signed(kind: str) -> bytes:
    from pdfmaker import drawn_over, with_signing_widgets

    if kind == "a widget's stamp where the date line would stand":
        return with_signing_widgets(text_pdf([_plan_lines(False)]), [((330, 110), STAMP, 6.5)], signed_at="D:20260410091522+07'00'")
    if kind == "a stamp flattened where the date line would stand":
        return drawn_over(text_pdf([_plan_lines(False)]), (330, 110), STAMP)
    return text_pdf([_plan_lines(False), COPY_PAGE])


@pytest.mark.parametrize("kind", ["a widget's stamp where the date line would stand", "a stamp flattened where the date "
                                  "line would stand", "a copy's page with its own number and date"])
def test_a_signing_stamp_or_a_copys_page_gives_no_date_number_or_signer(tmp_path, no_ocr, kind):
    (path := tmp_path / "plan.pdf").write_bytes(_signed(kind))
    meta = process(path).metadata
    assert (meta.number, meta.issued_date, meta.title, meta.signer.name) == ("305/KH-UBND", None, TITLE, SIGNER)
