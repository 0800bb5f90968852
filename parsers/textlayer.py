"""Is a PDF page's text layer Vietnamese text, or garbage to be read from the image instead?

Two kinds of garbage reach users: a text layer in a wrong font encoding (mojibake: "7ӌ1+ L¿O CAI",
"CØNG HOÀ") and an earlier OCR layer that lost the tone marks ("Ldm D6ng, ngdy … thdng 11 ndm").
Both are told from real text by the share of words that are written Vietnamese syllables, checked
against the spelling rules (``pipeline.spelling``: onset + rhyme + one tone).
The check is a few microseconds per word, so it runs on every text page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain, repeat

from pipeline.resources import csv_rows
from pipeline.spelling import is_syllable, spelling
from pipeline.text import detached_marks, fold, marks_stand_apart

_WORD = re.compile(r"[^\W_]+")
_WORD_OR_UNDERSCORE = re.compile(r"\w+")  # _WORD where no "_" is: one category test a character, a quarter faster
_ANY_MARK = re.compile("[\u0300-\u036f]")  # the combining marks pipeline.text.detached_marks counts
_ABBREVIATION = re.compile(r"^[A-ZĐ]{1,6}$")
# An e-mail or web address is no word of any language: a contacts table's "soyte@quangtri.gov.vn" is four words that
# are no syllables, enough to make a short page's good layer look like garbage. (ASCII: no encoding garbles into one.)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,6}\b|\b(?:https?://|www\.)[^\s,;()]+", re.ASCII)
# A page whose words are fewer than this says too little to judge (a page number, a signature page).
MIN_WORDS = 20
# Measured with scripts/textlayer_scores.py on every text page of the samples' PDF variants (two faces),
# realdocs and realdocs2: born-digital pages score 0.81-1.00 syllables and 0.79-0.99 marked; the
# mojibake and mark-less OCR layers (realdocs2 114, 115, 123, 124, 125) 0.22-0.51 and 0.00-0.62.
MIN_SYLLABLE_SHARE = 0.65
_SAMPLE = 1500  # characters of a page scored (~300 words: enough to tell; 2.3 ms a page, measured on realdocs2 104)
MIN_MARKED_SHARE = 0.5
_MOTTO = "cong hoa xa hoi chu nghia viet nam"
_MARKED_MOTTO = "cộng hòa xã hội chủ nghĩa việt nam"


@dataclass(frozen=True)
class Score:
    words: int  # words of letters (numbers left out)
    syllables: float  # share of them that are written Vietnamese syllables
    marked: float  # share of those syllables that carry a mark (tone, â ă ê ô ơ ư, đ)


def score(text: str) -> Score:
    """How Vietnamese a page's text is (see ``Score``)."""
    # numbers ("2025"), abbreviations ("UBND", "HĐND", "VT") and addresses say nothing; "D6ng" counts, as garbage
    sample = unicodedata.normalize("NFC", text[:_SAMPLE])
    if "@" in sample or "www." in sample or "://" in sample:
        sample = _ADDRESS.sub(" ", sample)
    # each word's kind worked out once a process: pages repeat them
    kinds = list(map(_word_kind, chain.from_iterable(_line_words(sample))))
    syllables = kinds.count(_SYLLABLE) + (marked := kinds.count(_MARKED))
    words = syllables + kinds.count(_WORD_ONLY)
    return Score(words, syllables / words if words else 0.0, marked / syllables if syllables else 0.0)


# Punctuation that sits on a word's sides ("dõi,", "(2025)"): no letter, figure or "_" among it
_WORD_SIDES = ".,;:!?()[]\"'-/…“”"


def words_of(text: str) -> list[str]:
    """The runs of letters and figures of the text: a "_" splits two words as a space does. Found between the spaces
    (none is a letter or figure): most pieces are one word, or one with punctuation on its sides, told by a string
    test; only the rest is searched by the pattern (searched whole, it was most of a page's score)."""
    pattern = _WORD if "_" in text else _WORD_OR_UNDERSCORE
    words: list[str] = []
    for piece in text.split():
        if piece.isalnum():
            words.append(piece)
        elif (core := piece.strip(_WORD_SIDES)).isalnum():
            words.append(core)
        else:
            words += pattern.findall(piece)
    return words


@lru_cache(maxsize=2)  # a page's sample is scored, then its lines checked twice (``garbage_reason``)
def _line_words(text: str) -> tuple[list[str], ...]:
    """``words_of`` each line of the text (the text's words are theirs one after another: no word runs over a line
    break). Not to be changed: the lists are shared."""
    return tuple(map(words_of, text.splitlines()))


class _FoldedWords(dict):
    """A word -> ``fold(word)``, filled on first sight."""

    _MAX_SIZE = 50_000  # past this, not stored: a garbage layer's words are endless

    def __missing__(self, word: str) -> str:
        value = fold(word)
        if len(self) < self._MAX_SIZE:
            self[word] = value
        return value


