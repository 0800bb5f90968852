"""Small PDFs made for the tests with pypdfium2 (text with an embedded TrueType font, images, invisible
text layers) and pypdf (form widgets, signature fields): the classes of real files, built from scratch."""

from __future__ import annotations

import ctypes
import io
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from PIL import Image, ImageDraw, ImageFont

FONTS = Path("/usr/share/fonts/truetype")
SERIF = FONTS / "liberation2" / "LiberationSerif-Regular.ttf"
SERIF_BOLD = FONTS / "liberation2" / "LiberationSerif-Bold.ttf"
SANS = FONTS / "liberation2" / "LiberationSans-Regular.ttf"
DEJAVU_SANS = FONTS / "dejavu" / "DejaVuSans.ttf"
DEJAVU_SERIF = FONTS / "dejavu" / "DejaVuSerif.ttf"
A4 = (595.0, 842.0)


def _font(pdf: pdfium.PdfDocument, path: Path):
    data = path.read_bytes()
    buffer = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
    font = raw.FPDFText_LoadFont(pdf.raw, buffer, len(data), raw.FPDF_FONT_TRUETYPE, True)
    pdf._test_font_buffers = [*getattr(pdf, "_test_font_buffers", []), buffer]  # kept alive with the document
    return font


def _add_text(pdf: pdfium.PdfDocument, page, font, x: float, y_top: float, text: str, size: float, invisible: bool = False) -> None:
    obj = raw.FPDFPageObj_CreateTextObj(pdf.raw, font, size)
    encoded = (text + "\x00").encode("utf-16-le")
    raw.FPDFText_SetText(obj, ctypes.cast(ctypes.create_string_buffer(encoded), ctypes.POINTER(ctypes.c_ushort)))
    if invisible:
        raw.FPDFTextObj_SetTextRenderMode(obj, raw.FPDF_TEXTRENDERMODE_INVISIBLE)
    raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, A4[1] - y_top - size)
    raw.FPDFPage_InsertObject(page, obj)


def text_pdf(pages: list[list[tuple]], font_path: Path = SERIF, size: float = 13.0,
             shapes: list[list[tuple]] | None = None, bold: frozenset[str] = frozenset()) -> bytes:
    """A born-digital PDF: each page a list of (x, top, text) lines, in points from the top left; (x, top, text,
    size) for a piece in another size (a raised footnote mark, a note's smaller line). ``shapes``: for each page,
    rectangles drawn behind its text, (x, top, width, height, fill, stroked) with fill an (r, g, b, a) colour or None
    for no fill (a stroke is black). ``bold``: the lines drawn in the bold face of Liberation Serif."""
    pdf = pdfium.PdfDocument.new()
    font = _font(pdf, font_path)
    bold_font = _font(pdf, SERIF_BOLD) if bold else None
    for number, lines in enumerate(pages):
        page = pdf.new_page(*A4)
        for x, top, width, height, fill, stroked in (shapes[number] if shapes else ()):
            rect = raw.FPDFPageObj_CreateNewRect(x, A4[1] - top - height, width, height)
            if fill is not None:
                raw.FPDFPageObj_SetFillColor(rect, *fill)
            raw.FPDFPath_SetDrawMode(rect, raw.FPDF_FILLMODE_ALTERNATE if fill is not None else 0, stroked)
            raw.FPDFPage_InsertObject(page.raw, rect)
        for x, top, text, *own_size in lines:
            _add_text(pdf, page.raw, bold_font if text in bold else font, x, top, text, own_size[0] if own_size else size)
        page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def image_page(lines: list[tuple[float, float, str]], font_path: Path = SERIF, size: float = 13.0, dpi: int = 200) -> Image.Image:
    """A page image with the lines drawn in a font, as a scanner would give it."""
    scale = dpi / 72
    image = Image.new("RGB", (int(A4[0] * scale), int(A4[1] * scale)), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(font_path), int(size * scale))
    for x, top, text in lines:
        draw.text((x * scale, top * scale), text, fill="black", font=font)
    return image


