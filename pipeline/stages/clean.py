"""Clean stage: from the lines a reader found to the paragraphs of the official document.

Reads ``blocks[].orig``; writes a new block list with ``text``, ``layer`` and ``cell_end``, plus
``site_attributes`` and warnings. ``orig`` is never changed (joined blocks keep their lines' ``orig``
separated by newlines). Steps, each a small function:

1. ``normalise_block``: NFC, NBSP/zero-width characters removed, the " |" cell-end marker of web tables
   recorded in ``cell_end``; ``cell_ends_on_own_lines``: the same marker on a line of its own after a cell.
2. ``repair_escapes``: "\\uXXXX" escapes that lost their backslash ("0050AR INDEX" -> "PAR INDEX").
3. ``mark_furniture``: site menus and reader comments around the document become furniture; the
   site's attribute panel ("Số hiệu:", "Người ký:") is kept in ``site_attributes``.
4. ``rejoin_wrapped_lines``: in hard-wrapped text, lines broken inside a sentence or heading are joined.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import takewhile
from statistics import quantiles

from parsers.common import PAGE_NUMBER

from . import linebreaks, parts
from .cells import BARE_LETTER
from .numbering import VIETNAMESE_LETTERS
from ..legacy_fonts import LegacyEncoding, convert, encoding_or_garbled_lines, shows_a_capitals_font, typed_pieces
from ..model import Block, Document, Issue, Layer, Table
from ..resources import csv_rows, doc_type_by_folded_name, json_data, listed_pattern, name_openings, name_word_pairs, site_attribute_fields
from ..spelling import is_syllable
from ..text import CAPITAL_LETTERS, anchored_start_gate, behind_start_lookahead, detached_marks, fold, holds_a_mark, is_upper_line, is_upper_line_without, longest_first, marks_stand_apart, normalise, normalise_all, without_detached_marks

# ---------------------------------------------------------------------------------------------------
# 1. Normalising one block


# A document site's text of a PDF glues the page's mark to the page's first line ("(1)NGÂN HÀNG NHÀ NƯỚC") and what
# is left of the header's rules to the line under each ("-CỘNG HÒA …", "-Số: 04/2013/TT-NHNN Hà Nội, ngày …").
_GLUED_PAGE_MARK = re.compile(rf"^(?:\(\d{{1,3}}\)(?=[{CAPITAL_LETTERS}]{{2}})|-(?=Số\s*:|CỘNG\s+H[OÒ]))")


def normalise_block(block: Block, text: str | None = None) -> Block:
    """``text``: the block's ``orig`` normalised, when the caller normalised a document's lines at once."""
    text = normalise(block.orig) if text is None else text
    cell_end = text == "|" or text.endswith(" |")
    if cell_end:
        text = text[:-1].rstrip()
    if text[:1] in "(-" and (glued := _GLUED_PAGE_MARK.match(text)) and (text[0] == "-" or is_upper_line(text)):
        text = text[glued.end() :]  # a mark before a line in capitals only: "(1)UBND các huyện …" is an item
    if text == block.text and cell_end == block.cell_end:
        return block
    copy = block.model_copy()  # set on the fresh copy: an update dict costs a fifth of this step on every line
    copy.text, copy.cell_end = text, cell_end
    return copy


# A heading drawn twice a hair apart (a "bold" that is two copies of the text, shadowed or offset) reads, in a copy a
# tool other than pdfium took from the PDF, with every character twice: "KKẾẾ  HHOOẠẠCCHH". A line all of whose
# words are so doubled, and halved are Vietnamese syllables, is the text once.
_DOUBLED_PAIRS = re.compile(r"([^\W\d_])\1([^\W\d_])\2")  # two letters, each twice
# Any two characters each twice: every _DOUBLED_PAIRS match is one, so it is asked of every line first. It reads a
# text in a third of the time (no character's category looked up), and about one block in a hundred holds it
# ("  ..", "1100"): those only are asked for letters.
_DOUBLED_CHARACTERS = re.compile(r"(.)\1(.)\2", re.DOTALL)
_MIN_DOUBLED_LETTERS = 3  # "KKẾẾ" alone may be a word's letters ("Hello"); a line of three letters doubled is not
_DOUBLED_SIDES = ".,;:!?()[]\"'“”‘’"


def doubled_letters_halved(text: str) -> str | None:
    """The text with each character once in each line every word of which prints each character twice ("QQUUYYẾẾTT
    ĐĐỊỊNNHH:" -> "QUYẾT ĐỊNH:") and, halved, reads as syllables; None for a text with no such line (most: told by
    ``_DOUBLED_CHARACTERS`` and ``_DOUBLED_PAIRS`` alone; "xoong", "Hello" print one pair, not a line of them)."""
    if not (_DOUBLED_CHARACTERS.search(text) and _DOUBLED_PAIRS.search(text)):
        return None
    lines = text.split("\n")
    halved = [_line_halved(line) for line in lines]
    return "\n".join(h or line for h, line in zip(halved, lines)) if any(halved) else None


def _line_halved(line: str) -> str | None:
    words = line.split()
    if not words:
        return None
    if not all(len(word) % 2 == 0 and word[0::2] == word[1::2] for word in words):
        return None
    halved = [word[0::2] for word in words]
    # the words with a letter only Vietnamese writes tell (a number's symbol, a Roman numeral, a code are ASCII)
    marked = [stripped for word in halved if not (stripped := word.strip(_DOUBLED_SIDES)).isascii()]
    if sum(map(len, halved)) < _MIN_DOUBLED_LETTERS or not marked or sum(map(is_syllable, marked)) < 0.75 * len(marked):
        return None
    return " ".join(halved)


def cell_ends_on_own_lines(blocks: list[Block]) -> list[Block]:
    """Web tables copied as text end each cell with "|": on the cell's last line ("Sở Nội vụ |"; a "|" alone is an
    empty cell) or, from pages whose cells hold paragraphs, on a line of its own after the cell's lines ("Sở Nội vụ"
    / "|"). In a text of the second kind (its "|" lines follow lines of text, hardly any line ends with " |"), a "|"
    after a line of text ends that line's cell: the line is marked as a cell's end and the "|" line as furniture,
    as the first kind reads."""
    after_text = [i for i in range(1, len(blocks))
                  if blocks[i].cell_end and not blocks[i].text and blocks[i].prov.reader == "txt"
                  and blocks[i - 1].text and not blocks[i - 1].cell_end and blocks[i - 1].table is None]
    on_the_line = sum(1 for b in blocks if b.cell_end and b.text)
    if len(after_text) < 2 or on_the_line * 4 >= len(after_text):
        return blocks
    out = list(blocks)
    for i in after_text:
        out[i - 1] = out[i - 1].model_copy(update={"cell_end": True})
        out[i] = out[i].model_copy(update={"layer": Layer.FURNITURE})
    return out


# ---------------------------------------------------------------------------------------------------
# 1b. Layout tables: Word and web pages put the header (issuer | motto, number | place and date) and the
# closing (Nơi nhận | signature) in borderless tables. They are text, not data: unfolded into
# paragraphs, left column first, the order in which sites that flatten them print them.

_MAX_LAYOUT_ROWS = 4
_MAX_LAYOUT_COLUMNS = 3
# a joint document of three or four bodies prints each in a column of its own beside the motto's
_MAX_JOINT_HEADER_COLUMNS = 5


def is_layout_table(block: Block, before_heading: bool) -> bool:
    table = block.table
    if table is None or table.n_rows > _MAX_LAYOUT_ROWS or table.n_cols > _MAX_JOINT_HEADER_COLUMNS:
        return False
    lines = [line.strip() for cell in table.cells for line in cell.text.split("\n") if line.strip()]
    has_motto = any(parts.STATE_MOTTO.search(line) for line in lines)
    if table.n_cols > _MAX_LAYOUT_COLUMNS and not has_motto:
        return False
    closing = any(parts.RECIPIENTS.match(line) or parts.is_signature_line(line) for line in lines) or _a_row_of_posts(table)
    # a web page's own headline can stand above the header ("KẾ HOẠCH TRIỂN KHAI …" in a portal's <h1>): a table
    # with the motto in it is the header all the same
    header = ((before_heading or has_motto)
              and any(_matches(boilerplate().start, line) or line.startswith(("Số", "So:")) for line in lines))
    return closing or header


def _a_row_of_posts(table: Table) -> bool:
    """A joint closing's row: two cells or more, each opening on a post with the unit it heads ("GIÁM ĐỐC SỞ Y TẾ" |
    "GIÁM ĐỐC SỞ TÀI CHÍNH" over the names). Not one such cell: a small task table may name its lead so ("1" | "Rà
    soát …" | "GIÁM ĐỐC SỞ Y TẾ")."""
    for row in table.grid(across=False):
        firsts = [cell.strip().split("\n")[0].strip() for cell in row if cell.strip()]
        if len(firsts) > 1 and all(parts.post_of_unit(first) for first in firsts):
            return True
    return False


# A closing copied as one line: the recipients' cell and the signature's, each item after the one before it
# ("| Nơi nhận: - Các Bộ; - Lưu: VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Văn Bình (Đã ký) |"; without the "|" when a copy
# flattened the list's lines: "Nơi nhận: - Như Điều 3; - Lưu: VT.", or with a comma after an item: "- Các sở, ngành, - Lưu").
_CLOSING_ROW = re.compile(r"^\|?\s*Nơi nhận\s*:", re.IGNORECASE)
_CELL_APART = re.compile(r"\s+\|\s+")
_ITEM_APART = re.compile(r"(?<=[;.,])\s+(?=[-+•–]\s)")


def closing_rows_apart(blocks: list[Block]) -> list[Block]:
    """A closing copied as one line read as the lines it prints: "Nơi nhận:", an item a line, then the signature
    cell's text (see ``_CLOSING_ROW``); each a block of the same place. Other blocks as they are."""
    out = []
    for block in blocks:
        text = block.text or ""
        if block.table is None and "hận" in text and (" | " in text or _ITEM_APART.search(text)) and _CLOSING_ROW.match(text):
            cells = [cell for cell in _CELL_APART.split(text.strip().strip("|").strip()) if cell]
            label, _, items = cells[0].partition(":")
            lines = [f"{label.strip()}:", *_ITEM_APART.split(items.strip()), *cells[1:]]
            if len(lines) > 2:
                out.extend(block.model_copy(update={"id": f"{block.id}_{k:02d}", "text": line, "cell_end": False})
                           for k, line in enumerate((line for line in lines if line), start=1))
                continue
        out.append(block)
    return out




def unfold_layout_tables(blocks: list[Block]) -> list[Block]:
    seen_heading = False
    result: list[Block] = []
    for block in blocks:
        if block.table is None:
            # a reader's furniture (a site's own heading, "NGHỊ QUYẾT SỐ 92/2025/UBTVQH15 …") is no heading of the document
            seen_heading = seen_heading or block.layer is Layer.BODY and parts.is_type_heading(normalise(block.orig))
            result.append(block)
            continue
        if not is_layout_table(block, before_heading=not seen_heading):
            result.append(block)
            continue
        cells = sorted(block.table.cells, key=lambda c: (c.col, c.row))
        lines = [line for cell in cells for line in cell.text.split("\n") if line.strip()]
        for k, line in enumerate(lines, start=1):
            result.append(Block(id=f"{block.id}_{k:02d}", orig=line, prov=block.prov))
    return result


# ---------------------------------------------------------------------------------------------------
# 2. Escapes that lost their backslash: "0050AR" is "\u0050AR" = "PAR", "đang0020được" = "đang được".
# Only printable ASCII code points, only where the four digits touch a letter and no other digit, so
# that numbers ("19006192", "số 0050/QĐ") are never touched.

_ESCAPE = re.compile(r"(?<![0-9])00([2-7][0-9A-Fa-f])(?![0-9])")


def repair_escapes(block: Block) -> tuple[Block, list[Issue]]:
    text = block.text or ""
    if "00" not in text:  # the common case, checked in C before any regex
        return block, []
    issues: list[Issue] = []

    def replace(match: re.Match[str]) -> str:
        before = text[match.start() - 1 : match.start()]
        after = text[match.end() : match.end() + 1]
        if not (before.isalpha() or after.isalpha()):
            return match.group()
        char = chr(int(match.group(1), 16))
        context = text[max(0, match.start() - 12) : match.end() + 12]
        issues.append(
            Issue(
                code="escape_repaired",
                message=f"repaired a unicode escape that lost its backslash: '{match.group()}' -> {char!r} in '…{context}…'",
                where=block.where(),
            )
        )
        return char

    repaired = _ESCAPE.sub(replace, text)
    return (block.model_copy(update={"text": repaired}) if issues else block), issues


# ---------------------------------------------------------------------------------------------------
# 2b. Legacy Vietnamese encodings: text typed with TCVN3 (ABC, ".VnTime") or VNI fonts reads, once
# decoded as Unicode, "Céng hoµ x· héi" or "Coäng hoøa xaõ hoäi". A reader that knows the fonts converts it (a DOCX's
# runs); text whose fonts are not known is converted here (pipeline/legacy_fonts.py).

def in_capitals_font(line: str) -> str:
    """A converted line typed in a capitals font ("Kế HOạCH", "ủY BAN NHÂN DÂN") in capitals: a line with no small
    ASCII letter and a word that shows the font. A line whose font cannot be told ("Kế", "Số: 12/KH") stays."""
    if any("a" <= c <= "z" for c in line) or not shows_a_capitals_font(line):
        return line
    return line.upper()


def _converted(text: str, encoding: LegacyEncoding) -> str:
    """A piece of a document typed in the encoding converted."""
    return "\n".join(in_capitals_font(line) for line in convert(text, encoding).split("\n"))


def convert_legacy_encoding(blocks: list[Block]) -> tuple[list[Block], list[Issue]]:
    """The blocks of a document typed in a legacy encoding converted: their ``orig`` too, which is what the font
    printed (every stage that reads the line as printed reads it so), and their tables' cells. It runs before
    normalising, which takes TCVN3's "é" (Ð, the Icelandic eth) for a look-alike of "Đ". The encoding is told from
    the lines a legacy font could have typed: a Unicode document with a legacy annex is converted in its annex only
    (``typed_pieces``: each block and cell as it tells, or as its neighbours do: "Tiêu chí: Có" stays in Unicode)."""
    encoding, garbled = encoding_or_garbled_lines([b.orig for b in blocks])
    if encoding is None:
        return blocks, [Issue(code="legacy_encoding_unknown", message=f"{len(garbled)} lines read as typed in a legacy "
                              f"Vietnamese font (TCVN3, VNI) whose encoding cannot be told: left as they are "
                              f"('{garbled[0][:60]}')")] if garbled else []
    pieces = [text for block in blocks
              for text in (block.orig, *(cell.text for cell in (block.table.cells if block.table is not None else ())))]
    typed = iter(typed_pieces(pieces, encoding))  # in the order of ``pieces``: each block, then its cells
    converted = []
    for block in blocks:
        update = {"orig": _converted(block.orig, encoding)} if next(typed) else {}
        if block.table is not None:  # a task table's cells are read from the table, not from its text
            cells = [replace(cell, text=_converted(cell.text, encoding)) if next(typed) else cell for cell in block.table.cells]
            update["table"] = block.table.model_copy(update={"cells": cells})
        converted.append(block.model_copy(update=update) if update else block)
    return converted, [Issue(code="legacy_encoding_converted", message=f"the text is in the {encoding.name} encoding; converted to Unicode")]


# ---------------------------------------------------------------------------------------------------
# 2c. Words glued where a site dropped a line break without a space ("TRIỂNKHAI THỰC HIỆN … CHÍNHPHỦ", "kếhoạch"):
# a token of Vietnamese letters that is no syllable but splits one way only into syllables is so many words
# (parsers.textlayer.glued_split, which the OCR reader uses too). A site does it to a whole page: the first lines are
# sampled, and only a page with several such tokens is repaired.
# Apart by design from agencies.words_apart, which parts one agency's name at a case change ("SởTài", "UBNDhuyện")
# for a second look-up only, the name kept as printed: this rewrites the text, so it cuts by syllables (also in one
# case: "TRIỂNKHAI", "kếhoạch") and only where the page shows the fault (or, in a header line, the registry's names).

_LONG_WORD = re.compile(r"[^\W\d_]{6,}")
# an e-mail or web address is written whole ("lienhe@kếhoạchđầutư.vn", "https://…/Ségolène"): no word of it is split
_ADDRESS_OR_LONG_WORD = re.compile(r"(\S*(?:@|://|\bwww\.)\S*)|" + _LONG_WORD.pattern)
_GLUE_SAMPLE_LINES = 40
_GLUE_SAMPLE_CHARACTERS = 2000
_PUNCTUATION = ".,;:!?()[]\"'“”‘’"
_MIN_GLUED = 2
_COPIED_TEXT = frozenset({"txt", "html", "docx"})


def unglue_words(blocks: list[Block]) -> tuple[list[Block], list[Issue]]:
    copied = [b for b in blocks[:_GLUE_SAMPLE_LINES] if b.text and b.prov.reader in _COPIED_TEXT and b.table is None]
    sample = " ".join(b.text for b in copied)[:_GLUE_SAMPLE_CHARACTERS]  # the header and the title
    tokens = sample.split()  # str.split: C speed
    long_words = [w.strip(_PUNCTUATION) for w in tokens if len(w) >= 6 and not w.isascii()]
    # most pages: no long token to split, and no need of the page's words; a glued name may be short ("BỘYTẾ")
    if not long_words:
        return _header_lines_unglued(blocks)
    from parsers.textlayer import glued_split, seen_words  # the spelling rules: for pages with long tokens

    odd = [w for w in long_words if w.isalpha() and not is_syllable(w)]
    if len(odd) < _MIN_GLUED:
        return _header_lines_unglued(blocks)
    # the syllables the page prints apart, from all its text: a title's glued parts often stand apart only in the body
    words = seen_words(b.text for b in blocks if b.text and b.prov.reader in _COPIED_TEXT and b.table is None)
    if sum(1 for w in odd if glued_split(w, words)) < _MIN_GLUED:
        return _header_lines_unglued(blocks)
    split: list[str] = []

    def apart(match: re.Match[str]) -> str:
        if match.group(1) is None and (parts := glued_split(match.group(), words)):
            split.append(f"'{match.group()}' -> '{parts}'")
            return parts
        return match.group()

    out = []
    for block in blocks:
        if block.text and block.prov.reader in _COPIED_TEXT and block.table is None:
            text = _ADDRESS_OR_LONG_WORD.sub(apart, block.text)
            block = block.model_copy(update={"text": text}) if text != block.text else block
        out.append(block)
    return out, [Issue(code="words_unglued", message=f"{len(split)} words glued where the page lost a line break without "
                       f"a space were split into their syllables ({', '.join(split[:3])})", where=copied[0].where())]


_HEADER_LINES = 4  # the lines a glued issuer's name may stand on, the first of the page
# a PDF's text layer too (a name typed with its spaces as positioned glyphs, no space character): the registry's words
# tell a name's cut wherever the text came from; OCR cuts its own words (parsers.ocr)
_HEADER_READERS = _COPIED_TEXT | {"pdf"}
_SHORTEST_GLUED_NAME = 4  # a short name glued may be no longer (the abbreviations, "HĐND", split into no syllables)


def _header_lines_unglued(blocks: list[Block]) -> tuple[list[Block], list[Issue]]:
    """A page with one glued token only, in a line in capitals among its first: the issuing body's name a PDF's text
    or a copy printed without its spaces ("BỘTÀICHÍNH", "SỞNỘIVỤ"). Split where its letters cut one way only into
    words of the registry's names of bodies (``_body_name_words``; the page may print them nowhere apart); kept as
    printed otherwise."""
    from parsers.textlayer import glued_split

    out, split = list(blocks), []
    for at, block in enumerate(blocks[:_HEADER_LINES]):
        text = block.text or ""
        if block.prov.reader not in _HEADER_READERS or block.table is not None or not is_upper_line(text):
            continue
        tokens = [(token, glued_split(token, _body_name_words()) or _cut_into_body_words(token)) for token in text.split()
                  if len(token) >= _SHORTEST_GLUED_NAME and token.isalpha() and not token.isascii() and not is_syllable(token)]
        parts = {token: apart for token, apart in tokens
                 if apart and all(fold(word) in _body_name_words_folded() for word in apart.split())}
        unglued = " ".join(parts.get(token, token) for token in text.split())
        if parts and _opens_a_body_s_name(unglued):
            split += [f"'{token}' -> '{apart}'" for token, apart in parts.items()]
            out[at] = block.model_copy(update={"text": unglued})
    if not split:
        return blocks, []
    return out, [Issue(code="words_unglued", message=f"{len(split)} words of a header line in capitals printed without "
                       f"spaces were split into the words of a body's name ({', '.join(split[:3])})", where=blocks[0].where())]


def _cut_into_body_words(token: str) -> str | None:
    """``token`` cut into the fewest words of the registry's names, where that fewest cuts it one way only: what the
    syllable rules cannot cut, a one-letter word ("BỘYTẾ": "BỘ Y TẾ"), an abbreviation glued to a word ("UBNDTỈNH":
    "UBND TỈNH"), or a name with its place, longer than a run of syllables is cut ("UBNDHUYỆNBẢOTHẮNG"). The fewest
    words, as ``glued_split`` takes the fewest syllables: the places' many short words cut "BẢO" into "BẢ O" too."""
    words = _body_name_words_marked()
    # for each prefix: the fewest words it cuts into, and its cuts into so many (two at most)
    fewest: list[tuple[int, list[list[int]]]] = [(0, [[]])] + [(len(token) + 1, []) for _ in token]
    for end in range(1, len(token) + 1):
        for start in range(end):
            count, cuts = fewest[start]
            if cuts and _tone_last(token[start:end]) in words:
                if count + 1 < fewest[end][0]:
                    fewest[end] = (count + 1, [])
                if count + 1 == fewest[end][0]:
                    fewest[end][1].extend([way + [end] for way in cuts][: 2 - len(fewest[end][1])])
    count, cuts = fewest[-1]
    if len(cuts) != 1 or count < 2:
        return None
    return " ".join(token[start:end] for start, end in zip([0, *cuts[0]], cuts[0]))


_PLACES_BELOW_THE_PROVINCES = ("districts.csv", "districts_earlier.csv", "communes.csv")


@cache
def _body_name_words() -> frozenset[str]:
    """The words of the registry's names of bodies and places, in small letters ("bộ", "tài", "chính", "lào"); the
    places below the provinces too, whose bodies' headings print them ("UBND HUYỆN BẢO THẮNG")."""
    from .registry import registry_rows

    names = [row[field] for file in ("agencies.csv", "jurisdictions.csv") for row in registry_rows(file) for field in ("name", "aliases")]
    names += [row["name"] for file in _PLACES_BELOW_THE_PROVINCES for row in csv_rows(file)]
    return frozenset(word.lower() for name in names for word in re.split(r"[\s|,()/{}]+", name) if word)


def _opens_a_body_s_name(line: str) -> bool:
    """The two words a registry's name of a body or a place opens with ("sở nội", "ủy ban", "tỉnh lâm") stand together
    in ``line``: its words are a body's name, not a slogan's made of the same words ("CHÀO MỪNG ĐẠI HỘI")."""
    words = fold(line).split()
    return any(pair in _body_names_openings() for pair in zip(words, words[1:]))


@cache
def _body_names_openings() -> frozenset[tuple[str, ...]]:
    from .registry import registry_rows

    names = [name for row in registry_rows("agencies.csv") for name in (row["name"], *row["aliases"].split("|"))]
    names += [name for row in registry_rows("jurisdictions.csv") for name in (row["name"], row["display"], *row["aliases"].split("|"))]
    # a district or a commune by its level's word and its name's first ("huyện bảo", "xã phong"), as its bodies'
    # headings print it: its name alone ("Văn Hóa", a commune's) would take a slogan's words for a name
    below = [(fold(row["kind"]).split()[-1], fold(row["name"]).split()[0]) for file in _PLACES_BELOW_THE_PROVINCES
             for row in csv_rows(file)]
    return frozenset([*(tuple(words[:2]) for name in names if len(words := fold(name).split()) >= 2), *below])


_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


@cache
def _tone_last(word: str) -> str:
    """``word`` in small letters with its tone mark moved to its end ("ủy", "uỷ": "uy" + the hook): marks kept, so
    "XÃY" is no "xây", but a copy's placing of the mark on another vowel ignored."""
    letters = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize("NFC", "".join(c for c in letters if c not in _TONE_MARKS)) + "".join(
        c for c in letters if c in _TONE_MARKS)


@cache
def _body_name_words_marked() -> frozenset[str]:
    """``_body_name_words`` as ``_tone_last`` writes them, the words a glued name is cut into."""
    return frozenset(map(_tone_last, _body_name_words()))


@cache
def _body_name_words_folded() -> frozenset[str]:
    """``_body_name_words`` folded: a copy may place a mark on another letter ("UỶ", "ỦY")."""
    return frozenset(map(fold, _body_name_words()))


# ---------------------------------------------------------------------------------------------------
# 3. Where the official document starts and ends


@dataclass(frozen=True)
class Boilerplate:
    start: re.Pattern[str]
    end: re.Pattern[str]
    site_text_after: re.Pattern[str]  # ends the document only where the site's text goes on under it
    chrome_before_end: re.Pattern[str]
    signing_stamp: re.Pattern[str]
    print_furniture: re.Pattern[str]
    article_chrome: re.Pattern[str]  # read by the metadata stage: a portal's lines between headline and text


@cache
def boilerplate() -> Boilerplate:
    """Each list of patterns as one alternation: one search per line instead of one per pattern."""
    return Boilerplate(*(listed_pattern("boilerplate.json", key) for key in (
        "document_start", "document_end", "site_text_after", "chrome_before_end", "signing_stamp", "print_furniture", "article_chrome")))


def _matches(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


_NOISE_WORD = re.compile(r"(?<!\S)\S*?(?:[^\w\s,.:;()\-–]|\d)\S*")  # each word tried once, from its start
_NOISE = re.compile(r"[^\w\s,.:;()\-–]|\d")  # what makes a word noise


def _without_noise(text: str) -> str:
    """The line without the words OCR made of a smudge or a stamp ("CỘNG HÒA XÃ HỘI £ï7 NGHĨA"): words holding a
    symbol or a digit, which no issuer's or motto's capitals hold."""
    return _NOISE_WORD.sub("", text) if not text.isupper() else text


def _upper_without_noise(text: str) -> bool:
    """``is_upper_line(_without_noise(text))``: this runs on every line of a page whose document start is not found (an
    English translation: every line)."""
    return is_upper_line(text) if text.isupper() else is_upper_line_without(text, _NOISE_WORD, _NOISE)


_NUMBER_AFTER = re.compile(r"\s+Số\s*:.*$")
# The motto's second line run onto the body's line with the first ("UBND TỈNH X CỘNG HÒA … VIỆT NAM Độc lập - Tự do -
# Hạnh phúc": a site's header row as one line), its words not in capitals.
_MOTTO_AFTER = re.compile(r"\s+Độc\s+lập\s*[-–—].*$")


# A site that lists its page's parts prints a bullet before the document's first line ("• BỘ GIÁO DỤC VÀ ĐÀO TẠO").
_SITE_BULLETS = "•·"
_SITE_BULLET = re.compile(rf"^[{_SITE_BULLETS}]\s*(?=\S)")


# The star ornament under a Party's or the Youth Union's body, run onto its line by a copy, before or after it, with a
# space or glued ("* TỈNH ỦY GIA LAI", "BCH TỈNH ĐOÀN NGHỆ AN *", "TỈNH ỦY GIA LAI*"): no part of a name.
_STAR_AT_AN_END = re.compile(r"^\s*\*+\s*|\s*\*+\s*$")


def without_star(line: str) -> str:
    """A header line without the star ornament printed before or after it."""
    return _STAR_AT_AN_END.sub("", line) if "*" in line else line


@cache
def _header_stamp_after() -> re.Pattern[str]:
    # behind a lookahead on its first characters: it opens with a lookbehind, which re tries at every position of the
    # line (two fifths of its time)
    pattern = json_data("sections.json")["header_stamp_after"] + "|" + unlabelled_stamp_after()
    return re.compile(behind_start_lookahead(pattern))


@cache
def unlabelled_stamp_openings() -> tuple[str, ...]:
    """How a reader's English appearance of a digital signature opens ("Signature Not Verified", "Digitally signed by
    …"; sections.json unlabelled_stamp_openings): no label's colon."""
    return tuple(json_data("sections.json")["unlabelled_stamp_openings"])


@cache
def unlabelled_stamp() -> str:
    """The pattern of such an appearance's opening in its real shape (sections.json unlabelled_stamp_shapes: "Date:
    2026.12.04", not a form's "mục Date: và Location:")."""
    shapes = json_data("sections.json")["unlabelled_stamp_shapes"]
    return "(?:" + "|".join(re.escape(opening) + shapes[opening].replace("{capital}", CAPITAL_LETTERS)
                            for opening in unlabelled_stamp_openings()) + ")"


@cache
def unlabelled_stamp_after() -> str:
    """The pattern of such an appearance run on after a line's text ("ỦY BAN NHÂN DÂN Signature Not Verified")."""
    return r"(?<=\S)\s*" + unlabelled_stamp() + r".*$"


def may_hold_unlabelled_stamp(text: str) -> bool:
    """Whether the line holds an opening of unlabelled_stamp_openings: the test in C before a pattern's search."""
    for opening in unlabelled_stamp_openings():  # a loop, not any() of a generator: this runs on every line
        if opening in text:
            return True
    return False


def without_stamp_after(text: str) -> str:
    """A header's or a title's line without a digital signature's stamp a PDF's text layer ran on after it ("ỦY BAN
    NHÂN DÂN Ký bởi: …", "TỈNH QUẢNG TRỊ Email: …"; sections.json header_stamp_after); a line that is the stamp alone
    as it is."""
    if ":" not in text and not may_hold_unlabelled_stamp(text):  # tests in C first: this runs on every line until the document's start
        return text
    cut = _header_stamp_after().sub("", text)
    return cut.rstrip() if cut != text else text  # a line without a stamp as it is


def _first_cell(block: Block) -> str:
    """The first cell of a header row of copied text with its table's borders ("| BỘ TÀI CHÍNH | CỘNG HÒA …"); any
    other line whole (OCR reads a rule, or a handwritten 1, as "|"), without a number after the body ("BỘ TÀI CHÍNH
    Số: 12/KH-BTC"), the motto's second line nor a digital signature's stamp ("ỦY BAN NHÂN DÂN Ký bởi: …")."""
    text = block.text or ""
    if text[:1] in _SITE_BULLETS:  # a test in C first, as for "Số" below
        text = _SITE_BULLET.sub("", text)
    text = without_star(text)  # "* TỈNH ỦY GIA LAI": the body's line starts the document, not the motto under it
    if "Số" in text:  # a test in C first: this runs on every line until the document's start
        text = _NUMBER_AFTER.sub("", text)
    if "Độc lập" in text:
        text = _MOTTO_AFTER.sub("", text)
    text = without_stamp_after(text)
    if "|" not in text or block.prov.reader != "txt":
        return text
    return text.lstrip("| ").split("|", 1)[0].rstrip()


_STAMP_LINES = 4  # a digital signature's stamp: the signing body's name, its e-mail, the time, the time zone


def signing_stamp_line(text: str) -> bool:
    """A line of a digital signature's stamp: its labels ("Ký bởi: …", "Thời gian ký: …"), its e-mail, its time."""
    return _matches(boilerplate().signing_stamp, text)


def _in_a_signing_stamp(blocks: list[Block], i: int) -> bool:
    """A body's name a digital signature's stamp prints above the header ("TRUNG TÂM CÔNG BÁO VÀ TIN HỌC", then an
    e-mail and a time): the lines under it show the stamp's, one of them its time or signer (signing_stamp_marks). A stamp whose first line names who signed ("Ký bởi: …",
    "Người ký: …"; sections.json stamp_signer) prints no name over it: the lines over that line, or among its lines
    before its time (a stamp drawn over the header, read line by line with it), are the page's own."""
    below = [text for b in blocks[i + 1 : i + 1 + _STAMP_LINES] if signing_stamp_line(text := b.text or "")]
    if not below or _stamp_signer_label().match(below[0]):
        return False
    if not any(_signing_stamp_marks().search(text) for text in below):
        # "CÔNG TY CỔ PHẦN …" / "Email: info@…" / the motto: a header's own e-mail, phone or title line, no time of
        # signing nor signer under it (boilerplate.json signing_stamp_marks), is no stamp: the name is the issuer's
        return False
    above = [b.text or "" for b in blocks[max(0, i - _STAMP_LINES) : i]]
    while above and signing_stamp_line(above[-1]) and not _STAMP_TIME.search(above[-1]):
        if _stamp_signer_label().match(above.pop()):
            return False
    return True


_STAMP_TIME = re.compile(r"\d{1,2}:\d{2}")  # a stamp's time of signing, its last line


def signing_time_line(text: str) -> bool:
    """A digital signature's time of signing: a label of signing and a clock time ("Ngày ký: 04.05.2026 09:44:21
    +07:00"). The day is the stamp's (a portal's that republished the copy signs days after the issue), never the
    place and date of issue its "Ngày" would make it."""
    if _signing_stamp_marks().match(text) and _STAMP_TIME.search(text):
        return True
    # in capitals ("NGÀY KÝ: …"), or its time as OCR reads it ("09.44.21", "09g44"), in the label's own value
    label = _stamp_time_labels().match(text) or _stamp_proofs().match(text)
    return bool(label) and _SIGNING_CLOCK.search(_OTHER_LABEL.split(text[label.end():], 1)[0]) is not None


def signing_day_label(text: str) -> bool:
    """A line labelled with a day of signing ("Ngày ký: 04/05/2026", with a time or not): a stamp's or a site panel's
    value, never the place-and-date line of issue its "Ngày" would make it."""
    return bool(_stamp_time_labels().match(text))


@cache
def _signing_stamp_marks() -> re.Pattern[str]:
    """The lines only a digital signature's stamp prints: its time of signing, its signer (boilerplate.json)."""
    return listed_pattern("boilerplate.json", "signing_stamp_marks")


@cache
def _stamp_signer_label() -> re.Pattern[str]:
    return re.compile(json_data("sections.json")["stamp_signer"])


def stamp_body_before(blocks: list[Block], start: int) -> str | None:
    """The body's name a digital signature's stamp printed right over the document's start, set aside with the stamp
    (_in_a_signing_stamp: "CÔNG TY CỔ PHẦN …" / "Email: …" / "Thời gian ký: …" over the motto); None if there is none."""
    for j in range(start - 1, max(-1, start - 2 - _STAMP_LINES), -1):
        line = _first_cell(blocks[j]) if blocks[j].text else ""
        if line and _upper_without_noise(line) and _matches(boilerplate().start, line) and _in_a_signing_stamp(blocks, j):
            return line
    return None


def _wrapped_on(line: str, blocks: list[Block], i: int) -> str:
    """The line with the two after it, when they are capitals: a site's narrow header cell wraps a body's name inside
    its kind ("NGÂN HÀNG NHÀ" / "NƯỚC" / "VIỆT NAM", "TÒA ÁN NHÂN" / "DÂN TỐI CAO")."""
    following = takewhile(is_upper_line, (b.text or "" for b in blocks[i + 1 : i + 3]))
    return " ".join([line, *following])


def _a_panels_value(blocks: list[Block], i: int) -> bool:
    """A body's name under a legal site's panel label alone on its line ("Cơ quan ban hành" / "ỦY BAN MẶT TRẬN TỈNH …"):
    the site's value, not the document's first line."""
    return i > 0 and (blocks[i - 1].text or "").strip(" :|\t") in site_attribute_fields()


def _may_start_document(line: str) -> bool:
    """Whether the document's start pattern can match the line, or the line with the two under it (``_wrapped_on``,
    which starts as it does), told by its first character where every start is a line's opening: this runs on every
    line of a page whose start is not found (an English translation: every line), and most open with none of them."""
    gate = _document_start_gate()
    return gate is None or gate.match(line) is not None


@cache
def _document_start_gate() -> re.Pattern[str] | None:
    return anchored_start_gate(boilerplate().start)


@cache
def _site_menu() -> re.Pattern[str]:
    return listed_pattern("boilerplate.json", "site_menu", re.IGNORECASE)


def _a_sites_headline(blocks: list[Block], i: int) -> bool:
    """A line in capitals opening with a body's kind that is a site's headline or menu item, not a header's line: the
    post's date follows it ("TRẠM Y TẾ XÃ … TRIỂN KHAI …" / "Ngày đăng: …", boilerplate.json article_chrome), or a menu
    item (site_menu), through other lines that open so ("TRẠM Y TẾ" / "HỢP TÁC XÃ" / "LIÊN HỆ"). A header's line is
    followed by its body's name, the motto or the number."""
    patterns = boilerplate()
    for block in blocks[i + 1 : i + 8]:
        text = (block.text or "").strip()
        if not text:
            continue
        if _matches(patterns.article_chrome, text) or _matches(_site_menu(), text):
            return True
        if not (is_upper_line(text) and _matches(patterns.start, text)):
            return False
    return False


_LIST_ITEM_LINES = 3  # lines under a type's name where a site's list prints the item's attributes


def _a_sites_list_item(blocks: list[Block], i: int) -> bool:
    """A type's name alone on its line that is an item of a site's list of documents ("KẾ HOẠCH" / "Tổ chức Ngày hội
    …" / "Ngày ban hành: 01/04/2026", a sidebar before the document shown), not the document's type heading: one of
    the next lines is the site's label and its value ("Ngày ban hành: …", site_attributes.csv), which a document's
    title, authority or grounds never print. Read as the start, the item's type became the issuer, its day the date."""
    if not parts.is_type_heading(blocks[i].text or "") or ":" in (blocks[i].text or ""):
        return False
    for block in blocks[i + 1 : i + 1 + _LIST_ITEM_LINES]:
        label = _attribute_label().match(block.text or "")
        if label and label.group("label"):
            return True
    return False


def document_span(blocks: list[Block]) -> tuple[int, int, bool]:
    """Index of the first block of the document, one past its last block, and whether a start was found."""
    patterns = boilerplate()
    start = next(
        (i for i, b in enumerate(blocks)
         if b.text and _may_start_document(line := _first_cell(b)) and _upper_without_noise(line)
         and (_matches(patterns.start, line) or _matches(patterns.start, _wrapped_on(line, blocks, i)))
         and not _in_a_signing_stamp(blocks, i) and not _a_panels_value(blocks, i) and not _a_sites_headline(blocks, i)
         and not _a_sites_list_item(blocks, i)),
        None,
    )
    found = start is not None
    start = start or 0
    end = next((i for i in range(start, len(blocks)) if _matches(patterns.end, blocks[i].text or "")
                or (_matches(patterns.site_text_after, blocks[i].text or "") and _site_text_goes_on(blocks, i))
                or (_matches(_site_list_headings(), blocks[i].text or "") and _a_site_list_to_the_end(blocks, i))
                or (_matches(_site_furniture(), blocks[i].text or "") and _furniture_to_the_end(blocks, i))), len(blocks))
    while end > start and _matches(patterns.chrome_before_end, blocks[end - 1].text or ""):
        end -= 1
    return start, end, found


_SITE_TEXT_LINES = 4  # lines under a heading of the site's text where its list or table shows ("Lược đồ" / "Văn bản căn cứ" / "Luật …" / "Nghị định 11/2010/NĐ-CP …")
# "11/2010/NĐ-CP", "số 19/KH-UBND", a party's "07-CT/TU" (its hyphen may stand apart: "07- CT/TU")
_NUMBER_AND_SYMBOL = re.compile(r"(?:số\s+)?\d{1,5}(?:/\d{4})?(?:/[A-ZĐ]|-\s?[A-ZĐ][\w&.-]*/)")


def _a_listed_document(text: str) -> bool:
    """A line that opens with a document's type and its number, as a site's list prints its items ("Nghị định
    11/2010/NĐ-CP …", "Quyết định số 41/QĐ-UBND …"); a table's cell holding a number alone ("15/KH-UBND") is none."""
    words = text.split()
    names = doc_type_by_folded_name()
    return any(fold(" ".join(words[:n])) in names and _NUMBER_AND_SYMBOL.match(" ".join(words[n:]))
               for n in range(1, min(_LONGEST_TYPE, len(words)) + 1))


def _site_text_goes_on(blocks: list[Block], i: int) -> bool:
    """What a line of the site's text after the document (boilerplate.json site_text_after) heads is under it: a listed
    document's type and number, a site's label with its value ("Số hiệu: …", "Ngày ban hành: …"), another such line, or nothing
    (a print view's footer ends the input). The document's own lines like them ("Văn bản khác" or "Thuộc tính" a
    table's cell, a note "Nguồn: https://…" under a figure) are followed by the document's text: no end there. In a
    table's last row the lines that would fill the row must all be a site's list's (_a_site_list_line): the row's
    cells (a body, a deadline) are none, a site's list after a row a copy printed short is."""
    under = [b.text for b in blocks[i + 1 :] if b.text and b.text.strip()][:_SITE_TEXT_LINES]
    if _a_cell_inside_a_row(blocks, i):
        return False
    goes_on = not under or any(map(_a_site_text_line, under))
    if goes_on and (left := _cells_left_in_a_last_row(blocks, i)):
        return all(map(_a_site_list_line, under[:left]))
    return goes_on


def _a_site_text_line(text: str) -> bool:
    """A line that shows the site's text goes on: a heading of it, a listed document's type and number, a label with
    its value."""
    patterns = boilerplate()
    return (_matches(patterns.site_text_after, text) or _matches(patterns.end, text) or _a_listed_document(text)
            or bool((label := _attribute_label().match(text)) and label.group("label") and ":" in text[: label.end()]))


def _a_site_list_line(text: str) -> bool:
    """Any line a site's list after the document prints: those above, a document named by type and year, a list's
    sub-heading, an item's date or status alone, a link (site_list_lines). Asked of every line where the document's
    own lines may stand too (a table's last row, a list without its heading)."""
    return (_a_site_text_line(text) or _matches(_site_list_lines(), text) or _matches(_site_list_headings(), text)
            or _a_titled_document(text))


@cache
def _site_furniture() -> re.Pattern[str]:
    return listed_pattern("boilerplate.json", "site_furniture_after")


def _furniture_to_the_end(blocks: list[Block], i: int) -> bool:
    """A saved page's furniture under the text (sharing, comments, a login prompt, an ad's label, copyright, licence):
    every line under it to the input's end is more of it, a site's heading or an item's label, or none follows. A
    plan's line so worded ("Giấy phép số 25/GP-TTĐT …", "Đăng nhập để sử dụng dịch vụ công …", a cell "Quảng cáo") is
    followed by its own text, a citation, the closing: the document goes on (a listed document is the plan's too)."""
    patterns = boilerplate()
    return all(_matches(_site_furniture(), b.text) or _matches(patterns.site_text_after, b.text)
               or _matches(patterns.end, b.text) or _matches(_site_list_lines(), b.text)
               for b in _lines(blocks[i + 1 :]))


@cache
def _site_list_lines() -> re.Pattern[str]:
    return listed_pattern("boilerplate.json", "site_list_lines")


@cache
def _site_list_headings() -> re.Pattern[str]:
    return listed_pattern("boilerplate.json", "site_list_headings")


def _a_site_list_to_the_end(blocks: list[Block], i: int) -> bool:
    """A site's list copied without its heading ("Văn bản căn cứ" / "Luật …" / "Nghị định 11/2010/NĐ-CP …" / "Văn bản
    được hướng dẫn" / …): every line under the sub-heading to the input's end is the site's, a document listed among
    them, none a sentence's end, and the site's own marks among them: another sub-heading, an item's date, status or
    link. A plan's own "Văn bản căn cứ" is followed by its items' marks ("1.", "-"), a table's rows, more text, a
    sentence naming its grounds ("Nghị định 11/2010/NĐ-CP … là căn cứ để …"), or its documents alone, unmarked, last."""
    under = [b.text for b in _lines(blocks[i + 1 :])]
    return (any(map(_a_listed_document, under)) and all(map(_a_site_list_line, under))
            and not any(text.rstrip().endswith((".", ";")) for text in under)
            and (any(_matches(_site_list_headings(), text) for text in under) or any(_matches(_site_list_lines(), text) for text in under)))


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _a_titled_document(text: str) -> bool:
    """A site's list item naming a document by its type and year, no number ("Luật Giao thông đường bộ 2008")."""
    words = text.split()
    names = doc_type_by_folded_name()
    return _YEAR.search(text) is not None and any(
        fold(" ".join(words[:n])) in names for n in range(1, min(_LONGEST_TYPE, len(words) - 1) + 1))


def _lines(blocks: Sequence[Block]) -> list[Block]:
    return [b for b in blocks if (b.text or "").strip()]


def _numbers_above(blocks: list[Block], i: int) -> tuple[list[Block], list[tuple[int, int]]]:
    """The lines above line ``i`` (two rows' span), and where among them a row's number stands, with the number."""
    above = _lines(blocks[max(0, i - 4 * ROW_SPAN) : i])[-2 * ROW_SPAN :]
    return above, [(k, n) for k, b in enumerate(above) if (n := _row_number(b)) is not None]


def _a_cell_inside_a_row(blocks: list[Block], i: int) -> bool:
    """A line inside a row of a table copied a cell a line ("2" / "Hướng dẫn duy tu …" / "Văn bản khác" / "Nghị định
    11/2010/NĐ-CP …" / … / "3"): the row's number stands within a row's span above it and the next row's number under
    it. The last row: _in_a_last_row."""
    above, numbered = _numbers_above(blocks, i)
    if not numbered or len(above) - numbered[-1][0] > ROW_SPAN:
        return False
    number = numbered[-1][1]
    return any(_row_number(b) == number + 1 for b in _lines(blocks[i + 1 : i + 1 + 2 * ROW_SPAN])[:ROW_SPAN])


def _cells_left_in_a_last_row(blocks: list[Block], i: int) -> int:
    """How many lines would fill the table's last row, copied a cell a line, were line ``i`` its cell ("3" / "Báo cáo
    kết quả …" / "Lược đồ" / …): the row before printed more lines from its number. 0 where the row is full, or no
    row's number above. A site's heading right under a last row whose cells a copy printed fewer of (an empty cell
    left out) stands so too: the lines that would fill the row tell them apart (the site's lines, or the row's cells)."""
    above, numbered = _numbers_above(blocks, i)
    if len(numbered) < 2:
        return 0
    (previous_at, previous), (at, number) = numbered[-2:]
    return max(0, (at - previous_at) - (len(above) - at) - 1) if previous == number - 1 else 0


@cache
def _attribute_label() -> re.Pattern[str]:
    """A label and what ends it: a colon ("Số hiệu: …"), a cell's bar or tab ("| Số hiệu | …", "Số hiệu<TAB>…": the
    panel copied as a table), the line's end (a portal's panel, label and value on lines of their own: "Người ký văn
    bản" / "Chưa xác định"), or, for a label that repeats a field and opens the line, a space ("Số hiệu 22/KH-UBND")."""
    fields = site_attribute_fields()
    labels = longest_first(fields)
    repeated = longest_first(label for label, field in fields.items() if field)
    pattern = rf"(?P<label>{labels})\s*[:|\t]|^\s*(?P<alone>{labels})\s*$|^\|?\s*(?P<opening>{repeated})\s+(?=[^\s:|])"
    # behind a lookahead on the characters a match starts with: an alternation of words is tried at every position
    # of a line (a page whose panel is not found is read whole: 28% of this search's time)
    return re.compile(behind_start_lookahead(pattern))


def _opens_with_a_label(text: str) -> bool:
    """A line that opens with a label: one that repeats a field and its value ("Số hiệu 22/KH-UBND"), or any label alone
    on its line ("Lĩnh vực" / "Nông nghiệp")."""
    labels = tuple(site_attribute_fields())
    return text.lstrip().startswith(labels) or "\n" in text and any(line.lstrip().startswith(labels) for line in text.split("\n"))


def site_attributes(blocks: list[Block]) -> dict[str, str]:
    """Parse a legal site's attribute panel. Labels and values may run together on one line
    ("Số hiệu:122/KH-UBNDNgày đăng công báo:Đang cập nhật"), or come as a table's rows ("| Số hiệu | 122/KH-UBND |"),
    or a label end its line and its value come on a later one, after the tooltip that defines the label
    ("Ngày ban hành:" / "Ngày ban hành là ngày, tháng, năm …" / "08/10/2025 |")."""
    found: dict[str, str] = {}
    waiting = None  # a label whose line ended before its value
    stamps = _signing_stamp_runs(blocks)
    for k, block in enumerate(blocks):
        text = block.text or ""
        if k in stamps:
            continue
        # every label ends with one of these or opens the line: most lines need neither the split nor the search
        if waiting is None and ":" not in text and "|" not in text and "\t" not in text and not _opens_with_a_label(text):
            continue
        for line in text.split("\n"):
            waiting = _attributes_in(line, found, waiting)
    return found


def _signing_stamp_runs(blocks: list[Block], in_body: bool = False) -> set[int]:
    """The indexes of the lines of digital signatures' stamps printed on the page ("Người ký: CỔNG THÔNG TIN ĐIỆN TỬ
    CHÍNH PHỦ" / "Email: …" / "Cơ quan: …" / "Thời gian ký: 04.05.2026 09:44:21 +07:00": a portal's stamp on a copy it
    republished, realdocs2 102): runs of stamp lines (boilerplate.json signing_stamp, or a signing label of
    signing_stamp_marks) with a line that proves signing, what no site's panel prints (_proves_signing; a table's block
    is never one). A panel prints "Người ký:" and "Ngày ký:" too, so read as one the stamp's signer and
    time of signing became the site's signer and date of issue: the body that stamped the copy, the day it did.
    ``in_body``: the runs among a document's own lines, where only a stamp's time of signing proves one
    (boilerplate.json signing_stamp_times: "10.04.2026 08:42:17 +07:00"): a contact's "Chức vụ: …" / "Email: …" and a
    signing ceremony's "Thời gian ký: 09 giờ 00 ngày 20/5/2026" or "Ký bởi: …" are the document's own."""
    runs: set[int] = set()
    run: list[int] = []
    texts = [_LEADING_MARKS.sub("", block.text or "") for block in blocks]  # OCR's smudges before a label: "_— Thời gian ký:"
    for k, text in enumerate([*texts, ""]):  # a last empty line ends the last run
        # a table's rows come as one block joined by "\n" (a panel's table, "Ngày ký: | 10/03/2026" / … / "Ngày đăng: |
        # 12/03/2026 10:15"): a panel, never a stamp, and no line of a run
        if text and "\n" not in text and (signing_stamp_line(text) or _signing_stamp_marks().match(text)):
            run.append(k)
            continue
        if any(_stamp_times().search(texts[i]) if in_body else _proves_signing(texts[i], len(run)) for i in run):
            runs.update(run)
        run = []
    return runs


def _proves_signing(line: str, run_length: int) -> bool:
    """A line of a run of stamp lines that only a digital signature's stamp prints (boilerplate.json
    signing_stamp_proofs): "Ký bởi: …", "Thời gian ký: …", a time zone, a "Ngày ký:" whose own value holds a clock time
    ("Ngày ký: 04-05-2026 09:44:21", as OCR reads it "09.44.21" or "09g44"), or, in a run of two lines or more, a stamp's
    e-mail ("Email: …"), which no panel prints ("Cơ quan:" proves nothing: "Cơ quan: UBND tỉnh Lào Cai" is a panel's).
    A time after another label ("Ngày ký: 10/03/2026 - Cập nhật: 12/03/2026 10:15", "Người ký: X | Ngày hiệu lực:
    12/03/2026 10:15"), or alone on a line ("12/03/2026 10:15", a portal's clock), is a panel's or a page's: no proof."""
    if _stamp_proofs().search(line):
        return True
    label = _stamp_time_labels().match(line)
    if label and _SIGNING_CLOCK.search(_OTHER_LABEL.split(line[label.end():], 1)[0]):
        return True
    return run_length >= 2 and bool(_stamp_detail_labels().match(line)) and not _attribute_label().match(line)


# a clock time in a signing label's value: "09:44", as OCR reads it "09.44.21" (never a date's "04.05.2026"), "09g44"
_SIGNING_CLOCK = re.compile(r"(?<![\d.])\d{1,2}(?::\d{2}|\.\d{2}\.\d{2}(?![\d.])|\s?[gh]\s?\d{2}\b)")
# a label after a value on the same line ("… - Cập nhật: …", "… | Ngày hiệu lực: …"): letters before a colon
_OTHER_LABEL = re.compile(r"[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)*\s*:")


@cache
def _stamp_proofs() -> re.Pattern[str]:
    return listed_pattern("boilerplate.json", "signing_stamp_proofs", re.IGNORECASE)


@cache
def _stamp_times() -> re.Pattern[str]:
    return listed_pattern("boilerplate.json", "signing_stamp_times", re.IGNORECASE)


@cache
def _stamp_time_labels() -> re.Pattern[str]:
    return listed_pattern("boilerplate.json", "signing_stamp_time_labels", re.IGNORECASE)


@cache
def _stamp_detail_labels() -> re.Pattern[str]:
    return listed_pattern("boilerplate.json", "signing_stamp_detail_labels", re.IGNORECASE)


_LEADING_MARKS = re.compile(r"^(?:[^\w@]|_)+")


# A label's tooltip, printed where its value goes: "Ngày ban hành là ngày, tháng, năm văn bản được … ký ban hành."
_DEFINITION = re.compile(r"^là\s")


def _attributes_in(text: str, found: dict[str, str], waiting: str | None = None) -> str | None:
    """Label-value pairs of one line, in ``found`` (the first value of a label wins). ``waiting`` is a label of an
    earlier line still without its value: a line without a label gives it one. Returns the label left waiting."""
    matches = list(_attribute_label().finditer(text))
    if not matches:
        value = text.strip(" \t|")
        # a label alone on its line (another page's layout: "Số hiệu" / "122/KH-UBND") is no value of the one waiting
        if waiting and value and value not in site_attribute_fields() and not _DEFINITION.match(value.removeprefix(waiting).lstrip()):
            found.setdefault(waiting, value)
            return None
        return waiting
    for i, match in enumerate(matches):
        value_end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        value = text[match.end() : value_end].strip(" \t|")
        label = match.group("label") or match.group("alone") or match.group("opening")
        if _DEFINITION.match(value):  # "Ngày ban hành là ngày …": the tooltip of a label already waiting
            return waiting if waiting == label else None
        if value and label not in found:
            found[label] = value
        waiting = None if value else label
    return waiting


def mark_furniture(blocks: list[Block]) -> tuple[list[Block], dict[str, str]]:
    start, end, found = document_span(blocks)
    outside = [b.model_copy(update={"layer": Layer.FURNITURE}) for b in (*blocks[:start], *blocks[end:])]
    # with no document on the page (only the site's attribute panel), the whole page is the panel
    attributes = site_attributes(outside[:start] if found else blocks)
    if found and _SITE_BULLET.match(first := blocks[start].text or ""):
        blocks = [*blocks[:start], blocks[start].model_copy(update={"text": _SITE_BULLET.sub("", first)}), *blocks[start + 1 :]]
    return [*outside[:start], *_without_signing_stamps(_without_print_furniture(blocks[start:end])), *outside[start:]], attributes


def _without_signing_stamps(blocks: list[Block]) -> list[Block]:
    """The document's blocks with a digital signature's stamp printed among them marked as furniture: a stamp drawn
    over the body ("Ký bởi: …" / "Email: …" / "Thời gian ký: …", a PDF's flattened signature read by position between
    the lines it covers, or a copy's) is no line of a task, a field or a paragraph (its lines ran into the field above
    them: "Cơ quan phối hợp: Sở Nội vụ. Email: … Thời gian ký: …"). A stamp in a closing (after a line of a signature's
    chain, "KT. CHỦ TỊCH", then "(Đã ký)", the recipients or the name, and no document's or annex's heading since) or
    right over a line of the chain stays: the signature block reads the signer's name from it where none is printed.
    A plan a decision issues, after the decision's signature, is a body again."""
    stamps = _signing_stamp_runs(blocks, in_body=True)
    if not stamps:
        return blocks
    texts = [block.text or "" for block in blocks]
    others = [k for k in range(len(blocks)) if k not in stamps]
    closing = False  # whether the lines so far are a closing's
    in_closing = set()
    for k, text in enumerate(texts):
        if k in stamps:
            under = others[bisect_left(others, k) : bisect_left(others, k) + 1]  # the document's line right under it
            if closing or under and parts.is_signature_line(texts[under[0]]):
                in_closing.add(k)
        elif parts.is_signature_line(text):
            closing = True
        elif parts.is_type_heading(text) or parts.annex_heading(text):
            closing = False
    return [b.model_copy(update={"layer": Layer.FURNITURE}) if k in stamps - in_closing else b for k, b in enumerate(blocks)]


def _without_print_furniture(blocks: list[Block]) -> list[Block]:
    """A web page saved as PDF: the browser's line at the top and bottom of every page ("11/30/26, 8:33 PM Kế hoạch …",
    "https://… 1/2") falls inside the document, often inside its closing block."""
    printed = boilerplate().print_furniture
    return [b.model_copy(update={"layer": Layer.FURNITURE})
            if b.table is None and b.text and b.text[0] in "0123456789fh" and _matches(printed, b.text) else b
            for b in blocks]


# ---------------------------------------------------------------------------------------------------
# 4. Hard-wrapped lines

# A line that starts a new paragraph: numbering, bullets, legal-style parts, recitals, closing parts. A plan's part
# ("PHẦN I. KẾT QUẢ …", "Phần thứ hai:") opens one too: under a short title it was read as the title's wrapped rest.
STRUCTURAL_START = re.compile(
    rf"^(?:[IVXLC]+[.)]\s|[IVXLC]+\s?[-–—]\s?[{CAPITAL_LETTERS}]|\d+[a-zđ]?[.)]\s|\d+(?:[.,]\d{{1,2}})+[.)]?\s|[a-zđ]\d?\)\s?|[-+•–]\s?|\(\d+\)|"
    r"Căn cứ|Theo đề nghị|Xét đề nghị|Nơi nhận|Điều \d|Chương [IVXLC\d]|Mục \d|PHỤ LỤC|Phụ lục|"
    r"PHẦN\s+(?:[IVXLC]+|THỨ)\b|Phần\s+(?:[IVXLC]+|thứ\s+\w+)\s*[.:\-–])"
)
_ROMAN_HEADING = re.compile(r"^[IVXLC]+\.\s")
# The name of a table's number column, its first header cell: a table starts there, no paragraph goes on into it.
TABLE_STARTS = re.compile(r"^(?:S?TT|Số TT|Số thứ tự)$", re.IGNORECASE)
_TOKEN_GOES_ON = re.compile(r"^[/\-](?=[A-ZĐ0-9])")  # "…/BDVTU" | "-BCSĐUBNDTP": a symbol broken before its hyphen
_SYMBOL_END = re.compile(r"[A-ZĐ0-9]$")
_ENDS_SENTENCE = re.compile(r"[.!?]$")
_ENDS_CLAUSE = re.compile(r"[.;:!?]$")
# A point's label ("a) …", "đ) …", "a1) …"): after a clause's end (the clause's "… như sau:", the point before's "…;")
# it opens a paragraph, though in small letters (counted as a wrapped line, a law's points made a copy look hard-wrapped
# and were joined into their clause)
_POINT_START = re.compile(r"^[a-zđ]\d?\)\s")


def _ends(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern.search(text)`` for _ENDS_SENTENCE or _ENDS_CLAUSE, asked only when the text's last character is one
    they end with (or a line break, before which "$" holds too): these run on every pair of lines, and a regex
    search costs some 2,000 instructions before it reads a character. A match is one character at the end or before a
    final line break ("$"), so the search starts two characters from the end: from the start it read every character
    of a paragraph that ends with a full stop."""
    return text[-1:] in ".;:!?\n" and pattern.search(text, len(text) - 2) is not None
# Words after which a phrase cannot stop: a line ending with one was broken mid-phrase.
_DANGLING_WORDS = frozenset(
    "của và với các những cho tại theo về trong để là được có do từ đến giữa hoặc hay như thuộc qua bằng "
    "ngày số giao chánh phó trưởng ủy uỷ ban sở phòng chủ thủ".split()
)
# "số" dangles before its figure ("… Nghị định số" | "158/2007/NĐ-CP …"), but it also ends a phrase of its own ("Luật
# Chuyển đổi số", "kinh tế số", "dân số"): before a capitalised line it ends the line
_DANGLING_BEFORE_FIGURES = frozenset({"số"})
_MIN_WRAPPED_PAIRS = 5
_MIN_WRAPPED_RATIO = 0.1
_FULL_LINE_FACTOR = 0.9


def _adjacent(prev: Block, nxt: Block, across_page: bool = False) -> bool:
    """The two blocks come from consecutive source lines with nothing (not even a blank line) between, or only a PDF
    viewer's page number and the blank lines around it (``across_page``: the page broke the paragraph there).
    A table is a block of its own: never joined to the paragraph above or below it."""
    return (
        prev.layer is nxt.layer is Layer.BODY  # identity: this runs for every pair of lines
        and prev.table is None
        and nxt.table is None
        and not prev.cell_end
        and bool(prev.text)
        and bool(nxt.text)
        and prev.prov.line_end is not None
        and (across_page or nxt.prov.line_start == prev.prov.line_end + 1)
    )


def _viewers_page_number(block: Block) -> bool:
    """A PDF viewer's page number the text reader found in the page's sequence (txt.page_number_lines)."""
    return block.layer is Layer.FURNITURE and block.prov.reader == "txt" and PAGE_NUMBER.match(block.orig) is not None


def _surely_wrapped(prev: Block, nxt: Block) -> bool:
    """A line that goes on in lower case after no sentence end was broken mid-sentence."""
    # its first letter first: most lines start with a capital, a figure or a dash, and _adjacent reads eight fields
    return bool(nxt.text) and nxt.text[0].islower() and _adjacent(prev, nxt) and not _ends(_ENDS_SENTENCE, prev.text) \
        and not _point_after_clause(prev.text, nxt.text) and not _row_letter(nxt)


def _row_letter(block: Block) -> bool:
    """A row's letter alone on its line ("a", "b.", "đ") in a copy whose lines are the text's own (a table copied a
    cell a line, its rows lettered): the mark's cell, never a word that goes on the line above (no word is a lone
    letter). A PDF's or a scan's lone letter (a speck read as "a") is left to the readers' own joining."""
    text = block.text or ""
    return len(text) <= 2 and block.prov.reader in linebreaks.OWN_LINE_READERS and BARE_LETTER.match(text) is not None


def _point_after_clause(prev_text: str, next_text: str) -> bool:
    return bool(_POINT_START.match(next_text)) and _ends(_ENDS_CLAUSE, prev_text)


# A point's label in small letters and its form: "b) ", "b. ", "b/ ", OCR's "b)”” …" / "b)!! …", a translation's "dd/"
# for "đ/"
_POINT_LABEL = re.compile(r"^(dd|[a-zđ])([).\/])(?=\s|[^\w\s,;.])")  # "a), b) khoản 1": a citation's rest


@cache
def _point_letters() -> dict[str, int]:
    return {letter: k for k, letter in enumerate(VIETNAMESE_LETTERS)} | {"dd": VIETNAMESE_LETTERS.index("đ")}


def _follows(before: int, after: int) -> bool:
    """Whether the letter of rank ``after`` is the next in a run after ``before``: the next letter, or "e" after "d"
    (a run that skips "đ")."""
    return after == before + 1 or (before, after) == (VIETNAMESE_LETTERS.index("d"), VIETNAMESE_LETTERS.index("e"))


@cache
def _point_citing_words() -> frozenset[str]:
    return frozenset(json_data("sections.json")["point_citing_words"])


def proven_points(blocks: list[Block]) -> frozenset[str]:
    """Ids of the lines that open with a point's label the document proves a point: the nearest line above opening
    with a label of the same form holds the letter before it in the run (a, b, c …, numbering.VIETNAMESE_LETTERS), or
    the nearest one below the letter after it. Under a heading with no clause end ("1. Mục tiêu" / "a) Mục tiêu
    chung:") a point's line reads like a wrapped one (small letters after no sentence end) and was joined into the
    heading: every "a)" of a decision was lost. A sentence wrapped before "b) mục 3 …" or "a) và …" (its words go on in
    small letters) proves nothing, and stays joined, wherever else the document holds a list."""
    letters = _point_letters()
    by_form: dict[str, list[tuple[str, int]]] = {}  # form -> (id, letter's rank) of its labelled lines, in order
    for block in blocks:
        match = block.table is None and block.text and _POINT_LABEL.match(block.text)
        # a point's words start in a capital ("a) Rà soát …", "c) (được bãi bỏ)"); a citation's rest goes on in small
        # letters ("b) mục 3 …", "a) và nhóm …"): no point, nor a neighbour in the run
        if match and match.group(1) in letters and not block.text[match.end():].lstrip()[:1].islower():
            by_form.setdefault(match.group(2), []).append((block.id, letters[match.group(1)]))
    proven = set()
    for run in by_form.values():
        for k, (block_id, rank) in enumerate(run):
            if k and _follows(run[k - 1][1], rank) or k + 1 < len(run) and _follows(rank, run[k + 1][1]):
                proven.add(block_id)
    return frozenset(proven)


# A line's last word that is a point's letter, cited ("… điểm c" / "d) và đ) khoản 1", "… điểm a)," / "b) mục 3")
_CITED_LETTER = re.compile(r"[a-zđ][).\/]?,?")


def _cites_point(prev_text: str) -> bool:
    """A line that ends citing a point ("… quy định tại điểm", "… tại mục", "… điểm c", "… điểm a),"): the label
    that opens the next line is the citation's rest."""
    last = prev_text.rsplit(" ", 1)[-1].lower()
    return last in _point_citing_words() or _CITED_LETTER.fullmatch(last) is not None


_MAX_HEADER_LINES = 30


def _header_end(blocks: list[Block]) -> int:
    """Index of the document-type heading ("KẾ HOẠCH"); the header table above it is left to metadata. A công văn
    has no type heading: its header runs to its last number, date, "V/v" or "Kính gửi" line near the top."""
    heading = next((i for i, b in enumerate(blocks) if b.layer == Layer.BODY and parts.is_type_heading(b.text or "")), None)
    if heading is not None:
        return heading
    marks = [i for i, b in enumerate(blocks[:_MAX_HEADER_LINES]) if b.layer == Layer.BODY and parts.HEADER_LINE.search(b.text or "")]
    return max(marks, default=0)


@dataclass(frozen=True)
class WrapWidths:
    """How long a line is when the author's editor wrapped it: one width for a paragraph's first line
    (often shorter, indented) and one for the lines that follow."""

    first: float
    following: float

    def is_full(self, block: Block, is_first: bool) -> bool:
        return len(block.text or "") >= _FULL_LINE_FACTOR * (self.first if is_first else self.following)


def wrap_widths(blocks: list[Block]) -> WrapWidths | None:
    """Measure wrap widths on the lines that surely wrap; None when the text is not hard-wrapped."""
    first: list[int] = []
    following: list[int] = []
    wrapped = [_surely_wrapped(prev, nxt) for prev, nxt in zip(blocks, blocks[1:])]  # wrapped[i - 1]: line i goes on line i - 1
    for i in range(1, len(blocks)):
        if wrapped[i - 1]:
            is_first = i < 2 or not wrapped[i - 2]
            (first if is_first else following).append(len(blocks[i - 1].text))
    pairs = len(first) + len(following)
    body_lines = sum(1 for b in blocks if b.layer == Layer.BODY and b.text)
    if pairs < _MIN_WRAPPED_PAIRS or pairs < _MIN_WRAPPED_RATIO * body_lines:
        return None
    lower_quartile = lambda xs: quantiles(xs, n=4)[0] if len(xs) >= 2 else (xs[0] if xs else 0)  # noqa: E731
    following_width = lower_quartile(following) or lower_quartile(first)
    return WrapWidths(first=lower_quartile(first) or following_width, following=following_width)


def continues(group: list[Block], nxt: Block, widths: WrapWidths, issuer: list[list[str]],
              points: frozenset[str] = frozenset(), across_page: bool = False) -> bool:
    """Whether ``nxt`` is the rest of the paragraph ``group``, broken by the author's editor or, ``across_page``, by a
    PDF viewer's page (its number between them); ``issuer``: the lines of the header's issuer (parts.issuer_lines);
    ``points``: the ids of the lines proven points (proven_points)."""
    prev = group[-1]
    if nxt.starts_paragraph or not _adjacent(prev, nxt, across_page) or _speck_beside(prev, nxt):
        return False
    prev_text, next_text = prev.text, nxt.text
    if _row_letter(nxt):
        return False  # a lettered row's mark, a cell of its own
    if nxt.cell_end and (TABLE_STARTS.match(next_text) or _column_name_under_reference(prev_text, next_text)):
        return False  # "STT |": a table's first header cell, under the annex's reference line however long that is
    if prev.ends_mid_word or (next_text[0] in "/-" and _TOKEN_GOES_ON.match(next_text) and _SYMBOL_END.search(prev_text)):
        return True  # the layout broke the line inside a token ("03-CTr/BDVTU-" | "BCSĐUBNDTP")
    if next_text[0].islower():
        return (not _ends(_ENDS_SENTENCE, prev_text) and not _point_after_clause(prev_text, next_text)
                and not (nxt.id in points and not _cites_point(prev_text)))
    if _ends(_ENDS_CLAUSE, prev_text):
        return False
    if is_upper_line(prev_text) and not is_upper_line(next_text):
        return False  # a heading in capitals does not go on in small letters
    if (is_upper_line(prev_text) and prev_text[-1] not in ",-–" and prev_text.rsplit(" ", 1)[-1].lower() not in _DANGLING_WORDS
            and (parts.post_of_unit(next_text) or parts.is_unit(next_text) and parts.made_of_lines(next_text, issuer))):
        # a decision's issuing authority under its title: "… GIAI ĐOẠN 2013-2015" / "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", or
        # the header's issuer, a collective one ("… TRÊN ĐỊA BÀN" / "TỈNH ĐIỆN BIÊN" / "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN")
        return False
    if is_upper_line(prev_text) and _ROMAN_HEADING.match(prev_text):
        # "II. NHIỆM VỤ VÀ GIẢI" / "PHÁP"
        return is_upper_line(next_text) and not STRUCTURAL_START.match(next_text)
    if _CLOSING_FIGURE.match(next_text) and _bracket_open(group):
        return True  # "… (trước ngày 15 của tháng 3, tháng 6, tháng" | "12) báo cáo …": the figure closes the bracket
    full = widths.is_full(prev, is_first=len(group) == 1)
    if STRUCTURAL_START.match(next_text):
        # A dash that starts a line can be a hyphen of the sentence: "ở phường" / "- xã, thị trấn", or
        # inside a name in a bullet: "- … Trung tâm Văn hóa" / "- Thể dục Thể thao quận …".
        in_bullet = group[0].text.startswith("- ") and len(group) == 1
        return next_text.startswith("- ") and full and (next_text[2:3].islower() or in_bullet)
    if _dangles(prev_text, next_text):
        return True  # "… Ban Thanh tra nhân dân, Ban" | "Giám sát đầu tư cộng đồng …"
    if _opens_a_duty(next_text) and prev_text[-1] not in ",-–" and not _across_a_name(prev_text, next_text):
        return False  # a sentence of its own under a body's heading or a title: "… Ủy ban nhân dân quận" | "Tham mưu …"
    return full


# a figure, a roman numeral or a letter and a closing bracket, then words: an item's mark ("11) Tổ chức …", "b) …"), or
# the end of a bracket the line above opened ("… (nhóm" | "III) bảo đảm …", "… (điểm" | "b) khoản 2 Điều 5)")
_CLOSING_FIGURE = re.compile(r"(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])\)\s")


def _bracket_open(group: list[Block]) -> bool:
    """The paragraph so far opened a bracket it has not closed."""
    text = " ".join(block.text for block in group)
    return text.count("(") > text.count(")")


@cache
def _duty_opening() -> re.Pattern[str]:
    """A work verb of assignments.json opening a line as a sentence opens ("Tham mưu công tác …", "Thực hiện Chỉ thị
    …"): written so, it starts a sentence; the same word inside a body's name goes on a capitalised name's words."""
    verbs = [verb[0].upper() + verb[1:] for verb in json_data("assignments.json")["verbs"] if " " in verb]
    return re.compile(rf"(?:{longest_first(verbs)})(?=\s|$)")


def _opens_a_duty(text: str) -> bool:
    return text[:1].isupper() and _duty_opening().match(text) is not None and not _cites_a_document(text)


def _cites_a_document(text: str) -> bool:
    """The line opens with a document type's name and its number: a citation, though the type's name is a work verb
    too ("Hướng dẫn số 26/HD-BCĐ …", "Báo cáo 120/BC-UBND …")."""
    words = text.split(" ", 4)
    return any(fold(" ".join(words[:n])) in doc_type_by_folded_name() and len(words) > n
               and (words[n].lower() == "số" or words[n][:1].isdecimal()) for n in range(1, 4))


_NAMES = ("agencies.csv", "positions.csv", "doc_types.csv")


def _across_a_name(prev_text: str, next_text: str) -> bool:
    """A name may go on over the break: the words on both sides follow each other in a known name, or the line ends
    with a capitalised word after small ones (a name's first word: "… với Quỹ" | "Hỗ trợ nông dân …"; not a place's
    last, "… Hà Nội"), with a name's opening words ("… Trung tâm" | "Hỗ trợ phát triển …") or a document type's name,
    whose title follows ("… Điều 89 của Luật" | "Đầu tư công …", "… Đề án" | "Tăng cường …")."""
    words = prev_text.rsplit(" ", 3)[1:] if prev_text.count(" ") >= 3 else prev_text.split(" ")
    if (words[-1].lower(), next_text.split(" ", 1)[0].lower()) in name_word_pairs(_NAMES):
        return True
    if len(words) > 1 and words[-1][1:].islower() and words[-1][:1].isupper() and words[-2][:1].islower():
        return True  # a name opens at the line's end, one word capitalised after small ones: "… tại Biểu" | "Tổng hợp …"
    tails = [" ".join(words[-n:]) for n in range(1, len(words) + 1)]
    return any(tail[:1].isupper() and (tail.lower() in name_openings(_NAMES) or fold(tail) in doc_type_by_folded_name())
               for tail in tails)


def _dangles(prev_text: str, next_text: str) -> bool:
    """``prev_text`` ends with a word a phrase cannot stop at, before ``next_text``."""
    last_word = prev_text.rsplit(" ", 1)[-1].lower()
    return last_word in _DANGLING_WORDS and (last_word not in _DANGLING_BEFORE_FIGURES or next_text[:1].isdecimal())


def _column_name_under_reference(prev_text: str, next_text: str) -> bool:
    """A table with no number column, its first header cell a column's name ("Nhiệm vụ |", "Nội dung công việc |")
    under a line in brackets (the annex's "(Kèm theo Kế hoạch số …)"): a paragraph of its own, no cell's first line
    (a copy whose cells a site broke at their width reads as hard-wrapped, and the reference ran into the header)."""
    from .columns import column_role  # columns reads cells; the tables stages run after this one

    return prev_text.startswith("(") and prev_text.endswith(")") and column_role(next_text) != "other"


def _speck_beside(prev: Block, nxt: Block) -> bool:
    """A scan's line with no letter or figure (a speck or a stamp's mark read as "+", "«") that stands beside the next
    line, their spans across the page apart: it starts no paragraph of that line (a speck in the margin beside a
    title's last line, realdocs2 103). Pieces of one printed line that OCR cut at a gap (a handwritten number's blank)
    are words, and stay joined."""
    if prev.prov.reader != "ocr" or any(c.isalnum() for c in prev.text) or prev.prov.bbox is None or nxt.prov.bbox is None:
        return False
    return prev.prov.bbox[2] < nxt.prov.bbox[0] or nxt.prov.bbox[2] < prev.prov.bbox[0]


def _next_html_paragraph(prev: Block, nxt: Block) -> bool:
    """Two paragraphs of a web page one after the other: a page's source lines say nothing of its paragraphs (many on
    one line, or one over many), so a copy's line a page made a <p> of its own ("Căn cứ Nghị định số" | "07/2026/…")
    follows the one before whatever their line numbers."""
    return (prev.prov.reader == nxt.prov.reader == "html" and prev.layer is nxt.layer is Layer.BODY
            and prev.table is None and nxt.table is None and bool(prev.text) and bool(nxt.text))


def goes_on_next_line(prev: Block, nxt: Block) -> bool:
    """Whether a line of a copy whose wrap the measure above did not find (a few lines wrapped in a short text) surely
    goes on into the next: no clause ends it, the next starts no paragraph and goes on in small letters or a figure
    ("… ngày 12 tháng 3 năm" | "2026 của …"), or the line ends with a word a phrase cannot stop at ("… của" | "Bộ …")."""
    if (not (_adjacent(prev, nxt) or _next_html_paragraph(prev, nxt)) or _ends(_ENDS_CLAUSE, prev.text)
            or STRUCTURAL_START.match(nxt.text) or _row_letter(nxt)):
        return False
    return (nxt.text[0].islower() or nxt.text[0].isdecimal() or _dangles(prev.text, nxt.text)
            or bool(_SYMBOL_CUT.search(prev.text)))


# A symbol cut at its hyphen ("… Tờ trình số 327/TTr -" | "NN&PTNT ngày …") or after its number's slash ("… Tờ trình
# số 41/" | "TTr-UB ngày …"): the symbol goes on
_SYMBOL_CUT = re.compile(r"\d/[\w.&]+\s*[-–]$|\d\s*/$")


def join_blocks(blocks: list[Block]) -> Block:
    if len(blocks) == 1:  # most lines join nothing: the block as it is, not a copy equal to it
        return blocks[0]
    first, last = blocks[0], blocks[-1]
    # The joined block keeps every part's evidence: the handwritten fields of each, and the reader of a
    # part read another way than the first (a form widget's value within a text layer's lines).
    prov = first.prov.model_copy(
        update={"line_end": last.prov.line_end, "char_end": last.prov.char_end if last.prov.char_end is not None else first.prov.char_end,
                "reader": next((b.prov.reader for b in blocks if b.prov.reader != first.prov.reader), first.prov.reader),
                "handwritten": [mark for b in blocks for mark in b.prov.handwritten]}
    )
    return first.model_copy(
        update={
            "orig": "\n".join(b.orig for b in blocks),
            "text": "".join(b.text + ("" if b.ends_mid_word or n.text[:1] in "/-" and _TOKEN_GOES_ON.match(n.text) else " ")
                            for b, n in zip(blocks, blocks[1:])) + last.text,
            "prov": prov,
            "cell_end": last.cell_end,
            "bold": all(b.bold for b in blocks),
        }
    )


@cache
def _enacting_after_recital() -> re.Pattern[str]:
    """The last recital, then the enacting word on the same line (sections.json enacting_words), then perhaps the
    first article: "… của Giám đốc Sở Y tế, QUYẾT ĐỊNH:", "….QUYẾT ĐỊNH: Điều 1. Ban hành …", "…, QUYẾT ĐỊNH Điều 1. …"."""
    words = "|".join(map(re.escape, json_data("sections.json")["enacting_words"]))
    return re.compile(rf"^(?P<recital>.*\S[.,;])\s*(?P<word>(?:{words})\s*:?)(?:\s+(?P<article>Điều\s+1\b.*))?$")


def enacting_word_apart(blocks: list[Block]) -> list[Block]:
    """A decision's enacting word run onto its last recital (a copy that lost the line break) on a line of its own,
    the recital before it and the first article after it, each a block of the same place; the first such line only
    (the recitals end once). A recital is a sentence: a line in capitals ("SỬA ĐỔI, QUYẾT ĐỊNH …") is a title's."""
    for i, block in enumerate(blocks):
        text = block.text or ""
        if block.table is not None or block.layer is not Layer.BODY or "Ị" not in text:  # QUYẾT ĐỊNH, NGHỊ: a test in C
            continue
        match = _enacting_after_recital().match(text)
        if (not match or match.group("recital").upper() == match.group("recital")
                or not match.group("word").endswith(":") and not match.group("article")):
            continue  # "…, QUYẾT ĐỊNH" at a line's end with no colon: as a line of its own it would read as a heading
        lines = [match.group("recital"), match.group("word"), match.group("article")]
        parts = [block.model_copy(update={"id": f"{block.id}_{k:02d}", "text": line, "cell_end": False})
                 for k, line in enumerate((line for line in lines if line), start=1)]
        return [*blocks[:i], *parts, *blocks[i + 1:]]
    return blocks


_CUT_SPAN = 4  # source lines from "… số" to its number at the most: a blank line, a page's number and a blank line


def number_cut_off(prev: Block, nxt: Block | None, after: Block | None,
                   above: Sequence[Block] = (), below: Sequence[Block] = ()) -> Block | None:
    """The line that holds the number a line ending inside a citation's head (its type's name and "số") was cut from
    (``nxt``, or ``after`` when ``nxt`` is a bare figure), across what a copy puts between them: a blank line (a copy
    with a blank line after every line) or a PDF viewer's page number with it ("Nghị định số" / "2" / "" /
    "45/2020/NĐ-CP …", in a copy too short for txt.page_number_lines to tell its pages; "… thực hiện Nghị" / "" /
    "định số 11/2010/NĐ-CP …"). A type's name, "số", then a number with its symbol, is one citation: no page's figure
    stands inside it. ``above``: the lines before ``prev``, ``below``: those after ``after`` (a row's span each way),
    to tell a table's next row's number from a page's (_a_rows_number)."""
    words = (prev.text or "").split()
    if nxt is None or not nxt.text or prev.prov.line_end is None or not words or fold(words[-1]) not in _type_words():
        return None
    if PAGE_NUMBER.match(nxt.text) and after is not None and after.text:
        if _a_rows_number(nxt.text, above, below):
            return None
        nxt = after
    starts = nxt.prov.line_start
    if starts is None or not 0 < starts - prev.prov.line_end <= _CUT_SPAN or not _a_citations_head_cut(prev.text, nxt.text):
        return None
    return nxt


ROW_SPAN = 12  # lines from a row's number to the next's in a table copied a cell a line, at the most
_ROWS_NUMBER = re.compile(r"\s*(\d{1,3})\.?\s*\|?\s*$")  # "2", "2.", "2 |"


def _row_number(block: Block) -> int | None:
    match = _ROWS_NUMBER.match(block.text or "")
    return int(match.group(1)) if match else None


def _a_rows_number(figure: str, above: Sequence[Block], below: Sequence[Block]) -> bool:
    """A bare figure after a cell ending with "… số" that opens the table's next row (a site's copy, a cell a line):
    the row before's number, one less, stands within a row's span above it ("1" / "Rà soát …" / "… Nghị quyết số" /
    "2" / "15/KH-UBND …": the next row's document, no citation's number). A viewer's page number that happens to be
    the next row's is followed, within a row's span, by that row's own number again."""
    number = int(figure.strip(" -"))
    return (any(_row_number(block) == number - 1 for block in above[-ROW_SPAN:])
            and not any(_row_number(block) == number for block in below[:ROW_SPAN])
            and not _a_short_row_goes_on(_lines(above), number - 1))


def _a_short_row_goes_on(above: list[Block], number: int) -> bool:
    """The row ``number`` ends above the figure with fewer cells than the row before it printed, and no row's cell
    after its number opens with a number ("2" / "Vá ổ gà …" / "Thực hiện Quyết định số" / "3" / "45/QĐ-UBND …" /
    "Công chức …"): the figure is a viewer's page inside the row's citation, the row's cells go on under it. Where
    the rows' first cells are documents' numbers ("11/KH-UBND"), or the row is whole, the figure opens the next row."""
    at = [k for k, block in enumerate(above) if _row_number(block) is not None]
    if len(at) < 2 or _row_number(above[at[-1]]) != number or _row_number(above[at[-2]]) != number - 1:
        return False
    before, last = at[-2], at[-1]
    return (len(above) - last + 1 < last - before  # the row's lines and the one ending "… số" (not in ``above``)
            and not any(k + 1 < len(above) and _NUMBER_AND_SYMBOL.match(above[k + 1].text or "") for k in (before, last)))


_LONGEST_TYPE = 4  # words of a document type's name ("thông tư liên tịch")


def _a_citations_head_cut(text: str, next_text: str) -> bool:
    """The line ends inside a citation's head, its type's name and "số", and the next opens with the rest of it and
    the number ("… Nghị định số" | "45/2020/NĐ-CP …", "… thực hiện Nghị" | "định số 11/2010/NĐ-CP …", "… Thông tư" |
    "số 06/2025/TT-BGTVT …"). Not a phrase of "số" ("… chuyển đổi số": a cell of a table of documents, whose next row's
    number and "Số hiệu" cell may follow it), nor a type's name alone over a number ("Quyết định" | "12/QĐ-UBND": a
    table's cells of a document's type and number): with the whole name, "số" is said."""
    words = text.split()
    names = doc_type_by_folded_name()
    for k in range(1, min(_LONGEST_TYPE + 1, len(words)) + 1):
        head = words[-k:]
        if any(ch.isdigit() for ch in head[0]):
            return False
        folded = fold(" ".join(head))
        said = "so" in folded.split() or [fold(word) for word in next_text.split()[:1]] == ["so"]
        if _a_listed_document(f"{' '.join(head)} {next_text}") and (said or folded not in names):
            return True
    return False


@cache
def _type_words() -> frozenset[str]:
    """Every word of a document type's name, folded, and "so": what a line cut inside a citation's head ends with."""
    return frozenset(word for name in doc_type_by_folded_name() for word in name.split()) | {"so"}


def _page_inside_a_citation(prev: Block, rest: list[Block], k: int) -> bool:
    """A bare figure (``rest[k]``) between "… Nghị định số" and "45/2020/NĐ-CP …" (number_cut_off): a page's number, no
    line of the paragraph (joined, it made the citation "số 2" and lost its number)."""
    if PAGE_NUMBER.match(rest[k].text or "") is None:
        return False
    nxt = rest[k + 1] if k + 1 < len(rest) else None
    return nxt is not None and number_cut_off(prev, rest[k], nxt, rest[max(0, k - ROW_SPAN) : k], rest[k + 2 : k + 2 + ROW_SPAN]) is nxt


def rejoin_wrapped_lines(blocks: list[Block]) -> list[Block]:
    widths = wrap_widths(blocks)
    if widths is None:
        return blocks
    header_end = _header_end(blocks)
    issuer = parts.issuer_lines([b.text or "" for b in blocks[:header_end]],
                                lambda line: parts.MOTTO.match(line) or parts.HEADER_LINE.search(line))
    result: list[Block] = list(blocks[: header_end + 1])
    points = proven_points(blocks)
    group: list[Block] = []
    page_numbers: list[Block] = []  # a PDF viewer's page number after the group: the paragraph may go on after it
    rest = blocks[header_end + 1 :]
    for k, block in enumerate(rest):
        if group and _viewers_page_number(block):
            page_numbers.append(block)
            continue
        if group and _page_inside_a_citation(group[-1], rest, k):
            page_numbers.append(block.model_copy(update={"layer": Layer.FURNITURE}))
            continue
        if group and continues(group, block, widths, issuer, points, across_page=bool(page_numbers)):
            group.append(block)
            continue
        if group:  # most groups are one line, kept as it is (join_blocks' first test, without the call)
            result.append(group[0] if len(group) == 1 else join_blocks(group))
        result.extend(page_numbers)  # after the paragraph the page broke
        page_numbers.clear()
        group = [block]
    if group:
        result.append(join_blocks(group))
    result.extend(page_numbers)
    return result


# ---------------------------------------------------------------------------------------------------


def clean(doc: Document) -> Document:
    blocks: list[Block] = []
    unfolded = unfold_layout_tables(doc.blocks)
    unfolded, issues = convert_legacy_encoding(unfolded)
    for block, text in zip(unfolded, normalise_all([b.orig for b in unfolded])):
        if block.table is not None:
            blocks.append(block.model_copy(update={"text": text}))
            continue
        if (halved := doubled_letters_halved(text)) is not None:
            text = halved
        block = normalise_block(block, text)
        if "00" in text:  # the test repair_escapes starts with, here: most lines hold no escape
            block, found = repair_escapes(block)
            issues.extend(found)
        blocks.append(block)
    blocks = cell_ends_on_own_lines(blocks)
    blocks, found = linebreaks.rebuild(blocks)
    issues.extend(found)
    blocks = closing_rows_apart(blocks)  # after the lines a copy lost are put back: what is left is one line
    blocks, found = unglue_words(blocks)
    issues.extend(found)
    blocks, found = restore_cut_starts(blocks)
    issues.extend(found)
    blocks, attributes = mark_furniture(blocks)
    blocks, found = marks_apart(blocks)
    issues.extend(found)
    blocks = rejoin_wrapped_lines(blocks)  # a joined block keeps its first line's id
    blocks = enacting_word_apart(blocks)
    return doc.with_warnings(issues, blocks=blocks, site_attributes=attributes)


@cache
def _cut_starts() -> tuple[dict[str, str], frozenset[str]]:
    """Each name of boilerplate.json ``cut_starts`` less its first letter -> the name ("Y BAN NHÂN DÂN" -> "ỦY BAN NHÂN
    DÂN"), and the letters those start with (a test of a line's first character before any other)."""
    cut = {name[1:]: name for name in json_data("boilerplate.json")["cut_starts"]}
    return cut, frozenset(rest[0] for rest in cut)


def restore_cut_starts(blocks: list[Block]) -> tuple[list[Block], list[Issue]]:
    """A header line a legal site printed without its first letter ("Y BAN NHÂN DÂN" / "TỈNH KON TUM"): the document
    seemed to start at the motto, and its issuer was the site's. A line in capitals that is one of boilerplate.json's
    ``cut_starts`` less its first letter, alone or followed by more words, is read with the letter (its text; the
    line as printed stays), with a warning."""
    cut, firsts = _cut_starts()
    out: list[Block] | None = None
    issues = []
    for i, block in enumerate(blocks):
        text = block.text
        if not text or text[0] not in firsts or not is_upper_line(text):
            continue
        rest = next((r for r in cut if text.startswith(r) and text[len(r) : len(r) + 1] in ("", " ")), None)
        if rest is None:
            continue
        out = out or list(blocks)
        out[i] = block.model_copy(update={"text": cut[rest] + text[len(rest):]})
        issues.append(Issue(code="first_letter_restored", message=f"'{text}' lacks its first letter (the copy lost it): "
                            f"read as '{out[i].text}'", where=block.where()))
    return out or blocks, issues


def marks_apart(blocks: list[Block]) -> tuple[list[Block], list[Issue]]:
    """Tone marks standing apart from their letters ("thiêt hai ̀ ̣ ̣"): text copied from a PDF whose font draws them as
    glyphs of their own. Which word each mark belongs to cannot be told, so the marks are dropped from the text (the
    words stay readable: "Sô: 12/KH", "BÔ GIAO DUC") with a warning that names, titles and places lack their tones.
    (A PDF's page like that is read by OCR instead: parsers/textlayer.py.)"""
    body = [b for b in blocks if b.layer != Layer.FURNITURE and b.text]
    if not holds_a_mark("\n".join(b.text for b in body)):  # one search of the whole text: most hold no mark at all
        return blocks, []
    counts = [detached_marks(b.text) for b in body]
    apart = sum(counts)
    if not apart or not marks_stand_apart(apart, sum(b.text.count(" ") + 1 for b in body)):
        return blocks, []
    first = next(b for b, count in zip(body, counts) if count)
    warning = Issue(code="tone_marks_apart", message=f"{apart} tone marks stand apart from their letters (text copied from "
                    f"a PDF whose font draws them on their own): dropped; names, titles and places are read without their "
                    f"tones", where=first.where())
    return [b.model_copy(update={"text": without_detached_marks(b.text)}) if b.text and detached_marks(b.text) else b
            for b in blocks], [warning]
