"""Form widgets and digital signatures of a PDF: what an e-signed document shows outside its page text.

E-signed documents often carry the number and the day as signature fields' appearances drawn over the
blank "Số: ___" and "ngày ___", so the page text alone reads "Số: /QĐ-BNV" and "ngày tháng 10". Each
widget's appearance is laid out character by character and mapped to the page, so the reader can put
every character back where it is drawn, by position, not by string order: by pdfium (the page's widgets
flattened into its content, ``flattened_stamps``), or by pdfminer where pdfium cannot give the same
glyphs (``widget_stamps``: a hidden widget, a widget with appearance states, a rotated appearance or
page, a glyph without a Unicode value). The signatures' signing times come from pdfium's signature
objects.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from functools import cache

import numpy as np
import pypdfium2.raw as pdfium_c

from pipeline.resources import listed_pattern
from pipeline.text import fold

from . import rules

READER = "pdf-form"


@dataclass(frozen=True)
class Glyph:
    """One character drawn by a widget, in page coordinates (points, top-down)."""

    x0: float
    top: float
    x1: float
    bottom: float
    char: str


@dataclass(frozen=True)
class Stamp:
    """A widget's appearance that draws text: its box on the page (points, top-down) and its glyphs."""

    x0: float
    top: float
    x1: float
    bottom: float
    glyphs: tuple[Glyph, ...]

    @property
    def text(self) -> str:
        return "".join(g.char for g in self.glyphs).strip()


class _FormPage:
    """What pdfminer's device needs to lay out a form XObject as if it were a page."""

    def __init__(self, bbox: list[float]):
        self.mediabox = self.cropbox = bbox
        self.pageid = 0
        self.rotate = 0
        self.attrs: dict = {}


