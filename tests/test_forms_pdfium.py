"""Stamps read by pdfium (the page's widgets flattened, ``forms.flattened_stamps``) against the same stamps read by
pdfminer (``forms.widget_stamps``, the way they were read before and still the fallback): the same glyphs, boxed
the same within a hundredth of a point, the same runs, and the same document read from them. The e-signed PDFs are
made here as signing software makes them (a widget's appearance drawing the number or the day, in a box scaled onto
the widget's rectangle, a slanted font, an appearance nested in forms as Acrobat's layers are), in many variants, and
the real e-signed files are read both ways too."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import parsers
from conftest import REALDOCS, REALDOCS2, needs
from parsers import forms
from parsers import pdf as pdf_reader
from pdfmaker import SANS, SERIF, text_pdf, with_fields

HEIGHT = 842.0
LINES = [(60, 60, "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"), (300, 60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
         (60, 110, "Số:          /QĐ-UBND"), (300, 110, "Lào Cai, ngày        tháng 10 năm 2025"),
         (220, 160, "QUYẾT ĐỊNH"), (60, 220, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025;")]
# Fonts as signing software names them, not embedded, described (descent) and measured (widths) by the file; widths
# as Helvetica's and as Courier's. The standard fonts (Helvetica, …) pdfminer measures by its own metrics: read by it.
FONTS = {"ArialMT": (-212, [278] * 16 + [556] * 10 + [278] * 7 + [667] * 26 + [278] * 6 + [556] * 26 + [334] * 5 + [600] * 128),
         "TimesNewRomanPSMT": (-216, [250] * 16 + [500] * 10 + [278] * 7 + [722] * 26 + [333] * 6 + [444] * 26 + [480] * 5 + [500] * 128),
         "CourierNewPSMT": (-300, [600] * 224), "VNI-Times": (-250, [500] * 224)}


def signed(data: bytes, widgets: list[dict]) -> bytes:
    """The PDF with signature widgets on page 1. Each widget: ``rect`` (x0, y0, x1, y1; bottom-up), ``text`` (None: a
    seal's picture, no text), and optionally ``font`` (a standard font), ``size``, ``at`` (where the text starts in
    the appearance), ``slant`` (the text matrix's c: a slanted stamp), ``scale`` (the appearance's box over the
    rectangle's size: the box is scaled onto the rectangle), ``matrix`` (the appearance's /Matrix, scaling only),
    ``nested`` (the text drawn by a form inside the appearance, as Acrobat's layers), ``flags`` (/F), ``states``
    (the appearance given as states, as a check box's)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject,
                               NumberObject, TextStringObject)

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    page = writer.pages[0]
    made = []

    def form(content: bytes, bbox: list[float], resources: DictionaryObject, matrix=None):
        stream = DecodedStreamObject()
        stream.set_data(content)
        stream.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                       NameObject("/BBox"): ArrayObject([FloatObject(v) for v in bbox]), NameObject("/Resources"): resources})
        if matrix:
            stream[NameObject("/Matrix")] = ArrayObject([FloatObject(v) for v in matrix])
        return writer._add_object(stream)

    for n, w in enumerate(widgets, start=1):
        x0, y0, x1, y1 = w["rect"]
        scale = w.get("scale", 1.0)
        bbox = [0.0, 0.0, (x1 - x0) * scale, (y1 - y0) * scale]
        name = w.get("font", "Helvetica")
        font = DictionaryObject({
            NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/TrueType" if name in FONTS else "/Type1"),
            NameObject("/BaseFont"): NameObject("/" + name), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
        if name in FONTS:
            descent, widths = FONTS[name]
            font[NameObject("/FirstChar")], font[NameObject("/LastChar")] = NumberObject(32), NumberObject(255)
            font[NameObject("/Widths")] = ArrayObject([NumberObject(v) for v in widths])
            font[NameObject("/FontDescriptor")] = writer._add_object(DictionaryObject({
                NameObject("/Type"): NameObject("/FontDescriptor"), NameObject("/FontName"): NameObject("/" + name),
                NameObject("/Flags"): NumberObject(32), NameObject("/Ascent"): NumberObject(891), NameObject("/Descent"): NumberObject(descent),
                NameObject("/CapHeight"): NumberObject(662), NameObject("/ItalicAngle"): NumberObject(0), NameObject("/StemV"): NumberObject(80),
                NameObject("/FontBBox"): ArrayObject([NumberObject(v) for v in (-568, -307, 2000, 1007)])}))
        font = writer._add_object(font)
        fonts = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        if w["text"] is None:
            content = b"0.8 0 0 rg 2 2 16 16 re f"
        else:
            tx, ty = w.get("at", (2, 4))
            text = w["text"].replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")
            content = (b"BT /F1 %.2f Tf 1 0 %.4f 1 %.2f %.2f Tm (" % (w.get("size", 13), w.get("slant", 0.0), tx, ty)) + text + b") Tj ET"
        if w.get("nested"):
            inner = form(content, bbox, fonts)
            content, fonts = b"q 1 0 0 1 0 0 cm /n2 Do Q", DictionaryObject({
                NameObject("/XObject"): DictionaryObject({NameObject("/n2"): inner})})
        matrix = w.get("matrix")
        appearance = form(content, bbox, fonts, [matrix[0], 0, 0, matrix[1], 0, 0] if matrix else None)
        normal = appearance if not w.get("states") else DictionaryObject({NameObject("/On"): appearance})
        widget = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Sig"), NameObject("/T"): TextStringObject(f"Signature{n}"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (x0, y0, x1, y1)]),
            NameObject("/F"): NumberObject(w.get("flags", 4)), NameObject("/P"): page.indirect_reference,
            NameObject("/AP"): DictionaryObject({NameObject("/N"): normal})})
        if w.get("states"):
            widget[NameObject("/AS")] = NameObject("/On")
        made.append(widget)
    return with_fields(writer, page, made)


