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
import re
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
_ORDINALS = frozenset("ºª")
_LETTER = re.compile(r"[^\W_]")
_LETTER_RUN = re.compile(r"[^\W_]+")


def may_hold_glyph_ids(text: str) -> bool:
    """Whether a page judged good has characters that may be glyph ids read as code points (a map that left a few
    glyphs out)."""
    return any(map(_may_be_glyph_id, textlayer.foreign_characters(text)))


def _may_be_glyph_id(character: str) -> bool:
    """A foreign character (``textlayer.is_foreign``) but a private-use code (a symbol font's bullet, U+F0B7, is no glyph
    id) or an ordinal indicator ("Nº 5", "104º45'": read as a glyph id, "Nº" could come out a syllable)."""
    return textlayer.is_foreign(character) and character not in _ORDINALS and ord(character) < _PRIVATE_USE.start


def remapped_text(textpage) -> str | None:
    """The page's text, one character for each of pdfium's (the boxes' indexes stay), with the characters of each
    font whose glyph ids were read as code points put right through the font's own tables: all the font's
    characters (a font with no ToUnicode map), or only those that look like glyph ids (a map that left a few glyphs
    out: "Điڱn Biên"). A font is read again only where some of its characters look like glyph ids, and the new
    reading is kept only where its words are Vietnamese syllables (those the few letters changed, every one); None
    when no font is read again."""
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
        suspects = [at for at in indexes if _may_be_glyph_id(characters[at])]
        if not suspects or not (glyphs := _glyph_characters(_font_data(font))):
            continue  # a font read right (its words, its figures) shows no glyph id
        members = set(indexes)
        span = range(indexes[0], len(codes))  # from the font's first character: ``score`` looks at a page's start

        def read(changes: dict[int, str]) -> str:  # the font's characters, the other fonts' blanked
            return "".join(changes.get(at, characters[at]) if at in members else " " for at in span)

        before = textlayer.score(read({})).syllables
        whole = {at: glyphs[codes[at]] for at in indexes} if all(codes[at] in glyphs for at in indexes) else {}
        some = {at: glyphs[codes[at]] for at in suspects} if all(codes[at] in glyphs for at in suspects) else {}
        for changes in (whole, some):
            after = textlayer.score(text := read(changes)) if changes else None
            if after and after.words and before < after.syllables >= textlayer.MIN_SYLLABLE_SHARE and (
                    changes is whole or _all_syllables(text, [at - span.start for at in changes])):
                for at, character in changes.items():
                    characters[at] = character
                changed = True
                break
    return "".join(characters) if changed else None


def _all_syllables(text: str, positions: list[int]) -> bool:
    """Whether every word of the text holding one of the positions is a Vietnamese syllable."""
    words = {(match.start(), match.group()) for at in positions if (match := _word_at(text, at))}
    return len(words) > 0 and all(textlayer.is_syllable(unicodedata.normalize("NFC", word)) for _, word in words)


def _word_at(text: str, at: int) -> re.Match[str] | None:
    start = at
    while start > 0 and _LETTER.match(text[start - 1]):
        start -= 1
    return _LETTER_RUN.match(text, start)


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
