"""Plain-text reader: text copied from legal websites, one block per non-blank source line.

Decodes UTF-8 (with or without BOM), UTF-16 and Windows-1258 and normalises to NFC (Windows-1258 text
decodes to letters followed by combining tone marks). A line that holds only a non-breaking space is
kept as an empty block: in text copied from a web page it stands for an empty table cell.

A table copied from a browser as rows of tab-separated cells, or as whole "| … | … |" rows, is read as a table block
(``text_tables``), its merged cells placed (a header over two lines, rows short by a cell merged down); a line with a
tab that is no such table (a signature line "TM. ỦY BAN …<TAB>KT. CHỦ TỊCH") stays text, and so do table rows whose
merged cells read two ways (warning ``table_rows_left_as_text``).

A page's markup saved as text (its source, or an editor's HTML view copied) is read by the HTML reader when it is laid
out by its tags (warning ``format_from_content``); the few tags or entities left in copied text ("<br />" at line ends,
"&nbsp;" in cells) are turned into what they stand for before the lines are read (see ``_without_markup``).

Markdown (a ".md" file, or a ".txt" whose lines carry its markup: what converters such as markitdown, docling and pandoc
write when documents are stored for search) is read line by line as the text it prints: "**KẾ HOẠCH**", "## I. MỤC
TIÊU", "1\\. Mục đích" become "KẾ HOẠCH", "I. MỤC TIÊU", "1. Mục đích" (``_without_markdown``); its "| … |" tables are
read as any such copy's. Rows of "| … |" that are no table (two columns, or the header's and the signature's frame,
"<br>" between a cell's lines) are printed as a browser copies such a frame: each line of the cells side by side, a tab
between them (``_frame_lines``).
"""

from __future__ import annotations

import codecs
import csv
import html
import re
from bisect import bisect_left
from dataclasses import replace
from math import comb
from pathlib import Path
from functools import cache
from typing import Callable, Iterator

from pipeline.errors import ReaderError
from pipeline.model import Block, BlockKind, Cell, Document, Issue, Layer, Provenance, Table
from pipeline.resources import is_page_mark, listed_pattern
from pipeline.legacy_fonts import soft_hyphens_kept
from pipeline.text import JUNK, LETTER_LABEL, fold, is_upper_line, nfc, plain_spaces, without_junk

from .common import PAGE_NUMBER, grid_text, origin_of

READER = "txt"
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# Encodings that can hold Vietnamese, tried in this order when the bytes are not UTF-8.
_VIETNAMESE_CODECS = ("cp1258",)
_MAX_CONTROL_RATIO = 0.01


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
EIGHT_BIT = "8-bit"  # no byte-order mark and not UTF-16: UTF-8, else Windows-1258


