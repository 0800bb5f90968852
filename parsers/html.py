"""HTML reader: the document inside a web page, as paragraphs and real tables.

Legal sites wrap a document in menus, scripts and attribute panels (the pages of the national legal database are
about 1 MB, the document a few kB of it, and 80% of the bytes two inline images and 15% style sheets, which are cut
out of the bytes before the parse when the tree shows that changed nothing else: see _cut). The container that holds
the document is found with the XPath expressions in ``pipeline/data/html_containers.json`` (else the whole body),
scripts and styles are dropped, and each block-level element or ``<br>``-separated line becomes a block; a
``<table>`` becomes a Table with its rowspan/colspan kept as spans. lxml is used directly: it is the parser
BeautifulSoup would use, about three times faster on these pages, and gives source lines; its plain elements, not
lxml.html's (whose element classes are looked up in Python for every element touched).
"""

from __future__ import annotations

import re
import string
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lxml import etree

from pipeline.errors import ReaderError
from pipeline.model import Block, BlockKind, Cell, Document, Layer, Origin, Provenance, Table
from pipeline.resources import json_data
from pipeline.legacy_fonts import converted_by_font, may_be_legacy, soft_hyphens_kept
from pipeline.text import nfc, without_junk

from . import is_web_archive
from .common import frame_cells, is_note_mark_after_figure, origin_of
from .txt import EIGHT_BIT, decode, sniff

READER = "html"
_DROP = ("script", "style", "noscript", "svg", "iframe", "template", "head", "button", "input", "select", "form")
_BLOCK = frozenset("p div h1 h2 h3 h4 h5 h6 li dt dd blockquote pre section article header footer ul ol dl center address".split())
# Elements whose text a browser shows in bold: a heading with no number is often told only by that ("<p><b>Mục tiêu</b></p>")
_BOLD_TAGS = frozenset("b strong h1 h2 h3 h4 h5 h6".split())
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.IGNORECASE)
# A page break before or after an element, as Word's web pages print one ("<br clear=all style='page-break-before:
# always'>") and CSS does ("break-before: page"): the next block starts a page (an annexed table's caption at its top).
_PAGE_BREAK_STYLE = re.compile(r"(?<![\w-])(?:page-)?break-(?P<side>before|after)\s*:\s*(?:always|page|left|right|recto|verso)", re.IGNORECASE)
# An element's text, its descendants' included (lxml.html's ``text_content``).
_text_content = etree.XPath("string()", smart_strings=False)


@cache
def _containers() -> tuple[etree.XPath, ...]:
    return tuple(etree.XPath(x) for x in json_data("html_containers.json")["containers"])


@cache
def _label_classes() -> frozenset[str]:
    return frozenset(json_data("html_containers.json").get("label_classes", []))


@cache
def _no_document() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in json_data("html_containers.json")["no_document"])


def _collapsed(text: str) -> str:
    """Whitespace runs to one space, characters that print nothing dropped. A break some sites print escaped, the four
    characters "\\r\\n", is whitespace too."""
    if "\\r\\n" in text:
        text = text.replace("\\r\\n", " ")
    text = text.strip()
    # Half the texts have no whitespace inside but single spaces: printable means no other whitespace (every other
    # character str.split cuts at is a control or a separator), so they are collapsed already, with no list of words.
    if text.isprintable() and "  " not in text:
        return text
    # what prints nothing (a control character, a zero-width space, a BOM: none is printable) goes, as in the other readers
    return " ".join(without_junk(text).split())


