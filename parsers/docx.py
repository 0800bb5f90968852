"""DOCX reader: paragraphs in reading order, interleaved with tables.

- Numbering that Word generates (``w:numPr``, from the paragraph or its style) is restored as the
  visible label ("I.", "1.", "a)", "-") so the section stage sees it as printed.
- Merged cells (``gridSpan`` across, ``vMerge`` down) become one Cell with its spans; a row that
  starts late (``gridBefore``) keeps its cells in their grid columns.
- A line break inside a paragraph (``w:br``) starts a new block, as a new line would on paper.
- The page header printed on the first page is read before the body, page numbers left out: some offices'
  templates put the issuer, number and date there ("Số: …" over "…, ngày …"), where a PDF of the file shows them.
Provenance: ``line_start`` is the body element's position (paragraph or table) in the document, 0 for the page header.

The WordprocessingML is walked with lxml directly. python-docx wraps every paragraph and cell in an
object and parses every part of the package (styles alone are 350 kB in its template): on the
benchmark's DOCX that cost 28 ms a document, most of the DOCX budget. Here only the parts the text
needs are parsed (the document, numbering, and styles when a paragraph's numbering comes from one),
found through the package relationships as python-docx finds them. python-docx still writes the
test and benchmark documents.
"""

from __future__ import annotations

import io
import re
import posixpath
import zipfile
import zlib
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterable

from lxml import etree

from pipeline.errors import ReaderError
from pipeline.roman import roman_numeral
from pipeline.model import Block, BlockKind, Cell, Document, Provenance, Table
from pipeline.legacy_fonts import converted_by_font, font_encoding, soft_hyphens_kept
from pipeline.text import nfc, without_junk

from .common import frame_cells, grid_text, is_note_mark_after_figure, origin_of

READER = "docx"
MAX_UNCOMPRESSED = 200 * 1024 * 1024  # a DOCX that expands beyond this is refused (zip bombs)
MAX_RATIO = 200
_BULLETS = {"\uf0b7": "•", "\uf0a7": "•", "\uf0d8": "•", "\uf076": "•", "\u2022": "•", "o": "•", "\uf02d": "-", "-": "-", "–": "-"}

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _T, _BR, _TAB, _CR = (_W + name for name in ("p", "tbl", "tr", "tc", "t", "br", "tab", "cr"))
_TAB_STOPS = _W + "tabs"  # a paragraph's tab stops, each a "w:tab" too (LibreOffice writes them on every paragraph)
_NO_BREAK_HYPHEN = _W + "noBreakHyphen"  # Word's Ctrl+Shift+-: a hyphen kept on one line with its words ("122/KH‑UBND")
_PPR, _NUMPR, _PSTYLE, _NUMID, _ILVL = (_W + name for name in ("pPr", "numPr", "pStyle", "numId", "ilvl"))
_TCPR, _GRIDSPAN, _VMERGE, _TRPR, _GRIDBEFORE = (_W + name for name in ("tcPr", "gridSpan", "vMerge", "trPr", "gridBefore"))
_TBLGRID, _GRIDCOL, _VAL, _TYPE = _W + "tblGrid", _W + "gridCol", _W + "val", _W + "type"
_VERT_ALIGN = _W + "vertAlign"
_SECTPR, _TITLEPG, _HEADER_REFERENCE = _W + "sectPr", _W + "titlePg", _W + "headerReference"
_PAGE_BREAK_BEFORE = _W + "pageBreakBefore"
# What a page break (``w:br w:type="page"``) adds to a paragraph's pieces: it cuts the line, as the page does, and the
# line after it starts a page (an annexed table's caption, "Biểu 1.1", printed at the top of its page).
PAGE_BREAK = "\f"
_FLD_SIMPLE, _INSTR_TEXT = _W + "fldSimple", _W + "instrText"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"

_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
# The same parser settings as python-docx: no entity expansion, whitespace-only text between tags dropped
# (and no table of xml:id attributes, which nothing here looks up).
_BOLD_MARK = re.compile(rb"<\w+:b[\s/>]")  # a w:b anywhere: without one no text is bold
_LEGACY_FONT = re.compile(rb'="(?:\.vn|vni)', re.IGNORECASE)  # a w:rFonts naming a legacy font: ".VnTime", "VNI-Times"
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True, collect_ids=False)


def _letter(n: int) -> str:
    return "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]


_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "upperRoman": roman_numeral,
    "lowerRoman": lambda n: roman_numeral(n).lower(),
    "upperLetter": lambda n: _letter(n).upper(),
    "lowerLetter": _letter,
}


