"""Legacy Vietnamese encodings (TCVN3, VNI): the fonts that type them and their text converted to Unicode, from
pipeline/data/legacy_encodings.json. Readers that know a run's font (a DOCX's runs) convert with it; the clean stage
converts text whose font is not known (parsers read it as "Uû ban nh©n d©n")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pipeline.resources import json_data
from pipeline.text import nfc, normalise


@dataclass(frozen=True)
class LegacyEncoding:
    key: str  # "tcvn3", "vni"
    name: str  # as a warning names it: "TCVN3 (ABC)"
    font_prefixes: tuple[str, ...]
    capitals_suffix: str | None  # TCVN3's capitals fonts: ".VnTimeH"
    letters: dict[str, str]
    pattern: re.Pattern[str]  # the letters' sequences, longest first (VNI's "aø" before "a")
    marks: frozenset[str]  # the characters outside ASCII its text holds
    glyph_substitutes: dict[str, str]  # what a PDF's text layer reads for some code points -> the code point


@cache
def legacy_encodings() -> dict[str, LegacyEncoding]:
    data = json_data("legacy_encodings.json")
    encodings = {}
    for key, entry in data.items():
        if key.startswith("_"):
            continue
        letters = entry["letters"]
        pattern = re.compile("|".join(map(re.escape, sorted(letters, key=len, reverse=True))))
        marks = frozenset(char for sequence in letters for char in sequence if not char.isascii())
        encodings[key] = LegacyEncoding(key, entry["name"], tuple(entry["font_prefixes"]), entry["capitals_font_suffix"],
                                        letters, pattern, marks, entry.get("glyph_substitutes", {}))
    return encodings


_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")  # a PDF's subset font: "ABCDEF+.VnTimeH"
_STYLE_SUFFIX = re.compile(r"[,-](?:bold|italic|bolditalic|oblique|regular)$", re.IGNORECASE)  # ".VnTimeH,Bold"


@cache
def font_encoding(font: str | None) -> tuple[LegacyEncoding | None, bool]:
    """The legacy encoding a font types (None for a Unicode font) and whether it is a capitals font."""
    family = _STYLE_SUFFIX.sub("", _SUBSET_TAG.sub("", (font or "").strip())).lower()
    for encoding in legacy_encodings().values():
        if family.startswith(encoding.font_prefixes):
            return encoding, bool(encoding.capitals_suffix) and family.endswith(encoding.capitals_suffix)
    return None, False


def convert(text: str, encoding: LegacyEncoding, capitals: bool = False) -> str:
    """``text`` typed in ``encoding``'s fonts in Unicode; in capitals where a capitals font drew it."""
    converted = encoding.pattern.sub(lambda match: encoding.letters[match.group()], text)
    if encoding.glyph_substitutes and any(char in converted for char in encoding.glyph_substitutes):
        # after the letters: "Trung −¬ng" is "Trung −ơng", a letter beside it
        converted = _GLYPH_SUBSTITUTE.sub(lambda match: encoding.letters[encoding.glyph_substitutes[match.group()]], converted)
    converted = nfc(converted)
    return converted.upper() if capitals else converted


def converted_by_font(pieces: list[tuple[str, str | None]]) -> list[str]:
    """Each (text, its font) piece of a document whose reader knows the fonts (a DOCX's runs, a page's styled
    elements) in Unicode where its font is a legacy one, in capitals where that is a capitals font: a header in
    ".VnTimeH", a body in ".VnTime" and a table in Times New Roman each read right. A font's pieces are converted only
    where most of those beyond ASCII read as its encoding: a document converted to Unicode long ago keeps ".VnTime" in
    its styles over Unicode text, and a piece of it holding "µ" is Unicode too."""
    fonts = {font: font_encoding(font) for font in {font for _, font in pieces}}
    votes: dict[str, int] = {}  # encoding -> its pieces beyond ASCII that read as it, less those that do not
    for text, font in pieces:
        if (encoding := fonts[font][0]) is not None and not text.isascii():
            votes[encoding.key] = votes.get(encoding.key, 0) + (1 if typed_in(text, encoding) else -1)
    out = []
    for text, font in pieces:
        encoding, capitals = fonts[font]
        typed = encoding is not None and votes.get(encoding.key, 0) > 0 and (text.isascii() or typed_in(text, encoding))
        out.append(convert(text, encoding, capitals) if typed else text)
    return out


# A PDF's text layer reads some of TCVN3's code points as other characters (the soft hyphen's "ư" as the minus sign,
# "ã" as the bullet operator): the letter only beside a letter ("nhµ n−íc"; "5 − 3" is a minus).
_GLYPH_SUBSTITUTE = re.compile(r"(?<=[^\W\d_])[−∙]|[−∙](?=[^\W\d_])")