def sniff(data: bytes, path: str, counted: bytes | None = None) -> tuple[str, int]:
    """(the encoding the bytes announce, their count of control characters), without decoding them: a codec
    from a byte-order mark or from the NUL bytes of UTF-16, else ``EIGHT_BIT``. Raises ReaderError for empty
    or binary input. (The HTML reader hands 8-bit pages to lxml undecoded: decoding 1 MB costs a third of a parse.)
    ``counted``: bytes holding every control character of ``data``, to count them in instead (the HTML reader's page
    without its inline files, a fifth of the bytes of a page of the national legal database)."""
    if not data.strip():
        raise ReaderError(path, "empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, 0
    # NUL bytes among them: only past a quarter of NULs can the bytes be UTF-16
    controls = _control_count(data if counted is None else counted)
    if controls > len(data) // 4 and data.count(b"\x00") > len(data) // 4:  # UTF-16 without a byte-order mark
        return ("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"), 0
    if controls > max(1, len(data) * _MAX_CONTROL_RATIO):
        raise ReaderError(path, "binary data, not text")
    return EIGHT_BIT, controls


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Return (text, encoding name). Raises ReaderError for empty, binary or undecodable input."""
    codec, controls = sniff(data, path)
    if codec in ("utf-8-sig", "utf-16"):
        return _checked(data.decode(codec, errors="strict"), path), codec
    if codec != EIGHT_BIT:
        try:
            return _checked(data.decode(codec), path), codec
        except UnicodeDecodeError:
            raise ReaderError(path, "binary data, not text") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:  # UTF-8 keeps control characters as single bytes: the text has as many as the bytes
        return _checked(text, path, controls), "utf-8"
    for codec in _VIETNAMESE_CODECS:
        try:
            return _checked(data.decode(codec), path), codec
        except UnicodeDecodeError:
            continue
    raise ReaderError(path, "undecodable text: not UTF-8, UTF-16 or Windows-1258")


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not _CONTROL_CHARS.match(chr(b)))


def _control_count(data: bytes | str) -> int:
    """Control characters other than line breaks and tabs: text has (almost) none, binary data many.
    (For bytes, deleting every other byte in C is ten times quicker than a regex.)"""
    if isinstance(data, bytes):
        return len(data.translate(None, _NOT_CONTROL_BYTES))
    return len(_CONTROL_CHARS.findall(data))


def _checked(text: str, path: str, controls: int | None = None) -> str:
    if (_control_count(text) if controls is None else controls) > max(1, len(text) * _MAX_CONTROL_RATIO):
        raise ReaderError(path, "binary data, not text")
    return nfc(text)


def _without_junk(lines: Iterator[tuple[int, int, str]], printed: dict[int, int]) -> Iterator[tuple[int, int, str]]:
    """The lines with ``JUNK`` taken out; ``printed`` gets the length as printed of each line that had some, so that
    a block's offsets still span its line in the text."""
    for line_no, start, line in lines:
        if JUNK.search(line):
            printed[line_no] = len(line)
            line = without_junk(line)
        yield line_no, start, line


MARKDOWN_SUFFIXES = (".md", ".markdown")


def read(path: Path) -> Document:
    data = Path(path).read_bytes()
    text, _encoding = decode(data, str(path))
    named_markdown = Path(path).suffix.lower() in MARKDOWN_SUFFIXES
    markdown = named_markdown or _looks_like_markdown(text)
    if ("<" in text or "&" in text) and (page := _as_page(text, markdown)) is not None:  # cheap test first
        return _read_as_page(Path(path), data, page, markdown)
    blocks: list[Block] = []
    if "\xad" in text:  # a soft hyphen, or TCVN3's "ư" (cheap test first)
        text = "\n".join(soft_hyphens_kept(text.split("\n")))
    lines = _lines(text)
    warnings: list[Issue] = []
    if "\n\n" in text or "\n\r\n" in text or "\r\r" in text:  # cheap test first: a double-spaced copy has a blank line after every line
        lines = list(lines)
        if _double_spaced(lines):
            lines = _single_spaced(lines)
            warnings.append(Issue(code="read_as_single_spaced", message=_SINGLE_SPACED_NOTE))
    printed: dict[int, int] = {}  # line number -> its length as printed, for the lines junk or markup was taken out of
    if JUNK.search(text):  # cheap test first: most files have none
        lines = _without_junk(lines, printed)
    bold: set[int] = set()  # the lines a Markdown file marks as headings or prints all in strong emphasis
    if markdown:
        lines = _without_markdown(lines, printed, bold)
    if _TAG.search(text) or _ENTITY.search(text):
        lines = _without_markup(lines, printed)
    tables: dict[int, tuple[int, Table]] = {}
    page_numbers: frozenset[int] = frozenset()  # the line numbers of a PDF viewer's page numbers
    if _BARE_NUMBER_LINE.search(text):  # cheap test first: most copies print no figure alone on a line
        lines = list(lines)
        page_numbers = page_number_lines([(line_no, line) for line_no, _, line in lines])
    if "\t" in text or "|" in text or SPACED_CELLS.search(text) or SEMICOLON_CELLS.search(text):  # cheap tests first
        lines = [line for line in lines if line[2].strip(" \t\f\v")]
        notes: list[tuple[int, str]] = []
        tables = text_tables(_table_lines([line for _, _, line in lines], notes), notes)
        warnings += [Issue(code=_WARNING_OF[why], message=f"line {lines[k][0]}: {why}", where={"line": lines[k][0]})
                     for k, why in notes]
    skip_to = 0
    for index, (line_no, start, line) in enumerate(lines):
        if index < skip_to or not line.strip(" \t\f\v"):
            continue
        if index in tables:
            end, table = tables[index]
            last_no, last_start, last = lines[end - 1]
            prov = Provenance(READER, None, line_no, last_no, start, last_start + printed.get(last_no, len(last)))
            blocks.append(Block(f"b{len(blocks) + 1:04d}", grid_text(table), prov, BlockKind.TABLE, table=table))
            skip_to = end
            continue
        if (line.lstrip().startswith(("|", "+-"))) and (
                frame := _frame_lines(lines, index, tables)) is not None:
            skip_to, printed_lines = frame
            for row_no, row_start, row_end, frame_line in printed_lines:
                prov = Provenance(READER, None, row_no, row_no, row_start, row_end)
                blocks.append(Block(f"b{len(blocks) + 1:04d}", frame_line, prov))
            continue
        # positional arguments: this runs once per line, and keywords cost a third more
        prov = Provenance(READER, None, line_no, line_no, start, start + printed.get(line_no, len(line)))
        if bold and line_no in bold:
            blocks.append(Block(f"b{len(blocks) + 1:04d}", line, prov, bold=True))
        elif line_no in page_numbers:
            blocks.append(Block(f"b{len(blocks) + 1:04d}", line, prov, layer=Layer.FURNITURE))
        else:
            blocks.append(Block(f"b{len(blocks) + 1:04d}", line, prov))
    return Document(origin=origin_of(Path(path), data, "markdown" if markdown else "txt"), blocks=blocks,
                    warnings=warnings)


# -- A double-spaced copy ------------------------------------------------------------------------------------------
# Saved with a blank line after every line (an editor's or a mailer's double spacing, a copy pasted twice over): a
# paragraph's hard-wrapped lines stand a blank line apart, the copy's own blank lines are three. Read as it was before
# (every run of blank lines halved): its paragraphs, a table's rows and cells a line each, come back as lines of their
# own. Only a copy with no two lines together: a copy whose prose runs line on line and whose table prints a blank line
# after each cell (a site's copy) keeps its blank lines.
_MIN_SPACED_LINES = 8
_MIN_ODD_SHARE = 0.9  # of the gaps between lines, those of an odd count of blank lines (one; three: the copy's own)
_MIN_ONE_BLANK_SHARE = 0.3  # those of one blank line (the copy's own blank lines may be many: a table's cells apart)
_SINGLE_SPACED_NOTE = ("every line of the copy is followed by a blank line: read with those blank lines left out; "
                       "line numbers count the lines so read (character offsets are the file's)")


def _double_spaced(lines: list[tuple[int, int, str]]) -> bool:
    gaps, blanks, texts = [], 0, []
    for _, _, line in lines:
        if not line.strip(" \t\f\v"):
            blanks += 1
            continue
        if texts:
            gaps.append(blanks)
        texts.append(line.strip(" \t\f\v"))
        blanks = 0
    return (len(texts) >= _MIN_SPACED_LINES and min(gaps) >= 1
            and sum(gap % 2 for gap in gaps) >= _MIN_ODD_SHARE * len(gaps) and gaps.count(1) >= _MIN_ONE_BLANK_SHARE * len(gaps)
            and _hard_wrapped(texts, gaps))


# A site's copy prints a paragraph, a heading, a table's cell a line, a blank line after each, as a double-spaced copy of
# lines that stand alone does: halved, its lines read as wrapped ones (a heading "1. Sở Tài chính" over its paragraph in
# small letters, a table's cells "Sở Tài chính" / "các huyện, thị xã" joined, its tasks lost). Only a copy whose lines
# were wrapped at a width is halved: the lines that go on in small letters after no sentence's end, one blank line
# between, fill the width (the lower quartile of their lengths near the longest), a paragraph's or a cell's end falls
# anywhere.
_MIN_WRAPPED_LINES = 3
_FULL_LINE_SHARE = 0.75
_NARROWEST_WRAP = 40  # characters: no one wraps prose narrower; a table's cells one a line ("Số xã đạt chuẩn" / "xã") are shorter


def _hard_wrapped(texts: list[str], gaps: list[int]) -> bool:
    """``gaps``: the blank lines after each line but the last (one where a spaced copy's line wraps)."""
    lengths = sorted(len(line) for line, following, gap in zip(texts, texts[1:], gaps)
                     if gap == 1 and following[0].islower() and line[-1] not in ".!?;:")
    return len(lengths) >= _MIN_WRAPPED_LINES and lengths[len(lengths) // 4] >= max(_FULL_LINE_SHARE * lengths[-1], _NARROWEST_WRAP)


def _single_spaced(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The lines with every run of blank lines halved (one blank line: none; three: one), numbered anew."""
    out: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []
    for line in lines:
        if not line[2].strip(" \t\f\v"):
            run.append(line)
            continue
        out += run[: len(run) // 2] + [line]
        run = []
    out += run[: len(run) // 2]
    return [(k, start, text) for k, (_, start, text) in enumerate(out, start=1)]


# -- A PDF viewer's page numbers -----------------------------------------------------------------------------------
# A PDF viewer's copy prints each page's number alone on a line where the page ends (from the second page on, as
# Nghị định 30/2020 numbers pages), in prose and inside a table copied one cell a line alike, where a bare figure is
# also a row's number or a cell's own. The page's numbers are told by their sequence: 2, 3, 4 … a page's lines apart.
_BARE_NUMBER_LINE = re.compile(r"(?m)^[ \t-]*\d{1,3}[ \t-]*$")
_MIN_PAGES = 3  # page numbers in a run (a copy of three pages prints two: too few to tell from a cell's figures)
_MIN_PAGE_LINES = 20  # lines of a page at the least
_PAGE_LENGTH_SPREAD = 3  # the longest page in lines at most this many times the shortest
_FIRST_PAGES_AT_MOST = 2.5  # the "2" after this many of the longest pages at the most (printed at a page's foot)


def page_number_lines(lines: list[tuple[int, str]]) -> frozenset[int]:
    """The line numbers of the figures alone on their lines that number the pages of a PDF viewer's copy: the longest
    run 2, 3, 4 … (at least ``_MIN_PAGES``), each a page's lines after the one before, the "2" a page's lines after the
    text's start, and no "1" a page before the "2" (a table's rows numbered 1, 2, 3 …, each row as long as a page,
    print their "1" there). A figure that is a step of a table's own 1, 2, 3 … is no page's; a page whose value a row's
    number also has, text between, is left out (either may be the page's). Empty where no such run is."""
    numbers = [(int(re.search(r"\d+", line).group()), at, line_no)  # (value, lines before it, line number)
               for at, (line_no, line) in enumerate(lines) if PAGE_NUMBER.match(line)]
    best: list[tuple[int, int, int]] = []
    best_unsure: list[tuple[int, int, int]] = []
    for start, (value, at, _) in enumerate(numbers):
        if value != 2 or at < _MIN_PAGE_LINES:
            continue
        run, page = [numbers[start]], at  # a page's lines: the first page's, then the last page's
        unsure: list[tuple[int, int, int]] = []  # pages whose figure a row's number of the same value may be
        while nexts := [c for c in numbers if c[0] == run[-1][0] + 1 and c[1] - run[-1][1] >= _MIN_PAGE_LINES
                        and not _a_step_of_rows(numbers, run, c)]:
            # the figure nearest where the next page ends; another of its value within half a page, text between:
            # either may be the page's (a row's number beside it), the page is left as it reads
            following = min(nexts, key=lambda c: abs(c[1] - run[-1][1] - page))
            if any(_apart_by_text(lines, following, c) for c in numbers if c[0] == following[0] and c is not following
                   and abs(c[1] - following[1]) <= page / 2):
                unsure.append(following)
            page = following[1] - run[-1][1]
            run.append(following)
        if len(run) > len(best):
            best, best_unsure = run, unsure
    if len(best) < _MIN_PAGES:
        return frozenset()
    pages = [after[1] - before[1] for before, after in zip(best, best[1:])]
    shortest, longest = min(pages), max(pages)
    first_page = best[0][1]
    if longest > _PAGE_LENGTH_SPREAD * shortest or not shortest / _PAGE_LENGTH_SPREAD <= first_page <= longest * _FIRST_PAGES_AT_MOST:
        return frozenset()
    if any(value == 1 and first_page - longest <= at < first_page for value, at, _ in numbers):
        return frozenset()  # a row "1" a page before the "2": a table's row numbers
    return frozenset(line_no for value, at, line_no in best if (value, at, line_no) not in best_unsure)


def _a_step_of_rows(numbers: list[tuple[int, int, int]], run: list[tuple[int, int, int]],
                    candidate: tuple[int, int, int]) -> bool:
    """Whether ``candidate`` (value v) goes on from a table's rows or columns numbered on their own: the nearest figure
    before it (outside the run; a later page's figure, higher, aside) is v - 1. A page's number stands after the rows'
    own v, or after rows not yet that far."""
    value, at = candidate[0], candidate[1]
    before = [c for c in numbers if c[1] < at and c[0] <= value and c not in run]
    return bool(before) and before[-1][0] == value - 1


def _apart_by_text(lines: list[tuple[int, str]], one: tuple[int, int, int], other: tuple[int, int, int]) -> bool:
    """Whether text stands between two figures: taking one or the other as the page's number reads the text apart."""
    low, high = sorted((one[1], other[1]))
    return any(line.strip() for _, line in lines[low + 1:high])


# -- Markup saved as text -------------------------------------------------------------------------------------------
# HTML's names (format facts): the elements that lay out a page's blocks and tables, and those that end a line.
_BLOCK_TAGS = "p|div|table|tbody|thead|tfoot|tr|td|th|li|ul|ol|h[1-6]|blockquote|center|section|article|body|html"
_BLOCK_TAG = re.compile(rf"<(/?)({_BLOCK_TAGS})\b[^<>]*>", re.IGNORECASE)
_TABLE_TAG = re.compile(r"<t[dhr]\b[^<>]*>", re.IGNORECASE)
_LINE_ENDING_TAG = re.compile(rf"<(?:br|/?(?:{_BLOCK_TAGS}))\b[^<>]*>", re.IGNORECASE)
# any element's tag (a name of letters after "<" or "</"), a comment: "< 5 tỷ" and "<=" are no tags
_TAG = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:[a-z][a-z0-9]*|#[0-9]{1,7}|#x[0-9a-f]{1,6});", re.IGNORECASE)


def _as_page(text: str, markdown: bool = False) -> str | None:
    """The text as a page for the HTML reader when its tags lay it out: it holds a table in markup, or half its lines
    open or close a block. Lines of text outside every block (a header typed above a table pasted as markup) are each
    made a paragraph, as the text reader would have read them; in Markdown (which writes as HTML the tables its pipes
    cannot hold), printed without their markup, and the lines of a paragraph, up to a blank line, one paragraph. The
    lines are kept, so the blocks' line numbers are the file's. None for text (with a few stray tags at most)."""
    lines = text.split("\n")
    marked = sum(1 for line in lines if _BLOCK_TAG.search(line))
    if not (_TABLE_TAG.search(text) or 2 * marked >= sum(1 for line in lines if line.strip())):
        return None
    depth = 0  # blocks open at the line's start; their closing tags may be left out ("<p>…<p>"): never below none
    page = []
    in_paragraph = False  # a Markdown paragraph's lines so far
    width = max(_MIN_WRAP_WIDTH, max((len(line) for line in lines if not _BLOCK_TAG.search(line)), default=0))
    previous = ""
    for line in lines:
        tags = _BLOCK_TAG.findall(line)
        if depth == 0 and not tags and _TAG.sub("", line).strip():
            if not markdown:
                line = f"<p>{line}</p>"
            else:
                if in_paragraph and not _wrapped(previous, line, width):
                    page[-1] += "</p>"  # a line the writer ended (a header's lines typed one under another)
                    in_paragraph = False
                previous = line
                printed_line, emphasized = _markdown_printed(line)
                line = ("" if in_paragraph else "<p>") + (f"<b>{printed_line}</b>" if emphasized else printed_line)
                in_paragraph = True
        elif in_paragraph:
            page[-1] += "</p>"
            in_paragraph = False
        page.append(line)
        for closing, _name in tags:
            depth = max(0, depth - 1 if closing else depth + 1)
    if in_paragraph:
        page[-1] += "</p>"
    return "\n".join(page)


# The narrowest a converter wraps a paragraph's lines at (pandoc 72 columns, Python's textwrap 70): in a file whose lines
# are all shorter, no line was wrapped
_MIN_WRAP_WIDTH = 60


def _wrapped(line: str, following: str, width: int) -> bool:
    """Whether ``line`` ended where a converter wrapped a paragraph (the next word would not have fit the width, the
    file's longest line), so that ``following`` goes on the same paragraph; else its writer ended it."""
    return len(line.rstrip()) + 1 + len(following.split()[0]) > width


def _read_as_page(path: Path, data: bytes, page: str, markdown: bool) -> Document:
    """The page read by the HTML reader; a warning unless the file is Markdown, which may hold HTML."""
    from . import html as html_reader

    doc = html_reader.read_page(path, page.encode("utf-8"), origin_of(path, data, "markdown" if markdown else "html"))
    if markdown:
        return doc
    return doc.with_warnings([Issue(code="format_from_content",
                                    message=f"the file is named '{path.suffix}' but holds a web page's markup: read as such")])


def _without_markup(lines: Iterator[tuple[int, int, str]], printed: dict[int, int]) -> Iterator[tuple[int, int, str]]:
    """The lines with the markup left in copied text turned into what it stands for: a "<br />" or a block's tag ends
    a line (in a "| … |" row, where "<br>" breaks a cell's line, it stays for the table to read), other tags go,
    entities become their characters ("&nbsp;" a no-break space, "&amp;" "&"). ``printed`` gets the length as printed
    of each line changed, so that a block's offsets still span its line in the text."""
    for line_no, start, line in lines:
        if "<" not in line and "&" not in line:
            yield line_no, start, line
            continue
        printed.setdefault(line_no, len(line))
        in_row = "|" in line
        pieces = [line] if in_row else _LINE_ENDING_TAG.split(line)
        for piece in pieces:
            piece = _ENTITY.sub(_character, _TAG.sub(_break_kept if in_row else "", piece))
            if piece.strip(" \t") or len(pieces) == 1:
                yield line_no, start, piece


def _break_kept(tag: re.Match[str]) -> str:
    return tag.group() if _BREAK_TAG.fullmatch(tag.group()) else ""


def _character(entity: re.Match[str]) -> str:
    return html.unescape(entity.group())


# -- Markdown ---------------------------------------------------------------------------------------------------------
# Markdown's own syntax (format facts): a heading's "#" marks, a quote's ">", a list item's "*" or "+", a thematic
# break or a heading's underline, and the inline cues that tell a ".txt" holds Markdown (strong emphasis, a heading,
# a backslash before punctuation: "1\\. Mục đích", "Số: 12/KH\\-UBND").
_MARKDOWN_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_MARKDOWN_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_MARKDOWN_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_MARKDOWN_BULLET = re.compile(r"^( {0,3})[*+](?=[ \t])")
_MARKDOWN_BREAK_LINE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,}|=+[ \t]*)$")
_MARKDOWN_CUE = re.compile(r"^ {0,3}#{1,6}[ \t]+\S|\*\*\S[^*\n]*\*\*|\\[-.*_()#+!|\[\]`>]", re.MULTILINE)
_MIN_MARKDOWN_CUES = 3  # a plain copy may print one "**" or one backslash; Markdown prints them on line after line


def _looks_like_markdown(text: str) -> bool:
    if "**" not in text and "\\" not in text and "#" not in text:  # a test in C first: most texts hold none of them
        return False
    cues = _MARKDOWN_CUE.finditer(text)
    return sum(1 for _ in zip(range(_MIN_MARKDOWN_CUES), cues)) == _MIN_MARKDOWN_CUES


@cache
def _markdown_parser():
    from markdown_it import MarkdownIt  # imported when a file holds Markdown: plain text never needs it

    # tags stay as typed: "<br>" in a "| … |" row is the table's; an escape stays a token of its own ("\\|" in a row)
    return MarkdownIt("commonmark", {"html": True}).disable("text_join")


def _without_markdown(lines: Iterator[tuple[int, int, str]], printed: dict[int, int], bold: set[int],
                      ) -> Iterator[tuple[int, int, str]]:
    """The lines as they print: a heading's marks, a quote's ">", emphasis, a backslash before punctuation and a
    link's target go, an image goes whole, an item's "*" or "+" is a dash; a thematic break (or a heading's underline)
    is no line. Each line is read alone, so the file's lines stay the blocks' lines; ``printed`` gets the length as
    printed of each line changed, ``bold`` the number of each line that is a heading or all strong emphasis (as the
    HTML reader marks a heading or a paragraph all in <b>)."""
    for line_no, start, line in lines:
        plain, emphasized = _markdown_printed(line)
        if plain != line:
            printed.setdefault(line_no, len(line))
        if emphasized:
            bold.add(line_no)
        yield line_no, start, plain


def _markdown_printed(line: str) -> tuple[str, bool]:
    """The line as it prints, and whether it is a heading or all in strong emphasis."""
    if _MARKDOWN_BREAK_LINE.match(line) and "|" not in line:
        return "", False
    plain = _MARKDOWN_QUOTE.sub("", line)
    heading = _MARKDOWN_HEADING.match(plain)
    if heading is not None:
        plain = _MARKDOWN_CLOSING_HASHES.sub("", plain[heading.end():])
    plain, strong = _markdown_inline(_MARKDOWN_BULLET.sub(r"\1-", plain).rstrip("\\"))
    return plain, bool(plain.strip()) and (heading is not None or strong)


_PRINTED_TOKENS = frozenset({"text", "text_special", "code_inline", "html_inline"})
_ESCAPED_PIPE = "\\|"


def _markdown_inline(line: str) -> tuple[str, bool]:
    """The line without its inline markup, and whether all its text is in strong emphasis ("**Mục tiêu**")."""
    if not any(c in line for c in "*_\\[`!<&"):  # cheap test: most lines of a Markdown file carry no inline markup
        return line, False
    tokens = _markdown_parser().parseInline(line)[0].children or []
    printed = []
    strong = 0  # strong spans open
    all_strong = True
    in_row = line.lstrip().startswith("|")
    for token in tokens:
        if token.type == "image":
            continue  # its description ("image1.png") is no text of the document
        if in_row and token.markup == _ESCAPED_PIPE:
            printed.append(_ESCAPED_PIPE)  # a cell's "|", which the row's cells are split around (``_pipe_cells``)
            continue
        if token.type in ("strong_open", "strong_close"):
            strong += 1 if token.type == "strong_open" else -1
        elif token.type in _PRINTED_TOKENS:
            printed.append(token.content)
            all_strong = all_strong and (strong > 0 or not token.content.strip())
    text = "".join(printed)
    return text, all_strong and bool(text.strip())


# A page whose line breaks were stored escaped, as the four characters "\r\n" (a legal site's text copied with them).
_ANY_BREAK = re.compile(r"\\r\\n|\\r|\\n|\r\n|\r|\n")
_MIN_ESCAPED_BREAKS = 3


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(line number, offset, text) of each line; a line ends at "\r\n", "\r" or "\n", or at their escaped forms when
    the text has several (Vietnamese documents print no backslash before r or n)."""
    if text.count("\\n") + text.count("\\r") >= _MIN_ESCAPED_BREAKS:
        start = line_no = 0
        for line_no, line_end in enumerate(_ANY_BREAK.finditer(text), start=1):
            yield line_no, start, text[start : line_end.start()]
            start = line_end.end()
        if start < len(text):
            yield line_no + 1, start, text[start:]
        return
    if "\r" not in text:  # most files: str.split is three times quicker than the regex
        start = 0
        for line_no, line in enumerate(text.split("\n"), start=1):
            yield line_no, start, line
            start += len(line) + 1
        return
    end = len(text)
    for line_no, match in enumerate(_LINE.finditer(text), start=1):
        if match.start() == end:
            break
        yield line_no, match.start(), match.group().rstrip("\r\n")


# -- Tables copied as text -------------------------------------------------------------------------------------------
# A browser copies a table as one line per row, its cells separated by tabs; a cell of several paragraphs goes on over
# the next lines (the row's tabs then come on those lines). A Markdown-like copy prints whole rows "| a | b | c |".
# Two columns of tabbed text are the layout of a header or a signature ("TM. ỦY BAN NHÂN DÂN<TAB>KT. CHỦ TỊCH",
# "Nơi nhận:<TAB>…"), not a table: a table has at least three columns and two rows that print all of them.
_MIN_COLUMNS = 3
_MIN_FULL_ROWS = 2
_FIRST_ROWS = 10  # the tabbed lines whose most common count of tabs gives a table its columns
_MAX_GAP = 40  # lines without a tab between two tabbed lines of one table (a cell's paragraphs: a list of items)


@cache
def _site_end() -> re.Pattern[str]:
    return re.compile(f'{listed_pattern("boilerplate.json", "document_end").pattern}|{listed_pattern("boilerplate.json", "site_text_after").pattern}')


def _site_text_after(line: str) -> bool:
    """A line of the site's text after the document ("Thuộc tính văn bản", "Lược đồ": boilerplate.json document_end, site_text_after):
    the tab-separated rows under it (the site's attribute table) are no more rows of the document's last table."""
    return _site_end().match(line.strip(_SPACES)) is not None
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_SPACES = " \f\v"  # stripped from a tabbed line: its tabs are cell borders, a first or last cell may be empty
# an item's marks: a bullet (a dash, a plus, a dot, an en dash) or a letter in small letters ("a)", "đ.")
_BULLETS = "-+•–"
_ITEM_LETTER = "[a-zđ]"
_BULLET = re.compile(rf"^\s*[{_BULLETS}]\s")
# how the lines that frame a document begin, folded: the motto (the State's, the Party's) and the recipients' label
_FRAME_STARTS = ("cong hoa xa hoi chu nghia", "doc lap", "dang cong san viet nam", "noi nhan")
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[A-ZĐa-zđ])[.)]?\t")  # a row's number, then its tab
_NUMBER_CELL = re.compile(r"^\s*\|?\s*\d{1,3}(?:\.\d{1,3})*\.?\s*\|")  # a '|' row whose first cell is a number
# a first cell that opens with the row's number ("1. Xây dựng …": a table with no number column), its text after it;
# not a roman numeral ("II. NHIỆM VỤ": a part of the document between two tables)
_NUMBERED_CELL = re.compile(r"^\d{1,3}(?:\.\d{1,3})*[.)]\s+\S")
# any item's mark at a piece's start ("a) …", "b. …", "- …", "+ …", "• …"): an item of its own, no line wrapped
_LIST_MARK = re.compile(rf"^(?:{_ITEM_LETTER}[.)]|[{_BULLETS}])(?:\s|$)")


def _table_lines(lines: list[str], notes: list[tuple[int, str]] | None = None) -> list[str]:
    """The lines as the table reader reads them: no-break and other wide spaces as spaces (a site prints them between
    a name's words: "Ủy&nbsp;ban", a header's "Đơn vị&nbsp;chủ trì"), and where every line that holds a tab ends with
    one (a browser's copy that ends each cell with a tab, the last too; no header leaves its last name empty) that
    tab taken off."""
    lines = _spaced_rows(_spaced_rows([plain_spaces(line) for line in lines]), _semicolon_cells, notes)
    tabbed = [line.rstrip(_SPACES) for line in lines if "\t" in line]
    if tabbed and all(line.endswith("\t") for line in tabbed):
        lines = [line.rstrip(_SPACES)[:-1] if line.rstrip(_SPACES).endswith("\t") else line for line in lines]
    return lines


# two spaces or more between a line's words: a phone's or a reader view's copy of a table joins a row's cells so
_CELL_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
# a line of three cells or more so joined (the cheap test on the whole text)
SPACED_CELLS = re.compile(r"^[^\S\n]*\S.*?\S {2,}\S.*?\S {2,}\S", re.MULTILINE)
# a line of three cells or more parted by ";" (a CSV-like copy: a spreadsheet saved or pasted as text)
SEMICOLON_CELLS = re.compile(r"^[^\n;]*\S[^\n;]*;[^\n;]*\S[^\n;]*;", re.MULTILINE)


def _spaced_cells(line: str) -> list[str]:
    return _CELL_GAP.split(line.strip(_SPACES))


def _semicolon_cells(line: str) -> list[str]:
    """A CSV-like row's cells: ";" between them, a cell that holds a ";" in double quotes (csv's own reading)."""
    if ";" not in line:
        return [line.strip(_SPACES)]
    return [cell.strip() for cell in next(csv.reader([line.strip(_SPACES)], delimiter=";", skipinitialspace=True))]


def _spaced_rows(lines: list[str], cells_of: Callable[[str], list[str]] = _spaced_cells,
                 notes: list[tuple[int, str]] | None = None) -> list[str]:
    """Rows whose cells a copy joined by two spaces or more, with no tab or "|" (a phone's copy of a site's table, a row
    a line), or by ";" (``_semicolon_cells``): as tabbed rows, from a header whose every cell names a column ("STT  Nội
    dung công việc  Đơn vị chủ trì …") to the first line that prints fewer cells than a row short by two merged cells (a
    heading typed "III.  TỔ CHỨC THỰC HIỆN" under a table of five columns), or that no row opens so: under a number
    column a line whose first cell is no row's number, and anywhere a line that ends the table's text (task_tables.json
    table_ends: "Ghi chú:", "(*) …") or a sentence ending in "." whose first cell runs on ("Các cơ quan,  đơn vị  căn cứ
    …  triển khai thực hiện."), unless it is a group row with a row of the table after it (``_spaced_group``). A
    sentence typed with two spaces between words names no column, so the text around a table stays as it is."""
    out, header, numbered, header_roles = list(lines), None, False, []
    for k, line in enumerate(lines):
        if "\t" in line or "|" in line:
            header = None
            continue
        cells = cells_of(line)
        names = cells[:-1] if len(cells) > _MIN_COLUMNS and not cells[-1] else cells  # "…;Thời gian;": a trailing ";"
        # a name that runs on ("Chủ trì: Sở Tài chính; …") parts a ";" sentence, never two spaces: a header typed
        # with two spaces names long columns ("Thời gian hoàn thành (trình UBND tỉnh …)", "Kinh phí (ĐVT: …)")
        if header is None and len(names) >= _MIN_COLUMNS \
                and (cells_of is _spaced_cells or all(map(_short_name, names))) \
                and "other" not in (roles := _roles(names)):
            header, numbered, header_roles = len(cells), roles[0] == "number", roles
        elif header is None or not max(2, header - 2) <= len(cells) <= header or not _opens_spaced_row(cells, numbered) \
                or _spaced_group(cells):  # "III.  TỔ CHỨC THỰC HIỆN" under four columns: a heading, no short row
            if header is not None and (_spaced_group(cells) or _numbered_group(cells, lines[k + 1:], cells_of)) \
                    and _spaced_row_follows(lines[k + 1:], cells_of, header_roles, numbered):
                out[k] = "\t".join(cells)  # a group row across the table, rows of the table after it
                continue
            if header is not None and notes is not None and cells_of is _semicolon_cells \
                    and _semicolon_row_left(line, cells):
                notes.append((k, _SEMICOLON_ROWS_LEFT))
            header = None  # a row short by merged cells at most, opening as a row does
            continue
        out[k] = "\t".join(cells)
    return out


_MAX_NAME_WORDS = 8
_SEMICOLON_ROWS_LEFT = ("a row of a table copied with ';' between cells does not split into the table's cells (a cell "
                        "over two lines, a ';' inside a cell): the table ends before it, the rows from it are text")


def _semicolon_row_left(line: str, cells: list[str]) -> bool:
    """A line that ends a ';' table but is one of its rows: numbered as a row is ("2;Rà soát; cập nhật …"), or a quoted
    cell's lines ('1;Xây dựng …;"Sở Tài chính' / 'Sở Nội vụ";Quý II/2026')."""
    return line.count('"') % 2 == 1 or (";" in line and bool(_SPACED_ROW_NUMBER.match(cells[0])))


def _short_name(cell: str) -> bool:
    """A header's name: a few words, no clause after a colon, no sentence ("Chủ trì: Sở Tài chính; phối hợp: …; thời
    gian: Năm 2026." parts a task's sentence by ";" into pieces that each name a field, no column)."""
    return len(cell.split()) <= _MAX_NAME_WORDS and ":" not in cell and not cell.endswith(".")


def _spaced_group(cells: list[str]) -> bool:
    """A group row of a spaced table: one or two cells, a mark then a title ("I.  Nhóm nhiệm vụ về …", "II. NHIỆM VỤ
    CỤ THỂ"), a group's label (task_tables.json group_words) or a title in capitals."""
    if len(cells) > 2:
        return False
    text = " ".join(cells)
    mark = _SPACED_GROUP_MARK.match(text)
    return bool(mark or _group_words().match(text) or is_upper_line(text))


def _numbered_group(cells: list[str], lines: list[str], cells_of: Callable[[str], list[str]]) -> bool:
    """A group row numbered in figures ("1  Nhóm nhiệm vụ về hạ tầng") over rows numbered under it ("1.1", "1.2"): its
    number and its title, the first of ``lines`` with text opening with the group's number and a dot."""
    if len(cells) != 2 or not (mark := _SPACED_GROUP_NUMBER.match(cells[0])):
        return False
    following = next((line for line in lines if line.strip()), "")
    return cells_of(following)[0].startswith(f"{mark[1]}.") and bool(re.match(r"[^\W\d_]", cells[1]))


def _spaced_row_follows(lines: list[str], cells_of: Callable[[str], list[str]], roles: list[str],
                        numbered: bool) -> bool:
    """Whether the first of ``lines`` with text is a row of the spaced table (a group row's rows follow it): every
    column's cell printed, each like its column (under a lead column a body's name, under a deadline column a time),
    and no sentence. Numbered paragraphs after the table typed with two spaces ("TỔ CHỨC THỰC HIỆN" / "1.  Sở Nội vụ
    chủ trì, theo dõi  …  báo cáo UBND tỉnh") print cells of other kinds, so the heading ends the table."""
    from pipeline.stages.cells import looks_like_deadline, reads_as_agency

    following = next((line for line in lines if line.strip()), "")
    cells = cells_of(following)
    if "\t" in following or len(cells) != len(roles) or not _opens_spaced_row(cells, numbered):
        return False
    for cell, role in zip(cells, roles):
        if cell.strip(" -") and ((role == "deadline" and not looks_like_deadline(cell))
                                 or (role == "lead" and not reads_as_agency(cell))):
            return False
    return not any(cell.rstrip().endswith((".", ";", ":")) for cell in cells[1:])


# a group row's mark and its title: a Roman numeral or a capital letter ("II.", "B)"), then words
_SPACED_GROUP_MARK = re.compile(r"^(?:[IVXLC]{1,6}|[A-ZĐ])[.)]?\s+[^\W\d_]")
# a group's number in figures ("1", "2.", "3)")
_SPACED_GROUP_NUMBER = re.compile(r"^(\d{1,2})[.)]?$")
# "2", "2.1", "II.", "b)", and a number closed by a dash ("2-", "II -"), as legal sites print them
_SPACED_ROW_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])(?:[.)]|\s?[-–])?$")


