"""Handwriting in a scan's number and date lines: the digits a clerk writes into a typed blank.

An office types "Số:      /QĐ-UBND" and "Hà Nội, ngày    tháng 10 năm 2025", then writes the number
and the day in by hand when the document is signed. Tesseract reads such digits with any confidence
(a handwritten '932' reads '322' at 85-92, a typed Arial number reads right at 32), so confidence
tells nothing. The image does: typed digits are glyphs of the line's own face, as tall as its
capitals (or its typed year), as dark, with strokes as wide, in the same black. Handwritten digits
differ in at least one of these, or are in coloured ink. Each fill-in field of such a line is
measured against the typed glyphs of the same line; a field that does not match them, or that
cannot be measured, is reported as handwritten (better unread than misread).

Character boxes come from Tesseract's ``makebox`` on the line alone (a fraction of a second, and only
for the lines that look like a number or a date line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from PIL import Image

from pipeline.text import fold

from .tesseract import run_tesseract, run_tesseract_pages

# A typed field's glyphs match the line's typed glyphs within these bounds (measured with
# scripts/handwriting_scores.py on the typed scans of the samples in two faces and on the real scans).
MAX_HEIGHT_RATIO = 1.09  # tallest glyph of the field / typical typed glyph
MIN_HEIGHT_RATIO = 0.85
MAX_DARKER = 18.0  # mean grey of the field's ink below the typed ink's (pen and marker ink are darker)
MAX_LIGHTER = 25.0
MAX_STROKE_RATIO = 1.6  # the field's stroke width / the typed glyphs'
MAX_COLOUR = 25.0  # mean chroma of the field's ink above the typed ink's (blue or violet pen)
_INK = 150  # grey below which a pixel is ink
_COLOURED_INK = 40  # chroma above which a light pixel is ink too (blue ink is light in grey)
_TIMEOUT = 60
_MIN_SPECK = 12  # pixels (300 dpi): smaller blots are dust, not writing
# The blank read again alone, digits only: (scale, Tesseract page segmentation: 7 a line, 8 a word). Typed figures
# read the same every way (the real scans' typed numbers and days did, and 4 faces of type on 4 scans) but for a
# figure dropped now and then; a hand's 9 or 1 reads as 3 or 7 one way and right another. Twice the size as a line is
# left out: it drops typed figures most ('4' read '', '09' read '9', '71' read '1').
_ALONE_READINGS = ((1.0, "7"), (1.0, "8"), (0.5, "7"), (0.5, "8"), (2.0, "8"))
_ALONE_MARGIN = 10  # pixels of white round the blank's ink

# OCR reads the label's capital S small now and then ("số: /Z0/QĐ-UBND", a page turned 3 degrees): with its colon it
# is the label still (a body line that starts "số 28/QĐ-TTg" has none), but only before a number and a symbol with its
# type code ("/QĐ-UBND"): a body line "số: 45 ngày 12/3", "số: 1.200/1.500 hộ", "so: 12/KH" is no number line.
NUMBER_LINE = re.compile(r"^\s*(?:S[ốôoóồỐ6][:.]?|s[ốôoóồ6]\s*[:.](?=\s*[^\s/]*\s*/(?:[^\s/]*/)*\s*[A-ZĐ][A-Za-zĐđ]*-[A-ZĐ]))\s*")
# The label, its colon and a symbol with no slash before it: the slash and the handwritten figures read as a letter
# or nothing ("Số: IQĐ-UBND", blue ink on a turned page); fields() then marks the blank it cannot bound.
# Letters only before the hyphen: an old number typed without a slash ("Số: 95-CP") is no misread blank.
_SLASH_MISREAD = re.compile(r"^\s*[Ss][ốôoóồỐ6]\s*:\s*[^\W\d]*-[A-ZĐ]")
# A place and "ngày" (OCR often glues the handwritten day to it: "ngày30", and drops the comma).
DATE_LINE = re.compile(r"^(?P<place>[^,]{0,40}?)[\s,.:]*ng[àa]y", re.IGNORECASE)
_DATE_WORDS = re.compile(r"ngay.*thang.*nam")  # folded: the typed words of the fill-in date
_MAX_LINE = 80  # characters: a number or date line is short (both together, glued by OCR, are ~50)
_TAILED = set("QJ")  # capitals whose tail reaches below the line


@dataclass(frozen=True)
class Glyph:
    char: str
    left: int
    top: int
    right: int
    bottom: int


@dataclass(frozen=True)
class Ink:
    """What the ink of some glyphs looks like."""

    height: float
    grey: float
    stroke: float
    chroma: float


@dataclass(frozen=True)
class Field:
    """A fill-in field of a number or date line: where it is (pixels of the page image) and whether
    its glyphs are handwritten, with the reason."""

    name: str  # "number" | "day" | "month" | "year"
    box: tuple[int, int, int, int]
    handwritten: bool
    reason: str


def line_kind(text: str) -> str | None:
    if len(text) > _MAX_LINE:
        return None
    if NUMBER_LINE.match(text) and ("/" in text or _SLASH_MISREAD.match(text)):
        return "number"
    date = DATE_LINE.match(text)
    if date and _DATE_WORDS.search(fold(text)) and _is_place(date.group("place")):
        return "date"
    return None


def _is_place(text: str) -> bool:
    """A place name as a date line starts with ("Hà Nội", "TP. Hồ Chí Minh"; empty when OCR lost it),
    not the start of a sentence ("Căn cứ Luật … ngày …")."""
    words = [w for w in re.split(r"[\s,.:()]+", text) if w]
    return len(words) <= 6 and all(w[0].isalpha() and w[0].isupper() for w in words)


def makebox(image: Image.Image) -> list[Glyph]:
    """Tesseract's character boxes for one line image, top-down pixel coordinates."""
    boxes = run_tesseract(image, "-l", "vie", "--psm", "7", "makebox", timeout=_TIMEOUT)
    glyphs = []
    for row in boxes.splitlines():
        parts = row.split(" ")
        if len(parts) < 6 or not parts[0]:
            continue
        left, bottom, right, top = (int(v) for v in parts[1:5])
        glyphs.append(Glyph(parts[0], left, image.height - top, right, image.height - bottom))
    return glyphs