_LEGACY_MARKS = re.compile(r"[©µ¹§¶·¸¼½¾¤¢£¥®±²³×÷øäöñïûëåæçîüÿÄÖÑÜØÆÅÇËÎÏÛ]")
_MIN_LEGACY_MARKS = 3
_DETECT_SAMPLE = 4000
# A mark inside or at the end of a word ("nh©n", "hoµ"): a Unicode text's signs stand apart ("2,5 µm", "± 0,3", "©").
_MARK_IN_WORD = re.compile(r"[^\W\d_]" + _LEGACY_MARKS.pattern)  # counted with the letter before it


def _sample(pieces: Iterable[str]) -> str:
    """The pieces a legacy font could have typed, joined: empty where the whole holds too few marks to tell (a test in
    C first: most documents hold none)."""
    pieces = list(pieces)
    whole = " ".join(pieces)
    if _LEGACY_MARKS.search(whole) is None or len(_MARK_IN_WORD.findall(whole)) < _MIN_LEGACY_MARKS:  # most: none
        return ""  # a Unicode text's "©", "±", "2,5 µm" stand apart from its words
    return " ".join(piece for piece in pieces if could_be_legacy(piece))[: _DETECT_SAMPLE * 4]


def encoding_of(pieces: Iterable[str]) -> LegacyEncoding | None:
    """The legacy encoding a document whose fonts are not known is typed in, told from its ``pieces`` (lines, cells)
    that a legacy font could have typed (a Unicode document's legacy annex is told so), or None (Unicode, or too
    little to tell): a cheap count of characters Unicode Vietnamese never uses decides whether to ask viparse."""
    sample = _sample(pieces)
    if len(_LEGACY_MARKS.findall(sample)) < _MIN_LEGACY_MARKS:
        return None
    import viparse  # imported only for documents that look legacy-encoded

    return legacy_encodings().get(viparse.detect_text_encoding(normalise(sample[:_DETECT_SAMPLE])) or "")


_DENSE_MARKS = 0.03  # of the characters: TCVN3 and VNI text holds some 10 %


def garbled_lines(pieces: list[str]) -> list[str]:
    """The pieces that read as a legacy encoding's text, dense with characters Unicode Vietnamese never uses inside
    its words, where the encoding cannot be told (``encoding_of`` None: a fragment too short to score)."""
    sample = _sample(pieces)
    marks = len(_MARK_IN_WORD.findall(sample))
    if marks < _MIN_LEGACY_MARKS or marks < _DENSE_MARKS * len(sample):
        return []
    return [piece for piece in pieces if could_be_legacy(piece) and len(_MARK_IN_WORD.findall(piece)) >= 2]


def soft_hyphen_stand_in(pieces: list[str]) -> str | None:
    """What a reader puts for the soft hyphens of a document of ``pieces`` typed in TCVN3, whose code point for "ư"
    is the soft hyphen (readers take soft hyphens out of Unicode text): the minus sign a PDF's text layer reads for it,
    which the conversion reads as "ư" beside a letter and which is no Unicode Vietnamese letter (a line holding it
    is still told from Unicode). None in any other document."""
    encoding = encoding_of(pieces) if any("\xad" in piece for piece in pieces) else None
    return next((char for char, code in encoding.glyph_substitutes.items() if code == "\xad"), None) if encoding else None


def soft_hyphens_kept(text: str) -> str:
    """A whole text with TCVN3's "ư" kept (``soft_hyphen_stand_in``), before a reader takes its junk out; any other
    text as it is."""
    stand_in = soft_hyphen_stand_in(text.split("\n"))
    return text.replace("\xad", stand_in) if stand_in else text


# What no legacy font's text holds, read as Unicode: Vietnamese letters beyond Latin-1 ("ă", "ư", "ệ") and combining
# tone marks. A line holding one is Unicode; symbols beyond Latin-1 ("≥", "→", "“") a legacy document holds too.
_UNICODE_VIETNAMESE = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
                                 "\u0300-\u0303\u0309\u0323\u1ea0-\u1ef9]")


def could_be_legacy(text: str) -> bool:
    """Whether a legacy font could have typed ``text``: no Vietnamese letter only Unicode has. Unicode text of Latin-1
    letters alone ("Bà Ông") cannot be told from it."""
    return _UNICODE_VIETNAMESE.search(text) is None


def typed_in(text: str, encoding: LegacyEncoding) -> bool:
    """Whether ``text`` reads as typed in the encoding's fonts: one of its marks, and no letter only Unicode has
    (Unicode set in a legacy font's style, which no conversion must touch)."""
    return any(char in encoding.marks for char in text) and could_be_legacy(text)