@cache
def _table_ends() -> re.Pattern[str]:
    from pipeline.resources import listed_pattern

    return listed_pattern("task_tables.json", "table_ends")


@cache
def _group_words() -> re.Pattern[str]:
    from pipeline.resources import listed_pattern

    return listed_pattern("task_tables.json", "group_words", re.IGNORECASE)


def _opens_spaced_row(cells: list[str], numbered: bool) -> bool:
    """A line of cells joined by spaces that goes on a spaced table: its number first under a number column, and no
    note or sentence after the table ("Ghi chú:  (*) …", "Các cơ quan,  đơn vị  …  triển khai thực hiện.")."""
    if numbered and not _SPACED_ROW_NUMBER.match(cells[0]):
        return False
    if _table_ends().match(cells[0]):
        return False
    return not (cells[-1].endswith(".") and cells[0].endswith((",", ":", ";")))


def text_tables(lines: list[str], notes: list[tuple[int, str]] | None = None) -> dict[int, tuple[int, Table]]:
    """The tables among non-blank ``lines``: first line's index -> (index past its last line, table). ``notes`` gets
    (line index, why) for each run of table rows left as text because its merged cells read two ways, and for each row
    whose cells left empty could each be the one merged down."""
    found: dict[int, tuple[int, Table]] = {}
    # cheap test on every line; a grid table's top border holds no "|"
    starts = [k for k, line in enumerate(lines) if "\t" in line or "|" in line or line.lstrip().startswith("+-")]
    i = 0
    while (k := bisect_left(starts, i)) < len(starts):
        i = starts[k]
        if (site := _site_rows(lines, i))[0] > i:
            # "cell | cell | cell |": each row on a line, every cell followed by " |" (a legal site's copy)
            run_end = site[0]
            framed = list(lines)
            framed[i:run_end] = site[1]
            table, end, unsure = _pipe_table(framed, i, run_end)
            start = i
        elif _GRID_BORDER.match(lines[i].strip()):
            start = i
            table, end = _grid_table_from(lines, i)
            unsure = []
        elif (run_end := _bare_pipe_rows_end(lines, i)) > i:
            # Markdown's rows with no "|" at their ends ("STT | Nội dung | Chủ trì" / "--- | --- | ---"): framed
            framed = list(lines)
            framed[i:run_end] = [_framed(line) for line in lines[i:run_end]]
            table, end, unsure = _pipe_table(framed, i, run_end)
            start = i
            if table is not None and end == run_end < len(lines) and _NUMBER_CELL.match(lines[end]) and notes is not None:
                notes.append((end, _ROW_TWO_WAYS))  # a numbered row of other cells (merged, or one too many): unread
        elif _PIPE_ROW.match(lines[i]) and len(_pipe_cells(lines[i])) >= _MIN_COLUMNS:
            end = i
            while end < len(lines) and (_PIPE_ROW.match(lines[end]) or _PIPE_RULE.match(lines[end])):
                end += 1
            run_end = end
            table, end, unsure = _pipe_table(lines, i, end)
            start = i
            if table is not None and end < run_end and notes is not None:
                notes.append((end, _ROW_TWO_WAYS))
        elif "\t" in lines[i].strip(_SPACES):
            end, gap = i + 1, 0
            for j in range(i + 1, len(lines)):
                if "\t" in lines[j].strip(_SPACES):
                    end, gap = j + 1, 0
                elif (gap := gap + 1) > _MAX_GAP or _site_text_after(lines[j]):
                    break
            start, end, table, note, unsure = _tab_table(lines, i, end)
            if note is not None and notes is not None and not (notes and notes[-1][0] == note[0]):
                notes.append(note)  # once a line: the run after a table that ended at a row begins at that row
        else:
            i += 1
            continue
        if table is not None and not _lays_out_the_page(table):
            found[start] = (end, table)
            if notes is not None:
                notes += [(k, _CELLS_TWO_WAYS) for k in unsure]
        i = max(end, i + 1)
    return found


