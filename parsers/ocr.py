"""OCR reader for scanned PDFs and images (.png, .jpg, .tif): Tesseract's Vietnamese model.

Pages are rendered with pypdfium2 at 300 dpi and read by the ``tesseract`` program (run with
``OMP_THREAD_LIMIT=1``: without it a page takes several times longer on these machines). Each
recognised line is a block carrying its page, box and mean word confidence. A page that reads badly
is checked for rotation (Tesseract's orientation detection) and read again upright. Tables are found
from their ruling lines (long dark rows and columns of pixels), and the words inside each cell become
that cell's text, so a scanned annex keeps its rows.
"""

from __future__ import annotations

import csv
import io
import math
from concurrent.futures import ThreadPoolExecutor
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Iterator

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from pipeline.errors import MissingProgram, ReaderError
from pipeline.stages.parts import is_type_heading
from pipeline.model import Block, BlockKind, Cell, Document, Issue, Provenance, Table
from pipeline.text import nfc
from pipeline.stages.window import Window

from . import handwriting
from .common import grid_text, join_continued_tables, mark_page_numbers, origin_of

READER = "ocr"
DPI = 300
LANGUAGE = "vie"
INSTALL = "apt-get install -y tesseract-ocr tesseract-ocr-vie"
MAX_PIXELS = 80_000_000  # a larger image is refused rather than decompressed (decompression bombs)
# A PDF page is rendered with at most this many pixels: an A3 page at 300 dpi has 17 million. A larger page is
# rendered at the resolution that fits, with a warning, never allocated whole (a 5 m page at 300 dpi: 3.6 billion).
MAX_PAGE_PIXELS = 25_000_000
_LOW_CONFIDENCE = 60.0  # a page whose words average less is checked for rotation
_UNSURE_WORD = 60.0  # a word read with less is listed as unsure (handwritten numbers and dates)
_COLUMN_GAP = 0.06  # a gap wider than this share of the page splits a line into columns
_NOISE = 30.0  # a line whose every word is read with less is a smudge, a rule or a seal, not text
_TIMEOUT = 120


@cache
def tesseract_problem() -> str | None:
    """Why OCR cannot run here, with the command that fixes it; None when it can."""
    if shutil.which("tesseract") is None:
        return f"OCR needs Tesseract, which is not installed: {INSTALL}"
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout.split()
    if LANGUAGE not in langs:
        return f"OCR needs Tesseract's Vietnamese model, which is not installed: {INSTALL}"
    return None