class Package:
    """The parts of a DOCX the text needs, found as Word finds them: the package's officeDocument
    relationship names the document part, and the document's relationships name its numbering and
    styles parts."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.names = set(archive.namelist())
        self._parts: dict[str, bytes | None] = {}  # relationship kind -> the document's part, read once
        self.document_name = self._relationships("").get("officeDocument")
        if self.document_name is None:
            raise KeyError("no officeDocument relationship in _rels/.rels")
        document_xml = archive.read(self.document_name)
        # Word numbering reaches a paragraph only through a w:numPr, in the paragraph or in its style: a document
        # with neither needs no numbering part (python-docx's template ships one that nothing uses, and real
        # documents often carry 50 kB of list definitions and no list).
        self.has_notes = b"noteReference" in document_xml  # w:footnoteReference, w:endnoteReference
        self.has_page_headers = b"headerReference" in document_xml
        self.may_be_numbered = b"numPr" in document_xml or (
            b"pStyle" in document_xml and b"numPr" in (self.related_bytes("styles") or b""))
        self.document = etree.fromstring(document_xml, _PARSER)
        if self.document.tag != _W + "document":
            raise ValueError(f"the main part is not a Word document: {etree.QName(self.document).localname}")
        self.body = self.document.find(_W + "body")
        if self.body is None:
            raise ValueError("the Word document has no body")
        if any(mark in document_xml for mark in _HIDDEN_STRUCTURE):
            as_printed(self.body)
        self.styles_name_legacy_fonts = _LEGACY_FONT.search(self.related_bytes("styles") or b"") is not None
        if self.styles_name_legacy_fonts or _LEGACY_FONT.search(document_xml):
            legacy_fonts_converted(self.body, self.styles)
        if "\xad".encode() in document_xml:  # a soft hyphen, or TCVN3's "ư" in text whose fonts do not tell
            soft_hyphens_kept_in(self.body)
        if b"aps" in document_xml or b"aps" in (self.related_bytes("styles") or b""):  # w:caps, w:smallCaps
            shown_in_capitals(self.body, self.styles)
        if _BOLD_MARK.search(document_xml) or _BOLD_MARK.search(self.related_bytes("styles") or b""):
            marked_bold(self.body, self.styles)

    def parse(self, name: str):
        return etree.fromstring(self.archive.read(name), _PARSER)

    def _internal_relationships(self, source: str) -> list[tuple[str, str, str]]:
        """(id, kind, part path) of each internal relationship of ``source`` (the package itself when "")."""
        folder, file = posixpath.split(source)
        try:
            rels = self.parse(posixpath.join(folder, "_rels", f"{file}.rels"))
        except KeyError:
            return []
        found = []
        for rel in rels.iter(_RELS):
            if rel.get("TargetMode") != "External":
                target = rel.get("Target", "")
                path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
                found.append((rel.get("Id", ""), rel.get("Type", ""), path))
        return found

    def _relationships(self, source: str) -> dict[str, str | None]:
        """Relationship kind -> the part that ``source`` (the package itself when "") points to, from the first
        internal relationship of each kind; None when that part is missing from the package."""
        targets: dict[str, str | None] = {}
        for _, kind, path in self._internal_relationships(source):
            if kind.startswith(_REL_TYPE):
                targets.setdefault(kind[len(_REL_TYPE):], path if path in self.names else None)
        return targets

    @cached_property
    def _document_relationships(self) -> dict[str, str | None]:
        return self._relationships(self.document_name)

    def related_bytes(self, kind: str) -> bytes | None:
        """The document's part of this relationship kind ("numbering", "styles"), or None. Read once: the
        styles are read for the numbering test and again when a paragraph's style gives its numbering."""
        if kind not in self._parts:
            name = self._document_relationships.get(kind)
            self._parts[kind] = self.archive.read(name) if name else None
        return self._parts[kind]

    def first_page_header(self):
        """The page header the first page prints (``w:hdr``), or None: the first section's "first" header when
        it sets a different first page (``w:titlePg``), else its "default" one."""
        section = next(self.body.iter(_SECTPR), None) if self.has_page_headers else None
        if section is None:
            return None
        title_page = _child(section, _TITLEPG)
        kind = "first" if title_page is not None and title_page.get(_VAL, "1") not in ("0", "false", "off") else "default"
        reference = next((r for r in section.iterchildren(_HEADER_REFERENCE) if r.get(_TYPE, "default") == kind), None)
        if reference is None:
            return None
        name = next((path for rid, _, path in self._internal_relationships(self.document_name) if rid == reference.get(_R_ID)), None)
        if name not in self.names:
            return None
        header_xml = self.archive.read(name)
        header = etree.fromstring(header_xml, _PARSER)
        as_printed(header)
        if self.styles_name_legacy_fonts or _LEGACY_FONT.search(header_xml):  # the issuer typed in ".VnTimeH"
            legacy_fonts_converted(header, self.styles)
        return without_page_numbers(header)

    def related(self, kind: str):
        """The document's part of this relationship kind, parsed, or None."""
        data = self.related_bytes(kind)
        return etree.fromstring(data, _PARSER) if data is not None else None

    @cached_property
    def styles(self):
        """The styles part, parsed once, or None: only read (each run's settings as its styles give them), by up to four
        readers of a document, and often the largest part (python-docx's template and many Word files: 400 kB)."""
        return self.related("styles")