_FOLDED_WORDS = _FoldedWords()


_UNCOUNTED, _WORD_ONLY, _SYLLABLE, _MARKED = range(4)


@cache
def _word_kind(word: str) -> int:
    """What a word of letters or digits counts as in ``score``: nothing (a number, an abbreviation), a word, a word that
    is a syllable, or one that is a marked syllable."""
    if word.isdigit() or (_ABBREVIATION.match(word) and not _capitals_syllable(word)):
        return _UNCOUNTED
    if not is_syllable(word):
        return _WORD_ONLY
    return _SYLLABLE if word.isascii() else _MARKED


# A word in capitals of three letters or more that spells a syllable ("BAN", "HOACH", "NHÂN") is a word, not an
# abbreviation: a layer all in capitals is judged on them (left out, "KE HOACH … UY BAN NHAN DAN" had no words to judge,
# and kept a layer that lost its marks). Two letters are too often an abbreviation that spells one ("CA", "TU", "HU").
_MIN_CAPITALS_SYLLABLE = 3


def _capitals_syllable(word: str) -> bool:
    return len(word) >= _MIN_CAPITALS_SYLLABLE and is_syllable(word)


def has_motto(text: str, marked: bool = False) -> bool:
    """Whether the national motto is read in the text (a letter or two misread by OCR allowed); ``marked``: read with
    its marks ("CỘNG HÒA XÃ HỘI …", not a layer's "CONG HOA XA HOI …" that lost them all)."""
    from rapidfuzz import fuzz

    if marked:
        wanted, found = _MARKED_MOTTO, unicodedata.normalize("NFC", text).lower().replace("hoà", "hòa")
    else:
        wanted, found = _MOTTO, fold(text)
    return wanted in found or fuzz.partial_ratio(wanted, found, score_cutoff=90) > 0


def garbage_reason(text: str, found: Score | None = None, vouch_share: float | None = None) -> str | None:
    """Why a page's text layer cannot be used ("garbage text layer: 31% of 412 words are Vietnamese
    syllables"), or None when it can. The national motto read right vouches for the page where its body reads
    ``vouch_share`` of its words as syllables (``body_syllables``; ``MIN_VOUCHED_SYLLABLE_SHARE`` unless given).
    (``found``: the text's score, when the caller has it already.)"""
    found = found or score(text)
    if found.words < MIN_WORDS:
        return None
    sample = unicodedata.normalize("NFC", text[:_SAMPLE])
    # most pages have no combining mark left after NFC: one scan for any says so (the count looks behind each one)
    if marks_stand_apart(apart := detached_marks(sample) if _ANY_MARK.search(sample) else 0, found.words):
        # the motto does not vouch here: its letters survive, only their marks moved ("CÔNG HOA XA HÔI ̣ ̀ ̃")
        return f"text layer with its tone marks apart from their letters: {apart} marks stand alone"
    if found.syllables < MIN_SYLLABLE_SHARE:
        reason = f"garbage text layer: {found.syllables:.0%} of {found.words} words are Vietnamese syllables"
    elif found.marked < MIN_MARKED_SHARE:
        # only the motto read with its marks vouches: a layer that lost them all still folds to the motto
        reason = f"text layer without tone marks: {found.marked:.0%} of its syllables carry a mark"
        return None if has_motto(text, marked=True) else reason
    elif (lines := garbage_lines(text)) >= MIN_GARBAGE_LINES:  # the rest of the page is good: the motto does not vouch
        return f"text layer with {lines} lines in a broken font encoding (letters of no Vietnamese text)"
    elif (pairs := reversed_pairs(sample)) >= MIN_REVERSED_PAIRS:  # every word is right: the motto, reversed, is no motto
        return f"text layer with its words in reverse order: {pairs} names of bodies, types or posts read backwards"
    elif (lines := unmarked_lines(sample)) >= MIN_GARBAGE_LINES:  # a header that lost its marks over a body with them
        return f"text layer with {lines} lines that lost their marks"
    elif lost := map_lost_letters(sample, found):  # every word still a syllable, the motto too: it cannot vouch
        return f"text layer whose font map {lost}"
    else:
        return None
    share = MIN_VOUCHED_SYLLABLE_SHARE if vouch_share is None else vouch_share
    return None if has_motto(text) and body_syllables(sample) >= share else reason


