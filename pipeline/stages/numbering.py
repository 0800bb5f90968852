"""Numbering labels at the start of a paragraph, on both ladders Vietnamese documents use:

- administrative plans: ("A." / "A)" / "A/" →) "I." (also "I/", "I-") → "1." (also "1/", "1-", "2.1.", "1.3.1", and "1,1" with a decimal
  comma) → "a)" (also "a/", "a.") → "*" → "-" → "+"
- legal documents: "Chương I" → "Mục 1" → "Tiểu mục 1" (a code's finer section) → "Điều 3." → "1." (khoản) → "a)" (điểm) → "-"

Both may be grouped in parts above them: "Phần I", "PHẦN THỨ HAI", "Phần A" (a plan's results, then its tasks; a
code's general and special parts).

``classify`` tells what a paragraph's label is; ``RANK`` orders the kinds from outermost to innermost
(an "Điều" holds "1." clauses, so an arabic item under an article is a clause).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import json_data
from ..roman import roman_value
from ..text import fold, is_upper_line

_ROMAN = re.compile(r"^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
# Points are lettered in the Vietnamese alphabet order: a, b, c, d, đ, e, g, h, i, k …
VIETNAMESE_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()
_PART_LETTERS = "ABCDE"  # parts lettered "Phần A" … "Phần E" (I, V and X are read as Roman numerals)

_LOOK_ALIKES: dict[str, str] = {k: v for k, v in json_data("sections.json")["roman_look_alikes"].items() if not k.startswith("_")}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # the English names are those of the official translations on the national legal database
    ("part", re.compile(r"^(?P<label>(?:Phần|PHẦN|Part|PART)\s+(?P<number>(?:thứ|Thứ|THỨ)\s+[^\W\d_]+|\d{1,2}|[IVXL]+|[A-E](?![^\W\d_])))"
                        r"(?:\s*[.:\-–]\s*|\s+|$)(?P<rest>.*)$")),
    # a chapter or a section an amendment inserted ("Chương IIa", "Mục 1a", as "Điều 3a." below; no "l" or "i": "Chương
    # Il" is OCR's "II")
    ("chapter", re.compile(r"^(?P<label>(?:Chương|CHƯƠNG|Chapter|CHAPTER)\s+(?P<number>(?:[IVXLC]+|\d+)[a-hđ]?))(?:\s*[.:\-–]\s*|\s+|$)(?P<rest>.*)$")),
    ("muc", re.compile(r"^(?P<label>(?:Mục|MỤC|Section|SECTION)\s+(?P<number>(?:\d+|[IVXLC]+)[a-hđ]?))(?:\s*[.:\-–]\s*|\s+|$)(?P<rest>.*)$")),
    # a section's subsections in a code ("Mục 1" / "Tiểu mục 1" / "Điều 3."; the English translations' "Sub-section")
    ("tieu_muc", re.compile(r"^(?P<label>(?:Tiểu mục|TIỂU MỤC|Sub-section|SUB-SECTION)\s+(?P<number>\d+|[IVXLC]+))(?:\s*[.:\-–]\s*|\s+|$)(?P<rest>.*)$")),
    # an article, a clause or a point an amendment inserted carries a letter or a figure after the number it follows
    # ("Điều 3a.", "1a." after clause 1, "a1)" after point a; consolidated texts print them): no value in a sequence
    ("article", re.compile(r"^(?P<label>(?:Điều|ĐIỀU|Article|ARTICLE)\s+(?P<number>\d+[a-zđ]?)\s*[.:])\s*(?P<rest>.*)$")),
    # a plan's or a report's groups above its Roman parts, a capital letter and a heading in capitals: "A. KẾT QUẢ ĐẠT
    # ĐƯỢC", "B. NHIỆM VỤ NĂM 2026", also with a bracket or a slash "A) KẾT QUẢ …", "B/ NHIỆM VỤ …" (before "roman":
    # "C. …", "C) …" are the third group, not a hundredth part)
    ("upper_letter", re.compile(r"^(?P<label>(?P<number>[ABCDĐEGH])(?:[.)]|/(?=\s)))\s+(?P<rest>\S.*)$")),
    # the same with a dash for its full stop, spaced on one side at least: "A – MỤC TIÊU", "C- TỔ CHỨC THỰC HIỆN" (before
    # "roman_dash": C is a group's letter, not Roman 100); "E-GOV …" unspaced is a word
    ("upper_letter_dash", re.compile(r"^(?P<label>(?P<number>[ABCDĐEGH])(?:\s+[-–—]|[-–—](?=\s)))\s*(?P<rest>\S.{3,})$")),
    # also "I/" with a slash (a district's or a commune's plan: "I/ MỤC ĐÍCH, YÊU CẦU"), and the label glued to a heading
    # in capitals ("I.MỤC ĐÍCH", "II/ĐẶT VẤN ĐỀ", a web copy that lost the space: see ``label_of``)
    ("roman", re.compile(r"^(?P<label>(?P<number>[IVXLC]+)\s*(?:[.)]|/(?=\s|[^\W\d_])))(?:\s*(?P<rest>.*)|$)")),
    # a part's number with a dash for its full stop: "I – MỤC ĐÍCH, YÊU CẦU", "II- NHIỆM VỤ" (the rest in capitals)
    ("roman_dash", re.compile(r"^(?P<label>(?P<number>[IVXLC]+)\s*[-–—])\s*(?P<rest>\S.{3,})$")),
    # a part heading whose full stop OCR lost: "II NỘI DUNG THỰC HIỆN" (the rest all in capitals)
    ("roman_bare", re.compile(r"^(?P<label>(?P<number>[IVXLC]+))\s+(?P<rest>\S.{3,})$")),
    # a part's number OCR printed with a look-alike ("l. MỤC TIÊU", "Il. NHIỆM VỤ", "1II. KINH PHÍ"; sections.json
    # roman_look_alikes) before a heading in capitals: sections keeps it only in its sequence
    ("roman_look_alike", re.compile(r"^(?P<label>(?P<number>[IVXLC%s]{1,6})\s*[.\-–/])\s*(?P<rest>\S.{3,})$" % re.escape("".join(_LOOK_ALIKES)))),
    # "1.", "1)", "2.1.", "1.3.1", "1,1" (a decimal comma, as in sample 001's annexes); a later part has one or two
    # figures: "1.000 ngày đầu đời", a hard-wrapped sentence's line starting with a figure in thousands, is no label;
    # "1/" and "a/" (a slash for the full stop or the bracket, in many districts' and communes' plans) only before
    # text, not a fraction or a date ("1/2 số hộ", "1/ 3")
    # "1-" (the Party's style: "1- Mục tiêu") only before a capital, not a range ("2- 3 ngày"); the label glued to its
    # heading ("1.Mục đích", "2.3.Nội dung"), only before a capital (see ``label_of``)
    ("arabic", re.compile(r"^(?P<label>(?P<number>\d{1,3}(?:[.,]\d{1,2})+)\.?|(?P<single>\d{1,3}(?:[a-zđ](?=[.)]\s))?)\s*(?:[.)]|/(?=\s+\D)|[-–](?=\s+[^\W\d_])))(?:\s*(?P<rest>.*)|$)")),
    # also "a." with a full stop before a word ("a. Đối tượng"): a point only in its sequence (see sections'
    # ``_unsure_labels_in_sequence``)
    ("letter", re.compile(r"^(?P<label>(?P<number>[a-zđ](?:\d(?=\)))?)\s*(?:\)|/(?=\s+[^\W\d_])|\.(?=\s+[^\W\d_])))\s*(?P<rest>.*)$")),
    # "*" before a sub-heading over dashes or a run-in heading ("* Mục tiêu cụ thể:" / "- …", "* Trồng rừng: Trồng mới
    # …"), also glued to it ("*Phát huy …"); before a letter or a figure only: "*" alone or "***" is a separator
    # "*3 Cụm từ …": a star glued to a figure is a note's mark (a scanned consolidated text's footnote), no star
    ("star", re.compile(r"^(?P<label>\*)(?!\d)\s*(?P<rest>[^\W_].*)$")),
    ("dash", re.compile(r"^(?P<label>[-–—•])\s*(?P<rest>\S.*)$")),
    ("plus", re.compile(r"^(?P<label>\+)\s*(?P<rest>\S.*)$")),
]

RANK = {"part": -1, "upper_letter": -0.5, "chapter": 0, "muc": 1, "tieu_muc": 1.5, "article": 2, "roman": 3, "arabic": 4, "letter": 6, "star": 6.5, "dash": 7,
        "plus": 8}
HEADED_KINDS = frozenset({"part", "upper_letter", "chapter", "muc", "tieu_muc", "article", "roman"})
_UPPER_LETTERS = "ABCDĐEGH"  # the Vietnamese alphabet's order: no F


@dataclass(frozen=True)
class Label:
    kind: str
    label: str  # as printed: "II.", "1,1", "b)", "-"
    number: str | None  # normalised: "II", "1.1", "b"; None for bullets
    rest: str  # the paragraph after the label

    @property
    def depth(self) -> int:
        """"1." is 1, "2.1" is 2, "1.3.1" is 3 (and a step's: "Bước 1.2" is 2); other kinds 1."""
        return self.number.count(".") + 1 if self.kind in ("arabic", "step") and self.number else 1

    @property
    def rank(self) -> tuple[int, int]:
        return (RANK[self.kind], self.depth)

    @property
    def value(self) -> int | None:
        """The position in its sequence: "IV" -> 4, "2.3" -> 3, "đ" -> 5."""
        if self.number is None:
            return None
        if self.kind == "part" and len(self.number) == 1 and self.number in _PART_LETTERS:
            return _PART_LETTERS.index(self.number) + 1  # "Phần C": the third part, not a hundredth
        if self.kind in ("roman", "chapter", "muc", "tieu_muc", "part", "step") and _ROMAN.match(self.number):
            return roman_value(self.number)
        if self.kind == "upper_letter":
            return _UPPER_LETTERS.index(self.number) + 1
        if self.kind == "letter":
            return VIETNAMESE_LETTERS.index(self.number) + 1 if self.number in VIETNAMESE_LETTERS else None
        last = self.number.split(".")[-1]
        return int(last) if last.isdecimal() else None


@cache
def _part_ordinals() -> dict[str, str]:
    """"nhat" -> "1", "hai" -> "2" …: the ordinal words of "Phần thứ nhất" (sections.json part_ordinals), folded."""
    return {fold(word): str(value) for word, value in json_data("sections.json")["part_ordinals"].items() if not word.startswith("_")}


def ordinal_number(words: str) -> str | None:
    """"thứ hai" -> "2" (sections.json part_ordinals); None for a word that is no ordinal."""
    return _part_ordinals().get(fold(words.split(None, 1)[-1]))


@cache
def _amendment_note() -> re.Pattern[str]:
    """sections.json amendment_notes: a consolidated text's footnote, on the folded line."""
    return re.compile(json_data("sections.json")["amendment_notes"])


# The characters each kind's label can start with (digits, what \d matches, are told by str.isdecimal): a paragraph is
# tried only against the patterns its first character can start, in their order, and most paragraphs start with none.
_FIRST_CHARACTERS = {"part": "P", "upper_letter": _UPPER_LETTERS, "upper_letter_dash": _UPPER_LETTERS, "chapter": "C", "muc": "MS", "tieu_muc": "TS", "article": "ĐA", "roman": "IVXLC", "roman_dash": "IVXLC", "roman_bare": "IVXLC", "roman_look_alike": "IVXLC" + "".join(_LOOK_ALIKES), "arabic": "0123456789",
                     "letter": "abcdefghijklmnopqrstuvwxyzđ", "star": "*", "dash": "-–—•", "plus": "+"}
_BY_FIRST: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
for _kind, _pattern in _PATTERNS:
    for _first in _FIRST_CHARACTERS[_kind]:
        _BY_FIRST.setdefault(_first, []).append((_kind, _pattern))
_ARABIC = [(kind, pattern) for kind, pattern in _PATTERNS if kind == "arabic"]


def classify(text: str) -> Label | None:
    if not text:
        return None
    patterns = _BY_FIRST.get(text[0]) or (_ARABIC if text[0].isdecimal() else None)
    if patterns is None:
        return None
    for kind, pattern in patterns:
        match = pattern.match(text)
        label = label_of(kind, match) if match else None
        if label is not None:
            return label
    return None



def classify_without_look_alikes(text: str) -> Label | None:
    """``classify``'s reading of ``text`` with no Roman look-alike read (sections.json roman_look_alikes): what the line
    was read as before them ("1l." an item, "l." a point, "|." text)."""
    patterns = _BY_FIRST.get(text[0]) or (_ARABIC if text[0].isdecimal() else None) if text else None
    for kind, pattern in patterns or ():
        match = pattern.match(text) if kind != "roman_look_alike" else None
        label = label_of(kind, match) if match else None
        if label is not None:
            return label
    return None


def look_alike_figure(label: Label) -> int | None:
    """The figure a Roman look-alike's number reads as in Arabic figures ("l." 1, "1l." 11, "|." 1), where each of its
    characters stands for a one ("Il." 11; "lV." none)."""
    number = label.label.rstrip(".-–—/) ")
    ones = "".join(_ARABIC_ONES.get(c, "") for c in number)
    return int(ones) if number and len(ones) == len(number) else None


# The characters a look-alike's number holds that read as the figure one
_ARABIC_ONES = {c: "1" for c in ["1", "I", *(k for k, v in _LOOK_ALIKES.items() if v == "I")]}


def is_look_alike(label: Label) -> bool:
    """A Roman part's label printed with a look-alike ("l.", "Il.", "|.": its number as printed is not the one read)."""
    return label.kind == "roman" and bool(label.number) and not label.label.startswith(label.number)


def _figure_led(match: re.Match[str]) -> bool:
    """An arabic match whose number has parts, no closing full stop, and a word in small letters after it."""
    return bool(match.group("number")) and match.group("label")[-1].isdigit() and (match.group("rest") or "")[:1].islower()


def sub_item_in_small_letters(text: str) -> Label | None:
    """The sub-item label ``classify`` refuses for a word in small letters after it ("2.1 triển khai …": it may as well
    be a figure and its unit, "12.5 ha …"): a full stop between the figures, no closing one. The caller keeps it only
    where the numbering around it says it is an item's."""
    match = _ARABIC[0][1].match(text) if text[:1].isdecimal() else None
    if match is None or not _figure_led(match) or "," in match.group("label"):
        return None
    return Label(kind="arabic", label=match.group("label").strip(), number=match.group("number"), rest=match.group("rest").strip())


def _glued(match: re.Match[str]) -> bool:
    """A label with its text right after it, no space between ("I.MỤC ĐÍCH", "1.Mục đích")."""
    return bool(match.group("rest")) and match.start("rest") == match.end("label")


def _glued_heading(kind: str, rest: str) -> bool:
    """What a label glued to its text is followed by when it is one: a word in capitals after a Roman part's, a capital
    after an item's."""
    return rest[:1].isupper() and (kind != "roman" or is_upper_line(rest))


def label_of(kind: str, match: re.Match[str]) -> Label | None:
    """The label ``kind``'s pattern matched, after the checks a match must pass (None when it fails one)."""
    groups = match.groupdict()
    number = groups.get("number") or groups.get("single")
    if kind in ("roman", "roman_dash", "roman_bare") and not _ROMAN.match(number):
        return None
    if kind == "roman_look_alike":
        read = "".join(_LOOK_ALIKES.get(c, c) for c in number)
        if read == number or number.isdecimal() or not _ROMAN.match(read) or not is_upper_line(match.group("rest")):
            return None
        return Label(kind="roman", label=match.group("label").strip(), number=read, rest=match.group("rest").strip())
    if kind in ("roman", "arabic") and _glued(match) and not _glued_heading(kind, match.group("rest")):
        return None  # "1.000 ngày", "12.5ha", "C.Mác": a figure or an initial, no label glued to its heading
    if kind in ("part", "muc", "tieu_muc") and match.group("rest")[:1].islower():
        return None  # "Phần II của Kế hoạch này …", "Tiểu mục 2 quy định …": a sentence, no heading
    if kind == "part":
        if number[:1] in "tT":  # "thứ hai": the ordinal's figure (sections.json part_ordinals)
            number = ordinal_number(number)
            if number is None:
                return None
    if kind in ("upper_letter", "upper_letter_dash"):
        if not is_upper_line(match.group("rest")):
            return None  # "A. Nguyễn Văn …": a heading of this kind is in capitals
        kind = "upper_letter"
    if kind in ("roman_dash", "roman_bare"):
        rest = match.group("rest")
        # a part of a Party resolution may be a sentence after a spaced dash ("I- Tán thành …"; sections keeps it only
        # in its sequence), not a word the dash is glued to ("X-QUANG", "V-LEAGUE", in capitals only)
        sentence = kind == "roman_dash" and match.start("rest") > match.end("label") and rest[:1].isupper()
        if not sentence and (rest != rest.upper() or not any(c.isalpha() for c in rest)):
            return None
        kind = "roman"
    if kind == "star" and _amendment_note().match(fold(match.group("rest"))):
        return None  # "* Cụm từ “cư trú” được thay thế … theo quy định tại …": a consolidated text's note, its mark OCR'd as "*"
    if kind == "arabic" and _figure_led(match):
        return None  # "1,5 tỷ đồng …", "12.5 ha …": a figure and its unit, a wrapped sentence's line; an item's text is capitalised
    if kind == "arabic" and number:
        number = number.replace(",", ".")
    return Label(kind=kind, label=match.group("label").strip(), number=number, rest=(match.group("rest") or "").strip())