class Numbering:
    """Word's list numbering: which label each numbered paragraph shows.

    Word counts on the abstract definition (``w:abstractNum``), not on each list instance (``w:num``): paragraphs of
    two instances of one definition go on with one count ("1, 2" then "3" under another numId), and an instance that
    sets its own start (``w:lvlOverride/w:startOverride``, Word's "Restart at 1") restarts that count where its first
    paragraph stands. An override may also redefine the level (its own ``w:lvl``). A definition that only links to a
    list style (``w:numStyleLink``, a multilevel list saved as a style) is the definition that style's list uses."""

    def __init__(self, root, load_styles: Callable[[], object]) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (format, text, start)
        self.definition: dict[str, str] = {}  # numId -> the abstractNumId whose count it shares
        self.restarts: dict[str, dict[int, int]] = {}  # numId -> ilvl -> the start its first paragraph restarts at
        self.counters: dict[str, list[int | None]] = {}  # abstractNumId -> the value each level last showed
        self.started: set[tuple[str, int]] = set()  # (numId, ilvl) whose first paragraph has been met
        self._load_styles = load_styles
        self._style_numbering: dict[str, object] | None = None  # read when a paragraph first needs it
        if root is None:
            return
        abstract, style_links = {}, {}
        for node in root.iterchildren(_W + "abstractNum"):
            abstract[node.get(_W + "abstractNumId")] = _levels(node)
            if (link := node.find(_W + "numStyleLink")) is not None:
                style_links[node.get(_W + "abstractNumId")] = link.get(_VAL)
        definition_of = {num.get(_NUMID): ref.get(_VAL) for num in root.iterchildren(_W + "num")
                         if (ref := num.find(_W + "abstractNumId")) is not None}
        for num in root.iterchildren(_W + "num"):
            num_id = num.get(_NUMID)
            if num_id not in definition_of:
                continue
            definition = definition_of[num_id]
            if definition in style_links:
                definition = self._styled_definition(style_links[definition], definition_of) or definition
            levels = dict(abstract.get(definition, {}))
            restarts = {}
            for override in num.iterchildren(_W + "lvlOverride"):
                ilvl = _int(override.get(_ILVL), 0)
                levels.update(_levels(override))
                start = override.find(_W + "startOverride")
                if start is not None:
                    restarts[ilvl] = _int(start.get(_VAL), 1)
            self.levels[num_id], self.definition[num_id], self.restarts[num_id] = levels, definition, restarts

    def _styled_definition(self, style_id: str, definition_of: dict[str, str]) -> str | None:
        """The definition the list style ``style_id`` numbers with (its ``w:numPr``'s instance's), or None."""
        num_pr = self.style_numbering().get(style_id)
        num_id = _child(num_pr, _NUMID) if num_pr is not None else None
        return definition_of.get(num_id.get(_VAL)) if num_id is not None else None

    def style_numbering(self) -> dict[str, object]:
        """Numbering given by a paragraph style, by style id."""
        if self._style_numbering is None:
            self._style_numbering = {}
            styles = self._load_styles()
            for style in styles.iterchildren(_W + "style") if styles is not None else ():
                num_pr = style.find(f"{_PPR}/{_NUMPR}")
                if num_pr is not None:
                    self._style_numbering[style.get(_W + "styleId")] = num_pr
        return self._style_numbering

    def label(self, paragraph) -> str | None:
        if not self.levels:
            return None
        properties = _child(paragraph, _PPR)
        if properties is None:
            return None
        num_pr = _child(properties, _NUMPR)
        if num_pr is None:
            style = _child(properties, _PSTYLE)
            num_pr = self.style_numbering().get(style.get(_VAL)) if style is not None else None
        if num_pr is None:
            return None
        num_id_el = _child(num_pr, _NUMID)
        num_id = num_id_el.get(_VAL) if num_id_el is not None else None
        ilvl = _int_property(num_pr, _ILVL, 0)
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return None
        counters = self.counters.setdefault(self.definition[num_id], [None] * 9)
        if (num_id, ilvl) not in self.started and ilvl in self.restarts[num_id]:
            counters[ilvl] = self.restarts[num_id][ilvl]
        else:
            counters[ilvl] = levels[ilvl][2] if counters[ilvl] is None else counters[ilvl] + 1
        self.started.add((num_id, ilvl))
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = None
        fmt, text, _ = levels[ilvl]
        if fmt == "bullet" or fmt == "none":
            return _BULLETS.get(text, "•") if fmt == "bullet" else None
        label = text
        for level in range(ilvl, -1, -1):
            level_fmt, _, start = levels.get(level, ("decimal", "", 1))
            value = counters[level] if counters[level] is not None else start
            label = label.replace(f"%{level + 1}", _FORMATS.get(level_fmt, str)(value))
        return label.strip() or None


def _levels(node) -> dict[int, tuple[str, str, int]]:
    """The levels an ``w:abstractNum`` (or an override) defines: ilvl -> (format, text, start)."""
    levels = {}
    for lvl in node.iterchildren(_W + "lvl"):
        fmt = lvl.find(_W + "numFmt")
        text = lvl.find(_W + "lvlText")
        levels[_int(lvl.get(_ILVL), 0)] = (
            fmt.get(_VAL) if fmt is not None else "decimal",
            text.get(_VAL) if text is not None else "",
            _int_property(lvl, _W + "start", 1),
        )
    return levels


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_PAGE_FIELDS = ("PAGE", "NUMPAGES", "SECTIONPAGES")  # fields that print a page number or count


def without_page_numbers(part):
    """``part`` (a header) without its page-number lines ("1", "Trang 1", "- 1 -"): each paragraph holding a
    page-number field, in either of Word's forms (``w:fldSimple w:instr=" PAGE "``, or a ``w:instrText`` " PAGE \\*
    MERGEFORMAT " between ``w:fldChar`` runs), is no line of the document."""
    for node in list(part.iter(_FLD_SIMPLE, _INSTR_TEXT)):
        instruction = node.get(_W + "instr") if node.tag == _FLD_SIMPLE else node.text
        words, paragraph = (instruction or "").split(), next(node.iterancestors(_P), None)
        if words and words[0].upper() in _PAGE_FIELDS and paragraph is not None and paragraph.getparent() is not None:
            paragraph.getparent().remove(paragraph)
    return part


