"""Recognisers for the parts of an administrative document, shared by the metadata and sections stages:
the document-type heading, signature lines, the recipients line, annex headings, rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Callable

from ..facts import per_document
from ..resources import authority_spellings, authority_words, body_start, csv_rows, doc_type_by_folded_name, json_data, positions_by_folded_name
from ..text import fold, is_upper_line, sentence_case, strip_marks
from ..spelling import is_syllable, may_be_syllable

SEPARATOR = re.compile(r"^[-_=.*–—]{3,}$")
# The national motto: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc", as printed or broken over
# lines; the Party's documents print "ĐẢNG CỘNG SẢN VIỆT NAM" in its place, the Youth Union's "ĐOÀN TNCS HỒ CHÍ MINH"
# (a line of its own: the union's name inside a sentence is no motto).
MOTTO = re.compile(r"^(?:CỘNG(?:\s|$)|HÒA XÃ HỘI|HOÀ XÃ HỘI|Độc lập\s*[-–]\s*Tự do|ĐẢNG CỘNG SẢN VIỆT NAM|"
                   r"ĐOÀN (?:TNCS|THANH NIÊN CỘNG SẢN) HỒ CHÍ MINH\s*$)", re.IGNORECASE)
# The state's motto, anywhere in a line (a header's right column; lines of a header run into a table's cells), also as
# a copy without tone marks prints it ("CONG HOA XA HOI CHU NGHIA VIET NAM").
STATE_MOTTO = re.compile(r"CỘNG\s+H(?:OÀ|ÒA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA|Độc\s+lập\s*[-–]\s*Tự\s+do"
                         r"|CONG\s+HOA\s+XA\s+HOI\s+CHU\s+NGHIA|Doc\s+lap\s*[-–]\s*Tu\s+do", re.IGNORECASE)
# Lines of a header: the number, the place and date, a công văn's "V/v" subject and "Kính gửi".
HEADER_LINE = re.compile(r"^(?:Số\s*[:.]|V\s*/\s*v\b|Kính\s*gửi)|,\s*ngày\b", re.IGNORECASE)
RECIPIENTS = re.compile(r"^Nơi nhận\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
KEM_THEO = re.compile(r"kèm theo", re.IGNORECASE)
# A received stamp on a scan ("CÔNG VĂN ĐẾN", "VĂN BẢN ĐẾN"): it names a type but is no heading.
RECEIVED_STAMP = re.compile(r"^(?:CÔNG VĂN|VĂN BẢN|CV)\s+ĐẾN\b", re.IGNORECASE)
# "PHỤ LỤC 1", "Phụ lục số 2", "Phụ lục 1a", "Phụ lục I.1" (the first of part I's annexes), "PHỤ LỤC", "Phụ lục MỘT
# SỐ NHIỆM VỤ …", "BIỂU TỔNG HỢP NHIỆM VỤ …"; a form
# annexed, always numbered: "Biểu mẫu số 1", "Mẫu số 02", "BIỂU MẪU SỐ 03", and a table annexed as "Biểu số 01", "BIỂU SỐ
# 02" or "Biểu 1.1" (a title, if any, in capitals after it, or on the lines under it as under "Phụ lục 01"); a form's
# number may carry its code after a slash or a hyphen ("Mẫu số 01/KH", "Biểu mẫu 02/BC-UBND", "Mẫu số 03-TB"), not a
# fraction ("Biểu 1/2")
_PHU_LUC, _BIEU = ("PHỤ LỤC", "Phụ lục"), "BIỂU"
_FORM = ("BIỂU MẪU SỐ", "Biểu mẫu số", "BIỂU MẪU", "Biểu mẫu", "MẪU SỐ", "Mẫu số", "BIỂU SỐ", "Biểu số", "BIỂU", "Biểu")
_FORM_CODE = r"(?:[/-][A-ZĐ][A-ZĐ\d]*(?:-[A-ZĐ\d]+)*)?"
ANNEX = re.compile(rf"^(?:(?P<phu_luc>{'|'.join(_PHU_LUC)}|(?:{'|'.join(_FORM)})(?=\s+\d+{_FORM_CODE}\b(?!/)))"
                   rf"(?:(?:\s+(?:số|SỐ))?\s+(?P<number>[IVXLC]+(?:\.\d+)*|\d+(?:\.\d+)*[a-zA-Z]?{_FORM_CODE}))?\b"
                   rf"(?:\s*[.:\-–]\s+)?\s*(?P<rest>.*)|(?P<bieu>{_BIEU}\b.*))$")
_ANNEX_STARTS = (*_PHU_LUC, *_FORM, _BIEU)  # tested with str.startswith before ANNEX: this runs on every line
# "Biểu 1. KẾT QUẢ THU NGÂN SÁCH", "Biểu số 1", "BIỂU TỔNG HỢP …": a table's caption in the body as often as an annexed
# table's heading; it heads an annex only where an annex can start (sections.outline). A form ("Biểu mẫu số 1") is annexed.
TABLE_CAPTION = re.compile(r"^(?:BIỂU|Biểu)(?!\s+(?:MẪU|mẫu)\b)")
# "P H Ụ  L Ụ C 2": the heading set in letter-spaced capitals (as a type heading may be: _doc_type_by_letters_alone)
_SPACED_PHU_LUC = re.compile(r"^" + r"\s+".join(map(re.escape, _PHU_LUC[0].replace(" ", ""))) + r"(?!\S)")


@cache
def _draft_notes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A draft's note on a line of its own, and after a line's text (sections.json draft_note)."""
    note = json_data("sections.json")["draft_note"]
    return (re.compile(rf"^\(?\s*{note}\s*\)?$", re.IGNORECASE),
            re.compile(rf"\s*(?:\(\s*{note}\s*\)|\s[-–—]\s*{note})$", re.IGNORECASE))


