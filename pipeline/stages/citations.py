"""Documents cited in the text: "Quyết định số 3897/QĐ-UBND ngày 10 tháng 9 năm 2018 của Ủy ban nhân dân
thành phố", "Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị", "Kế hoạch 58/KH- UBND ngày 26/2/2025".

A citation needs a document type word and a number with a symbol; a bare "số 159" is not a citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import takewhile

from .dates import parse_date
from ..resources import (body_start, csv_rows, doc_type_by_abbreviation, doc_type_by_folded_name, issuer_codes, json_data,
                         name_words, names_a_place, party_doc_type_by_abbreviation, positions_by_folded_name)
from ..text import CAPITAL_LETTERS, SMALL_LETTERS, first_character_lookahead, fold, is_upper_line_without, literal_alternation, longest_first, strip_marks

_TYPE_WORDS = (
    "Quyết định|Kế hoạch|Nghị định|Nghị quyết|Thông tư liên tịch|Thông tư|Chỉ thị|Công văn|Văn bản|Báo cáo|Tờ trình|"
    "Pháp lệnh|Bộ luật|Luật|Chương trình phối hợp|Chương trình|Kết luận|Hướng dẫn|Thông báo|Quy định|Đề án|Phương án|Công điện|"
    "Quy chế"
)
# A type and the label "số" as OCR misreads them in a scan's sentence ("Nghị đinh s6 12/2024/NĐ-CP",
# ocr_confusions.json): the type is the one the reading folds to; a label read with a figure ("s6") is one only apart
# from the number ("s613/…" may be "số 613/…").
_OCR_TYPE_WORDS = json_data("ocr_confusions.json")["cited_type_words"]["readings"]
_OCR_LABELS = [reading.lower() for reading in json_data("ocr_confusions.json")["number_label"]["readings"]]
# A citation found only through such a reading is a scan's, whose symbol OCR may have misread too ("86/2016/ET-BỌQP"):
# it is kept only where the symbol's codes read as codes (capitals and Đ) and its first code is a type's.
_SYMBOL_CODES = re.compile(r"[A-ZĐ][A-ZĐa-z&]*(?:[-.][A-ZĐ][A-ZĐa-z&]*)*")  # "QĐ-TTg", "QĐi"


def _symbol_read_whole(number: str) -> bool:
    head, _, codes = number.rpartition("/")
    if not _SYMBOL_CODES.fullmatch(codes):
        return False
    party_type = head.rpartition("-")[2]  # "45-KH/TU": the Party's form puts the type before the slash
    return re.split(r"[-.]", codes)[0] in doc_type_by_abbreviation() or party_type in party_doc_type_by_abbreviation()


# number [/year] (/ or -) SYMBOL [(- or /) PART]…; spaces around separators are printing slips ("58/KH- UBND"), and a
# Party-style symbol's hyphen is sometimes printed as a space ("298 KH/TWĐTN" for "298-KH/TWĐTN": letters, then "/").
# A dash typed for the hyphen ("1209/QĐ–UBND") joins the symbol's parts only where no space stands around it: with
# spaces, a dash is the sentence's ("… số 12/KH-UBND – về việc …").
# The Quốc hội's code is always followed by its term: a term printed apart from it ("83/2015/QH 13") is the symbol's.
# A copy that lost the space after a symbol runs it into the next word ("Thông báo số 72-TB/TWngày 07 tháng 01 năm 2012",
# "Nghị định số 15/2020/NĐ-CPcủa Chính phủ"): the symbol ends before "ngày" and a figure (or "ngày" ending the line, its
# date on the next), or "của" and a word; no code spells either.
_RUN_INTO_SYMBOL = r"ngày(?:\s+\d|$)|của\s"
_ISSUER_STOP = (
    r"về|ban hành|quy định|hướng dẫn|phê duyệt|thực hiện|trên|đối với|tại|giữa|giai đoạn|nhằm|theo|và|"
    r"đã|được|có|sửa đổi|triển khai|chỉ đạo|năm \d{4}|"
    # "về việc" abbreviated before a cited title ("… của UBND tỉnh V/v phê duyệt …")
    r"[Vv]/[Vv]|"
    # a cited title opening on its verb, no "về" before it ("… của Bộ Tài chính hợp nhất Thông tư …", "… của Chủ tịch
    # UBND tỉnh công bố thủ tục …")
    r"hợp nhất|công bố|bãi bỏ|bổ sung|thành lập|kiện toàn|điều chỉnh|"
    # the verb after the issuer, before the body the document goes to ("… của Sở Y tế trình Ủy ban nhân dân tỉnh"; not
    # a name's "công trình", "Chương trình …")
    rf"(?<![Cc]ông )(?<![Cc]hương )(?<!CÔNG )(?<!CHƯƠNG )trình(?=\s+[{CAPITAL_LETTERS}])|"
    # a cited title typed with its first word capitalised ("… của Bộ GDĐT Quy định về …"): only the words no body's
    # name holds capitalised (not "Chỉ đạo", "Thực hiện": "Ban Chỉ đạo …")
    r"Về|Ban hành|Quy định|Hướng dẫn|Phê duyệt|Sửa đổi"
)
# The symbols of before 2004 joined the type's code and the issuer's with a full stop ("01/1999/QĐ.UB", "15/CT.UBT"),
# the issuer's with its office's or another issuer's too ("45/QĐ.UB.NN", "01/2003/TTLT.BTC.BNV"): after the first code
# the symbol goes on past it to short codes in capitals (lazy, the code had ended at the stop). After a type's code the
# stop is the old symbol's; after another code ("123/UBND.VX gửi các sở") it is too, unless the code after it opens a
# body's name, its place kind next: in "Công văn số 123/UBND.UBND tỉnh giao …" the stop ends the sentence and "UBND
# tỉnh" starts the next (a word in small letters after a full stop opens no sentence: "123/SYT.NV đề nghị …" is whole).
_PLACE_KIND = longest_first(json_data("places.json")["unit_words"]["words"])
_OLD_TYPE_CODE = "|".join(rf"(?<=/{re.escape(code)})" for code in doc_type_by_abbreviation() if code)
_DOTTED_CODE = r"\.[A-ZĐ]{1,4}(?!\w)"
# (tried only before a full stop: the symbol's other steps pass over it in one test)
_DOTTED_CODES = (rf"(?:(?=\.)(?:(?:{_OLD_TYPE_CODE})(?:{_DOTTED_CODE})+"
                 rf"|{_DOTTED_CODE}(?!\s+(?:các\s+)?(?:{_PLACE_KIND})\b)))?")
# The Government's resolutions of 2016-2018 joined the year with a hyphen ("19-2018/NQ-CP").
_NUMBER = (r"\d+(?:\.\d+)?[a-zđ]?(?:\s*/\s*\d{4}|-(?:19|20)\d\d(?=/))?(?:\s*[/-]\s*|\s+(?=[A-ZĐ][\wĐđ]*/[A-ZĐ]))[A-ZĐ][\wĐđ&.]*?"
           rf"{_DOTTED_CODES}"
           rf"(?:(?:\s*[-/]\s*|[‒–—])[A-ZĐ](?:(?!{_RUN_INTO_SYMBOL})[\wĐđ&])*)*(?:(?<=QH)\s\d{{1,2}}\b)?")
# A scan's symbol whose next letter OCR read as a bracket or a bar ("34/BC-CAT-PH]10" for "…-PH10"): it goes on past
# what was read, so it is no citation (a symbol cut there would be another document's number). Only a citation found
# through an OCR slip is a scan's: elsewhere "NĐ-CP[1]", "QĐ-UBND{2}" are footnote marks after a whole symbol.
_SYMBOL_GOES_ON_MISREAD = re.compile(r"\S*?[\]\[|{}!]\w")
# A font that lost the letters with two marks prints "số" as "s" ("Nghị định s 01/2017/NĐ-CP", "HĐND tnh"): a lone
# "s" between a type and a number is the label.
_LABEL_LOST_LETTER = r"s\s+(?=\d)"
_DASHES = re.compile("[‒–—]")
_PARTY_SPACE = re.compile(r"^(\d+[a-zđ]?)\s+(?=[A-ZĐ])")
_DATE = r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
# A cited issuer: up to a clause's stop word or a punctuation mark
_ISSUER = rf"(?P<issuer>(?:(?!\b(?:{_ISSUER_STOP})\b)[^,;:.()“”\"\n])+?)(?=\s+(?:{_ISSUER_STOP})\b|[,;:.()“”\"]|$)"
# The type words as CITATION and _LAW_NAME try them, grouped under their first letter (text.literal_alternation: the
# same matches): at each word re tries the words of its letter only, not all 23 (a fifth of CITATION's time).
_TYPE_WORDS_GROUPED = literal_alternation(_TYPE_WORDS.split("|"))
# A law, a code or an ordinance is cited by its name before its number ("Luật Quản lý thuế số 38/2019/QH14"): the
# name (no other type word, no clause's stop in it) is taken only when the number is the Quốc hội's or its Standing
# Committee's ("…/QH14", "…/UBTVQH14", "…/PL-UBTVQH11"), so that a name running on to another document's number
# ("Luật Đất đai năm 2024 và văn bản số 1520/BTNMT-…") cites no law.
# A law's revision noted in brackets after its name ("Luật Đất đai (sửa đổi) số 31/2024/QH15", "… (sửa đổi) năm 2024"):
# the amending words of cited_issuers.json named_laws.amending, with a year at most; no part of the name.
_REVISION_REMARK = (r"(?:\s*\((?:" + literal_alternation(json_data("cited_issuers.json")["named_laws"]["amending"]["openers"])
                    + r")(?:\s+(?:năm\s+)?(?:19|20)\d\d)?\))")
_LAW_NAME = (rf"(?<=[Ll]uật|lệnh)\s+(?:(?!\b(?:{_TYPE_WORDS_GROUPED})\b)[^;:.()“”\"\n]){{1,160}}?{_REVISION_REMARK}?"
             r"\s+(?=số\s*:?\s*\d[\d./]*/(?:[A-ZĐ]+-)?(?:UBTV)?QH\d*\b)")
# Up to three words in small letters between a type and "số" saying which of its kind it is ("Chương trình hành động
# số 34/CTr-UBND", "Kế hoạch liên tịch số …", "Thông báo kết luận số …", "Văn bản hợp nhất số …"): then the number must
# follow "số". Small letters: text.SMALL_LETTERS;
# a word may open with a capital ("Nghị quyết Liên tịch số …", "Thông tư Liên tịch số …") unless it starts a type of its
# own ("quy định tại Pháp lệnh số …" cites the Pháp lệnh), nor after a law's type, whose name _LAW_NAME reads.
# The last word may be glued to "số" by a copy that lost the space ("Báo cáo thẩm trasố 52/BC-HĐND"): no syllable
# ends in "số", so letters run into "số" before a figure are a word and "số".
_QUALIFIER_CAPITAL = rf"(?:(?<![Ll]uật\s)(?<!lệnh\s)(?!(?:{_TYPE_WORDS_GROUPED})\b)[{CAPITAL_LETTERS}])?"
_QUALIFIER = (rf"(?:{_QUALIFIER_CAPITAL}[{SMALL_LETTERS}]+\s+){{0,2}}{_QUALIFIER_CAPITAL}[{SMALL_LETTERS}]+?(?:\s+|(?=số))"
              rf"(?=số\s*:?\s*\d)")
# A type in small letters inside a sentence ("… tại công văn số 4120/VPCP-CN ngày …") only before "số" and a number.
_TYPE_WORDS_IN_SMALL = "|".join(word[:1].lower() + word[1:] for word in _TYPE_WORDS.split("|"))
# A type in small letters goes straight on to its number too, where the number has a symbol ("công văn 1303/CP/KTTH",
# "kế hoạch 117-KH/TU"): a figure after the type and a slash before a capital.
_SYMBOL_AHEAD = r"\s+\d+[a-zđ]?(?:/\d{4}|-[A-ZĐ][A-Za-zĐđ]*)?/[A-ZĐ]"
# The issuer printed between the type and "số" ("Quyết định của Thủ tướng Chính phủ số 123/QĐ-TTg ngày …"): words up
# to "số" and a figure, no other type word, no figure, no clause's stop but "và" ("Bộ Lao động - Thương binh và Xã hội").
_STOP_BUT_AND = _ISSUER_STOP.replace("|và|", "|")
# With no "của", the issuer's first word is a body's (body_words.csv: "Thông tư liên tịch Ban Vật giá Chính phủ - Bộ
# Công nghiệp số …", "Kế hoạch Sở Y tế số …").
_ISSUER_BEFORE_NUMBER = (rf"\s+(?:của\s+|(?={body_start()}))(?P<issuer_first>(?:(?!\b(?:{_TYPE_WORDS_GROUPED}|{_TYPE_WORDS_IN_SMALL}|{_STOP_BUT_AND}|số)\b)"
                         rf"[^,;:.()“”\"\n\d]){{2,80}}?)\s+(?=số\s*:?\s*\d)")
# A copy that lost the spaces around a citation runs a type in capitals into the word before it ("kèm theoQuyết định
# số 12/QĐ-UBND"): no syllable holds a capital after a small letter, so the type starts there.
# A type written as its symbol's code before the number ("NĐ 30/2020/NĐ-CP", "QĐ số 1234/QĐ-UBND", "CV số 12/UBND-VX"):
# the codes of doc_types.csv and party_doc_types.csv, two letters or more; kept only where the number's own type code
# is the same (find_citations: ``_abbreviated_type``), so a code never gives a type the number does not.
_TYPE_CODES = sorted({code for code in party_doc_type_by_abbreviation() if len(code) > 1}, key=len, reverse=True)
_TYPE_CODES_IN_CAPITALS = frozenset(code.upper() for code in _TYPE_CODES)
_TYPE_CODE_BEFORE_NUMBER = rf"\b(?:{'|'.join(map(re.escape, _TYPE_CODES))})(?=\s+(?:số\s*:?\s*)?\d)"
# The type words in capitals behind a lookahead on their first letters too: a flattened table's line passes the first
# lookahead at nearly every small letter (the types in small letters), where these words were each tried after the
# lookbehind (a fifth of the pattern's time on the HTML samples' tables).
_TYPE_WORDS_AND_MISREADINGS = [*_TYPE_WORDS.split('|'), *_OCR_TYPE_WORDS]
CITATION = re.compile(
    rf"{first_character_lookahead([*_TYPE_WORDS.split('|'), *_TYPE_WORDS_IN_SMALL.split('|'), *_TYPE_CODES])}"
    rf"(?P<type>{first_character_lookahead(_TYPE_WORDS_AND_MISREADINGS)}(?:\b|(?<=[{SMALL_LETTERS}]))(?:{literal_alternation(_TYPE_WORDS_AND_MISREADINGS)})|\b(?:{literal_alternation(_TYPE_WORDS_IN_SMALL.split('|'))})(?=\s+(?:{_QUALIFIER})?số\s*:?\s*\d|{_SYMBOL_AHEAD}|\s+của\s)|{_TYPE_CODE_BEFORE_NUMBER})(?:{_LAW_NAME}|{_ISSUER_BEFORE_NUMBER}|\s+(?:{_QUALIFIER})?|(?=số\s*:?\s*\d))(?:số\s*:?\s*|(?P<ocr_label>{literal_alternation(_OCR_LABELS)})(?:\s*:\s*|\s+)|{_LABEL_LOST_LETTER})?(?P<number>{_NUMBER})(?:(?![\w/])|(?={_RUN_INTO_SYMBOL}))"
    # "Ngày" in capital: a line the site broke before it ("… số: 59/QĐ-UBND" / "Ngày 22 tháng 7 năm 2021 …")
    # a date that cannot be read ("26/1 1/2021", a day left blank: "ngày   /5/2025", "ngày __/5/2025", "ngày … tháng 5 năm 2025") ends on a
    # figure or a mark, never on the space before the issuer's "của"
    rf"(?:\s*,?\s*[Nn]gày\s+(?P<date>{_DATE})|(?P<bad_date>\s*,?\s*[Nn]gày\s+(?:[.…_\s]*tháng\s+[\d.…_\s]*năm\s+\d{{4}}|[\d /.…_\-]*[\d/.…_\-])))?"
    # "giữa": the bodies of a joint document ("Thông tư liên tịch số … giữa Bộ Nội vụ và Bộ Tài chính"); a comma may
    # stand before them ("… ngày 3/4/2025, của UBND tỉnh")
    rf"(?:(?:,?\s+|(?<=[A-Za-zĐđ])(?=của))(?:của|(?P<among>giữa))\s+{_ISSUER})?"
)
# The rest of an issuer after a registry name read whole: its place ("… Du lịch tỉnh Lào Cai"), up to where the issuer
# pattern stops.
_ISSUER_TAIL = rf"(?:(?!\b(?:{_ISSUER_STOP})\b)[^,;:.()“”\"\n])*?(?=\s+(?:{_ISSUER_STOP})\b|[,;:.()“”\"]|$)"
_SEPARATOR = r"(?:\s*[,\-–]\s*|\s+)"
# A joint document's issuers printed one after another between dashes ("của Bộ Tài chính - Bộ Lao động - Thương binh
# và Xã hội - Bộ Y tế"): a dash with spaces around it before a body's first word (not the dash inside "Bộ Lao động -
# Thương binh và Xã hội").
_DASH_BETWEEN_BODIES = rf"\s+[-–]\s+(?={body_start()})"
_FIRST_OF_DASHED_BODIES = re.compile(rf".+?(?={_DASH_BETWEEN_BODIES})")
# A line in capitals (a title: "THỰC HIỆN NGHỊ QUYẾT SỐ 01/NQ-CP NGÀY 05 THÁNG 01 NĂM 2023 CỦA CHÍNH PHỦ") is read
# regardless of case: it has no small letters for the pattern's capitals to tell from, its symbols' codes aside.
_CITATION_IN_CAPITALS = re.compile(CITATION.pattern, re.IGNORECASE)
_SYMBOL_IN_CAPITALS = re.compile(r"\S*\d\S*/\S+")  # whole words: from a word's start, its first digit before a "/" not last
_SYMBOL_WORD = re.compile(r"\d\S*/\S")  # a word _SYMBOL_IN_CAPITALS drops
_MAX_ISSUER_WORDS = 10
_LONGEST_CUT_NAME = 80  # how far past the cut a registry name the issuer pattern cut may go on
_MAX_PLACE_WORDS = 5  # after a registry name read whole, the words of its place at most ("thành phố Hồ Chí Minh")
# What every citation's number starts with ("3897/", "12a-", "5 /"): one line in thirty has it, and this
# simple search spares the others the full pattern, which tries every type word at every position.
_NUMBER_START = re.compile(r"\d[a-zđ]?\s*[/-]|\d\s+[A-ZĐ][\wĐđ]*/")


@cache
def _gazette_words() -> re.Pattern:
    """A gazette's name, folded (data/gazette_words.csv): "cong bao"."""
    return re.compile(r"\b(?:" + "|".join(re.escape(fold(row["words"])) for row in csv_rows("gazette_words.csv")) + r")\b")