class _Builder:
    """Walks the element tree in document order, cutting text into blocks. (``parts`` is cleared, never replaced, so
    a walk keeps it in a local.)"""

    __slots__ = ("blocks", "parts", "line", "labels", "bold_depth", "plain", "page")

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.line: int | None = None  # set only with a part: no parts, no line
        self.labels = _label_classes()
        self.bold_depth = 0  # how many bold elements the walk is inside
        self.plain = False  # the block being cut holds text outside any bold element
        self.page = False  # a page break stands before the next block

    def _add(self, orig: str, prov: Provenance, kind: BlockKind = BlockKind.PARAGRAPH, table: Table | None = None,
             bold: bool = False) -> None:
        # positional arguments: this runs once per block of pages of thousands
        self.blocks.append(Block(f"b{len(self.blocks) + 1:04d}", orig, prov, kind, Layer.BODY, None, table, bold=bold,
                                 starts_page=self.page))
        self.page = False

    def flush(self) -> None:
        parts = self.parts
        if parts:
            # NFC here, block by block: the page itself is not normalised (see _parse)
            text = _collapsed("".join(parts))
            parts.clear()
            if text:
                text = nfc(text)
                self._add(text, Provenance(READER, None, self.line, self.line), bold=not self.plain)
        self.line = None
        self.plain = False

    def text(self, value: str | None, element=None) -> None:
        """Text of the page; the element it belongs to gives the block's line (read only for a block's first text:
        lxml computes it on each access). Whitespace before a block's first text is not kept: collapsing would drop
        it, and most of it is the line breaks between blocks, which would each be a block of nothing to collapse."""
        if value:
            if self.line is None:
                if value.isspace():
                    if not self.parts:
                        return
                elif element is not None:
                    self.line = element.sourceline
            if not self.bold_depth and not self.plain and not value.isspace():
                self.plain = True
            self.parts.append(value)

    def walk(self, element) -> None:
        tag = element.tag
        if tag.__class__ is not str:  # comments and processing instructions
            self.text(element.tail)
            return
        parts = self.parts
        breaks = None
        if (style := element.get("style")) is not None and "break-" in style:
            breaks = {m.group("side").lower() for m in _PAGE_BREAK_STYLE.finditer(style)}
            if "before" in breaks:
                if parts:
                    self.flush()
                self.page = True
        if tag == "table":
            if parts:
                self.flush()
            # most tables hold none: settled in one C walk, and their rows are all the rows below them
            nested = any(inner is not element for inner in element.iter("table"))
            if nested and (frame := _framed(element)) is not None:  # a table used as a frame around another: what it holds
                for cell in frame:
                    self.text(cell.text, cell)
                    for child in cell:
                        self.walk(child)
                    self.flush()
            else:
                self.table(element, nested)
        elif tag == "br":
            if parts:
                self.flush()
        elif tag == "sup" and parts and len(element) == 0 and is_note_mark_after_figure(parts[-1], element.text or ""):
            pass  # a note's mark after a figure: left out (parsers/common.py)
        else:
            block = tag in _BLOCK
            if block and parts:
                self.flush()
            bold = tag in _BOLD_TAGS or (style is not None and _BOLD_STYLE.search(style) is not None)
            self.bold_depth += bold
            self.text(element.text, element)
            for child in element:
                self.walk(child)
            if (labels := self.labels) and (classes := element.get("class")) and not labels.isdisjoint(classes.split()):
                parts.append(": ")  # _labelled(element, labels), in line: this runs for every element
            if block and parts:
                self.flush()
            self.bold_depth -= bold
        if breaks and "after" in breaks:
            if parts:
                self.flush()
            self.page = True
        self.text(element.tail, element)

    def table(self, element, nested: bool) -> None:
        """A table; ``nested``: whether it holds tables in its cells (whose rows are not its own)."""
        cells: list[Cell] = []
        # The positions a cell spanning rows takes in the rows below its own: a cell's own row needs none, as each
        # cell of a row starts after the one before it. Most tables have none, and no lookup per cell then.
        below: set[tuple[int, int]] = set()
        rows = _own_rows(element) if nested else list(element.iter("tr"))
        n_rows = n_cols = 0
        for r, tr in enumerate(rows):
            c = 0
            for td in tr:
                tag = td.tag
                if tag != "td" and tag != "th":
                    continue
                if below:
                    while (r, c) in below:
                        c += 1
                # most cells span nothing: no call to read their spans (this runs for every cell)
                row_span = 1 if (value := td.get("rowspan")) is None else _span(value)
                col_span = 1 if (value := td.get("colspan")) is None else _span(value)
                if row_span > 1:
                    below.update((r + dr, c + dc) for dr in range(1, row_span) for dc in range(col_span))
                    n_rows = max(n_rows, r + row_span)
                cells.append(Cell(r, c, row_span, col_span, _cell_text(td), tag == "th"))
                c += col_span
            n_cols = max(n_cols, c)
            if c:
                n_rows = max(n_rows, r + 1)
        if not cells:
            return
        # a rowspan past the last row is cut to it (a copy only of the cells that need it: tables have thousands)
        cells = [c if c.row + c.row_span <= n_rows else c.model_copy(update={"row_span": n_rows - c.row}) for c in cells]
        table = Table(n_rows=n_rows, n_cols=n_cols, cells=cells)
        orig = "\n".join("\t".join(row) for row in table.grid())
        line = element.sourceline
        self._add(orig, Provenance(READER, None, line, rows[-1].sourceline if rows else line), BlockKind.TABLE, table)