# The motto read right vouches for a page whose other words are few syllables (an old OCR layer with a letter or two
# wrong in each line), not for one whose body is in another code: a font whose map is wrong over its small letters
# alone reads the motto and the headings in capitals right over a body of no words ("Piáu usjểo ev mịdi"). The share is
# taken over the lines that hold a small letter (the body's): measured on realdocs and realdocs2, every page with the
# motto reads 0.95 or more of its words as syllables; the garbage pages 0.20-0.50.
MIN_VOUCHED_SYLLABLE_SHARE = 0.5
# A scanner's OCR layer under the page's image (``pdf.hidden_under_image``) is vouched for only where its body's words
# read right nearly all: an OCR's layer with a letter in four of its small print wrong reads 0.46-0.74; good layers
# (a plan with names, abbreviations, units, English terms or a table of figures) with a letter in 30-50 wrong
# 0.84-1.00, none 1.0 (review s62: tests/test_layers_s62.py). The image itself can be read again. No page of realdocs
# or realdocs2 changes its verdict (their six hidden layers are garbage to the first test).
MIN_HIDDEN_VOUCHED_SHARE = 0.8


def body_syllables(sample: str) -> float:
    """The share of Vietnamese syllables among the words with a letter outside ASCII on the sample's lines that hold a
    small letter; 1.0 where there is none. A map wrong over the small letters leaves the precomposed ones ("á", "ể") and
    the words that hold them are no syllables ("Piáu usjểo"); a body in English or in codes ("kWh", "mg/l") has no such
    word and tells nothing against the motto (its words are no syllables: it was kept on the motto's word). Nor do
    abbreviations in capitals ("HĐND", "QĐ"), one letter ("tr.đ") or units with a sign ("km²", "m³"): every good page
    prints them, and a map wrong over the small letters leaves the capitals right."""
    body = (line for line in sample.splitlines() if line != line.upper())
    marked = [word for word in chain.from_iterable(map(words_of, body)) if not word.isascii() and _asked_in_body(word)]
    return sum(map(is_syllable, marked)) / len(marked) if marked else 1.0


def _asked_in_body(word: str) -> bool:
    """Whether a word of the body says whether its small letters read right: two characters or more, a small letter,
    letters and figures only (no "km²")."""
    return len(word) >= 2 and word != word.upper() and all(c.isalpha() or c in "0123456789" for c in word)


# A font map wrong over one range of letters that leaves every word a syllable: the capitals read as small letters
# ("số: 305/kh-ubnd", "kế hoạch"), or one mark read as another or lost ("triển" read "triễn", "Hoàng Thị" read "Hoàng
# Thí", "nhân dân" read "nhan dan"). Measured on the pages of realdocs, realdocs2, the corpus' and the tests' PDFs with
# 60 marked syllables or more (175): each holds 3 letters or more with a grave, 5 with a horn, 6 with a hook above, 14
# with an acute, 18 with a dot below, 21 with a circumflex (the breve, the tilde and "đ": none on some pages); the 84
# pages of realdocs and realdocs2 of 100 words or more, 8 capitals or more. So a page of 50 words without a capital
# (where it prints words in capitals: ``capitals_expected``), or of 60 different marked syllables without one of those
# six marks, is read by OCR, never as letters no one printed. Different syllables, not all: a table's units ("người",
# "hộ") or a list of names repeat a few marked words that need not hold all six (s61 review: such pages went to OCR).
_MIN_WORDS_FOR_CAPITALS = 50
_MIN_MARKED_FOR_MARKS = 60
_MARKS_ALWAYS_PRINTED = {"hook above": "\u0309", "grave accent": "\u0300", "dot below": "\u0323", "acute accent": "\u0301",
                         "circumflex": "\u0302", "horn": "\u031b"}


@cache
def _letters_with_mark() -> dict[str, frozenset[str]]:
    """Each of ``_MARKS_ALWAYS_PRINTED`` -> the precomposed letters, small and capital, that carry it."""
    letters = [chr(code) for code in range(0xC0, 0x1F00) if chr(code).isalpha()]
    return {name: frozenset(c for c in letters if mark in unicodedata.normalize("NFD", c))
            for name, mark in _MARKS_ALWAYS_PRINTED.items()}


# A sentence's end and the next sentence's first word ("… năm 2026. thực hiện"): a word of two letters or more before
# the stop, so that an item's number or letter ("1. rà soát", "a. xây dựng") is none.
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{2}[.!?]\s+[^\W\d_]")
_MIN_SENTENCE_BREAKS = 2


def capitals_expected(sample: str) -> bool:
    """Whether a page read without a capital letter prints words that every real page prints in capitals: the motto,
    or sentences' first words. A table of figures and units ("ha", "km", "người") or an annex whose items open in small
    letters and end with ";" has none: it is read as a layer (a map that reads the capitals small reads such a page as
    printed in all but its case)."""
    return has_motto(sample) or len(_SENTENCE_BREAK.findall(sample)) >= _MIN_SENTENCE_BREAKS