def both_ways(path: Path) -> list[tuple[int, list[forms.Stamp], list[forms.Stamp] | None]]:
    """For each page with widgets that draw text: its stamps by pdfminer, and by pdfium (None: pdfium declined)."""
    data = path.read_bytes()
    found = []
    old_pdf, new_pdf = pdfium.PdfDocument(data), pdfium.PdfDocument(data)
    old_pdf.init_forms()
    new_pdf.init_forms()
    plumber = pdf_reader._Plumber(old_pdf, data)
    try:
        for i in range(len(old_pdf)):
            widgets = pdf_reader.text_widgets(old_pdf[i])
            if not widgets:
                continue
            page = new_pdf[i]
            textpage = page.get_textpage()
            rects = forms.widget_rects(page, widgets)
            found.append((i, plumber.stamps(i, widgets), rects and forms.flattened_stamps(page, i, widgets, rects, textpage.count_chars())))
    finally:
        plumber.close()
    return found


def assert_same_stamps(old: list[forms.Stamp], new: list[forms.Stamp], tolerance: float = 0.01) -> None:
    assert len(old) == len(new)
    for a, b in zip(old, new):
        assert (a.x0, a.top, a.x1, a.bottom) == pytest.approx((b.x0, b.top, b.x1, b.bottom), abs=tolerance)
        inked_a, inked_b = [g for g in a.glyphs if g.char.strip()], [g for g in b.glyphs if g.char.strip()]
        assert [g.char for g in inked_a] == [g.char for g in inked_b]
        for g, h in zip(inked_a, inked_b):
            assert (g.x0, g.top, g.x1, g.bottom) == pytest.approx((h.x0, h.top, h.x1, h.bottom), abs=tolerance), g.char
        runs_a, runs_b = forms.runs(a), forms.runs(b)
        assert [t for _, t in runs_a] == [t for _, t in runs_b]
        for (box_a, _), (box_b, _) in zip(runs_a, runs_b):
            assert box_a == pytest.approx(box_b, abs=tolerance)


def read_by_pdfminer(path: Path, monkeypatch) -> str:
    with monkeypatch.context() as patched:
        patched.setattr(forms, "widget_rects", lambda page, only: None)
        return parsers.read(path).model_dump_json()