def _tesseract(image: Image.Image, *args: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "page.png"
        image.save(png)
        result = subprocess.run(["tesseract", str(png), "stdout", *args], capture_output=True, text=True,
                                env={**os.environ, "OMP_THREAD_LIMIT": "1"}, timeout=_TIMEOUT)
    return result.stdout


@dataclass(frozen=True)
class Word:
    text: str
    conf: float
    left: int
    top: int
    right: int
    bottom: int
    line: tuple[int, int, int]


def read_words(image: Image.Image, psm: str = "3") -> list[Word]:
    """The words Tesseract reads, with page segmentation mode ``psm`` (3: a whole page, its columns found)."""
    words = []
    for row in csv.DictReader(io.StringIO(_tesseract(image, "-l", LANGUAGE, "--psm", psm, "tsv")), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        left, top = int(row["left"]), int(row["top"])
        words.append(Word(nfc(text), float(row["conf"]), left, top, left + int(row["width"]), top + int(row["height"]),
                          (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))))
    return words


def rotation(image: Image.Image) -> int:
    """Degrees the page must turn (clockwise) to stand upright, as far as Tesseract can tell."""
    try:
        report = _tesseract(image, "--psm", "0", "-l", "osd")
    except subprocess.SubprocessError:
        return 0
    return next((int(line.split(":")[1]) for line in report.splitlines() if line.startswith("Rotate:")), 0)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


# ---------------------------------------------------------------------------------------------------
# Tables from ruling lines


def _runs(mask: np.ndarray, min_length: int) -> list[int]:
    """Indexes of rows of ``mask`` that hold a run of True at least ``min_length`` long."""
    found = []
    for index, row in enumerate(mask):
        padded = np.concatenate(([False], row, [False]))
        edges = np.flatnonzero(padded[1:] != padded[:-1])
        if len(edges) and (edges[1::2] - edges[::2]).max(initial=0) >= min_length:
            found.append(index)
    return found


def _group(indexes: list[int], gap: int = 4) -> list[int]:
    """Centres of groups of neighbouring indexes (a ruling line is a few pixels thick)."""
    groups: list[list[int]] = []
    for i in indexes:
        if groups and i - groups[-1][-1] <= gap:
            groups[-1].append(i)
        else:
            groups.append([i])
    return [int(_mean(g)) for g in groups]


@dataclass(frozen=True)
class Grid:
    ys: list[int]
    xs: list[int]
    dark: np.ndarray

    def has_vertical(self, x: int, top: int, bottom: int) -> bool:
        band = self.dark[top + 3 : bottom - 3, max(0, x - 3) : x + 4].any(axis=1)
        return band.size == 0 or band.mean() > 0.8

    def has_horizontal(self, y: int, left: int, right: int) -> bool:
        band = self.dark[max(0, y - 3) : y + 4, left + 3 : right - 3].any(axis=0)
        return band.size == 0 or band.mean() > 0.8


def find_grid(image: Image.Image) -> Grid | None:
    dark = np.asarray(image.convert("L")) < 140
    height, width = dark.shape
    ys = _group(_runs(dark, int(width * 0.3)))
    if len(ys) < 3:
        return None
    top, bottom = ys[0], ys[-1]
    xs = _group(_runs(dark[top:bottom].T, int((bottom - top) * 0.5)))
    if len(xs) < 3:
        return None
    return Grid(ys, xs, dark)


def grid_table(grid: Grid, words: list[Word]) -> tuple[Table, list[float]]:
    """Cells between ruling lines; a missing rule between two cells merges them."""
    n_rows, n_cols = len(grid.ys) - 1, len(grid.xs) - 1
    owner = [[(r, c) for c in range(n_cols)] for r in range(n_rows)]
    for r in range(n_rows):
        for c in range(1, n_cols):
            if not grid.has_vertical(grid.xs[c], grid.ys[r], grid.ys[r + 1]):
                owner[r][c] = owner[r][c - 1]
    for r in range(1, n_rows):
        for c in range(n_cols):
            if owner[r][c] == (r, c) and not grid.has_horizontal(grid.ys[r], grid.xs[c], grid.xs[c + 1]):
                owner[r][c] = owner[r - 1][c]
    texts: dict[tuple[int, int], list[Word]] = {}
    for word in words:
        cx, cy = (word.left + word.right) / 2, (word.top + word.bottom) / 2
        r = next((i for i in range(n_rows) if grid.ys[i] <= cy < grid.ys[i + 1]), None)
        c = next((j for j in range(n_cols) if grid.xs[j] <= cx < grid.xs[j + 1]), None)
        if r is not None and c is not None:
            texts.setdefault(owner[r][c], []).append(word)
    cells = []
    for r0, c0 in sorted({o for row in owner for o in row}):
        covered = [(r, c) for r in range(n_rows) for c in range(n_cols) if owner[r][c] == (r0, c0)]
        row_span = max(r for r, _ in covered) - r0 + 1
        col_span = max(c for _, c in covered) - c0 + 1
        cell_words = sorted(texts.get((r0, c0), []), key=lambda w: (w.top // 20, w.left))
        cells.append(Cell(row=r0, col=c0, row_span=row_span, col_span=col_span, text=_lines_text(cell_words)))
    confidences = [w.conf for ws in texts.values() for w in ws if w.conf >= 0]
    return Table(n_rows=n_rows, n_cols=n_cols, cells=cells), confidences


def _lines_text(words: list[Word]) -> str:
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        if word.text in ("|", "||", "[", "]"):  # a ruling line read as a character
            continue
        lines.setdefault(word.line, []).append(word)
    ordered = sorted(lines.values(), key=lambda ws: (min(w.top for w in ws), min(w.left for w in ws)))
    return "\n".join(" ".join(w.text for w in sorted(ws, key=lambda w: w.left)) for ws in ordered)


# ---------------------------------------------------------------------------------------------------


def page_blocks(page: Image.Image, page_no: int, first_id: int, scale: float) -> list[Block]:
    """The blocks of one page image as rendered (in colour: the number and date lines are checked for
    handwriting in it); the text is read with the seal and the signature's ink taken out."""
    image = without_seal(page)
    words = read_words(image)
    if _mean([w.conf for w in words if w.conf >= 0]) < _LOW_CONFIDENCE or len(words) < 5:
        if angle := rotation(image):
            page, image = page.rotate(-angle, expand=True, fillcolor="white"), image.rotate(-angle, expand=True)
            words = read_words(image)
    grid = find_grid(image)
    in_table: list[Word] = []
    if grid is not None:
        left, top, right, bottom = grid.xs[0], grid.ys[0], grid.xs[-1], grid.ys[-1]
        in_table = [w for w in words if left <= (w.left + w.right) / 2 <= right and top <= (w.top + w.bottom) / 2 <= bottom]
    blocks: list[Block] = []
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        if word not in in_table:
            lines.setdefault(word.line, []).append(word)
    lines = {key: ws for key, ws in lines.items() if any(w.conf >= _NOISE for w in ws)}
    ordered = sorted(lines.values(), key=lambda ws: (min(w.top for w in ws), min(w.left for w in ws)))
    table_placed = grid is None
    for n, line_words in enumerate(in_column_order(ordered, image.width), start=1):
        top = min(w.top for w in line_words)
        if not table_placed and top > grid.ys[0]:
            blocks.append(_table_block(grid, in_table, page_no, first_id + len(blocks), n))
            table_placed = True
        line_words.sort(key=lambda w: w.left)
        box = (min(w.left for w in line_words) / scale, top / scale, max(w.right for w in line_words) / scale,
               max(w.bottom for w in line_words) / scale)
        confidence = _mean([w.conf for w in line_words if w.conf >= 0])
        unsure = [w.text for w in line_words if 0 <= w.conf < _UNSURE_WORD]
        text = " ".join(w.text for w in line_words)
        blocks.append(Block(id=f"b{first_id + len(blocks):04d}", orig=text,
                            prov=Provenance(reader=READER, page=page_no, line_start=n, line_end=n, bbox=box,
                                            ocr_confidence=round(confidence, 1), ocr_unsure=unsure,
                                            handwritten=_handwritten(page, line_words, text, scale))))
    if not table_placed:
        blocks.append(_table_block(grid, in_table, page_no, first_id + len(blocks), len(lines) + 1))
    return blocks


def _handwritten(page: Image.Image, words: list[Word], text: str, scale: float) -> list[dict]:
    """The fill-in fields of a number or date line that are handwritten (see parsers/handwriting.py)."""
    kind = handwriting.line_kind(text)
    if kind is None:
        return []
    box = (min(w.left for w in words), min(w.top for w in words), max(w.right for w in words), max(w.bottom for w in words))
    return [{"field": f.name, "bbox": [round(v / scale, 1) for v in f.box], "reason": f.reason}
            for f in handwriting.line_fields(page, box, kind, text) if f.handwritten]


def _segments(words: list[Word], width: int) -> list[list[Word]]:
    """A line cut where a gap is wider than a column gutter (two columns read as one line)."""
    words = sorted(words, key=lambda w: w.left)
    segments = [[words[0]]]
    for word in words[1:]:
        if word.left - segments[-1][-1].right > _COLUMN_GAP * width:
            segments.append([])
        segments[-1].append(word)
    return segments


def in_column_order(lines: list[list[Word]], width: int) -> list[list[Word]]:
    """Lines with a left and a right column (the header: issuer | motto; the closing: recipients |
    signature) are read left column first, as on the page. Inside such a zone a line with words on one
    side only belongs to that side; a line across the middle ends the zone."""
    result: list[list[Word]] = []
    left: list[list[Word]] = []
    right: list[list[Word]] = []
    middle = width / 2
    for words in lines:
        segments = _segments(words, width)
        if is_type_heading(" ".join(w.text for w in words)):  # "KẾ HOẠCH" under the header ends its columns
            result += left + right + segments
            left, right = [], []
            continue
        two_columns = len(segments) == 2 and segments[0][-1].right < middle < segments[1][0].left + width * 0.1
        if two_columns:
            left.append(segments[0])
            right.append(segments[1])
            continue
        if (left or right) and len(segments) == 1:
            words_ = segments[0]
            if words_[-1].right < middle:
                left.append(words_)
                continue
            if words_[0].left > middle - width * 0.1:
                right.append(words_)
                continue
        result += left + right
        left, right = [], []
        result += segments
    return result + left + right


def _table_block(grid: Grid, words: list[Word], page_no: int, block_id: int, line: int) -> Block:
    table, confidences = grid_table(grid, words)
    return Block(id=f"b{block_id:04d}", kind=BlockKind.TABLE, orig=grid_text(table), table=table,
                 prov=Provenance(reader=READER, page=page_no, line_start=line, line_end=line,
                                 ocr_confidence=round(_mean(confidences), 1)))


def without_seal(image: Image.Image) -> Image.Image:
    """Grayscale with red ink (the seal, stamped over the signer's title and name) and blue ink (the
    signature) removed: Tesseract reads the typed black text under them far better."""
    rgb = np.asarray(image.convert("RGB")).astype(np.int16)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    coloured = ((r - np.maximum(g, b)) > 50) | ((b - np.maximum(r, g)) > 50)
    gray = np.asarray(image.convert("L")).copy()
    gray[coloured] = 255
    return Image.fromarray(gray)


def otsu_threshold(values: np.ndarray) -> int:
    """The grey level that best splits ``values`` (uint8) in two classes (Otsu's method)."""
    share = np.bincount(values.ravel(), minlength=256) / max(1, values.size)
    below, mean_below = np.cumsum(share), np.cumsum(share * np.arange(256))
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mean_below[-1] * below - mean_below) ** 2 / (below * (1 - below))
    return int(np.argmax(np.nan_to_num(between, nan=-1.0)))


_GREY_MARKS = 0.10  # share of a crop's ink that is grey and apart from the black print: a seal or a signature


def dark_ink(gray: Image.Image) -> Image.Image | None:
    """A grayscale crop with only its black print, when grey marks lie over it: a greyscale scan shows a red seal and
    a blue signature as mid-grey rings and strokes that cross the typed lines. The ink is split in two levels (Otsu on
    the page, then on its ink); grey pixels that lie apart from black ones (not the edges of letters) must be at least
    _GREY_MARKS of the ink. None when there are no such marks (black print only, or marks as black as the print)."""
    pixels = np.asarray(gray)
    paper = otsu_threshold(pixels)
    ink = pixels <= paper
    if ink.sum() < 100:
        return None
    black = pixels <= otsu_threshold(pixels[ink])
    from scipy import ndimage  # only for a crop read again

    apart = ink & ~black & ~ndimage.binary_dilation(black, iterations=2)
    if apart.sum() < _GREY_MARKS * ink.sum():
        return None
    return Image.fromarray(np.where(black, 0, 255).astype(np.uint8))


def render_scale(page: pdfium.PdfPage) -> float:
    """Pixels per point to render a page at: 300 dpi, or less for a page so large that 300 dpi would exceed
    MAX_PAGE_PIXELS."""
    width, height = page.get_size()
    scale = DPI / 72
    if width * height * scale * scale > MAX_PAGE_PIXELS:
        scale = math.sqrt(MAX_PAGE_PIXELS / (width * height))
    return scale


def rendered(path: Path, pdf: pdfium.PdfDocument, warnings: list[Issue]) -> Iterator[tuple[int, Image.Image, float]]:
    """(page number, image in colour, scale) for each page, rendered when asked for, one at a time (pdfium is not
    thread-safe, and a page rendered holds ~25 MB). A page rendered below 300 dpi adds a warning."""
    for page_no in range(1, len(pdf) + 1):
        page = pdf[page_no - 1]
        scale = render_scale(page)
        if scale < DPI / 72:
            width, height = (round(side / 72 * 25.4) for side in page.get_size())
            warnings.append(Issue(code="page_downscaled", where={"page": page_no},
                                  message=f"page {page_no} is {width}×{height} mm: read at {scale * 72:.0f} dpi instead of {DPI}, "
                                          f"small text may be unreadable"))
        try:
            image = page.render(scale=scale).to_pil()
        except pdfium.PdfiumError as error:
            raise ReaderError(str(path), f"page {page_no} cannot be rendered for OCR ({error})") from None
        yield page_no, image, scale


def read_pdf(path: Path, data: bytes, pdf: pdfium.PdfDocument, reason: str) -> Document:
    if problem := tesseract_problem():
        raise MissingProgram(str(path), f"{reason}: {problem}")
    warnings: list[Issue] = []
    threads = max(1, os.cpu_count() or 1)
    # Tesseract runs as a separate process, so threads read several pages at once; a page is rendered only when a
    # thread is about to be free, so one page more than threads is held rendered at most (a 40-page scan took 515 MB)
    with ThreadPoolExecutor(max_workers=threads) as pool:
        pages = list(Window(pool, lambda item: page_blocks(item[1], item[0], 1, item[2]), rendered(path, pdf, warnings), threads + 1))
    blocks: list[Block] = []
    for page in pages:
        blocks += [b.model_copy(update={"id": f"b{len(blocks) + k:04d}"}) for k, b in enumerate(page, start=1)]
    return Document(origin=origin_of(Path(path), data, "pdf-ocr"), blocks=join_continued_tables(mark_page_numbers(blocks)),
                    warnings=warnings)


# A signature block read again on its own: full-page segmentation mixes it with the recipients' column beside it, and a
# seal breaks its lines. A crop of the column alone, read as one column of lines (psm 4) or one block of text (psm 6),
# at a higher resolution, gives them back.
REGION_DPI = 400
REGION_MODES = ("6", "4")


def _page_image(path: Path, page_no: int) -> tuple[Image.Image, float] | None:
    """Page ``page_no`` of a PDF (rendered at REGION_DPI) or of an image file, with its pixels per unit of the blocks'
    boxes (points in a PDF, pixels in an image); None when the file or the page cannot be read again."""
    try:
        if Path(path).suffix.lower() == ".pdf":
            pdf = pdfium.PdfDocument(str(path))
            page = pdf[page_no - 1]
            scale = min(REGION_DPI / 72, render_scale(page) * REGION_DPI / DPI)
            return page.render(scale=scale).to_pil(), scale
        image = Image.open(path)
        _check_size(path, image)
        image.seek(page_no - 1)
        return image.convert("RGB"), 1.0
    except (OSError, IndexError, EOFError, ReaderError, pdfium.PdfiumError, Image.DecompressionBombError):
        return None


def read_region(path: Path, page_no: int, box: tuple[float, float, float, float]) -> list[list[Block]]:
    """The lines of one region of a page (``box`` in the units of the blocks' boxes), read again without the seal's and
    the signature's ink (coloured, then grey), once per mode of REGION_MODES: one list of blocks per reading, empty when
    the page cannot be read again."""
    page = _page_image(path, page_no)
    if page is None or tesseract_problem():
        return []
    image, scale = page
    left, top = max(0, int(box[0] * scale)), max(0, int(box[1] * scale))
    crop = without_seal(image.crop((left, top, min(image.width, int(box[2] * scale)), min(image.height, int(box[3] * scale)))))
    readings = []
    for crop, psm in [(image, psm) for image in (crop, dark_ink(crop)) if image is not None for psm in REGION_MODES]:
        lines: dict[tuple[int, int, int], list[Word]] = {}
        for word in read_words(crop, psm):
            lines.setdefault(word.line, []).append(word)
        blocks = []
        for n, words in enumerate(sorted(lines.values(), key=lambda ws: min(w.top for w in ws)), start=1):
            words.sort(key=lambda w: w.left)
            bbox = ((left + words[0].left) / scale, (top + min(w.top for w in words)) / scale,
                    (left + max(w.right for w in words)) / scale, (top + max(w.bottom for w in words)) / scale)
            blocks.append(Block(id=f"r{n:04d}", orig=" ".join(w.text for w in words),
                                prov=Provenance(reader=READER, page=page_no, line_start=n, line_end=n, bbox=bbox,
                                                ocr_confidence=round(_mean([w.conf for w in words if w.conf >= 0]), 1),
                                                ocr_unsure=[w.text for w in words if 0 <= w.conf < _UNSURE_WORD])))
        readings.append(blocks)
    return readings


def _check_size(path: Path, image: Image.Image) -> None:
    """Refuse an image (or a frame of one) over MAX_PIXELS before it is decompressed: Pillow only warns below
    twice its own limit."""
    if image.width * image.height > MAX_PIXELS:
        raise ReaderError(str(path), f"image too large ({image.width}×{image.height} pixels, "
                                     f"over {MAX_PIXELS / 1e6:.0f} million): not decompressed")


def read_page(page: pdfium.PdfPage, page_no: int, path: Path) -> list[Block]:
    """One scanned page of a PDF whose other pages have a text layer."""
    if problem := tesseract_problem():
        raise MissingProgram(str(path), f"page {page_no} is scanned: {problem}")
    scale = render_scale(page)
    return page_blocks(page.render(scale=scale).to_pil(), page_no, 1, scale)


def read(path: Path) -> Document:
    """An image file: every frame of a multi-page TIFF is a page."""
    data = Path(path).read_bytes()
    if not data:
        raise ReaderError(str(path), "empty file")
    if problem := tesseract_problem():
        raise MissingProgram(str(path), problem)
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow refuses only twice this; each frame is measured below
    try:
        image = Image.open(io.BytesIO(data))
        _check_size(path, image)
        image.load()
    except (OSError, Image.DecompressionBombError, SyntaxError) as error:
        raise ReaderError(str(path), f"not a readable image ({type(error).__name__}: {error})") from None
    blocks: list[Block] = []
    for page_no in range(1, getattr(image, "n_frames", 1) + 1):
        image.seek(page_no - 1)
        _check_size(path, image)
        blocks += page_blocks(image.convert("RGB"), page_no, len(blocks) + 1, 1.0)
    return Document(origin=origin_of(Path(path), data, "image"), blocks=blocks)