def scan_pdf(images: list[Image.Image], text_layers: list[str | None] | None = None, font_path: Path = SERIF) -> bytes:
    """A scanned PDF: each page one full-page image, with an invisible text layer where given (an earlier
    OCR's, good or garbage)."""
    pdf = pdfium.PdfDocument.new()
    font = _font(pdf, font_path)
    for n, image in enumerate(images):
        page = pdf.new_page(*A4)
        obj = pdfium.PdfImage.new(pdf)
        bitmap = pdfium.PdfBitmap.from_pil(image.convert("RGB"))
        obj.set_bitmap(bitmap)
        obj.set_matrix(pdfium.PdfMatrix().scale(*A4))
        page.insert_obj(obj)
        layer = (text_layers or [None] * len(images))[n]
        for k, line in enumerate((layer or "").splitlines()):
            _add_text(pdf, page.raw, font, 60, 60 + 16 * k, line, 11, invisible=True)
        page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def ocr_layer_pdf(image: Image.Image, lines: list[tuple[float, float, str]], font_path: Path = SERIF, size: float = 13.0,
                  layer: str = "invisible") -> bytes:
    """A scan with a scanner's OCR text layer placed over the words it read: the page one full-page image, each of
    ``lines`` (x, top, text) a line of the layer where the image shows it. ``layer``: "invisible" (render mode 3 over
    the image, as OCR software writes it), "under" (drawn before the image, which hides it) or "visible" (drawn over
    the image in ink, as real text)."""
    pdf = pdfium.PdfDocument.new()
    font = _font(pdf, font_path)
    page = pdf.new_page(*A4)
    obj = pdfium.PdfImage.new(pdf)
    obj.set_bitmap(pdfium.PdfBitmap.from_pil(image.convert("RGB")))
    obj.set_matrix(pdfium.PdfMatrix().scale(*A4))
    if layer != "under":
        page.insert_obj(obj)
    for x, top, text in lines:
        _add_text(pdf, page.raw, font, x, top, text, size, invisible=layer == "invisible")
    if layer == "under":
        page.insert_obj(obj)
    page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def with_widgets(data: bytes, widgets: list[tuple[tuple[float, float, float, float], str | None]], signed_at: str | None = None) -> bytes:
    """The PDF with signature fields whose appearances draw text (as e-signing software stamps the
    number and the day): each widget's rect in PDF points (x0, y0, x1, y1, bottom-up) and its text
    (None: the appearance draws a filled shape and no text, as a seal's picture does).
    ``signed_at`` ("D:20250124150622+07'00'") gives the fields a signature value with that time."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    page = writer.pages[0]
    appearance = _appearances(writer)
    made = []
    for n, ((x0, y0, x1, y1), text) in enumerate(widgets, start=1):
        widget = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Sig"), NameObject("/T"): TextStringObject(f"Signature{n}"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (x0, y0, x1, y1)]),
            NameObject("/F"): NumberObject(4), NameObject("/P"): page.indirect_reference,
            NameObject("/AP"): DictionaryObject({NameObject("/N"): appearance((x0, y0, x1, y1), text)}),
        })
        if signed_at:
            widget[NameObject("/V")] = writer._add_object(DictionaryObject({
                NameObject("/Type"): NameObject("/Sig"), NameObject("/Filter"): NameObject("/Adobe.PPKLite"),
                NameObject("/SubFilter"): NameObject("/adbe.pkcs7.detached"), NameObject("/M"): TextStringObject(signed_at),
                NameObject("/Contents"): ByteStringObject(b"\x00" * 8),
                NameObject("/ByteRange"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(0), NumberObject(0)])}))
        made.append(widget)
    return with_fields(writer, page, made)


def _appearances(writer):
    """A maker of appearance streams for ``writer``'s annotations: (rect, text) -> the stream drawing ``text`` in
    Helvetica 13 pt (None: a filled square and no text, as a seal's picture)."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject

    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica")}))

    def appearance(rect: tuple[float, float, float, float], text: str | None):
        x0, y0, x1, y1 = rect
        stream = DecodedStreamObject()
        stream.set_data(f"BT /F1 13 Tf 2 4 Td ({text}) Tj ET".encode("latin-1") if text is not None
                        else b"0.8 0 0 rg 2 2 16 16 re f")
        stream.update({
            NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(x1 - x0), FloatObject(y1 - y0)]),
            NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}),
        })
        return writer._add_object(stream)
    return appearance