def _frame_lines(lines: list[tuple[int, int, str]], first: int, tables: dict[int, tuple[int, Table]],
                 ) -> tuple[int, list[tuple[int, int, int, str]]] | None:
    """The run of "| … |" rows from ``lines[first]`` when it is no table but a page's frame (two columns, as a header's
    "| ỦY BAN NHÂN DÂN …<br>SỞ NỘI VỤ | CỘNG HÒA …<br>Độc lập … |" or a closing's "| Nơi nhận: … | KT. GIÁM ĐỐC … |",
    or more that ``_lays_out_the_page``): (the index past the run, its lines as the HTML reader reads such a table: a
    row whose cells hold several lines, or a frame printed whole in one row, cell after cell, each line of a cell a
    line; rows of a line a cell, such as "| 1 | Sở Nội vụ |" or a joint signature's "| KT. BỘ TRƯỞNG … | KT. BỘ TRƯỞNG
    … |", each a line with a tab between its cells, as a browser copies them; each with its row's line number and
    span). None when the rows are a table's or left as text for a reason of their own (rows that read two ways)."""
    end = first
    while end < len(lines) and end not in tables and (_PIPE_ROW.match(lines[end][2]) or _is_rule(lines[end][2])):
        end += 1
    rows = [(line_no, start, line, [_BREAK_TAG.sub("\n", cell).split("\n") for cell in _pipe_cells(line)])
            for line_no, start, line in lines[first:end] if not _is_rule(line)]
    if not rows:
        return None
    n_cols = max(len(cells) for *_, cells in rows)
    frame = _lays_out_the_page(_grid_table([["\n".join(c) for c in cells] for *_, cells in rows], n_cols))
    if n_cols >= _MIN_COLUMNS and not frame:
        return None
    printed = []
    if _GRID_BORDER.match(lines[first][2].strip()):  # a grid's row goes over its lines, each a line of each of its cells
        return end, _grid_frame_lines(lines[first:end])
    for line_no, start, line, cells in rows:
        if any(len(cell) > 1 for cell in cells) or (frame and len(rows) == 1):
            lines_of_row = [text.strip() for cell in cells for text in cell]
        else:
            lines_of_row = ["\t".join(cell[0].strip() for cell in cells).strip(_SPACES)]
        printed += [(line_no, start, start + len(line), text) for text in lines_of_row if text.strip("\t")]
    return end, printed