def _framed(table) -> list | None:
    """The cells of a table used as a frame around another table (``frame_cells``), or None."""
    return frame_cells([[td for td in tr if td.tag in ("td", "th")] for tr in _own_rows(table)],
                       lambda td: any(True for _ in td.iter("table")), lambda td: bool("".join(td.itertext()).strip()))


def _own_rows(table) -> list:
    """The rows of a table, not those of the tables in its cells."""
    return [tr for tr in table.iter("tr") if _owning_table(tr) is table]


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

    __slots__ = ("lines",)

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def _add(self, orig: str, prov: Provenance, kind: BlockKind = BlockKind.PARAGRAPH, table: Table | None = None,
             bold: bool = False) -> None:
        self.lines.append(orig)


def _cell_text(td) -> str:
    """A cell's paragraphs, one per line (nested tables flattened)."""
    # Most cells hold text alone, or in one element of text alone (<td><p>…</p></td>): the one line the builder
    # below would cut, without it.
    if len(td) == 0:
        return _line(td.text)
    if len(td) == 1 and len(child := td[0]) == 0 and child.tag.__class__ is str and child.tag not in ("table", "br") \
            and _blank(td.text) and _blank(child.tail) and not _labelled(child, _label_classes()):
        return _line(child.text)
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


def _line(text: str | None) -> str:
    text = _collapsed(text or "")
    return nfc(text) if text else ""


def _blank(text: str | None) -> bool:
    return not text or text.isspace()


def _labelled(element, labels: frozenset[str]) -> bool:
    """Whether the element's class names a label (': ' goes after its text)."""
    return bool(labels) and bool(classes := element.get("class")) and not labels.isdisjoint(classes.split())


def container(root):
    return _container(root)[0]


def _container(root) -> tuple:
    """The document's element and, when a site's container was found, its text (read to tell it holds some; kept for
    site_heading, which reads it again on the pages that have both), else None."""
    for xpath in _containers():
        for element in xpath(root):
            if (text := _text_content(element)).strip():
                return element, text
    body = root.find("body")
    return (body if body is not None else root), None


def site_heading(root, document, document_text: str | None = None):
    """The element where the site names the document it shows ("Nghị định số 35/2026/NĐ-CP Quy định …"), when it is
    outside the document's container; None on other sites. ``document_text``: the container's text, if read already."""
    for xpath in _site_headings():
        for element in xpath(root):
            words = _text_content(element).split()
            if words and not any(a is document for a in (element, *element.iterancestors())):
                if document_text is None:
                    document_text = _text_content(document)
                if not _printed_in(words, document_text):  # not when the page prints it anyway
                    return element
    return None


def _printed_in(words: list[str], text: str) -> bool:
    """Whether the words appear in ``text`` one after the other, any whitespace between them: the same answer as
    looking for them in the text with its whitespace collapsed, without rebuilding the document's whole text."""
    return re.search(r"\s+".join(map(re.escape, words)), text) is not None


@cache
def _site_headings() -> tuple[etree.XPath, ...]:
    return tuple(etree.XPath(x) for x in json_data("html_containers.json").get("site_headings", []))


_PER_THREAD = threading.local()


def _parser() -> etree.HTMLParser:
    """One parser per thread, used for every page: a new parser starts a new libxml2 context and dictionary of
    names, which cost more than a small page's parse (lxml.html keeps one too). Its error log is the last parse's."""
    parser = getattr(_PER_THREAD, "parser", None)
    if parser is None:
        parser = _PER_THREAD.parser = etree.HTMLParser(encoding="utf-8")
    return parser