def _appearance_glyphs(stream, manager) -> tuple[list[float], list]:
    """The appearance's bounding box and the characters it draws (pdfminer's ``LTChar``), in its own coordinates
    (``manager``: the document's fonts as pdfminer's ``PDFResourceManager``, each parsed once)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTChar
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfminer.pdftypes import dict_value, resolve1

    stream = resolve1(stream)
    bbox = [float(resolve1(x)) for x in resolve1(stream.attrs.get("BBox", [0, 0, 1, 1]))]
    device = PDFPageAggregator(manager, laparams=LAParams())
    page = _FormPage(bbox)
    device.begin_page(page, (1, 0, 0, 1, 0, 0))
    PDFPageInterpreter(manager, device).render_contents(dict_value(stream.attrs.get("Resources", {})), [stream], ctm=(1, 0, 0, 1, 0, 0))
    device.end_page(page)
    chars: list[LTChar] = []

    def walk(item) -> None:
        if isinstance(item, LTChar):
            chars.append(item)
        elif hasattr(item, "__iter__"):
            for child in item:
                walk(child)

    walk(device.get_result())
    return bbox, chars


def _placed(bbox: list[float], rect: tuple[float, float, float, float], page_height: float, chars: list) -> tuple[Glyph, ...]:
    """Characters mapped from the appearance's box onto the widget's rectangle on the page (PDF 32000
    12.5.5: the box is scaled to fit the rectangle)."""
    bx0, by0, bx1, by1 = min(bbox[0], bbox[2]), min(bbox[1], bbox[3]), max(bbox[0], bbox[2]), max(bbox[1], bbox[3])
    rx0, ry0, rx1, ry1 = rect
    sx = (rx1 - rx0) / (bx1 - bx0) if bx1 > bx0 else 1.0
    sy = (ry1 - ry0) / (by1 - by0) if by1 > by0 else 1.0
    glyphs = []
    for c in chars:
        x0, x1 = rx0 + (c.x0 - bx0) * sx, rx0 + (c.x1 - bx0) * sx
        y0, y1 = ry0 + (c.y0 - by0) * sy, ry0 + (c.y1 - by0) * sy
        glyphs.append(Glyph(x0, page_height - y1, x1, page_height - y0, c.get_text()))
    return _in_rows(glyphs)


def _in_rows(glyphs: list[Glyph]) -> tuple[Glyph, ...]:
    return tuple(sorted(glyphs, key=lambda g: (round(g.top / 4), g.x0)))


STAMPING_ANNOTATIONS = frozenset({"Widget", "FreeText", "Stamp"})  # what parsers/pdf.py reads for stamps


def widget_stamps(page, only: frozenset[int] | None = None, fonts=None) -> list[Stamp]:
    """Text drawn by a pdfplumber page's widgets' normal appearances (resolved one level at a time:
    their dictionaries point back at their parents, which a full resolve follows forever); ``only``: the
    indexes in the page's /Annots of the annotations to read (None: all); ``fonts``: the document's fonts
    as read so far (pdfminer's ``PDFResourceManager``: each parsed once a document)."""
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdftypes import resolve1

    stamps = []
    height = float(page.height)
    manager = fonts or PDFResourceManager()
    for index, ref in enumerate(resolve1(page.page_obj.attrs.get("Annots")) or []):
        if only is not None and index not in only:
            continue
        try:
            annot = resolve1(ref)
            if resolve1(annot.get("Subtype")).name not in STAMPING_ANNOTATIONS:
                continue
            normal = resolve1(resolve1(annot.get("AP") or {}).get("N"))
            if normal is None or not hasattr(normal, "attrs"):
                continue
            x0, y0, x1, y1 = (float(resolve1(v)) for v in resolve1(annot.get("Rect")))
            rect = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
            bbox, chars = _appearance_glyphs(normal, manager)
            glyphs = _placed(bbox, rect, height, chars)
        except Exception:  # a malformed annotation is skipped, never fatal
            continue
        if any(g.char.strip() for g in glyphs):
            stamps.append(Stamp(rect[0], height - rect[3], rect[2], height - rect[1], glyphs))
    return stamps


# ---------------------------------------------------------------------------------------------------
# The same stamps through pdfium: the page's widgets flattened into its content, their glyphs read from a text page

_SKIPPED_BY_FLATTEN = pdfium_c.FPDF_ANNOT_FLAG_HIDDEN | pdfium_c.FPDF_ANNOT_FLAG_INVISIBLE
_TEXT_OBJECT = rules.plain(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_IS_GENERATED = rules.plain(pdfium_c.FPDFText_IsGenerated, ctypes.c_int, ctypes.c_void_p, ctypes.c_int)
_FLAT = 1e-6  # a matrix term this small is taken for zero (pdfium's matrices are single precision)


# Fonts pdfminer measures by its own metrics (their names: pdfminer.fontmetrics.FONT_METRICS, whatever the file says of
# them): a stamp in one of them is read by pdfminer, whose descent and widths pdfium does not share.
_PDFMINER_METRICS = frozenset({
    "Courier", "Courier-Bold", "Courier-BoldOblique", "Courier-Oblique", "Helvetica", "Helvetica-Bold",
    "Helvetica-BoldOblique", "Helvetica-Oblique", "Symbol", "Times-Bold", "Times-BoldItalic", "Times-Italic",
    "Times-Roman", "ZapfDingbats", "Arial", "Arial,Italic", "Arial,Bold", "Arial,BoldItalic", "CourierNew",
    "CourierNew,Italic", "CourierNew,Bold", "CourierNew,BoldItalic", "TimesNewRoman", "TimesNewRoman,Italic",
    "TimesNewRoman,Bold", "TimesNewRoman,BoldItalic"})


def _font_name(font) -> str:
    size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
    buffer = ctypes.create_string_buffer(max(1, size))
    pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
    return buffer.value.decode("latin-1")


def _snapped(value: float) -> float:
    """A coordinate pdfium computed in single precision, to a thousandth of a point: values pdfminer computes equal in
    double precision (one line's bottom, the next line's top) come out equal, so the same glyphs touch, not overlap."""
    return round(value, 3)


def _as_written(value: float) -> float:
    """A number pdfium read from the file as a single-precision float, as the file writes it (the shortest decimal
    that reads back as the same float: 85.92, not 85.91998291015625)."""
    return float(str(np.float32(value)))


def widget_rects(page, only: frozenset[int]) -> list[tuple[float, float, float, float]] | None:
    """The rectangles (x0, y0, x1, y1; PDF points, bottom-up) of the page's widgets at these indexes in its /Annots,
    in order, when flattening the page gives exactly the glyphs pdfminer reads from them; None when it may not: a
    widget hidden or invisible (flattening leaves it out, pdfminer reads it), one with appearance states (pdfminer
    reads none of them, flattening one), a rotated page (pdfminer's page turns with it). Nothing is changed."""
    if pdfium_c.FPDFPage_GetRotation(page.raw):
        return None
    rects = []
    for i in sorted(only):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, i)
        if not annot:
            return None
        try:
            rect = pdfium_c.FS_RECTF()
            if (pdfium_c.FPDFAnnot_GetFlags(annot) & _SKIPPED_BY_FLATTEN or pdfium_c.FPDFAnnot_HasKey(annot, b"AS")
                    or not pdfium_c.FPDFAnnot_GetRect(annot, rect)):
                return None
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
        x0, y0, x1, y1 = map(_as_written, (rect.left, rect.bottom, rect.right, rect.top))
        rects.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    return rects


def flattened_stamps(page, index: int, only: frozenset[int], rects: list[tuple[float, float, float, float]],
                     page_chars: int) -> list[Stamp] | None:
    """The stamps ``widget_stamps`` reads, read by pdfium instead of pdfminer (which parses the file, the appearances
    and their fonts in Python: pdfium takes a third to a half of its time on the real e-signed files,
    bench/pdf_stamps.py): the page's other annotations are removed and its widgets at ``only`` (``rects``:
    ``widget_rects``) flattened into its content, which is loaded anew (its fonts already read) for the glyphs the
    flattened appearances draw, after the ``page_chars`` characters of the page's own text. Each glyph's box is made
    as pdfminer makes it (its advance across, the font's descent to one font size above it up), so the runs and
    where they go are the same.

    CHANGES THE DOCUMENT: page ``index`` (``page``, whose text and objects must already have been read) loses its
    annotations to its content; render it from a fresh copy. None when pdfium cannot give what pdfminer gives (the
    caller reads them with pdfminer then, from the file as it was)."""
    pdf = page.pdf.raw
    box = (ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float())
    if not pdfium_c.FPDFPage_GetMediaBox(page.raw, *box):
        return None
    # as pdfplumber's page: its media box, read before flattening may change it
    height = _as_written(box[3].value) - _as_written(box[1].value)
    objects_before = pdfium_c.FPDFPage_CountObjects(page.raw)
    for i in reversed(range(pdfium_c.FPDFPage_GetAnnotCount(page.raw))):
        if i not in only:
            pdfium_c.FPDFPage_RemoveAnnot(page.raw, i)
    if pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_NORMALDISPLAY) != pdfium_c.FLATTEN_SUCCESS:
        return None
    flat = pdfium_c.FPDF_LoadPage(pdf, index)
    if not flat:
        return None
    try:
        owners = _appearance_texts(flat, objects_before, len(rects))
        if owners is None:
            return None
        textpage = pdfium_c.FPDFText_LoadPage(flat)
        try:
            found = _flattened_glyphs(textpage, owners, height, len(rects), page_chars)
        finally:
            pdfium_c.FPDFText_ClosePage(textpage)
    finally:
        pdfium_c.FPDF_ClosePage(flat)
    if found is None:
        return None
    return [Stamp(x0, height - y1, x1, height - y0, _in_rows(glyphs))
            for (x0, y0, x1, y1), glyphs in zip(rects, found) if any(g.char.strip() for g in glyphs)]


