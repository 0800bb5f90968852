"""DOCX reader (python-docx): paragraphs in reading order, interleaved with tables.

- Numbering that Word generates (``w:numPr``, from the paragraph or its style) is restored as the
  visible label ("I.", "1.", "a)", "-") so the section stage sees it as printed.
- Merged cells (``gridSpan`` across, ``vMerge`` down) become one Cell with its spans.
- A line break inside a paragraph (``w:br``) starts a new block, as a new line would on paper.
Provenance: ``line_start`` is the body element's position (paragraph or table) in the document.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from pipeline.errors import ReaderError
from pipeline.model import Block, BlockKind, Cell, Document, Provenance, Table
from pipeline.text import nfc

from .common import origin_of

READER = "docx"
MAX_UNCOMPRESSED = 200 * 1024 * 1024  # a DOCX that expands beyond this is refused (zip bombs)
MAX_RATIO = 200
_BULLETS = {"\uf0b7": "•", "\uf0a7": "•", "\uf0d8": "•", "\uf076": "•", "\u2022": "•", "o": "•", "\uf02d": "-", "-": "-", "–": "-"}


def _roman(n: int) -> str:
    values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, numeral in values:
        while n >= value:
            out += numeral
            n -= value
    return out


def _letter(n: int) -> str:
    return "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]


_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperLetter": lambda n: _letter(n).upper(),
    "lowerLetter": _letter,
}


class Numbering:
    """Word's list numbering: which label each numbered paragraph shows."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (format, text, start)
        self.counters: dict[str, list[int]] = {}
        # numbering given by a paragraph style, read once (python-docx's paragraph.style scans all styles)
        self.style_numbering: dict[str, object] = {}
        try:
            for style in document.styles.element.findall(qn("w:style")):
                num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
                if num_pr is not None:
                    self.style_numbering[style.get(qn("w:styleId"))] = num_pr
        except (KeyError, AttributeError, NotImplementedError):
            pass
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in node.findall(qn("w:lvl")):
                fmt = lvl.find(qn("w:numFmt"))
                text = lvl.find(qn("w:lvlText"))
                start = lvl.find(qn("w:start"))
                levels[int(lvl.get(qn("w:ilvl")))] = (
                    fmt.get(qn("w:val")) if fmt is not None else "decimal",
                    text.get(qn("w:val")) if text is not None else "",
                    int(start.get(qn("w:val"))) if start is not None else 1,
                )
            abstract[node.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None:
                self.levels[num.get(qn("w:numId"))] = abstract.get(ref.get(qn("w:val")), {})

    def label(self, paragraph: Paragraph) -> str | None:
        num_pr = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if num_pr is None:
            style = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            num_pr = self.style_numbering.get(style.get(qn("w:val"))) if style is not None else None
        if num_pr is None:
            return None
        num_id_el, ilvl_el = num_pr.find(qn("w:numId")), num_pr.find(qn("w:ilvl"))
        num_id = num_id_el.get(qn("w:val")) if num_id_el is not None else None
        ilvl = int(ilvl_el.get(qn("w:val"))) if ilvl_el is not None else 0
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return None
        counters = self.counters.setdefault(num_id, [0] * 9)
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        fmt, text, _ = levels[ilvl]
        if fmt == "bullet" or fmt == "none":
            return _BULLETS.get(text, "•") if fmt == "bullet" else None
        label = text
        for level in range(ilvl, -1, -1):
            level_fmt, _, start = levels.get(level, ("decimal", "", 1))
            value = counters[level] + start - 1 if counters[level] else start
            label = label.replace(f"%{level + 1}", _FORMATS.get(level_fmt, str)(value))
        return label.strip() or None


def _paragraph_lines(paragraph: Paragraph) -> list[str]:
    """The paragraph's text, cut at hard line breaks."""
    lines, current = [], []
    for node in paragraph._p.iter(qn("w:t"), qn("w:br"), qn("w:tab"), qn("w:cr")):
        if node.tag == qn("w:t"):
            current.append(node.text or "")
        elif node.tag == qn("w:tab"):
            current.append(" ")
        elif node.tag == qn("w:br") and node.get(qn("w:type")) in (None, "textWrapping") or node.tag == qn("w:cr"):
            lines.append("".join(current))
            current = []
    lines.append("".join(current))
    return [line for line in lines if line.strip()]


def _cell_text(cell, numbering: Numbering) -> str:
    lines = []
    for paragraph in cell.paragraphs:
        label = numbering.label(paragraph)
        texts = _paragraph_lines(paragraph)
        if label and texts:
            texts[0] = f"{label} {texts[0]}"
        lines.extend(texts)
    for inner in cell.tables:
        for row in inner.rows:
            lines.append(" ".join(c.text for c in row.cells))
    return "\n".join(lines)


def _table(table: DocxTable, numbering: Numbering) -> Table:
    rows = table.rows
    n_rows = len(rows)
    n_cols = len(table.columns)
    grid = table._cells  # one entry per grid position; a merged cell repeats the same <w:tc>
    spans: dict[int, Cell] = {}
    for index, cell in enumerate(grid):
        r, c = divmod(index, n_cols)
        key = id(cell._tc)
        if key in spans:
            first = spans[key]
            spans[key] = first.model_copy(update={
                "row_span": max(first.row_span, r - first.row + 1), "col_span": max(first.col_span, c - first.col + 1)})
        else:
            spans[key] = Cell(row=r, col=c, text=_cell_text(cell, numbering))
    return Table(n_rows=n_rows, n_cols=n_cols, cells=sorted(spans.values(), key=lambda x: (x.row, x.col)))


def read(path: Path) -> Document:
    data = Path(path).read_bytes()
    if not data:
        raise ReaderError(str(path), "empty file")
    try:
        with zipfile.ZipFile(path) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
            if expanded > MAX_UNCOMPRESSED or expanded > MAX_RATIO * max(1, len(data)):
                raise ReaderError(str(path), f"refused: expands to {expanded / 2**20:.0f} MB from {len(data) / 2**20:.1f} MB (a zip bomb?)")
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise ReaderError(str(path), f"not a readable DOCX file ({type(error).__name__}: {error})") from None
    numbering = Numbering(document)
    blocks: list[Block] = []
    for position, element in enumerate(document.element.body.iterchildren(), start=1):
        prov = Provenance(reader=READER, line_start=position, line_end=position)
        if element.tag == qn("w:p"):
            paragraph = Paragraph(element, document)
            label = numbering.label(paragraph)
            lines = _paragraph_lines(paragraph)
            if label and lines:
                lines[0] = f"{label} {lines[0]}"
            for line in lines:
                blocks.append(Block(id=f"b{len(blocks) + 1:04d}", orig=nfc(line), prov=prov))
        elif element.tag == qn("w:tbl"):
            table = _table(DocxTable(element, document), numbering)
            orig = nfc("\n".join("\t".join(row) for row in table.grid()))
            blocks.append(Block(id=f"b{len(blocks) + 1:04d}", kind=BlockKind.TABLE, orig=orig, table=table, prov=prov))
    if not blocks:
        raise ReaderError(str(path), "the DOCX file holds no text")
    return Document(origin=origin_of(Path(path), data, "docx"), blocks=blocks)