_SDT, _SDT_CONTENT, _CUSTOM_XML, _MOVE_FROM, _TEXT_BOX = (_W + name for name in ("sdt", "sdtContent", "customXml", "moveFrom", "txbxContent"))
_HIDDEN_STRUCTURE = (b"AlternateContent", b"sdt", b"customXml", b"moveFrom", b"txbxContent")  # what as_printed() undoes


def as_printed(body) -> None:
    """The body rewritten so that the walk below meets each piece of text once, where a reader meets it:

    - a shape Word saved twice (``mc:AlternateContent``: a ``mc:Choice`` for Word 2010 and after, a ``mc:Fallback``
      VML copy for older readers) keeps only its Choice: a text box's lines were read twice;
    - a tracked move's source (``w:moveFrom``) is dropped: its text also stands at the destination (``w:moveTo``);
    - a text box's paragraphs and tables (``w:txbxContent``) stand before the paragraph that anchors the box, as
      paragraphs of their own: they were glued into that paragraph's line ("KẾ HOẠCH" + a "DỰ THẢO" box);
    - content controls and custom XML around paragraphs, tables, rows or cells (``w:sdt``, ``w:customXml``) give way
      to what they hold, which was skipped; a table of contents Word generated (a content control of the "Table of
      Contents" gallery) is dropped as before: it repeats the headings.
    """
    for fallback in list(body.iter(_MC + "Fallback")):
        if fallback.getparent().find(_MC + "Choice") is not None:
            fallback.getparent().remove(fallback)
    for moved in list(body.iter(_MOVE_FROM)):
        moved.getparent().remove(moved)
    for box in list(body.iter(_TEXT_BOX)):  # document order: a box inside a box is moved after its own anchor
        anchor = next(box.iterancestors(_P), None)
        if anchor is not None:
            for child in list(box):
                anchor.addprevious(child)
    for wrapper in reversed(list(body.iter(_SDT, _CUSTOM_XML))):  # inner ones first
        if next(wrapper.iterancestors(_P), None) is not None:
            continue  # inside a paragraph: its text is read where it stands
        content = wrapper.find(_SDT_CONTENT) if wrapper.tag == _SDT else wrapper
        if wrapper.tag == _SDT and _generated_contents(wrapper):
            content = None
        for child in list(content) if content is not None else ():
            if not child.tag.endswith("Pr"):  # w:customXmlPr, w:sdtPr
                wrapper.addprevious(child)
        wrapper.getparent().remove(wrapper)


def _generated_contents(sdt) -> bool:
    """Whether a content control holds a table of contents Word generated."""
    gallery = sdt.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
    return gallery is not None and gallery.get(_VAL, "").lower().startswith("table of contents")


_CAPS = (_W + "caps", _W + "smallCaps")
_RFONTS, _SOFT_HYPHEN = _W + "rFonts", _W + "softHyphen"
_BOLD = (_W + "b",)
_RPR, _RSTYLE, _BASED_ON = _W + "rPr", _W + "rStyle", _W + "basedOn"
# Set by ``marked_bold`` on a paragraph all of whose text is bold (an attribute outside Word's namespaces, read by
# ``_add_blocks``): a heading with no number is often told only by its emphasis ("Mục tiêu" in bold, on its own).
ALL_BOLD = "{urn:kehoach}all-bold"


def _toggle_set(rpr, tags: tuple[str, ...]) -> bool | None:
    """Whether run properties turn a toggle (capitals, bold) on (True), off (False) or say nothing (None)."""
    if rpr is None:
        return None
    for tag in tags:
        if (toggle := rpr.find(tag)) is not None:
            return toggle.get(_VAL, "true") not in ("0", "false", "off")
    return None


def _runs_with(body, styles, tags: tuple[str, ...]):
    """(paragraph, run, whether the toggle ``tags`` is on) for every run of ``body``, the toggle read as Word reads it
    (``_runs_set``)."""
    for paragraph, run, setting in _runs_set(body, styles, lambda rpr: _toggle_set(rpr, tags)):
        yield paragraph, run, bool(setting)


def _runs_set(body, styles, setting_of: Callable[[object], object]):
    """(paragraph, run, its setting) for every run of ``body``: ``setting_of`` run properties (None where they say
    nothing) read as Word reads it: on the run, else its character style, else its paragraph style (each up its chain
    of basedOn), else the defaults."""
    declared: dict[str, tuple[object, str | None]] = {}  # style id -> (its own setting, the style it is based on)
    for style in styles.iterchildren(_W + "style") if styles is not None else ():
        based_on = style.find(_BASED_ON)
        declared[style.get(_W + "styleId")] = (setting_of(style.find(_RPR)), based_on.get(_VAL) if based_on is not None else None)
    default = setting_of(styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_RPR}")) if styles is not None else None

    def style_setting(style_id: str | None) -> bool | None:
        for _ in range(20):  # up the chain of basedOn, cut if it loops
            if style_id not in declared:
                return None
            setting, style_id = declared[style_id]
            if setting is not None:
                return setting
        return None

    def value_of(element, tag: str) -> str | None:
        found = element.find(tag) if element is not None else None
        return found.get(_VAL) if found is not None else None

    for paragraph in body.iter(_P):
        paragraph_setting = style_setting(value_of(paragraph.find(_PPR), _PSTYLE))
        for run in paragraph.iterchildren(_W + "r", _W + "ins", _W + "hyperlink", _W + "smartTag", _W + "sdt"):
            for r in (run,) if run.tag == _W + "r" else run.iter(_W + "r"):
                rpr = r.find(_RPR)
                setting = setting_of(rpr) if rpr is not None else None
                if setting is None:
                    setting = style_setting(value_of(rpr, _RSTYLE))
                if setting is None:
                    setting = paragraph_setting if paragraph_setting is not None else default
                yield paragraph, r, setting