def _parse(data: bytes, path: str, nonce: str):
    """The page's element tree and the parser that built it. An 8-bit page goes to lxml as bytes (decoding and
    normalising the whole page first would cost half as much again as the parse), without its inline files and
    style sheets (see _cut); when they are not valid UTF-8, or for UTF-16 and pages with a byte-order mark, the page
    is decoded as a text file is. ``nonce``: text no page holds (from the page's own hash)."""
    cut = _cut(data, nonce)
    # the values and sheets cut out hold no control character (_INLINE_BYTES, _SHEET_BYTES): counted in the rest alone
    codec, _ = sniff(data, path, counted=cut[0])
    parser = _parser()
    if codec == EIGHT_BIT:
        root = _tree_without_inline_files(data, parser, path, nonce, cut)
        if not any(error.type_name == "ERR_INVALID_ENCODING" for error in parser.error_log):
            return root, parser
    text, _ = decode(data, path)
    # as UTF-8 bytes again: lxml refuses a str that starts with an XML declaration (XHTML pages)
    return _tree(text.encode("utf-8"), parser, path), parser


# Inline files: an attribute value "data:<type>;base64,<the file>" (images drawn in the page). Two logos of 420 kB
# each are 80% of the bytes of every page of the national legal database, and of lxml's time to parse one: the
# reader reads no such value (only text, class, id and spans), so they are cut out before the parse.
_INLINE_MARK = b";base64,"
_INLINE_START = b'="data:'  # the value's start, a few bytes before the mark (its media type between)
_INLINE_NAMES = (b"href", b"src")  # attributes that hold files (src, href, xlink:href), none the reader reads
_INLINE_MIN, _INLINE_MAX = 4096, 1_000_000  # worth cutting; far below libxml2's limit (10 MB), whose error would change the parse
# What such a value is made of: base64 and a media type. No quote, "&", "<", space or line break: nothing that could
# end the value early, stand for another character or count as a line (the lines of the blocks stay the same).
_INLINE_BYTES = (string.ascii_letters + string.digits + "+/=:;,.-_%").encode("ascii")
# Whether an attribute's whole value is $value: a node-set compared with a string, several times quicker than
# counting the attributes a predicate keeps (count(//@*[. = $value])).
_HOLDS_VALUE = etree.XPath("//@* = $value")


# The last values found made of _INLINE_BYTES alone: a site's pages carry the same files (the two logos of every page of
# the national legal database), and comparing a value with one checked before (memcmp) costs a few percent of checking
# its every byte again (a tenth of the reader's work on those pages). A value is kept only once checked, so any value
# equal to one kept passes; at most _CHECKED_KEPT values of at most _INLINE_MAX bytes are kept in a worker.
_CHECKED_VALUES: list[bytes] = []
_CHECKED_KEPT = 4


def _made_of(data: bytes, start: int, end: int, allowed: bytes = _INLINE_BYTES, checked: list[bytes] = _CHECKED_VALUES,
             kept: int = _CHECKED_KEPT) -> bool:
    """Whether ``data[start:end]`` is made of the bytes ``allowed`` alone (_INLINE_BYTES, or _SHEET_BYTES with their
    own list of the values ``checked``)."""
    for value in checked:
        if len(value) == end - start and data.startswith(value, start):
            return True
    value = data[start:end]
    if value.translate(None, allowed):
        return False
    checked[:] = [value, *checked[: kept - 1]]  # one assignment: threads see a whole list
    return True


def _without_inline_files(data: bytes, prefix: str) -> tuple[bytes, list[str]]:
    """The page with each long inline file's value (double-quoted, of href or src) replaced by a placeholder of its
    own (``prefix`` and its number), and the placeholders. A cheap test first: without ";base64," the page is
    returned as it is."""
    pieces: list[bytes] = []
    placeholders: list[str] = []
    kept = 0  # the bytes before ``kept`` are in ``pieces``
    mark = data.find(_INLINE_MARK)
    while mark != -1:
        start = data.rfind(_INLINE_START, max(kept, mark - 100), mark)
        end = data.find(b'"', mark)
        if start != -1 and end != -1 and _INLINE_MIN <= end - start <= _INLINE_MAX \
                and data.endswith(_INLINE_NAMES, kept, start) and _made_of(data, start + 2, end):
            placeholders.append(f"{prefix}-{len(placeholders)}")
            pieces += (data[kept : start + 2], placeholders[-1].encode("ascii"))
            kept = end
            mark = data.find(_INLINE_MARK, end)
        else:
            mark = data.find(_INLINE_MARK, mark + len(_INLINE_MARK))
    if not pieces:
        return data, []
    pieces.append(data[kept:])
    return b"".join(pieces), placeholders