def _appearance_texts(flat, objects_before: int, widgets: int) -> dict[int, int] | None:
    """The text objects the flattened appearances draw (address -> the widget's place among those flattened), or
    None when the page is not as flattening makes it: its own objects, then one form holding one form a widget, each
    without a turn (pdfminer maps the appearance's box onto the widget's rectangle and ignores its /Matrix: the same
    when the matrix only scales and moves)."""
    if pdfium_c.FPDFPage_CountObjects(flat) != objects_before + 1:
        return None
    added = rules.address(pdfium_c.FPDFPage_GetObject(flat, objects_before))
    if rules.object_type(added) != pdfium_c.FPDF_PAGEOBJ_FORM or rules.form_count(added) != widgets:
        return None
    owners = {}
    for k in range(widgets):
        form = rules.form_object(added, k)
        _, b, c, _, _, _ = rules.raw_matrix(form)
        if rules.object_type(form) != pdfium_c.FPDF_PAGEOBJ_FORM or abs(b) > _FLAT or abs(c) > _FLAT:
            return None
        for text, _ in rules.objects_of_kind(pdfium_c.FPDF_PAGEOBJ_TEXT, rules.form_count(form), rules.form_object, form):
            owners[text] = k
    return owners


def _flattened_glyphs(textpage, owners: dict[int, int], height: float, widgets: int, page_chars: int) -> list[list[Glyph]] | None:
    """Each flattened widget's glyphs, from the end of the page's text (the flattened content comes last, after a
    line break pdfium puts), as pdfminer boxes them; None when a glyph has no Unicode value (pdfminer writes its
    code) or turns, or when the page's own text is not the ``page_chars`` characters before them (a glyph of the
    widgets could be among it)."""
    raw = rules.address(textpage)
    count = pdfium_c.FPDFText_CountChars(textpage)
    found: list[list[Glyph]] = [[] for _ in range(widgets)]
    at = count - 1
    while at >= 0:
        owner = owners.get(_TEXT_OBJECT(raw, at))
        if owner is None:
            if _IS_GENERATED(raw, at):  # a space or a line break pdfium puts between runs: no glyph
                at -= 1
                continue
            break
        if pdfium_c.FPDFText_HasUnicodeMapError(textpage, at):
            return None
        glyph = _as_pdfminer_boxes(textpage, at, height)
        if glyph is None:
            return None
        found[owner].append(glyph)
        at -= 1
    if at + 1 != page_chars:
        return None
    for glyphs in found:
        glyphs.reverse()
    return found


