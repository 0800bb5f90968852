"""Legacy Vietnamese encodings (TCVN3, VNI): the fonts that type them and their text converted to Unicode, from
pipeline/data/legacy_encodings.json. Readers that know a run's font (a DOCX's runs) convert with it; the clean stage
converts text whose font is not known (parsers read it as "Uû ban nh©n d©n")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pipeline.resources import NAME_COLUMNS, json_data, name_word_pairs, name_words
from pipeline.spelling import is_syllable
from pipeline.text import longest_first, nfc, normalise


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
    mark_in_word: re.Pattern[str]  # a letter, then a mark of its that Unicode Vietnamese never uses ("nh©n", "Tiªu")
    letters_in_place: dict[str, str]  # each sequence -> its letter in as many characters (VNI's "aä": "ạ" + U+0302)


@cache
def legacy_encodings() -> dict[str, LegacyEncoding]:
    data = {key: entry for key, entry in json_data("legacy_encodings.json").items()
            if not key.startswith("_") and "letters" in entry}  # text_layer_swaps is no encoding
    # The Vietnamese letters, which Unicode text uses: the tables' letters in both cases. The soft hyphen (TCVN3's
    # "ư") Unicode text holds too, as a hyphenation point.
    unicode_letters = {case for entry in data.values() for letter in entry["letters"].values()
                       for case in (letter, letter.lower(), letter.upper())} | {"\xad"}
    encodings = {}
    for key, entry in data.items():
        letters = entry["letters"]
        pattern = re.compile(longest_first(letters))
        marks = frozenset(char for sequence in letters for char in sequence if not char.isascii())
        foreign = "".join(sorted(marks - unicode_letters))
        mark_in_word = re.compile(f"[^\\W\\d_][{re.escape(foreign)}]")
        encodings[key] = LegacyEncoding(key, entry["name"], tuple(entry["font_prefixes"]), entry["capitals_font_suffix"],
                                        letters, pattern, marks, entry.get("glyph_substitutes", {}), mark_in_word,
                                        {sequence: _in_characters(letter, len(sequence)) for sequence, letter in letters.items()})
    return encodings


def _in_characters(letter: str, count: int) -> str:
    """``letter`` written in ``count`` characters whose NFC is it: its base and marks (NFD), the first ones composed
    where they are more ("ậ" in two: "ạ" and the circumflex)."""
    decomposed = unicodedata.normalize("NFD", letter)
    if len(decomposed) <= count:
        return letter if count == 1 else decomposed
    return unicodedata.normalize("NFC", decomposed[: len(decomposed) - count + 1]) + decomposed[len(decomposed) - count + 1:]


_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")  # a PDF's subset font: "ABCDEF+.VnTimeH"
_STYLE_SUFFIX = re.compile(r"[,-](?:bold|italic|bolditalic|oblique|regular)$", re.IGNORECASE)  # ".VnTimeH,Bold"


@cache
def font_encoding(font: str | None) -> tuple[LegacyEncoding | None, bool]:
    """The legacy encoding a font types (None for a Unicode font) and whether it is a capitals font."""
    family = _STYLE_SUFFIX.sub("", _SUBSET_TAG.sub("", (font or "").strip())).lower()
    # the longest prefix tells: "vni-times" starts with TCVN3's dotless "vn" too
    matched = max(((len(prefix), encoding) for encoding in legacy_encodings().values()
                   for prefix in encoding.font_prefixes if family.startswith(prefix)), default=None, key=lambda pair: pair[0])
    if matched is None:
        return None, False
    encoding = matched[1]
    return encoding, bool(encoding.capitals_suffix) and family.endswith(encoding.capitals_suffix)


def convert(text: str, encoding: LegacyEncoding, capitals: bool = False, in_place: bool = False) -> str:
    """``text`` typed in ``encoding``'s fonts in Unicode; in capitals where a capitals font drew it. ``in_place``: one
    character for one (each letter in as many characters as typed it, NFC to be made by the reader), for a reader
    that finds each character's box by its index (a PDF's text layer)."""
    letters = encoding.letters_in_place if in_place else encoding.letters
    converted = encoding.pattern.sub(lambda match: letters[match.group()], text)
    if encoding.glyph_substitutes and any(char in converted for char in encoding.glyph_substitutes):
        # after the letters: "Trung −¬ng" is "Trung −ơng", a letter beside it
        converted = _GLYPH_SUBSTITUTE.sub(lambda match: encoding.letters[encoding.glyph_substitutes[match.group()]], converted)
    converted = converted if in_place else nfc(converted)
    return converted.upper() if capitals else converted


def converted_by_font(pieces: list[tuple[str, str | None, object]], in_place: bool = False) -> list[str]:
    """Each (text, its font, the paragraph it is in) piece of a document whose reader knows the fonts (a DOCX's runs,
    a page's styled elements) in Unicode where its font is a legacy one and its paragraph was typed in that font's
    encoding (``typed_pieces``, the paragraph's text in the encoding's fonts read as one), in capitals where that is a
    capitals font: a header in ".VnTimeH", a body in ".VnTime" and a table in Times New Roman each read right. A font
    name is a hint, not proof: a document converted to Unicode keeps ".VnTime" in its styles, and its text, "Tiêu
    chí", "Có", "2,5 µm", stays as it is; where some of it does, the rest is converted only where the encoding told
    from it (``encoding_of``) is the font's. ``in_place``: one character for one (``convert``)."""
    fonts = {font: font_encoding(font) for font in {font for _, font, _ in pieces}}
    out = [text for text, _, _ in pieces]
    for encoding in {encoding.key: encoding for encoding, _ in fonts.values() if encoding is not None}.values():
        paragraphs: dict[object, list[int]] = {}  # paragraph -> its pieces in the encoding's fonts
        for k, (_, font, paragraph) in enumerate(pieces):
            if fonts[font][0] is encoding:
                paragraphs.setdefault(paragraph, []).append(k)
        texts = ["".join(pieces[k][0] for k in members) for members in paragraphs.values()]
        typed = typed_pieces(texts, encoding)
        if not all(typed) and encoding_of(texts) is not encoding:
            continue  # Unicode under the font's name, and too little beside it to tell ("Microsoft®") from a legacy part
        for members, is_typed in zip(paragraphs.values(), typed):
            for k in members if is_typed else ():
                text, font, _ = pieces[k]
                if could_be_legacy(text):
                    out[k] = convert(text, encoding, fonts[font][1], in_place)
    return out


_WORD = re.compile(r"[^\W\d_]+")


def _drawn_in_capitals(word: str) -> bool:
    """A word a TCVN3 capitals font (".VnTimeH") drew: capitals typed as such beside accented letters typed as the
    lower-case font's, for TCVN3 has no accented capitals ("HOạCH", "PHô"); "Kế", "Hà" may be either."""
    return any(c.isupper() for c in word[1:]) and any(c.islower() and not c.isascii() for c in word)


def shows_a_capitals_font(text: str) -> bool:
    """Whether a word of ``text`` was drawn by a TCVN3 capitals font (``_drawn_in_capitals``)."""
    return any(map(_drawn_in_capitals, _WORD.findall(text)))


# An accented capital after a small letter: TCVN3's small "ấ ẩ ẫ è ề ế ể ễ í" are Latin-1 capitals ("BiÓu", "tØnh").
_CAPITAL_INSIDE_A_WORD = re.compile(r"[a-z\u00df-\u00ff][\u00c0-\u00de]")


def _told(text: str, encoding: LegacyEncoding) -> bool | None:
    """Whether ``text`` was typed in ``encoding`` (a mark Unicode Vietnamese never uses inside a word: "nh©n", "Tiªu";
    a small accented letter inside a word of capitals: "PHô LôC") or in Unicode (a letter only Unicode has), or None
    where nothing tells (ASCII, Latin-1 letters alone: "Tiêu chí" and TCVN3's "Sè" alike)."""
    if not could_be_legacy(text):
        return False
    if encoding.mark_in_word.search(text) or shows_a_capitals_font(text) or _CAPITAL_INSIDE_A_WORD.search(text):
        return True
    return None


def typed_pieces(texts: list[str], encoding: LegacyEncoding) -> list[bool]:
    """Which of a document's pieces (paragraphs, lines), in document order, were typed in ``encoding``: each as its
    own text tells (``_told``), else as the nearest piece that tells: a stretch of a Unicode document ("Tiêu chí",
    "Có") stays Unicode, one of a legacy annex ("Sè: 45") is converted with it. Halfway between the two, the
    encoding (a legacy part's heading often tells nothing: "phô lôc" typed small in the capitals font), except for a
    piece shaped as a name, every word capitalised: a Unicode part's last line is often a signer's name in letters
    Latin-1 has too ("Lê Thanh Hà"; converted, "Lờ Thanh Hà": a confident wrong name), and it keeps the part before."""
    told = [_told(text, encoding) for text in texts]
    before = _nearest_told(told)
    after = _nearest_told(told[::-1])[::-1]
    typed = []
    for text, nearest in zip(texts, zip(before, after)):
        if text.strip().istitle():
            candidates = [(distance, side, state) for side, (distance, state) in enumerate(nearest) if state is not None]
        else:
            candidates = [(distance, not state, state) for distance, state in nearest if state is not None]
        typed.append(min(candidates)[2] if candidates else False)  # the nearer; at a tie, as the docstring says
    return typed


def _nearest_told(told: list[bool | None]) -> list[tuple[int, bool | None]]:
    """For each piece, how far back the nearest piece that tells is, and what it tells (None: none)."""
    out, distance, state = [], 0, None
    for own in told:
        distance, state = (0, own) if own is not None else (distance + 1, state)
        out.append((distance, state))
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
    """The pieces a legacy font could have typed that hold a mark, joined: empty where those hold too few marks inside
    words to tell. A Unicode piece shows it is one at its first letter only Unicode has ("ư", "ạ": most within their
    first word), so little of a Unicode document is read; the rest is searched in C for a mark (most hold none)."""
    unicode_letter = _UNICODE_VIETNAMESE.search  # could_be_legacy, in line: this runs on every line of every document
    # an ASCII piece (told in C without reading it: a page in English, figures, codes) holds no mark, and the space
    # it is joined with stands between its letters and another piece's mark: it changes nothing below, unread
    candidates = [piece for piece in pieces if not piece.isascii() and unicode_letter(piece) is None]
    whole = " ".join(candidates)
    if _LEGACY_MARKS.search(whole) is None or not _marks_in_words(whole):
        return ""  # a Unicode text's "©", "±", "2,5 µm" stand apart from its words
    # the pieces with a mark: Latin-1 letters alone ("Tiêu chí: Có") tell nothing, and a Unicode part's would blur it
    return " ".join(piece for piece in candidates if _LEGACY_MARKS.search(piece))[: _DETECT_SAMPLE * 4]


def _marks_in_words(text: str) -> bool:
    """Whether ``text`` holds enough marks inside words to tell a legacy encoding by (each mark found in C, the letter
    before it then read: a Unicode text's few signs cost little)."""
    count = 0
    for match in _LEGACY_MARKS.finditer(text):
        count += (start := match.start()) > 0 and _MARK_IN_WORD.match(text, start - 1) is not None
        if count >= _MIN_LEGACY_MARKS:
            return True
    return False


def may_be_legacy(pieces: Iterable[str]) -> bool:
    """Whether some of a document's ``pieces`` read as typed in a legacy font (enough marks Unicode Vietnamese never
    uses inside words): a reader's cheap test on the text it read before it looks for the fonts that typed it."""
    return bool(_sample(pieces))


def encoding_of(pieces: Iterable[str]) -> LegacyEncoding | None:
    """The legacy encoding a document whose fonts are not known is typed in, told from its ``pieces`` (lines, cells)
    that a legacy font could have typed (a Unicode document's legacy annex is told so), or None (Unicode, or too
    little to tell): a cheap count of characters Unicode Vietnamese never uses decides whether to ask viparse."""
    return _encoding_in(_sample(pieces))


def _encoding_in(sample: str) -> LegacyEncoding | None:
    if len(_LEGACY_MARKS.findall(sample)) < _MIN_LEGACY_MARKS:
        return None
    import viparse  # imported only for documents that look legacy-encoded

    return legacy_encodings().get(viparse.detect_text_encoding(normalise(sample[:_DETECT_SAMPLE])) or "")


_DENSE_MARKS = 0.03  # of the characters: TCVN3 and VNI text holds some 10 %


def encoding_or_garbled_lines(pieces: list[str]) -> tuple[LegacyEncoding | None, list[str]]:
    """The legacy encoding ``pieces`` are typed in (``encoding_of``), else the pieces that read as a legacy encoding's
    text, dense with characters Unicode Vietnamese never uses inside its words, where the encoding cannot be told (a
    fragment too short to score)."""
    sample = _sample(pieces)
    if not sample:
        return None, []
    if (encoding := _encoding_in(sample)) is not None:
        return encoding, []
    marks = len(_MARK_IN_WORD.findall(sample))
    if marks < _MIN_LEGACY_MARKS or marks < _DENSE_MARKS * len(sample):
        return None, []
    return None, [piece for piece in pieces if could_be_legacy(piece) and _syllables_typed_in_a_legacy_font(piece) >= 2]


_TOKEN_EDGES = "\"'.,;:!?()[]{}<>«»“”‘’…"


def _syllables_typed_in_a_legacy_font(text: str) -> int:
    """How many of ``text``'s words hold a mark inside and read, converted from one of the legacy encodings, as a
    Vietnamese syllable ("nh©n" is "nhân", "ho¹ch" "hoạch"): a foreign word's Latin-1 letters and signs ("Núñez",
    "Müller", "Microsoft®", "«Señor»") convert into no syllable."""
    count = 0
    for token in text.split():
        word = token.strip(_TOKEN_EDGES)
        if _MARK_IN_WORD.search(word) and any(is_syllable(convert(word, encoding)) for encoding in legacy_encodings().values()):
            count += 1
    return count


def soft_hyphens_kept(pieces: list[str]) -> list[str]:
    """The pieces (lines, a page's texts) of a document typed in TCVN3, whose code point for "ư" is the soft hyphen
    (readers take soft hyphens out of Unicode text), with it kept in those typed in TCVN3 (``typed_pieces``, as the
    clean stage converts them) as the minus sign a PDF's text layer reads for it, which the conversion reads as "ư"
    beside a letter and which is no Unicode Vietnamese letter (a line holding it is still told from Unicode). A
    Unicode piece's soft hyphens, and any other document's, stay hyphenation points."""
    encoding = encoding_of(pieces) if any("\xad" in piece for piece in pieces) else None
    stand_in = next((char for char, code in encoding.glyph_substitutes.items() if code == "\xad"), None) if encoding else None
    if stand_in is None:
        return pieces
    return [piece.replace("\xad", stand_in) if typed and "\xad" in piece else piece
            for piece, typed in zip(pieces, typed_pieces(pieces, encoding))]


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


# A Unicode PDF's text layer whose font maps a glyph to the wrong code: a letter swapped for another ("CỘNG HÕA" for
# "CỘNG HÒA"), put back only on a page its lookalikes show is of such a font, and only in a word read as a name's:
# with the word beside it ("Gõ Vấp": Gò Vấp), or alone where as read it is no Vietnamese word and no name's and
# repaired it is a name's ("HÕA": Khánh Hòa), never a right word ("gõ cửa") (legacy_encodings.json text_layer_swaps).
@cache
def _swaps() -> tuple[frozenset[str], dict[str, str], re.Pattern[str], frozenset[str]]:
    entry = json_data("legacy_encodings.json")["text_layer_swaps"]
    swaps = entry["swaps"]
    return (frozenset(entry["signature"]), swaps, re.compile(f"[^\\W\\d_]*[{''.join(swaps)}][^\\W\\d_]*"),
            frozenset(entry["words_as_read"]))


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The words right before and after text[start:end], spaces alone between (in small letters, lookalikes read
    as the letters they stand for; "" where none)."""
    before, after = _WORD_BEFORE.search(text, max(0, start - 40), start), _WORD_AFTER.match(text, end)
    return tuple(normalise(found.group(1)).lower() if found else "" for found in (before, after))


_WORD_SIDES = ".,;:!?()[]\"'“”‘’…-"


def misread_words(read: str, repaired: str) -> list[tuple[str, str]]:
    """The words of a page's layer that its font's map misread, each once, as (read, printed): a lookalike of the map's
    signature ("THƢƠNG", put right by the clean stage) or a letter ``swapped_letters_repaired`` put back ("HÕA" ->
    "HÒA"). ``repaired``: the layer repaired, one character for one."""
    signature = _swaps()[0]
    if not any(mark in read for mark in signature):
        return []
    found: dict[str, str] = {}
    for was, now in zip(read.split(), repaired.split()):
        if was != now or any(mark in was for mark in signature):
            found.setdefault(was.strip(_WORD_SIDES), normalise(now.strip(_WORD_SIDES)))
    return list(found.items())


def swapped_letters_repaired(text: str) -> str:
    """A page's text layer with the letters its font's map swapped put back (``text_layer_swaps``), one character for
    one (a PDF reader finds each character's box by its index); the text itself where no swap is read."""
    signature, swaps, word_with_swap, words_as_read = _swaps()
    if not any(mark in text for mark in signature) or not any(letter in text for letter in swaps):
        return text
    files = tuple(NAME_COLUMNS)

    def repaired(match: re.Match[str]) -> str:
        word = match.group()
        fixed = "".join(swaps.get(letter, letter) for letter in word)
        before, after = _neighbours(text, match.start(), match.end())
        pairs = name_word_pairs(files)

        def in_a_name(candidate: str) -> bool:
            return (before, candidate.lower()) in pairs or (candidate.lower(), after) in pairs

        if in_a_name(fixed) and not in_a_name(word):
            return fixed
        known = name_words(files)
        if word.lower() in known or word.lower() in words_as_read:
            return word
        return fixed if fixed.lower() in known else word

    return word_with_swap.sub(repaired, text)