def with_annotations(data: bytes, boxes: list[tuple[tuple[float, float, float, float], str]], subtype: str) -> bytes:
    """The PDF with annotations of ``subtype`` ("/FreeText", "/Stamp") whose appearances draw text, as a PDF editor's
    "add text" or "fill and sign" tool leaves them when a clerk types the number and the day onto a printed document:
    no form field, the text also in /Contents. ``boxes``: each one's rect (PDF points, bottom-up) and text."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    page = writer.pages[0]
    appearance = _appearances(writer)
    annots = page.get("/Annots") or ArrayObject()
    for rect, text in boxes:
        annots.append(writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject(subtype),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]), NameObject("/F"): NumberObject(4),
            NameObject("/Contents"): TextStringObject(text), NameObject("/DA"): TextStringObject("/Helv 13 Tf 0 g"),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): appearance(rect, text)})})))
    page[NameObject("/Annots")] = annots
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def with_fields(writer, page, widgets: list) -> bytes:
    """The PDF of a pypdf ``writer`` with these widget dictionaries added to ``page``'s annotations, each a field of
    the document's form (its AcroForm replaced)."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject

    annots = page.get("/Annots") or ArrayObject()
    fields = ArrayObject()
    for widget in widgets:
        reference = writer._add_object(widget)
        annots.append(reference)
        fields.append(reference)
    page[NameObject("/Annots")] = annots
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): fields, NameObject("/SigFlags"): NumberObject(3)})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------------
# A printed page scanned as offices scan: what a scanner and its settings do to the image


def rendered(pdf: Path | bytes, dpi: int) -> list[Image.Image]:
    """Each page of a PDF as the image a scanner at ``dpi`` gives of the printed page."""
    document = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    return [document[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(document))]


def as_jpeg(image: Image.Image, quality: int) -> Image.Image:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return Image.open(io.BytesIO(out.getvalue())).convert("RGB")


def on_grey_paper(image: Image.Image, paper: int = 200) -> Image.Image:
    """Recycled paper or a dark scan: white becomes ``paper``, black stays black."""
    return Image.eval(image, lambda v: v * paper // 255)


def speckled(image: Image.Image, share: float = 0.002, seed: int = 1) -> Image.Image:
    """Salt-and-pepper noise (a dusty glass, a fax): ``share`` of the pixels black, as many white."""
    import numpy as np

    pixels, random = np.asarray(image).copy(), np.random.default_rng(seed)
    pixels[random.random(pixels.shape[:2]) < share] = 0
    pixels[random.random(pixels.shape[:2]) < share] = 255
    return Image.fromarray(pixels)


def skewed(image: Image.Image, degrees: float) -> Image.Image:
    return image.rotate(degrees, resample=Image.BICUBIC, expand=True, fillcolor="white")


def text_box(pdf: Path | bytes, text: str, page: int = 0) -> tuple[float, float, float, float] | None:
    """Where ``text`` is printed on a page of a text PDF: (x0, top, x1, bottom) in points from the top left."""
    document = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    textpage, height = document[page].get_textpage(), document[page].get_height()
    at = textpage.get_text_range().find(text)
    if at < 0:
        return None
    boxes = [textpage.get_charbox(k) for k in range(at, at + len(text))]
    return min(b[0] for b in boxes), height - max(b[3] for b in boxes), max(b[2] for b in boxes), height - min(b[1] for b in boxes)


def sealed(image: Image.Image, centres: list[tuple[float, float]], dpi: int, radius: float = 40.0) -> Image.Image:
    """A red seal stamped at each centre (points from the top left): a ring, an inner ring and the body's name in red
    ink, over the black print as ink is (the print stays black where they cross)."""
    from PIL import ImageChops

    stamp = Image.new("RGB", image.size, "white")
    draw, scale = ImageDraw.Draw(stamp), dpi / 72
    font = ImageFont.truetype(str(FONTS / "dejavu" / "DejaVuSans-Bold.ttf"), int(7 * scale))
    red = (215, 35, 35)
    for x, y in centres:
        cx, cy, r = x * scale, y * scale, radius * scale
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=int(3 * scale))
        draw.ellipse((cx - 0.7 * r, cy - 0.7 * r, cx + 0.7 * r, cy + 0.7 * r), outline=red, width=max(1, int(scale)))
        draw.text((cx - 0.6 * r, cy - 4 * scale), "ỦY BAN NHÂN DÂN", fill=red, font=font)
    return ImageChops.multiply(image, stamp)


