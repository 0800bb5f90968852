"""Small text helpers shared by stages: Unicode normalisation and the folded form used for matching."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Characters that carry no text: NBSP and friends become spaces, zero-width ones disappear.
_SPACE_LIKE = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u3000"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Look-alike glyphs that no Vietnamese text uses, put there by a PDF font's wrong glyph mapping or by OCR: Latin OI
# ("hƣớng", "THƢƠNG") for Ư, the Icelandic eth ("Ðộc lập", "QĐÐ") for Đ, fraction and division slashes ("V⁄v") for "/",
# and the hyphens that are not "-" (the hyphen and non-breaking hyphen U+2010/U+2011 a word processor puts in
# "122/KH‑UBND" so that the number never breaks, the minus sign, small and full-width hyphen-minus) for "-".
_LOOKALIKE = {ord("ƣ"): "ư", ord("Ƣ"): "Ư", ord("Ð"): "Đ", ord("ð"): "đ", ord("\u2044"): "/", ord("\u2215"): "/",
              **dict.fromkeys(map(ord, "\u2010\u2011\u2212\ufe63\uff0d"), "-")}
_TRANSLATE = {**_SPACE_LIKE, **_INVISIBLE, **_LOOKALIKE}
# Runs of spaces and tabs that become one space; a single space is left alone (table text is mostly single
# spaces, and replacing each with itself costs a third of the time).
_SPACES = re.compile(r"[ \t]{2,}|\t")


# The letters of Vietnamese by case, each the members of a regex class ("[" + CAPITAL_LETTERS + "]"): a range "À-Ỹ"
# crosses cases (Unicode orders "À-Þ", "à-þ", then pairs "Ạạ" … "Ỹỹ"), so it holds "à", "đ", "ư", "ờ" as capitals, and
# "à-ỹ" holds "Đ", "Ư", "Ờ" as small letters. Data files write the classes as "\\p{Lu}" and "\\p{Ll}"
# (``with_letter_classes``).
_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_SMALL_VOWELS = "".join(unicodedata.normalize("NFC", vowel + tone) for vowel in _VOWELS for tone in _TONES)
SMALL_LETTERS = "a-zđ" + "".join(letter for letter in _SMALL_VOWELS if not "a" <= letter <= "z")
CAPITAL_LETTERS = "A-ZĐ" + "".join(letter.upper() for letter in _SMALL_VOWELS if not "a" <= letter <= "z")
_LETTER_CLASSES = {"\\p{Lu}": CAPITAL_LETTERS, "\\p{Ll}": SMALL_LETTERS}
# A lettered item's start, its small letter closed by ")" and text after it ("b) Kiểm tra công vụ"): the text reader
# and the aligner of flattened tables both tell a list's item by it
LETTER_LABEL = re.compile(r"^[a-zđ]\)\s")


def with_letter_classes(pattern: str) -> str:
    """A data file's pattern with its letter classes written out ("[\\p{Lu}]" -> "[A-ZĐÀÁ…]"), which re lacks."""
    for name, members in _LETTER_CLASSES.items():
        pattern = pattern.replace(name, members)
    return pattern


def first_character_lookahead(alternatives: list[str]) -> str:
    """A lookahead on the first characters of regex alternatives (each starts with a literal character or
    ``\\d``). Put before a long alternation, it lets re skip at once every position where none can start,
    instead of trying each alternative there: several times faster on body text."""
    firsts = {r"\d" if alternative.startswith(r"\d") else re.escape(alternative[0]) for alternative in alternatives}
    return "(?=[" + "".join(sorted(firsts)) + "])"


def may_start_lookahead(pattern: str) -> str:
    """``first_character_lookahead`` for any pattern (a data file's alternation of phrases that open with optional words,
    a class, an anchor): a lookahead on the characters a match can start with, read from re's parse of the pattern, to put
    before it under the same flags; "" where that cannot be told (a match that may be empty or start with any character,
    a scoped flag, a back reference). A lookahead that holds wherever a match starts changes no match."""
    firsts, can_be_empty = _first_characters(re._parser.parse(pattern).data)
    if firsts is None or can_be_empty:
        return ""
    # the characters first, the categories (\s, \d) last: re tests a class's members in order, and a category costs more
    return "(?=[" + "".join(sorted(set(firsts), key=lambda member: (member in _CATEGORY_CLASS.values(), member))) + "])"