def _may_note_a_draft(text: str) -> bool:
    return "thảo" in text or "THẢO" in text or "Thảo" in text  # most lines do not: no pattern run on them


def is_draft_note(text: str) -> bool:
    """A draft's note alone on its line ("DỰ THẢO", "(Dự thảo lần 2)", "DỰ THẢO 15/11")."""
    return _may_note_a_draft(text) and _draft_notes()[0].match(text.strip()) is not None


def is_bare_draft_note(text: str) -> bool:
    """A note that is only the words "dự thảo" (no brackets, "lần N", date or "bản"): the title's own words where
    they run on ("… lấy ý kiến nhân dân về" / "dự thảo" / "Luật Đất đai")."""
    return fold(text).strip() == "du thao"


# A title's end at its year ("… năm 2026", "giai đoạn 2021 - 2025)"): a bare "(dự thảo)" after it notes the draft.
_ENDS_IN_A_YEAR = re.compile(r"(?:19|20)\d\d[)\s]*$")


def without_draft_note(text: str, *, keep_words: bool = False) -> str:
    """The line without a draft's note after its text ("… năm 2026 (Dự thảo lần 3)", "KẾ HOẠCH (DỰ THẢO)"). With
    ``keep_words`` (a title's line) a note that is only "(dự thảo)" stays where it names what is drafted ("Lấy ý kiến
    về Luật Đất đai (dự thảo)"): it is cut where it carries "lần N", a date or "bản", follows the title's year, or is
    printed in capitals after words that are not."""
    if not _may_note_a_draft(text) or (note := _draft_notes()[1].search(text)) is None:
        return text
    before = text[: note.start()]
    if (keep_words and is_bare_draft_note(note.group().strip(" ()-–—")) and not _ENDS_IN_A_YEAR.search(before)
            and not (is_upper_line(note.group()) and not is_upper_line(before))):
        return text
    return before


def doc_type_of_heading(text: str) -> str | None:
    """"KẾ HOẠCH" -> "Kế hoạch"; a heading is a whole capitalised line naming a document type
    ("QUYẾT ĐỊNH:" with a colon opens a decision's articles and is not one; "KẾ HOẠCH (DỰ THẢO)" a draft's is)."""
    if len(text) > _longest_heading():
        return None  # length first: this runs on every line, and most lines are far longer than any type name
    text = without_draft_note(text)
    if text.endswith(":") or not is_upper_line(text):
        return None
    letters = _letters(_FOOTNOTE_MARK.sub("", text))
    doc_type = (doc_type_by_folded_name().get(letters) or _doc_type_by_letters_alone().get(letters.replace(" ", ""))
                or _type_before_heading_words(letters))
    return None if doc_type and _names_a_place(text) else doc_type


@cache
def _doc_type_by_letters_alone() -> dict[str, str]:
    """"kehoach" -> "Kế hoạch": a heading whose spaces say nothing. Set in letter-spaced capitals ("K Ế  H O Ạ C H"),
    typed so or printed with expanded character spacing (a PDF's text layer then puts a space between the letters), or
    with a space OCR put inside a word ("K ÉT LUẬN", "K Ế HOẠCH"). No two types' names share their letters (a name
    that did would name neither)."""
    by_letters: dict[str, set[str]] = {}
    for name, doc_type in doc_type_by_folded_name().items():
        by_letters.setdefault(name.replace(" ", ""), set()).add(doc_type)
    return {letters: types.pop() for letters, types in by_letters.items() if len(types) == 1}


# A consolidated text's heading carries the mark of the footnote that lists the texts it merges: "QUYẾT ĐỊNH[1]",
# "THÔNG TƯ(1)", "NGHỊ ĐỊNH¹".
_FOOTNOTE_MARK = re.compile(r"\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|[¹²³⁰-⁹]+)$")


def _type_before_heading_words(letters: str) -> str | None:
    """"ke hoach phoi hop" -> "Kế hoạch": a type, then words that say how it was made (type_heading_words.csv)."""
    for word in _type_heading_words():
        if letters.endswith(word) and letters[-len(word) - 1 : -len(word)] == " ":
            before = letters[: -len(word) - 1]
            return doc_type_by_folded_name().get(before) or _type_before_heading_words(before)
    return None


def kind_of_type(doc_type: str) -> str:
    """"Kế hoạch liên tịch" -> "Kế hoạch": a type without the words that say how it was made; other types as they are."""
    return _type_before_heading_words(fold(doc_type)) or doc_type


@cache
def _type_heading_words() -> tuple[str, ...]:
    return tuple(fold(row["words"]) for row in csv_rows("type_heading_words.csv"))


@cache
def unit_word() -> re.Pattern:
    """A unit word as printed (places.json unit_words): "XÃ", "PHƯỜNG", "THỊ XÃ", "TỈNH" …"""
    words = json_data("places.json")["unit_words"]["words"]
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})(?!\w)", re.IGNORECASE)


@cache
def _common_words_of_units() -> re.Pattern:
    """Words that begin with a unit word and name no unit ("XÃ HỘI"), where no name follows them: at the end, before
    a mark or before a unit word ("… XÃ HỘI TỈNH AN GIANG"); "XÃ HỘI AN" is the commune."""
    data = json_data("places.json")["unit_words"]
    common, units = (f"(?:{'|'.join(map(re.escape, data[key]))})" for key in ("common_words", "words"))
    return re.compile(rf"{common}(?!\w)(?=\s*$|\s*[^\w\s]|\s+{units}(?!\w))", re.IGNORECASE)


def _names_a_place(text: str) -> bool:
    """"PHƯỜNG AN KHÁNH": a unit word as printed, marks and all, then the unit's name; folded, the line would read as
    a type name ("phuong an" -> Phương án). Asked only of a line that reads as one."""
    return bool(unit_word().match(text.lstrip()))


@cache
def _longest_heading() -> int:
    """No type heading is longer than this, even with OCR's stray spaces and punctuation ("QUYẾT : ĐỊNH")."""
    return 3 * max(map(len, doc_type_by_folded_name()))