widget = st.fixed_dictionaries({
    "text": st.sampled_from(["1234", "15", "07", "1187", "2026", "12094", "Ky boi: So Noi vu", "Ngay ky: 15.10.2025 08:17",
                             "Thoi gian ky: 24/01/2025", "TRUNG TAM CONG BAO", "01 / 2026", "Ngày ký: 15/10/2025"]),
    "font": st.sampled_from(sorted(FONTS)), "size": st.sampled_from([9.0, 11.5, 13.0, 14.0]),
    "at": st.tuples(st.sampled_from([0.0, 2.0, 3.5]), st.sampled_from([2.0, 4.0, 6.5])),
    "slant": st.sampled_from([0.0, 0.0, 0.21256, -0.1]), "scale": st.sampled_from([1.0, 1.0, 0.5, 1.6]),
    "matrix": st.sampled_from([None, None, (1.0, 1.0), (2.0, 0.5)]), "nested": st.booleans(),
})
PLACES = [(175, 716, 215, 734), (390, 716, 410, 734), (120, 724, 260, 742), (350, 802, 560, 832), (100, 300, 260, 330)]


@pytest.mark.parametrize("font", [SERIF, SANS], ids=lambda f: f.stem)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(widgets=st.lists(widget, min_size=1, max_size=4), seal=st.booleans())
def test_pdfium_reads_the_stamps_pdfminer_reads(tmp_path, monkeypatch, font, widgets, seal):
    placed = [dict(w, rect=PLACES[k]) for k, w in enumerate(widgets)]
    if seal:  # a seal's picture among them: no text, not read
        placed.insert(1, {"rect": (300, 400, 400, 500), "text": None})
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed(text_pdf([LINES], font_path=font), placed))
    [(_, old, new)] = both_ways(path)
    assert new is not None
    assert_same_stamps(old, new)
    assert parsers.read(path).model_dump_json() == read_by_pdfminer(path, monkeypatch)


@pytest.mark.parametrize("case", ["hidden", "invisible", "states", "standard font"])
def test_widgets_pdfium_would_flatten_otherwise_are_read_by_pdfminer(tmp_path, monkeypatch, case):
    """A hidden or invisible widget (flattening leaves it out), one whose appearance has states (pdfminer reads none of
    them) and a stamp in a standard font (pdfminer measures it by its own metrics): pdfium declines, and pdfminer
    reads the page as before."""
    odd = {"hidden": {"flags": 2}, "invisible": {"flags": 1}, "states": {"states": True}, "standard font": {"font": "Helvetica"}}[case]
    path = tmp_path / "odd.pdf"
    path.write_bytes(signed(text_pdf([LINES]), [{"rect": PLACES[0], "text": "1234", "font": "ArialMT"},
                                                dict({"rect": PLACES[1], "text": "15", "font": "ArialMT"}, **odd)]))
    [(_, old, new)] = both_ways(path)
    assert new is None
    document = parsers.read(path)
    assert document.model_dump_json() == read_by_pdfminer(path, monkeypatch)
    assert any("1234" in b.orig for b in document.blocks if b.prov.reader == "pdf-form")


def test_the_signing_times_are_kept_when_the_widgets_are_flattened(tmp_path):
    from pdfmaker import with_widgets

    path = tmp_path / "signed.pdf"
    path.write_bytes(with_widgets(text_pdf([LINES]), [(PLACES[0], "1234"), (PLACES[1], "15")], signed_at="D:20251015081711+07'00'"))
    document = parsers.read(path)
    assert [s.signed_at for s in document.signatures] == ["2025-10-15T08:17:11+07:00"] * 2
    assert any("1234" in b.orig for b in document.blocks if b.prov.reader == "pdf-form")


def real_esigned() -> list[Path]:
    found = []
    for folder in (REALDOCS, REALDOCS2):
        if folder.exists():
            found += [p for p in sorted(folder.glob("*.pdf")) if any(pdf_reader.text_widgets(page) for page in pdfium.PdfDocument(p))]
    return found


def no_ocr(monkeypatch) -> None:
    """Pages that would go to OCR read as a marker (Tesseract takes seconds a page; what it reads is not at stake)."""
    from parsers import ocr
    from pipeline.model import Block, Document, Provenance

    monkeypatch.setattr(ocr, "read_pdf", lambda path, data, document, reason: Document(
        origin=pdf_reader.origin_of(Path(path), data, "pdf"), blocks=[Block(id="b0001", orig=f"OCR: {reason}", prov=Provenance(reader="ocr", page=1))]))
    monkeypatch.setattr(ocr, "read_page", lambda page, page_no, path: [Block(id="b0001", orig=f"OCR page {page_no}", prov=Provenance(reader="ocr", page=page_no))])


