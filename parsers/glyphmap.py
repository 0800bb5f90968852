"""A garbage text layer read again from the fonts themselves, before its page is sent to OCR.

A Type0 font written with Identity-H and no ToUnicode map (a re-distilled or hand-made PDF) gives a reader only
the glyph ids it draws: pdfium reads each id as the code point of the character ("&٢1*+" for "CỘNG"). When the
font embedded is a TrueType or OpenType program with a Unicode ``cmap`` table (or glyph names), that table read
backwards says which character each glyph draws, exactly, tone marks included, where OCR would guess them.
The font's own reading is kept wherever it reads better: a page mixes fonts with a good map and fonts without.
The page's text is read this way only when the page is garbage as it is (``textlayer``), and used only when the
result reads as Vietnamese; fonts with no such table (realdocs2 114's subsets keep no ``cmap`` and no names) leave
the page to OCR.
"""

from __future__ import annotations

import ctypes
import io
import unicodedata
from collections import defaultdict
from functools import lru_cache

import pypdfium2.raw as pdfium_c

from . import rules, textlayer

_TEXT_OBJECT = rules.plain(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_UNICODE = rules.plain(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint, ctypes.c_void_p, ctypes.c_int)
_FONT = rules.plain(pdfium_c.FPDFTextObj_GetFont, ctypes.c_void_p, ctypes.c_void_p)
_FONT_DATA = rules.plain(pdfium_c.FPDFFont_GetFontData, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t,
                         ctypes.c_void_p)
_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})
_LINE_END = frozenset({"B", "S"})
_NEUTRAL = frozenset({"WS", "ON", "CS", "ES", "ET", "BN", "NSM"})
_PRIVATE_USE = range(0xE000, 0xF900)


def may_hold_glyph_ids(text: str) -> bool:
    """Whether a page judged good has letters that may be glyph ids read as characters (a map that left a few glyphs
    out): foreign characters below the private-use codes (a symbol font's bullets, U+F0B7, are no glyph ids)."""
    return any(ord(character) < _PRIVATE_USE.start for character in textlayer.foreign_characters(text))


def remapped_text(textpage) -> str | None:
    """The page's text, one character for each of pdfium's (the boxes' indexes stay), with the characters of each
    font whose glyph ids were read as code points put right through the font's own tables: all the font's
    characters (a font with no ToUnicode map), or only those no Vietnamese text has (a map that left a few glyphs
    out: "Điڱn Biên"); None when no font's characters read better that way."""
    page = rules.address(textpage.raw)
    codes = [_UNICODE(page, at) for at in range(textpage.count_chars())]
    if not _in_drawn_order(codes):
        return None
    by_font: dict[int, list[int]] = defaultdict(list)  # font -> the indexes of its characters
    for at in range(len(codes)):
        if (text_object := _TEXT_OBJECT(page, at)) and (font := _FONT(text_object)):
            by_font[font].append(at)
    characters = [chr(code) for code in codes]
    changed = False
    for font, indexes in by_font.items():
        if not (glyphs := _glyph_characters(_font_data(font))):
            continue
        members = set(indexes)
        span = range(indexes[0], len(codes))  # from the font's first character: ``score`` looks at a page's start

        def read(changes: dict[int, str]) -> float:  # the share of the font's words that are syllables, others blanked
            return textlayer.score("".join(changes.get(at, characters[at]) if at in members else " " for at in span)).syllables

        whole = {at: glyphs[codes[at]] for at in indexes} if all(codes[at] in glyphs for at in indexes) else {}
        foreign = [at for at in indexes if textlayer.is_foreign(characters[at])]
        some = {at: glyphs[codes[at]] for at in foreign} if all(codes[at] in glyphs for at in foreign) else {}
        if changes := next((c for c in (whole, some) if c and read(c) > read({})), None):
            for at, character in changes.items():
                characters[at] = character
            changed = True
    return "".join(characters) if changed else None


def _in_drawn_order(codes: list[int]) -> bool:
    """Whether pdfium kept the characters in the order they are drawn. It puts a run of glyph ids read as Arabic or
    Hebrew letters right to left and mirrors the brackets in it (Liberation Serif read back "ÂND BAN NHÂN [Ủ" for
    "ỦY BAN NHÂN DÂN"); such a letter alone between left-to-right letters of its line (spaces and punctuation
    between them aside) is a run of one, kept in its place."""
    kinds = [unicodedata.bidirectional(chr(code)) for code in codes]
    return all(_nearest_strong(kinds, at, -1) == _nearest_strong(kinds, at, 1) == "L"
               for at, kind in enumerate(kinds) if kind in _RIGHT_TO_LEFT)


def _nearest_strong(kinds: list[str], at: int, step: int) -> str | None:
    """The direction of the nearest character before (``step`` -1) or after (1) ``at`` on its line that has one."""
    at += step
    while 0 <= at < len(kinds) and kinds[at] not in _LINE_END:
        if kinds[at] not in _NEUTRAL:
            return kinds[at]
        at += step
    return None


def _font_data(font: int) -> bytes:
    """The font program embedded for the font (empty for a font the PDF does not embed)."""
    size = ctypes.c_size_t()
    if not _FONT_DATA(font, None, 0, ctypes.addressof(size)) or not size.value:
        return b""
    buffer = ctypes.create_string_buffer(size.value)
    _FONT_DATA(font, ctypes.addressof(buffer), size.value, ctypes.addressof(size))
    return buffer.raw[:size.value]


@lru_cache(maxsize=32)  # a document's fonts on every page: read once
def _glyph_characters(program: bytes) -> dict[int, str]:
    """Glyph id -> the character it draws, from a TrueType or OpenType program's Unicode ``cmap`` read backwards, or
    else its glyph names; empty for any other program or one that tells neither."""
    from fontTools.agl import toUnicode
    from fontTools.ttLib import TTFont, TTLibError

    try:
        font = TTFont(io.BytesIO(program), lazy=True)
        order = font.getGlyphOrder()
        named = font.getBestCmap() or {}
    except (TTLibError, AssertionError, KeyError, ValueError, IndexError, EOFError, ImportError, AttributeError):
        return {}
    ids = {name: gid for gid, name in enumerate(order)}
    characters: dict[int, list[int]] = defaultdict(list)
    for code, name in named.items():
        if name in ids:
            characters[ids[name]].append(code)
    if not characters and "post" in font and font["post"].formatType == 2.0:
        for gid, name in enumerate(order):
            if (letters := toUnicode(name)) and len(letters) == 1:
                characters[gid].append(ord(letters))
    return {gid: chr(min(codes, key=_preference)) for gid, codes in characters.items()}


def _preference(code: int) -> tuple[bool, bool, int]:
    """Of the code points a glyph is mapped from, the plain one: not a private-use code, nor a compatibility form
    ("Ω" before the Ohm sign, "A" before the fullwidth "Ａ")."""
    return code in _PRIVATE_USE, unicodedata.decomposition(chr(code)).startswith("<"), code