def _as_pdfminer_boxes(textpage, at: int, height: float) -> Glyph | None:
    """Glyph ``at`` of the text page boxed as pdfminer boxes a character: across, from its origin by its advance (the
    font's width for it); up, from the font's descent to one font size above it; both in the text's matrix (a slant
    included), top-down. None when the glyph turns or mirrors, its font does not give its width, or pdfminer
    measures its font by its own metrics."""
    matrix = pdfium_c.FS_MATRIX()
    x, y = ctypes.c_double(), ctypes.c_double()
    width, descent = ctypes.c_float(), ctypes.c_float()
    unicode = pdfium_c.FPDFText_GetUnicode(textpage, at)
    size = pdfium_c.FPDFText_GetFontSize(textpage, at)
    font = pdfium_c.FPDFTextObj_GetFont(pdfium_c.FPDFText_GetTextObject(textpage, at))
    if not (font and pdfium_c.FPDFText_GetMatrix(textpage, at, matrix) and pdfium_c.FPDFText_GetCharOrigin(textpage, at, x, y)
            and pdfium_c.FPDFFont_GetGlyphWidth(font, unicode, size, width) and pdfium_c.FPDFFont_GetDescent(font, size, descent)) \
            or _font_name(font) in _PDFMINER_METRICS:
        return None
    a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
    if abs(b) > _FLAT or a <= 0 or d <= 0 or size <= 0:
        return None
    low, high = descent.value, descent.value + size  # in text space
    x0 = x.value + min(c * low, c * high)
    x1 = x.value + a * width.value + max(c * low, c * high)
    return Glyph(_snapped(x0), _snapped(height - (y.value + d * high)), _snapped(x1), _snapped(height - (y.value + d * low)), chr(unicode))