@needs(REALDOCS2)
def test_real_esigned_files_read_the_same_both_ways(monkeypatch):
    no_ocr(monkeypatch)
    paths = real_esigned()
    assert len(paths) >= 5
    for path in paths:
        for _, old, new in both_ways(path):
            assert new is not None, path.name
            assert_same_stamps(old, new)
        assert parsers.read(path).model_dump_json() == read_by_pdfminer(path, monkeypatch), path.name


def test_the_fonts_pdfminer_measures_by_its_own_metrics_are_known():
    from pdfminer.fontmetrics import FONT_METRICS

    assert forms._PDFMINER_METRICS == set(FONT_METRICS)


def test_pdfium_reads_the_stamps_without_opening_the_file_in_pdfminer(tmp_path, monkeypatch):
    """A page whose stamps pdfium reads never opens the file in pdfplumber; the seal's picture beside them is no stamp."""
    import pdfplumber

    opened = []
    real_open = pdfplumber.open
    monkeypatch.setattr(pdfplumber, "open", lambda *args, **kwargs: opened.append(args) or real_open(*args, **kwargs))
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed(text_pdf([LINES]), [{"rect": (300, 400, 400, 500), "text": None},
                                                {"rect": PLACES[0], "text": "1234", "font": "ArialMT"},
                                                {"rect": PLACES[1], "text": "15", "font": "TimesNewRomanPSMT"}]))
    drawn = [" ".join(b.orig.split()) for b in parsers.read(path).blocks if b.prov.reader == "pdf-form"]
    assert opened == []
    assert any("1234" in line for line in drawn) and any("ngày 15 tháng" in line for line in drawn), drawn


def test_pdfminer_reads_the_file_as_it_was_when_pdfium_declines_after_flattening_an_encrypted_file(tmp_path, monkeypatch):
    """pdfminer reads an encrypted file through pdfium's decrypted copy: made from the file, not from the document
    whose widgets pdfium has flattened (they would be gone from its annotations)."""
    from pypdf import PdfReader, PdfWriter

    plain = signed(text_pdf([LINES]), [{"rect": PLACES[0], "text": "1234", "font": "Helvetica"}])
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    encrypted = io.BytesIO()
    writer.write(encrypted)
    (tmp_path / "plain.pdf").write_bytes(plain)
    (tmp_path / "encrypted.pdf").write_bytes(encrypted.getvalue())
    drawn = [b.orig for b in parsers.read(tmp_path / "encrypted.pdf").blocks if b.prov.reader == "pdf-form"]
    assert drawn and drawn == [b.orig for b in parsers.read(tmp_path / "plain.pdf").blocks if b.prov.reader == "pdf-form"]
    assert any("1234" in line for line in drawn)


@pytest.mark.parametrize("font", [SERIF, SANS], ids=lambda f: f.stem)
@pytest.mark.parametrize("layout", ["over_the_blank", "from_the_last_letter", "above_the_colon"])
def test_the_placements_signing_software_uses_read_the_same_both_ways(tmp_path, monkeypatch, font, layout):
    """The number and the day drawn where real signing software draws them (tests/test_forms.py's layouts: over the
    blank, from over the last letter of "ngày", above the colon's baseline), read by pdfium: the same document as by
    pdfminer, the number and the day in their lines."""
    from test_forms import BODY, DATE_LINE, HEADER, LAYOUTS, NUMBER_LINE

    from pipeline.run import process

    data = text_pdf([HEADER + NUMBER_LINE + DATE_LINE + BODY], font_path=font)
    number_box, day_box = LAYOUTS[layout](data)
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed(data, [{"rect": number_box, "text": "1234", "font": "TimesNewRomanPSMT"},
                                   {"rect": day_box, "text": "15", "font": "ArialMT", "slant": 0.21256}]))
    [(_, old, new)] = both_ways(path)
    assert new is not None
    assert_same_stamps(old, new)
    assert parsers.read(path).model_dump_json() == read_by_pdfminer(path, monkeypatch)
    document = process(path)
    assert (document.metadata.number, document.metadata.issued_date) == ("1234/QĐ-UBND", "2025-10-15")