def map_lost_letters(sample: str, found: Score) -> str | None:
    """What a page's font map lost that every Vietnamese page prints ("reads no capital letter: 184 words in small
    letters", "reads no letter with the hook above among 96 different marked syllables"), or None. ``sample``: NFC,
    as ``score`` cut it (its words are taken from ``_line_words``' cache)."""
    if found.words >= _MIN_WORDS_FOR_CAPITALS and sample == sample.lower() and capitals_expected(sample):
        return f"reads no capital letter: {found.words} words in small letters"
    if round(found.words * found.syllables * found.marked) < _MIN_MARKED_FOR_MARKS:  # the different ones are fewer
        return None
    marked = {word.lower() for word in chain.from_iterable(_line_words(sample)) if _word_kind(word) == _MARKED}
    if len(marked) < _MIN_MARKED_FOR_MARKS:
        return None
    characters = set(sample)
    lost = next((name for name, letters in _letters_with_mark().items() if characters.isdisjoint(letters)), None)
    return lost and f"reads no letter with the {lost} among {len(marked)} different marked syllables"


# A layer that gives each line's words in reverse order ("HOẠCH KẾ", "ĐỒNG LÂM TỈNH DÂN NHÂN BAN ỦY") has every word
# right: the order of two syllables the data files' names of bodies, document types and posts hold tells it ("ủy ban",
# "nhân dân", "kế hoạch"; a pair the names hold both ways says nothing), counted line by line (a header in order does
# not hide a body reversed). Measured on every page of realdocs and realdocs2 (204): 183 read no line more backwards
# than forwards, none more than 3 such pairs over its lines; the variants of tests/test_textlayer_s36.py 24 to 41.
MIN_REVERSED_PAIRS = 8


@cache
def _name_pairs() -> frozenset[tuple[str, str]]:
    names = [row["name"] for file in ("agencies.csv", "doc_types.csv") for row in csv_rows(file)]
    pairs = {pair for name in names + [row["position"] for row in csv_rows("positions.csv")]
             for words in [words_of(fold(name))] for pair in zip(words, words[1:])}
    return frozenset(pairs - {(second, first) for first, second in pairs})


@cache
def _pair_order() -> dict[tuple[str, str], int]:
    """Each of the names' pairs (``_name_pairs``) -1, and each such pair backwards 1 (no pair is both: the names' pairs
    held both ways are left out)."""
    return {**{pair: -1 for pair in _name_pairs()}, **{(second, first): 1 for first, second in _name_pairs()}}


def reversed_pairs(text: str) -> int:
    """How many more of the names' pairs of syllables (``_name_pairs``) the text's lines hold backwards than forwards,
    summed over the lines that hold more of them backwards."""
    order = _pair_order()
    if _maybe_foreign().search(text) is None:
        # only the usual blocks' characters, which fold one for one, a word's letters to letters and the rest to the
        # rest: the folded text's words are the words folded, each once a process (the page's lines are split once)
        lines = (list(map(_FOLDED_WORDS.__getitem__, words)) for words in _line_words(text))
    else:  # a mark standing alone, which folding takes out, joins two words
        lines = map(words_of, fold(text).splitlines())
    excess = 0
    # each line's pairs counted in one map over them (a pair's two tests in Python were most of a good page's checks)
    for words in lines:
        if len(words) > 1 and (found := sum(map(order.get, zip(words, words[1:]), repeat(0)))) > 0:
            excess += found
    return excess


# A line of four syllables or more of which none carries a mark is no Vietnamese as printed (most syllables carry one):
# a header in a font whose map lost them ("UY BAN NHAN DAN TINH LAM DONG", "THUC HIEN … KINH TE XA HOI NAM 2026") over a
# body that has them, which the page's share does not tell. Measured on realdocs and realdocs2: no such line on any of
# the 192 good pages. An English line whose short words spell syllables ("the plan is to be done in time on the day")
# has others that do not: the syllables must be most of its words.
_MIN_UNMARKED_SYLLABLES = 4
_MIN_UNMARKED_SHARE = 0.8


def unmarked_lines(text: str) -> int:
    """How many lines of the text hold four syllables or more, most of their words, and no marked syllable. Names in
    title case are left out: places and people are often printed without marks ("Kon Tum", "Nguyen Van An" in a
    bilingual annex) in a good layer; a header that lost its marks is in capitals, a body in small letters."""
    count = 0
    for words in _line_words(text):
        if len(words) < _MIN_UNMARKED_SYLLABLES:  # too few words to hold the syllables (most of a table page's lines)
            continue
        kinds = [_word_kind(word) for word in words if not word.istitle() or len(word) == 1]
        bare = kinds.count(_SYLLABLE)
        count += (bare >= _MIN_UNMARKED_SYLLABLES and _MARKED not in kinds
                  and bare >= _MIN_UNMARKED_SHARE * (bare + kinds.count(_WORD_ONLY)))
    return count