def anchored_start_gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a pattern each of whose alternatives opens with "^" (not MULTILINE): ``may_start_lookahead`` compiled, whose
    ``match`` tells at a text's first character, in C, that the pattern is found nowhere in it (its search can match
    only there); None for any other pattern, or where those characters cannot be told."""
    parsed = re._parser.parse(pattern.pattern, pattern.flags)
    # VERBOSE: may_start_lookahead reads the pattern without its flags
    if parsed.state.flags & (re.MULTILINE | re.VERBOSE) or not _opens_at_start(parsed.data):
        return None
    lookahead = may_start_lookahead(pattern.pattern)
    return re.compile(lookahead, pattern.flags) if lookahead else None


def _opens_at_start(items) -> bool:
    if not items:
        return False
    op, value = items[0]
    name = str(op)
    if name == "AT":
        return str(value) in ("AT_BEGINNING", "AT_BEGINNING_STRING")
    if name == "BRANCH":
        return all(_opens_at_start(branch.data) for branch in value[1])
    if name == "SUBPATTERN" and not value[1] and not value[2]:  # a group without flags of its own
        return _opens_at_start(value[3].data)
    return False


def behind_start_lookahead(pattern: str) -> str:
    """``pattern`` behind its ``may_start_lookahead``, grouped: a lookahead put before an alternation as it is would hold
    for its first alternative alone, and re would still try each of the others at every position. A global flag group
    that opens the pattern ("(?i)…") stays in front: re takes one nowhere else (an error since Python 3.11)."""
    flags = flagged.group() if (flagged := _GLOBAL_FLAGS.match(pattern)) else ""
    return f"{flags}{may_start_lookahead(pattern)}(?:{pattern[len(flags):]})"


_GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))+")


_CATEGORY_CLASS = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
                   "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _first_characters(items) -> tuple[list[str] | None, bool]:
    """The class members (as regex text) a sequence of parsed items can start a match with, and whether it can match
    nothing; None for the members where an item is one ``may_start_lookahead`` does not read."""
    firsts: list[str] = []
    for op, value in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):  # zero width: the next item starts the match
            continue
        if name == "LITERAL":
            return [*firsts, re.escape(chr(value))], False
        if name == "IN":
            members = _class_members(value)
            return (None, False) if members is None else ([*firsts, *members], False)
        if name == "BRANCH":
            found, empty = [], False
            for branch in value[1]:
                branch_firsts, branch_empty = _first_characters(branch.data)
                if branch_firsts is None:
                    return None, False
                found, empty = found + branch_firsts, empty or branch_empty
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            found, empty = _first_characters(value[2].data)
            empty = empty or value[0] == 0
        elif name == "SUBPATTERN" and not value[1] and not value[2]:  # a group without flags of its own
            found, empty = _first_characters(value[3].data)
        elif name == "ATOMIC_GROUP":
            found, empty = _first_characters(value.data)
        else:
            return None, False
        if found is None:
            return None, False
        firsts += found
        if not empty:
            return firsts, False
    return firsts, True


def _class_members(members) -> list[str] | None:
    out = []
    for op, value in members:
        name = str(op)
        if name == "LITERAL":
            out.append(re.escape(chr(value)))
        elif name == "RANGE":
            out.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif name == "CATEGORY" and str(value) in _CATEGORY_CLASS:
            out.append(_CATEGORY_CLASS[str(value)])
        else:  # a negated class, a category of its own
            return None
    return out


def longest_first(words: Iterable[str]) -> str:
    """A regex alternation of literal words, the longest first: re takes the first word that matches, so a word is
    never cut short by one that begins it ("thành phố" before "thành")."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def literal_alternation(words: list[str]) -> str:
    """A regex alternation of literal words that matches as ``"|".join(map(re.escape, words))`` does (the first word
    in the list's order that matches wins), its words grouped under their first character ("l(?:ao cai|ai chau)|…"):
    re then tries at each position only the words that start there, not every word (a third faster on body text)."""
    if "" in words:  # the empty word matches at every position, before the words after it: no grouping keeps that
        return "|".join(map(re.escape, words))
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(map(re.escape, rests))})" for first, rests in groups.items())


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
# The same as pairs for str.replace ("" drops the character): a scan in C for each character a text holds, where
# str.translate looks each of the text's characters up in a dict (some 700 instructions a character). None of the
# replacements is a character replaced, so replacing one after another gives what translate gives.
_REPLACEMENTS = tuple((chr(code), value or "") for code, value in _TRANSLATE.items())


def _replace_special(text: str) -> str:
    for char, value in _REPLACEMENTS:
        if char in text:
            text = text.replace(char, value)
    return text


_SPECIAL = re.compile("[" + "".join(map(chr, _TRANSLATE)) + "]")


_SPACE_LIKE_CHAR = re.compile("[" + "".join(map(chr, _SPACE_LIKE)) + "]")