def _letters(text: str) -> str:
    """The folded words of a line without punctuation: OCR reads "QUYẾT: ĐỊNH" for "QUYẾT ĐỊNH"."""
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())


def doc_type_leading_heading(text: str) -> str | None:
    """"QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ" -> "Quyết định": a capitalised heading that begins with a
    document type and goes on with its title on the same line."""
    if not is_upper_line(text) or text.endswith(":"):
        return None
    folded = _letters(text)
    for name_folded, name in doc_type_by_folded_name().items():
        if folded.startswith(name_folded + " ") and len(folded) > len(name_folded) + 3:
            return None if _names_a_place(text) else name
    return None


def is_type_heading(text: str) -> bool:
    """A document-type heading, alone ("KẾ HOẠCH") or with its title ("QUYẾT ĐỊNH CHẤP THUẬN …")."""
    return bool(doc_type_of_heading(text) or doc_type_leading_heading(text))


def authority_of(text: str) -> str | None:
    """"TM. ỦY BAN NHÂN DÂN" -> "TM."; also without the space ("KT.CHỦ TỊCH")."""
    # only the line's start in capitals, once for every prefix: this runs on every line of a table (the capitals of a
    # longer start begin with those of a shorter one, so each prefix is tested as on its own start)
    head = text[: _longest_prefix()].upper()
    if text.startswith(_words_tuple()):
        return _written_out(text)
    spellings = authority_spellings()
    if not head.startswith(_spellings_tuple()):  # one test in C for all of them: most lines start with none
        return None
    for spelling, prefix in spellings.items():
        if head.startswith(spelling) and len(text) > len(spelling) and is_upper_line(text[len(spelling) :]) \
                and not figure_after_prefix(text, spelling):
            return prefix
    return None


# after "Q." a figure or a Roman numeral is a quarter ("Q.III/2026", "Q.1, Q.2" in a time column), no acting signer's
# post
_FIGURE_AFTER_PREFIX = re.compile(r"\s*(?:\d|[IVXLC]+\b)")


def figure_after_prefix(text: str, spelling: str) -> bool:
    """Whether a figure or a Roman numeral follows an authority prefix's ``spelling`` that ``text`` opens with: no
    signature's line then."""
    return bool(_FIGURE_AFTER_PREFIX.match(text, len(spelling)))


_TM_PREFIX = re.compile(r"^\s*T\s*[./]?\s*M\s*\.?\s*", re.IGNORECASE)  # "T/M ", "TM. ", "TM.", "T.M "


def without_tm(line: str) -> str:
    """A signature's TM. line without its prefix: the body it signs for ("T/M BỘ CHÍNH TRỊ" -> "BỘ CHÍNH TRỊ")."""
    return _TM_PREFIX.sub("", line)


def _written_out(text: str) -> str | None:
    """"QUYỀN BỘ TRƯỞNG" -> "Q.", "THAY MẶT ỦY BAN NHÂN DÂN" -> "TM.": a prefix written out, before words in capitals.
    A single word only before a position ("QUYỀN SỬ DỤNG ĐẤT" is none); a phrase ("THỪA LỆNH") before a position or
    one body, as a signature signs for ("THAY MẶT NHÂN DÂN GIÁM SÁT …", a heading in capitals, is none)."""
    words = next((words for words in authority_words() if text.startswith(f"{words} ")), None)  # longest first
    if words is None or not is_upper_line(rest := text[len(words) + 1 :]):
        return None
    if positions_pattern().match(strip_marks(rest).lower()) or " " in words and _one_body_starts(rest):
        return authority_words()[words]
    return None


@cache
def _one_body() -> re.Pattern[str]:
    return re.compile(body_start(), re.IGNORECASE)


def _one_body_starts(text: str) -> bool:
    """Whether a body's name (body_words.csv) opens ``text`` in capitals, not bodies in the plural ("CÁC ĐƠN VỊ …")."""
    return not text.startswith("CÁC ") and bool(_one_body().match(text))


@cache
def _words_tuple() -> tuple[str, ...]:
    return tuple(f"{word} " for word in authority_words())


@cache
def _longest_prefix() -> int:
    return max(map(len, authority_spellings()))


@cache
def _spellings_tuple() -> tuple[str, ...]:
    return tuple(authority_spellings())


def position_of(text: str) -> str | None:
    """Canonical position when the whole line is one ("PHÓ CHỦ TỊCH", also "CHÚ TỊCH" with a slipped mark)."""
    return positions_by_folded_name().get(fold(text)) if is_upper_line(text) else None


def is_signature_line(text: str) -> bool:
    return bool(authority_of(text) or position_of(text))


def signature_line_in_any_case(text: str, bare_post: bool = True) -> bool:
    """``is_signature_line`` of a line printed in any case, as a web copy may ("tm. ủy ban nhân dân", "Kt. Chủ Tịch",
    "Chủ tịch"): read in capitals. ``bare_post`` False: a post alone is no signature's line (in small letters "chủ
    tịch" may be a sentence's words; the caller tells when the chain has started)."""
    upper = text.upper()
    return bool(authority_of(upper) or bare_post and position_of(upper))


@per_document  # the sections and the tables stages both ask it of every line
def annex_heading(text: str) -> re.Match[str] | None:
    """An annex starts with a line "PHỤ LỤC [n]" (its title may follow in capitals) or "BIỂU …" in capitals."""
    if text.startswith("P "):
        text = _SPACED_PHU_LUC.sub(_PHU_LUC[0], text)
    match = ANNEX.match(text) if text.startswith(_ANNEX_STARTS) else None
    if not match:
        return None
    if match.group("bieu"):
        return match if is_upper_line(text) else None
    rest = match.group("rest")
    return match if not rest or is_upper_line(rest) else None