def _ink_mask(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    pixels = rgb.astype(np.int32)
    grey = (pixels[..., 0] * 299 + pixels[..., 1] * 587 + pixels[..., 2] * 114) // 1000
    chroma = pixels.max(axis=2) - pixels.min(axis=2)
    return (grey < _INK) | ((chroma > _COLOURED_INK) & (grey < 215)), grey, chroma


def _stroke(mask: np.ndarray) -> float:
    """Stroke width: twice the distance to the background along the strokes' middle."""
    from scipy import ndimage

    distance = ndimage.distance_transform_edt(mask)
    ridge = mask & (ndimage.maximum_filter(distance, 3) == distance)
    return float(2 * np.median(distance[ridge])) if ridge.any() else 0.0


def measure(rgb: np.ndarray, glyphs: list[Glyph]) -> Ink | None:
    """The ink of some glyphs: the tallest glyph's ink height, and the mean grey, stroke and chroma of
    all their ink. None when they hold no ink."""
    heights, greys, chromas, masks = [], [], [], []
    for g in glyphs:
        crop = rgb[max(0, g.top) : g.bottom, max(0, g.left) : g.right]
        if crop.size == 0:
            continue
        mask, grey, chroma = _ink_mask(crop)
        if mask.sum() < 4:
            continue
        rows = np.flatnonzero(mask.any(axis=1))
        heights.append(rows[-1] - rows[0] + 1)
        greys.append(grey[mask])
        chromas.append(chroma[mask])
        masks.append(mask)
    if not heights:
        return None
    stroke = float(np.median([_stroke(m) for m in masks]))
    return Ink(float(max(heights)), float(np.concatenate(greys).mean()), stroke, float(np.concatenate(chromas).mean()))


def _marks_on_line(rgb: np.ndarray, box: tuple[int, int, int, int], band: tuple[int, int],
                   whole: bool = False) -> tuple[np.ndarray, list[tuple[int, int, int, int]]] | None:
    """The marks of ink (connected strokes) in a region of the line whose centres lie on the line's band (rows
    ``band``), specks of dust and the letters of the lines above and below left out: a mask of the kept ink
    and their boxes (left, top, right, bottom). ``whole``: marks whole (labelled across the line), kept where their centre lies in the
    region, so a letter beside it that reaches in (an italic 'y', a slanted 't') is not cut into a mark of its
    own. None when the region holds no such mark."""
    from scipy import ndimage

    left, top, right, bottom = box
    start, stop = (0, rgb.shape[1]) if whole else (max(0, left), right)
    crop = rgb[max(0, top) : bottom, start:stop]
    if crop.size == 0:
        return None
    mask, _, _ = _ink_mask(crop)
    labels, count = ndimage.label(mask, structure=np.ones((3, 3)))
    if not count:
        return None
    sizes = ndimage.sum_labels(mask, labels, index=np.arange(1, count + 1))
    kept, boxes = np.zeros_like(mask), []
    for index, (size, (rows, cols)) in enumerate(zip(sizes, ndimage.find_objects(labels)), start=1):
        on_line = band[0] <= (rows.start + rows.stop) / 2 + max(0, top) <= band[1]
        inside = not whole or left <= (cols.start + cols.stop) / 2 + start < right
        if size >= _MIN_SPECK and on_line and inside:
            kept |= labels == index
            boxes.append((cols.start, rows.start, cols.stop, rows.stop))
    return (kept, boxes) if boxes else None


def measure_region(rgb: np.ndarray, box: tuple[int, int, int, int], band: tuple[int, int]) -> Ink | None:
    """The ink in a region of the line (a fill-in blank) whose marks are centred on the line's band
    (rows ``band``). None when the blank holds no ink."""
    marks = _marks_on_line(rgb, box, band)
    if marks is None:
        return None
    kept = marks[0]
    left, top, right, bottom = box
    _, grey, chroma = _ink_mask(rgb[max(0, top) : bottom, max(0, left) : right])
    rows = np.flatnonzero(kept.any(axis=1))
    return Ink(float(rows[-1] - rows[0] + 1), float(grey[kept].mean()), _stroke(kept), float(chroma[kept].mean()))


def count_figures(rgb: np.ndarray, box: tuple[int, int, int, int], band: tuple[int, int]) -> int:
    """How many figures the ink of a blank holds. A figure, typed or written, is one connected mark, or on a poor
    scan a glyph broken into pieces that lie over one another (a '6' as its bowl and its stem): marks that share
    half the narrower one's width are one figure. Figures less than half as tall as the tallest (a stray dot)
    do not count."""
    marks = _marks_on_line(rgb, box, band, whole=True)
    if marks is None:
        return 0
    figures: list[list[int]] = []  # left, top, right, bottom
    for left, top, right, bottom in sorted(marks[1]):
        last = figures[-1] if figures else None
        if last and min(last[2], right) - left >= 0.5 * min(last[2] - last[0], right - left):
            last[1:] = [min(last[1], top), max(last[2], right), max(last[3], bottom)]
        else:
            figures.append([left, top, right, bottom])
    tallest = max(bottom - top for _, top, _, bottom in figures)
    return sum(bottom - top >= tallest / 2 for _, top, _, bottom in figures)


def alone_images(rgb: np.ndarray, box: tuple[int, int, int, int], band: tuple[int, int]) -> list[tuple[Image.Image, str]]:
    """A blank's marks of ink (as ``count_figures`` takes them) in black on white, as each way of ``_ALONE_READINGS``
    reads them: (image, Tesseract page segmentation). Empty when the blank holds no ink."""
    marks = _marks_on_line(rgb, box, band, whole=True)
    if marks is None:
        return []
    kept = marks[0]
    rows, cols = np.flatnonzero(kept.any(axis=1)), np.flatnonzero(kept.any(axis=0))
    ink = np.where(kept[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1], 0, 255).astype(np.uint8)
    blank = Image.fromarray(np.pad(ink, _ALONE_MARGIN, constant_values=255))
    return [(blank if scale == 1 else blank.resize((max(1, round(blank.width * scale)), max(1, round(blank.height * scale))),
                                                   Image.LANCZOS), psm)
            for scale, psm in _ALONE_READINGS]


def readings_alone(rgb: np.ndarray, box: tuple[int, int, int, int], band: tuple[int, int]) -> set[str]:
    """The figures of a blank read on their own, digits only, each way of ``_ALONE_READINGS`` (``alone_images``): one
    Tesseract process a page segmentation, for all its sizes. Empty when the blank holds no ink."""
    images = alone_images(rgb, box, band)
    found = set()
    for psm in dict.fromkeys(psm for _, psm in images):
        texts = run_tesseract_pages([image for image, way in images if way == psm], "-l", "eng", "--psm", psm,
                                    "-c", "tessedit_char_whitelist=0123456789", timeout=_TIMEOUT)
        found.update("".join(text.split()) for text in texts)
    return found


def _other_figures(alone: set[str], reading: str) -> bool:
    """Whether the readings alone doubt ``reading``: one of them, as many figures long, gives other figures, or none
    gives it. A reading that drops a figure (a typed '4' read as nothing) says nothing of which figures they are:
    their count is the ink's to tell (``count_figures``)."""
    return reading not in alone or any(len(other) == len(reading) and other != reading for other in alone)


def typical(rgb: np.ndarray, glyphs: list[Glyph]) -> Ink | None:
    """The typed glyphs' ink, with the median height (one odd box does not move it)."""
    inks = [ink for g in glyphs if (ink := measure(rgb, [g])) is not None]
    if not inks:
        return None
    return Ink(*(float(np.median([getattr(i, name) for i in inks])) for name in ("height", "grey", "stroke", "chroma")))


def judge(field: Ink | None, typed: Ink | None) -> tuple[bool, str]:
    """(handwritten, reason) for a field's ink against the typed glyphs' ink of its line."""
    if field is None:
        return False, "blank"
    if typed is None or typed.height == 0:
        return True, "no typed glyphs on the line to compare with"
    ratio = field.height / typed.height
    if not MIN_HEIGHT_RATIO <= ratio <= MAX_HEIGHT_RATIO:
        return True, f"glyphs {ratio:.2f}× the height of the typed ones"
    if typed.grey - field.grey > MAX_DARKER or field.grey - typed.grey > MAX_LIGHTER:
        return True, f"ink grey {field.grey:.0f}, typed {typed.grey:.0f}"
    if typed.stroke and field.stroke / typed.stroke > MAX_STROKE_RATIO:
        return True, f"strokes {field.stroke / typed.stroke:.2f}× as wide as the typed ones"
    if field.chroma - typed.chroma > MAX_COLOUR:
        return True, "coloured ink"
    stroke = field.stroke / typed.stroke if typed.stroke else 1.0
    return False, (f"typed (height {ratio:.2f}×, grey {field.grey - typed.grey:+.0f}, stroke {stroke:.2f}×, "
                   f"chroma {field.chroma - typed.chroma:+.0f})")


def _find(glyphs: list[Glyph], word: str, start: int = 0) -> tuple[int, int] | None:
    """(first, after-last) glyph indexes of the first ``word`` (folded) at or after glyph ``start``."""
    starts, text = [], ""
    for g in glyphs[start:]:
        starts.append(len(text))
        text += fold(g.char) or g.char
    at = text.find(fold(word))
    if at < 0:
        return None
    end = at + len(fold(word))
    first = max(i for i, s in enumerate(starts) if s <= at)
    after = next((i for i, s in enumerate(starts) if s >= end), len(starts))
    return start + first, start + after


def ocr_readings(text: str, kind: str) -> dict[str, str]:
    """What the page's OCR read in each field of a number or date line ("Số: 932/QĐ-TTg" -> number '932')."""
    if kind == "number":
        found = re.match(r"^\s*[Ss]\S?\s*[:.]?\s*(?P<number>[^/]*)/", text)  # "số:" as NUMBER_LINE takes it
        return {"number": found.group("number").strip()} if found else {}
    found = re.search(r"ng[àa]y\s*[:.]?(?P<day>.*?)th[áa]ng(?P<month>.*?)n[ăa]m\s*(?P<year>\S*)", text, re.IGNORECASE)
    return {name: value.strip() for name, value in found.groupdict().items()} if found else {}


# The blanks a clerk fills in by hand, whose figures are counted (the month and the year follow words whose
# letters a poor scan breaks into marks of their own: the last leg of "năm"'s 'm').
_FILLED_IN = ("number", "day")
_DIGITS = {"number": re.compile(r"^\d{1,6}$"), "day": re.compile(r"^\d{1,2}$"), "month": re.compile(r"^\d{1,2}$"),
           "year": re.compile(r"^\d{4}$")}


def fields(rgb: np.ndarray, glyphs: list[Glyph], kind: str, readings: dict[str, str] | None = None) -> list[Field]:
    """The fill-in fields of a number line (the blank between "Số:" and "/") or a date line (the blanks
    after "ngày" and "tháng", and the year after "năm"), each judged against the typed glyphs of the
    same line. A blank is measured as a region of the image, so ink that OCR did not read as text
    (blue ink, faint pencil) is measured too. A field is typed only if its ink matches the typed glyphs
    and both readings of it (the page's OCR, ``readings``, and this line's) are the same digits:
    handwriting that happens to match the type in size and ink is rarely read the same way twice. When it
    is, a number or day must still have as many digits as its blank holds figures of ink ('1740' written
    thin at the type's height was read '772' both ways), and read the same again when its blank is read alone,
    digits only, at three sizes ('914' written thin was read '374' both ways, '914' or '974' alone)."""
    height, width = rgb.shape[0], rgb.shape[1]
    if not glyphs:  # nothing to compare with: better unread than misread
        return [Field("number" if kind == "number" else "day", (0, 0, width, height), True, "no characters found on the line")]
    # Tesseract's box for the letter before a handwritten field often swallows the field ("ngày03"):
    # a glyph is taken as at most 1.5 typical glyph widths wide.
    widest = 1.5 * float(np.median([g.right - g.left for g in glyphs]))
    band = (min(g.top for g in glyphs), max(g.bottom for g in glyphs))

    def region(after: Glyph | None, before: Glyph | None) -> tuple[int, int, int, int]:
        left = min(after.right, int(after.left + widest)) + 1 if after else 0
        right = max(before.left, int(before.right - widest)) - 1 if before else width
        return left, 0, max(left + 1, right), height

    def judged(name: str, box: tuple[int, int, int, int], typed: Ink | None) -> Field | None:
        ink = measure_region(rgb, box, band)
        if ink is None:
            return None  # left blank
        handwritten, reason = judge(ink, typed)
        if not handwritten and readings is not None:
            line_reading = "".join(g.char for g in glyphs if box[0] <= (g.left + g.right) / 2 <= box[2])
            page_reading = readings.get(name, "").replace(" ", "")
            if not _DIGITS[name].match(line_reading) or line_reading != page_reading:
                handwritten, reason = True, f"read as '{page_reading}' and '{line_reading}'"
            elif name in _FILLED_IN and (figures := count_figures(rgb, box, band)) != len(line_reading):
                # a figure read twice or left out: both readings agreeing on it does not make it right
                handwritten, reason = True, f"{len(line_reading)} digits read, {figures} figures of ink"
            elif name in _FILLED_IN and _other_figures(alone := readings_alone(rgb, box, band), line_reading):
                # a hand's figure read as another by both readings alike ('914' as '374'): read alone it differs
                handwritten, reason = True, f"read as '{line_reading}', alone as {', '.join(repr(r) for r in sorted(alone))}"
        return Field(name, box, handwritten, reason)

    found: list[Field | None] = []
    if kind == "number":
        start = next((i + 1 for i, g in enumerate(glyphs[:4]) if g.char in ":."), 2)
        # the slash that opens the symbol (a handwritten 1 is often read as another '/')
        slashes = [i for i in range(start, len(glyphs)) if glyphs[i].char == "/"]
        opening = [i for i in slashes if i + 1 < len(glyphs) and glyphs[i + 1].char.isupper()]
        slash = (opening or slashes or [None])[-1]
        if slash is None:
            return [Field("number", region(glyphs[start - 1], None), True, "no '/' found to tell the number from the symbol")]
        typed = [g for g in glyphs[slash + 1 :] if g.char.isupper() and g.char.isalpha() and g.char not in _TAILED]
        typed += [g for g in glyphs[:start] if g.char == "S"]
        found.append(judged("number", region(glyphs[start - 1], glyphs[slash]), typical(rgb, typed)))
        return [f for f in found if f]
    day = _find(glyphs, "ngày")
    month = _find(glyphs, "tháng", day[1]) if day else None
    year = _find(glyphs, "năm", month[1]) if month else None
    if not (day and month and year):
        return [Field("day", (0, 0, width, height), True, "the words of the date line were not read")]
    year_end = _year_end(glyphs, year[1])
    # the typed year is the best reference: the same digits in the same face; else the line's capitals
    letters = [g for g in glyphs[: day[0]] if g.char.isupper() and g.char.isalpha() and g.char not in _TAILED]
    year_ink = typical(rgb, glyphs[year[1] : year_end])
    reference = year_ink if year_ink is not None else typical(rgb, letters)
    found.append(judged("day", region(glyphs[day[1] - 1], glyphs[month[0]]), reference))
    found.append(judged("month", region(glyphs[month[1] - 1], glyphs[year[0]]), reference))
    if year_ink is not None and letters:
        found.append(judged("year", region(glyphs[year[1] - 1], None if year_end >= len(glyphs) else glyphs[year_end]),
                            typical(rgb, letters)))
    return [f for f in found if f]


def _year_end(glyphs: list[Glyph], start: int) -> int:
    end = start
    while end < len(glyphs) and glyphs[end].char.isdigit():
        end += 1
    return end


def line_fields(image: Image.Image, box: tuple[int, int, int, int], kind: str, text: str, pad: int = 12) -> list[Field]:
    """The fields of one number or date line of a page image (colour, as rendered) whose page OCR read
    ``text``; boxes in page pixels."""
    left, top, right, bottom = max(0, box[0] - pad), max(0, box[1] - pad), min(image.width, box[2] + pad), min(image.height, box[3] + pad)
    # sliced as an array: PIL's crop applies the decompression-bomb limit, which a caller may have lowered
    page = image if image.mode == "RGB" else image.convert("RGB")
    rgb = np.ascontiguousarray(np.asarray(page)[top:bottom, left:right])
    glyphs = makebox(Image.fromarray(rgb).convert("L"))
    return [Field(f.name, (f.box[0] + left, f.box[1] + top, f.box[2] + left, f.box[3] + top), f.handwritten, f.reason)
            for f in fields(rgb, glyphs, kind, ocr_readings(text, kind))]