def image_pdf(images: list[Image.Image], dpi: int) -> bytes:
    """The images as a scanner's PDF, a page each at ``dpi`` (JPEG-compressed, as scanners store them)."""
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------------
# A digital signature's stamp: "Ký bởi: …", "Cơ quan: …", "Thời gian ký: …" over the printed page


def drawn_over(data: bytes, top_left: tuple[float, float], lines: list[str], size: float = 6.5, degrees: float = 0.0,
               every_page: bool = False, font_path: Path = DEJAVU_SANS) -> bytes:
    """The PDF with ``lines`` drawn into its pages' content as text (a stamp flattened into the page by the signing
    software), the first line's top left at ``top_left`` (points from the top left), turned by ``degrees``."""
    import math

    pdf = pdfium.PdfDocument(data)
    font = _font(pdf, font_path)
    cos, sin = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    for n in range(len(pdf) if every_page else 1):
        page = pdf[n]
        x, top = top_left
        for k, line in enumerate(lines):
            obj = raw.FPDFPageObj_CreateTextObj(pdf.raw, font, size)
            encoded = (line + "\x00").encode("utf-16-le")
            raw.FPDFText_SetText(obj, ctypes.cast(ctypes.create_string_buffer(encoded), ctypes.POINTER(ctypes.c_ushort)))
            down = k * (size + 1.5)
            raw.FPDFPageObj_Transform(obj, cos, sin, -sin, cos, x + down * sin, page.get_height() - top - size - down * cos)
            raw.FPDFPage_InsertObject(page.raw, obj)
        page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def with_signing_stamp(data: bytes, top_left: tuple[float, float], lines: list[str], subtype: str = "/Widget",
                       size: float = 6.5, every_page: bool = False) -> bytes:
    """The PDF with an annotation of ``subtype`` (a signature field's "/Widget", "/FreeText", "/Stamp") whose appearance
    draws ``lines`` in an embedded Unicode font, its box's top left at ``top_left`` (points from the top left), on the
    first page (``every_page``: on each page, but a signature field)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    appearance, width, height = _stamp_appearance(writer, lines, size)
    x, top = top_left
    widgets = []
    for n in range(len(writer.pages) if every_page and subtype != "/Widget" else 1):
        page = writer.pages[n]
        annot = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject(subtype),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (x, A4[1] - top - height, x + width, A4[1] - top)]),
            NameObject("/F"): NumberObject(4), NameObject("/P"): page.indirect_reference,
            NameObject("/AP"): DictionaryObject({NameObject("/N"): appearance})})
        if subtype == "/Widget":
            annot.update({NameObject("/FT"): NameObject("/Sig"), NameObject("/T"): TextStringObject(f"Signature{n + 1}")})
            widgets.append((page, annot))
            continue
        annot[NameObject("/Contents")] = TextStringObject("\n".join(lines))
        annots = page.get("/Annots") or ArrayObject()
        annots.append(writer._add_object(annot))
        page[NameObject("/Annots")] = annots
    if not widgets:
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    return with_fields(writer, widgets[0][0], [annot for _, annot in widgets])


def _stamp_appearance(writer, lines: list[str], size: float):
    """An appearance stream of ``writer`` drawing ``lines`` in an embedded Unicode font: (its reference, width, height)."""
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, DecodedStreamObject, FloatObject, NameObject

    width, height = max(map(len, lines)) * size * 0.6 + 6, len(lines) * (size + 1.5) + 4
    drawn = PdfReader(io.BytesIO(text_pdf([[(2, 2 + k * (size + 1.5), line) for k, line in enumerate(lines)]],
                                          font_path=DEJAVU_SANS, size=size))).pages[0]
    appearance = DecodedStreamObject()
    appearance.set_data(drawn.get_contents().get_data())
    appearance.update({
        NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): ArrayObject([FloatObject(v) for v in (0, A4[1] - height, width, A4[1])]),
        NameObject("/Resources"): writer._add_object(drawn["/Resources"].get_object().clone(writer))})
    return writer._add_object(appearance), width, height


def with_signing_widgets(data: bytes, stamps: list[tuple[tuple[float, float], list[str], float]], signed_at: str | None = None) -> bytes:
    """The PDF with signature fields on its first page, each drawing lines in an embedded Unicode font (a number
    "Số: 123/QĐ-BNV", a day, a stamp "Người ký: …" / "Thời gian ký: …"), as several signatures and stamps of one
    signing leave them: each stamp's box top left (points from the top left), its lines and their size. ``signed_at``
    ("D:20250124150622+07'00'") gives the first field a signature value with that time."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    page = writer.pages[0]
    widgets = []
    for n, ((x, top), lines, size) in enumerate(stamps, start=1):
        appearance, width, height = _stamp_appearance(writer, lines, size)
        widget = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Sig"), NameObject("/T"): TextStringObject(f"Signature{n}"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (x, A4[1] - top - height, x + width, A4[1] - top)]),
            NameObject("/F"): NumberObject(4), NameObject("/P"): page.indirect_reference,
            NameObject("/AP"): DictionaryObject({NameObject("/N"): appearance})})
        if signed_at and n == 1:
            widget[NameObject("/V")] = writer._add_object(DictionaryObject({
                NameObject("/Type"): NameObject("/Sig"), NameObject("/Filter"): NameObject("/Adobe.PPKLite"),
                NameObject("/SubFilter"): NameObject("/adbe.pkcs7.detached"), NameObject("/M"): TextStringObject(signed_at),
                NameObject("/Contents"): ByteStringObject(b"\x00" * 8),
                NameObject("/ByteRange"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(0), NumberObject(0)])}))
        widgets.append(widget)
    return with_fields(writer, page, widgets)