# ---------------------------------------------------------------------------------------------------
# The signature block: the chain of authority, the signer's position, the name


@dataclass(frozen=True)
class Chain:
    """What the capitalised lines of a signature block say: "TL. CỤC TRƯỞNG / KT. TRƯỞNG BAN BAN CHÍNH SÁCH /
    PHÓ TRƯỞNG BAN" -> authority ["TL.", "KT."], title "Phó Trưởng ban Ban Chính sách"."""

    authority: tuple[str, ...] = ()
    title: str | None = None  # canonical position, with the unit printed after it
    title_as_printed: str | None = None
    inferred: bool = False  # no position of the signer's own: the deputy of the KT. line's head
    kt_inferred: bool = False  # a deputy under TL. with no KT. line read: the KT. is implied (Nghị định 30/2020, Điều 13)
    untold_by_marks: bool = False  # a post printed without marks that spells two posts ("THU TRUONG"): no title read


@cache
def positions_pattern() -> re.Pattern[str]:
    """Every position, longest first, as whole words of the text without marks, in lower case."""
    names = sorted(positions_by_folded_name(), key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(n) for n in names) + r")(?![a-z])")


# between two posts one person holds ("BỘ TRƯỞNG, CHỦ NHIỆM", "BỘ TRƯỞNG - CHỦ NHIỆM"), without marks
JOINED_POST = re.compile(r"\s*(?:,|kiem|\s[-–]\s)\s*")


def _joined_as_printed(joint: str) -> str:
    """How a title joins two posts, as the signature does: ", ", " - " (or its en dash) or " kiêm "."""
    dash = next((c for c in joint if c in "-–"), None)
    return ", " if "," in joint else f" {dash} " if dash else " kiêm "


_UNIT = re.compile(r"^[^\W\d_]+(?:[ ,.&\-–]+[^\W\d_]+)*$")  # "–": an en dash between two fields, as "-"
# What a unit printed after a position starts with: a kind of body, or "THƯỜNG TRỰC", or "PHỤ TRÁCH" (a deputy in
# charge of the body: "PHÓ GIÁM ĐỐC PHỤ TRÁCH") (matched without marks); the kinds of the deconcentrated and public
# bodies a province's joint plan names in its signature columns ("GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH", "HIỆU TRƯỞNG TRƯỜNG …").
_UNIT_START = re.compile(r"^(?:BO|VU|CUC|TONG CUC|CHI CUC|BAN|PHONG|VAN PHONG|THANH TRA|SO|TRUNG TAM|VIEN|TO|DOAN|UY BAN|HOI DONG|"
                         r"QUOC HOI|CHINH PHU|NUOC|THUONG TRUC|THUONG VU|PHU TRACH|BAO HIEM XA HOI|BHXH|CONG AN|KHO BAC|"
                         r"NGAN HANG|BENH VIEN|TRUONG|BO CHI HUY|HAI QUAN|TONG CONG TY|CONG TY)\b")


@cache
def _any_body() -> re.Pattern[str]:
    """Words after a post that name whatever body the signer heads (heads_of_any_body.csv: "THỦ TRƯỞNG CƠ QUAN",
    "THỦ TRƯỞNG ĐƠN VỊ"), in capitals without marks."""
    words = "|".join(re.escape(strip_marks(row["words"]).upper()) for row in csv_rows("heads_of_any_body.csv"))
    return re.compile(rf"(?:{words})\b")


@cache
def _posts_told_by_marks() -> dict[str, str]:
    """Lower-cased post -> the post (posts_told_by_marks.csv): "thủ trưởng" -> "Thủ trưởng"."""
    return {row["post"].lower(): row["post"] for row in csv_rows("posts_told_by_marks.csv")}


def _post_as_printed(printed: str, folded: str) -> str:
    """The position a signature's words name: the post its marks spell where marks tell two posts apart ("THỦ
    TRƯỞNG" is no "Thứ trưởng"), else the position of positions.csv its folded words are."""
    return _posts_told_by_marks().get(printed.lower()) or positions_by_folded_name()[folded]


@cache
def _deputies() -> dict[str, str]:
    rows = [*csv_rows("positions.csv"), *({"position": row["post"], **row} for row in csv_rows("posts_told_by_marks.csv"))]
    return {row["position"]: row["deputy"] for row in rows if row.get("deputy")}


def deputy_of(head: str) -> str | None:
    """The post that signs KT. for ``head`` (canonical: "Chủ tịch" -> "Phó Chủ tịch"), None when none is listed."""
    return _deputies().get(head)


@cache
def _prefix_pattern() -> re.Pattern[str]:
    # a prefix spelt as a word ("QUYỀN") is a whole word; one ending in its full stop may be glued on ("KT.CHỦ TỊCH")
    prefixes = "|".join(re.escape(spelling) + ("(?![a-z])" if spelling[-1].isalpha() else "") for spelling in _prefix_of_lowered())
    return re.compile(rf"(?:^|(?<=\s))(?:{prefixes})\s*")


@cache
def _prefix_of_lowered() -> dict[str, str]:
    """"t/m" and "tm." -> "TM.", "quyen" -> "Q.": the prefixes as they are found in a chain's text without marks, in
    lower case."""
    return {strip_marks(spelling).lower(): prefix for spelling, prefix in [*authority_spellings().items(), *authority_words().items()]}


def fuzzy_position(text: str) -> str | None:
    """A capitalised line that is a position misread by OCR ("PHÓ CHỦ TỊC", "THỨ TRƯƠNG SN")."""
    if not is_upper_line(text) or len(text) > 40:
        return None
    from rapidfuzz import fuzz, process  # only for lines that are no position as printed

    letters = re.sub(r"[\W\d_]", "", fold(text))  # OCR drops spaces and adds stops: "_ PHÓCHỦTỊCH :"
    found = process.extractOne(letters, list(_positions_by_letters()), scorer=fuzz.ratio, score_cutoff=88)
    return _positions_by_letters()[found[0]] if found and _a_slip_of(text, found[0]) else None