def _names_a_gazette(words: str) -> bool:
    """Whether the words before a number name a gazette ("Luật Đất đai, Công báo số 12/QH13", "Văn bản đăng công báo
    số 45/CB-VPCP"): the number is the gazette issue's."""
    return bool(_gazette_words().search(fold(words)))


@dataclass(frozen=True)
class Citation:
    doc_type: str
    number: str | None  # None: a law cited by its name and date alone (find_named_laws)
    issued_date: str | None
    date_unreadable: str | None  # the printed date when it could not be read ("26/1 1/2021")
    issuer: str | None
    text: str
    start: int
    end: int
    name: str | None = None  # a law's name where it is cited with no number ("Lao động" of "Bộ luật Lao động năm 2019")


def _read_date(printed: str | None) -> tuple[str | None, str | None]:
    """(the ISO date, the date as printed when it cannot be read) of a citation's date group: a day or month that does
    not exist ("ngày 32/5/2025", "31 tháng 4 năm 2025") is unreadable, never a silent null."""
    if not printed:
        return None, None
    issued = parse_date("ngày " + printed.lower())
    return (issued.iso, None) if issued and issued.iso else (None, printed.strip())


def normalise_number(number: str) -> str:
    """"2463 /QĐ - UBND" -> "2463/QĐ-UBND"; a dash typed for the hyphen is one ("1209/QĐ–UBND"); a doubled slash, a
    typing slip, is one ("24/2026//NQ-CP"); a Party-style number printed with a space for its hyphen is written with it
    ("298 KH/TWĐTN" -> "298-KH/TWĐTN")."""
    return _DASHES.sub("-", re.sub(r"/{2,}", "/", re.sub(r"\s+", "", _PARTY_SPACE.sub(r"\1-", number)))).rstrip(".")