def with_font_map(data: bytes, pages: list[int], first_code: int | None) -> bytes:
    """The PDF with the fonts of ``pages`` (indexes) given a ToUnicode map that reads glyph ``n`` as code point
    ``first_code + n`` (0xE000: private-use codes; 0x41: a glyph's index taken as a letter), or none at all (None): the
    page still shows its glyphs, its text layer is garbage. Each page should have its own font (``stacked``)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    cmap = DecodedStreamObject()
    if first_code is not None:
        cmap.set_data(("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Broken def /CMapType 2 def "
                       "1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange "
                       f"<0000> <0FFF> <{first_code:04X}> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end").encode())
    for index in pages:
        for font in writer.pages[index]["/Resources"]["/Font"].values():
            font = font.get_object()
            if first_code is None:
                del font[NameObject("/ToUnicode")]
            else:
                font[NameObject("/ToUnicode")] = writer._add_object(cmap)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def stacked(documents: list[bytes], overlay: dict[int, bytes] | None = None) -> bytes:
    """The first page of each document, one after another, each with its own fonts; ``overlay``: for a page's index,
    a one-page document drawn over it (a header block set in another font)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for index, data in enumerate(documents):
        writer.add_page(PdfReader(io.BytesIO(data)).pages[0])
        if overlay and index in overlay:
            writer.pages[-1].merge_page(PdfReader(io.BytesIO(overlay[index])).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def with_font_programs(data: bytes, change) -> bytes:
    """The PDF with each embedded TrueType program of its Type0 fonts passed through ``change(TTFont)`` (a table taken
    out, names dropped) and written back: the glyphs drawn stay, what the program tells of them changes."""
    from fontTools.ttLib import TTFont
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            for descendant in font.get_object().get("/DescendantFonts", []):
                stream = descendant.get_object()["/FontDescriptor"].get_object()["/FontFile2"].get_object()
                program = TTFont(io.BytesIO(stream.get_data()))
                change(program)
                out = io.BytesIO()
                program.save(out)
                stream.set_data(out.getvalue())
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def with_font_map_without(data: bytes, pages: list[int], font_path: Path, missing: str) -> bytes:
    """The PDF with the fonts of ``pages`` (indexes) given a ToUnicode map that reads every glyph of ``font_path`` right
    but those of the characters ``missing``: a subset whose map left a few glyphs out (pdfium reads their ids)."""
    return with_font_map_reading(data, pages, font_path, dict.fromkeys(missing))


def with_font_map_reading(data: bytes, pages: list[int], font_path: Path, reads) -> bytes:
    """The PDF with the fonts of ``pages`` (indexes) given a ToUnicode map that reads each glyph of ``font_path`` as
    ``reads(char)`` gives it (a dict, or a function of the character): a text, or None to leave the glyph out of the
    map; a character the dict does not hold is read right. A font whose map was made for another encoding ("ư" read
    "ƣ", "Ò" read "Õ"), one that lost its marks ("ư" read "u"), one re-encoded as Latin-1 bytes ("ư" read "Æ°")."""
    from fontTools.ttLib import TTFont
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    read = (lambda char: reads.get(char, char)) if isinstance(reads, dict) else reads
    font = TTFont(font_path, lazy=True)
    ids = {name: gid for gid, name in enumerate(font.getGlyphOrder())}
    pairs = sorted((ids[name], text) for code, name in font.getBestCmap().items()
                   if code < 0x10000 and (text := read(chr(code))) is not None)
    blocks = [pairs[k:k + 100] for k in range(0, len(pairs), 100)]
    cmap = DecodedStreamObject()
    cmap.set_data(("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Partial def /CMapType 2 def "
                   "1 begincodespacerange <0000> <FFFF> endcodespacerange "
                   + "".join(f"{len(block)} beginbfchar " + " ".join(f"<{gid:04X}> <{text.encode('utf-16-be').hex().upper()}>"
                                                                    for gid, text in block)
                             + " endbfchar " for block in blocks)
                   + "endcmap CMapName currentdict /CMap defineresource pop end end").encode())
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for index in pages:
        for font_ref in writer.pages[index]["/Resources"]["/Font"].values():
            font_ref.get_object()[NameObject("/ToUnicode")] = writer._add_object(cmap)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def with_font_names(data: bytes, names: dict[str, str]) -> bytes:
    """The PDF with its fonts' names (BaseFont, in the font and its descendant and descriptor) changed by ``names``
    (Liberation Serif's "LiberationSerif" -> ".VnTime"): a PDF printed from a Word file typed in those fonts, whose text
    layer reads the code points as typed."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        for font_ref in page["/Resources"]["/Font"].values():
            font = font_ref.get_object()
            parts = [font, *(d.get_object() for d in font.get("/DescendantFonts", []))]
            parts += [part["/FontDescriptor"].get_object() for part in parts if "/FontDescriptor" in part]
            for part in parts:
                for key in ("/BaseFont", "/FontName"):
                    if key in part and (name := str(part[key])[1:]) in names:
                        part[NameObject(key)] = NameObject("/" + names[name])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def glyphs_apart(data: bytes, spread: dict[int, float], close: dict[int, int] | None = None) -> bytes:
    """The PDF with the k-th text object of its first page drawn glyph by glyph, ``spread[k]`` thousandths of an em
    pushed between each two glyphs (a TJ array): a line a producer set letter-spaced or justified glyph by glyph, whose
    text layer pdfium reads with a space between every two letters. ``close[k]``: the glyph of the k-th object drawn
    right after the one before it (two spaced letters set close, which pdfium reads as one token)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject, ContentStream, FloatObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    page = writer.pages[0]
    content = ContentStream(page.get_contents(), writer)
    operations, k = [], -1
    for operands, operator in content.operations:
        k += operator == b"BT"
        if operator == b"TJ" and k in spread:  # pdfium writes a text object's glyph ids (two bytes each) in one TJ
            codes = b"".join(part.original_bytes if isinstance(part, TextStringObject) else bytes(part)
                             for part in operands[0] if isinstance(part, (ByteStringObject, TextStringObject)))
            array = ArrayObject()
            for at in range(0, len(codes), 2):
                room = 0 if (close or {}).get(k) == at // 2 else spread[k]
                array += [FloatObject(-room), ByteStringObject(codes[at : at + 2])] if at else [ByteStringObject(codes[:2])]
            operands = [array]
        operations.append((operands, operator))
    content.operations = operations
    page.replace_contents(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def in_bands(images: list[Image.Image], bands: int, across: int = 1) -> bytes:
    """A scan printed to PDF again ("Microsoft Print to PDF", some scanners' drivers): each page's image cut into
    ``bands`` bands of ``across`` tiles, each tile an image object of its own placed where it stands, none covering
    half the page."""
    pdf = pdfium.PdfDocument.new()
    for image in images:
        page = pdf.new_page(*A4)
        width, height = image.size
        for row in range(bands):
            for column in range(across):
                left, top = width * column // across, height * row // bands
                right, bottom = width * (column + 1) // across, height * (row + 1) // bands
                tile = pdfium.PdfImage.new(pdf)
                tile.set_bitmap(pdfium.PdfBitmap.from_pil(image.crop((left, top, right, bottom)).convert("RGB")))
                x_scale, y_scale = A4[0] / width, A4[1] / height
                tile.set_matrix(pdfium.PdfMatrix().scale((right - left) * x_scale, (bottom - top) * y_scale)
                                .translate(left * x_scale, A4[1] - bottom * y_scale))
                page.insert_obj(tile)
        page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def outlined_pdf(pages: list[list[tuple[float, float, str]]], size: float = 13.0, font_path: Path = SERIF) -> bytes:
    """A PDF whose pages draw each line's (x, top, text) glyphs as their outlines, filled paths with no character in
    the text layer (text converted to curves by a printer or a designer's tool)."""
    import unicodedata

    from fontTools.pens.basePen import BasePen
    from fontTools.ttLib import TTFont

    font = TTFont(str(font_path))
    glyphs, cmap = font.getGlyphSet(), font.getBestCmap()
    scale = size / font["head"].unitsPerEm

    class PathPen(BasePen):  # one glyph's outline into a pdfium path object, scaled and placed at (x, y)
        def __init__(self, x: float, y: float):
            super().__init__(glyphs)
            self.x, self.y, self.path = x, y, None

        def _at(self, point):
            return self.x + point[0] * scale, self.y + point[1] * scale

        def _moveTo(self, point):
            if self.path is None:
                self.path = raw.FPDFPageObj_CreateNewPath(*self._at(point))
            else:
                raw.FPDFPath_MoveTo(self.path, *self._at(point))

        def _lineTo(self, point):
            raw.FPDFPath_LineTo(self.path, *self._at(point))

        def _curveToOne(self, p1, p2, p3):
            raw.FPDFPath_BezierTo(self.path, *self._at(p1), *self._at(p2), *self._at(p3))

        def _closePath(self):
            raw.FPDFPath_Close(self.path)

    pdf = pdfium.PdfDocument.new()
    for lines in pages:
        page = pdf.new_page(*A4)
        for x, top, text in lines:
            for character in unicodedata.normalize("NFC", text):
                if (name := cmap.get(ord(character))) is None:
                    continue
                pen = PathPen(x, A4[1] - top - size)
                glyphs[name].draw(pen)
                if pen.path is not None:
                    raw.FPDFPath_SetDrawMode(pen.path, raw.FPDF_FILLMODE_WINDING, False)
                    raw.FPDFPage_InsertObject(page.raw, pen.path)
                x += glyphs[name].width * scale
        page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def with_page_as_form(data: bytes, other: bytes, matrix: tuple[float, ...] = (1, 0, 0, 1, 0, 0)) -> bytes:
    """The PDF with the first page of ``other`` drawn on its first page as a form XObject placed by ``matrix`` (a,
    b, c, d, e, f), as imposing, stamping and page-importing tools draw another page's content."""
    pdf, source = pdfium.PdfDocument(data), pdfium.PdfDocument(other)
    xobject = raw.FPDF_NewXObjectFromPage(pdf.raw, source.raw, 0)
    form = raw.FPDF_NewFormObjectFromXObject(xobject)
    raw.FPDF_CloseXObject(xobject)
    raw.FPDFPageObj_SetMatrix(form, raw.FS_MATRIX(*matrix))
    page = pdf[0]
    raw.FPDFPage_InsertObject(page.raw, form)
    page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()