def _tree_without_inline_files(data: bytes, parser, path: str, nonce: str,
                               cut: tuple[bytes, list[str], list[str]] | None = None):
    """The tree of the page parsed without its inline files and style sheets (``cut``: _cut(data, nonce), when made
    already), when each value cut out was an attribute's whole value in it and each sheet a <style> element's whole
    text: an attribute holds each value's placeholder, a <style> element's text is each sheet's (each holds the
    nonce, so no page holds one of itself, and is in the bytes once). Then it is the page's tree but for those
    values and texts: the bytes before each are the page's, so the parser is in an attribute value (or a style
    sheet) there as it is in the page's, and reads it to the same quote (the same "</style", the first "<" after
    it). Else (a value or sheet inside a script, a comment, text or another value) the whole page is parsed."""
    light, placeholders, sheets = cut or _cut(data, nonce)
    if placeholders or sheets:
        try:
            root = _tree(light, parser, path)
        except ReaderError:
            root = None
        if root is not None and all(_HOLDS_VALUE(root, value=placeholder) for placeholder in placeholders) \
                and (not sheets or set(sheets) <= {style.text for style in root.iter("style")}):
            return root
    return _tree(data, parser, path)


def _cut(data: bytes, nonce: str) -> tuple[bytes, list[str], list[str]]:
    """The page without its inline files and style sheets, the placeholders of the files, and the texts that stand
    for the sheets."""
    light, placeholders = _without_inline_files(data, "data:," + nonce)
    light, sheets = _without_style_sheets(light, "css:" + nonce)
    return light, placeholders, sheets


# Style sheets: a <style> element's text is raw text the reader never reads (the element is dropped; a legacy font's
# rules are read from the page's bytes, style_block_fonts). On every page of the national legal database 170 kB of
# the 200 kB left once the inline files are cut, a sixth of lxml's time on them: cut out too, each long sheet's text
# replaced by a placeholder of its own and the sheet's line feeds (the lines after it stay the page's).
_SHEET_START, _SHEET_END = b"<style", b"</style"
_TAG_NAME_ENDS = (b"\t", b"\n", b"\x0c", b"\r", b" ", b"/", b">")  # what may follow a tag's name
# What a sheet cut is made of: printable ASCII but "<" (so the first "<" after the start tag ends it, under any rule a
# parser ends raw text by; nothing a parser reads as a bad encoding or the reader counts as a control), tabs, form
# feeds and line feeds. No carriage return: how the parser counts one as a line is left to it.
_SHEET_BYTES = bytes(range(0x20, 0x7F)).replace(b"<", b"") + b"\t\n\x0c"
# The sheets found made of _SHEET_BYTES alone, as _CHECKED_VALUES: a site's pages carry the same sheets (seven long
# ones on the national legal database's pages).
_CHECKED_SHEETS: list[bytes] = []
_CHECKED_SHEETS_KEPT = 16


def _without_style_sheets(data: bytes, prefix: str) -> tuple[bytes, list[str]]:
    """The page with each long style sheet's text (a lower-case "<style …>" to the "</style" that ends it) replaced by
    its placeholder (``prefix`` and its number) and its line feeds, and those texts. Sheets of other bytes than
    _SHEET_BYTES are kept as they are."""
    pieces: list[bytes] = []
    sheets: list[str] = []
    kept = 0  # the bytes before ``kept`` are in ``pieces``
    start = data.find(_SHEET_START)
    while start != -1:
        opened = data.find(b">", start) + 1  # the start tag's end as the bytes show it (the parse checks it)
        closed = data.find(b"<", opened) if opened else -1
        if closed != -1 and _INLINE_MIN <= closed - opened <= _INLINE_MAX \
                and data[start + len(_SHEET_START) : start + len(_SHEET_START) + 1] in _TAG_NAME_ENDS \
                and data[closed : closed + len(_SHEET_END)].lower() == _SHEET_END \
                and data[closed + len(_SHEET_END) : closed + len(_SHEET_END) + 1] in _TAG_NAME_ENDS \
                and _made_of(data, opened, closed, _SHEET_BYTES, _CHECKED_SHEETS, _CHECKED_SHEETS_KEPT):
            # most long sheets are one line (minified): counted only when it holds a line feed
            breaks = data.count(b"\n", opened, closed) if data.find(b"\n", opened, closed) != -1 else 0
            sheets.append(f"{prefix}-{len(sheets)}" + "\n" * breaks)
            pieces += (data[kept:opened], sheets[-1].encode("ascii"))
            kept = closed
        start = data.find(_SHEET_START, max(start + 1, closed))
    if not pieces:
        return data, []
    pieces.append(data[kept:])
    return b"".join(pieces), sheets