# A line whose characters are in good part letters no Vietnamese text has (Arabic, Cyrillic, "Å"), private-use code points
# or control characters is in a font whose ToUnicode map is missing or wrong: a glyph's index read as its code
# ("ې{DferDrlÅr"), or a symbol font's private codes. A few such lines (the issuer, the number and the date set in
# another font) spoil the page's header whatever the share of good words on the rest of the page.
MIN_GARBAGE_LINES = 2
_MIN_FOREIGN, _MIN_FOREIGN_SHARE = 3, 0.2  # in a line: "Nº 5" or a bullet from a symbol font is no garbage
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")
_LOOKALIKES = "ƣƢÐð"  # wrong glyph mappings the clean stage puts right (pipeline.text)


def _vietnamese_letter(letter: str) -> bool:
    base, *marks = unicodedata.normalize("NFD", letter)
    return (base.isascii() or base in "đĐ") and all(mark in _VIETNAMESE_MARKS for mark in marks)


@cache
def is_foreign(character: str) -> bool:
    """A control character, a private-use or unassigned code point, the replacement character, a letter of another
    alphabet (a Latin letter no Vietnamese word has, Arabic, Cyrillic…) or a combining mark no Vietnamese letter takes."""
    if character in "\t\n\r":
        return False
    if (kind := unicodedata.category(character)) in ("Cc", "Co", "Cn") or character == "\ufffd":  # Cn: no character has the code
        return True
    if kind.startswith("M"):  # a mark of another script ("\u0651", "\u09c7"): a glyph id read as a character
        return character not in _VIETNAMESE_MARKS
    return character.isalpha() and not character.isascii() and not _vietnamese_letter(character) and character not in _LOOKALIKES


# Where a page's characters come from: Latin letters, Vietnamese ones, punctuation. The characters of these blocks
# that are not foreign are passed over by one scan for the others (a set of the page's characters cost five times as
# much: a character outside Latin-1 is made a string of its own for it).
_USUAL_BLOCKS = ((0x0020, 0x0250), (0x1E00, 0x1F00), (0x2000, 0x2070))


@cache
def _maybe_foreign() -> re.Pattern[str]:
    """A character that may be foreign: any but the tab, the line breaks and the usual blocks' characters that are not."""
    usual = "".join(chr(code) for start, end in _USUAL_BLOCKS for code in range(start, end) if not is_foreign(chr(code)))
    return re.compile(f"[^\t\n\r{re.escape(usual)}]")


@lru_cache(maxsize=4)  # a page's text is asked twice: its garbage lines, then whether it holds glyph ids (glyphmap)
def foreign_characters(text: str) -> frozenset[str]:
    """The page's foreign characters (see is_foreign): its distinct characters outside the usual blocks looked at, on
    almost every page none."""
    return frozenset(filter(is_foreign, set(_maybe_foreign().findall(text))))


def garbage_lines(text: str) -> int:
    """How many lines of the page's text are in a broken font encoding (see is_foreign). The page's distinct characters
    (a hundred or so) are looked at first: on almost every page none is foreign."""
    if not (foreign := foreign_characters(text)):
        return 0
    return sum(1 for line in text.splitlines()
               if (found := sum(c in foreign for c in line)) >= _MIN_FOREIGN
               and found >= _MIN_FOREIGN_SHARE * len("".join(line.split())))


@cache
def _writing_scripts() -> tuple[str, ...]:
    return tuple(row["script"] for row in csv_rows("writing_scripts.csv"))


@cache
def _script(letter: str) -> str | None:
    """The writing system of a letter of another alphabet (data/writing_scripts.csv), None for any other."""
    first = unicodedata.name(letter, "").split(" ")[0]
    return first if first in _writing_scripts() else None


def _broken_map_characters(line: str, foreign: frozenset[str]) -> int:
    """How many of a line's foreign characters a broken font map gave: all but those of words written in one
    other writing system each ("Иванов", "Δλ", "σ"): a shifted or missing map mixes blocks in its runs
    ("ĦƣņăŖۉďăŅńőďă"), private-use and control codes; a whole word of Greek or Cyrillic is a word."""
    found = 0
    for word in line.split():
        if not (count := sum(c in foreign for c in word)):
            continue
        scripts = {_script(c) if c.isalpha() else "" for c in word if c in foreign or (c.isalpha() and not c.isascii())}
        scripts.discard("")
        letters = [c for c in word if c.isalpha()]
        if len(scripts) == 1 and None not in scripts and not any(c.isascii() for c in letters) and all(
                c not in foreign or c.isalpha() for c in word):
            continue
        found += count
    return found


def broken_map_lines(text: str) -> int:
    """``garbage_lines``, the words of another real writing system left out (``_broken_map_characters``): for a page
    of few words, where a line of Greek formulas or Russian names is as long as a line of garbage."""
    if not (foreign := foreign_characters(text)):
        return 0
    return sum(1 for line in text.splitlines()
               if (found := _broken_map_characters(line, foreign)) >= _MIN_FOREIGN
               and found >= _MIN_FOREIGN_SHARE * len("".join(line.split())))