def _a_slip_of(text: str, letters: str) -> bool:
    """Whether a line near a post's letters can be that post misread: each word that differs a slip
    (agencies.another_word: no syllable, or one of places.json letter_slips), not another real word ("TRƯỞNG TRẠI" is
    no Trưởng trạm, "TRƯỞNG KHO" no Trưởng khoa); nor a real word added or dropped ("CHÍNH TRỊ VIÊN PHÓ" is no Chính
    trị viên). Words run together or split by OCR ("PHÓCHỦTỊCH") are left to the letters' score."""
    from .agencies import another_word  # the agencies' slips, loaded only for a line no post as printed

    words = [word for word in (re.sub(r"[\W\d_]", "", w) for w in fold(text).split()) if word]
    post = _folded_by_letters()[letters].split()
    if len(words) == len(post):
        if words[-1] != post[-1] and _cut_short(words[-1], post[-1]):
            words[-1] = post[-1]
        return another_word(" ".join(words), " ".join(post)) is None
    return not all(may_be_syllable(word) for word in words)


def _cut_short(printed: str, word: str) -> bool:
    """A line's last word with its final consonants lost, as OCR cuts a line's end ("PHÓ GIÁM ĐỐ", "TRƯỞNG BA"); not
    a vowel lost, which makes another word ("KHO" is no "KHOA")."""
    return word.startswith(printed) and not set(word[len(printed):]) & set("aeiouy")


@cache
def _positions_by_letters() -> dict[str, str]:
    return {name.replace(" ", ""): position for name, position in positions_by_folded_name().items()}


@cache
def _folded_by_letters() -> dict[str, str]:
    return {name.replace(" ", ""): name for name in positions_by_folded_name()}


# Words of a unit's name: a central department's runs to sixteen ("VỤ THỰC HÀNH QUYỀN CÔNG TỐ VÀ KIỂM SÁT ĐIỀU TRA ÁN
# TRẬT TỰ XÃ HỘI").
_MAX_UNIT_WORDS = 20


def issuer_lines(header: list[str], ends_issuer: Callable[[str], object]) -> list[list[str]]:
    """The folded words of each line in capitals of a header's issuer, the lines above the first for which
    ``ends_issuer`` holds (the motto, the number, the date line); rules left out."""
    lines = []
    for line in header:
        if ends_issuer(line):
            break
        if is_upper_line(line) and not SEPARATOR.match(line):
            lines.append(fold(line).split())
    return lines


def made_of_lines(text: str, lines: list[list[str]]) -> bool:
    """A line of two words or more that is a header's issuer, its lines (``issuer_lines``) run together in any order
    ("TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM" / "HỘI ĐỒNG THÀNH VIÊN" -> "HỘI ĐỒNG THÀNH VIÊN TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM")."""

    def made_of(rest: list[str], unused: list[list[str]]) -> bool:
        return not rest or any(rest[: len(line)] == line and made_of(rest[len(line) :], unused[:i] + unused[i + 1 :])
                               for i, line in enumerate(unused) if line)

    words = fold(text).split()
    return len(words) >= 2 and made_of(words, lines)


def is_unit(text: str) -> bool:
    """The name of a unit printed after a position ("VỤ CẢI CÁCH HÀNH CHÍNH", "THƯỜNG TRỰC", "QUỐC HỘI", "UBND TỈNH"),
    not a seal's smudges read by OCR ("25-SCNI # HO", "P HỌ")."""
    words = text.split()
    if not (is_upper_line(text) and 2 <= len(words) <= _MAX_UNIT_WORDS and _UNIT.match(text)):
        return False
    bare = strip_marks(text)
    return bool(_UNIT_START.match(bare) or _any_body().match(bare)) or bare.split()[0] in _body_abbreviations()


@cache
def abbreviation_expansions() -> dict[str, str]:
    """Abbreviations of bodies' names in capitals, marks stripped, and what they stand for ("UBND" -> "Ủy ban nhân
    dân"); those that are also words ("TƯ") left out (agency_abbreviations.csv)."""
    return {strip_marks(row["abbreviation"]): row["expansion"] for row in csv_rows("agency_abbreviations.csv")
            if row["is_word"] != "1" and row["abbreviation"].isalpha()}


@cache
def _body_abbreviations() -> frozenset[str]:
    """The abbreviations that stand for a kind of body a unit starts with ("UBND", "HĐND", "BCĐ"; not "TP", a place)."""
    return frozenset(a for a, expansion in abbreviation_expansions().items() if _UNIT_START.match(strip_marks(expansion).upper()))


@cache
def _body_names_by_fold() -> dict[str, str]:
    """The registry's names of bodies, folded -> as written ("so giao duc va dao tao" -> "Sở Giáo dục và Đào tạo")."""
    return {fold(row["name"]): row["name"] for row in csv_rows("agencies.csv") if row["collective"] != "1"}