# ---------------------------------------------------------------------------------------------------
# Digital signatures

_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?(?:([+\-Z])(\d{2})?'?(\d{2})?'?)?")


def pdf_date_to_iso(value: str) -> str | None:
    """"D:20251015081711+07'00'" -> "2025-10-15T08:17:11+07:00"; None when it is not a PDF date."""
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    year, month, day, hour, minute, second, sign, tz_hour, tz_minute = match.groups()
    iso = f"{year}-{month}-{day}"
    if hour:
        iso += f"T{hour}:{minute or '00'}:{second or '00'}"
        if sign == "Z":
            iso += "+00:00"
        elif sign:
            iso += f"{sign}{tz_hour or '00'}:{tz_minute or '00'}"
    return iso


def signing_times(pdf) -> list[str]:
    """The signing time of each digital signature of a pypdfium2 document, as ISO text, in file order
    (the time the signer's software wrote: the document's own record of when it was signed)."""
    import pypdfium2.raw as raw

    times = []
    for i in range(raw.FPDF_GetSignatureCount(pdf)):
        signature = raw.FPDF_GetSignatureObject(pdf, i)
        size = raw.FPDFSignatureObj_GetTime(signature, None, 0)
        if size <= 1:
            continue
        buffer = ctypes.create_string_buffer(size)
        raw.FPDFSignatureObj_GetTime(signature, buffer, size)
        iso = pdf_date_to_iso(buffer.value.decode("latin-1", "replace"))
        if iso:
            times.append(iso)
    return times


# ---------------------------------------------------------------------------------------------------
# Putting a widget's text into the page's text

# Around text that a widget draws, so the reader knows which line received it (and marks its block).
FORM_START, FORM_END = "\ue000", "\ue001"

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points, top-down


def runs(stamp: Stamp) -> list[tuple[Box, str]]:
    """The stamp's glyphs as runs of text: one per row, cut where a gap is wider than two characters."""
    found: list[tuple[list[float], list[str]]] = []
    for g in stamp.glyphs:
        if not g.char.strip():
            continue
        if found:
            box, chars = found[-1]
            width = max(1.0, (box[2] - box[0]) / max(1, len(chars)))
            same_row = g.top < box[3] and g.bottom > box[1]
            if same_row and g.x0 - box[2] <= 2 * width:
                box[:] = [min(box[0], g.x0), min(box[1], g.top), max(box[2], g.x1), max(box[3], g.bottom)]
                chars.append(g.char)
                continue
        found.append(([g.x0, g.top, g.x1, g.bottom], [g.char]))
    return [((box[0], box[1], box[2], box[3]), "".join(chars)) for box, chars in found]


def rows(stamp: Stamp) -> list[str]:
    """The stamp's text row by row, its words apart: a space where the appearance draws one or where the gap between
    two glyphs is wider than a fifth of a glyph (an appearance often places each word apart and draws no space)."""
    found: list[list[Glyph]] = []
    for g in stamp.glyphs:
        if found and g.top < found[-1][-1].bottom and g.bottom > found[-1][-1].top and g.x0 >= found[-1][-1].x0:
            found[-1].append(g)
        else:
            found.append([g])
    lines = []
    for row in found:
        width = sum(g.x1 - g.x0 for g in row) / len(row)
        text = row[0].char
        for before, g in zip(row, row[1:]):
            text += (" " if g.x0 - before.x1 > width / 5 else "") + g.char
        if line := " ".join(text.split()):
            lines.append(line)
    return lines