# What may follow a symbol's type part once its hyphen is lost: a body's code ("UBND", "CP", "TTg", "UBTVQH15").
_CODE_RUN = re.compile(r"[A-ZĐ][A-Za-zĐđ0-9]+")


@cache
def symbol_codes() -> frozenset[str]:
    """The codes a symbol names its bodies by: the central bodies' (issuer_codes.csv) and the abbreviations of bodies'
    names written in capitals (agency_abbreviations.csv: UBND, HĐND, MTTQ …)."""
    abbreviations = (row["abbreviation"] for row in csv_rows("agency_abbreviations.csv"))
    return frozenset(issuer_codes()) | {a for a in abbreviations if a.isupper() and a.isalpha()}


def _split_into_codes(run: str) -> list[str] | None:
    """"BNVBTC" -> ["BNV", "BTC"]: the fewest known codes that spell the run; None when none do."""
    best: list[list[str] | None] = [[]] + [None] * len(run)
    for end in range(1, len(run) + 1):
        for start in range(end):
            if best[start] is not None and run[start:end] in symbol_codes():
                candidate = best[start] + [run[start:end]]
                if best[end] is None or len(candidate) < len(best[end]):
                    best[end] = candidate
    return best[-1]


def hyphen_restored(symbol: str, doc_type: str | None) -> str | None:
    """A symbol whose hyphens were lost (text a site took from a PDF: "NĐCP", "QĐUBND", "TTLTBNVBTC") written with
    them, when it starts with the abbreviation of the type the text itself names (the word "Nghị định" before the
    number, a QUYẾT ĐỊNH heading) and no longer abbreviation ("TTr" is not "TT"): "NĐ-CP", "QĐ-UBND", "TTLT-BNV-BTC".
    The rest is split only where known codes spell it whole. None when the symbol has a hyphen or does not start so."""
    if not doc_type or "-" in symbol or "/" in symbol:
        return None
    starts = [a for a in doc_type_by_abbreviation() if a and symbol.startswith(a)]
    abbreviation = max(starts, key=len, default=None)
    rest = symbol[len(abbreviation):] if abbreviation else ""
    if abbreviation is None or doc_type_by_abbreviation()[abbreviation] != doc_type or not _CODE_RUN.fullmatch(rest):
        return None
    return "-".join([abbreviation, *(_split_into_codes(rest) or [rest])])


def with_codes_case(number: str) -> str:
    """A number printed in capitals, its codes as they are written ("CT-TTG" -> "CT-TTg"): issuer_codes.csv and
    doc_types.csv spell them."""
    known = {code.upper(): code for code in (*issuer_codes(), *doc_type_by_abbreviation()) if code}
    return re.sub(r"[^\W\d_]+", lambda word: known.get(word.group().upper(), word.group()), number)


@cache
def _names_cut_by_the_issuer_pattern() -> NameTree | None:
    """The registry's printed forms (names and aliases) the issuer pattern would cut, at a comma, a dash or one of its
    stop words ("Bộ Lao động, Thương binh và Xã hội", "Bộ Tài nguyên và Môi trường", "Sở Văn hóa, Thể thao và Du
    lịch"), unmarked and in small letters, a comma, a dash or a space between any two words."""
    stop = re.compile(rf"[,\-–]|\b(?:{strip_marks(_ISSUER_STOP).lower()})\b")
    forms = {strip_marks(form).lower().strip() for form in _registry_forms()}
    cut = sorted((form for form in forms if stop.search(form)), key=len, reverse=True)
    return NameTree([re.split(_SEPARATOR, form) for form in cut]) if cut else None


_SEPARATOR_AT = re.compile(_SEPARATOR)
_WORD_CHARACTER = re.compile(r"\w")
_WORD_RUN = re.compile(r"\w*")
_NAME_ENDS = None  # the key of a word tree's node where a name ends


def _longest_first(tree: dict) -> dict:
    """A tree of words with each node's words in the order they are tried in: the longer first, a name's end last."""
    words = sorted((word for word in tree if word is not _NAME_ENDS), key=len, reverse=True)
    ordered = {word: _longest_first(tree[word]) for word in words}
    if _NAME_ENDS in tree:
        ordered[_NAME_ENDS] = {}
    return ordered


def _names_in(tree: dict, words: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The names of a tree of words, in the order it is read in."""
    for word, node in tree.items():
        if word is _NAME_ENDS:
            yield words
        else:
            yield from _names_in(node, (*words, word))


class NameTree:
    """Names (each a list of words, which hold no separator) found where the plain alternation of them, each name's
    words joined by _SEPARATOR, after no word character and before none, finds them, the same spans, the names in the
    order the tree tries them (at each word the longer next word first, a name's end last: the longer name where one
    goes on from another); read word by word down a tree of the names' words instead: a regular expression of the
    registry's names took 0.1 s to compile in every process that met a cut issuer. Where names match at one place,
    one's words are the other's first words, or they part where one's last word is a shorter start of the other's word
    (words hold no separator). A name with an empty word (its form's separators side by side or at an end: "so y te -")
    needs re's backtracking into a separator, which reading the longest separator cannot give: such names are matched
    by the plain alternation itself, in the tree's order."""

    def __init__(self, names: list[list[str]]):
        tree: dict = {}
        for words in names:
            node = tree
            for word in words:
                node = node.setdefault(word, {})
            node[_NAME_ENDS] = {}
        self.tree = _longest_first(tree)
        if any("" in words for words in names):
            in_order = "|".join(_SEPARATOR.join(map(re.escape, words)) for words in _names_in(self.tree))
            self.plain, self.starts = re.compile(rf"(?<!\w)(?:{in_order})(?!\w)"), None
        else:  # where a name can start: after no word character, on a first word's first letter
            first_letters = "".join(sorted({re.escape(word[0]) for word in self.tree}))
            self.plain, self.starts = None, re.compile(rf"(?<!\w)(?=[{first_letters}])")
        # the first words by the run of word characters each opens with, in the tree's order: a first word whose run is
        # not the text's where it starts either is not there or ends inside the text's run, before a word character
        # (no separator, no name's end): only those of the text's run can be read, not every first word at every place
        self.first_words_by_run: dict[str, list[tuple[str, dict]]] = {}
        for word, node in self.tree.items() if self.starts else ():
            self.first_words_by_run.setdefault(_WORD_RUN.match(word).group(), []).append((word, node))

    def spans(self, text: str, pos: int = 0) -> Iterator[tuple[int, int]]:
        """The names in ``text`` from ``pos`` on, as ``finditer`` gives them: each searched after the one before."""
        if self.plain:
            yield from (name.span() for name in self.plain.finditer(text, pos))
            return
        while (start := self.starts.search(text, pos)) is not None:
            at = start.start()
            first_words = self.first_words_by_run.get(_WORD_RUN.match(text, at).group(), ())
            end = next((end for word, node in first_words if text.startswith(word, at)
                        and (end := self._end(text, at + len(word), node)) is not None), None)
            if end is None:
                pos = at + 1
            else:
                yield at, end
                pos = end  # a name holds a word: never empty

    def _end(self, text: str, at: int, node: dict) -> int | None:
        """Where a name of the tree, read to ``node`` at ``at``, ends: its next words after a separator, the longer
        first, then its end before no word character; None where none does."""
        separator = _SEPARATOR_AT.match(text, at)
        if separator:
            for word, next_node in node.items():
                if word is not _NAME_ENDS and text.startswith(word, separator.end()) and \
                        (end := self._end(text, separator.end() + len(word), next_node)) is not None:
                    return end
        return at if _NAME_ENDS in node and not _WORD_CHARACTER.match(text, at) else None


@cache
def place_starts() -> tuple[str, ...]:
    """How a place after a body's name starts, folded: a unit word of places.json ("tỉnh", "thành phố") or "tp"."""
    return (*(fold(word) + " " for word in json_data("places.json")["unit_words"]["words"]), "tp ", "tp.")


def _names_a_place(words: str) -> bool:
    """Whether the words after a registry name read whole are its place ("tỉnh Lào Cai"), so part of the issuer; not a
    table's next cell run into it ("Không đánh giá")."""
    folded = fold(" ".join(words.split()))
    return len(folded.split()) <= _MAX_PLACE_WORDS and folded.startswith(place_starts())


@cache
def _issuer_prefixes() -> frozenset[str]:
    """What may stand before a body's name in a cited issuer: a position, or a standing organ (data/issuer_prefixes.csv)."""
    return frozenset(positions_by_folded_name()) | {fold(row["words"]) for row in csv_rows("issuer_prefixes.csv")}


def _may_open_an_issuer(words: str) -> bool:
    """Whether the words before a registry name in an issuer leave it the issuer's name: none, or a position or a
    standing organ ("Bộ trưởng", "Thường trực"); not other words (a flattened table's cells run into the issuer)."""
    return not words.strip() or fold(" ".join(words.split())) in _issuer_prefixes()


def _whole_issuer(text: str, start: int, end: int, in_capitals: bool) -> tuple[str, int] | None:
    """The issuer starting at ``start`` read to the end of a registry name the issuer pattern cut short at ``end``
    ("của Bộ Lao động, Thương binh và Xã hội" gave "Bộ Lao động"; "của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch" gave
    "Bộ trưởng Bộ Văn hóa": the name may start after a position's words), with the place words after it; and where the
    citation then ends. None: no such name is cut there."""
    names = _names_cut_by_the_issuer_pattern()
    if names is None:
        return None
    # Only the part of the text a name can span, and the character before it (the names' lookbehind reads it), is
    # unmarked: a block can be a whole flattened table, and strip_marks keeps every offset.
    window = max(0, start - 1)
    unmarked = strip_marks(text[window : end + _LONGEST_CUT_NAME]).lower()
    # (the names that start before the cut only: the window's words after it are not read)
    cut_before = takewhile(lambda span: span[0] + window < end, names.spans(unmarked, start - window))
    found = next(((name_start, name_end) for name_start, name_end in cut_before if end < name_end + window
                  and _may_open_an_issuer(text[start : name_start + window])), None)
    if found is None:
        return None
    found_end = found[1] + window
    tail = re.compile(_ISSUER_TAIL, re.IGNORECASE if in_capitals else 0).match(text, found_end)
    end = tail.end() if tail and _names_a_place(tail.group()) else found_end
    return text[start:end].strip(), end


@cache
def _folded_registry_forms() -> frozenset[str]:
    return frozenset(map(fold, _registry_forms()))


# A body's name as printed: each word of it capitalised, one in small letters after it at most ("Sở Y tế", "Ban Vật
# giá Chính phủ"); two in small letters in a row are a sentence's ("Sở Y tế giao cho …").
_CAPITALISED_NAME = re.compile(rf"(?:[{CAPITAL_LETTERS}][\w-]*(?:\s+[{SMALL_LETTERS}][\w-]*)?(?:\s+|$))+")


def _names_bodies_alone(issuer: str) -> bool:
    """Whether words printed between a type and "số" with no "của" name bodies alone ("Kế hoạch Sở Y tế số …",
    "Quyết định UBND tỉnh số …"), not a sentence ("Kế hoạch Sở Y tế giao cho Trung tâm số …"): the whole or each body
    (split at "và" and dashes) a registry name or a capitalised name, with its place kind or its place after it."""
    return _is_a_body_s_name(issuer) or all(map(_is_a_body_s_name, re.split(r"\s+(?:và|-|–)\s+", issuer.strip())))


@cache
def _cited_issuer_words() -> dict:
    return json_data("cited_issuers.json")


@cache
def _meeting_opening() -> re.Pattern:
    """"Hội nghị" and the words a meeting's name takes before the body (cited_issuers.json meeting_words)."""
    words = _cited_issuer_words()["meetings_and_terms"]
    listed = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words["meeting_words"], key=len, reverse=True))
    return re.compile(words["meeting"].replace("{meeting_words}", listed))