# A grid table (pandoc's Markdown): "+---+---+" borders ("+===+" under the header), "| a | b |" lines, a cell's lines
# one under another, a cell merged down left open in the borders it spans ("+   +---+")
_GRID_BORDER = re.compile(r"^\+(?:[-=:]+\+)+$")
_GRID_LINE = re.compile(r"^[+|\-].*[+|]$")
_GRID_RULE_CHARACTERS = frozenset("+-=:| ")


def _grid_table_from(lines: list[str], first: int) -> tuple[Table | None, int]:
    """The grid table whose top border is ``lines[first]``, and the index past its last line; None (its lines stay
    text) for a cell spread over columns, or rows that are no grid's."""
    top_border = lines[first].strip()
    bounds = [k for k, c in enumerate(top_border) if c == "+"]
    n_cols = len(bounds) - 1
    end = first + 1
    while end < len(lines) and _GRID_LINE.match(lines[end].strip()):
        end += 1
    if n_cols < _MIN_COLUMNS or not _is_rule(lines[end - 1]):
        return None, end
    open_cells: list[tuple[int, list[str]] | None] = [None] * n_cols  # per column: its cell's first row, its lines
    cells, row = [], 0
    for line in (line.strip() for line in lines[first + 1:end]):
        if set(line) <= _GRID_RULE_CHARACTERS and ("-" in line or "=" in line):  # a border, whole or open
            if len(line) != len(top_border):
                return None, end
            for c in range(n_cols):
                if open_cells[c] is not None and line[bounds[c] + 1:bounds[c + 1]].strip():
                    top, texts = open_cells[c]
                    cells.append(Cell(top, c, row - top + 1, 1, _grid_cell_text(texts)))
                    open_cells[c] = None
            row += 1
            continue
        pieces = _pipe_cells(line)
        if len(pieces) != n_cols:
            return None, end
        for c, piece in enumerate(pieces):
            if open_cells[c] is None:
                open_cells[c] = (row, [])
            open_cells[c][1].append(piece.strip())
    if any(cell is not None for cell in open_cells) or row < _MIN_FULL_ROWS:
        return None, end
    return Table(n_rows=row, n_cols=n_cols, cells=sorted(cells, key=lambda cell: (cell.row, cell.col))), end


def _grid_cell_text(lines: list[str]) -> str:
    """A grid cell's lines: a paragraph wrapped to the column's width joined again, an item ("- …", "1. …") or a
    paragraph after an empty line on a line of its own."""
    text = ""
    for line in lines:
        if not line:
            text += "\n" if text and not text.endswith("\n") else ""
        elif text and not text.endswith("\n") and not _BULLET.match(line) and not _NUMBERED_CELL.match(line):
            text += " " + line
        else:
            text += ("\n" if text and not text.endswith("\n") else "") + line
    return text.strip("\n")


_CELL_BORDER = re.compile(r"(?<!\\)\|")  # a pipe; an escaped one ("\\|", Markdown's) is a cell's text


def _pipe_cells(row: str) -> list[str]:
    """The cells of a "| … |" row, each escaped pipe in them a pipe."""
    return [cell.replace(_ESCAPED_PIPE, "|") for cell in _CELL_BORDER.split(row.strip()[1:-1])]


def _grid_frame_lines(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, int, str]]:
    """A grid's rows read as a page's frame: each row, between two borders, cell after cell, each line of a cell a
    line (with its line number and span), as the HTML reader reads a frame's cells."""
    printed, row = [], []
    for line_no, start, line in [*lines, (0, 0, "+-+")]:
        if not _is_rule(line):
            row.append((line_no, start, line, _pipe_cells(line)))
            continue
        for c in range(max((len(cells) for *_, cells in row), default=0)):
            printed += [(line_no, start, start + len(line), cells[c].strip())
                        for line_no, start, line, cells in row if c < len(cells) and cells[c].strip()]
        row = []
    return printed


def _is_rule(line: str) -> bool:
    """A pipe table's "|---|---|" or a grid table's border ("+---+---+")."""
    return bool(_PIPE_RULE.match(line) or _GRID_BORDER.match(line.strip().replace("=", "-")))