def unit_as_named(unit: str) -> str:
    """A unit printed in capitals after a position, written as names of bodies are (Nghị định 30/2020, Phụ lục II):
    the registry's spelling of the body ("SỞ GIÁO DỤC VÀ ĐÀO TẠO" -> "Sở Giáo dục và Đào tạo"), abbreviations kept
    ("UBND"), a unit word in lower case and the place's name after it with capitals ("TỈNH AN GIANG" -> "tỉnh An
    Giang"); a body the registry does not know with capitals on its kind and on the first word of its field ("VỤ CẢI
    CÁCH HÀNH CHÍNH" -> "Vụ Cải cách hành chính"), a unit of no known kind in sentence case ("THƯỜNG TRỰC")."""
    if all(_any_body().fullmatch(part.strip()) for part in strip_marks(unit).upper().split(",")):
        return unit.lower()  # "CƠ QUAN, ĐƠN VỊ": no name, written as the decree's forms write it
    words = unit.split()
    known = next((name for end in range(len(words), 0, -1) if (name := _body_names_by_fold().get(fold(" ".join(words[:end]))))), None)
    not_in_registry = known is None
    if not known and (kind := _UNIT_START.match(strip_marks(unit))) and len(words) > (size := len(kind.group().split())):
        field = words[size]
        if not (_unit_words_at(words[size:]) or strip_marks(field) in abbreviation_expansions()):
            known = sentence_case(" ".join(words[:size])) + " " + field[:1] + field[1:].lower()
    cased = known.split() if known else []
    place = False  # after a unit word: the words are a place's name
    i = len(cased)
    while i < len(words):
        word, bare = words[i], strip_marks(words[i])
        if not place and (size := _unit_words_at(words[i:])):
            cased += [w.lower() for w in words[i : i + size]]
            place, i = True, i + size
            continue
        if word.isupper() and bare in abbreviation_expansions():
            cased.append(word)
            place = place or _unit_words_at(abbreviation_expansions()[bare].split()) > 0
        else:
            # "VỤ KHOA GIÁO - VĂN XÃ": a second field of a name the registry does not know, its own capital (a unit
            # word after the dash is read above: "… - HUYỆN CHỢ MỚI" is "huyện Chợ Mới")
            second_field = not_in_registry and cased and words[i - 1] in _FIELD_DASHES
            cased.append(word[:1] + word[1:].lower() if place or second_field else word.lower())
        i += 1
    if cased and not known:
        cased[0] = cased[0][:1].upper() + cased[0][1:]
    return " ".join(cased)


_FIELD_DASHES = ("-", "–")  # a dash between two fields of one body's name ("KẾ HOẠCH - TÀI CHÍNH")


def _unit_words_at(words: list[str]) -> int:
    """How many of the words a unit word takes at their start ("THÀNH PHỐ HỒ CHÍ MINH": 2), 0 if none ("XÃ HỘI" is
    society: places.json unit_words common_words)."""
    text = " ".join(words)
    if _common_words_of_units().match(text):
        return 0
    match = unit_word().match(text)
    return len(match.group().split()) if match and match.group().split() == words[: len(match.group().split())] else 0


def post_of_unit(text: str) -> bool:
    """A line that is a position and the unit it heads: "CHỦ TỊCH QUỐC HỘI", "GIÁM ĐỐC SỞ NỘI VỤ", or two posts one
    person holds and the unit the last heads ("BỘ TRƯỞNG, CHỦ NHIỆM VĂN PHÒNG CHÍNH PHỦ")."""
    bare = strip_marks(text).lower()
    post = positions_pattern().match(bare) if is_upper_line(text) else None
    if not post:
        return False
    while (joint := JOINED_POST.match(bare, post.end())) and (second := positions_pattern().match(bare, joint.end())):
        post = second
    unit = text[post.end() :].strip(" ,.-")
    return is_unit(unit) or bool(unit) and bool(_unit_named_without_its_kind(positions_by_folded_name()[post.group()], unit))


@cache
def _glued_start() -> re.Pattern[str]:
    """A position or a prefix that starts inside a word, the letters before it glued on (in the text without marks)."""
    names = sorted(positions_by_folded_name(), key=len, reverse=True)
    prefixes = sorted(_prefix_of_lowered(), key=len, reverse=True)
    return re.compile(r"(?<=[a-z])(?:" + "|".join(re.escape(n) for n in names) + r")(?![a-z])|(?<=[a-z])(?:"
                      + "|".join(re.escape(p) for p in prefixes) + ")")


@cache
def _prefixes_lowered() -> tuple[str, ...]:
    return tuple(_prefix_of_lowered())


def unglued_chain_line(line: str) -> list[str] | None:
    """A chain's line whose body a copy glued to the next line's position or prefix ("TM. BAN THƯỜNG VỤ TỈNH
    ĐOÀNBÍ THƯ THƯỜNG TRỰC", "TM. ỦY BANKT. CHỦ TỊCH"), parted into its two lines where the word before the glue
    is a whole syllable ("ĐOÀN", "BAN"): read glued, the position lost its first word ("…TỈNHPHÓ CHỦ TỊCH" was
    "Chủ tịch") or was none. [line] when nothing is glued; None when the letters before the glue are no syllable
    ("UBNDPHÓ CHỦ TỊCH"): where the body ends cannot be told, and no part is safe to take."""

    bare = strip_marks(line).lower()
    if len(bare) != len(line):
        return [line]
    for glue in _glued_start().finditer(bare):
        word_start = bare.rfind(" ", 0, glue.start()) + 1
        if bare.startswith(_prefixes_lowered(), word_start):
            continue  # a prefix whose letters hold another's ("TUQ." ends in "Q.")
        word_end = len(bare) if (space := bare.find(" ", glue.start())) < 0 else space
        if is_syllable(line[word_start:word_end].strip(".,").lower()):
            continue  # a word that merely ends in a prefix's letters
        head = line[word_start : glue.start()]
        if not is_syllable(head.lower()):
            return None
        rest = unglued_chain_line(line[glue.start() :].strip())
        return None if rest is None else [line[: glue.start()].strip(), *rest]
    return [line]