@cache
def _term() -> re.Pattern:
    return re.compile(_cited_issuer_words()["meetings_and_terms"]["term"])


def without_meeting(issuer: str) -> str:
    """A cited issuer without the meeting that opens it ("Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng" -> "Ban
    Chấp hành Trung ương Đảng"; cited_issuers.json meetings_and_terms): the body whose meeting it is."""
    return _meeting_opening().sub("", issuer, count=1) if issuer[:1] in "Hh" else issuer


@lru_cache(maxsize=4096)  # asked of one issuer by _cut_after_term, then _too_long, each walking its words
def _body_s_term(issuer: str) -> re.Match | None:
    """The term right after a body's name in a cited issuer ("Ban Thường vụ Tỉnh ủy Quảng Trị khóa XVII"), its meeting
    aside: the words before it a body's name (``_is_a_body_s_name``), not a title's ("Ủy ban nhân dân tỉnh Kon Tum mở khóa I
    lớp bồi dưỡng …": the class's "khóa")."""
    return next((term for term in _term().finditer(issuer) if _is_a_body_s_name(without_meeting(issuer[: term.start()]))),
                None)


# A place printed whole after a body's name: its kind, then its name's words capitalised ("tỉnh Kon Tum", "Quận 1").
_PRINTED_PLACE = re.compile(rf"(?i:{_PLACE_KIND})(?:\s+[{CAPITAL_LETTERS}\d][\w-]*)+")
# A place printed whole, then a word in small letters that opens no other place: a sentence's verb ("UBND tỉnh Lào Cai
# giao Sở Y tế"), the body's name ended at the place.
_SENTENCE_AFTER_A_PLACE = re.compile(
    rf"(?i:{_PLACE_KIND})(?:\s+[{CAPITAL_LETTERS}\d][\w-]*)+\s+(?!(?i:{_PLACE_KIND})(?!\w))[{SMALL_LETTERS}]")


def _is_a_body_s_name(words: str) -> bool:
    """Whether the words are a body's name whole, to their last word: a registry name or a capitalised name, then
    nothing, its place kind alone ("Sở Y tế tỉnh") or a place printed whole ("Ban Chấp hành Đảng bộ tỉnh Kon Tum"); or a
    name the registry resolves. Not "Ủy ban nhân dân tỉnh Kon Tum mở", nor "Sở Y tế tỉnh giao cho": words after a place
    kind are a place only where capitalised, and a place ends the name ("UBND tỉnh Lào Cai giao Sở Y tế" is a sentence)."""
    from .agencies import resolve  # only when an issuer has a term or names bodies alone

    words = " ".join(words.split())
    if _SENTENCE_AFTER_A_PLACE.search(words):
        return False
    name = _CAPITALISED_NAME.match(words)
    ends = [name.end() if name else 0, *_registry_name_ends(fold(words))]
    return any(not (rest := words[end:].strip()) or re.fullmatch(rf"(?:{_PLACE_KIND})", rest, re.IGNORECASE)
               or _PRINTED_PLACE.fullmatch(rest) for end in ends if end) or (
        bool(words) and resolve(words, None).match in ("exact", "alias", "rule"))


def _registry_name_ends(folded: str) -> list[int]:
    """Where a registry name (a folded printed form) that opens the folded words ends, at a word's end: each prefix
    looked up, not every form walked."""
    forms = _folded_registry_forms()
    return [end for end in (*(i for i, c in enumerate(folded) if c == " "), len(folded)) if folded[:end] in forms]


def _cut_after_term(issuer: str) -> str:
    """A cited issuer cut after the term that ends it ("Ban Thường vụ Tỉnh ủy Quảng Trị khóa XVII lãnh đạo …" -> "…
    khóa XVII"): the words after it are the title's."""
    term = _body_s_term(issuer)
    return issuer[: term.end()] if term else issuer


def _too_long(issuer: str) -> bool:
    """An issuer too long to be a body's name (a title run into it): its words, the meeting and the body's term aside,
    and a dash between words no word ("Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh" has ten). A body named by its
    duty ("Ban Chỉ đạo phòng, chống tội phạm - tệ nạn xã hội tỉnh") may run longer where its place ends it."""
    term = _body_s_term(issuer)
    words = [word for word in without_meeting(issuer[: term.start()] + issuer[term.end():] if term else issuer).split()
             if word not in _LONE_DASHES]
    place_words = _place_words(words)
    most = _cited_issuer_words()["duty_names"]["most_words"] if place_words and _named_by_its_duty(words[: len(words) - place_words]) else _MAX_ISSUER_WORDS
    return len(words) - place_words > most


def _named_by_its_duty(words: list[str]) -> bool:
    """Whether the words (a place at their end aside) are a board's or a council's name by its duty (cited_issuers.json
    duty_names): a kind so named ("Ban Chỉ đạo", "Hội đồng"), then words in small letters naming no place ("tệ nạn xã
    hội"; not "Hội đồng nhân dân tỉnh phát triển …", a title run into a body's whole name)."""
    folded = fold(" ".join(words))
    opener = next((opener for opener in _comma_phrase_openers() if folded.split()[: len(opener)] == opener), None)
    duty = " ".join(words[len(opener):]) if opener else ""
    return bool(duty.strip(" ,-–")) and not re.search(f"[{CAPITAL_LETTERS}]", duty) and not _duty_names_a_place().search(fold(duty))


_AND_OR_COMMA = re.compile(r"\s*,\s*|\s+và\s+")