def shown_in_capitals(body, styles) -> None:
    """Text that Word shows in capitals ("All caps" or "Small caps" on the run, its character style or its paragraph
    style) made capitals, as a reader sees it: a heading typed "Kế hoạch" in a caps style is "KẾ HOẠCH" on the page,
    and the header, title and signature are told by their capitals."""
    for _, run, caps in _runs_with(body, styles, _CAPS):
        if caps:
            for t in run.iterchildren(_T):
                t.text = (t.text or "").upper()


def _font_of(rpr) -> str | None:
    """The font run properties set for the text beyond ASCII (w:hAnsi, where a legacy font's letters are), else for
    ASCII."""
    fonts = rpr.find(_RFONTS) if rpr is not None else None
    return None if fonts is None else fonts.get(_W + "hAnsi") or fonts.get(_W + "ascii")


def legacy_fonts_converted(body, styles) -> None:
    """Text typed in a legacy font (".VnTime", ".VnTimeH", "VNI-Times": each run's font as Word reads it) in Unicode
    (pipeline.legacy_fonts.converted_by_font). TCVN3's "ư" is the soft hyphen's code point: Word keeps it as a
    w:softHyphen, a text of the run here."""
    nodes = [(node, font, paragraph) for paragraph, run, font in _runs_set(body, styles, _font_of)
             if font_encoding(font)[0] is not None for node in run.iterchildren(_T, _SOFT_HYPHEN)]
    pieces = [("\xad" if node.tag == _SOFT_HYPHEN else node.text or "", font, paragraph) for node, font, paragraph in nodes]
    for (node, _, _), (text, _, _), converted in zip(nodes, pieces, converted_by_font(pieces)):
        if converted != text:
            node.tag, node.text = _T, converted


def soft_hyphens_kept_in(body) -> None:
    """TCVN3's "ư" kept where text typed in it, its fonts not told, holds its code point, the soft hyphen, which the
    reader takes out of cells (pipeline.legacy_fonts.soft_hyphens_kept)."""
    texts = [t for t in body.iter(_T) if t.text]
    for t, kept in zip(texts, soft_hyphens_kept([t.text for t in texts])):
        if kept is not t.text:
            t.text = kept


def marked_bold(body, styles) -> None:
    """Each paragraph whose every run of visible text is bold marked ``ALL_BOLD`` (a numbering label's own format
    aside: the label is Word's, not the paragraph's text)."""
    bold: dict[object, bool] = {}  # paragraph -> all its text bold so far
    for paragraph, run, is_bold in _runs_with(body, styles, _BOLD):
        if any((t.text or "").strip() for t in run.iterchildren(_T)):
            bold[paragraph] = bold.get(paragraph, True) and is_bold
    for paragraph, all_bold in bold.items():
        if all_bold:
            paragraph.set(ALL_BOLD, "1")


def _paragraph_lines(paragraph) -> list[str]:
    """The paragraph's text, cut at hard line breaks."""
    return _lines(_paragraph_pieces(paragraph))


def _paragraph_pieces(paragraph) -> list[str | None]:
    """What each text, tab and break of the paragraph adds to it (``_piece``)."""
    pieces: list[str | None] = []
    raised_run = None
    for node in paragraph.iter(_T, _BR, _TAB, _CR, _NO_BREAK_HYPHEN, _VERT_ALIGN):
        if node.tag == _VERT_ALIGN:
            raised_run = _raised_run(node)
        elif not _is_raised_mark(node, raised_run, pieces):
            pieces.append(_piece(node))
    return pieces


def _raised_run(vert_align):
    """The run a ``w:vertAlign`` raises (w:r / w:rPr / w:vertAlign), None when it does not raise one."""
    return vert_align.getparent().getparent() if vert_align.get(_VAL) == "superscript" else None


def _is_raised_mark(node, raised_run, pieces: list[str | None]) -> bool:
    """Whether the ``w:t`` ``node`` is a note's mark typed as superscript after a figure ("70¹"): left out, as it would
    make the figure another number (parsers/common.py)."""
    return node.getparent() is raised_run and node.tag == _T and bool(pieces) \
        and is_note_mark_after_figure(pieces[-1] or "", node.text or "")