def signature_chain(lines: list[str]) -> Chain:
    """Read the capitalised lines of a signature block, one or several to a line. After TM. comes the collective
    body; after KT., TL. or TUQ. the head the signer signs for; after Q. the position held as acting. The first
    position that is no such head is the signer's, with the unit printed after it ("VỤ TRƯỞNG VỤ CẢI CÁCH HÀNH
    CHÍNH"); a deputy of a KT. head printed with no unit takes the head's ("KT. TRƯỞNG BAN BAN CHÍNH SÁCH" /
    "PHÓ TRƯỞNG BAN")."""
    text = " ".join(line.strip() for line in lines if line.strip())
    bare = strip_marks(text).lower()
    if len(bare) != len(text):  # the positions below index the printed text through the bare one
        return Chain()
    prefixes = _prefixes_in_chain(lines, bare)
    authority = tuple(_prefix_of_lowered()[m.group().strip()] for m in prefixes)
    positions = list(positions_pattern().finditer(bare))
    posts = [_post_as_printed(text[p.start() : p.end()], p.group()) for p in positions]  # canonical names, in order
    head_of: dict[int, str] = {}  # position index -> the prefix it follows as the head
    for prefix, match in zip(authority, prefixes):
        first = next((i for i, p in enumerate(positions) if p.start() >= match.end()), None)
        if first is None or prefix == "TM.":
            continue
        # "KT. Q. CHỦ TỊCH", "KT. QUYỀN CHỦ TỊCH": the deputy signs for the acting head, the head is the KT.'s
        between = _prefix_pattern().sub("", bare[match.end() : positions[first].start()]).strip()
        if not between:
            head_of.setdefault(first, prefix)
            # a head holding two posts, "KT. BỘ TRƯỞNG, CHỦ NHIỆM" / "PHÓ CHỦ NHIỆM": a post after a comma is the
            # head's too, unless it is the head's deputy, the signer's own post run onto the line
            while (first + 1 < len(positions) and _deputies().get(posts[first]) != posts[first + 1]
                   and JOINED_POST.fullmatch(bare[positions[first].end() : positions[first + 1].start()])):
                first += 1
                head_of.setdefault(first, prefix)
    in_body = _positions_in_collective_name(lines, prefixes, authority, positions, bare)
    own = next((i for i, _ in enumerate(positions) if head_of.get(i) not in ("KT.", "TL.", "TUQ.") and i not in in_body), None)

    def unit_after(i: int) -> str:
        ends = [p.start() for p in positions[i + 1 :]] + [m.start() for m in prefixes if m.start() > positions[i].end()]
        unit = text[positions[i].end() : min(ends, default=len(text))].strip(" ,.-")
        return unit if is_unit(unit) or unit and _unit_named_without_its_kind(posts[i], unit) else ""

    heads = [i for i, prefix in head_of.items() if prefix == "KT." and (own is None or i < own)]
    head = posts[heads[-1]] if heads else None
    position = posts[own] if own is not None else None
    if head and _deputies().get(head) and position in (None, head):
        # "KT. BỘ TRƯỞNG" with no line of the deputy's own, or over "[PHÓ] GIÁM ĐỐC" half under a seal
        unit = unit_after(heads[-1])
        return Chain(authority, f"{_deputies()[head]} {unit_as_named(unit)}" if unit else _deputies()[head], None, inferred=True)
    if position is None:
        return Chain(authority)
    if head and position.lower() in _posts_told_by_marks() and fold(position) == fold(_deputies().get(head, "")):
        position = _deputies()[head]  # "KT. BỘ TRƯỞNG" / "THỦ TRƯỞNG": the deputy's post, its mark misprinted
    # "Người được ký thừa lệnh được giao lại cho cấp phó ký thay": a deputy signs under TL. only as KT. of the head;
    # not under TL. of an organ ("TL. ĐOÀN CHỦ TỊCH", "T/L BAN THƯỜNG VỤ"), a form that prints no KT.: as printed
    kt_inferred = ("TL." in authority and "KT." not in authority[authority.index("TL.") :]
                   and position in set(_deputies().values()) and "TL." in head_of.values())
    if kt_inferred:
        authority = (*authority, "KT.")
    start = positions[own].start()
    # a signer holding two posts, "BỘ TRƯỞNG, CHỦ NHIỆM" (the Government Office's minister), "PHÓ THỦ TƯỚNG, BỘ
    # TRƯỞNG …": both are the signer's, the unit printed after the last
    while (own + 1 < len(positions) and _deputies().get(posts[own]) != posts[own + 1] and own + 1 not in in_body
           and (joint := JOINED_POST.fullmatch(bare[positions[own].end() : positions[own + 1].start()]))):
        position = f"{position}{_joined_as_printed(joint.group())}{posts[own + 1]}"
        own += 1
    unit = unit_after(own)
    end = text.find(unit, positions[own].end()) + len(unit) if unit else positions[own].end()
    printed = text[start:end]
    if not unit and head and _deputies().get(head) == position:
        unit = unit_after(heads[-1])
    if unit and (kind := _unit_named_without_its_kind(position, unit)):
        # "TRƯỞNG PHÒNG NGÂN SÁCH": the Phòng Ngân sách, named as bodies are, without the kind the position holds
        title = f"{position} {unit_as_named(f'{kind} {unit}').split(' ', len(kind.split()))[-1]}"
    else:
        title = f"{position} {unit_as_named(unit)}" if unit else position
    if _untold_without_marks(text[positions[own].start() : positions[own].end()], position, head):
        return Chain(authority, None, printed.strip() or None, untold_by_marks=True)
    return Chain(authority, title, printed.strip() or None, kt_inferred=kt_inferred)


def _untold_without_marks(printed: str, position: str, head: str | None) -> bool:
    """A post printed without marks whose letters spell two posts told apart only by their marks (posts_told_by_marks.csv:
    "THU TRUONG", a Thứ trưởng or a Thủ trưởng), unless a KT. line's head has it as its deputy ("KT. BO TRUONG" / "THU
    TRUONG": the Thứ trưởng)."""
    folded = fold(position)
    return (printed.isascii() and any(fold(post) == folded for post in _posts_told_by_marks().values())
            and not (head and fold(_deputies().get(head, "")) == folded))