def covered_by_image(page, share: float = 0.5) -> bool:
    """Whether an image covers at least ``share`` of a pypdfium2 page (a scanned page)."""
    return _covering_image(page, share) is not None


def _covering_image(page, share: float = 0.5) -> tuple[float, float, float, float] | None:
    """The bounds (left, bottom, right, top, in PDF points) of an image covering at least ``share`` of the page, or of
    images that tile such an area (a scan printed again to PDF in bands or tiles, as "Microsoft Print to PDF" and some
    scanners' drivers store it): the images fill their bounds together (photos above and below typed lines do not)."""
    import pypdfium2.raw as raw

    from . import rules

    area = page.get_width() * page.get_height()
    images = [rules.page_bounds(obj, containers) for obj, containers in rules.page_objects(page, raw.FPDF_PAGEOBJ_IMAGE, depth=2)]
    sizes = [(right - left) * (top - bottom) for left, bottom, right, top in images]
    if (biggest := max(range(len(images)), key=sizes.__getitem__, default=None)) is None:
        return None
    if sizes[biggest] >= share * area:
        return images[biggest]
    left, bottom, right, top = (min(b[0] for b in images), min(b[1] for b in images), max(b[2] for b in images),
                                max(b[3] for b in images))
    bounds = (right - left) * (top - bottom)
    if len(images) > 1 and bounds >= share * area and sum(sizes) >= _TILED_SHARE * bounds:
        return left, bottom, right, top
    return None


_TILED_SHARE = 0.95  # of their bounds the images must fill to be one scan's bands or tiles


# Text converted to curves (a printer's or a designer's "text as outlines", a signed page flattened so): each glyph a
# filled path of a letter's size, no character in the layer. A table's rules are thin or stroked; a map's or a
# chart's shapes are few or larger; a QR code's modules or a legend's swatches are squares (a letter's outline has
# more than a rectangle's five segments: only "l", "I", "-", "." have as few). Letters also stand in rows: shapes
# side by side on one line, a letter's width apart at most, of widths that differ; a drawing's shapes (an emblem,
# a map, a chart's markers, an ornament of one shape repeated) do not. A page of only a signature's four lines
# (about fifty letters) is so told from a drawing, which a count alone could not.
MIN_OUTLINED_GLYPHS = 30  # two short lines of letters
MIN_OUTLINED_ROWS = 2
_MIN_ROW_LETTERS = 4  # a run of shapes in a row shorter than this is no word's letters ("Số", a mark)
_RECTANGLE_SEGMENTS = 5  # move, three lines and the close: a square drawn as a path
_GLYPH_SIZE = (1.5, 40.0)  # points: a filled shape both of whose sides lie between these is a letter's size


def _glyph_shapes(page) -> list[tuple[float, float, float, float]]:
    """The bounds of the filled paths of a letter's size and more than a rectangle's segments the page draws."""
    import pypdfium2.raw as raw

    from . import rules

    smallest, largest = _GLYPH_SIZE
    shapes = []
    for obj, containers in rules.page_objects(page, raw.FPDF_PAGEOBJ_PATH, depth=2):
        left, bottom, right, top = rules.page_bounds(obj, containers)
        if smallest <= right - left <= largest and smallest <= top - bottom <= largest \
                and rules.draw_mode_of(obj)[0] and rules.count_segments(obj) > _RECTANGLE_SEGMENTS:
            shapes.append((left, bottom, right, top))
    return shapes