def plain_spaces(text: str) -> str:
    """The text with NBSP and friends as spaces, tabs and runs of spaces kept (a reader that splits a line at its tabs):
    ``normalise``'s first step but for its look-alikes, which a line still typed in a legacy font holds as its letters
    (TCVN3's "ư" kept as the minus sign, its "é" the eth: legacy_fonts.soft_hyphens_kept), converted later."""
    return _SPACE_LIKE_CHAR.sub(" ", text)


# Characters a copy carries that print nothing and are no space: control characters (not tabs, line breaks, nor the
# form feeds, vertical tabs, separators \x1c-\x1f and NEL, which str.split takes as spaces) and format characters
# (zero-width spaces and joiners, byte-order marks, soft hyphens, direction marks). Readers take them out of lines and
# table cells (``without_junk``), so that a line or a cell of them alone is blank: not a row, a cell, an agency or a task.
JUNK = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
                  "\u2060-\u2064\u2066-\u206f\ufeff]")


def without_junk(text: str) -> str:
    return JUNK.sub("", text)


def normalise(text: str) -> str:
    """NFC, NBSP/zero-width characters removed, look-alike glyphs replaced, runs of spaces collapsed, ends trimmed.
    (Each step runs only when a cheap test finds something for it to do: most lines need none, and this runs on
    every line.)"""
    if _SPECIAL.search(text):  # before NFC: a look-alike with a combining mark after it composes once replaced
        text = _replace_special(text)
    text = nfc(text)
    if "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


# Joins a document's texts for normalise_all: no step reaches across it (NUL is no space, nothing to replace, and NFC
# composes nothing with it), and no text holds it but binary junk.
_TEXTS_APART = "\x00"


def normalise_all(texts: list[str]) -> list[str]:
    """``[normalise(t) for t in texts]``, each step run once on the texts joined: the texts come apart as they went in,
    and a document's thousand lines cost a few scans of its text, not a few thousand calls (a regex search costs some
    2,000 instructions before it reads a character)."""
    joined = _TEXTS_APART.join(texts)
    if joined.count(_TEXTS_APART) != len(texts) - 1:
        return [normalise(text) for text in texts]
    joined = nfc(_replace_special(joined))
    if "  " not in joined and "\t" not in joined:
        return [text.strip() for text in joined.split(_TEXTS_APART)]
    return [(_SPACES.sub(" ", text) if "  " in text or "\t" in text else text).strip() for text in joined.split(_TEXTS_APART)]


# A font that draws tone marks as glyphs of their own can give them to the text apart from their letters, after the
# words ("thiêt hai ̀ ̣ ̣ do lũ lụt"): the words left carry no tone. NFC text has no combining mark but after a letter.
_DETACHED_MARK = re.compile(r"(?<![^\W\d_])[\u0300-\u036f]")
# Any combining mark: a search for one character class runs at C speed, where _DETACHED_MARK tries its lookbehind at
# every position of the text (16 us on a line of body text, that nearly never holds a mark).
ANY_MARK = re.compile("[\u0300-\u036f]")
# The lead bytes of every combining mark's UTF-8 (U+0300-033F: CC 80-BF, U+0340-036F: CD 80-AF). Neither in a text's
# UTF-8 settles that it holds no mark: an encoding and two byte searches run at memchr's speed, where re tests the
# class on each character (a third of the time on a web page's 25,000 characters of Vietnamese).
_MARK_LEAD_BYTES = (b"\xcc", b"\xcd")


def holds_a_mark(text: str) -> bool:
    """``ANY_MARK.search(text) is not None``, a whole document's text ruled out first by its bytes."""
    if text.isascii():
        return False
    encoded = text.encode("utf-8", "surrogatepass")
    return any(lead in encoded for lead in _MARK_LEAD_BYTES) and ANY_MARK.search(text) is not None


def detached_marks(text: str) -> int:
    """How many combining marks of an NFC text stand after no letter."""
    return 0 if text.isascii() or not ANY_MARK.search(text) else len(_DETACHED_MARK.findall(text))


MIN_DETACHED_MARKS = 5
MIN_DETACHED_SHARE = 0.05  # of the text's words


def marks_stand_apart(marks: int, words: int) -> bool:
    """Whether a text's marks after no letter are too many to be slips: its tone marks stand apart from its letters."""
    return marks >= max(MIN_DETACHED_MARKS, words * MIN_DETACHED_SHARE)


def without_detached_marks(text: str) -> str:
    """The text without the combining marks that stand after no letter, and the spaces they leave doubled."""
    return _SPACES.sub(" ", _DETACHED_MARK.sub("", text)).strip()


