"""Ruled tables written straight into PDF drawing operators, the way different producers draw them: each border
a thin filled rectangle a fraction of a point off its neighbours (as Word does), a box around each header word
(hidden rectangles some producers add), a header over two lines with a parent cell across its children, and a
table that goes on over a page break with its header printed again. LibreOffice, which the format-invariance
variants use, draws none of these. Drawn with pdfium: text in an embedded font, borders as path objects."""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from pathlib import Path

PAGE_WIDTH, PAGE_HEIGHT = 595, 842
ROW_HEIGHT = 28
TOP = 780
BOTTOM = 60


@dataclass
class Grid:
    """Column widths, header rows (a cell given as (text, span) spans that many columns; None is covered by a
    span from the row above) and data rows."""

    widths: list[float]
    header: list[list[object]]
    rows: list[list[str]]
    word_boxes: bool = False  # a hidden rectangle around each header word
    jitter: float = 0.0  # points each border rectangle is drawn off the grid (alternately left and right)
    dashes: tuple[float, float] = ()  # (dash, gap) in points: each border dashed or dotted, a thin filled rectangle a dash
    thickness: float = 0.5  # of each border rectangle
    pages: list[list[str]] = field(default_factory=list)


def _rect(ops: list, x: float, y: float, width: float, height: float, stroke: bool = False) -> None:
    ops.append(("rect", x, y, width, height, stroke))


def _line(ops: list, x0: float, y0: float, x1: float, y1: float) -> None:
    ops.append(("line", x0, y0, x1, y1))


def _text(ops: list, x: float, y: float, text: str, size: float = 8) -> None:
    ops.append(("text", x, y, text, size))


def _border(ops: list, x0: float, y0: float, x1: float, y1: float, dashes: tuple[float, float] = (),
            thickness: float = 0.5) -> None:
    """A border as Word draws it: a filled rectangle half a point thick (``thickness``); dashed (``dashes``: dash, gap),
    a rectangle a dash, as some producers print a dashed or dotted border."""
    vertical = abs(x1 - x0) < 1
    start, end = sorted((y0, y1) if vertical else (x0, x1))
    dash, gap = dashes or (end - start, 0.0)
    while start < end:
        length = min(dash, end - start)
        if vertical:
            _rect(ops, x0 - thickness / 2, start, thickness, length)
        else:
            _rect(ops, start, y0 - thickness / 2, length, thickness)
        start += dash + gap


def _row_ops(grid: Grid, cells: list[object], y: float, k: int) -> list:
    """One row: its cells' borders and texts. ``k`` alternates the jitter."""
    ops: list = []
    xs = [40.0]
    for w in grid.widths:
        xs.append(xs[-1] + w)
    c = 0
    while c < len(grid.widths):
        cell = cells[c]
        text, span = (cell if isinstance(cell, tuple) else (cell, 1)) if cell is not None else ("", 1)
        x0, x1 = xs[c], xs[c + span]
        off = grid.jitter if (k + c) % 2 else -grid.jitter
        drawn = dict(dashes=grid.dashes, thickness=grid.thickness)
        _border(ops, x0 + off, y, x0 + off, y - ROW_HEIGHT, **drawn)
        _border(ops, x1 - off, y, x1 - off, y - ROW_HEIGHT, **drawn)
        _border(ops, x0, y + off, x1, y + off, **drawn)
        _border(ops, x0, y - ROW_HEIGHT - off, x1, y - ROW_HEIGHT - off, **drawn)
        if text:
            for line_no, line in enumerate(str(text).split("\n")):
                _text(ops, x0 + 3, y - 10 - 9 * line_no, line)
            if grid.word_boxes:
                _rect(ops, x0 + 2, y - 13, 4.4 * len(str(text).split("\n")[0]), 11, stroke=True)
        c += span
    return ops


def write_pdf(grid: Grid, path: Path, title: str = "PHU LUC", rows_per_page: int = 20) -> Path:
    """The table on as many pages as it needs, its header printed again at the top of each page."""
    pages: list[list[str]] = []
    chunks = [grid.rows[i: i + rows_per_page] for i in range(0, len(grid.rows), rows_per_page)] or [[]]
    for p, chunk in enumerate(chunks):
        ops: list = []
        if p == 0:
            _text(ops, 40, TOP + 30, title, 11)
        y = TOP
        for k, header in enumerate(grid.header):
            ops += _row_ops(grid, header, y, k)
            y -= ROW_HEIGHT
        for k, row in enumerate(chunk):
            ops += _row_ops(Grid(grid.widths, [], [], jitter=grid.jitter, dashes=grid.dashes, thickness=grid.thickness),
                            row, y, k + 1)
            y -= ROW_HEIGHT
        _text(ops, PAGE_WIDTH / 2, 30, str(p + 1))
        pages.append(ops)
    return _write(pages, path)


def _write(pages: list[list], path: Path) -> Path:
    """The pages drawn with pdfium: text in an embedded TrueType font (Vietnamese marks and all), rules as paths."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    from pdfmaker import SERIF, _font

    pdf = pdfium.PdfDocument.new()
    font = _font(pdf, SERIF)
    for ops in pages:
        page = pdf.new_page(PAGE_WIDTH, PAGE_HEIGHT)
        for kind, *args in ops:
            if kind == "text":
                x, y, text, size = args
                obj = raw.FPDFPageObj_CreateTextObj(pdf.raw, font, size)
                encoded = (text + "\x00").encode("utf-16-le")
                raw.FPDFText_SetText(obj, ctypes.cast(ctypes.create_string_buffer(encoded), ctypes.POINTER(ctypes.c_ushort)))
                raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
            elif kind == "rect":
                x, y, width, height, stroke = args
                obj = raw.FPDFPageObj_CreateNewRect(x, y, width, height)
                raw.FPDFPath_SetDrawMode(obj, 0 if stroke else raw.FPDF_FILLMODE_ALTERNATE, bool(stroke))
            else:
                x0, y0, x1, y1 = args
                obj = raw.FPDFPageObj_CreateNewPath(x0, y0)
                raw.FPDFPath_LineTo(obj, x1, y1)
                raw.FPDFPath_SetDrawMode(obj, 0, True)
            raw.FPDFPage_InsertObject(page.raw, obj)
        page.gen_content()
    pdf.save(str(path))
    return path


def ruled_rows_pdf(path: Path, header: list[str], rows: list[list[str]], widths: tuple[float, ...] = (30, 200, 120, 90)) -> Path:
    """A table with a rule above the header, under it and under each row, and no column borders."""
    xs = [40.0]
    for w in widths:
        xs.append(xs[-1] + w)
    ops: list = []
    _text(ops, 40, TOP + 30, "PHỤ LỤC", 11)
    y = TOP
    for row in [header, *rows]:
        _line(ops, xs[0], y, xs[-1], y)
        for x, text in zip(xs, row):
            _text(ops, x + 3, y - 12, text)
        y -= ROW_HEIGHT
    _line(ops, xs[0], y, xs[-1], y)
    return _write([ops], path)