def _tree(source: bytes | str, parser, path: str):
    try:
        root = etree.fromstring(source, parser)
    except (etree.ParserError, ValueError) as error:
        raise ReaderError(path, f"not an HTML page: {error}") from None
    if root is None:
        raise ReaderError(path, "not an HTML page: Document is empty")
    return root


# Elements drawn as a table's parts by their style ("display: table-row") or named so by their ARIA role
_DISPLAY = re.compile(r"display\s*:\s*(table(?:-row-group|-header-group|-footer-group|-row|-cell)?)\b", re.I)
_AS_TABLE = {"table": "table", "grid": "table", "table-row-group": "tbody", "table-header-group": "thead",
             "table-footer-group": "tfoot", "rowgroup": "tbody", "table-row": "tr", "row": "tr", "table-cell": "td",
             "cell": "td", "gridcell": "td", "columnheader": "th", "rowheader": "th"}


def _drawn_as(element) -> str | None:
    display = _DISPLAY.search(element.get("style") or "")
    return _AS_TABLE.get(display.group(1).lower() if display else (element.get("role") or "").strip().lower())


# What a style's "table" may be spelt with: _DISPLAY's case-insensitive match finds no other character for its letters.
_TABLE_LETTERS = str.maketrans("TABLE", "table")


def _may_be_drawn_as_table(root) -> list:
    """The elements _css_tables asks _drawn_as about, in document order: the <div>s, <section>s and lists with a role or
    a style that says "table" in any case. Two attribute reads an element in a walk lxml filters by tag in C: an XPath
    asking the same (its translate() of every element's style) cost four times as much on a page of 20,000 elements."""
    found = []
    for element in root.iter("div", "section", "ul", "ol"):
        get = element.get
        if get("role") is not None or "table" in (get("style") or "").translate(_TABLE_LETTERS):
            found.append(element)
    return found


def _css_tables(root) -> None:
    """Tables built of <div>s (display: table, table-row, table-cell, or the ARIA roles table, row, cell): renamed
    to the table elements they are drawn as, so that they are read as tables, empty cells and all. Only a whole
    structure is renamed: every child of the table a row (or a group of rows), every child of a row a cell."""
    for table in [e for e in _may_be_drawn_as_table(root) if _drawn_as(e) == "table"]:
        parts = [table]
        rows = []
        for child in table.iterchildren(etree.Element):
            kind = _drawn_as(child)
            if kind in ("tbody", "thead", "tfoot"):
                parts.append(child)
                rows += list(child.iterchildren(etree.Element))
            else:
                rows.append(child)
        cells = [cell for row in rows for cell in row.iterchildren(etree.Element)]
        if not rows or not cells or any(_drawn_as(row) != "tr" for row in rows) \
                or any(_drawn_as(cell) not in ("td", "th") for cell in cells):
            continue
        for element in (*parts, *rows, *cells):
            element.tag = _drawn_as(element)


def read(path: Path) -> Document:
    data = Path(path).read_bytes()
    if is_web_archive(data[:_ARCHIVE_HEAD]):
        return read_page(Path(path), archived_page(data, str(path)), origin_of(Path(path), data, "mhtml"))
    return read_page(Path(path), data, origin_of(Path(path), data, "html"))


# -- A web archive (".mht", ".mhtml"): a page saved as one file by a browser, or by Word as a "single file web page"
# (and served by some portals as ".doc"): a MIME message whose HTML is one part, quoted-printable or base64, in the
# charset its part names. Lines and offsets are those of that HTML.
_ARCHIVE_HEAD = 4096