def _lettered_rows(shapes: list[tuple[float, float, float, float]]) -> list[int]:
    """How many shapes each row of letters holds: shapes whose middles stand within half the shapes' median height of
    the row's mean middle, in runs of neighbours side by side (no more than a letter's height apart, neither over the
    other), of sizes that differ (one shape repeated is an ornament or a chart's markers)."""
    if not shapes:
        return []
    height = sorted(top - bottom for _, bottom, _, top in shapes)[len(shapes) // 2]
    rows: list[list[tuple[float, float, float, float]]] = []
    for shape in sorted(shapes, key=_middle):
        if rows and _middle(shape) - sum(map(_middle, rows[-1])) / len(rows[-1]) <= height / 2:
            rows[-1].append(shape)
        else:
            rows.append([shape])
    lettered = []
    for row in rows:
        row.sort()
        runs, run = [], [row[0]]
        for before, shape in zip(row, row[1:]):
            if not -0.2 * height <= shape[0] - before[2] <= height:
                runs.append(run)
                run = []
            run.append(shape)
        runs.append(run)
        if letters := sum(len(run) for run in runs if len(run) >= _MIN_ROW_LETTERS and _shapes_differ(run)):
            lettered.append(letters)
    return lettered


def _middle(box: tuple[float, float, float, float]) -> float:
    return (box[1] + box[3]) / 2


def _shapes_differ(run: list[tuple[float, float, float, float]]) -> bool:
    """Whether a run's shapes are of more than one size (letters), not one shape repeated (an ornament, markers)."""
    return any(max(sizes) > 1.05 * min(sizes) for sizes in ([r - l for l, _, r, _ in run], [t - b for _, b, _, t in run]))


def outlined_glyphs(page) -> int:
    """How many filled shapes of a letter's size the page draws in rows of letters (none unless two rows or more),
    rows across the page or up it (a landscape page's content turned onto a portrait page, as a printer's driver
    writes it)."""
    shapes = _glyph_shapes(page)
    turned = [(bottom, left, top, right) for left, bottom, right, top in shapes]
    return max(_in_rows(shapes), _in_rows(turned))


def _in_rows(shapes: list[tuple[float, float, float, float]]) -> int:
    rows = _lettered_rows(shapes)
    return sum(rows) if len(rows) >= MIN_OUTLINED_ROWS else 0


def _a_scans_bounds(page, image: tuple[float, float, float, float], edge: float = 0.03) -> bool:
    """Whether an image's bounds are a scanned page's: across the page's width, from its top or to its foot (a header
    may be typed over the rest). A figure set between typed lines (a map, a chart) is not: its page keeps its layer."""
    left, bottom, right, top = image
    width, height = page.get_width(), page.get_height()
    across = left <= edge * width and right >= (1 - edge) * width
    return across and (bottom <= edge * height or top >= (1 - edge) * height)


def _words_over(page, text: str, image: tuple[float, float, float, float]) -> int:
    """The words of the page's lines that stand over ``image`` (a line's middle character inside its bounds), a
    digital signature's details aside ("Ký bởi: …", "Cơ quan: …", "Thời gian ký: …"): what of the page's text layer
    reads the scan. ``text``: pdfium's text of the page, one character for each of its indexes."""
    from .forms import signature_detail

    left, bottom, right, top = image
    textpage = page.get_textpage()
    try:
        words = 0
        for line in re.finditer(r"[^\r\n]+", text):
            if signature_detail(line.group()) or not (found := len(_WORD.findall(line.group()))):
                continue
            # a character the layer draws (a space pdfium put between two text objects has no box)
            boxes = (textpage.get_charbox(at) for at in ((line.start() + line.end()) // 2, line.start(), line.end() - 1))
            x0, y0, x1, y1 = next((box for box in boxes if box[2] > box[0]), (0.0, 0.0, 0.0, 0.0))
            if x1 > x0 and left <= (x0 + x1) / 2 <= right and bottom <= (y0 + y1) / 2 <= top:
                words += found
        return words
    finally:
        textpage.close()


def page_problem(page, text: str, min_chars: int) -> str | None:
    """Why a page's text layer cannot stand for the page, or None when it can: too little text over a
    scanned image (a scan whose only text is an e-copy stamp line, a signature's stamps drawn over it, or a header
    typed above a scanned body), or a garbage layer. A page with little text and no image is blank or drawn: nothing
    to OCR."""
    stripped = len(text.strip())
    found = score(text)
    if found.words >= MIN_WORDS and (image := _covering_image(page)) is not None and _a_scans_bounds(page, image) \
            and (over := _words_over(page, text, image)) < MIN_WORDS:
        return f"scanned page: its text layer holds {over} words over the page's image, and {found.words} in all " \
               "(a signature's stamp, lines typed beside the scan)"
    if stripped < min_chars or found.words < MIN_WORDS:
        if covered_by_image(page):
            return f"scanned page: its text layer holds {stripped} characters"
        # a map that misreads the spaces too runs each line into one "word" of letters of no Vietnamese text: few words,
        # but lines of garbage (a page of a dozen lines read "ĦƣņăŖۉďăŅńőďă…")
        # (not words of another real script: a page of Greek formulas or of Russian names is a good layer)
        if stripped >= min_chars and (lines := broken_map_lines(text)) >= MIN_GARBAGE_LINES:
            return f"text layer with {lines} lines in a broken font encoding (letters of no Vietnamese text)"
        if (glyphs := outlined_glyphs(page)) >= MIN_OUTLINED_GLYPHS:
            return f"text drawn as outlines: {glyphs} filled shapes of a letter's size in rows and {found.words} words of text"
        return None
    return garbage_reason(text, found)


# Words glued together: a site that dropped a line break without a space ("TRIỂNKHAI"), OCR that missed a narrow
# space ("Phátthanh"): the spelling rules tell where the syllables are.

_WORD_SIDES_GLUED = ".,;:!?()[]\"'“”‘’|"  # punctuation on a printed word's sides; "|": a table's rule read by OCR


def seen_words(texts) -> frozenset[str]:
    """The words the texts print apart, in small letters, the punctuation on their sides left out: what a page or a
    document shows of which syllables stand as words, the evidence ``glued_split`` takes (the clean stage gives the
    copied text's, the OCR reader a page's)."""
    return frozenset(word.strip(_WORD_SIDES_GLUED).lower() for text in texts for word in text.split())


def glued_split(word: str, words: frozenset[str] = frozenset()) -> str | None:
    """"TRIỂNKHAI" -> "TRIỂN KHAI", "ỦYBANNHÂNDÂN" -> "ỦY BAN NHÂN DÂN"; None for a syllable, a loanword or an
    abbreviation (no marked letter: "COVID", "UBND"), a foreign word of syllable shapes (``_told_vietnamese``:
    "Málaga" is no "Má la ga"), or a token that splits more ways than one ("anhem": "anh em" or "an hem") unless one
    way only gives syllables the page prints as words (``words``, in lower case: "thực hiện", not "thự chiện")."""
    if word.isascii() or is_syllable(word) or _loanword(word):
        return None
    # the fewest syllables first: "KẾHOẠCH" is "KẾ HOẠCH", not "KẾ HO ẠCH"
    ways = next((found for parts in range(2, _MAX_GLUED_SYLLABLES + 1) if (found := _syllable_cuts(word, _cased_syllable, parts))), [])
    if len(ways) > 1:
        ways = [way for way in _syllable_cuts(word, _cased_syllable, len(ways[0]), limit=len(word))
                if all(part.lower() in words for part in way)]
    if len(ways) != 1 or any(a.isupper() != b.isupper() and not b[0].islower() for a, b in zip(ways[0], ways[0][1:])):
        return None
    return " ".join(ways[0]) if _told_vietnamese(word, ways[0], words) else None


def _cased_syllable(part: str) -> bool:
    """A syllable (or a loanword written whole: "khínitơ" is "khí nitơ") in small letters, in capitals or with a
    capital first: "ThônHòaBình" is no "Thô nHòa Bình"."""
    return (part.islower() or part.isupper() or part.istitle()) and (is_syllable(part) or _loanword(part))


def _loanword(word: str) -> bool:
    """"nitơ", "Môtơ", "KILÔMÉT": a loanword written as one word (``loanwords_written_whole``), no syllables glued."""
    return word.lower() in spelling().loanwords


def _told_vietnamese(word: str, parts: list[str], words: frozenset[str]) -> bool:
    """Whether a token that cuts into syllables is Vietnamese words glued, not a foreign word whose letters happen to
    spell syllables ("Málaga", "Hélène", "Bogotá", "Côte": "Má la ga", "Hé lè ne"): it holds a letter only Vietnamese
    writes ("kếhoạch", "CHÍNHPHỦ"), every part carries a mark ("Tàichính", "ngânsách": a foreign word's letters rarely
    mark each syllable, "Málaga" and "Côte" leave one bare), or the page prints every part as a word of its own
    (``words``: "Phátthanh" where "phát" and "thanh" stand apart)."""
    return (bool(spelling().letter_only_vietnamese.search(word)) or all(map(_marked, parts))
            or cut_at_capitals(parts) or all(part.lower() in words for part in parts))


def cut_at_capitals(parts: list[str]) -> bool:
    """Whether each part after the first opens on a capital after the small letter the part before ends on
    ("XãTânMinh", "PhườngBaĐình"): capitalised words of a name whose spaces a scan or a copy lost. A foreign word
    of syllable shapes is one capital and small letters ("Málaga"); a brand in CamelCase is written in ASCII
    ("TikTok", "PowerPoint"), which is never split."""
    return all(a[-1].islower() and b[:1].isupper() for a, b in zip(parts, parts[1:]))


def _marked(syllable: str) -> bool:
    """Whether a syllable carries a tone mark or a letter's mark ("tài", "ngân", "đi"); "la", "te" do not."""
    return "đ" in syllable.lower() or any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", syllable))


_MAX_GLUED_SYLLABLES = 4  # "ỦYBANNHÂNDÂN": a whole name run together


def _syllable_cuts(word: str, is_syllable, parts: int, limit: int = 2) -> list[list[str]]:
    """Up to ``limit`` ways to cut the word into ``parts`` syllables of two letters or more (two: it is ambiguous)."""
    if parts == 1:
        return [[word]] if len(word) >= 2 and is_syllable(word) else []
    ways: list[list[str]] = []
    for i in range(2, len(word) - 2 * parts + 3):
        if len(ways) >= limit:
            break
        if is_syllable(word[:i]):
            ways += [[word[:i], *rest] for rest in _syllable_cuts(word[i:], is_syllable, parts - 1, limit)]
    return ways[:limit]