def _site_rows(lines: list[str], first: int) -> tuple[int, list[str]]:
    """Past the last of the rows from ``first`` that a legal site printed as "cell | cell | cell |" (every cell followed
    by " |"; an empty first cell leaves the row starting with "| "), and those rows framed ("| cell | … |"), or
    (``first``, []) when there are none: the first row has at least _MIN_COLUMNS cells and is no attribute panel
    ("Số hiệu: | 2165/QĐ-UBND | Loại văn bản: | …", its labels ending with ":"); a row of one cell (a group row across
    the table) goes on when a row of cells follows. A row whose cell's text the copy broke onto lines of their own
    ("1 | Xây dựng cơ sở dữ liệu" / "và vùng nuôi | Sở Y tế | Quý II/2026 |") is one row where its lines hold the
    header's count of cells (its other lines framed as rules, which the table drops); a page's number between rows
    too."""
    head = lines[first].strip()
    if head.startswith("|") or not head.endswith("|"):
        return first, []
    cells = head[:-1].split(" | ")
    if len(cells) < _MIN_COLUMNS or 2 * sum(cell.rstrip().endswith(":") for cell in cells) >= len(cells):
        return first, []
    rows, end, widths = ["| " + head], first + 1, {len(cells)}
    while end < len(lines) and not _PIPE_RULE.match(row := lines[end].strip()):
        if end == first + 1 and row.endswith("|") and 2 <= len(lower := row[:-1].split(" | ")) < len(cells):
            # maybe a header's lower line printing only its own names ("Chủ trì | Phối hợp |"), or a group row: a
            # row spans the upper line's names and the lower's but one for each parent (two names or more under each)
            widths |= {len(cells) + len(lower) - parents for parents in range(1, len(lower) // 2 + 1)}
        if _page_mark_between(lines, end, head):
            rows.append(_RULE_ROW)
        elif not row.endswith("|"):
            if (wrapped := _wrapped_row(lines, end, widths)) is None:
                break
            joined, n_lines = wrapped
            rows += ["| " + joined.replace("\n", "<br>"), *[_RULE_ROW] * (n_lines - 1)]
            end += n_lines
            continue
        elif " | " not in row and not (end + 1 < len(lines) and " | " in lines[end + 1] and lines[end + 1].rstrip().endswith("|")):
            break
        else:
            rows.append(_RULE_ROW if is_page_mark(row) else "| " + row)
        end += 1
    return (end, rows) if end - first >= _MIN_FULL_ROWS else (first, [])


_RULE_ROW = "|---|"
_MAX_WRAPPED_LINES = 4  # the lines one row of a site's copy may be broken over (a cell's paragraphs)


def _wrapped_row(lines: list[str], first: int, widths: set[int]) -> tuple[str, int] | None:
    """The row a site's copy broke over lines from ``first`` (none but the last ending with "|"), its lines joined by
    "\n", and the count of its lines, when it holds a count of cells among ``widths``; else None. The number of the
    page the copy broke the row at, between its lines, is no cell's text (_page_number_inside_row)."""
    pieces = []
    for k, line in enumerate(lines[first:first + _MAX_WRAPPED_LINES + 1], start=1):
        if pieces and _page_number_inside_row(pieces[-1], line, lines[first + k] if first + k < len(lines) else ""):
            continue
        pieces.append(line.strip())
        if pieces[-1].endswith("|"):
            joined = "\n".join(pieces)
            return (joined, k) if " | " in pieces[0] and len(joined[:-1].split(" | ")) in widths else None
        if not pieces[-1] or is_page_mark(pieces[-1]) or _PIPE_RULE.match(pieces[-1]) or len(pieces) == _MAX_WRAPPED_LINES:
            return None
    return None


_BARE_PAGE_NUMBER = re.compile(r"\d{1,3}")


def _page_number_inside_row(before: str, line: str, after: str) -> bool:
    """Whether ``line``, a bare figure between two lines of a broken row, is the number of the page the copy broke
    the row at: the words go on after it in small letters ("… cộng đồng" / "5" / "tại các xã | …"). After a label
    ("Mô hình:" / "15") or before a new paragraph ("15" / "Diện tích …") it is the cell's own figure."""
    return bool(_BARE_PAGE_NUMBER.fullmatch(line.strip())) and not before.endswith(":") and after.strip()[:1].islower()


def _page_mark_between(lines: list[str], k: int, head: str) -> bool:
    """Whether lines[k] is a page's number ("Trang 2/9") with a row of cells after it: a PDF's page break copied. A
    header after it other than the table's own (``head``, a page's repeat) opens the next table: no row of this one."""
    from pipeline.stages.columns import header_like

    if not (k + 1 < len(lines) and " | " in (row := lines[k + 1].strip()) and row.endswith("|") and is_page_mark(lines[k])):
        return False
    return row == head or not header_like(row[:-1].split(" | "))


def _bare_pipe_rows_end(lines: list[str], first: int) -> int:
    """Past the rows of a Markdown table whose rows print no "|" at their ends ("1 | Rà soát … | Sở Y tế"), from
    ``first`` (its header, which a delimiter row "--- | :---: | ---" follows: what proves it a table), or ``first``
    when none begins there or every row prints both (a framed table, read as "| … |" rows). A row goes on while the
    line prints the delimiter row's count of cells: a signature block ("Nơi nhận: | TM. ỦY BAN …"), a site's footer
    ("Trang chủ | Liên hệ") or a note ("CT | chủ trì; PH | phối hợp") after the table holds a "|" too."""
    if first + 1 >= len(lines) or not _PIPE_RULE.match(lines[first + 1]):
        return first
    n_cols = len(_pipe_cells(_framed(lines[first + 1])))
    if n_cols < _MIN_COLUMNS or len(_pipe_cells(_framed(lines[first]))) != n_cols:
        return first
    end = first + 2
    while end < len(lines) and _CELL_BORDER.search(lines[end]) and len(_pipe_cells(_framed(lines[end]))) == n_cols:
        end += 1
    rows = [lines[first], *lines[first + 2:end]]
    return end if not all(map(_PIPE_ROW.match, rows)) else first


def _framed(line: str) -> str:
    line = line.strip()
    return f"{'' if line.startswith('|') else '| '}{line}{'' if line.endswith('|') else ' |'}"


def _lays_out_the_page(table: Table) -> bool:
    """A header or a signature block laid out as a table, not a table of the document: bodies beside the motto ("ỦY
    BAN MTTQ …<TAB>HỘI LIÊN HIỆP PHỤ NỮ …<TAB>CỘNG HÒA …"), signers side by side ("TM. BAN THƯỜNG VỤ …<TAB>TM. ỦY BAN
    …<TAB>…"), the recipients beside the signature. Their lines stay text, which the stages read column by column."""
    from pipeline.resources import authority_spellings
    from pipeline.stages.parts import figure_after_prefix

    prefixes = tuple(authority_spellings())
    for cell in table.cells:
        text = cell.text.lstrip()
        prefix = next((p for p in prefixes if text.upper().startswith(p)), None)
        if (prefix and not figure_after_prefix(text, prefix)) or fold(text[:40]).startswith(_FRAME_STARTS):
            return True
    return False


def _grid_table(rows: list[list[str]], n_cols: int) -> Table:
    """Rows of cells; a row with fewer cells than the table is aligned left, its last cell spanning the rest (a group
    row "I<TAB>NHIỆM VỤ CHUNG" printed across the table)."""
    cells = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            span = n_cols - c if c == len(row) - 1 else 1
            cells.append(Cell(r, c, 1, span, text.strip()))
    return Table(n_rows=len(rows), n_cols=n_cols, cells=cells)


def _pipe_table(lines: list[str], first: int, end: int) -> tuple[Table | None, int, list[int]]:
    """Whole "| … |" rows in ``lines[first:end]``, a "|---|" rule dropped, "<br>" a line break in a cell: (the table,
    the index past its last line). Every row prints every column, or one cell across the table, or (converters that
    write a cell merged down once, as markdownify does) fewer cells: those rows are placed as a browser's tabbed rows
    are, and the table ends before a row that reads two ways (the third item: the lines of rows with cells left empty
    as unsure). A header row that is not whole: no table (text)."""
    numbered = [(k, line) for k, line in enumerate(lines[first:end], start=first) if not _PIPE_RULE.match(line)]
    rows = [[_BREAK_TAG.sub("\n", cell) for cell in _pipe_cells(line)] for _, line in numbered]
    n_cols = len(rows[0]) if rows else 0
    if n_cols < _MIN_COLUMNS or len(rows) < _MIN_FULL_ROWS:
        return None, end, []
    if all(len(r) in (1, n_cols) for r in rows):
        table = _grid_table(rows, n_cols)
        return (_two_row_header(table, rows) if len(rows) > 2 else table), end, []
    # a site's copy of a header over two lines prints each line's own cells: the upper line's parent over the lower's
    # names ("TT | Nội dung | Cơ quan thực hiện | Thời gian |" / "Chủ trì | Phối hợp |"), the rows under them whole
    widest = max(len(r) for r in rows)
    header_lines = 2 if len(rows) > 2 and max(len(rows[0]), len(rows[1])) < widest else 0
    n_cols = widest if header_lines else n_cols
    if any(len(r) > n_cols for r in rows):
        return None, end, []
    if len(rows) > 2 and rows[0][0].strip() and not any(cell.strip() for cell in rows[0][1:]):
        # a caption across the table ("| PHÂN CÔNG THỰC HIỆN NHIỆM VỤ |  |  | …", a row Markdown cannot merge) over a
        # header of merged cells: the header's parents are read from the next row, the caption kept as the first
        below, stop, unsure = _pipe_table(lines, numbered[1][0], end)
        if below is None:
            return None, end, []
        cells = [Cell(0, 0, 1, n_cols, rows[0][0].strip()), *(replace(c, row=c.row + 1) for c in below.cells)]
        return Table(n_rows=below.n_rows + 1, n_cols=n_cols, cells=cells), stop, unsure
    table, placed, unsure = None, 0, []
    if any(not cell.strip() for cell in rows[0][1:]):  # a parent with empty cells beside it over its children
        top = [cell for k, cell in enumerate(rows[0]) if k == 0 or cell.strip()]
        # the lower header line printed whole (names under the parents, empty cells elsewhere) or only its names
        lead = next((k for k, row in enumerate(rows[1:], start=1) if len(row) == n_cols), 0)
        if lead in (1, 2):
            table, placed, unsure = _merged_table([top, *rows[1:]], lead, n_cols)
    if table is None:
        table, placed, unsure = _merged_table(rows, header_lines, n_cols)
    if table is None or placed < _MIN_FULL_ROWS:
        return None, end, []
    return table, (numbered[placed][0] if placed < len(numbered) else end), [numbered[r][0] for r in unsure]


def _two_row_header(table: Table, rows: list[list[str]]) -> Table:
    """Pipe rows cannot merge cells: a header over two rows prints its parent ("Cơ quan thực hiện") with empty cells
    beside it over its children ("Chủ trì", "Phối hợp"), and empty cells under the headers that have no children. In
    that shape (empty top cells over children, beside a parent over a child) the parent spans its children and the
    others span both rows, as in a DOCX or HTML table."""
    top, below = [c.strip() for c in rows[0]], [c.strip() for c in rows[1]]
    spans: dict[int, int] = {}  # a parent's column -> its columns
    for c in range(1, len(top)):
        if not top[c] and below[c]:
            parent = next((p for p in range(c - 1, -1, -1) if top[p]), None)
            if parent is None or not below[parent] or any(top[k] or not below[k] for k in range(parent + 1, c)):
                return table
            spans[parent] = c - parent + 1
    if not spans:
        return table
    cells = [c for c in table.cells if c.row > 1]
    for c, text in enumerate(top):
        if text:
            under = c in spans
            cells.append(Cell(0, c, 1 if under else 2, spans.get(c, 1), text))
            if not under and below[c]:
                return table  # a header with no children has text under it: no two-row header
    cells += [Cell(1, c, 1, 1, text) for c, text in enumerate(below) if text]
    return Table(n_rows=table.n_rows, n_cols=table.n_cols, cells=sorted(cells, key=lambda c: (c.row, c.col)))


def _tab_table(lines: list[str], first: int, end: int) -> tuple[int, int, Table | None, tuple[int, str] | None]:
    """The table that begins at lines[first] (tabbed lines up to ``end``): (its first line, the index past its last,
    table); None: no table there, the lines up to that index stay text.

    The table has the columns most of its first rows print. A browser prints a cell's paragraphs on lines of their
    own, the row's next tabs after them, and prints no cell under or beside a merged one (fewer tabs): the same lines
    could be one row of several lines or several short rows. So a row is put together over several lines only where
    it begins with a row number ("1", "1.2", "II", "a)") and the tabs of its lines add up to the table's; a line with
    no tab after a whole row goes on in its last cell only where that is plain (it begins in small letters, or with
    the bullet that cell's lines begin with), else it is a row across the table (two such lines running end the
    table: an annex's heading); a line of one tab that cannot be made whole is a group row (label and title), aligned
    left. Other short rows are placed by ``_merged_table``: above the first whole row a header of merged cells, below
    one rows under a cell merged down; where that is a guess, a table under such a header is left as text, and the
    table ends before such a row (the fourth item: (line, why), for a warning; the fifth: the lines of rows with cells
    left empty as unsure). A wider row begins another table."""
    counts = [n for n in (line.strip(_SPACES).count("\t") for line in lines[first:end]) if n][:_FIRST_ROWS]
    # a header whose names go on over lines in small letters, when every row is printed over several lines too (no
    # line prints them all); else the widest of the first rows (a row over several lines prints fewer on each), else
    # the most common, else the first line's (a narrower table that text and a wider table follow)
    header = _header_tabs(lines, first, end)
    widest = [header] if header > max(counts) else []
    result = first, first + 1, None, None, []
    for n_tabs in dict.fromkeys((*widest, max(counts), max(set(counts), key=lambda n: (counts.count(n), n)), counts[0])):
        if n_tabs + 1 >= _MIN_COLUMNS:
            *result, merged_header = _tab_rows(lines, first, end, n_tabs)
            if result[2] is not None or merged_header:
                break
    return tuple(result)


def _header_tabs(lines: list[str], first: int, end: int) -> int:
    """The tabs of the first line and of the lines after it that begin in small letters ("STT<TAB>Nội dung" /
    "nhiệm vụ<TAB>Đơn vị" / "chủ trì<TAB>…"): a header's names broken over lines, its tabs summed."""
    tabs, j = lines[first].strip(_SPACES).count("\t"), first + 1
    while j < end and lines[j].strip(_SPACES)[:1].islower():
        tabs, j = tabs + lines[j].strip(_SPACES).count("\t"), j + 1
    return tabs


def _tab_rows(lines: list[str], first: int, end: int,
              n_tabs: int) -> tuple[int, int, Table | None, tuple[int, str] | None, list[int], bool]:
    """``_tab_table`` for a table of ``n_tabs`` tabs a row (with a note on rows of it left as text: (line, why), and the
    lines of rows with cells left empty), and whether it has a header of merged cells."""
    rows: list[tuple[int, int, list[str]]] = []  # (first line, past last line, cells)
    i = first
    while i < len(lines):
        line = lines[i].strip(_SPACES)
        tabs, j = line.count("\t"), i + 1
        whole = bool(rows) and rows[-1][1] == i and len(rows[-1][2]) == n_tabs + 1
        heads = (_heads_another_table(line, lines[first].strip(_SPACES)) if tabs and i < end
                 and any(len(cells) == n_tabs + 1 for _, _, cells in rows) else None)
        if not tabs and whole and _goes_on(rows[-1][2][-1], line):  # the last cell's next paragraph
            rows[-1] = (rows[-1][0], j, [*rows[-1][2][:-1], f"{rows[-1][2][-1]}\n{line}"])
        elif i >= end or tabs > n_tabs or heads == "another":
            break
        elif heads == "again" and tabs == n_tabs:  # the header printed again over a page's rows: no row, the table goes on
            pass
        elif not tabs and rows and is_page_mark(line):  # a copied PDF page's number between or inside rows: no row
            pass
        elif not tabs and _NUMBERED_CELL.match(line) and any(len(cells) == n_tabs + 1 for _, _, cells in rows) \
                and (joined := _numbered_row(lines, i, end, n_tabs)):
            j, text = joined  # a first cell that opens with the row's number, its paragraphs on lines of their own
            rows.append((i, j, text.split("\t")))
        elif tabs and whole and (pieces := _wrap_pieces(rows[-1][2], line, n_tabs)):
            # "\tthuộc thẩm quyền của xã\t\tliên quan": the cells of the row above wrapped onto a line of their own (a
            # copy from Word), its number's cell empty, each piece in small letters under a cell it goes on
            above = rows[-1][2]
            cells = [f"{cell}\n{piece.strip()}" if piece.strip() else cell
                     for cell, piece in zip(above, pieces + [""] * (len(above) - len(pieces)))]
            rows[-1] = (rows[-1][0], j, cells)
        elif not tabs:  # any other line with no tab begins no row of several lines: a row across the table
            if rows and rows[-1][1] == i and len(rows[-1][2]) == 1:
                rows.pop()  # two such lines running are text between tables (an annex's heading): the table ends
                break
            rows.append((i, j, [line]))
        else:
            text = line
            # a numbered row, one whose number cell is empty, or a header whose names go on over lines in small letters
            goes_on = True  # every line joined plainly goes on the cell it lands in
            if _ROW_NUMBER.match(line) or line.startswith("\t") or (
                    i == first and j < end and lines[j].strip(_SPACES)[:1].islower()):
                while tabs < n_tabs and j < end and not _ROW_NUMBER.match(lines[j].strip(_SPACES)) \
                        and tabs + (more := lines[j].strip(_SPACES).count("\t")) <= n_tabs:
                    goes_on = goes_on and _goes_on(text.rsplit("\t", 1)[-1], lines[j].strip(_SPACES).split("\t", 1)[0])
                    text, tabs, j = f"{text}\n{lines[j].strip(_SPACES)}", tabs + more, j + 1
            # a row short by a merged cell whose last cell's paragraphs run over lines ("- Sở A" / "- Sở B<TAB>Quý
            # III/2026": the bullet the cell opens with) is still one row: its lines are no rows of their own
            if tabs == n_tabs or (j > i + 1 and goes_on and _ROW_NUMBER.match(line)):
                rows.append((i, j, [_unquoted(cell) for cell in text.split("\t")]))
            else:  # a group row (label and title), or a row short by merged cells: placed by _merged_table
                j = i + 1
                rows.append((i, j, _group_label_joined(line.split("\t"))))
        i = j
    full = [k for k, row in enumerate(rows) if len(row[2]) == n_tabs + 1]
    if len(full) < _MIN_FULL_ROWS:
        return first, max(first + 1, i), None, None, [], False
    # rows after the last whole row: rows short by merged cells, up to text after the table (a line or two cells)
    last = full[-1] + 1
    while last < len(rows) and not _across(cells := rows[last][2], n_tabs + 1) and (
            len(cells) > 2 or not any(is_upper_line(c) for c in cells)):  # two cells, one in capitals: a signature's
        last += 1
    kept = rows[full[0]:last]
    lead = [cells for _, _, cells in rows[:full[0]]]
    if all(len(cells) == n_tabs + 1 or _across(cells, n_tabs + 1) for _, _, cells in kept) and all(
            len(cells) <= 2 for cells in lead[:1]):
        # every row whole or across the table; short rows before the first whole one are text before the table
        return kept[0][0], kept[-1][1], _grid_table([cells for _, _, cells in kept], n_tabs + 1), None, [], False
    # a header of merged cells opens the run: its first line is the table's
    start = 0 if lead and len(lead[0]) > 2 else full[0]
    table, placed, unsure = _merged_table([cells for _, _, cells in rows[start:last]], full[0] - start, n_tabs + 1)
    if table is None:  # its header cannot be placed: the columns unknown, the stages would misread them
        return first, kept[-1][1], None, (rows[start][0], _HEADER_TWO_WAYS), [], True
    if placed <= _header_rows(table) and start + placed < last:
        return first, max(first + 1, rows[start + placed][0]), None, (rows[start + placed][0], _ROW_TWO_WAYS), [], False
    note = (rows[start + placed][0], _ROW_TWO_WAYS) if start + placed < last else None
    return rows[start][0], rows[start + placed - 1][1], table, note, [rows[start + r][0] for r in unsure], False


_TITLE_COLUMN_ROLES = frozenset({"number", "content", "criterion"})  # a table's own header names one


def _unquoted(cell: str) -> str:
    """A cell of several lines as a spreadsheet copies it: in double quotes, a quote inside doubled ('"Sở Tài chính' /
    'Sở Nội vụ"'); the quotes are the copy's, not the cell's text."""
    if "\n" in cell and len(cell) > 2 and cell[0] == cell[-1] == '"' and '"' not in cell[1:-1].replace('""', ""):
        return cell[1:-1].replace('""', '"')
    return cell


def _heads_another_table(line: str, header: str) -> str | None:
    """A tabbed line under whole rows whose every cell names a column ("TT | Chỉ tiêu | Đơn vị tính | …"): "another"
    where it names a title column and its roles make another kind of table than the first line's (tasks, indicators,
    a list of people or costs): the header of a second table copied right under the first, no heading between them;
    "again" where its roles are the first line's ("STT | Nhiệm vụ (tiếp theo) | Đơn vị chủ trì | …": the header
    printed again over a page's rows, the table and its groups go on); else None (a row of column-like words, "Tổng
    kinh phí | Ngân sách tỉnh | …", is a row: its text alone starts no table, s45 review)."""
    from pipeline.stages.columns import table_kind

    cells = [cell.strip() for cell in line.split("\t")]
    if len(cells) < _MIN_COLUMNS or any(not cell or cell[:1].isdigit() for cell in cells):
        return None
    roles, first = _roles(cells), _roles([cell.strip() for cell in header.split("\t")])
    if "other" in roles:
        return None
    if roles == first:
        return "again"
    if _TITLE_COLUMN_ROLES & set(roles) and table_kind(roles) != table_kind(first):
        return "another"
    return None


def _numbered_row(lines: list[str], first: int, end: int, n_tabs: int) -> tuple[int, str] | None:
    """(index past its last line, text) of a row whose first cell opens with the row's number ("1. Xây dựng …, gồm:")
    and goes on over lines with no tab ("- Chuẩn hóa …") until the row's tabs add up to the table's; None when they
    do not (a heading, a paragraph), or another row or a header ("STT | Nội dung | …": a heading between two tables)
    begins first."""
    text, tabs, j = lines[first].strip(_SPACES), 0, first + 1
    while tabs < n_tabs and j < end:
        line = lines[j].strip(_SPACES)
        if _ROW_NUMBER.match(line) or _NUMBERED_CELL.match(line) or tabs + line.count("\t") > n_tabs or (
                "\t" in line and "other" not in _roles([cell for cell in line.split("\t") if cell.strip()])):
            return None
        text, tabs, j = f"{text}\n{line}", tabs + line.count("\t"), j + 1
    return (j, text) if tabs == n_tabs else None


def _wrap_pieces(above: list[str], line: str, n_tabs: int) -> list[str] | None:
    """The pieces of a line under a whole row when they are that row's cells wrapped (``_wraps_row``), one a column
    from the number's: as printed where the line opens with the empty number cell's tab, else with that tab put back
    ("thuộc thẩm quyền của xã<TAB><TAB>liên quan": a copy that trims each line's leading whitespace drops it), the
    line's tabs then one fewer than the table's."""
    pieces = line.split("\t")
    if not line.startswith("\t"):
        pieces = ["", *pieces]
    return pieces if len(pieces) <= n_tabs + 1 and _wraps_row(above, pieces) else None


def _wraps_row(above: list[str], pieces: list[str]) -> bool:
    """Whether a line's tab-separated pieces, under a whole row and with no number of their own, are the second
    lines of that row's cells: each printed piece opens in small letters under a printed cell that opens no list
    (ends with no ":"), and with no item's mark ("a) …", "- …"): such a piece is an item, a row of its own."""
    printed = [(cell.strip(), piece.strip()) for cell, piece in zip(above, pieces) if piece.strip()]
    return bool(printed) and not pieces[0].strip() and all(
        cell and not cell.endswith(":") and piece[:1].islower() and not _LIST_MARK.match(piece)
        for cell, piece in printed)


def _goes_on(cell: str, line: str) -> bool:
    """Whether ``line``, printed with no tab after a whole row, continues the row's last cell. A lettered item ("b)
    …") goes on only a cell that opens a list (ends with ":") or whose last line is one; else it is a heading between
    two tables ("b. …" or a bare "b)" goes on a cell as any line in small letters does)."""
    if LETTER_LABEL.match(line):
        last = cell.rsplit("\n", 1)[-1]
        return last.rstrip().endswith(":") or bool(LETTER_LABEL.match(last))
    if line[:1].islower():
        return True
    bullet = _BULLET.match(line)
    if not bullet:
        return False
    # the bullet the cell opens with, or a list the cell's last line opens ("…, gồm:") or is an item of
    mark, last = bullet.group().strip(), cell.rsplit("\n", 1)[-1].strip()
    return cell.lstrip().startswith(mark) or last.endswith(":") or last.startswith(mark)


# -- Rows short by merged cells ----------------------------------------------------------------------------------------
# A browser copies a merged cell once: in the row it starts in, as one cell, however many columns it spans; the rows
# it reaches down into print one cell fewer for it (Chromium's innerText and selection, checked on a table with
# rowspan and colspan). Which columns a short row leaves out is found from what its cells hold.
_HEADER_TWO_WAYS = "rows copied as a table whose header of merged cells reads two ways: the table is left as text"
_ROW_TWO_WAYS = "a table row short by merged cells reads two ways: the table ends before it, the rows from it are text"
_CELLS_TWO_WAYS = ("a table row short by a merged cell puts each value in one column whichever is merged, but leaves "
                   "unsaid which of its empty columns the cell above reaches into: those cells are left empty")
_WARNING_OF = {_HEADER_TWO_WAYS: "table_rows_left_as_text", _ROW_TWO_WAYS: "table_rows_left_as_text",
               _SEMICOLON_ROWS_LEFT: "table_rows_left_as_text",
               _CELLS_TWO_WAYS: "table_cells_left_empty"}
_CLEAR_MARGIN = 5  # tenths: the best placement of a short row beats the next one by this much, else it is a guess
# a task's number and content are its own (merged down only over a task's second product): covering them costs, in
# tenths. Lead and support cost alike: a row that prints one agency under merged cells may have either (both are
# merged down over tasks in real plans), so such a row reads two ways: both its agency cells are left empty.
_COVER_COST = {"number": 10, "content": 5, "group": -5}
# A group column ("Lĩnh vực" first, its field merged down over the tasks under it, which print no group of their own)
# is what real tables merge down most: covering it gains what covering the task's text costs.
# a cell merged down holds a value (Word merges cells that repeat one): a row that leaves out a column whose cell above
# is empty more likely printed that empty cell and left out a filled one beside it ("Ngân sách huyện" merged, "Nguồn
# khác" printed empty), so covering an empty cell costs this much, in tenths (more than _CLEAR_MARGIN: it decides a tie)
_EMPTY_COVER_COST = 6
_MAX_PLACEMENTS = 3000  # a wide table's short row or header fits too many ways to weigh (and each is a guess)


def _header_rows(table: Table) -> int:
    return max((c.row + c.row_span for c in table.cells if c.is_header), default=0)


def _merged_table(rows: list[list[str]], lead: int, n_cols: int) -> tuple[Table | None, int, list[int]]:
    """The table of ``rows`` (cells as printed, ``lead`` of them short before the first whole row) with its merged
    cells placed: a header over two lines (a parent over its children, the other names down both lines), rows across,
    rows short by cells merged down from the row above. Returns (table, how many rows it took, the rows with columns
    left empty because their placement is unsure): it ends before a row whose filled cells cannot be placed without a
    guess; None when the header cannot be."""
    header = _merged_header(rows, lead, n_cols)
    if header is None:
        return None, 0, []
    unsure_rows: list[int] = []
    cells, height, names = header
    roles: list[str] | None = None
    reaching: dict[int, Cell] = {}  # column -> the cell above that a short row may extend down into it
    unknown: set[int] = set()  # columns of ``reaching`` whose cell was left empty as unsure: not printed empty
    for r in range(height, len(rows)):
        row = rows[r]
        if len(row) == n_cols:
            placed = [Cell(r, c, 1, 1, text.strip()) for c, text in enumerate(row)]
            unknown = set()  # every column printed: an empty cell of this row is printed empty
        elif _across(row, n_cols):  # a group row: its label and title, or one cell, across the table
            placed = [Cell(r, c, 1, n_cols - c if c == len(row) - 1 else 1, text.strip()) for c, text in enumerate(row)]
        else:
            if roles is None:
                roles = _roles(names)
            placement = _short_row_columns([t.strip() for t in row], roles, reaching, frozenset(unknown))
            if placement is None:
                return _cells_table(cells, r, n_cols), r, unsure_rows
            columns, unsure = placement
            placed = [Cell(r, col, 1, span, "" if unsure & set(range(col, col + span)) else text.strip())
                      for (col, span), text in zip(columns, row)]
            printed = {c for col, span in columns for c in range(col, col + span)}
            placed += [Cell(r, col, 1, 1, "") for col in sorted(unsure - printed)]  # the cell above stops short of it
            if unsure:
                unsure_rows.append(r)
            for col in set(range(n_cols)) - printed - unsure:
                reaching[col].row_span += 1
            for col in printed:
                reaching.pop(col, None)
            unknown = (unknown - printed) | unsure
        cells += placed
        if not _across(row, n_cols):  # a cell of one column may reach down into the next rows; a group row ends them
            reaching |= {c.col: c for c in placed if c.col_span == 1}
            unknown &= set(reaching)
        else:
            reaching, unknown = {}, set()
    return _cells_table(cells, len(rows), n_cols), len(rows), unsure_rows


def _across(cells: list[str], n_cols: int) -> bool:
    """Whether a row of one or two cells is a row across the table (a group's title, its label and title) and not a
    row short by a cell merged down: two cells of a three-column table are a group row only where the first is a mark
    ("I", "1", "a)") or empty, or the title is in capitals ("Thời gian | Công việc | Đơn vị thực hiện": the rows under a
    merged time print a task and its body)."""
    if len(cells) == 1 or (len(cells) == 2 and n_cols > 3):
        return True
    first, title = (c.strip() for c in cells) if len(cells) == 2 else ("", "")
    return len(cells) == 2 and (not first or bool(_ROW_NUMBER.match(first + "\t")) or is_upper_line(title))


def _group_label_joined(cells: list[str]) -> list[str]:
    """A group's label and title in two cells ("Phần II<TAB>Nhiệm vụ về …", "Nhóm 2<TAB>…": task_tables.json
    group_words) as one cell across the table: a label of words is no row's number, and its title is no body's cell."""
    if len(cells) == 2 and _group_words().match(cells[0].strip()) and cells[1].strip():
        return [f"{cells[0].strip()} {cells[1].strip()}"]
    return cells


def _cells_table(cells: list[Cell], n_rows: int, n_cols: int) -> Table:
    return Table(n_rows=n_rows, n_cols=n_cols, cells=sorted(cells, key=lambda c: (c.row, c.col)))


def _compositions(total: int, parts: int) -> Iterator[tuple[int, ...]]:
    """Every way to write ``total`` as ``parts`` spans of at least one column, in order."""
    if parts == 1:
        yield (total,)
        return
    for first in range(1, total - parts + 2):
        for rest in _compositions(total - first, parts - 1):
            yield (first, *rest)


def _merged_header(rows: list[list[str]], lead: int, n_cols: int) -> tuple[list[Cell], int, list[str]] | None:
    """(header cells, header lines, a name per column) of a table whose first row is its header; with ``lead`` short
    rows before the first whole one, a header over two lines: the upper line's parents span their children on the
    lower line, its other names run down both lines (or, where the lower line prints every column, stand over empty
    cells). Where the parents are and how many children each has is told by the lower line's length and by which
    upper names are the usual parents (data/task_tables.json); a header that still reads two ways is None."""
    top = [t.strip() for t in rows[0]]
    if not lead:
        return [Cell(0, c, 1, 1, t, True) for c, t in enumerate(top)], 1, top
    if len(rows) < 2 or len(top) < 2 or comb(n_cols - 1, len(top) - 1) > _MAX_PLACEMENTS:
        return None
    below = [t.strip() for t in rows[1]]
    fits = []
    for spans in _compositions(n_cols, len(top)):
        starts = [sum(spans[:k]) for k in range(len(spans))]
        if len(below) == n_cols:  # the lower line prints every column: names under the parents, empty elsewhere
            ok = all(all(below[s:s + w]) if w > 1 else not below[s] for s, w in zip(starts, spans))
        else:
            ok = lead >= 2 and sum(w for w in spans if w > 1) == len(below)
        if ok:
            fits.append(spans)
    from pipeline.resources import json_data
    from pipeline.stages.tables import heads_by_kind

    # a parent is one of the usual parents' names, over names of its kind: "Thời gian" over "Nhiệm vụ | Hoạt động cụ
    # thể" would make the rows' times their tasks
    parents = set(json_data("task_tables.json")["header_parents"])
    fits = [spans for spans in fits if all(fold(name) in parents and heads_by_kind(name, _children(spans, k, below))
                                           for k, (name, w) in enumerate(zip(top, spans)) if w > 1)]
    if len(fits) > 1 and len(below) < n_cols:  # the parent whose kind the children are of ("Thời gian" over dates)
        fits = [spans for spans in fits if spans == _folded_spans(top, below)]
    if len(fits) != 1:
        return None
    spans, whole_below = fits[0], len(below) == n_cols
    cells, names, children = [], [], iter(below)
    for name, w, start in zip(top, spans, (sum(fits[0][:k]) for k in range(len(spans)))):
        cells.append(Cell(0, start, 1 if w > 1 or whole_below else 2, w, name, True))
        if w > 1:
            lower = below[start:start + w] if whole_below else [next(children) for _ in range(w)]
            cells += [Cell(1, start + k, 1, 1, child, True) for k, child in enumerate(lower)]
            names += [f"{name} / {child}" for child in lower]
        else:
            names.append(name)
            if whole_below:
                cells.append(Cell(1, start, 1, 1, "", True))
    return cells, 2, names


def _children(spans: tuple[int, ...], k: int, below: list[str]) -> list[str]:
    """The lower names under upper name ``k`` of a header whose upper names span ``spans``: the lower line prints
    every column, or only the parents' children in turn."""
    start = sum(spans[:k])
    if len(below) == sum(spans):
        return below[start:start + spans[k]]
    before = sum(w for w in spans[:k] if w > 1)
    return below[before:before + spans[k]]


def _folded_spans(top: list[str], below: list[str]) -> tuple[int, ...] | None:
    """The columns each upper name spans where the tables stage folds the two lines as it does a flattened header."""
    from pipeline.stages.tables import fold_two_line_header

    folded, spans, k = fold_two_line_header([*top, *below]), [], 0
    for name in top:
        w = 0
        while k + w < len(folded) and folded[k + w].startswith(f"{name} / "):
            w += 1
        spans.append(max(w, 1))
        k += max(w, 1)
    return tuple(spans) if k == len(folded) else None


def _roles(names: list[str]) -> list[str]:
    from pipeline.stages.columns import columns_from

    return [c.role for c in columns_from(names)]


def _short_row_columns(row: list[str], roles: list[str], reaching: dict[int, Cell], unknown: frozenset[int] = frozenset(),
                       ) -> tuple[list[tuple[int, int]], frozenset[int]] | None:
    """(column, columns spanned) of each cell of a row that prints fewer cells than the table has columns: the columns
    it leaves out are merged down from the row above (where a cell above reaches) or spanned by the cell before them.
    Each placement is scored as the tables stage scores a paragraph in a column; None unless one is clearly best, or
    the close ones put every filled cell in the same column and differ only in which of some columns is merged down
    and which printed empty ("" | "30" under "Ngân sách tỉnh | Ngân sách huyện | Nguồn khác", either share merged):
    then the best placement with those columns unsure (the second item), to be left empty, never a guessed value.
    ``unknown``: columns whose cell above was so left empty (its text unread, not printed empty)."""
    from itertools import combinations

    # A reader leaning on a stage (as _roles and the two-line header do on columns and tables): moving Features and
    # emission to a module both import would move the tables stage's scoring core, which another helper is tuning
    # this stop, and the reader would still need columns_from; left for a stop where tables.py is free.
    from pipeline.stages.columns import AGENCY_ROLES
    from pipeline.stages.tables import AMOUNT, Features, emission

    n_cols = len(roles)
    if comb(n_cols, len(row)) > _MAX_PLACEMENTS:
        return None
    looks = [Features.of_text(text) for text in row]
    looks = [f._replace(number=False) if AMOUNT.match(f.text) else f for f in looks]  # "360.000": a value, no row number
    fits = [[round(10 * emission(f, role)) for role in roles] for f in looks]
    if any(f.total for f in looks):  # a totals row ("Tổng cộng" across the task's columns) takes nothing from above
        reaching = {}
    filled = [k for k, text in enumerate(row) if text]
    # where a later column holds the task's activities ("Nhiệm vụ" | "Hoạt động cụ thể"), an earlier content column is
    # the task they carry out, merged down over them: covering it costs nothing
    last_content = max((c for c, role in enumerate(roles) if role == "content"), default=None)
    cover_cost = [0 if role == "content" and c != last_content else _COVER_COST.get(role, 0) for c, role in enumerate(roles)]
    scored = []  # (score, (column, span) per cell, what the placement reads: the filled cells' columns, those covered)
    for columns in combinations(range(n_cols), len(row)):
        covered = list(range(columns[0]))  # the columns before the first cell: merged from above
        spans = []
        for k, col in enumerate(columns):
            end = columns[k + 1] if k + 1 < len(columns) else n_cols
            span = 1
            for gap in range(col + 1, end):  # a left-out column: merged from above, else spanned by this cell
                if gap in reaching:
                    covered.append(gap)
                elif span == gap - col:
                    span += 1
                else:
                    break
            else:
                spans.append((col, span))
        if len(spans) == len(columns) and all(gap in reaching for gap in covered) and not _number_without_task(covered, roles):
            score = (sum(fits[k][col] for k, col in enumerate(columns)) - sum(cover_cost[g] for g in covered)
                     - _EMPTY_COVER_COST * sum(not reaching[g].text and g not in unknown for g in covered))
            scored.append((score, spans, (tuple(columns[k] for k in filled), tuple(covered))))
    if not scored:
        return None
    scored.sort(key=lambda item: -item[0])  # stable: among equals, the earliest cells span (a label across two columns)
    best = scored[0]
    # placements that differ only in which cell spans an empty column read the same; any other close one is a guess,
    # unless it puts every filled cell where the best does, or a body's cell in another agency column (a lead merged
    # down beside a printed support reads as a lead printed beside a support merged down): then only the columns
    # whose source differs are unsure
    close = [(spans, reading) for score, spans, reading in scored[1:] if best[0] - score < _CLEAR_MARGIN and reading != best[2]]
    agency_columns = {c for c, role in enumerate(roles) if role in AGENCY_ROLES}
    if any(reading[0] != best[2][0] and not _agency_merged_either_way(reading, best[2], agency_columns)
           for _, reading in close):
        return None
    source = _column_sources(best[1], best[2][1])
    unsure = frozenset(c for spans, reading in close for c, k in _column_sources(spans, reading[1]).items() if source[c] != k)
    return best[1], unsure


def _agency_merged_either_way(reading: tuple, best: tuple, agency_columns: set[int]) -> bool:
    """Whether two readings of a short row (its filled cells' columns, the columns merged down) differ only in which
    agency column the row's body sits in and which one the row above's merges into."""
    (filled, covered), (best_filled, best_covered) = reading, best
    return bool(covered) and bool(best_covered) and set(covered) ^ set(best_covered) <= agency_columns and all(
        a == b or {a, b} <= agency_columns for a, b in zip(filled, best_filled))


def _number_without_task(covered: list[int], roles: list[str]) -> bool:
    """Whether a placement merges a number down without the text it numbers, the cell beside it: real plans merge the
    two together (a task with two products, a task over its activities, an index over its parts: FACTS.md in
    tests/task_layouts/), never the number alone over rows whose own text would then be a task without a number."""
    return any(roles[g] == "number" and g + 1 < len(roles) and g + 1 not in covered for g in covered)


def _column_sources(spans: list[tuple[int, int]], covered: tuple[int, ...]) -> dict[int, int]:
    """Column -> the printed cell that fills it (its index in the row), or -1 where the cell above is merged down."""
    sources = {g: -1 for g in covered}
    for k, (col, span) in enumerate(spans):
        sources |= dict.fromkeys(range(col, col + span), k)
    return sources
