"""PDF reader: text from pypdfium2, tables and annotations from pdfplumber, scans to OCR.

- Text comes from pypdfium2 character by character with its box, so text inside a table's area is
  left to the table and each table is placed where its first character falls in reading order.
- Tables come from pdfplumber (one per page): a cell pdfplumber reports as ``None`` is covered by a
  merged cell, which becomes a span; a table continued on the next page (same columns, header
  repeated or numbering going on) is joined into one.
- E-signed documents often carry the number and the day as a signing stamp (a signature field's
  appearance) over the blank "Số: ___" and "ngày ___": its glyphs are put back in their line by
  position (``forms.py``), and that line's block is marked ``pdf-form``; signing times are kept.
- A page number alone at the top or bottom of a page is furniture.
- A PDF with no text layer is read by OCR; so is each page whose text layer is garbage (mojibake, an
  earlier OCR that lost the marks) or holds only a stamp line over a scanned image (``textlayer.py``).
Provenance: page, line within the page's text, and the box of the block where it is known.
"""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from pipeline.errors import ReaderError
from pipeline.model import Block, BlockKind, Cell, DigitalSignature, Document, Issue, Provenance, Table
from pipeline.text import nfc

from . import forms, textlayer
from .common import grid_text, join_continued_tables, mark_page_numbers, origin_of

READER = "pdf"
MAX_PAGES = 500
_MIN_TEXT_PER_PAGE = 40  # fewer characters than this per page: a scan


# ---------------------------------------------------------------------------------------------------
# Tables


def _join_cell_lines(raw: str) -> str:
    """A cell's lines joined as the layout wrapped them (a space where the line broke at one, none inside
    a word), bullets and labels kept on lines of their own."""
    lines = [line for line in raw.replace("\r", "").split("\n") if line.strip()]
    out = ""
    for i, line in enumerate(lines):
        if i:
            starts_item = bool(re.match(r"^\s*(?:[-+•–]\s|[a-zđ]\)|\(?\d+\))", line))
            glued = _ends_mid_word(out.rstrip()) or (_TOKEN_GOES_ON.match(line) and _SYMBOL_END.search(out.rstrip()))
            out = out.rstrip() + ("\n" if starts_item else ("" if glued else " "))
        out += line
    return out.strip()


def _table(found, cell_text) -> Table:
    """A pdfplumber table with its merged cells (reported as None) turned into spans."""
    rows = found.rows
    xs = sorted({round(c[0], 1) for row in rows for c in row.cells if c})
    cells = []
    tops = [round(row.bbox[1], 1) for row in rows]
    for r, row in enumerate(rows):
        for c, bbox in enumerate(row.cells):
            if bbox is None:
                continue
            x0, top, x1, bottom = bbox
            col = xs.index(round(x0, 1)) if round(x0, 1) in xs else c
            col_span = max(1, sum(1 for x in xs if x0 - 0.5 <= x < x1 - 0.5))
            row_span = max(1, sum(1 for t in tops if top - 0.5 <= t < bottom - 0.5))
            text = cell_text(bbox)
            cells.append(Cell(row=r, col=col, row_span=row_span, col_span=col_span, text=nfc(text)))
    n_cols = max(len(xs), max((c.col + c.col_span for c in cells), default=0))
    n_rows = len(rows)
    cells = [c.model_copy(update={"row_span": min(c.row_span, n_rows - c.row), "col_span": min(c.col_span, n_cols - c.col)}) for c in cells]
    return Table(n_rows=n_rows, n_cols=n_cols, cells=cells)


# ---------------------------------------------------------------------------------------------------
# Text