def _piece(node) -> str | None:
    """What a ``w:t``, ``w:tab``, ``w:br``, ``w:cr`` or ``w:noBreakHyphen`` adds to its paragraph: text, a space, None
    for a line break, PAGE_BREAK for a page break, nothing for a column break, a hyphen."""
    tag = node.tag
    if tag == _T:
        return node.text or ""
    if tag == _TAB:
        return "" if node.getparent().tag == _TAB_STOPS else " "  # a tab stop is no character of the text
    if tag == _NO_BREAK_HYPHEN:
        return "-"
    if tag == _CR or (kind := node.get(_TYPE)) in (None, "textWrapping"):
        return None
    return PAGE_BREAK if kind == "page" else ""


def _lines(pieces: list[str | None]) -> list[str]:
    """A paragraph's pieces joined into lines, cut at the line breaks; blank lines dropped. (A cell's or a note's: a
    page break there adds nothing, as Word prints none inside a table.)"""
    lines, current = [], []
    for piece in pieces:
        if piece is None:
            lines.append("".join(current))
            current = []
        elif piece != PAGE_BREAK:
            current.append(piece)
    lines.append("".join(current))
    return [line for line in lines if line.strip()]


def _paged_lines(pieces: list[str | None]) -> tuple[list[tuple[str, bool]], bool]:
    """A body paragraph's lines, cut at the line and the page breaks, blank lines dropped: each with whether a page
    break stands before it (since the line above), and whether one stands after the last."""
    lines, current, page = [], [], False
    for piece in pieces:
        if piece is None or piece == PAGE_BREAK:
            line = "".join(current)
            current = []
            if line.strip():
                lines.append((line, page))
                page = False
            page = page or piece == PAGE_BREAK
        else:
            current.append(piece)
    line = "".join(current)
    if line.strip():
        lines.append((line, page))
        page = False
    return lines, page


def _labelled_lines(paragraph, numbering: Numbering, pieces: list[str | None] | None = None) -> list[str]:
    """The paragraph's lines, the first one led by its Word numbering label (``pieces``: its text, when
    already read)."""
    return _labelled(numbering.label(paragraph), _paragraph_lines(paragraph) if pieces is None else _lines(pieces))


def _labelled(label: str | None, lines: list[str]) -> list[str]:
    if label and lines:
        lines[0] = f"{label} {lines[0]}"
    return lines


def _cell_lines(paragraphs: Iterable[tuple[object, list[str | None] | None]], numbering: Numbering,
                more: Callable[[], list[str]] = list) -> list[str]:
    """A cell's lines: its (paragraph, pieces or None when unread) ``_labelled_lines``, then ``more()`` (an inner
    table's rows). An empty numbered paragraph is its number alone (a bullet alone is no text) when the cell has no
    other text, as an STT cell numbered by a Word list prints it; beside text it is a stray Enter under a list's items
    or after a date, and its number no text of the cell."""
    lines: list[str] = []
    alone: list[str] = []
    for paragraph, pieces in paragraphs:
        label = numbering.label(paragraph)  # counted for an empty paragraph too: the list's next number follows it
        if found := _paragraph_lines(paragraph) if pieces is None else _lines(pieces):
            lines += _labelled(label, found)
        elif label and any(c.isalnum() for c in label):
            alone.append(label)
    lines += more()
    return lines or alone


def _labelled_paged_lines(paragraph, numbering: Numbering) -> tuple[list[tuple[str, bool]], bool]:
    """A body paragraph's ``_labelled_lines``, cut at its page breaks too (``_paged_lines``)."""
    label = numbering.label(paragraph)
    lines, page_after = _paged_lines(_paragraph_pieces(paragraph))
    if label and lines:
        lines[0] = (f"{label} {lines[0][0]}", lines[0][1])
    return lines, page_after


def _breaks_page(paragraph) -> tuple[bool, bool]:
    """Whether the paragraph's properties start a page before it (``w:pageBreakBefore``) and after it (a section
    break in it that is not continuous: the next section starts on a new page)."""
    properties = _child(paragraph, _PPR)
    if properties is None:
        return False, False
    before = _child(properties, _PAGE_BREAK_BEFORE)
    section = _child(properties, _SECTPR)
    section_type = _child(section, _TYPE)
    return (before is not None and before.get(_VAL) not in ("0", "false", "off"),
            section is not None and (section_type is None or section_type.get(_VAL) != "continuous"))


