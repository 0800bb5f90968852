"""Ruled tables written straight into PDF drawing operators, the way different producers draw them: each border
a thin filled rectangle a fraction of a point off its neighbours (as Word does), a box around each header word
(hidden rectangles some producers add), a header over two lines with a parent cell across its children, and a
table that goes on over a page break with its header printed again. LibreOffice, which the format-invariance
variants use, draws none of these. Text is ASCII in Helvetica: role words still fold to the vocabulary
("Chu tri" is "chủ trì" folded)."""

from __future__ import annotations

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
    pages: list[list[str]] = field(default_factory=list)


def _text(x: float, y: float, text: str, size: float = 8) -> str:
    safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /F1 {size} Tf {x:.2f} {y:.2f} Td ({safe}) Tj ET"


def _border(x0: float, y0: float, x1: float, y1: float) -> str:
    """A border as Word draws it: a filled rectangle half a point thick."""
    if abs(x1 - x0) < 1:
        return f"{x0 - 0.25:.2f} {min(y0, y1):.2f} 0.5 {abs(y1 - y0):.2f} re f"
    return f"{min(x0, x1):.2f} {y0 - 0.25:.2f} {abs(x1 - x0):.2f} 0.5 re f"


def _row_ops(grid: Grid, cells: list[object], y: float, k: int) -> list[str]:
    """One row: its cells' borders and texts. ``k`` alternates the jitter."""
    ops = []
    left = 40.0
    xs = [left]
    for w in grid.widths:
        xs.append(xs[-1] + w)
    c = 0
    while c < len(grid.widths):
        cell = cells[c]
        text, span = (cell if isinstance(cell, tuple) else (cell, 1)) if cell is not None else ("", 1)
        x0, x1 = xs[c], xs[c + span]
        off = grid.jitter if (k + c) % 2 else -grid.jitter
        if cell is not None or True:
            ops += [_border(x0 + off, y, x0 + off, y - ROW_HEIGHT), _border(x1 - off, y, x1 - off, y - ROW_HEIGHT)]
            ops += [_border(x0, y + off, x1, y + off), _border(x0, y - ROW_HEIGHT - off, x1, y - ROW_HEIGHT - off)]
        if text:
            for line_no, line in enumerate(str(text).split("\n")):
                ops.append(_text(x0 + 3, y - 10 - 9 * line_no, line))
            if grid.word_boxes and cells is not None:
                width = 4.4 * len(str(text).split("\n")[0])
                ops.append(f"{x0 + 2:.2f} {y - 13:.2f} {width:.2f} 11 re S")
        c += span
    return ops


def write_pdf(grid: Grid, path: Path, title: str = "PHU LUC", rows_per_page: int = 20) -> Path:
    """The table on as many pages as it needs, its header printed again at the top of each page."""
    pages: list[list[str]] = []
    chunks = [grid.rows[i: i + rows_per_page] for i in range(0, len(grid.rows), rows_per_page)] or [[]]
    for p, chunk in enumerate(chunks):
        ops = [_text(40, TOP + 30, title, 11)] if p == 0 else []
        y = TOP
        for k, header in enumerate(grid.header):
            ops += _row_ops(grid, header, y, k)
            y -= ROW_HEIGHT
        for k, row in enumerate(chunk):
            ops += _row_ops(Grid(grid.widths, [], [], jitter=grid.jitter), row, y, k + 1)
            y -= ROW_HEIGHT
        ops.append(_text(PAGE_WIDTH / 2, 30, str(p + 1)))
        pages.append(ops)
    return _write(pages, path)


def _write(pages: list[list[str]], path: Path) -> Path:
    objects: list[bytes] = []
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for ops in pages:
        stream = "\n".join(ops).encode("latin-1")
        number = len(objects) + 1
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] /Contents {number + 1} 0 R "
                       f"/Resources << /Font << /F1 3 0 R >> >> >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def ruled_rows_pdf(path: Path, header: list[str], rows: list[list[str]], widths: tuple[float, ...] = (30, 200, 120, 90)) -> Path:
    """A table with a rule above the header, under it and under each row, and no column borders."""
    xs = [40.0]
    for w in widths:
        xs.append(xs[-1] + w)
    ops = [_text(40, TOP + 30, "PHU LUC", 11)]
    y = TOP
    for row in [header, *rows]:
        ops.append(f"{xs[0]:.2f} {y:.2f} m {xs[-1]:.2f} {y:.2f} l S")
        ops += [_text(x + 3, y - 12, text) for x, text in zip(xs, row)]
        y -= ROW_HEIGHT
    ops.append(f"{xs[0]:.2f} {y:.2f} m {xs[-1]:.2f} {y:.2f} l S")
    return _write([ops], path)