def archived_page(data: bytes, path: str) -> bytes:
    """The archive's HTML page as UTF-8 (the reader's parser reads UTF-8): decoded with the charset its part names, or
    as a text file is when it names none (or one Python does not know)."""
    import email

    for part in email.message_from_bytes(data).walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True) or b""
        charset = part.get_content_charset()
        try:
            text = nfc(payload.decode(charset)) if charset else decode(payload, path)[0]
        except (LookupError, UnicodeDecodeError):
            text = decode(payload, path)[0]
        return text.encode("utf-8")
    raise ReaderError(path, "a web archive (MHTML) that holds no HTML page")


# A page copied from a file typed in legacy fonts names them: style="font-family: .VnTimeH", <font face="VNI-Times">,
# or the "font" shorthand, the family after the size ("font: bold 13pt/115% .VnTime"), a size with its unit: a weight
# is a figure alone ("font: 700 14pt .VnArial"). Only these name the font the text is shown in: Word's
# "mso-bidi-font-family" and the like name other scripts'.
_FONT_FAMILY = re.compile(r"(?<![\w-])font(?:-family\s*:|\s*:[^;{}\"']*?\d[\d.]*(?:pt|px|r?em|%|ex|cm|mm|in|pc)"
                          r"(?:\s*/\s*[\w.%]+)?\s)"
                          r"\s*(?:&quot;|[\"'])?\s*([^;\"',&{}]+)", re.IGNORECASE)


# A Word page names its paragraphs' font in its own style block, by class and element: "p.MsoNormal, li.MsoNormal
# {font-family:".VnTime"}", "body {font-family: VNI-Times}", ".Section1 p span {font: 13pt .VnTime}". Selectors of
# elements and classes are read, alone or one inside another; others (ids, attributes, states) are left out.
_STYLE_BLOCK = re.compile(rb"<style\b[^>]*>(.*?)</style", re.IGNORECASE | re.DOTALL)
_CSS_COMMENT = re.compile(r"/\*.*?\*/|<!--|-->", re.DOTALL)
_CSS_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")
_SIMPLE_SELECTOR = re.compile(r"([a-z][a-z0-9]*)?(?:\.([\w-]+))?", re.IGNORECASE)
_DESCENDANT = re.compile(r"\s*>\s*|\s+")  # "div p", "div > p": the element inside the one before


@dataclass(frozen=True)
class StyleRule:
    path: tuple[tuple[str | None, str | None], ...]  # (element, class) of the element, then of those it is inside
    font: str
    rank: tuple[int, int, int]  # classes, elements, the rule's place: the highest wins, as a browser reads them


def style_block_fonts(data: bytes, path: str) -> list[StyleRule]:
    """The fonts a page's style blocks name, with the selectors that pick the elements they are for. Read from the
    page's bytes (selectors and font names are ASCII; a UTF-16 page's decoded first), only for a page that reads as
    typed in a legacy font."""
    if b"\x00" in data[:1024]:
        data = decode(data, path)[0].encode("utf-8")
    rules = []
    for block in _STYLE_BLOCK.findall(data):
        for selectors, declarations in _CSS_RULE.findall(_CSS_COMMENT.sub(" ", block.decode("latin-1"))):
            if (family := _FONT_FAMILY.search(declarations)) is None:
                continue
            for selector in selectors.split(","):
                compounds = [_SIMPLE_SELECTOR.fullmatch(part) for part in _DESCENDANT.split(selector.strip())]
                if all(compound and any(compound.groups()) for compound in compounds):
                    path = tuple((element and element.lower(), name) for element, name in (c.groups() for c in reversed(compounds)))
                    rank = (sum(name is not None for _, name in path), sum(element is not None for element, _ in path), len(rules))
                    rules.append(StyleRule(path, family.group(1).strip(), rank))
    return sorted(rules, key=lambda rule: rule.rank, reverse=True)


def _selects(element, path: tuple[tuple[str | None, str | None], ...]) -> bool:
    """Whether a rule's selector (``StyleRule.path``) picks ``element``: it is the first compound, and the others are
    elements it is inside, in that order."""
    for k, (tag, name) in enumerate(path):
        while element is not None and not ((tag is None or element.tag == tag)
                                           and (name is None or name in (element.get("class") or "").split())):
            if k == 0:
                return False
            element = element.getparent()
        if element is None:
            return False
        element = element.getparent()
    return True