class _Unmarked(dict):
    """Code point -> the character without its marks (what NFD then dropping combining marks gives), filled
    on first sight of each character. Decomposition works character by character and every combining mark
    is dropped, so mapping each character alone gives the same text as decomposing the whole; str.translate
    does it in C, twice as fast as a generator over the decomposed text."""

    _MAX_SIZE = 20_000  # binary junk decoded as text could bring any code point: past this, not stored

    def __missing__(self, code_point: int) -> int | str:
        char = chr(code_point)
        bare = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        value = code_point if bare == char else bare
        if len(self) < self._MAX_SIZE:
            self[code_point] = value
        return value


_UNMARKED = _Unmarked({ord("đ"): "d", ord("Đ"): "D"})


class _UnmarkedWords(dict):
    """Word (text between two spaces) -> the word without its marks, filled on first sight. Vietnamese is written in
    a few thousand syllables: looking each up whole costs less than str.translate's lookup of every character of a
    text that is not ASCII (a Python int and a dict lookup each), about half on body text. A word maps as its
    characters do, so the words' translations joined are the text's."""

    _MAX_SIZE = 50_000  # past this, not stored: documents of rare words add nothing here
    _MAX_WORD = 40  # a long run without spaces (a link, a code) is translated, not kept

    def __missing__(self, word: str) -> str:
        value = word.translate(_UNMARKED)
        if len(word) <= self._MAX_WORD and len(self) < self._MAX_SIZE:
            self[word] = value
        return value


_UNMARKED_WORDS = _UnmarkedWords()


def _unmarked(text: str) -> str:
    return " ".join(map(_UNMARKED_WORDS.__getitem__, text.split(" ")))


_unmarked_short = lru_cache(maxsize=16_384)(_unmarked)
_CACHED_LENGTH = 400  # a line or a cell; whole texts are folded once and not worth keeping


def strip_marks(text: str) -> str:
    """Tone and vowel marks removed, đ -> d, case kept: "Sở TN&MT" -> "So TN&MT". Short texts are remembered, as
    ``fold``'s: the stages ask for the same lines' (a line against each place name, a header line in each reader)."""
    if text.isascii():  # no character has marks: the text as it is
        return text
    return _unmarked_short(text) if len(text) <= _CACHED_LENGTH else _unmarked(text)


def _fold(text: str) -> str:
    return _SPACES.sub(" ", (text if text.isascii() else _unmarked(text)).lower()).strip()


_fold_short = lru_cache(maxsize=16_384)(_fold)


def fold(text: str) -> str:
    """Case- and tone-mark-insensitive form for matching: "Sở Nội vụ" -> "so noi vu", "Đà Nẵng" -> "da nang".
    Short texts are remembered: the stages fold the same lines and cells many times over (a table's header
    against each of its rows, a line against each pattern list)."""
    return _fold_short(text) if len(text) <= _CACHED_LENGTH else _fold(text)


def has_letters(text: str, count: int) -> bool:
    """``sum(c.isalpha() for c in text) >= count`` (``count`` at least 1), read up to the count-th letter only: the sum
    read every character of a paragraph to tell a smudge from a line."""
    for char in text:
        if char.isalpha():
            count -= 1
            if not count:
                return True
    return False


_TWO_LETTERS = re.compile(r"[^\W\d_].*?[^\W\d_]", re.DOTALL)


def is_upper_line(text: str) -> bool:
    """True for a line written in capitals ("KẾ HOẠCH", "II. NỘI DUNG"), ignoring digits and punctuation."""
    # its first characters first: str.upper maps character by character, so a change there is a change in the line,
    # found without a copy of a long paragraph in capitals (this runs on every line, most of them in lower case)
    head = text[:6]
    return head == head.upper() and text == text.upper() and _TWO_LETTERS.search(text) is not None


_WORD = re.compile(r"\S+")


def is_upper_line_without(text: str, dropped: re.Pattern[str], drops_word: re.Pattern[str]) -> bool:
    """``is_upper_line(dropped.sub("", text))`` for a pattern that drops whole words (runs of non-spaces), those in
    which ``drops_word`` is found. A word in small letters that stays settles it at once, without the pattern's pass over
    a long line: str.upper changes that word (and no character's capital starts with the character itself), so the
    line. The words are read one at a time (str.split's words, re's \\S runs), not split all first: a flattened table's
    line is tens of thousands of characters, its first word mostly settles it."""
    for word in map(re.Match.group, _WORD.finditer(text)):
        if word != word.upper() and not drops_word.search(word):
            return False
    return is_upper_line(dropped.sub("", text))


def sentence_case(text: str) -> str:
    """"ỦY BAN NHÂN DÂN" -> "Ủy ban nhân dân"; used only for display, never for stored source text."""
    lowered = text.lower()
    return lowered[:1].upper() + lowered[1:]
