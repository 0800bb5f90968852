"""Form widgets and digital signatures of a PDF: what an e-signed document shows outside its page text.

E-signed documents often carry the number and the day as signature fields' appearances drawn over the
blank "Số: ___" and "ngày ___", so the page text alone reads "Số: /QĐ-BNV" and "ngày tháng 10". Each
widget's appearance stream is laid out (pdfminer) character by character and mapped to the page, so
the reader can put every character back where it is drawn, by position, not by string order. The
signatures' signing times come from pdfium's signature objects.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass

import numpy as np

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTChar
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdftypes import dict_value, resolve1

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


def _appearance_glyphs(stream, manager: PDFResourceManager) -> tuple[list[float], list[LTChar]]:
    """The appearance's bounding box and the characters it draws, in its own coordinates (``manager``: the
    document's fonts, each parsed once)."""
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


def _placed(bbox: list[float], rect: tuple[float, float, float, float], page_height: float, chars: list[LTChar]) -> tuple[Glyph, ...]:
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
    return tuple(sorted(glyphs, key=lambda g: (round(g.top / 4), g.x0)))


def widget_stamps(page, only: frozenset[int] | None = None, fonts: PDFResourceManager | None = None) -> list[Stamp]:
    """Text drawn by a pdfplumber page's widgets' normal appearances (resolved one level at a time:
    their dictionaries point back at their parents, which a full resolve follows forever); ``only``: the
    indexes in the page's /Annots of the annotations to read (None: all); ``fonts``: the document's fonts
    as read so far (each parsed once a document)."""
    stamps = []
    height = float(page.height)
    manager = fonts or PDFResourceManager()
    for index, ref in enumerate(resolve1(page.page_obj.attrs.get("Annots")) or []):
        if only is not None and index not in only:
            continue
        try:
            annot = resolve1(ref)
            if resolve1(annot.get("Subtype")).name != "Widget":
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


def insertions(stamps: list[Stamp], indexes: np.ndarray, boxes: np.ndarray) -> dict[int, str]:
    """Where each run of widget text goes in the page's character stream: right after the character
    that ends left of it on the same line, or before the first one right of it (by position on the
    page, whatever the stream's order). A run on no line of text (a seal, a signature image's caption)
    is left out: it is no part of a line. ``indexes``: the positions in the stream of the characters
    a run may go beside, in stream order; ``boxes``: theirs (x0, top, x1, bottom), one row each."""
    inserts: dict[int, str] = {}
    middles = (boxes[:, 0] + boxes[:, 2]) / 2
    for stamp in stamps:
        for (x0, top, x1, bottom), text in runs(stamp):
            centre = (x0 + x1) / 2
            same_line = _nearest_line(boxes, (x0, top, x1, bottom))
            before, after = same_line & (middles < centre), same_line & (middles >= centre)
            if before.any():  # the first of the rightmost ends, the first of the leftmost starts
                at = int(indexes[before][boxes[before, 2].argmax()]) + 1
            elif after.any():
                at = int(indexes[after][boxes[after, 0].argmin()])
            else:
                continue
            inserts[at] = inserts.get(at, "") + f" {FORM_START}{text}{FORM_END} "
    return inserts


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