def _prefixes_in_chain(lines: list[str], bare: str) -> list[re.Match[str]]:
    """The prefixes in a chain's text without marks (its lines joined by a space): one spelt as a word ("QUYỀN") only
    where a line starts or right after another prefix ("KT. QUYỀN CHỦ TỊCH"), not inside a unit's name ("VỤ THỰC HÀNH
    QUYỀN CÔNG TỐ"); one written out in words ("KÝ THAY") wherever it stands, as a chain run into one line prints it."""
    starts, offset = set(), 0
    for line in (line.strip() for line in lines if line.strip()):
        starts.add(offset)
        offset += len(line) + 1
    found: list[re.Match[str]] = []
    for match in _prefix_pattern().finditer(bare):
        spelt = match.group().strip()
        if not spelt[-1:].isalpha() or " " in spelt or match.start() in starts or found and found[-1].end() == match.start():
            found.append(match)
    return found


def _positions_in_collective_name(lines: list[str], prefixes: list[re.Match[str]], authority: tuple[str, ...],
                                  positions: list[re.Match[str]], bare: str) -> set[int]:
    """The positions printed inside the name of the collective a TM. line signs for ("TM. ĐOÀN CHỦ TỊCH", "T/M HỘI
    ĐỒNG BỘ TRƯỞNG"): words of the body's name, not the signer's post, when a position follows on a later line or when
    the collective is a standing organ whose name holds a post ("T/M BAN BÍ THƯ", "TM. ĐOÀN CHỦ TỊCH": party_boards.json
    board_lines), after TM. or any other prefix ("TL. BAN BÍ THƯ …" / "CHÁNH VĂN PHÒNG"). Otherwise a TM. line whose
    position ends it with none after is a block run onto one line ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH")."""
    ends, offset = [], 0
    for line in (line.strip() for line in lines if line.strip()):
        offset += len(line)
        ends.append(offset)
        offset += 1  # the space the lines were joined with
    inside = set()
    for prefix, match in zip(authority, prefixes):
        line_end = next(end for end in ends if end >= match.end())
        on_line = [i for i, p in enumerate(positions) if match.end() <= p.start() < line_end]
        if prefix == "TM." and on_line and any(p.start() >= line_end for p in positions):
            inside.update(on_line)
        # a standing organ named after a post is the body signed for after any prefix ("TL. BAN BÍ THƯ TRUNG ƯƠNG
        # ĐOÀN" / "CHÁNH VĂN PHÒNG": the signer is the office's head, no "Bí thư")
        inside.update(i for i in on_line if fold(bare[match.end() : positions[i].end()]) in board_lines())
    return inside


@cache
def board_lines() -> frozenset[str]:
    """Standing organs' names, folded (party_boards.json board_lines: "ban thuong vu", "ban bi thu", "doan chu tich")."""
    return frozenset(fold(line) for line in json_data("party_boards.json")["board_lines"])


@cache
def _unit_kinds() -> dict[str, str]:
    """Position -> the kind of unit its own words name, in capitals (positions.csv unit_kind): "Trưởng phòng" -> "PHÒNG"."""
    return {row["position"]: row["unit_kind"].upper() for row in csv_rows("positions.csv") if row.get("unit_kind")}


def _unit_named_without_its_kind(position: str | None, unit: str) -> str | None:
    """The kind of unit ``position`` holds in its words when ``unit`` is that unit's name without it ("TRƯỞNG PHÒNG" /
    "NGÂN SÁCH", "TỔ CHỨC CÁN BỘ"), not a unit of its own kind after it ("TRƯỞNG BAN" / "BAN CHÍNH SÁCH")."""
    kind = _unit_kinds().get(position or "")
    if not kind or fold(unit).startswith(fold(kind) + " ") or not is_unit(f"{kind} {unit}"):
        return None
    if " " in kind and is_unit(unit):
        # "CHÁNH VĂN PHÒNG" holds its office's whole kind: a unit of a kind of its own after it ("VỤ CẢI CÁCH HÀNH
        # CHÍNH") is that unit, named as it is; a one-word kind's name may look like a unit ("PHÒNG" / "TỔ CHỨC CÁN BỘ")
        return None
    return kind


@cache
def rank_prefixes() -> tuple[str, ...]:
    """Ranks (ranks.csv) and degrees (degrees.csv: "TS.", "PGS.", "BS.CKII", "NGƯT.") printed before a name, folded,
    longest first."""
    prefixes = [row["rank"] for row in csv_rows("ranks.csv")] + [row["degree"] for row in csv_rows("degrees.csv")]
    return tuple(sorted(map(fold, prefixes), key=len, reverse=True))


@cache
def _rank_starts() -> tuple[str, ...]:
    """What a name ``without_rank`` cuts starts with: a rank or a degree (``rank_prefixes``), or a degree without its
    closing dot."""
    return rank_prefixes() + tuple(prefix[:-1] for prefix in rank_prefixes() if prefix.endswith("."))


def is_rank(text: str) -> bool:
    """A line that is only a rank or a degree ("Thượng tá", "ĐẠI TÁ", "TS."): printed over the name on a line of its own."""
    return fold(text.strip()) in rank_prefixes()


def without_rank(name: str) -> str:
    """"Thượng tướng Nguyễn Văn Long" -> "Nguyễn Văn Long", "PGS.TS. Trần Văn Bình" -> "Trần Văn Bình": the rank
    and the degrees are not part of the name (a degree's dot may have no space after it: "TS.Trần Văn Bình"; the last
    of a chain may lose its dot before the space: "Ths.Bs Lê Văn Nam", "BSCKII Lê Văn Nam", no name's word being one)."""
    for _ in range(3):  # a degree after a degree ("PGS. TS.") or after a rank
        folded = fold(name)
        if not folded.startswith(_rank_starts()):  # one test in C: most names have no rank, and the loops below are slow
            break
        prefix = next((p for p in rank_prefixes() if folded.startswith(p + " ") or p.endswith(".") and folded.startswith(p)), None)
        if prefix is None:
            prefix = next((p[:-1] for p in rank_prefixes() if p.endswith(".") and folded.startswith(p[:-1] + " ")), None)
        if prefix is None:
            break
        name = name[len(prefix):].strip()
    return name