def _inside(box: tuple[float, float, float, float], area: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    return area[0] <= cx <= area[2] and area[1] <= cy <= area[3]


def _page_pieces(page: pdfium.PdfPage, plumber_page, page_no: int) -> list[tuple[str, object]]:
    """The page in reading order as ("text", str) and ("table", Table) pieces."""
    height = page.get_height()
    textpage = page.get_textpage()
    n = textpage.count_chars()
    # pdfium reports a non-breaking hyphen as U+FFFE
    text = (textpage.get_text_range(0, n) if n else "").replace("\ufffe", "-")
    found = plumber_page.find_tables() if plumber_page is not None else []
    areas = [t.bbox for t in found]
    stamps = forms.widget_stamps(plumber_page) if plumber_page is not None else []
    table_at: dict[int, int] = {}
    keep = [True] * len(text)
    lines: dict[int, tuple[float, float, float, float]] = {}
    for i in range(min(n, len(text))):
        left, bottom, right, top = textpage.get_charbox(i)
        if right <= left:  # generated characters (line breaks) have no box
            continue
        box = (left, height - top, right, height - bottom)
        lines[i] = box
        for k, area in enumerate(areas):
            if _inside(box, area):
                keep[i] = False
                table_at.setdefault(k, i)
    inserts = forms.insertions(stamps, {i: box for i, box in lines.items() if keep[i]})
    # each cell's characters, in stream order, with the generated line breaks between them
    cell_chars: dict[tuple, list[str]] = {}
    cell_boxes = [tuple(c) for t in found for c in t.cells]
    last_cell = None
    for i, char in enumerate(text):
        box = lines.get(i)
        if box is None:
            if last_cell is not None:
                cell_chars[last_cell].append(char)
            continue
        last_cell = next((c for c in cell_boxes if _inside(box, c)), None)
        if last_cell is not None:
            cell_chars.setdefault(last_cell, []).append(char)

    def cell_text(bbox) -> str:
        return nfc(_join_cell_lines("".join(cell_chars.get(tuple(bbox), []))))

    pieces: list[tuple[str, object]] = []
    current: list[str] = []
    starts = {i: k for k, i in table_at.items()}
    for i, char in enumerate(text):
        if i in inserts:
            current.append(inserts[i])
        if i in starts:
            pieces.append(("text", "".join(current)))
            current = []
            pieces.append(("table", _table(found[starts[i]], cell_text)))
        if keep[i]:
            current.append(char)
    if len(text) in inserts:
        current.append(inserts[len(text)])
    pieces.append(("text", "".join(current)))
    return pieces


def read(path: Path) -> Document:
    data = Path(path).read_bytes()
    if not data:
        raise ReaderError(str(path), "empty file")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        reason = "password-protected PDF" if "password" in str(error).lower() else f"not a readable PDF ({error})"
        raise ReaderError(str(path), reason) from None
    if len(pdf) > MAX_PAGES:
        raise ReaderError(str(path), f"too many pages ({len(pdf)} > {MAX_PAGES})")
    pdf.init_forms()  # before any page is loaded: a page rendered for OCR then shows its widgets
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    total = sum(len(t.strip()) for t in texts)
    signatures = [DigitalSignature(signed_at=time) for time in forms.signing_times(pdf)]
    problems = [None] * len(pdf) if total < _MIN_TEXT_PER_PAGE * max(1, len(pdf)) else [
        textlayer.page_problem(pdf[i], text, _MIN_TEXT_PER_PAGE) for i, text in enumerate(texts)]
    if total < _MIN_TEXT_PER_PAGE * max(1, len(pdf)) or all(problems):
        from . import ocr  # OCR only when needed: it needs Tesseract

        reason = "no text layer" if total < _MIN_TEXT_PER_PAGE * max(1, len(pdf)) else problems[0]
        doc = ocr.read_pdf(path, data, pdf, reason=reason)
        return doc.model_copy(update={"signatures": signatures})
    warnings: list[Issue] = []
    blocks: list[Block] = []
    try:
        plumber = pdfplumber.open(Path(path))
    except Exception:  # pdfplumber is only needed for tables and stamps; text still reads without it
        plumber = None
    try:
        for page_no in range(1, len(pdf) + 1):
            if problem := problems[page_no - 1]:
                from . import ocr

                read = ocr.read_page(pdf[page_no - 1], page_no, path)
                blocks += [b.model_copy(update={"id": f"b{len(blocks) + k:04d}"}) for k, b in enumerate(read, start=1)]
                warnings.append(Issue(code="page_read_by_ocr", message=f"page {page_no}: {problem}; read by OCR", where={"page": page_no}))
                continue
            plumber_page = plumber.pages[page_no - 1] if plumber is not None else None
            line_no = 0
            for kind, value in _page_pieces(pdf[page_no - 1], plumber_page, page_no):
                if kind == "table" and value.n_cols == 1:  # a boxed paragraph, not data
                    kind, value = "text", "\n".join(c.text for c in value.cells)
                if kind == "table":
                    blocks.append(Block(id=f"b{len(blocks) + 1:04d}", kind=BlockKind.TABLE, orig=grid_text(value), table=value,
                                        prov=Provenance(reader=READER, page=page_no, line_start=line_no + 1, line_end=line_no + 1)))
                    continue
                for line in value.splitlines():
                    line_no += 1
                    line, drawn = forms.from_form(line.strip("\r"))
                    if line.strip():
                        blocks.append(Block(id=f"b{len(blocks) + 1:04d}", orig=nfc(line), ends_mid_word=_ends_mid_word(line),
                                            prov=Provenance(reader=forms.READER if drawn else READER, page=page_no,
                                                            line_start=line_no, line_end=line_no)))
    finally:
        if plumber is not None:
            plumber.close()
    return Document(origin=origin_of(Path(path), data, "pdf"), blocks=join_continued_tables(mark_page_numbers(blocks)),
                    signatures=signatures, warnings=warnings)


_TOKEN_BREAK = re.compile(r"(?<=[^\s.])[/\-]$")  # not "./", the end-of-text mark
# A line that goes on a symbol broken before its hyphen or slash: "…/BDVTU" | "-BCSĐUBNDTP".
_TOKEN_GOES_ON = re.compile(r"^[/\-](?=[A-ZĐ0-9])")
_SYMBOL_END = re.compile(r"[A-ZĐ0-9]$")


def _ends_mid_word(line: str) -> bool:
    """A line the layout broke inside a token: after a slash or a hyphen attached to its word
    ("03-CTr/BDVTU-" | "BCSĐUBNDTP"). A dash standing between words ("2021 -") is not one."""
    return bool(_TOKEN_BREAK.search(line.rstrip("\r")))