def _duty_past_and(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The issuer from ``start`` read on past "và" or a comma at ``end`` where it is a board or a council named by its
    duty whose duty goes on there ("của Hội đồng giáo dục quốc phòng" + " và an ninh tỉnh"), and where it then ends:
    the words after it in small letters, no word of duty_names list_words among them ("… và các sở, ngành tỉnh"), the
    body's place ending them. None where the name is whole before it (its place ends it) or does not go on so."""
    separator = _AND_OR_COMMA.match(text, end)
    words = text[start:end].split()
    if not separator or _place_words(words) or not _named_by_its_duty(words):
        return None
    tail = re.compile(_ISSUER_TAIL).match(text, separator.end())
    whole = text[start : tail.end()].split() if tail else []
    place = _place_words(whole)
    duty = " ".join(whole[len(words) : len(whole) - place])
    list_words = "|".join(map(re.escape, map(fold, _cited_issuer_words()["duty_names"]["list_words"])))
    if not place or not duty.strip(" ,") or re.search(rf"\b(?:{list_words})\b", fold(text[separator.end() : tail.end()])) \
            or not _named_by_its_duty(whole[: len(whole) - place]):
        return None
    return text[start : tail.end()].strip(), tail.end()


@cache
def _duty_names_a_place() -> re.Pattern:
    """A unit's kind (folded) in a body's duty, as a word, not opening words that name no place ("xa hoi")."""
    not_a_place = "|".join(re.escape(fold(words)) for words in _cited_issuer_words()["duty_names"]["not_a_place"])
    kinds = "|".join(sorted({re.escape(fold(kind)) for kind in json_data("places.json")["unit_words"]["words"]}, key=len, reverse=True))
    return re.compile(rf"\b(?!(?:{not_a_place})\b)(?:{kinds})\b")


def _place_words(words: list[str]) -> int:
    """How many of an issuer's last words name its body's place ("… Hội đồng nhân dân thành phố Hồ Chí Minh"): a place
    makes no name too long. A place the registry knows or a unit's kind alone (the body's own: "… tệ nạn xã hội tỉnh"),
    not any words after a unit's kind (a table's next cells run into the issuer: "UBND Thành phố Trong năm Thanh tra
    Thành phố Các cơ quan")."""
    return next((len(words) - k for k in range(max(1, len(words) - _MAX_PLACE_WORDS), len(words))
                 if names_a_place(tail := " ".join(words[k:])) or fold(tail) + " " in place_starts()), 0)


_LONE_DASHES = frozenset("-–—")


@cache
def _central_names() -> re.Pattern:
    """A central body's name (issuer_codes.csv: "Chính phủ", "Bộ Tài chính") opening an issuer and followed by a word
    in small letters."""
    names = "|".join(sorted(map(re.escape, set(issuer_codes().values())), key=len, reverse=True))
    return re.compile(rf"(?P<name>{names})\s+(?=[{SMALL_LETTERS}])")


def _central_name_before_small_words(issuer: str) -> str | None:
    """The central body's name an issuer opens with where the words after it are no part of a name nor a place: a
    title run into the issuer whose "về" was lost ("của Chính phủ cơ sở dữ liệu quốc gia …" is the Government's), no
    capital in them; None otherwise ("Kho bạc Nhà nước khu vực XIII", a name the registry knows whole)."""
    found = _central_names().match(issuer)
    rest = issuer[found.end():] if found else ""
    # a capital after it may be a unit's name or number ("Kho bạc Nhà nước khu vực XIII", "… chi nhánh tỉnh Bắc Ninh")
    if (not found or re.search(f"[{CAPITAL_LETTERS}]", rest) or _names_a_place(rest)
            or fold(" ".join(issuer.split())) in _folded_registry_forms()):
        return None
    return found.group("name")


def _too_long_for_a_body(issuer: str) -> bool:
    """Too long to be a body's name, unless the registry knows the name so ("Đoàn Chủ tịch Ủy ban Trung ương Mặt trận
    Tổ quốc Việt Nam", eleven words)."""
    return _too_long(issuer) and fold(" ".join(issuer.split())) not in _folded_registry_forms()


def _joint_opener(issuer: str | None) -> bool:
    """Whether an issuer opens on a word that names several bodies as one ("Liên bộ …", cited_issuers.json)."""
    folded = fold(issuer or "")
    return any(folded == word or folded.startswith(word + " ")
               for word in map(fold, _cited_issuer_words()["joint_openers"]["words"]))


@cache
def _joint_name_pattern(in_capitals: bool) -> re.Pattern:
    """A joint issuer printed as one name, read over "và" and dashes ("Liên bộ Kế hoạch và Đầu tư - Nội vụ") up to the
    clause's next stop word or a punctuation mark."""
    stops = _STOP_BUT_AND.strip("|")
    return re.compile(rf"(?:(?!\b(?:{stops})\b)[^,;:.()“”\"\n])+?(?=\s+(?:{stops})\b|[,;:.()“”\"]|$)",
                      re.IGNORECASE if in_capitals else 0)


def _joint_name(text: str, start: int, in_capitals: bool) -> tuple[str, int] | None:
    """The joint issuer printed as one name at ``start`` and where it ends; None when the issuer opens on no joint word
    or runs too long to be one."""
    if not _joint_opener(" ".join(text[start:start + 20].split()[:2])):
        return None
    found = _joint_name_pattern(in_capitals).match(text, start)
    if not found or len(found.group().split()) > _MAX_ISSUER_WORDS + 4:
        return None
    return found.group().strip(), found.end()


def _cut_at_end_word(text: str, start: int, end: int) -> tuple[str, int]:
    """The issuer from ``start`` to ``end`` cut before a scan's misreading of an end word (cited_issuers.json's
    end_words.misreadings: "Tỉnh ủy Lâm Đồng vẻ" for "… về"), where no registry name holds the printed word ("Bộ Tư
    lệnh Cảnh vệ" is whole) and it stands in no phrase of its own ("thiên tai"). The end word printed right is the
    issuer pattern's own stop: it never reaches here."""
    end_words = _cited_issuer_words()["end_words"]
    misreadings = {word for words in end_words["misreadings"].values() for word in words}
    words = list(re.finditer(r"\S+", text[start:end]))
    for index, word in enumerate(words[1:], 1):
        around = " ".join(w.group() for w in words[index - 1:index + 2])
        if (word.group() in misreadings and word.group() not in name_words()
                and not any(phrase in around for phrase in end_words["misread_words_in_names"])):
            cut = start + word.start()
            return text[start:cut].strip(), len(text[:cut].rstrip())
    return text[start:end].strip(), end


@cache
def _registry_forms() -> tuple[str, ...]:
    """The registry's printed forms of its bodies: names and aliases."""
    from .registry import registry_rows  # only when a citation names an issuer

    return tuple(form for row in registry_rows("agencies.csv") for form in (row["name"], *row["aliases"].split("|")) if form)


def _is_joint(doc_type: str, number: str) -> bool:
    """A citation of a joint document: its type says so ("Thông tư liên tịch") or its symbol names two bodies or more
    by their codes ("12/KH-UBND-MTTQ", "12-TTLT/BNV-BTC"), central bodies' or any after a joint type's code ("01/HDLN-
    SNV-STC": cited_issuers.json joint_type_codes)."""
    codes = _issuer_code(number).split("-")
    type_code = (_type_code(number) or "").upper()
    joint_code = type_code.endswith(tuple(_cited_issuer_words()["joint_type_codes"]["endings"])) and len(type_code) > 2
    return fold(doc_type).endswith(("lien tich", "lien nganh")) or len(codes) > 1 and (
        joint_code or all(code in symbol_codes() for code in codes))


@cache
def _next_body(in_capitals: bool) -> re.Pattern:
    """Another body of a joint issuer right after the one read: ", Bộ Tài chính" or " và Bộ Tài chính" (a body's first
    word next, data/body_words.csv, or a central body's name, issuer_codes.csv), read as the issuer pattern reads one."""
    from .agencies import BODY_START  # the agencies' own vocabulary; loaded only for a joint citation

    central = "|".join(sorted({re.escape(name) for name in issuer_codes().values()}, key=len, reverse=True))
    return re.compile(rf"(?P<separator>\s*,\s*|\s+và\s+|{_DASH_BETWEEN_BODIES})(?={BODY_START}|(?:{central})\b){_ISSUER}",
                      re.IGNORECASE if in_capitals else 0)


def _joint_issuer(text: str, start: int, end: int, in_capitals: bool) -> tuple[str, int] | None:
    """A joint citation's issuer read on from ``start`` past the first body (which ends at ``end``) over the others
    ("của Bộ Nội vụ và Bộ Tài chính", "của Bộ A, Bộ B và Bộ C"), as printed, and where it ends; None when no "và"
    before a body follows (the issuer pattern stops at "và": one body of them is not the issuer)."""
    at, whole_end = end, None
    while more := _next_body(in_capitals).match(text, at):
        body = _FIRST_OF_DASHED_BODIES.match(more.group("issuer"))  # one body of those printed between dashes
        body_end = more.start("issuer") + (body.end() if body else len(more.group("issuer")))
        if _too_long_for_a_body(text[more.start("issuer"):body_end]):
            break
        whole = _whole_issuer(text, more.start("issuer"), body_end, in_capitals)
        at = whole[1] if whole else body_end
        if _closes_a_list(more.group("separator")):
            whole_end = at
    return (text[start:whole_end].strip(), whole_end) if whole_end else None


def names_several_bodies(issuer: str) -> bool:
    """Whether a cited issuer names two bodies or more, as ``_joint_issuer`` reads them ("Bộ Nội vụ và Bộ Tài chính"),
    or as one joint name ("Liên bộ Kế hoạch và Đầu tư - Nội vụ")."""
    return _joint_opener(issuer) or any(_closes_a_list(more.group("separator"))
                                        for more in _next_body(issuer.isupper()).finditer(issuer))


def _closes_a_list(separator: str) -> bool:
    """Whether the separator before a joint issuer's body makes the bodies read so far a whole issuer: "và" (a comma
    leaves the list open: "Bộ A, Bộ B và Bộ C") or a dash ("Bộ Nội vụ - Bộ Tài chính", one body after another)."""
    return separator.strip().lower() in ("và", "-", "–")


# One type word for a list of numbers: "các Nghị định của Chính phủ: số 10/2020/NĐ-CP ngày …, số 11/2020/NĐ-CP …" (the
# lead: a type and its issuer before a colon), "Quyết định số 1400/QĐ-TTg …; số 2080/QĐ-TTg …", "… và số 11/…".
# a lead of many ("các nghị định của Chính phủ: Số …; số …") may name its type in small letters, its first "Số" capitalised
_LIST_LEAD = re.compile(rf"(?P<type>\b(?:{_TYPE_WORDS})|(?<=các\s)(?:{_TYPE_WORDS_IN_SMALL}))\s+của\s+"
                        rf"(?P<issuer>[^,;:.()“”\"\n]{{2,80}}?)\s*:\s*(?=[sS]ố\s*:?\s*\d)")
# What every lead ends with, searched first: a pattern that opens on an alternation is tried at every character of a
# flattened table's long line, this one only where a colon is.
_LIST_LEAD_END = re.compile(r":\s*[sS]ố\s*:?\s*\d")
# A number listed: at the text's start, after ",", ";" or ":", or after " và" / " và các" (_LISTED_AFTER), then
# _LISTED_NUMBER. _LISTED is the whole pattern; _listed finds its matches without trying it at every character.
_LISTED_AFTER = r"(?:^|(?<=[,;:])|(?<=\svà)|(?<=\svà các))"
_LISTED_NUMBER = re.compile(
    rf"\s*(?:[sS]ố\s*:?\s*)?(?P<number>{_NUMBER})(?![\w/])"
    rf"(?:\s*,?\s*ngày\s+(?P<date>{_DATE}))?"
    rf"(?:,?\s+của\s+{_ISSUER})?")
_LISTED = re.compile(_LISTED_AFTER + _LISTED_NUMBER.pattern)
# Where _LISTED_AFTER lets a match start and _LISTED_NUMBER's opening ("số" or a figure) follows: the places not
# worth a try are passed over in C (a line of a flattened table has a comma every few words). "và" is looked for
# from its "v", the space before it tested after (_list_starts): a pattern that opens on \s is tried at every space.
# The pattern opens on one set of characters, not on an alternation: re then skips in C to the next character of the
# set; an alternation of a set and a word is tried at every character (the search took 40% longer).
_LIST_START = re.compile(r"[,;:v](?:(?<=v)à(?: các)?|(?<!v))(?=\s*(?:[sS]ố\s*:?\s*)?\d)")


def _listed(text: str) -> Iterator[re.Match]:
    """``_LISTED.finditer(text)``, the rest of the pattern tried only where _LISTED_AFTER lets a match start (found in
    C): re tries a pattern that opens with lookbehinds at every character, and a flattened table's line is long."""
    end = 0
    for start in _list_starts(text):
        if start >= end and (m := _LISTED_NUMBER.match(text, start)):
            end = m.end()
            yield m


def _list_starts(text: str) -> list[int]:
    return [0, *(separator.end() for separator in _LIST_START.finditer(text)
                 if text[separator.start()] != "v" or separator.start() and text[separator.start() - 1].isspace())]


# A number in the Party's form, its type before the slash: "18-NQ/TW", "12-TTLT/BNV-BTC" (group 1: the type)
_PARTY_NUMBER = re.compile(r"^\d+[a-zđ]?-([A-Za-zĐđ]+)/")


def _type_code(number: str) -> str | None:
    """The type's abbreviation a number's symbol starts with: "10/2020/NĐ-CP" -> "NĐ", "18-NQ/TW" and "12-TTLT/BNV-BTC"
    -> "NQ", "TTLT"; a symbol that is a type's abbreviation alone, "12/TTLT", -> "TTLT". None for a number of before
    2001 with no slash ("64-CP", "388-HĐBT": the issuer's code after the hyphen)."""
    party = _PARTY_NUMBER.match(number)
    if party:
        return party.group(1)
    if "/" not in number:
        return None
    head, _, symbol = number.rpartition("/")
    if (joint := head.rpartition("/")[2]) in doc_type_by_abbreviation():
        return joint  # an old joint symbol, its type's code before the bodies' ("19/2008/NQLT/CP-UBTUMTTQVN")
    code = symbol.split("-", 1)[0]
    return code if "-" in symbol or code in doc_type_by_abbreviation() else None


def _cited_type(printed: str, number: str) -> str:
    """The type a citation names: the printed type word's, or the one its number's type code names where the word
    does not say it: a word of no type ("Văn bản số 12/TTLT-BNV-BTC") or one the code makes precise ("Thông tư số
    12/TTLT" is a Thông tư liên tịch, "Văn bản hợp nhất số 15/VBHN-BTC" a Văn bản hợp nhất)."""
    code = _type_code(number)
    party_form = _PARTY_NUMBER.match(number)  # "15-TT/TU": the Party's types ("TT" a Thông tri)
    coded = (party_doc_type_by_abbreviation() if party_form else doc_type_by_abbreviation()).get(code) if code else None
    if coded and (fold(printed) not in doc_type_by_folded_name() or fold(coded).startswith(fold(printed) + " ")):
        return coded
    return printed


def _abbreviated_type(code: str, number: str) -> str | None:
    """The type a code printed for the type word names ("NĐ" of "NĐ 30/2020/NĐ-CP"): the number's type code must be the
    same, read in the number's form (a Party's "TT" is a Thông tri); a Công văn's code ("CV") where the number has no
    type code ("CV số 123/UBND-KT"). None where they disagree: no citation rather than a type the number does not say."""
    party_form = bool(_PARTY_NUMBER.match(number))
    types = party_doc_type_by_abbreviation() if party_form else doc_type_by_abbreviation()
    own = _type_code(number)
    if own in types:
        return types[own] or None if own.upper() == code.upper() else None
    return "Công văn" if party_doc_type_by_abbreviation().get(code) == "Công văn" else None


def issuer_of_symbol(symbol: str | None) -> str | None:
    """The central body a symbol names after its type: "QĐ-TTg" -> Thủ tướng Chính phủ, "UBTVQH15" -> Ủy ban Thường vụ
    Quốc hội, "CP" (a "64-CP" of before 2001) -> Chính phủ (issuer_codes.csv). A joint or provincial symbol names no
    one body."""
    if not symbol:
        return None
    parts = symbol.split("-")
    code = re.sub(r"\d+$", "", parts[-1]) if len(parts) <= 2 else None
    return issuer_codes().get(code) if code else None


def _issuer_of_number(number: str) -> str | None:
    """The central body a cited number's symbol names ("10/2020/NĐ-CP", "45/2013/QH13", "64-CP"); none for a joint one
    ("12-TTLT/BNV-BTC") or a province's."""
    code, issuer = _type_code(number), _issuer_code(number)
    return issuer_of_symbol(f"{code}-{issuer}" if code else issuer or number.rpartition("/")[2])


def _issuer_code(number: str) -> str:
    """The issuer's part of a number's symbol: "10/2020/NĐ-CP" -> "CP", "18-NQ/TW" -> "TW"."""
    symbol = number.rpartition("/")[2]
    return symbol if _PARTY_NUMBER.match(number) else symbol.partition("-")[2]


def _with_listed(text: str, found: list[Citation]) -> list[Citation]:
    """The citations found and the numbers listed under one type word: each after a citation of that type or after a
    list's lead, its symbol of that type (a number of another type in the list is left, not guessed). An issuer printed
    after the list's last number ("… và số 579/TTr-CP ngày … của Chính phủ") is every listed number's that has none;
    a lead's ("các Thông tư của Bộ Tài chính: số …") too."""
    chains: list[list] = [[c] for c in found]
    leads = [(c.end, c.doc_type, chain) for c, chain in zip(found, chains)]
    for lead in _LIST_LEAD.finditer(text) if _LIST_LEAD_END.search(text) else ():
        doc_type = doc_type_by_folded_name().get(fold(lead.group("type")), lead.group("type"))
        chains.append([lead.group("issuer").strip()])
        leads.append((lead.end(), doc_type, chains[-1]))
    leads.sort(key=lambda lead: lead[0])
    # one pass, the matches in order of place: the citations found and the leads ended before each are behind a
    # pointer (a line of a flattened table holds hundreds of citations)
    taken, next_taken, next_lead = found, 0, 0
    nearest = listed = None  # the nearest lead ended before the match; the last number listed
    for m in _listed(text):
        while next_taken < len(taken) and taken[next_taken].end <= m.start("number"):
            next_taken += 1
        if next_taken < len(taken) and taken[next_taken].start <= m.start("number"):
            continue  # inside a citation found
        while next_lead < len(leads) and leads[next_lead][0] <= m.start() + 1:
            nearest, next_lead = leads[next_lead], next_lead + 1
        before = max((lead for lead in (nearest, listed) if lead), key=lambda lead: lead[0], default=None)
        if before is None:
            continue
        _, doc_type, chain = before
        number = normalise_number(m.group("number"))
        code = _type_code(number)
        if code is None or doc_type_by_abbreviation().get(code) != doc_type:
            continue
        issued, date_unreadable = _read_date(m.group("date"))
        issuer = m.group("issuer") if m.group("issuer") and not _too_long(m.group("issuer")) else None
        end = m.end()
        if issuer and _is_joint(doc_type, number) and (joint := _joint_issuer(text, m.start("issuer"), end, False)):
            issuer, end = joint  # "… và số 12/2015/TTLT-BNV-BTC … của Bộ Nội vụ và Bộ Tài chính"
        chain.append(Citation(doc_type=doc_type, number=number, issued_date=issued,
                              date_unreadable=date_unreadable, issuer=issuer.strip() if issuer else None,
                              text=text[m.start():end].strip(" ,;"), start=m.start("number"), end=end))
        listed = (end, doc_type, chain)
    every = []
    for chain in chains:
        last = chain[-1] if isinstance(chain[-1], Citation) and len(chain) > 1 else None
        shared = last.issuer if last else None
        if isinstance(chain[0], str):  # a lead's issuer
            shared, chain, last = chain[0], chain[1:], None
        # the last number's issuer is lent only to numbers whose symbol names the same issuer ("12/QĐ-UBND, số
        # 15/QĐ-SYT … của Sở Y tế": not the UBND's)
        every += [replace(c, issuer=shared) if c.issuer is None and shared
                  and (last is None or _issuer_code(c.number) == _issuer_code(last.number)) else c for c in chain]
    return sorted(every, key=lambda c: c.start)


# A law, a code or an ordinance cited by its name and its date or year alone, no number ("Luật Tổ chức chính quyền địa
# phương ngày 19 tháng 6 năm 2025", "Bộ luật Lao động năm 2019", "Bộ luật Lao động 2019"), and the Constitution by its
# year ("Hiến pháp năm 2013"): the name opens on a capital, holds no figure, no other type word, no "số" (a numbered
# law is CITATION's).
# The name stops at no clause word (cited_issuers.json's named_laws): a name that meets one before a date is no law's.
_NAMED_LAWS = json_data("cited_issuers.json")["named_laws"]
# a type in small letters before "của" or a capitalised word is another document's ("Luật Đất đai và văn bản của UBND
# tỉnh ngày …"); before a word in small letters it is the name's ("Luật Ban hành văn bản quy phạm pháp luật …")
_NAME_STOPS = (literal_alternation(_NAMED_LAWS["name_stops"]["words"])
               + rf"|(?:{'|'.join(w for w in _TYPE_WORDS_IN_SMALL.split('|') if not w.endswith(('luật', 'lệnh')))})"
               rf"\s+(?:của\b|[{CAPITAL_LETTERS}])")  # not "pháp luật của …", a name's words
# the date or the year after a law's name, and its issuer
_LAW_DATE = rf"(?:\s*,)?\s+(?:ngày\s+(?P<date>{_DATE})|(?:năm\s+)?(?P<year>(?:19|20)\d\d)\b(?![/-]|\s*[/.\-–]\s*\d))"
_LAW_ISSUER = rf"(?:\s+của\s+{_ISSUER})?"
_NAMED_LAW = re.compile(
    rf"(?=[BLPH])(?<![\w])(?:(?P<type>Bộ [Ll]uật|Luật|Pháp lệnh)\s+(?P<name>[{CAPITAL_LETTERS}]"
    rf"(?:(?!\b(?:{_TYPE_WORDS_GROUPED}|số|{_NAME_STOPS})\b)[^;:.()“”\"\n\d]){{1,120}}?){_REVISION_REMARK}?"
    rf"|(?P<constitution>Hiến pháp)(?:\s+(?!năm\b|ngày\b)(?P<constitution_name>[^;:.()“”\"\n\d]{{1,60}}?))?)"
    + _LAW_DATE + _LAW_ISSUER)
# A law amending others by its title (cited_issuers.json named_laws.amending): "Luật sửa đổi, bổ sung một số điều của
# Luật A và Luật B ngày …" is cited, its name the title after the type word; no figure before its date (a numbered one
# is CITATION's, "Luật sửa đổi … số 43/2024/QH15"), and by its full date only: a year after the title is the amended
# law's ("… của Bộ luật Hình sự năm 2015"), not its own.
_AMENDING_LAW = re.compile(
    rf"(?<![\w])(?P<type>Bộ [Ll]uật|Luật|Pháp lệnh)\s+(?P<name>(?:{literal_alternation(_NAMED_LAWS['amending']['openers'])})"
    rf"\s[^;:.()“”\"\n\d]{{0,80}}?\bcủa\s+(?:Bộ [Ll]uật|Luật|Pháp lệnh)\s+[{CAPITAL_LETTERS}][^;:.()“”\"\n\d]{{1,200}}?)"
    rf"(?:\s*,)?\s+ngày\s+(?P<date>{_DATE})" + _LAW_ISSUER)
# A law cited in a ground by its name alone (cited_issuers.json named_laws.alone): a clause of its own, nothing after
# it that could be its date or its title; the clause's start is checked in find_named_laws (_opens_a_clause).
_LAW_TYPE = r"(?:Bộ [Ll]uật|Luật|Pháp lệnh)"
# The Constitution so too, bare or by its only name ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;": the
# name checked in _reads_as_a_law).
_LAW_ALONE = re.compile(
    rf"(?<![\w])(?:(?P<type>{_LAW_TYPE})\s+(?P<name>[{CAPITAL_LETTERS}]"
    rf"(?:(?!\b(?:{_TYPE_WORDS_GROUPED}|số|{_NAME_STOPS})\b)[^;:.()“”\"\n\d]){{1,120}}?){_REVISION_REMARK}?"
    rf"|(?P<constitution>Hiến pháp)(?:\s+(?P<constitution_name>[^;:.()“”\"\n\d]{{1,60}}?))?)"
    rf"(?=\s*[;.]|\s*(?:,|\svà)\s+{_LAW_TYPE}\s)")
_GROUND_WORDS = tuple(_NAMED_LAWS["alone"]["grounds"])
_LINE_GROUNDS = tuple(_NAMED_LAWS["alone"]["line_grounds"])
_LINE_GROUND_ENDS = tuple(_NAMED_LAWS["alone"]["line_ground_ends"])


def _opens_a_ground(opened: str) -> bool:
    """Whether a block (its leading space stripped) is a ground whose laws by their names alone are read: it opens
    with a ground's word (named_laws.alone.grounds); "Thực hiện" (line_grounds) only on a ground's line, one ending in
    ";", "," or ":" (line_ground_ends), never a body's sentence ending in a full stop ("Thực hiện Luật Bảo vệ môi
    trường có hiệu quả; tăng cường kiểm tra.": no law named "Luật Bảo vệ môi trường có hiệu quả")."""
    return opened.startswith(_GROUND_WORDS) and (not opened.startswith(_LINE_GROUNDS)
                                                 or opened.rstrip().endswith(_LINE_GROUND_ENDS))
_AMENDING_OPENERS = tuple(_NAMED_LAWS["amending"]["openers"])  # _AMENDING_LAW's name opens with one, as printed
_CLAUSE_OPENING = re.compile(rf"(?:^|[;,]|\svà|^(?:{literal_alternation(_NAMED_LAWS['alone']['grounds'])}))\s*$")
# A law's title naming the laws it amends ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ
# chức chính quyền địa phương ngày 22 tháng 11 năm 2019", "Luật số 47/2019/QH14 sửa đổi … của Luật …"): a type word
# before a word in small letters earlier in the clause; the date is the amending law's, no law named after it is cited.
_TITLE_OF_A_LAW = re.compile(rf"(?:Bộ [Ll]uật|Luật|Pháp lệnh)\s+[{SMALL_LETTERS}]")


# A comma in a law's name joins two words of one duty ("Luật Phòng, chống tham nhũng", "Luật Thi đua, khen thưởng"):
# its next word is in small letters, and no issuer's "của" follows ("Luật Đất đai, văn bản của UBND tỉnh ngày …").
# A ground's clause of its own may print it with a capital ("Căn cứ Luật Thi đua, Khen thưởng;"), not a body's name
# ("Luật Đất đai, Sở Tài nguyên …": ``_comma_in_a_ground_s_law``).
_NAME_AFTER_A_COMMA_CAPITALISED = re.compile(rf",\s*[{CAPITAL_LETTERS}]")


@cache
def _not_a_law_before() -> re.Pattern:
    """The words that make the "Luật" after them a body's name or a bill (named_laws.not_after), folded, ending the
    text before it: "Trường Đại học Luật …", "dự thảo Luật …"."""
    words = "|".join(re.escape(fold(word)) for word in _NAMED_LAWS["not_after"]["words"])
    return re.compile(rf"(?:^|\W)(?:{words})\s*$")


def _reads_as_a_law(text: str, m: re.Match) -> bool:
    """Whether a _NAMED_LAW match names a law: not after a body's word or a bill's, its name's commas each a duty's,
    the Constitution named by its only name or none."""
    if _not_a_law_before().search(fold(text[max(0, m.start() - 20):m.start()])):
        return False
    name = m.group("name") or ""
    if "," in name and (re.search(r"\bcủa\b", name) or _NAME_AFTER_A_COMMA_CAPITALISED.search(name)
                        and not _comma_in_a_ground_s_law(text, m.start(), name)):
        return False
    constitution = m.groupdict().get("constitution_name")
    return not constitution or fold(constitution.strip(" ,")) in {
        fold(words) for words in _NAMED_LAWS["constitution_names"]["words"]}


def _comma_in_a_ground_s_law(text: str, start: int, name: str) -> bool:
    """Whether the capitals after the commas of a law's name at ``start`` are its words ("Căn cứ Luật Thi đua, Khen
    thưởng;", "Luật Phòng, Chống tác hại của thuốc lá"): the law opens a clause of a ground ("Căn cứ …", after it, a
    semicolon, a comma or "và": named_laws.alone), where a name runs into no prose, and no word after a comma opens a
    body's name ("Luật Đất đai, Ủy ban nhân dân tỉnh …", "…, Hội nghị …"), and the name is a known law's with a comma
    (named_laws.names_with_commas): "Căn cứ Luật Ngân sách nhà nước, Đầu tư công;" is two laws sharing one "Luật", no
    law named so (nothing cited, not a made-up name)."""
    opened = text.lstrip()
    return (_opens_a_ground(opened)
            and bool(_CLAUSE_OPENING.search(opened, 0, max(0, start - (len(text) - len(opened)))))
            and not any(re.match(body_start(), after.strip()) for after in name.split(",")[1:])
            and _NAME_WORDS.sub(" ", fold(name)).strip() in _names_with_commas())


_NAME_WORDS = re.compile(r"\s*,\s*|\s+")


@cache
def _names_with_commas() -> frozenset[str]:
    """The laws whose names hold a comma (named_laws.names_with_commas), folded, each comma a space: a name printed
    with a capital after a comma that is none of them is a list of laws sharing one "Luật" ("Luật Ngân sách nhà nước,
    Đầu tư công"), no one law's name."""
    return frozenset(_NAME_WORDS.sub(" ", fold(words)).strip() for words in _NAMED_LAWS["names_with_commas"]["words"])


def find_named_laws(text: str) -> list[Citation]:
    """The laws, codes and ordinances a text cites by name and date (or year) with no number: each a Citation whose
    number is None, its name in ``name`` and its text ("Bộ luật Lao động năm 2019")."""
    if "uật" not in text and "Hiến pháp" not in text and "Pháp lệnh" not in text:
        return []
    found = []
    # each pattern only where its literal words are (a test in C): their searches cost two thirds of this function
    amending = [m for m in _AMENDING_LAW.finditer(text) if not _not_a_law_before().search(fold(text[max(0, m.start() - 20):m.start()]))
                ] if any(opener in text for opener in _AMENDING_OPENERS) else []
    stripped = text.lstrip()
    alone = [m for m in _LAW_ALONE.finditer(text) if _CLAUSE_OPENING.search(stripped, 0, m.start() - (len(text) - len(stripped)))
             ] if _opens_a_ground(stripped) else []
    for m in sorted([*amending, *alone, *_NAMED_LAW.finditer(text)], key=lambda m: m.start()):
        clause_start = max(text.rfind(";", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if m.re is not _AMENDING_LAW and (_TITLE_OF_A_LAW.search(text, clause_start, m.start()) or not _reads_as_a_law(text, m)):
            continue
        groups = m.groupdict()  # a law by its name alone has no date, issuer nor the Constitution's groups
        issued, date_unreadable = _read_date(groups.get("date"))
        issuer = groups.get("issuer")
        issuer = issuer.strip() if issuer and not _too_long(issuer) else None
        printed_type = groups["type"] or groups["constitution"]
        found.append(Citation(doc_type=printed_type[:1].upper() + printed_type[1:].lower(), number=None,
                              issued_date=issued, date_unreadable=date_unreadable, issuer=issuer,
                              text=m.group().strip(), start=m.start(), end=m.end(),
                              name=(groups["name"] or groups.get("constitution_name") or "").strip(" ,") or None))
    return found


# A document cited by its type, date and issuer with no number ("Thực hiện Nghị quyết ngày 12/6/2025 của Quốc hội",
# "Công văn ngày 05/6/2026 của Bộ Nội vụ": cited_issuers.json dated_alone): the type with a capital, a full date right
# after it, then "của" and the issuer; the date and the issuer are what tell it, so neither may be missing.
_DATED_ALONE = json_data("cited_issuers.json")["dated_alone"]
_DATED_CITATION = re.compile(rf"(?<![\w])(?P<type>{literal_alternation(_DATED_ALONE['types'])})\s*,?\s*ngày\s+"
                             rf"(?P<date>{_DATE})\s+của\s+{_ISSUER}")
_DRAFT_BEFORE = re.compile(rf"(?:^|\W)(?:{'|'.join(re.escape(fold(w)) for w in _DATED_ALONE['not_after'])})\s*$")


@cache
def _comma_phrases() -> tuple[tuple[list[str], re.Pattern], ...]:
    """The phrases with a comma inside a body's name (cited_issuers.json comma_phrases): (the words before the comma,
    folded; the comma and the words after it)."""
    phrases = []
    for phrase in _cited_issuer_words()["comma_phrases"]["words"]:
        head, _, tail = phrase.partition(",")
        phrases.append((fold(head).split(), re.compile(rf"\s*,\s*{re.escape(tail.strip())}\b", re.IGNORECASE)))
    return tuple(phrases)


@cache
def _comma_phrase_openers() -> tuple[list[str], ...]:
    """The words (folded) a comma phrase follows in a body's name: "ban chi dao", "hoi dong" (comma_phrases after)."""
    return tuple(fold(words).split() for words in _cited_issuer_words()["comma_phrases"]["after"]["words"])


def _past_a_comma_phrase(text: str, start: int, end: int, in_capitals: bool) -> tuple[str, int] | None:
    """The issuer from ``start`` read on past a comma inside a body's name that ended it at ``end`` ("của Ban Chỉ đạo
    phòng" + ", chống tội phạm tỉnh"), and where it then ends; None where no such phrase is cut there."""
    words = fold(text[start:end]).split()
    for head, tail in _comma_phrases():
        before = words[: len(words) - len(head)]
        if (words[len(before):] == head and any(before[len(before) - len(opener):] == opener for opener in _comma_phrase_openers())
                and (comma := tail.match(text, end))):
            rest = re.compile(_ISSUER_TAIL, re.IGNORECASE if in_capitals else 0).match(text, comma.end())
            end = rest.end() if rest else comma.end()
            return text[start:end].strip(), end
    return None


def find_dated_citations(text: str) -> list[Citation]:
    """The documents a text cites by type, date and issuer alone: each a Citation whose number is None, its text the
    citation as printed; none whose date cannot be read (its date is what tells it: "ngày 30/02/2026" cites nothing
    that can be found), whose issuer runs too long to be one body's or opens in small letters (no body's name: "Báo cáo ngày 30/6/2025 của các đơn vị gửi …" is a report still to be made)."""
    if "ngày" not in text:
        return []
    found = []
    for m in _DATED_CITATION.finditer(text):
        issued = parse_date("ngày " + m.group("date"))
        issuer = m.group("issuer").strip()
        if issued is None or _too_long(issuer) or _DRAFT_BEFORE.search(fold(text[max(0, m.start() - 20):m.start()])):
            continue
        issuer, end = _cut_at_end_word(text, m.start("issuer"), m.end())
        if not issuer.strip()[:1].isupper():
            continue
        found.append(Citation(doc_type=m.group("type"), number=None, issued_date=issued.iso, date_unreadable=None,
                              issuer=issuer.strip(), text=text[m.start():end].strip(), start=m.start(), end=end))
    return found


def find_citations(text: str) -> list[Citation]:
    found: list[Citation] = []
    # "/" or "-" first: a test in C, where even a failing regex search costs a call per line
    if ("/" not in text and "-" not in text) or not _NUMBER_START.search(text):
        return found
    in_capitals = is_upper_line_without(text, _SYMBOL_IN_CAPITALS, _SYMBOL_WORD)
    for m in (_CITATION_IN_CAPITALS if in_capitals else CITATION).finditer(text):
        type_word = m.group("type")
        through_ocr_slip = bool(m.group("ocr_label")) or type_word in _OCR_TYPE_WORDS
        if _names_a_gazette(text[m.end("type"):m.start("number")]) or (
                through_ocr_slip and _SYMBOL_GOES_ON_MISREAD.match(text, m.start("number"))):
            continue
        names = doc_type_by_folded_name()
        printed_type = (names.get(fold(type_word)) or names.get(fold(re.sub(r"(?i) phối hợp", "", type_word)))
                        or type_word[:1].upper() + type_word[1:])  # "văn bản số …" in a sentence: the type "Văn bản"
        issued, impossible_date = _read_date(m.group("date"))
        number = normalise_number(m.group("number"))
        if in_capitals:
            number = with_codes_case(number)
        if through_ocr_slip and not _symbol_read_whole(number):
            continue
        head, _, symbol = number.rpartition("/")
        if head and (restored := hyphen_restored(symbol, printed_type)):
            number = f"{head}/{restored}"
        doc_type = _cited_type(printed_type, number)
        if type_word.upper() in _TYPE_CODES_IN_CAPITALS and not (doc_type := _abbreviated_type(type_word, number)):
            continue
        issuer, end = m.group("issuer"), m.end()
        if issuer and (past_comma := _past_a_comma_phrase(text, m.start("issuer"), m.end("issuer"), in_capitals)):
            issuer, end = past_comma
        elif issuer and not in_capitals and (past_and := _duty_past_and(text, m.start("issuer"), m.end("issuer"))):
            issuer, end = past_and
        if issuer and _is_joint(doc_type, number) and (
                first := _FIRST_OF_DASHED_BODIES.match(issuer)):
            issuer, end = first.group(), m.start("issuer") + first.end()  # the others are read by _joint_issuer
        if issuer and (cut := _cut_after_term(issuer)) != issuer:
            issuer, end = cut, m.start("issuer") + len(cut)
        if issuer and (joint := _joint_name(text, m.start("issuer"), in_capitals)):
            issuer, end = joint
        elif issuer and (whole := _whole_issuer(text, m.start("issuer"), m.end("issuer"), in_capitals)):
            issuer, end = whole
        elif issuer and _too_long_for_a_body(issuer):
            issuer = None
        elif issuer:
            issuer, end = _cut_at_end_word(text, m.start("issuer"), end)
            if central := _central_name_before_small_words(issuer):
                issuer, end = central, m.start("issuer") + len(central)
        if issuer and (m.group("among") or _is_joint(doc_type, number)) and (
                joint := _joint_issuer(text, m.start("issuer"), end, in_capitals)):
            issuer, end = joint
        elif m.group("among") and not _joint_opener(issuer):
            issuer, end = None, m.start("among")  # "giữa" one body: the others not read, the first is not the issuer
        before_number = m.group("issuer_first")
        if before_number and not (re.match(r"\s+của\s", text[m.end("type"):m.start("issuer_first")])
                                  or _names_bodies_alone(before_number)):
            before_number = None  # a sentence between the type and "số", not its issuer
        issuer = issuer or before_number
        found.append(
            Citation(
                doc_type=doc_type,
                number=number,
                issued_date=issued,
                date_unreadable=m.group("bad_date").strip(" ,") if m.group("bad_date") else impossible_date,
                issuer=issuer.strip() if issuer else None,
                text=text[m.start():end].strip(),
                start=m.start(),
                end=end,
            )
        )
    if not in_capitals and ("số" in text or "Số" in text) and (found or ":" in text):
        found = _with_listed(text, found)
    # an issuer the text does not print, where the symbol names one central body ("Nghị định 64-CP": Chính phủ)
    return [c if c.issuer else replace(c, issuer=_issuer_of_number(c.number)) for c in found]