@cache
def _labels(name: str) -> re.Pattern[str]:
    return listed_pattern("boilerplate.json", name)


def fills_a_blank(stamp_runs: list[tuple[Box, str]]) -> bool:
    """Whether a stamp's runs fill a blank of the page ("1187" into "Số: ___", "15" into "ngày ___"): one row that
    starts with no label of a digital signature's details. A stamp of several rows ("Ký bởi: …" / "Cơ quan: …" /
    "Thời gian ký: …", or a publishing office's name, e-mail and time) or a labelled row ("Cơ quan phát hành: …",
    "Digitally signed by …", "Date: 2026.12.04 …") is the signature's, drawn over the page wherever it falls: its rows are no part of the lines they cross."""
    if not stamp_runs:
        return False
    (_, top, _, bottom), first = stamp_runs[0]
    one_row = all(t < bottom and b > top for (_, t, _, b), _ in stamp_runs)
    return one_row and not signature_detail(first) and not _labels("signing_stamp_phrases").match(fold("".join(first.split())))


def signature_detail(text: str) -> bool:
    """Whether a line starts as a digital signature's details do ("Ký bởi: …", "Thời gian ký: …", "Email: …"), its
    spaces aside (a widget's glyphs are read without them). Every label ends in a colon (boilerplate.json; a test
    checks): a line without one is none, unfolded (every line of a page is asked)."""
    return ":" in text and _labels("signing_stamp_labels").match(fold("".join(text.split()))) is not None


def signature_details(text: str, spans: list[tuple[int, int]]) -> np.ndarray:
    """``signature_detail`` of each line of the text at ``spans`` (start, end), one scan finding the few that hold a
    colon, the only ones asked (a page's lines are dozens, those with a colon a handful: 579 of 15,327 lines on the
    benchmark's PDFs; a call a line was a fifth of the columns' gutter search)."""
    found = np.zeros(len(spans), dtype=bool)
    colons = np.asarray([m.start() for m in _COLON.finditer(text)], dtype=int)
    if not len(colons) or not spans:
        return found
    starts, ends = np.asarray(spans, dtype=int).T
    first = np.minimum(np.searchsorted(colons, starts), len(colons) - 1)  # the first colon at or after the line's start
    for k in np.flatnonzero((colons[first] >= starts) & (colons[first] < ends)).tolist():
        found[k] = signature_detail(text[starts[k]:ends[k]])
    return found


_COLON = re.compile(":")


def names_the_signing(text: str) -> bool:
    """Whether a line starts with a label only a digital signature's details print ("Ký bởi: …", "Thời gian ký: …"),
    not one a table's cell may start with too ("Cơ quan chủ trì: …", "Email: …")."""
    return _labels("signing_stamp_signing_labels").match(fold("".join(text.split()))) is not None