def _int(value: str | None, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _child(element, tag: str):
    """The first child with this tag. (Property elements come first, so this loop ends at once; ``find``
    and ``iterchildren(tag)`` cost ten times more to set up, and this runs for every cell and paragraph.)"""
    if element is not None:
        for child in element:
            if child.tag == tag:
                return child
    return None


def _int_property(properties, tag: str, default: int) -> int:
    """The integer ``w:val`` of the child ``tag`` (Word's way of giving a number), or ``default``."""
    node = _child(properties, tag)
    return _int(node.get(_VAL), default) if node is not None else default


def _cell_layout(tc) -> tuple[int, bool]:
    """(grid columns the cell spans, whether it continues the vertical merge of the cell above), from its
    ``w:tcPr``: ``<w:vMerge/>`` or ``<w:vMerge w:val="continue"/>`` continues, "restart" opens one."""
    width, continues = 1, False
    properties = _child(tc, _TCPR)
    for prop in properties if properties is not None else ():
        if prop.tag == _GRIDSPAN:
            width = max(1, _int(prop.get(_VAL), 1))
        elif prop.tag == _VMERGE:
            continues = prop.get(_VAL, "continue") == "continue"
    return width, continues


def _cell_text(tc, numbering: Numbering) -> str:
    def inner_rows() -> list[str]:
        return [" ".join(" ".join(_paragraph_text(p) for p in cell.iterchildren(_P))
                         for cell in row.iterchildren(_TC) if not _cell_layout(cell)[1])
                for inner in tc.iterchildren(_TBL) for row in inner.iterchildren(_TR)]

    return "\n".join(_cell_lines(((paragraph, None) for paragraph in tc.iterchildren(_P)), numbering, inner_rows))


def _paragraph_text(paragraph) -> str:
    return " ".join(_paragraph_lines(paragraph))


def _table(tbl, numbering: Numbering) -> Table:
    """The table on its layout grid: each ``w:tc`` is one Cell at its grid column, spanning
    ``gridSpan`` columns and, with the ``vMerge`` continuations below it, several rows."""
    grid = tbl.find(_TBLGRID)
    n_cols = len(grid.findall(_GRIDCOL)) if grid is not None else 0
    rows = _streamed_rows(tbl)
    if rows is not None:
        read = lambda paragraphs: _streamed_cell_text(paragraphs, numbering)  # noqa: E731
    else:
        rows = [(_int_property(_child(tr, _TRPR), _GRIDBEFORE, 0), [[*_cell_layout(tc), tc] for tc in tr.iterchildren(_TC)])
                for tr in tbl.iterchildren(_TR)]
        read = lambda tc: _cell_text(tc, numbering)  # noqa: E731
    cells: list[Cell] = []
    owner: dict[tuple[int, int], Cell] = {}  # grid position -> the cell covering it
    for r, (col, row) in enumerate(rows):
        for width, continues, content in row:
            above = owner.get((r - 1, col))
            if above is not None and continues:
                above.row_span = r - above.row + 1
                cell = above
            else:  # read here, in reading order, so that Word's list counters advance as on paper
                cell = Cell(row=r, col=col, col_span=width, text=without_junk(read(content)))
                cells.append(cell)
            for c in range(col, col + width):
                owner[(r, c)] = cell
            col += width
        n_cols = max(n_cols, col)
    return Table(n_rows=len(rows), n_cols=n_cols, cells=cells)


def _streamed_rows(tbl) -> list[tuple[int, list]] | None:
    """The rows of a table, read in one pass over its elements: per row, its ``gridBefore`` and its cells as
    [grid columns spanned, continues a vertical merge, paragraphs as (element, pieces)].

    Each lxml call that looks for a tag costs about a microsecond to set up, and a DOCX annex has thousands
    of cells: one pass over the whole table reads them three times faster than asking each cell for its
    properties, paragraphs and text. None for a table this pass does not cover: a table nested in a cell,
    or a row, cell or paragraph that is not a direct child of its table, row or cell (content controls,
    text boxes); ``_table`` then reads it element by element.
    """
    rows: list[tuple[int, list]] = []
    row = cell = row_cells = cell_layout = paragraphs = pieces = raised_run = None
    elements = tbl.iter(_TBL, _TR, _TC, _P, _T, _TAB, _BR, _CR, _NO_BREAK_HYPHEN, _GRIDSPAN, _VMERGE, _VERT_ALIGN)
    next(elements)  # the table itself
    for element in elements:
        tag = element.tag
        if tag == _T:
            if pieces is None:
                return None
            if raised_run is None or not _is_raised_mark(element, raised_run, pieces):
                pieces.append(element.text or "")
        elif tag == _VERT_ALIGN:
            raised_run = _raised_run(element)
        elif tag == _P:
            if element.getparent() is not cell:
                return None
            pieces = []
            paragraphs.append((element, pieces))
        elif tag == _TAB or tag == _BR or tag == _CR or tag == _NO_BREAK_HYPHEN:
            if pieces is None:
                return None
            pieces.append(_piece(element))
        elif tag == _TC:
            if element.getparent() is not row:
                return None
            cell, paragraphs, pieces = element, [], None
            cell_layout = [1, False, paragraphs]
            row_cells.append(cell_layout)
        elif tag == _TR:
            if element.getparent() is not tbl:
                return None
            row, cell, pieces, row_cells = element, None, None, []
            rows.append((_int_property(_child(element, _TRPR), _GRIDBEFORE, 0), row_cells))
        elif tag == _TBL:
            return None
        elif cell is not None:  # a gridSpan or vMerge: the cell is merged, its properties are read
            cell_layout[:2] = _cell_layout(cell)
    return rows


def _streamed_cell_text(paragraphs: list[tuple[object, list]], numbering: Numbering) -> str:
    """A cell's text from the paragraphs ``_streamed_rows`` read, as ``_cell_text`` reads a cell."""
    return "\n".join(_cell_lines(paragraphs, numbering))


_UNREADABLE = (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError, EOFError, OSError, zlib.error)


def read(path: Path) -> Document:
    data = Path(path).read_bytes()
    if not data:
        raise ReaderError(str(path), "empty file")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:  # the bytes already read, not the file again
            expanded = sum(info.file_size for info in archive.infolist())
            if expanded > MAX_UNCOMPRESSED or expanded > MAX_RATIO * max(1, len(data)):
                raise ReaderError(str(path), f"refused: expands to {expanded / 2**20:.0f} MB from {len(data) / 2**20:.1f} MB (a zip bomb?)")
            blocks = _blocks(Package(archive))
    except _UNREADABLE as error:
        raise ReaderError(str(path), f"not a readable DOCX file ({type(error).__name__}: {error})") from None
    if not blocks:
        raise ReaderError(str(path), "the DOCX file holds no text")
    return Document(origin=origin_of(Path(path), data, "docx"), blocks=blocks)


def _blocks(package: Package) -> list[Block]:
    """One block per line of a body paragraph, one per table, in document order; the footnotes and endnotes an
    element refers to right after it."""
    numbering = Numbering(package.related("numbering") if package.may_be_numbered else None, lambda: package.styles)
    notes = Notes(package) if package.has_notes else None
    blocks: list[Block] = []
    header = package.first_page_header()
    for element in header.iterchildren(_P, _TBL) if header is not None else ():
        _add_blocks(element, Provenance(reader=READER, line_start=0, line_end=0), numbering, blocks)
    page = False  # a page break stands after the last line read
    for position, element in enumerate(package.body.iterchildren(), start=1):
        prov = Provenance(reader=READER, line_start=position, line_end=position)
        page = _add_blocks(element, prov, numbering, blocks, page)
        for mark, paragraph in notes.referred_to_by(element) if notes is not None else ():
            lines = _labelled_lines(paragraph, numbering)
            if mark and lines:
                lines[0] = f"{mark} {lines[0].lstrip()}"
            blocks.extend(Block(id=f"b{len(blocks) + 1:04d}", orig=nfc(line), prov=prov) for line in lines)
    return blocks


_NOTE_REFERENCES = {_W + "footnoteReference": "footnote", _W + "endnoteReference": "endnote"}
_NOTE_MARKS = {"footnote": str, "endnote": lambda n: roman_numeral(n).lower()}  # Word's default number formats


class Notes:
    """The footnotes and endnotes of a document (word/footnotes.xml, word/endnotes.xml), numbered as Word numbers
    them: in the order their references stand. Their text is the document's (the cited documents of many plans are in
    footnotes: "¹ Nghị quyết số 10-NQ/TW …"), so each note's paragraphs are read after the element that refers to it,
    the first led by its mark as printed ("1 Nghị quyết số …", as a PDF of the page reads it)."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.notes: dict[str, dict[str, object]] = {}  # kind -> note id -> its w:footnote / w:endnote element
        self.count = {"footnote": 0, "endnote": 0}

    def _of(self, kind: str) -> dict[str, object]:
        if kind not in self.notes:
            part = self.package.related(f"{kind}s")
            if part is not None and (self.package.styles_name_legacy_fonts or _LEGACY_FONT.search(self.package.related_bytes(f"{kind}s"))):
                legacy_fonts_converted(part, self.package.styles)  # cited documents typed in ".VnTime"
            self.notes[kind] = {note.get(_W + "id"): note for note in part.iterchildren(_W + kind)} if part is not None else {}
        return self.notes[kind]

    def referred_to_by(self, element) -> list[tuple[str | None, object]]:
        """(mark, paragraph) of each paragraph of the notes ``element`` refers to, in order; the mark on each note's
        first paragraph only."""
        paragraphs = []
        for reference in element.iter(*_NOTE_REFERENCES):
            kind = _NOTE_REFERENCES[reference.tag]
            note = self._of(kind).get(reference.get(_W + "id"))
            if note is None:
                continue
            custom = reference.get(_W + "customMarkFollows") in ("1", "true", "on")  # the run's text is the mark
            if not custom:
                self.count[kind] += 1
            mark = "".join(reference.getparent().itertext()).strip() if custom else _NOTE_MARKS[kind](self.count[kind])
            paragraphs.extend((mark if k == 0 else None, p) for k, p in enumerate(note.iterchildren(_P)))
        return paragraphs


def _add_blocks(element, prov: Provenance, numbering: Numbering, blocks: list[Block], page: bool = False) -> bool:
    """The element's blocks appended; ``page``: a page break stands before it. Returns whether one stands after it."""
    if element.tag == _P:
        bold = element.get(ALL_BOLD) is not None
        lines, page_after = _labelled_paged_lines(element, numbering)
        before, section_break = _breaks_page(element)
        page = page or before
        for line, after_break in lines:
            blocks.append(Block(id=f"b{len(blocks) + 1:04d}", orig=nfc(line), prov=prov, bold=bold, starts_page=page or after_break))
            page = False
        return page or page_after or section_break
    if element.tag == _TBL:
        if (frame := _framed(element)) is not None:
            for child in (child for cell in frame for child in cell.iterchildren(_P, _TBL)):  # as if in the body
                page = _add_blocks(child, prov, numbering, blocks, page)
            return page
        table = _table(element, numbering)
        orig = nfc(grid_text(table))
        blocks.append(Block(id=f"b{len(blocks) + 1:04d}", kind=BlockKind.TABLE, orig=orig, table=table, prov=prov, starts_page=page))
        return False
    return page


def _framed(tbl) -> list | None:
    """The cells of a table used as a frame around another table (``frame_cells``), or None."""
    return frame_cells([list(tr.iterchildren(_TC)) for tr in tbl.iterchildren(_TR)], lambda tc: tc.find(_TBL) is not None,
                       lambda tc: bool("".join(tc.itertext()).strip()))
