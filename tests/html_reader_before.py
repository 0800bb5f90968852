"""The HTML reader as it was at commit 717c052, before the speed work of issue 20 item 5, kept only so that
tests/test_html_same.py can show the reader of today gives the same Document on every page, generated or real.
Not imported by the project. Its site data is the XPath expressions of that commit, written here."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from lxml import etree

from pipeline.errors import ReaderError
from pipeline.model import Block, BlockKind, Cell, Document, Layer, Provenance, Table
from pipeline.resources import json_data
from pipeline.text import nfc

from parsers.common import frame_cells, origin_of
from parsers.txt import EIGHT_BIT, decode, sniff

READER = "html"
_DROP = ("script", "style", "noscript", "svg", "iframe", "template", "head", "button", "input", "select", "form")
_BLOCK = frozenset("p div h1 h2 h3 h4 h5 h6 li dt dd blockquote pre section article header footer ul ol dl center address".split())
# An element's text, its descendants' included (lxml.html's ``text_content``).
_text_content = etree.XPath("string()", smart_strings=False)


CONTAINERS = (
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' ant-tabs-tabpane-active ')]",
    "//*[@id='toanvancontent']",
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' content1 ')]",
    "//*[@id='divContentDoc']",
    "//*[@id='noidungvanban']",
)
SITE_HEADINGS = ("//*[contains(@class, 'lawDocumentHeader_title')]",)


@cache
def _containers() -> tuple[etree.XPath, ...]:
    return tuple(etree.XPath(x) for x in CONTAINERS)


@cache
def _label_classes() -> frozenset[str]:
    return frozenset(json_data("html_containers.json").get("label_classes", []))


@cache
def _no_document() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in json_data("html_containers.json")["no_document"])


def _collapsed(text: str) -> str:
    """Whitespace runs to one space. A break some sites print escaped, the four characters "\\r\\n", is whitespace too."""
    if "\\r\\n" in text:
        text = text.replace("\\r\\n", " ")
    return " ".join(text.split())


class _Builder:
    """Walks the element tree in document order, cutting text into blocks."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.line: int | None = None

    def _add(self, orig: str, prov: Provenance, kind: BlockKind = BlockKind.PARAGRAPH, table: Table | None = None) -> None:
        # positional arguments: this runs once per block of pages of thousands
        self.blocks.append(Block(f"b{len(self.blocks) + 1:04d}", orig, prov, kind, Layer.BODY, None, table))

    def flush(self) -> None:
        if self.parts:
            # NFC here, block by block: the page itself is not normalised (see _parse)
            text = _collapsed("".join(self.parts))
            if text:
                text = nfc(text)
                self._add(text, Provenance(READER, None, self.line, self.line))
            self.parts = []
        self.line = None

    def text(self, value: str | None, element=None) -> None:
        """Text of the page; the element it belongs to gives the block's line (read only for a block's first text:
        lxml computes it on each access)."""
        if value:
            if self.line is None and value.strip():
                self.line = None if element is None else element.sourceline
            self.parts.append(value)

    def walk(self, element) -> None:
        tag = element.tag
        if not isinstance(tag, str):  # comments and processing instructions
            self.text(element.tail)
            return
        if tag == "table":
            self.flush()
            if (frame := _framed(element)) is not None:  # a table used as a frame around another: what it holds
                for cell in frame:
                    self.text(cell.text, cell)
                    for child in cell:
                        self.walk(child)
                    self.flush()
            else:
                self.table(element)
        elif tag == "br":
            self.flush()
        else:
            block = tag in _BLOCK
            if block:
                self.flush()
            self.text(element.text, element)
            for child in element:
                self.walk(child)
            if (classes := element.get("class")) and not _label_classes().isdisjoint(classes.split()):
                self.parts.append(": ")
            if block:
                self.flush()
        self.text(element.tail, element)

    def table(self, element) -> None:
        cells: list[Cell] = []
        taken: set[tuple[int, int]] = set()
        rows = [tr for tr in element.iter("tr") if tr.getparent() is not None and _owning_table(tr) is element]
        n_cols = 0
        for r, tr in enumerate(rows):
            c = 0
            for td in tr:
                tag = td.tag
                if tag != "td" and tag != "th":
                    continue
                while (r, c) in taken:
                    c += 1
                # most cells span nothing: no call to read their spans, one position taken (this runs for every cell)
                row_span = 1 if (value := td.get("rowspan")) is None else _span(value)
                col_span = 1 if (value := td.get("colspan")) is None else _span(value)
                if row_span == col_span == 1:
                    taken.add((r, c))
                else:
                    taken.update((r + dr, c + dc) for dr in range(row_span) for dc in range(col_span))
                cells.append(Cell(r, c, row_span, col_span, _cell_text(td), tag == "th"))
                c += col_span
            n_cols = max(n_cols, c)
        n_rows = max((cell.row + cell.row_span for cell in cells), default=0)
        if not cells:
            return
        # a rowspan past the last row is cut to it (a copy only of the cells that need it: tables have thousands)
        cells = [c if c.row + c.row_span <= n_rows else c.model_copy(update={"row_span": n_rows - c.row}) for c in cells]
        table = Table(n_rows=n_rows, n_cols=n_cols, cells=cells)
        orig = "\n".join("\t".join(row) for row in table.grid())
        line = element.sourceline
        self._add(orig, Provenance(READER, None, line, rows[-1].sourceline if rows else line), BlockKind.TABLE, table)