def insertions(stamps: list[Stamp], indexes: np.ndarray, boxes: np.ndarray, chars: str
               ) -> tuple[dict[int, str], set[int], list[Stamp]]:
    """Where each run of widget text goes in the page's character stream: right after the character
    that ends left of where it starts on the same line, or before the first one right of it (by position on
    the page, whatever the stream's order); the characters of the blank it fills, taken out; and the stamps left
    apart from the lines. A run on no line of text (a seal, a signature image's caption) is left out: it is no part
    of a line, nor is a stamp that fills no blank (``fills_a_blank``: an e-signature's box of a name, a post and a
    time). ``indexes``: the positions in the stream of the characters a run
    may go beside, in stream order; ``boxes``: theirs (x0, top, x1, bottom), one row each; ``chars``: theirs.

    A run goes where its ink starts: a character whose middle it overprints by a quarter of a glyph ("12094"
    over the slash of "Số:    /BNV-CCHC", a blank narrower than the number) comes after it. The blank is the
    dots, underscores and spaces next to the run on its line ("Số: ……/QĐ-UBND", "ngày ….. tháng"): kept, they
    would part the number from its symbol."""
    inserts: dict[int, str] = {}
    blanks: set[int] = set()
    apart: list[Stamp] = []
    middles = (boxes[:, 0] + boxes[:, 2]) / 2
    filler = np.fromiter((c in _BLANK_FILLERS for c in chars), dtype=bool, count=len(chars))
    for stamp in stamps:
        if not fills_a_blank(stamp_runs := runs(stamp)):
            apart.append(stamp)
            continue
        placed = False
        for (x0, top, x1, bottom), text in stamp_runs:
            same_line = _nearest_line(boxes, (x0, top, x1, bottom))
            starts = x0 + (x1 - x0) / len(text) / 4  # a stamp may start a hair left of the colon's middle (realdocs2 111)
            before, after = same_line & (middles < starts), same_line & (middles >= starts)
            if before.any():  # the first of the rightmost ends, the first of the leftmost starts
                gap = int(np.flatnonzero(before)[boxes[before, 2].argmax()]) + 1
                at = int(indexes[gap - 1]) + 1
            elif after.any():
                gap = int(np.flatnonzero(after)[boxes[after, 0].argmin()])
                at = int(indexes[gap])
            else:
                continue
            # dots and underscores sit low, their boxes a sliver: on the line where their middle is within it
            heights = (boxes[:, 1] + boxes[:, 3]) / 2
            on_line = (heights > boxes[same_line, 1].min()) & (heights < boxes[same_line, 3].max())
            blanks.update(_blank_around(gap, (same_line | on_line) & filler, indexes))
            inserts[at] = inserts.get(at, "") + f" {FORM_START}{text}{FORM_END} "
            placed = True
        if not placed:
            apart.append(stamp)
    return inserts, blanks, apart


_BLANK_FILLERS = frozenset(" ._\u2026\u2025")  # what a blank for a number or a day is printed with: dots, ellipses, underscores


def _blank_around(gap: int, filler: np.ndarray, indexes: np.ndarray) -> list[int]:
    """The stream positions of the filler characters on both sides of the gap before place ``gap`` of ``indexes``,
    unbroken."""
    first, last = gap, gap
    while first > 0 and filler[first - 1]:
        first -= 1
    while last < len(filler) and filler[last]:
        last += 1
    return indexes[first:last].tolist()


def _nearest_line(boxes: np.ndarray, run: Box) -> np.ndarray:
    """Which characters (rows of ``boxes``) make the text line a run belongs to. A widget is often drawn
    a little above or below the line's baseline, so it can overlap two lines: its line is the one with
    a character nearest it across (the blank "Số: ___" it fills), then nearest in height."""
    x0, top, x1, bottom = run
    left, tops, right, bottoms = boxes.T
    overlapping = (tops < bottom) & (bottoms > top)
    if not overlapping.any():
        return overlapping
    glyphs = overlapping & (bottoms - tops >= 1)  # spaces' boxes are a hairline
    candidates = np.flatnonzero(glyphs if glyphs.any() else overlapping)
    across = np.maximum(np.maximum(0.0, left[candidates] - x1), x0 - right[candidates])
    height = np.abs((tops[candidates] + bottoms[candidates]) / 2 - (top + bottom) / 2)
    anchor = boxes[candidates[np.lexsort((height, across))[0]]]  # nearest across, then in height; the first of equals
    overlap = np.minimum(bottoms, anchor[3]) - np.maximum(tops, anchor[1])
    return overlap >= 0.5 * np.maximum(0.1, np.minimum(bottoms - tops, anchor[3] - anchor[1]))


def from_form(line: str) -> tuple[str, bool]:
    """A line without the markers, and whether a widget drew part of it."""
    if FORM_START not in line:
        return line, False
    return line.replace(FORM_START, "").replace(FORM_END, ""), True