def _font_named(element, style_rules: list[StyleRule]) -> str | None:
    """The font an element's style, a <font>'s face or the page's style block names for it (the rule that picks it
    and ranks highest), or None."""
    if (style := element.get("style")) and (family := _FONT_FAMILY.search(style)):
        return family.group(1).strip()
    if (face := element.get("face")) or not style_rules:
        return face
    return next((rule.font for rule in style_rules if _selects(element, rule.path)), None)


def legacy_fonts_converted(root, style_fonts: list[StyleRule]) -> None:
    """The page's text typed in a legacy font, each piece by the font its element or the nearest above names (inline
    or in the page's ``style_fonts``), in Unicode (pipeline.legacy_fonts.converted_by_font)."""
    slots: list[tuple[object, str, str | None, object]] = []  # (element, "text" or "tail", its font, its paragraph)

    def walk(element, font: str | None, paragraph) -> None:
        font = _font_named(element, style_fonts) or font
        paragraph = element if element.tag in _BLOCK or element.tag in ("td", "th") else paragraph
        if element.text:
            slots.append((element, "text", font, paragraph))
        for child in element:
            if isinstance(child.tag, str):  # not a comment
                walk(child, font, paragraph)
            if child.tail:
                slots.append((child, "tail", font, paragraph))

    walk(root, None, root)
    texts = [getattr(element, slot) for element, slot, _, _ in slots]
    converted = converted_by_font([(text, font, paragraph) for text, (_, _, font, paragraph) in zip(texts, slots)])
    for (element, slot, _, _), text, unicode in zip(slots, texts, converted):
        if unicode != text:
            setattr(element, slot, unicode)


def soft_hyphens_kept_in(root) -> None:
    """TCVN3's "ư" kept where text typed in it, its fonts not named, holds its code point, the soft hyphen, which the
    reader takes out (pipeline.legacy_fonts.soft_hyphens_kept)."""
    slots = [(element, slot) for element in root.iter() for slot in ("text", "tail") if getattr(element, slot)]
    texts = [getattr(element, slot) for element, slot in slots]
    for (element, slot), text, kept in zip(slots, texts, soft_hyphens_kept(texts)):
        if kept is not text:
            setattr(element, slot, kept)


def _blocks(root) -> tuple:
    """The document's element, its text if a site's container was read for it (``_container``), and its blocks."""
    builder = _Builder()
    document, document_text = _container(root)
    builder.walk(document)
    builder.flush()
    return document, document_text, builder.blocks


def read_page(path: Path, data: bytes, origin: Origin) -> Document:
    """The document in the page ``data``, the file ``path`` (whose ``origin`` it is) or made from it (a text file's
    markup, see parsers/txt.py)."""
    root, parser = _parse(data, str(path), origin.sha256[:16])
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        # libxml2 stops building the tree 256 elements deep and drops what is deeper, silently
        raise ReaderError(str(path), "HTML nested too deeply (over 255 elements inside each other): its text cannot be read whole")
    etree.strip_elements(root, *_DROP, with_tail=False)
    _css_tables(root)
    document, document_text, blocks = _blocks(root)
    if may_be_legacy(block.orig for block in blocks):  # text typed in a legacy font: read again once converted
        legacy_fonts_converted(root, style_block_fonts(data, str(path)))
        soft_hyphens_kept_in(root)
        document, document_text, blocks = _blocks(root)
    if (heading := site_heading(root, document, document_text)) is not None:  # the site's own name of the document, above it
        text = nfc(" ".join(_text_content(heading).split()))  # "b0000": the document's blocks keep their ids
        blocks = [Block(id="b0000", orig=text, layer=Layer.FURNITURE,  # the site's text, no part of the document
                        prov=Provenance(reader=READER, line_start=heading.sourceline, line_end=heading.sourceline)), *blocks]
    if not blocks or any(p.search(blocks[0].orig) for p in _no_document()):
        raise ReaderError(str(path), "the page holds no document (" + (blocks[0].orig[:60] if blocks else "no text") + ")")
    return Document(origin=origin, blocks=blocks)