def _framed(table):
    """The cells of a table used as a frame around another table (``parsers.common.frame_cells``), or None."""
    if not any(inner is not table for inner in table.iter("table")):  # most tables hold none: settled in one C walk
        return None
    rows = [[td for td in tr if td.tag in ("td", "th")] for tr in table.iter("tr") if _owning_table(tr) is table]
    return frame_cells(rows, lambda td: any(True for _ in td.iter("table")), lambda td: bool("".join(td.itertext()).strip()))


def _owning_table(tr):
    parent = tr.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _span(value: str | None) -> int:
    if value is None:  # most cells span nothing
        return 1
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


class _Lines(_Builder):
    """A builder that keeps only the text of the blocks it cuts (a cell's lines): no Block made for each."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def _add(self, orig: str, prov: Provenance, kind: BlockKind = BlockKind.PARAGRAPH, table: Table | None = None) -> None:
        self.lines.append(orig)


def _cell_text(td) -> str:
    """A cell's paragraphs, one per line (nested tables flattened)."""
    if len(td) == 0:  # text alone, as most cells hold: the one line the builder below would cut
        text = _collapsed(td.text or "")
        return nfc(text) if text else ""
    inner = _Lines()
    inner.text(td.text, td)
    for child in td:
        if child.tag == "table":
            inner.flush()
            for tr in child.iter("tr"):
                inner.text(" ".join(_text_content(x) for x in tr if x.tag in ("td", "th")), tr)
                inner.flush()
            inner.text(child.tail)
        else:
            inner.walk(child)
    inner.flush()
    return "\n".join(inner.lines)


def container(root):
    for xpath in _containers():
        for element in xpath(root):
            if _text_content(element).strip():
                return element
    body = root.find("body")
    return body if body is not None else root


def site_heading(root, document):
    """The element where the site names the document it shows ("Nghị định số 35/2026/NĐ-CP Quy định …"), when it is
    outside the document's container; None on other sites."""
    for xpath in _site_headings():
        for element in xpath(root):
            words = _text_content(element).split()
            if words and not any(a is document for a in (element, *element.iterancestors())) \
                    and not _printed_in(words, _text_content(document)):  # not when the page prints it anyway
                return element
    return None


def _printed_in(words: list[str], text: str) -> bool:
    """Whether the words appear in ``text`` one after the other, any whitespace between them: the same answer as
    looking for them in the text with its whitespace collapsed, without rebuilding the document's whole text."""
    return re.search(r"\s+".join(map(re.escape, words)), text) is not None


@cache
def _site_headings() -> tuple[etree.XPath, ...]:
    return tuple(etree.XPath(x) for x in SITE_HEADINGS)


def _parse(data: bytes, path: str):
    """The page's element tree and the parser that built it. An 8-bit page goes to lxml as bytes (decoding and
    normalising the whole page first would cost half as much again as the parse); when they are not valid
    UTF-8, or for UTF-16 and pages with a byte-order mark, the page is decoded as a text file is."""
    codec, _ = sniff(data, path)
    if codec == EIGHT_BIT:
        parser = etree.HTMLParser(encoding="utf-8")
        root = _tree(data, parser, path)
        if not any(error.type_name == "ERR_INVALID_ENCODING" for error in parser.error_log):
            return root, parser
    text, _ = decode(data, path)
    # as UTF-8 bytes again: lxml refuses a str that starts with an XML declaration (XHTML pages)
    parser = etree.HTMLParser(encoding="utf-8")
    return _tree(text.encode("utf-8"), parser, path), parser


def _tree(source: bytes | str, parser, path: str):
    try:
        root = etree.fromstring(source, parser)
    except (etree.ParserError, ValueError) as error:
        raise ReaderError(path, f"not an HTML page: {error}") from None
    if root is None:
        raise ReaderError(path, "not an HTML page: Document is empty")
    return root


def read(path: Path) -> Document:
    data = Path(path).read_bytes()
    root, parser = _parse(data, str(path))
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        # libxml2 stops building the tree 256 elements deep and drops what is deeper, silently
        raise ReaderError(str(path), "HTML nested too deeply (over 255 elements inside each other): its text cannot be read whole")
    etree.strip_elements(root, *_DROP, with_tail=False)
    builder = _Builder()
    document = container(root)
    builder.walk(document)
    builder.flush()
    blocks = builder.blocks
    if (heading := site_heading(root, document)) is not None:  # the site's own name of the document, above it
        text = nfc(" ".join(_text_content(heading).split()))  # "b0000": the document's blocks keep their ids
        blocks = [Block(id="b0000", orig=text, layer=Layer.FURNITURE,  # the site's text, no part of the document
                        prov=Provenance(reader=READER, line_start=heading.sourceline, line_end=heading.sourceline)), *blocks]
    if not blocks or any(p.search(blocks[0].orig) for p in _no_document()):
        raise ReaderError(str(path), "the page holds no document (" + (blocks[0].orig[:60] if blocks else "no text") + ")")
    return Document(origin=origin_of(Path(path), data, "html"), blocks=blocks)
