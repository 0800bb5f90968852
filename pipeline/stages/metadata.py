"""Metadata stage: the parts Nghị định 30/2020/NĐ-CP requires of an administrative document.

Reads the body blocks' ``text`` (never the input format); writes ``metadata`` and warnings. Every field
is read from the document itself. Anything missing or contradictory becomes a warning, never a guess:
a site's attribute panel is only compared with the document, it never fills a gap.

The header (issuer, number, place and date) sits above the document-type heading ("KẾ HOẠCH"), often
as a flattened two-column table; the title follows the heading; the recipients ("Nơi nhận") and the
signature block close the document, before any annex.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from .addressees import is_addressee_label, read_addressees
from .citations import (Citation, find_citations, find_dated_citations, find_named_laws, hyphen_restored, issuer_of_symbol, normalise_number, place_starts, symbol_codes,
                        with_codes_case)
from .clean import (ROW_SPAN, TABLE_STARTS, boilerplate, goes_on_next_line, number_cut_off, may_hold_unlabelled_stamp, signing_day_label, signing_stamp_line,
                    signing_time_line, stamp_body_before, unlabelled_stamp, unlabelled_stamp_after, unlabelled_stamp_openings, without_stamp_after,
                    without_star)
from .dates import VnDate, date_in_words, find_dates, parse_date
from .evidence import from_file_name, from_signature
from ..errors import SourceMissing
from ..model import (HIDDEN_LAYER, AttachedDocument, Block, CitedDocument, Document, DocumentMetadata, DocumentPart, FieldSource, Issue, Issuer,
                    JointNumber, Layer, CoSigner, Provenance, Signer)
from .parts import (board_lines, without_tm, JOINED_POST, KEM_THEO, MOTTO, RECEIVED_STAMP, RECIPIENTS, SEPARATOR, STATE_MOTTO, abbreviation_expansions, annex_heading, authority_of, is_unit, post_of_unit, doc_type_leading_heading, doc_type_of_heading, kind_of_type,
                    is_bare_draft_note, is_draft_note, issuer_lines, made_of_lines, unit_word, without_draft_note,
                    deputy_of, fuzzy_position, is_rank, is_type_heading, position_of, positions_pattern, signature_chain, signature_line_in_any_case, unglued_chain_line,
                    without_rank, rank_prefixes)
from ..roman import is_roman_numeral
from ..resources import (any_of, authority_spellings, is_bare_kind, authority_words, csv_rows, doc_type_by_abbreviation, doc_type_by_folded_name, issuer_codes, json_data, listed_pattern,
                        party_doc_type_by_abbreviation, names_a_place, opens_with_a_unit_kind, positions_by_folded_name, same_place, site_attribute_fields, site_placeholders,
                        unit_levels)
from ..text import CAPITAL_LETTERS, SMALL_LETTERS, behind_start_lookahead, fold, has_letters, is_upper_line, normalise, strip_marks
from ..spelling import is_syllable

_MAX_HEADER_BLOCKS = 40
# A type heading with the number after it, as legal sites title their copies: "QUYẾT ĐỊNH 1677/QĐ-TTg", "NGHỊ ĐỊNH SỐ
# 15/2025/NĐ-CP"; the title follows on the lines under it.
_HEADING_THEN_NUMBER = re.compile(r"^(?P<type>[^\d/]+?)\s+(?:S[ỐốÔô]\s*:?\s*)?(?P<number>\d+(?:/\d{4})?/[A-ZĐ][\wĐđ]*(?:-[\wĐđ]+)+)\s*$")
# The national motto, and the party's ("ĐẢNG CỘNG SẢN VIỆT NAM") on the documents of its committees.
_MOTTO = MOTTO
# The motto anywhere in a line, on the text without marks (OCR and text layers put it beside the issuer or the
# date: "THỦ TƯỚNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc Quảng Ngãi, ngày …").
_MOTTO_INSIDE = re.compile(
    r"CONG\s*HOA\s+XA\s+HOI(?:\s+CHU\s+NGH[I(]A(?:\s+VIET\s+NAM)?)?|DOC\s+LAP\s*[-–—]?\s*TU\s+DO(?:\s*[-–—]?\s*HANH\s+PHUC)?",
    re.IGNORECASE)
# "Số: 122/KH-UBND"; central bodies print the type before it ("Luật số: 91/2015/QH13", "Nghị quyết số: 96/2025/UBTVQH15");
# OCR reads "Só:".
_TYPES_BEFORE_NUMBER = r"(?:Luật|Bộ luật|Pháp lệnh|Lệnh|Nghị quyết|Nghị định|Quyết định|Thông tư(?: liên tịch)?|Chỉ thị)\s+"
_NUMBER_LINE = re.compile(
    rf"^(?:{_TYPES_BEFORE_NUMBER})?S[ốóo]\s*[:.]\s*(?P<rest>.*)$|"
    # without a colon, a type before "số" only when the number is all the line holds (not a title that cites one)
    # "Số 298 KH/TU": a Party number with a space for its hyphen (read only where its codes are the Party's, read_number)
    rf"^(?:S[ốóo]\s+|{_TYPES_BEFORE_NUMBER}s[ốóo]\s+(?=\d[\w.]*(?:\s*/\s*[\w.\-()]+)+\s*$))"
    rf"(?P<rest2>\d+\s*[/-].*|\d+\s+(?-i:[A-ZĐ][A-Za-zĐđ]{{0,3}}/[A-ZĐ]).*)$",
    re.IGNORECASE)
# "122/KH-UBND", "09/2010/QĐ-UBND", "66.15/2026/NQ-CP"; a party document's "12-KH/TU" (type before the slash); the
# form of the state's documents before 2001, a hyphen and the issuer's code ("388-HĐBT", "64-CP", "15-TTg"), a joint
# one's codes and its type after the slash ("03-TANDTC-VKSNDTC/TTLT").
_SYMBOL = re.compile(r"^(?P<number>\d+(?:\.\d+)?[a-zđ]?(?:/\d{4})?)?(?:/|-(?=[A-ZĐa-zđ]+(?:-[A-ZĐa-zđ]+)*/)|(?<=\d)-(?=[A-ZĐ][A-Za-zĐđ]{0,7}$))"
                     r"(?P<symbol>[A-ZĐa-zđ][\wĐđ&.\-()/]*)$")
_PLACEHOLDER = re.compile(r"[.…_]{2,}|…")
# A number left blank, or held by dots or an ellipsis, before the symbol (and a normative document's year).
# a rule drawn under a header's column (dashes, underscores, box-drawing lines), run onto the number's line by a copy
# that joins the header's cells or by a widget drawn beside it ("Số: 12/KH-UBND ---------------", "Số: 12/KH-UBND ____")
_RULE = r"[-–—_~=─━═]{3,}"
# no symbol ends in a rule, nor in dots after a space
_RULE_AFTER_NUMBER = re.compile(rf"(?:\s*{_RULE}|\s+[.…]{{3,}})\s*$")
_BLANK_NUMBER = re.compile(r"^[.…_]*/(?:\d{4}/)?(?P<symbol>[A-ZĐa-zđ][\wĐđ&.\-()/]*)$")
# The place is a few capitalised words (not a sentence that mentions a date), a ward's number among them since the 2025
# merger ("Bảo Lộc 1, ngày …", "Phường 3"), a level's words in small letters ("Thị xã …", "Đặc khu …"); OCR glues "ngày30". Some offices print the date in figures alone ("Hà Nội,
# 03-02-2026"): then the date is all the line holds after the comma.
# A kind a place's own name carries, a word in small letters in it ("Nông trường" of "Thị trấn Nông trường Mộc Châu";
# places.json place_kind_words): one of the place's words, its first letter in either case
_PLACE_KIND = "|".join(rf"[{kind[0].upper()}{kind[0]}]{kind[1:]}".replace(" ", r"\s+")
                       for kind in json_data("places.json")["place_kind_words"]["words"])
# the words of places.json's unit words in small letters ("thành", "phố", "xã", "phường" …), any order: a place's own
# line may print its unit so ("phường 5, ngày …", "thị trấn Phong Thổ, ngày …")
_UNIT_WORDS_IN_SMALL_LETTERS = "|".join(sorted({re.escape(word) for unit in json_data("places.json")["unit_words"]["words"]
                                                for word in unit.split()}, key=len, reverse=True))
# a unit's abbreviation in any case, glued to the name or not ("tp. Hồ Chí Minh", "tp Hà Nội", "tp.Hồ Chí Minh", "tx
# Sa Pa"): places.json district_kind_words' abbreviations in capitals ("TP", "TX"); in capitals they read as a capitalised word
_UNIT_ABBREVIATIONS_ANY_CASE = "(?i:" + "|".join(sorted(form for forms in json_data("places.json")["district_kind_words"]["kinds"].values()
                                                         for form in forms if form.isalpha() and form.isupper())) + r")\.?(?=\s|[" + CAPITAL_LETTERS + "])"
_DATE_LINE = re.compile(
    rf"^(?P<place>(?:(?:{_PLACE_KIND}|[{CAPITAL_LETTERS}][^\s,\d/:;()\"“]*|{_UNIT_ABBREVIATIONS_ANY_CASE}|\d{{1,2}}(?=\s*,)|{_UNIT_WORDS_IN_SMALL_LETTERS}|[-–])\s*){{0,7}}?)"
    rf"\s*(?:,?\s*(?:[Nn]gày|NGÀY)(?![{SMALL_LETTERS}])|(?<=\S),\s*(?=\d{{1,2}}\s*[/.\-]\s*\d{{1,2}}\s*[/.\-]\s*\d{{4}}\s*\.?$)"
    # "Hà Nội, 05 tháng 3 năm 2026" without its "ngày", or a draft's "Hà Nội, tháng 3 năm 2026"
    r"|(?<=\S),\s*(?=(?:\d{1,2}\s+)?tháng\s+\d{1,2}\s+năm\s+\d{4}\s*\.?$))")
# What a place-and-date line cannot lack: "ngày" (any case _DATE_LINE takes), or a comma and a date in figures at its
# end. Tested first in C: on a line of capitals without either, _DATE_LINE's place words try every way of cutting the
# line's words into capitalised pieces before failing (0.2-0.7 ms a line).
_YEAR_AT_END = re.compile(r"\d{4}\s*\.?$")


def _date_line(text: str) -> re.Match[str] | None:
    """``_DATE_LINE.match(text)``, skipped on a line that cannot match it; a place in small letters the registry knows.
    A line that opens with a cited document's date is none ("ngày 12/4/2023 của UBND Thành phố": a "V/v" subject
    wrapped after the number it cites)."""
    if "gày" in text or "GÀY" in text or "," in text and _YEAR_AT_END.search(text):
        if _CITED_DATE.match(text) or boilerplate().article_chrome.match(text) or signing_time_line(text) \
                or signing_day_label(text):
            return None  # a portal's posting date ("Đăng ngày 17 - 05 - 2024"), a stamp's time: no place and date of issue
        match = _DATE_LINE.match(text)
        if match and not match.group("place").strip(" ,") and _prose_after_the_day(text):
            return None  # "Ngày 8/3/2026, Ngày Quốc tế Phụ nữ, …": a sentence opening on a day, no place and date of issue
        return match or _known_place_in_small_letters(text)
    return None


# A day with no place before it (a date line's "Ngày 05 tháng 3 năm 2026", or a body's sentence opening on a day).
_DAY_FIRST = re.compile(r"^\s*,?\s*[Nn]gày\s*\d{1,2}(?:\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*|\s+tháng\s+\d{1,2}\s+năm\s+)\d{4}")
# What ends a date line of issue and goes on with the header's next cell, two columns read as one row: the number's
# cell ("Số: …"), the subject ("V/v …", "Về việc …"); the addressees' label and a type's name are checked apart.
_HEADER_CELL_AFTER_THE_DAY = re.compile(r"^(?:S[ốỐ]\s*:|V\s*/\s*[vV]\b|Về việc\b)")
# What follows a day in a sentence: a comma, a colon, a bracket, or a dash and a second date (a span of days).
_SENTENCE_AFTER_THE_DAY = re.compile(r"^(?:[,:;(]|[-–—]\s*\d)")


def _prose_after_the_day(text: str) -> bool:
    """Whether a line opening on a day with no place is a body's sentence, not a date line of issue. A date line holds
    the day and nothing after it, or the header's next cell run on, two columns read as one row ("Ngày 05 tháng 3 năm
    2026 V/v tổ chức …", "… Về việc …", "… Kính gửi: …", "… Kế hoạch", "… KẾ HOẠCH", "… Số: 45/UBND"); a day followed
    by ",", ":", "(" or a span of days and more words ("Ngày 20/3/2026, UBND tỉnh tổ chức …", "Ngày 15/3/2026 (Chủ
    nhật), …", "Ngày 10/4/2026 - 15/4/2026, tổ chức …"), or by other words, opens a sentence."""
    day = _DAY_FIRST.match(text)
    if day is None:
        return False
    rest = text[day.end():].strip()
    if not has_letters(rest, 1):
        return False  # "Ngày 05 tháng 3 năm 2026." alone
    if _SENTENCE_AFTER_THE_DAY.match(rest):
        return True
    if not rest[0].isalpha() or _HEADER_CELL_AFTER_THE_DAY.match(rest) or is_addressee_label(rest) or is_upper_line(rest):
        return False  # a figure after the day (a number's cell without its "Số:") read as before
    folded = fold(rest.rstrip(" .:"))
    return not any(folded == name or folded.startswith(name + " ") for name in _doc_type_names())


@cache
def _doc_type_names() -> tuple[str, ...]:
    """The types' names folded ("ke hoach"), the longest first: a header's type heading run onto its date line."""
    return tuple(sorted(doc_type_by_folded_name(), key=len, reverse=True))


# A date with no place before it and words in small letters after it: the date of a document the line goes on citing.
_CITED_DATE = re.compile(rf"^ngày\s+\d{{1,2}}\s*(?:[/.\-]\s*\d{{1,2}}\s*[/.\-]\s*|\s+tháng\s+\d{{1,2}}\s+năm\s+)\d{{4}}\s*,?\s+[{SMALL_LETTERS}]")


# Old pages print the place in sentence case ("Hà nội, ngày 11 tháng 11 năm 1995", "TP. Hồ Chí minh, ngày …"); its words
# hold no more than _DATE_LINE's place words (no quote, no slash).
_SMALL_LETTERS_DATE_LINE = re.compile(rf"^(?P<place>[{CAPITAL_LETTERS}][^\s,\d/:;()\"“]*(?:\s+[^\s,\d/:;()\"“]+){{1,4}}?)\s*,\s*(?:[Nn]gày|NGÀY)(?![{SMALL_LETTERS}])")


def _known_place_in_small_letters(text: str) -> re.Match[str] | None:
    """A place-and-date line whose place has a word in small letters: taken only when the words are a place's name and
    nothing else (``names_a_place``: "Hà nội", "Thành phố Đà nẵng"; not "Hôm nay" nor "Tại trụ sở Hà nội")."""
    match = _SMALL_LETTERS_DATE_LINE.match(text)
    return match if match and names_a_place(match.group("place")) else None


# The same inside a title's text, where a layout or a scan ran the first sentence on ("… điện tử Ngày 07/11/2025, …").
# A news page's lead sentence starts with its date ("Ngày 05 tháng 3 năm 2026 Ủy ban nhân dân xã … đã ban hành …").
_BODY_INSIDE = re.compile(rf"\s(?:Ngày \d{{1,2}}(?:[/.]\d{{1,2}}[/.]|\s+tháng\s+\d{{1,2}}\s+năm\s+)\d{{4}}(?:,|\s+(?=[{CAPITAL_LETTERS}]))|Căn cứ (?=[{CAPITAL_LETTERS}])|Kính gửi\b|Xét đề nghị\b|Theo đề nghị\b)")
# Where the header of a document without a type heading (a công văn) ends.
# Lines no type heading comes after once the header's date was seen: the grounds and articles of the body.
_PAST_THE_HEADING = re.compile(r"^(?:Căn cứ|Theo đề nghị|Xét đề nghị)\b|^Điều \d|^QUYẾT ĐỊNH\s*:")
_HEADER_END = re.compile(r"^(?:Kính\s*g[ửu]i|Căn cứ|Thực hiện|Theo đề nghị)\b|^[IVXLC]+\.\s|^\d+\.\s", re.IGNORECASE)
# The trích yếu of a công văn: "V/v triển khai …" ("V/V", "V/v:" and OCR's "V/ v" too).
_VV = re.compile(r"^V\s*/\s*[vV]\b\s*:?\s*(?P<rest>.*)$")
_ABOUT = re.compile(r"^Về việc\s+\S")  # the subject written out; it names no type, so only "V/v" makes a công văn
# The kinds of body a header line starts with, matched on the line without marks so that OCR's slips of a mark
# ("TỎ CÔNG TÁC", "CỤC THUE") still split the header into bodies.
# OCR glues a handwritten day to "ngày" ("Hà Nội, ngày30 tháng 4") or drops the comma.
_GLUED_DATE_LINE = re.compile(r"^(?P<place>[^,\d]{0,40}?)[\s,.:]*ngày", re.IGNORECASE)
_KINDS_SPELT_OUT = (
    r"(?:UY BAN NHAN DAN|UBND|HOI DONG NHAN DAN|HDND|UY BAN THUONG VU QUOC HOI|SO|BAN(?! HANH)|PHONG|VAN PHONG|THANH TRA|CHI CUC|"
    r"TONG CUC|CUC|VU|TO CONG TAC|TO|TRUNG TAM|BO|CONG AN|TRUONG|BENH VIEN|DANG UY|TINH UY|THANH UY|HUYEN UY|QUAN UY|"
    r"DOAN (?:DAI BIEU QUOC HOI|DBQH)|QUOC HOI|CHINH PHU|THU TUONG|NGAN HANG NHA NUOC|KIEM TOAN NHA NUOC|TOA AN|VIEN KIEM SAT|TAND|VKSND|DANG BO|CHI BO|"
    # the Youth Union's cell in a body, as the Party's ("TỈNH ĐOÀN" / "CHI ĐOÀN SỞ NỘI VỤ")
    r"CHI DOAN|"
    # a Party group in a state body, a committee's inspection commission ("TỈNH ỦY …" / "ĐẢNG ĐOÀN HĐND TỈNH")
    r"DANG DOAN|UY BAN KIEM TRA|"
    # a ministry's units of other kinds ("BỘ TÀI CHÍNH" / "KHO BẠC NHÀ NƯỚC", "BỘ Y TẾ" / "VIỆN DINH DƯỠNG")
    r"KHO BAC NHA NUOC|KBNN|BAO HIEM XA HOI|BHXH|HOC VIEN|VIEN|"
    # mass organisations: the Fatherland Front, the unions' executive committees ("BCH ĐOÀN TỈNH", "BCH HỘI LHPN …"),
    # the associations (association_kinds.csv: "HỘI NÔNG DÂN", "HỘI LUẬT GIA")
    r"UY BAN (?:MTTQ|MAT TRAN TO QUOC)|BCH|BAN CHAP HANH|TINH DOAN|THANH DOAN|HUYEN DOAN|"
    # their central committees named without the board ("TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", "TRUNG ƯƠNG HỘI LHPN VIỆT
    # NAM"), under a ministry in a joint header: a body of its own, not the ministry's name going on
    r"TRUNG UONG (?:DOAN|HOI)|"
    + "|".join(re.escape(strip_marks(row["kind"]).upper()) for row in csv_rows("association_kinds.csv")) + "|"
    # a trade union abbreviated at a header line's start ("CĐ NGÀNH Y TẾ …", "CĐCS TRƯỜNG …"); a college prints "TRƯỜNG CĐ"
    r"LIEN DOAN|CONG DOAN|CDCS|CD|"
    # state corporations and their companies ("TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM" / "TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG")
    r"TAP DOAN|TONG CONG TY|CONG TY|"
    # a corporation's, a company's or a university's governing council ("TẬP ĐOÀN …" / "HỘI ĐỒNG THÀNH VIÊN")
    r"HOI DONG (?:THANH VIEN|QUAN TRI|TRUONG)|"
    # the National Assembly's Ethnic Council under it ("QUỐC HỘI" / "HỘI ĐỒNG DÂN TỘC")
    r"HOI DONG DAN TOC|"
    # a branch of a body of the whole country ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" / "CHI NHÁNH TỈNH QUẢNG NINH")
    r"CHI NHANH|"
    # the tax and statistics offices since 2025 ("CỤC THUẾ" / "THUẾ TỈNH NGHỆ AN", "THUẾ CƠ SỞ 3 …", "CỤC THỐNG KÊ" /
    # "THỐNG KÊ TỈNH PHÚ THỌ"), civil judgment enforcement
    # ("THI HÀNH ÁN DÂN SỰ" / "TỈNH HÀ TĨNH"), the military region, a province's radio and television; each with the
    # words after it, as a decree's title may wrap before the kind's words ("… VỀ" / "THI HÀNH ÁN DÂN SỰ"). Not a fund
    # ("QUỸ"): a title wraps before one's name after any word ("QUẢN LÝ" / "QUỸ PHÁT TRIỂN …")
    r"THUE (?:TINH|THANH PHO|CO SO)|THONG KE (?:TINH|THANH PHO)|THI HANH AN DAN SU (?:TINH|THANH PHO|KHU VUC)|QUAN KHU|BO TU LENH|"
    r"DAI (?:PHAT THANH|TRUYEN HINH)|"
    # a department's team ("CỤC QUẢN LÝ THỊ TRƯỜNG …" / "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3", "CHI CỤC THUẾ …" / "ĐỘI THUẾ …"),
    # named by what teams do: without its marks "ĐỘI" is also a title's "ĐỔI TÊN", "ĐỐI VỚI", "CHUYỂN ĐỔI SỐ", "ĐỜI SỐNG"
    r"DOI (?:QUAN LY THI TRUONG|THUE|CANH SAT|KIEM TRA|KIEM SOAT|THANH TRA|THI HANH AN|QUAN LY TRAT TU)|"
    # a committee of any other name, a ministry-level one too ("ỦY BAN DÂN TỘC", "ỦY BAN QUẢN LÝ VỐN NHÀ NƯỚC …"): a
    # legal site's narrow cell wraps it after its first word ("ỦY" / "BAN DÂN TỘC"), which is no body of its own
    r"UY BAN|"
    # a unit of the commune or the field a header prints under its parent ("TRUNG TÂM Y TẾ …" / "TRẠM Y TẾ XÃ …",
    # "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG …" / "ĐỒN BIÊN PHÒNG …"; unit_kinds.csv)
    + "|".join(re.escape(strip_marks(row["kind"]).upper()) for row in csv_rows("unit_kinds.csv")) + ")"
)


def _abbreviated_kinds() -> str:
    """The abbreviations of agency_abbreviations.csv that stand for a kind of body ("BCĐ" Ban Chỉ đạo, "BCHQS" Bộ Chỉ
    huy Quân sự, "LĐLĐ" Liên đoàn Lao động), as the kinds above match them: a header line that opens with one is a body
    of its own ("QUÂN KHU 7" / "BCHQS TỈNH TÂY NINH"), not the name of the line above going on."""
    kind = re.compile(rf"{_KINDS_SPELT_OUT}\b")
    return "|".join(sorted((re.escape(abbreviation) for abbreviation, expansion in abbreviation_expansions().items()
                            if kind.match(strip_marks(expansion).upper())), key=len, reverse=True))


_AGENCY_KINDS = re.compile(rf"(?:{_KINDS_SPELT_OUT}|{_abbreviated_kinds()})\b")
# A unit of unit_kinds.csv, and an organ inside such a unit (unit_organs.csv, after its executive committee's "BCH"):
# "CÔNG ĐOÀN CƠ SỞ" / "TRẠM Y TẾ XÃ …" is the station's union, one name, not the station under a union.
_UNIT_KINDS = frozenset(strip_marks(row["kind"]).upper() for row in csv_rows("unit_kinds.csv"))
_UNIT_ORGAN = re.compile(r"(?:(?:BCH|BAN CHAP HANH) )?(?:"
                         + "|".join(re.escape(strip_marks(row["organ"]).upper()) for row in csv_rows("unit_organs.csv")) + r")\b")
# A word of a person's name; a Highland name's word can hold an apostrophe ("Điểu K'Ré").
_NAME_WORD = rf"[{CAPITAL_LETTERS}](?:['’]\s?[{CAPITAL_LETTERS}])?[{SMALL_LETTERS}]+"


@cache
def _highland_name_starts() -> tuple[str, ...]:
    """How names of the Central Highlands open, which no other name does (task_tables.json highland_name_starts)."""
    return tuple(json_data("task_tables.json")["highland_name_starts"])


@cache
def _name() -> re.Pattern[str]:
    """A person's name: two to five capitalised words; after a Highland name's opening word two to five ("Y Biêr
    Niê": "Y Tế" is no name), after its opening with an apostrophe one to five ("H'Yim Kđoh", "K' Brình")."""
    starts = _highland_name_starts()
    words = "|".join(re.escape(start.strip()) for start in starts if start.endswith(" "))
    marks = "|".join(re.escape(start) for start in starts if not start.endswith(" "))
    # the word after an opening has a small letter: "Y TẾ XÃ" is no name (_NAME_WORD's letters after the first take "Ế")
    after = rf"(?=\S*[{SMALL_LETTERS}]){_NAME_WORD}"
    # a middle name of one letter ("Giàng A Chu") only between a known family name (task_tables.json surnames) and a
    # given name: after any other word it is a place's or a body's ("Huyện A Lưới", "Bản A Pa Chải", "Phường A Nam")
    middle = "|".join(map(re.escape, json_data("task_tables.json")["one_letter_middle_names"]))
    families = "|".join(map(re.escape, sorted(_surnames(), key=len, reverse=True)))
    return re.compile(rf"^(?:(?:{words})\s+{after}(?:\s+{_NAME_WORD}){{1,4}}|(?:{marks})\s?{after}(?:\s+{_NAME_WORD}){{0,4}}"
                      rf"|(?:(?:{families})\s+(?:{middle})|{_NAME_WORD})(?:\s+{_NAME_WORD}){{1,4}})$")


@cache
def _body_start_pattern() -> re.Pattern[str]:
    """Where the body starts after the title ("Căn cứ …", "Thời gian qua, …"): sections.json ``body_start``."""
    return listed_pattern("sections.json", "body_start")


@cache
def _title_stops() -> re.Pattern[str]:
    """A numbered item under a title in sentence case ("1. Mục tiêu"): sections.json ``title_stops_at``."""
    return listed_pattern("sections.json", "title_stops_at")


@cache
def _title_openings() -> re.Pattern[str]:
    return listed_pattern("sections.json", "title_may_open")


@cache
def _organ_pattern() -> re.Pattern[str]:
    return listed_pattern("sections.json", "organ_lines")


@cache
def _session_pattern() -> re.Pattern[str]:
    return listed_pattern("sections.json", "session_lines")


def _session_line(text: str) -> bool:
    """A council's session in capitals ("KHÓA X, KỲ HỌP THỨ 24"; sections.json session_lines): context, no title."""
    return is_upper_line(text) and bool(_session_pattern().search(fold(text)))


@cache
def _session_title_pattern() -> re.Pattern[str]:
    return re.compile(json_data("sections.json")["session_titles"])


def _organ_line(text: str) -> bool:
    """A Party document's line naming the organ or the meeting under its type heading (sections.json organ_lines), or
    an old heading's issuer ("CỦA THỦ TƯỚNG CHÍNH PHỦ")."""
    return is_upper_line(text) and bool(_organ_pattern().match(text) or _of_its_issuer(text))


# Before 2005 the type heading named its issuer: "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH", or "CHỈ THỊ" over "CỦA THỦ
# TƯỚNG CHÍNH PHỦ"; the title follows. A subject ("… VỀ VIỆC …", "… V/V …") or a number ("… SỐ 16/2001/CT-TTG …", the
# heading sentence) on the line makes it the title's.
_OF_ISSUER = re.compile(r"^CỦA\s+(?P<issuer>[^\d]+)$")
_SUBJECT_WORD = re.compile(r"\bVỀ\b|\bV\s*/\s*V\b")
# That issuer's phrase with the subject run on in its line ("CỦA ỦY BAN NHÂN DÂN TỈNH VỀ VIỆC BAN HÀNH …", "CỦA ỦY BAN
# NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT …"): the phrase is the heading's, the title starts at the subject. "VỀ VIỆC" or
# "V/V" first, then a bare "VỀ" ("CỦA CHỦ TỊCH … VỀ ĐẨY MẠNH …"): a body's name can hold a "VỀ" of its own.
_OF_ISSUER_BEFORE_SUBJECT = (re.compile(r"^CỦA\s+(?P<issuer>[^\d]+?)\s+(?=VỀ\s+VIỆC\b|V\s*/\s*V\b)"),
                             re.compile(r"^CỦA\s+(?P<issuer>[^\d]+?)\s+(?=VỀ\b)"))


def _of_its_issuer(text: str) -> bool:
    """"CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH", "CỦA CHÍNH PHỦ": a body, or a position and its body, and nothing else."""
    match = _OF_ISSUER.match(text)
    return bool(match) and not _SUBJECT_WORD.search(text) and _names_a_body(
        strip_marks(_issuer_of_sentence(match.group("issuer"))))


def without_issuers_phrase(title: str, lines: int) -> str:
    """The title less an old heading's issuer's phrase before its subject ("CỦA ỦY BAN NHÂN DÂN TỈNH VỀ VIỆC …" ->
    "VỀ VIỆC …"); the title as it was where the phrase names no body, or where its line is all the title there is
    (a Party directive's "CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ CÔNG TÁC CÁN BỘ" over its body is kept whole: an earlier
    decision, tests/test_metadata_bodies.py)."""
    if lines < 2:
        return title
    for pattern in _OF_ISSUER_BEFORE_SUBJECT:
        if (match := pattern.match(title)) and _names_a_body(strip_marks(_issuer_of_sentence(match.group("issuer")))):
            return title[match.end() :]
    return title


def _opens_title(text: str) -> bool:
    """The line under the type heading opens the title though a body opens alike ("Thực hiện Nghị quyết số …",
    sections.json title_may_open), unless it ends as a clause does ("Thực hiện Kế hoạch số …, Sở ban hành …:")."""
    return bool(_title_openings().match(text)) and not re.search(r"[:;,]$", text)


@cache
def _signed_marks() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in json_data("sections.json")["signed_marks"])


def _signed_mark(text: str) -> bool:
    """A line standing for the signature, the seal or a digital signature's details ("Đã ký", "[daky]", "Ký bởi: …",
    "Signature Not Verified")."""
    return any(p.match(text) for p in _signed_marks()) or text.startswith(unlabelled_stamp_openings()) and _unlabelled_stamp_line().match(text) is not None


@cache
def _stamp_signer_label() -> re.Pattern[str]:
    return re.compile(json_data("sections.json")["stamp_signer"])


def _stamp_signer(text: str, corroborated: bool = False) -> str | None:
    """The person a digital signature's stamp line names as who signed ("Ký bởi: Nguyễn Văn Bình", "Digitally signed
    by …"; sections.json stamp_signer); None for a body ("Ký bởi: Văn phòng UBND tỉnh …") or anything not a name.
    ``corroborated``: as in ``_a_person_s_name``. A labelled name of three words or more is a person's whole name
    ("Nguyễn Văn Linh", "Chu Văn An", "Lê Thanh Nghị": communes and streets took them), so it counts as corroborated:
    only a province's is refused; a district's or a commune's two words ("Hoàng Mai", "Lê Chân") need a post row."""
    if not (label := _stamp_signer_label().match(text)):
        return None
    who = without_stamp_after(label.group("who")).strip(" .")
    if _a_body_no_person(who):
        return None
    name = signer_name(who)
    return name if name and _a_person_s_name(name, corroborated or len(name.split()) >= 3) else None


def _a_body_no_person(text: str) -> bool:
    """The words name a body (``_names_a_body``, compared folded), unless a family name printed with its marks opens
    them: folded, "Trương", "Vũ", "Tô" are the kinds "Trường", "Vụ", "Tổ", but no kind of body is spelt with a family
    name's marks. Without marks ("Truong Van Hung") the words stay a body's: nothing tells them apart."""
    if not text.isascii() and text.split(None, 1)[0] in _surnames():
        return False
    return _names_a_body(strip_marks(text.upper()))


def _a_person_s_name(name: str, corroborated: bool = False) -> bool:
    """A name read as two to five capitalised words is a person's, no place, post or organisation in title case ("Tỉnh
    Kon Tum", "Hà Nội", "Phó Chủ Tịch", "Đoàn Thanh Niên"): a known family name opens it (_known_name), or, written
    without marks (a reader's "Digitally signed by Nguyen Van Hung"), a family name folded opens or ends it (Western
    order: "Hung Van Nguyen"); and it is no place's (``names_a_place``: "Hà Nội", "Lâm Đồng", the districts "Hoàng
    Mai", "Lê Chân": a family name opens them), no position (positions.csv, with its marks; folded in a name without
    them: "Chu Tich") and no mass organisation's name (party_boards.json central_committee_of, association_kinds.csv:
    "Đoàn Thanh Niên"). ``corroborated``: the form says a person signed (a "Ký bởi:" label with a post row beside it),
    so a district's or a commune's name, many a person's ("Trần Phú", "Lê Lợi"), is read; a province's never is."""
    words = name.split()
    if not _known_name(name):
        folded = {fold(surname) for surname in _surnames_folded_alone()}
        if not (name.isascii() and (fold(words[0]) in folded or fold(words[-1]) in folded)):
            return False
    return not (names_a_place(name, provinces_only=corroborated) or (fold(name) + " ").startswith(_mass_organisations())
                or _opens_with_a_position(name))


def _opens_with_a_position(text: str) -> bool:
    """A position of positions.csv opens the words (``_positions_opening``)."""
    return bool(_positions_opening(text))


def _positions_opening(text: str) -> list[str]:
    """The positions of positions.csv (as it writes them) that open the words: compared with their marks ("Vũ Trường
    Giang" folds as "Vụ trưởng" does, "Tô Trường Sơn" as "Tổ trưởng", "Thủ trưởng đơn vị" as "Thứ trưởng"), folded
    only in words written without marks ("Chuc vu: Pho Chu tich")."""
    spelt = _post_spelt(text, text.isascii()) + " "
    return [position for folded, position in positions_by_folded_name().items()
            if spelt.startswith((folded if text.isascii() else _post_spelt(position, False)) + " ")]


def _post_spelt(text: str, folded: bool) -> str:
    """A post's words to compare with a position's: in small letters with their marks, or folded."""
    return fold(text) if folded else " ".join(text.lower().split())


_STAMP_LINES_OVER = 5  # a stamp's lines over the signature block: who, the body, the e-mail, the time, the zone


def _stamp_signers_over(blocks: list[Block], start: int) -> list[tuple[str, Block]]:
    """The persons a digital signature's stamp printed right over the signature block names (its lines drawn before
    the block's first line in the page's order), with their lines; none when a name is printed over the stamp (it
    may be another signature's, the one before)."""
    found, at = [], start
    while at > max(0, start - _STAMP_LINES_OVER) and _signed_mark(text := blocks[at - 1].text or ""):
        if who := _stamp_signer(text):
            found.append((who, blocks[at - 1]))
        at -= 1
    return [] if at > 0 and signer_name(blocks[at - 1].text or "") else found


@cache
def _unlabelled_stamp_line() -> re.Pattern[str]:
    return re.compile(unlabelled_stamp())


@cache
def _signed_mark_inside() -> re.Pattern[str]:
    return re.compile(json_data("sections.json")["signed_mark_inside"])


@cache
def _signing_stamp_after() -> re.Pattern[str]:
    return re.compile(json_data("sections.json")["signing_stamp_after"] + "|" + unlabelled_stamp_after())


@cache
def _signing_stamp_words() -> tuple[str, ...]:
    return tuple(json_data("sections.json")["signing_stamp_words"])


def _without_signing_stamp(text: str) -> str:
    """``text`` without a digital signature's stamp run on after it (``_signing_stamp_after``)."""
    if (":" not in text or not any(word in text for word in _signing_stamp_words())) and not may_hold_unlabelled_stamp(text):
        return text
    return _signing_stamp_after().sub("", text)


def _without_header_stamps(header: list[Block]) -> list[Block]:
    """The header's lines without a digital signature's stamp a PDF's text layer ran on after them ("ỦY BAN NHÂN DÂN
    Ký bởi: …", "Số: 215/KH-UBND Thời gian ký: …": clean.without_stamp_after), nor a stamp's own lines (its labels, its
    e-mail, its time: clean.signing_stamp_line; its time of signing, clean.signing_time_line), which a stamp drawn over the header puts between the header's lines
    (between a subject's lines and the date line, which they would go on)."""
    out = []
    for block in header:
        text = block.text or ""
        if signing_stamp_line(text) or signing_time_line(text):  # "Ngày ký: 04-05-2026 09:44:21 +07:00" too
            continue
        cut = without_stamp_after(text)
        out.append(block.model_copy(update={"text": cut}) if cut and cut != text else block)
    return out


def _split_at_signed_marks(blocks: list[Block]) -> list[Block]:
    """The lines with a web copy's "(đã ký)" inside them as the parts around it ("PHÓ CHỦ TỊCH (đã ký) Trần Văn Bình"
    -> "PHÓ CHỦ TỊCH", "Trần Văn Bình"; "Đã ký: Trần Văn Bình" -> "Trần Văn Bình"), each a block of the same place; a
    line a digital signature's stamp runs on ("Trần Văn Bình Ký bởi: Lê Văn An") as what comes before the stamp; the
    others as they are."""
    out = []
    for block in map(_without_signing_columns, blocks):
        text = block.text or ""
        if (cut := _without_signing_stamp(text)) != text:
            block, text = block.model_copy(update={"text": cut}), cut
        if _may_hold_signed_mark(text) and len(parts := _signed_mark_inside().split(text)) > 1:
            out.extend(block.model_copy(update={"text": part}) for part in parts if part)
        else:
            out.append(block)
    return out


def _may_hold_signed_mark(text: str) -> bool:
    """Whether the line can hold a "(đã ký)" (``_signed_mark_inside``): its opening and its "ký" both found in C first."""
    return ("(" in text or "[" in text or ":" in text or "KÝ" in text) and ("ký" in text or "KÝ" in text or "ky" in text)


def _without_signing_columns(block: Block) -> Block:
    """A row read with its gaps whose columns hold a digital signature's details beside the signature's own lines
    ("Thời gian ký: 20.05.2025 09:15\tTrần Văn Bình", a PDF's e-signature printed left of the name): the other columns,
    the details' cell left empty where other columns stay side by side; the others as they are."""
    columns = _columns(block)
    if not any(_signed_mark(column) for column in columns):
        return block
    kept = ["" if _signed_mark(column) else column for column in columns]
    if not any(kept):
        return block
    row = next(filter(None, kept)) if sum(map(bool, kept)) == 1 else "\t".join(kept)
    return block.model_copy(update={"text": " ".join(row.split()), "orig": row})


@cache
def _signing_stamp_date() -> re.Pattern[str]:
    return re.compile(json_data("sections.json")["signing_stamp_date"])


def _without_bare_stamps(blocks: list[Block]) -> list[Block]:
    """The blocks without a bare signing stamp's rows (sections.json signing_stamp_date): the day of signing in figures,
    and a name right over it, which is the stamp's (perhaps another person's than the printed signer's), so no signer;
    what the day's line goes on with ("20.04.2026 Trần Văn Bình": the printed name on the stamp's second row) stays,
    a block of the same place."""
    out: list[Block] = []
    for block in blocks:
        _add_past_bare_stamp(out, block)
    return out


def _add_past_bare_stamp(out: list[Block], block: Block) -> None:
    """``block`` added to ``out`` as ``_without_bare_stamps`` adds it: a bare stamp's day drops the name over it."""
    text = (block.text or "").strip()
    if not text[:1].isdigit() or not (day := _signing_stamp_date().match(text)):
        out.append(block)
        return
    if out and signer_name(out[-1].text or ""):
        out.pop()
    if rest := text[day.end():].strip():
        out.append(block.model_copy(update={"text": rest}))


def _signature_lines(blocks: list[Block]) -> list[Block]:
    """``_chain_and_name_apart(_without_bare_stamps(_split_at_signed_marks(blocks)))``, the blocks none of the three
    can change (``_left_by_signature_passes``: most of a body's lines) passed through as they are: the passes run on
    every line after the header, and three calls a line cost more than the one test."""
    lines: list[Block] = []
    waiting: list[Block] = []
    left: set[int] = set()
    _first_signature_passes(blocks, waiting, left)
    _settle_signature_lines(lines, waiting, left, every=True)
    return lines


def _first_signature_passes(blocks: list[Block], waiting: list[Block], left: set[int]) -> None:
    """``_split_at_signed_marks`` and ``_without_bare_stamps`` on more blocks, their lines added to ``waiting`` (a bare
    stamp's day may drop the last); the ids of the blocks neither can change added to ``left``."""
    for block in blocks:
        if _left_by_signature_passes(block):
            waiting.append(block)
            left.add(id(block))
        else:
            for part in _split_at_signed_marks([block]):
                _add_past_bare_stamp(waiting, part)


def _left_by_signature_passes(block: Block) -> bool:
    """Whether none of the passes of ``_signature_lines`` can change the block: no bar (a row of cells), no gap between
    columns, no "(đã ký)" nor stamp (``_split_at_signed_marks``), no stamp's day first (``_without_bare_stamps``), no
    chain in capitals then a name (``_chain_then_name``). The tests in C first."""
    text = block.text or ""
    if "|" in text or "\t" in block.orig or "   " in block.orig or _may_hold_signed_mark(text):
        return False
    if _without_signing_stamp(text) != text:
        return False
    text = text.strip()
    if text[:1].isdigit() and _signing_stamp_date().match(text):
        return False
    return not (text[-1:].isalpha() and " " in text and _chain_then_name(text))


def _chain_and_name_apart(blocks: list[Block]) -> list[Block]:
    """A signature cell copied as one line, the chain in capitals and the name after it ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH
    Nguyễn Văn An"), as two lines: the chain's, then the name's, each a block of the same place; cells copied side by
    side ("| TM. … Trần Văn Bình | KT. … Nguyễn Thị Hoa |") as two rows of cells; a cell's last line run into
    the next cell's first ("Trần Văn Bình | KT. GIÁM ĐỐC SỞ NỘI VỤ") parted after the name. Other blocks as they are."""
    out = []
    for block in blocks:
        text = (block.text or "").strip()
        if _typed_row(text):  # written as the rows of cells copied with their outer bars are
            text = "| " + text
            block = block.model_copy(update={"text": text})
        cells = [cell.strip() for cell in text.strip("|").split("|")] if text.startswith("|") else [text]
        parted = [_chain_then_name(cell) for cell in cells] if text[-1:].isalpha() and " " in text else [None]
        if all(parted):
            rows = [[chain for chain, _ in parted], [name for _, name in parted]]
            out.extend(block.model_copy(update={"text": "| " + " | ".join(row) if len(row) > 1 else row[0]}) for row in rows)
        elif " | " in text and not text.startswith("|") and _known_name(name := text.split(" | ", 1)[0]):
            out.extend(block.model_copy(update={"text": part}) for part in (name, "| " + text.split(" | ", 1)[1]))
        else:
            out.append(block)
    return out


_TYPED_BAR = re.compile(r"\s\|(?:\s|$)")


def _typed_row(text: str) -> bool:
    """A row of signature cells typed with a bar between them and none before the first, each cell a signature line or
    each a name ("GIÁM ĐỐC SỞ Y TẾ | GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH", "PHÓ GIÁM ĐỐC |", "Nguyễn Văn An | Trần Thị
    Bình"); not the recipients' cell beside the signature's ("- Lưu: VT. | KT. BỘ TRƯỞNG") nor a cell's last line run
    into the next cell's first ("Trần Văn Bình | KT. GIÁM ĐỐC SỞ NỘI VỤ")."""
    if "|" not in text or text.startswith("|") or not _TYPED_BAR.search(text):
        return False
    cells = [cell for cell in (cell.strip() for cell in text.split("|")) if cell]
    return (all(_signature_line(cell) or post_of_unit(cell) for cell in cells)
            or all(signer_name(cell) == without_rank(cell) for cell in cells))


def _known_name(text: str) -> bool:
    """The whole text is a signer's name whose family name is known (or a Highland name)."""
    # the family name first: a test of a word, where signer_name reads the whole text
    words = text.split(None, 1)
    return bool(words) and (words[0] in _surnames() or text.startswith(_highland_name_starts())) and signer_name(text) == text


def _chain_then_name(cell: str) -> tuple[str, str] | None:
    """("KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Nguyễn Văn An") from "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An": words in capitals
    that hold a position, then a name whose family name is known; None for any other cell."""
    head = cell.split(None, 2)
    if not head or head[0] != head[0].upper():  # a sentence (this runs on every body line): spare it the splits below
        return None
    # one word in capitals then one that is not ("- Triển khai …", "1. Mục tiêu"): that word is the whole chain
    if len(head) < 3 or head[1] != head[1].upper() and not is_upper_line(head[0]):
        return None
    words = cell.split()
    # the words in capitals that lead the cell, leaving two at least for the name
    cut = min(next((k for k, word in enumerate(words) if word != word.upper()), len(words)), len(words) - 2)
    if cut < 1:
        return None
    chain, rest = " ".join(words[:cut]), " ".join(words[cut:])
    if not is_upper_line(chain):
        return None
    return (chain, rest) if _known_name(rest) and signature_chain([chain]).title else None


def _warn(code: str, message: str, block: Block | None = None) -> Issue:
    return Issue(code=code, message=message, where=block.where() if block else None)


def _field_warn(code: str, message: str, block: Block) -> Issue:
    """A warning on a number or a date left unread: on a scan, with the line's box (PDF points), for a review page to
    crop what the page shows there."""
    issue = _warn(code, message, block)
    if block.prov.reader == "ocr" and block.prov.bbox:
        issue.where["bbox"] = [round(v, 1) for v in block.prov.bbox]
    return issue


# ---------------------------------------------------------------------------------------------------
# Layout: where the heading, the header and the closing are


@dataclass(frozen=True)
class Layout:
    blocks: list[Block]
    heading: int | None  # index of the document-type heading
    header: list[Block]  # the blocks above the heading
    heading_type: str | None = None
    inline_title: bool = False  # the heading goes on with the title ("QUYẾT ĐỊNH CHẤP THUẬN …")

    @classmethod
    def of(cls, body: list[Block]) -> Layout:
        # a digital signature's stamp run on after the heading ("KẾ HOẠCH Ký bởi: …") is no part of it
        texts = [without_stamp_after(b.text or "") if i < _MAX_HEADER_BLOCKS else b.text or "" for i, b in enumerate(body)]
        heading, heading_type, inline = None, None, False
        dated = False
        for i, text in enumerate(texts[:_MAX_HEADER_BLOCKS]):
            if dated and _PAST_THE_HEADING.match(text):
                break  # the heading is above the grounds: a "KẾ HOẠCH" below them heads an annex (a page dropped the type)
            dated = dated or _holds_date_line(body[i])
            if doc_type := doc_type_of_heading(text):
                heading, heading_type = i, doc_type
                break
            if dated and (doc_type := _sentence_case_heading(text)):
                heading, heading_type = i, doc_type  # "Quyết định" under a header a site printed in sentence case
                break
            if ((numbered := _HEADING_THEN_NUMBER.match(text)) and is_upper_line(numbered.group("type"))
                    and (doc_type := doc_type_of_heading(numbered.group("type")))):
                heading, heading_type = i, doc_type  # "QUYẾT ĐỊNH 1677/QĐ-TTg": a legal site's title of its copy
                break
            if len(text) <= 6 and i + 1 < len(texts) and (doc_type := _heading_split(text, texts[i + 1])):
                heading, heading_type = i + 1, doc_type  # "THÔNG" / "TƯ": a web page broke the heading's line
                break
            if ((doc_type := doc_type_leading_heading(text)) and not RECEIVED_STAMP.match(text)
                    and not (i and _ends_a_body_s_name(texts[i - 1], text))):
                # "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH": the issuer is the heading's, the title is under it
                after_type = " ".join(text.split()[len(doc_type.split()):])
                heading, heading_type, inline = i, doc_type, not _of_its_issuer(after_type)
                break
        if heading is not None and not dated and (later := _heading_under_a_later_header(texts, body, heading, heading_type)):
            heading, heading_type, inline = later, doc_type_of_heading(texts[later]), False
        elif heading is not None and not dated and _header_under_a_site_s_heading(texts, body, heading, heading_type):
            heading, heading_type, inline = None, None, False  # the type is what the header says
        if heading is not None and not dated and (moved := _header_read_after_the_heading(body, heading)):
            # the header's right column (the motto, the date line) read after the heading: the header's still
            body = [*body[:heading], *moved, body[heading], *body[heading + 1 + len(moved):]]
            texts = [without_stamp_after(b.text or "") if i < _MAX_HEADER_BLOCKS else b.text or "" for i, b in enumerate(body)]
            heading += len(moved)
        if heading is not None:
            header = body[:heading]
        else:  # a công văn has no type heading: its header ends where the letter starts ("Kính gửi", "Căn cứ" …)
            header = body[: _letter_start(texts)]
        cells = header_columns(_without_header_stamps(header))
        # a line of the header that is the place and date: a subject's place and day are its own
        dated_elsewhere = any(_date_line(piece.text or "") for cell in cells for piece in without_motto(cell))
        parts = [piece for cell in cells for part in split_number_and_date(cell, dated_elsewhere=dated_elsewhere)
                 for number in _numbers_side_by_side(part) for piece in without_motto(number)]
        numbered = _HEADING_THEN_NUMBER.match(texts[heading]) if heading is not None else None
        if numbered and not any(_NUMBER_LINE.match(b.text or "") for b in parts):
            # the number the heading prints is the document's when the header prints none
            parts.append(body[heading].model_copy(update={"text": f"Số: {numbered.group('number')}"}))
        return cls(body, heading, _cited_dates_joined(_number_on_one_line(parts)), heading_type, inline)


def _header_read_after_the_heading(body: list[Block], heading: int) -> list[Block]:
    """The header's lines a PDF's reading order put right after the type heading: the motto (which never follows a
    heading in a document's own text) with the rules and a digital signature's stamp drawn beside it, then the
    place-and-date line and the stamp's lines after it. Empty when the motto does not follow the heading."""
    after = body[heading + 1 : heading + 1 + _MAX_HEADER_BLOCKS]
    if not after or not _is_motto_line(after[0].text or ""):
        return []
    end = 0
    while end < len(after) and ((text := after[end].text or "") and (_is_motto_line(text) or SEPARATOR.match(text))
                                or signing_stamp_line(text)):
        end += 1
    if end < len(after) and _date_line(after[end].text or ""):
        end += 1
        while end < len(after) and signing_stamp_line(after[end].text or ""):
            end += 1
    return after[:end]


def _heading_under_a_later_header(texts: list[str], body: list[Block], heading: int, heading_type: str) -> int | None:
    """A site's headline repeats the document's type heading and title above its header ("KẾ HOẠCH" / "Tổ chức …" /
    "LIÊN ĐOÀN LAO ĐỘNG …" / "Số: …" / "…, ngày …" / "KẾ HOẠCH"), or its menu lists types in capitals ("QUYẾT ĐỊNH" /
    "KẾ HOẠCH" / "CÔNG VĂN" / … / "ỦY BAN NHÂN DÂN" / "Số: 48/KH-UBND"): a heading with no date line above it gives way
    to the same type's heading under the date line below it, or to the heading of the type the number line's symbol
    names ("KH": "KẾ HOẠCH"). None where the body starts first or no such heading comes."""
    dated, numbered_type = False, None
    for i in range(heading + 1, min(len(texts), _MAX_HEADER_BLOCKS)):
        if dated and (later := doc_type_of_heading(texts[i])) and later in (heading_type, numbered_type):
            return i
        if _PAST_THE_HEADING.match(texts[i]) or _HEADER_END.match(texts[i]):
            return None
        dated = dated or _holds_date_line(body[i])
        if numbered_type is None and (number := _NUMBER_LINE.match(texts[i])):
            printed = number.group("rest") or number.group("rest2") or ""
            if not printed.strip() and i + 1 < len(texts):
                printed = texts[i + 1]  # "Số:" / "08/2022/TT-BKHĐT": a site copied the number's cell on a line of its own
            numbered_type = _symbol_type(printed)
    return None


def _ends_a_body_s_name(above: str, text: str) -> bool:
    """A capital line that ends the body's name the line above began ("BỘ" / "KẾ HOẠCH VÀ ĐẦU TƯ", "SỞ" / "KẾ HOẠCH
    VÀ ĐẦU TƯ"): the two lines are a name the registry knows, so the type word that opens the line is the name's."""
    if not is_upper_line(above) or doc_type_of_heading(above):
        return False
    from .registry import key_of, registry  # loaded only here: few headers split a name before a type word
    return registry().knows_whole(key_of(f"{above} {text}"))


def _header_under_a_site_s_heading(texts: list[str], body: list[Block], heading: int, heading_type: str) -> bool:
    """A type heading in capitals above the header that no heading follows under the date line: a site's menu of types
    ("QUYẾT ĐỊNH" / "KẾ HOẠCH" / "CÔNG VĂN") above a công văn, which has no heading, or a site's headline repeating the
    type of a copy that dropped its own. Under it come a number line, a date line, then the body ("Căn cứ …", "Kính
    gửi", a numbered part): the heading heads nothing when the symbol names its type (the header says it again) or
    when the document is a letter (its "V/v" subject or its "Kính gửi" under the date line)."""
    dated, numbered, subject, numbered_type = False, False, False, None
    for i in range(heading + 1, min(len(texts), _MAX_HEADER_BLOCKS)):
        if dated and doc_type_of_heading(texts[i]):
            return False
        if _PAST_THE_HEADING.match(texts[i]) or _HEADER_END.match(texts[i]):
            letter = subject or dated and texts[i].lower().startswith("kính")
            return numbered and dated and (numbered_type == heading_type or letter)
        dated = dated or _holds_date_line(body[i])
        subject = subject or bool(_VV.match(texts[i]))
        if not numbered and (number := _NUMBER_LINE.match(texts[i])):
            numbered, numbered_type = True, _symbol_type(number.group("rest") or number.group("rest2") or "")
    return False


def _symbol_type(printed: str) -> str | None:
    """The type a number line's symbol names ("48/KH-UBND": Kế hoạch); None without one."""
    if "/" not in printed:
        return None
    # after the number, and after a normative document's year ("08/2022/TT-BKHĐT")
    symbol = _SYMBOL.match("/" + _YEAR_PART.sub("", normalise_number(printed).split("/", 1)[1], count=1))
    return doc_type_of_symbol(symbol.group("symbol")) if symbol else None


_YEAR_PART = re.compile(r"^\s*(?:19|20)\d\d\s*/")


def _holds_date_line(block: Block) -> bool:
    """The place-and-date line, alone or as the last cell of a row a site copied with the header's cells ("Số:
    12/QĐ-UBND | Gia Lai, ngày …", or the cells parted by a tab or a gap)."""
    text = block.text or ""
    if _date_line(text):
        return True
    if "gày" not in text and "GÀY" not in text:
        return False
    cells = _cells(text) if "|" in text else _COLUMN_GAP.split(block.orig.strip())
    if len(cells) > 1:
        return bool(_date_line(cells[-1].strip()))
    # the cells run together with no border: the date after the motto or the number ("… Hạnh phúc Hà Nội, ngày …")
    return any(_date_line(piece.text or "") for part in split_number_and_date(block) for piece in without_motto(part))


def _sentence_case_heading(text: str) -> str | None:
    """The type a line names when it is a type heading in sentence case ("Quyết định", "Kế hoạch"), as some legal
    sites print a whole header: read only below the date line (a type's name alone on a line above the grounds), never
    in the body, where "Quyết định" in small letters opens the articles."""
    if not text[:1].isupper() or text[1:] != text[1:].lower():
        return None
    return doc_type_of_heading(text.upper())


def _heading_split(first: str, second: str) -> str | None:
    """The type of a heading whose words a web page put on two lines ("THÔNG" / "TƯ", "KẾ" / "HOẠCH"), neither line a
    heading alone."""
    if not is_upper_line(first) or not is_upper_line(second) or doc_type_of_heading(second):
        return None
    return doc_type_of_heading(f"{first} {second}")


_BARE_NUMBER_LABEL = re.compile(r"^S[ốóo]\s*[:.]?\s*$")
_NUMBER_TOKEN = re.compile(r"^\d*\s*[/-]\s*[A-ZĐ]|^\d+\s*/")
# A number line cut inside its number and symbol, at a slash or a hyphen: "Số: 1281" / "/KH-UBND", "Số: 1281/KH-" /
# "UBND", "Số: 1281/KH" / "-UBND". The next line holds the rest of the symbol and nothing else, and the cut's separator
# is printed on one side of it only (a line "KH-UBND" under "Số: 1281" could follow it or not). A line that repeats
# the symbol's end ("Số: 88/KH-UBND" / "-UBND") continues nothing.
_NUMBER_CUT = re.compile(r"^S[ốóo]\s*[:.]?\s*[\d.…_]*(?:\s*/\s*\S*)?$")
_SYMBOL_REST = re.compile(r"^[/-]?[A-ZĐ][A-Za-zĐđ&]*(?:[/-][A-ZĐ][A-Za-zĐđ&]*)*$")


def _number_on_one_line(header: list[Block]) -> list[Block]:
    """"Số:" alone, its number on the next line (a header cell wrapped by a web page), or the number's line cut
    inside the number and symbol: one line again."""
    out: list[Block] = []
    for block in header:
        previous = (out[-1].text or "").strip() if out else ""
        text = (block.text or "").strip()
        if _BARE_NUMBER_LABEL.match(previous) and _NUMBER_TOKEN.match(text):
            out[-1] = out[-1].model_copy(update={"text": f"{previous} {text}"})
            continue
        if _NUMBER_LINE.match(previous) and (moved := _place_moved_to_its_day(previous, text)) != (previous, text):
            # "Số: 45/KH-UBND Thành phố Hà Nội" / "ngày 12 tháng 3 …": the date's cell wrapped after its place
            out[-1] = out[-1].model_copy(update={"text": moved[0]})
            out.append(block.model_copy(update={"text": moved[1]}))
            continue
        if _NUMBER_CUT.match(previous) and _SYMBOL_REST.match(text):
            if previous.endswith(text):
                continue  # the symbol's end printed twice (a site's copy, a PDF drawing it twice): no continuation
            if (previous[-1] in "/-") != (text[0] in "/-"):
                out[-1] = out[-1].model_copy(update={"text": previous + text})
                continue
        if len(out) > 1 and _symbol_goes_on_past_the_date(cut := (out[-2].text or "").strip(), previous, text):
            # the left cell's "Số: 255/BC-BCĐ-" / "XMC", the right cell's date line copied between its two lines
            out[-2] = out[-2].model_copy(update={"text": cut + text})
            continue
        out.append(block)
    return out


def _symbol_goes_on_past_the_date(cut: str, between: str, text: str) -> bool:
    """Whether ``text`` is the rest of a symbol cut after its hyphen ("Số: 255/BC-BCĐPCGD-") two lines above it, the
    date line between: codes in capitals, no word ("KHẨN" beside the number is a marking), the cut's hyphen printed."""
    return (bool(_NUMBER_CUT.match(cut)) and cut.endswith("-") and _date_line(between) is not None
            and bool(_SYMBOL_REST.match(text)) and text[0] not in "/-" and text.isupper()
            and not any(is_syllable(code.lower()) for code in re.split(r"[/-]", text)))


# A subject wrapped after the number of the document it cites, that document's date on the next line ("V/v triển khai
# Công điện số 12/CĐ-TTg" / "ngày 15 tháng 3 năm 2026"): a date with no place, the subject's, no date of issue.
_ENDS_IN_A_NUMBER = re.compile(r"\d+\s*[/-]\s*[\w.\-/]*[A-ZĐ][\w.\-/]*$")
_BARE_DATE = re.compile(r"^ngày\s+\d{1,2}(?:\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*|\s+tháng\s+\d{1,2}\s+năm\s+)\d{4}\b")


def _cited_dates_joined(header: list[Block]) -> list[Block]:
    """The header with a cited document's date wrapped under a subject's line (_ENDS_IN_A_NUMBER, _BARE_DATE) run
    onto it."""
    out: list[Block] = []
    in_subject = False
    for block in header:
        text = (block.text or "").strip()
        previous = (out[-1].text or "").strip() if out else ""
        if in_subject and _BARE_DATE.match(text) and _ENDS_IN_A_NUMBER.search(previous) and not _NUMBER_LINE.match(previous):
            out[-1] = out[-1].model_copy(update={"text": f"{previous} {text}"})
            continue
        in_subject = bool(_VV.match(text)) or in_subject and not (_date_line(text) or _MOTTO.match(text) or _NUMBER_LINE.match(text))
        out.append(block)
    return out


def _opens_the_letter(text: str) -> bool:
    """A line the letter starts with (_HEADER_END): "Thực hiện …", "Căn cứ …" in small letters ("thực hiện Nghị định
    …") go on with a subject wrapped before them; only "kính gửi" is read in any case."""
    return bool(_HEADER_END.match(text)) and (not text[:1].islower() or text.lower().startswith("kính"))


def _letter_start(texts: list[str]) -> int:
    """Where the header of a công văn ends: at the first line of the letter. A scan can read "Kính gửi" (left
    column) before the motto and the date (right column): it ends the header only once the date was seen."""
    seen_date = False
    for i, text in enumerate(texts[:15]):
        seen_date = seen_date or bool(_date_line(text))
        if i and _opens_the_letter(text) and (seen_date or not text.lower().startswith("kính")):
            return i
    return min(15, len(texts))


# what stands between the motto and the line beside it: rules, quotes, and the star ornament of a Party or Youth Union
# header ("BCH TỈNH ĐOÀN NGHỆ AN * ĐOÀN TNCS HỒ CHÍ MINH"), none of it a body's name
_BESIDE_THE_MOTTO = " -–—ˆ^~`'\"|_.,*"


def without_motto(block: Block) -> list[Block]:
    """A header line that holds the motto beside something else, as one line of each column: what is beside it, on
    a line of its own ("THỦ TƯỚNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" -> "THỦ TƯỚNG CHÍNH PHỦ"; "Độc lập - Tự do
    - Hạnh phúc Quảng Ngãi, ngày …" -> the motto, then the date line)."""
    text = block.text or ""
    if len(text) < 12:
        return [block]
    bare = strip_marks(text)
    match = (_MOTTO_INSIDE.search(bare) or _organisation_motto_beside(text, bare)) if len(bare) == len(text) else None
    if not match or (match.start() == 0 and match.end() == len(text)):
        return [block]
    before = text[: match.start()].strip(_BESIDE_THE_MOTTO)
    after = text[match.end() :].strip(_BESIDE_THE_MOTTO)
    pieces = [block.model_copy(update={"text": before})] if before else [block.model_copy(update={"text": text[match.start() : match.end()]})]
    if after:  # the motto's second line and the date after it, flattened onto the first's ("… Việt Nam Độc lập - … Hà Nội, ngày …")
        pieces += without_motto(block.model_copy(update={"text": after}))
    return pieces


# The motto of a Party committee's or a Youth Union body's documents, in capitals, on the text without marks: a copy or a
# PDF's text layer puts it beside the committee's name ("ĐẢNG BỘ TỈNH GIA LAI      ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ĐOÀN
# AN GIANG ĐOÀN TNCS HỒ CHÍ MINH") or before the date ("ĐẢNG CỘNG SẢN VIỆT NAM Gia Lai, ngày …"). After "TRUNG ƯƠNG" the
# Youth Union's name is the body's own ("TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", its central committee in a joint header under
# the state's motto), as linebreaks' cue has it: parted there, the issuer was "TRUNG ƯƠNG"; after the board's whole name
# it is the motto beside the board ("BAN CHẤP HÀNH TRUNG ƯƠNG      ĐOÀN TNCS HỒ CHÍ MINH", a row run together).
_ORGANISATION_MOTTO = re.compile(r"(?<!\S)(?:DANG CONG SAN VIET NAM|(?<!(?<!CHAP HANH )TRUNG UONG )DOAN (?:TNCS|THANH NIEN CONG SAN) HO CHI MINH)(?!\S)")


def _organisation_of_central_board(name: str, header: list[Block], symbol: str | None,
                                   signed_for: str | None = None) -> tuple[str | None, list[Issue]]:
    """The organisation whose central board a header names by the board alone ("BAN CHẤP HÀNH TRUNG ƯƠNG"): the one
    the header's motto names, the Party's or the Youth Union's ("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ MINH"), or
    the number's code names ("52-CT/TW", "61-KH/TWĐTN-VP": party_boards.json central_symbol_codes), either alone when
    the other is missing. None for any other issuer; None with the warning issuer_organisation_undecided when the
    motto and the code name two (the two print the same board lines: a Youth Union plan under a Party motto is no
    Party's; the state's motto and another central body's code count as a third) or neither names one. The signature's
    TM. line (``signed_for``), when it names one ("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN"), must agree too."""
    if not any(fold(name) == f"{line} trung uong" for line in board_lines()):
        return None, []
    motto = _motto_of_header(header)
    coded = organisation_of_symbol(symbol)
    signing = _organisation_signing(signed_for)
    named = {fold(_organisation_named(who)) for who in (motto, coded, signing) if who}
    if len(named) == 1 and (motto or coded) and (motto or coded) != _STATE:
        return motto or coded, []
    why = (f"the motto '{motto}', the number's code '{symbol}' and the signature '{signed_for}' name two" if len(named) > 1
           else "under the state's motto" if motto else "neither a motto nor the number's code names it")
    return None, [_warn("issuer_organisation_undecided", f"whose central committee '{name}' is cannot be told: {why}",
                        header[0])]


_STATE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"  # the state's motto, as an organisation's the header could print


def _organisation_named(who: str) -> str:
    """The organisation a motto, a code or a signature names, as party_boards.json writes it, whichever way it is
    spelt ("ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH" -> "ĐOÀN TNCS HỒ CHÍ MINH"; organisation_spellings); as given else."""
    boards = json_data("party_boards.json")
    return next((name for name in boards["central_symbol_codes"]
                 if fold(who) in {fold(name), *map(fold, boards["organisation_spellings"].get(name, []))}), who)


def _motto_of_header(header: list[Block]) -> str | None:
    """The motto a header prints: the Party's or the Youth Union's as printed, the state's (_STATE), or None."""
    for text in (line for block in header for line in (block.text or "", " ".join(block.orig.split()))):
        bare = strip_marks(text).upper()  # the motto beside the board is set apart from its line's text: read the line too
        if len(bare) == len(text) and (match := _ORGANISATION_MOTTO.search(bare)):
            return text[match.start() : match.end()]
        if STATE_MOTTO.search(text):
            return _STATE
    return None


def _organ_signing(signed_for: str | None, organisation: str) -> str | None:
    """The standing organ of ``organisation``'s central committee a signature's TM. line signs for, as printed ("T/M BỘ
    CHÍNH TRỊ" -> "BỘ CHÍNH TRỊ", "TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN" -> "BAN BÍ THƯ"; party_boards.json
    central_standing_organs); None for the committee itself ("T/M BAN CHẤP HÀNH TRUNG ƯƠNG") or no TM. line."""
    words = without_tm(signed_for or "").split()
    organs = json_data("party_boards.json")["central_standing_organs"].get(_organisation_named(organisation), [])
    return next((" ".join(words[: len(organ.split())]) for organ in organs
                 if fold(" ".join(words[: len(organ.split())])) == fold(organ)), None)


def _organisation_signing(signed_for: str | None) -> str | None:
    """The organisation a signature's TM. line names (party_boards.json central_signature_words), or None."""
    folded = f" {fold(signed_for or '')} "
    return next((who for who, words in json_data("party_boards.json")["central_signature_words"].items()
                 if any(f" {fold(word)} " in folded for word in words)), None)


def organisation_of_symbol(symbol: str | None) -> str | None:
    """The organisation whose central committee a number's first code names ("CT/TW": the Party's, "KH/TWĐTN-VP": the
    Youth Union's; party_boards.json central_symbol_codes), the state's (_STATE) for a code of another central body
    ("KH/TWHND": it names neither), None for any other code or none."""
    codes = re.split(r"[/-]", symbol or "")[1:]
    if not codes:
        return None
    boards = json_data("party_boards.json")
    code = codes[0].upper()
    for spelling in boards["central_mark_spellings"]:  # "TƯ", "T.Ư": the central mark as printed, longest first
        code = code.replace(spelling, boards["central_mark"])
    organisation = next((who for who, own in boards["central_symbol_codes"].items() if code in own), None)
    return organisation or (_STATE if boards["central_mark"] in code else None)


def _organisation_motto_beside(text: str, bare: str) -> re.Match[str] | None:
    """The Party's or the Youth Union's motto in a header line, beside something else: a line of capitals, or the
    number's line (a header copied row by row, the left column a line longer: "Số: 12-KH/TĐTN-VP ĐOÀN TNCS HỒ CHÍ
    MINH"); not inside a công văn's subject ("V/V KỶ NIỆM … THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM")."""
    match = _ORGANISATION_MOTTO.search(bare)
    if match is None or _VV.match(text):
        return None
    before = text[: match.start()].strip(_BESIDE_THE_MOTTO)
    if not is_upper_line(text[: match.end()]) and not (_NUMBER_LINE.match(before) and _SYMBOL_AT_THE_END.search(before)):
        return None
    return match


# a number line's symbol ending right before what follows it: "Số: 12-KH/TĐTN-VP", "Số 05-KH/HU"
_SYMBOL_AT_THE_END = re.compile(r"\d[\w.]*\s*[/-]\s*[A-ZĐ][\wĐđ&.\-()/]*$")


_CELL_BORDER = re.compile(r"(?:^|\s+)\|(?:\s+|$)")  # "|" with a space or the line's end on each side
_RULE_CELL = re.compile(r"^[-–—=_:\s]*$")  # a markdown table's "| --- | --- |" row, or a cell of dashes under a body
# a site that runs a header cell's lines together keeps the rule under the body between them ("BỘ TÀI CHÍNH ------- |",
# "BỘ Y TẾ -------- Số: 15/QĐ-BYT |", "… Hạnh phúc --------------- Hà Nội, ngày …"): the rule parts the cell's lines
_RULE_IN_CELL = re.compile(r"(?:^|\s+)[-–—=_*]{3,}(?:\s+|$)")


# a border between cells, its spaces left to the cells: two borders with an empty cell between them ("Số: 12/KH-UBND |
# | Nghệ An, ngày …") are two, not one and a bar left in the next cell ("| Nghệ An")
_BORDER_IN_ROW = re.compile(r"(?:^|(?<=\s))\|(?=\s|$)")


def _cells(text: str) -> list[str]:
    cells = [cell.strip() for cell in _BORDER_IN_ROW.split(text.strip())]
    if cells and not cells[0]:
        cells = cells[1:]  # "| a | b |": the border before the first cell
    if cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def header_columns(header: list[Block]) -> list[Block]:
    """A header copied from a page whose header table kept its cell borders ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI …
    |", then "TỈNH BẮC GIANG | Độc lập …"): the rows of the table read column by column, as on paper (the issuer's
    lines together, then the motto's), each cell a line of its own; rule rows ("| --- | --- |") and empty cells
    dropped; a cell whose lines a rule parts is those lines. Lines without a border stay where they are."""
    out: list[Block] = []
    rows: list[tuple[Block, list[str]]] = []

    def flush() -> None:
        width = max((len(cells) for _, cells in rows), default=0)
        for column in range(width):
            kept = [(block, line) for block, cells in rows if column < len(cells)
                    for line in _RULE_IN_CELL.split(cells[column]) if not _RULE_CELL.match(line)]
            # a column is one cell of the header table: it ends with its last line
            out.extend(block.model_copy(update={"text": cell, "cell_end": i == len(kept) - 1})
                       for i, (block, cell) in enumerate(kept))
        rows.clear()

    for block in header:
        text = block.text or ""
        if block.prov.reader == "txt" and _CELL_BORDER.search(text):  # OCR reads a rule, or a handwritten 1, as "|"
            rows.append((block, _cells(text)))
            continue
        flush()
        out.append(block)
    flush()
    return out


_PLACE_WORD = rf"[{CAPITAL_LETTERS}][^\s,/\d]*"
# what parts two cells of a row typed on one line: a border ("|"), or the rule under the other column's name run onto it
# ("Số: 12/KH-UBND --------------- Hà Nội, ngày …", "Số: 12/KH-UBND ______Hà Nội, ngày …")
_CELL_BORDERS = rf"(?:(?:\||{_RULE})\s+)*"
# A place's unit word of several words, the first in capitals only, that may open the place's name on the number's line
# ("Số: 45/QĐ-UBND Thành phố Hà Nội, ngày …", "… Thị xã Sa Pa, ngày …"; places.json unit_words): no part of the number
_UNIT_OPENING = "|".join(re.escape(unit[:1].upper() + unit[1:]) for unit in json_data("places.json")["unit_words"]["words"]
                         if " " in unit)
# A place's unit word in small letters that opens the place on the number's line, as the place's own line prints it
# ("Số: 12/KH-UBND xã Tân Lập, ngày …", "… thị trấn Phong Thổ, ngày …"): kept with the place, as printed
_UNIT_IN_SMALL_LETTERS = "|".join(re.escape(unit) for unit in sorted(json_data("places.json")["unit_words"]["words"], key=len, reverse=True))
# A spaced dash after a whole symbol, before a word in small letters (no code of a symbol is spelt so: "TTg", "QĐi" open
# with two capitals), parts the number's cell from the place's: "Số: 45/QĐ-UBND - Quảng Trị, ngày …". Before a word in
# capitals it is the symbol's own ("05/KH – UBND", "123/KH-BCĐ - TT").
_DASH_BEFORE_A_PLACE = rf"\s+[-–—]\s+(?=[{CAPITAL_LETTERS}][{SMALL_LETTERS}])"
# A ward's or an urban district's number ends its place's name ("Quận 3, ngày …", "Phường 1", "Bảo Lộc 1"): the place's,
# after a word in small letters only; after a code in capitals it is a body's ("Số: 05/KH BCĐ 35, ngày …": no place)
_WARD_FIGURE = rf"(?:(?<=[{SMALL_LETTERS}])\s+\d{{1,2}})?"
# A place's name may hold a dash between its words ("Phan Rang - Tháp Chàm, ngày …"): it is the place's, never the
# symbol's (the space after the symbol's own dash opens no place: "Số: 05/KH – UBND Ninh Quang, ngày …").
# The number and the date are two cells of one row: a page that types the row in one paragraph puts a border between
# them ("Số: 12/KH-UBND | Hà Nam, ngày …", "… | | …" past an empty cell); a text copy's rows are parted into cells
# before (header_columns), an HTML paragraph's are not.
_NUMBER_THEN_DATE = re.compile(rf"^(?P<number>(?:(?:{_TYPES_BEFORE_NUMBER})?[Ss]ố\s*[:.]|Số\s+(?=\d)|(?=\d{{1,5}}(?:-|\s+)[A-ZĐ][A-Za-zĐđ]{{0,3}}/[A-ZĐ])).*?)"
                               # "ngày" alone ends a row whose cell wrapped the date's rest onto the next line
                               rf"(?:(?<![-–/])\s+{_CELL_BORDERS}|\s*{_RULE}\s*|{_DASH_BEFORE_A_PLACE})"
                               rf"(?P<date>(?:(?:{_UNIT_OPENING}|{_UNIT_IN_SMALL_LETTERS})\s+|{_UNIT_ABBREVIATIONS_ANY_CASE}\s*)?(?:(?:{_PLACE_KIND})\s+)?{_PLACE_WORD}(?:\s+(?:[-–]\s+)?{_PLACE_WORD}){{0,3}}{_WARD_FIGURE}\s?,\s*ngày\b.*"
                               # a ward's or a district's number after its unit word in small letters ("phường 5, ngày …")
                               rf"|(?:{_UNIT_IN_SMALL_LETTERS})\s+\d{{1,2}},\s*ngày\b.*"
                               rf"|ngày(?:\s*\d.*|\s*))$")
# A rule run onto the number's line parts its cell from the date's for sure: the place after it may open with a word in
# small letters or hold more than four words ("Số: 45/QĐ-UBND ------ Thành phố Hà Nội, ngày …", "… ------ Thị xã Sa Pa,
# ngày …", "… ------ Đặc khu Phú Quốc, ngày …"), no part of the number
_NUMBER_RULE_DATE = re.compile(rf"^(?P<number>(?:(?:{_TYPES_BEFORE_NUMBER})?[Ss]ố\s*[:.]|Số\s+(?=\d)).*?\S)\s*{_RULE}\s*"
                               rf"(?P<date>[{CAPITAL_LETTERS}][^\d,|:;]{{0,60}}?\s?,\s*ngày\b.*)$")
# A copy that lost the space between the header's two cells glues the date's first word onto the symbol's end:
# "Số: 70-TB/TWngày 12 …", "Số: 70-TB/TWHà Nội, ngày …", "Số: 12/QĐ-TTgHà Nội, …", or "ngày" alone at the line's end
# ("Số: 12/KH-BNNMTngày", the date's rest on the next line): the place's first word (a capital and a small letter) or
# "ngày", after two capitals or figures, or after a code that ends in a small letter ("TTg").
_GLUED_PLACE = re.compile(rf"(?<=[A-Za-zĐđ\d])[{CAPITAL_LETTERS}]")
_GLUED_DAY = re.compile(r"(?<=[A-Za-zĐđ\d])ngày(?=\s*\d|\s*$)")


def _place_unglued(text: str) -> str:
    """A number line with its place or its date's "ngày" glued on, the space put back; other lines as they are."""
    if ", ngày" in text:
        glued = (capital.start() for capital in _GLUED_PLACE.finditer(text, 0, text.index(", ngày"))
                 if text[capital.start() + 1:capital.start() + 2].islower())
    else:
        glued = (day.start() for day in _GLUED_DAY.finditer(text))
    for at in glued:
        if all(c.isupper() or c.isdecimal() for c in text[at - 2:at]) or text[:at].endswith(_codes_ending_small()):
            return f"{text[:at]} {text[at:]}"
    return text


@cache
def _codes_ending_small() -> tuple[str, ...]:
    return tuple(f"{sep}{code}" for code in symbol_codes() if code[-1].islower() for sep in "-/")


_NUMBER_THEN_SUBJECT = re.compile(r"^(?P<number>S[ốóo]\s*[:.].*?)\s+(?P<subject>V\s*/\s*[vV]\b.*)$")

# A body's line in capitals and the place-and-date in the right column's same row, copied as one line by a site that
# flattens the header's table row by row ("SỞ Y TẾ Quảng Ngãi, ngày …", "BAN THƯỜNG TRỰC Hà Nội, ngày …"): the left
# column holds a line more than the motto's two; a body's name may hold commas ("BAN CHỈ ĐẠO … PHÒNG, CHỐNG THAM NHŨNG").
# The place opens with a word in small letters after its capital.
_CAPITALS_THEN_PLACE = re.compile(rf"^(?P<body>[^\d;:]{{2,120}}?)\s+(?P<number>[{CAPITAL_LETTERS}][{SMALL_LETTERS}][^,]*,.*)$")


def _body_then_date(text: str) -> tuple[str, str] | None:
    """(the body's words, the date line) of a row run together, or None: the words before the place are in capitals,
    two or more, and not only the body's codes the date line may print before its place ("UBND Quảng Trị, ngày …":
    _place_after_a_body). A unit's abbreviation that ends them opens the place ("SỞ Y TẾ TP. Hồ Chí Minh, ngày …")."""
    match = _CAPITALS_THEN_PLACE.match(text)
    if not match or not is_upper_line(body := match.group("body")) or not _date_line(date := match.group("number")):
        return None
    *words, last = body.split()
    if (unit := _UNIT_ABBREVIATION_OPENS.match(f"{last} ")) and unit.end() == len(last) + 1:
        body, date = " ".join(words), f"{last} {date}"
    if len(body.split()) < 2 or all(map(_a_body_s_code, body.split())):
        # one word in capitals is a code that opens the place's name ("KKT Vân Phong", "TP. Hồ Chí Minh"), no body's line
        return None
    return body, date


# The issuing body and its number on one line ("SỞ NỘI VỤ Số: 12/KH-SNV"): a few words without digits, then the number.
_BODY_THEN_NUMBER = re.compile(r"^(?P<body>[^\d,;:]{2,60}?)\s+(?P<number>Số\s*:\s*\d+[^\s]*/[^\s]+)$")


@cache
def _misread_number_label() -> re.Pattern[str]:
    """"Số" as OCR misreads it (ocr_confusions.json number_label), then a colon or a full stop, where a number and its
    symbol follow ("Sé: #52 /KCB-NV", "Sô: 12-KH/TU"): nothing else opens so."""
    readings = json_data("ocr_confusions.json")["number_label"]["readings"]
    return re.compile(rf"^(?:{'|'.join(map(re.escape, readings))})\s*[:.]\s*(?=[^\s/]*\s*/\s*[A-ZĐ])")


def _number_label_restored(block: Block) -> Block:
    """A header line whose number's label OCR misread, with its label: the number, and the date a layout ran on after
    it, are read as under "Số:" (the line had been no number's line, and its date no date line); a number's line
    without the marks before it."""
    text = block.text or ""
    if (marks := _MARKS_BEFORE_THE_PLACE.match(text)) and _NUMBER_LINE.match(text[marks.end():]):
        # the Party's star over its number read into the number's line ("* Số 45-KH/TW", "*** Số: 12-KH/TU")
        return block.model_copy(update={"text": text[marks.end():]})
    if not (label := _misread_number_label().match(text)):
        return block
    return block.model_copy(update={"text": f"Số: {text[label.end():]}"})


# A word in small letters: a number's line holds none before its date ("Số: 12/KH-BNNMT" / "ngày"), its subject does
_WORD_IN_SMALL_LETTERS = re.compile(rf"(?<!\S)[{SMALL_LETTERS}]{{2,}}(?!\S)")


# Another "Số:" label after a gap on a number's line: a joint header's columns copied side by side, each body's number
# under its name ("Số: 05/KH-TA      Số: 11/KH-VKS")
_ANOTHER_NUMBER_LABEL = re.compile(r"\s+(?=S[ốóo]\s*:)")


def _numbers_side_by_side(block: Block) -> list[Block]:
    """A number's line that holds several bodies' numbers, one block each in the line's order; else the block."""
    text = block.text or ""
    if not _NUMBER_LINE.match(text) or len(numbers := _ANOTHER_NUMBER_LABEL.split(text)) == 1:
        return [block]
    return [block.model_copy(update={"text": number}) for number in numbers]


def split_number_and_date(block: Block, *, dated_elsewhere: bool = False) -> list[Block]:
    """A PDF's text layer can put the number and the place-and-date, side by side on paper, on one line:
    "Số: 05 /TTr-SNV Lâm Đồng, ngày 06 tháng 01 năm 2026"; a scan, the number and the "V/v" line under it; a page,
    the issuing body and the number under it ("SỞ NỘI VỤ Số: 12/KH-SNV"). The number never ends at its symbol's dash:
    "Số: 05/KH – UBND Ninh Quang, ngày …" (a symbol typed with spaces round its dash) has no place "UBND Ninh Quang".
    ``dated_elsewhere``: another line of the header is the place and date, so a subject's place and day stay its own."""
    block = _number_label_restored(block)
    text = block.text or ""
    if parts := ((body := _BODY_THEN_NUMBER.match(text)) and body.group("body", "number")) or _body_then_date(text):
        return [block.model_copy(update={"text": part}) for part in parts]
    match = _NUMBER_RULE_DATE.match(text) or _NUMBER_THEN_DATE.match(_place_unglued(text))
    if match and match.group("date").strip() == "ngày" and _WORD_IN_SMALL_LETTERS.search(match.group("number")):
        match = None  # "Số: 45/UBND-VP V/v gia hạn thời gian 30 ngày": the subject's last word, no date's first
    if match and _NUMBER_THEN_SUBJECT.match(match.group("number")):
        match = None  # "Số: … V/v … tại xã Bảo Thắng, ngày …": the number's cell first, the subject's then (_subject_then_date)
    if subject := not match and _NUMBER_THEN_SUBJECT.match(text):
        number = block.model_copy(update={"text": subject.group("number")})
        rest = block.model_copy(update={"text": subject.group("subject")})
        return [number, *split_number_and_date(rest, dated_elsewhere=dated_elsewhere)]
    match = match or _subject_then_date(text, dated_elsewhere)
    if not match:
        return [block]
    number, date = _place_moved_to_its_day(*_place_after_the_body_s_words(*_code_rejoined(*match.groupdict().values())))
    return [block.model_copy(update={"text": number}), block.model_copy(update={"text": date})]


_UNIT_IN_SMALL_LETTERS_OPENS = re.compile(rf"^(?:{_UNIT_IN_SMALL_LETTERS})\s+")
_UNIT_OPENS_THE_PLACE = re.compile(rf"^(?:(?:{_UNIT_IN_SMALL_LETTERS})\s+|{_UNIT_ABBREVIATIONS_ANY_CASE}\s*)")
_UNIT_ABBREVIATION_OPENS = re.compile(rf"^{_UNIT_ABBREVIATIONS_ANY_CASE}\s*")
_UNIT_ANY_CASE_OPENS = re.compile(rf"^(?:(?i:{_UNIT_IN_SMALL_LETTERS})\s+|{_UNIT_ABBREVIATIONS_ANY_CASE}\s*)")


@cache
def _body_s_unit_opens() -> re.Pattern[str]:
    """A unit word a date line prints only in a body's name (places.json units_of_the_body_s_name), any case."""
    words = json_data("places.json")["units_of_the_body_s_name"]["words"]
    return re.compile(r"^(?i:" + "|".join(map(re.escape, words)) + r")\s+")


def _a_body_s_code(word: str) -> bool:
    """A code of a body named after its territory ("UBND", "HĐND", "VP": places.json territorial_body_codes), never a
    unit's abbreviation ("TP", "TX") nor a school's or a company's ("THPT Lê Lợi": a person's name, no place)."""
    return word in json_data("places.json")["territorial_body_codes"]["words"]


def _place_after_the_body_s_words(number: str, date: str) -> tuple[str, str]:
    """(number, date): the date without the words before its place that name the issuing body (_place_after_a_body:
    "Số: 12/BC-VP UBND Quảng Trị, ngày …": the place "Quảng Trị"), neither the number's nor the place's: the number
    is read as before. A unit word in small letters opens the place only right after the symbol ("… UBND tỉnh Gia
    Lai, ngày …": the body's "tỉnh", given back to the number's line; the place "Gia Lai" as before)."""
    if (unit := _UNIT_IN_SMALL_LETTERS_OPENS.match(date)) and "/" not in number.split()[-1]:
        number, date = f"{number} {date[: unit.end()].rstrip()}", date[unit.end() :]
        if not date[:1].isupper():  # "… UBND phường 5, ngày …": the unit's number is the body's too, no place
            number, date = f"{number} {date[: date.index(',')]}", date[date.index(",") + 1 :].lstrip()
    return number, date[_place_after_a_body(date.split(",")[0]) :]


def _place_after_a_body(words: str) -> int:
    """Where the place starts in a place's words that open with the issuing body's (0: they do not): a body's codes
    with or without the body's place ("UBND Quảng Trị" of "UBND Quảng Trị, ngày …", "VP UBND tỉnh Quảng Trị"), or the
    body's place printed before the place ("Quảng Trị Quảng Trị"): a place is never a body's name. Only where the
    words are no place the registry knows and the rest is one, and only the same place twice: "Mường Tè Lai Châu", "xã
    Tân Lập huyện Lạng Giang" print a place and the larger unit it lies in, kept whole as printed."""
    found = list(re.finditer(r"[^\s,]+", words))
    if names_a_place(" ".join(word.group() for word in found)):
        return 0
    for size in range(1, len(found)):
        head, rest = [word.group() for word in found[:size]], " ".join(word.group() for word in found[size:])
        codes = next((k for k, word in enumerate(head) if not _a_body_s_code(word)), size)
        if names_a_place(rest) and (codes == size or same_place(" ".join(head[codes:]), rest)):
            # a province's or a district's unit word after the codes is the body's name's ("UBND tỉnh Quảng Trị": the
            # place "Quảng Trị"; places.json units_of_the_body_s_name)
            unit = _body_s_unit_opens().match(words[found[size].start() :]) if codes == size else None
            named = unit and names_a_place(words[found[size].start() + unit.end() :])
            return found[size].start() + (unit.end() if named else 0)
    return 0


def _code_rejoined(number: str, date: str) -> tuple[str, str]:
    """(number, date): the date's first word given back to the number where it ends a code a stray space cut
    (_code_cut_by_a_space: "Số: 45/KH-UB ND Quảng Trị, ngày …", "Số: 45/K H-UBND …"), or where it is a word in
    capitals that is no code ("XY Quảng Trị": read_number leaves it out, and warns) — in both only where the words
    after it are a place the registry knows and the place with it is none; else the two as they are."""
    first, _, rest = date.partition(" ")
    place = rest.split(",")[0]
    # the place without the word must be one the registry knows, and not the place with it: "Số: 15/BC Hà Tĩnh, ngày …"
    # keeps "Hà" ("BC" and "H" spell "BCH", yet "Hà Tĩnh" is the place)
    if (rest.strip() and (_code_cut_by_a_space(number, first) or _stray_capitals(first)
                          or _division_after_its_body(number, first))
            and names_a_place(place) and not names_a_place(f"{first} {place}")):
        return f"{number} {first}", rest.lstrip()
    return number, date


def _stray_capitals(words: str) -> bool:
    """One word in capitals after a symbol that is no code a symbol is spelt of ("XY"): not the symbol's for sure. A
    Roman numeral is a region's or unit's number the symbol carries ("215/KH-KV IV": Kiểm toán nhà nước khu vực IV).
    Several words in capitals, one with a tone or vowel mark no code carries ("HÀ NỘI", the other column's place): a
    code is spelt of letters without marks (but "Đ" and the central mark "TƯ")."""
    if " " in words:
        return all(w.isalpha() and w.isupper() for w in words.split()) and any(
            strip_marks(w) != w.replace("Đ", "D") and w not in _known_codes() for w in words.split())
    return words.isalpha() and words.isupper() and words not in _known_codes() and not _region_numeral(words)


def _division_after_its_body(symbol: str, word: str) -> bool:
    """A division's code after its body's whole code, a space typed for the hyphen ("1234/SGDĐT KHTC", "45/UBND VP"):
    the body's a symbol's code (symbol_codes, sections.json unit_codes), the word a division's (sections.json
    division_codes) or a unit's the data knows (a unit's initials, a symbol's code of a unit's form: "VP"), never a
    place's name. A word of capitals that only looks like a unit's code keeps its warning ("45/KH-UBND PLEIKU",
    "45/KH-UBND PCCC"), as does a word no code ("45/KH-UB XY"); a whole body's code after another is left as before
    ("12/BC-VP UBND": "VPUBND" or "VP-UBND", the copy does not tell)."""
    body = re.split(r"[\s/\-–—]", symbol.strip())[-1]
    unit = word in _registry_unit_codes() or (word in symbol_codes() and _unit_code().match(word) is not None)
    return ((unit or word in json_data("sections.json")["division_codes"]) and not names_a_place(word)
            and (body in symbol_codes() or _unit_code().match(body) is not None))


def _region_numeral(word: str) -> bool:
    """A Roman numeral a region or unit is numbered by ("IV", "XII"): small, so of I, V, X and L alone (the numerals of
    hundreds and thousands spell codes: "CD", "MC")."""
    return is_roman_numeral(word) and set(word) <= set("IVXL")


def _place_moved_to_its_day(number: str, date: str) -> tuple[str, str]:
    """(number, date): the place a number's line holds after its symbol (_place_after_the_symbol) moved before the
    day that opens ``date`` ("ngày 12 …"), with no comma as printed; else the two as they are."""
    if _DAY_OPENS.match(date) and (place := _place_after_the_symbol(number)):
        return _SPACED_DASH_AT_THE_END.sub("", number[: -len(place)].rstrip()), f"{place} {date}"
    return number, date


# A symbol goes on past a space only where a separator touches the space ("45/KH- UBND", "12 /QĐ-UBND", "05/KH – UBND")
# or after a bare figure ("298 KH/TW", a party number with a space for its hyphen); a word after it is none of its own.
_SYMBOL_GOES_ON_AFTER = re.compile(r"(?:[/\-–—]|^\d+[a-zđ]?)$")
_SYMBOL_GOES_ON_WITH = re.compile(r"^[/\-–—]")
_DAY_OPENS = re.compile(r"^ngày\s*\d")
_CODE_END = re.compile(r"[A-Za-zĐđ]+$")
_CODE_START = re.compile(r"^[A-Za-zĐđ]+")


def _code_cut_by_a_space(before: str, after: str) -> bool:
    """Whether the letters either side of a space spell one known code of a symbol ("QĐ-TT g", "QĐ-T Tg", "T Tr-UBND",
    "KH-UB ND", "K H-UBND": OCR's or a copy's stray space): the word after it is the symbol's, no place. Not where the
    letters after the space are a code of their own ("UBND TP. Hồ Chí Minh": "TP" is the place's unit, not "UBNDTP")."""
    end, opening = _CODE_END.search(before), _CODE_START.match(after)
    return (bool(end and opening) and opening.group() not in _known_codes()
            and (end.group() + opening.group()) in _known_codes())


@cache
def _known_codes() -> frozenset[str]:
    """The codes a symbol is spelt of: the bodies' (symbol_codes) and the types' abbreviations, the state's and the Party's."""
    return symbol_codes() | _known_types()


@cache
def _known_types() -> frozenset[str]:
    """The types' abbreviations a symbol names its type by, the state's and the Party's ("KH", "TT", "QĐi")."""
    return frozenset(doc_type_by_abbreviation()) | frozenset(party_doc_type_by_abbreviation())


def _words_after_the_symbol(number: str) -> str:
    """The words a number's line holds after its symbol ends ("Thành phố Hà Nội" of "Số: 45/KH-UBND Thành phố Hà Nội"),
    as printed; "" when the symbol is all the line holds."""
    label = _NUMBER_LINE.match(number)
    if not label:
        return ""
    start = label.start("rest") if label.group("rest") is not None else label.start("rest2")
    words = list(re.finditer(r"\S+", number[start:]))
    end = next((k for k in range(1, len(words)) if _dash_before_a_place(words[k - 1].group(), words[k].group())
                or not _SYMBOL_GOES_ON_AFTER.search(words[k - 1].group())
                and not _SYMBOL_GOES_ON_WITH.match(words[k].group())
                and not _code_cut_by_a_space(words[k - 1].group(), words[k].group())), len(words))
    return number[start + words[end].start():].rstrip() if end < len(words) else ""


def _dash_before_a_place(word: str, after: str) -> bool:
    """A dash alone before a word in small letters (_DASH_BEFORE_A_PLACE): it parts the symbol from the place."""
    return word in "-–—" and re.match(_DASH_BEFORE_A_PLACE, f" {word} {after}") is not None


def _place_after_the_symbol(number: str) -> str | None:
    """The place a text copy ran onto the number's line with no comma before its day ("Số: 45/KH-UBND Thành phố Hà Nội"
    / "ngày 12 …", "… Nghệ An", "… TP. Hà Nội", "… Phan Rang - Tháp Chàm"): words after the symbol that read as a place,
    one word at least in small letters (a word in capitals alone may be the symbol's own code cut by a space) unless the
    registry knows the words as a place. None when no such words follow."""
    words = _words_after_the_symbol(number)
    # a unit word in small letters may open it, as on the place's own line ("Số: 12/KH-UBND xã Tân Lập ngày …")
    # or a unit's abbreviation ("… tp. Hồ Chí Minh ngày …")
    unit = _UNIT_OPENS_THE_PLACE.match(words)
    opening = words[unit.end() :] if unit else words
    if not opening or not opening[0].isupper() or not _reads_as_a_place(opening) or any(c.isdigit() for c in words):
        return None
    if names_a_place(words):
        return words
    # one word alone ("Khẩn", "Mật": a marking beside the number) or one opening in capitals that is no unit's word
    # ("VP Quảng Trị": a code) is a place only where the registry knows it
    first = words.split()[0]
    unproven = len(words.split()) == 1 or (first.isupper() and fold(first).rstrip(".") not in _place_unit_words())
    return words if any(c.islower() for c in words) and not unproven else None


# A subject's cell and the date's beside it on one line ("V/v hướng dẫn … năm 2027 Hà Nội, ngày 17 tháng 6 năm 2026");
# not a meeting's place and day the subject names ("V/v mời dự Hội nghị tại Hà Nội, ngày …").
_SUBJECT_THEN_DATE = re.compile(rf"^(?P<subject>V\s*/\s*[vV]\b.*?)\s+{_CELL_BORDERS}(?P<date>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}},\s*ngày\b.*)$")
_MAX_PLACE_WORDS = 6  # "Thành phố Phan Rang Tháp Chàm"


def _subject_then_date(text: str, dated_elsewhere: bool = False) -> re.Match | None:
    """The subject's line with a whole date line at its end (_SUBJECT_THEN_DATE), cut before the longest name the
    registry knows that ends at the date's comma; None where the header has a date line of its own, where no known
    place ends there, or where a word goes before the place ("… tại UBND huyện Bảo Thắng, ngày …", "… thương mại Lào
    Cai, ngày …", "… tỉnh Hà Giang Hà Nội, ngày …", "… vốn ODA Hà Nội, ngày …"): the place and day may be the
    subject's own, or the place longer than the registry knows. Only a number, a symbol or a cell's border goes
    before the date's cell for sure ("… năm 2027 Hà Nội, ngày …")."""
    match = _SUBJECT_THEN_DATE.match(text)
    if dated_elsewhere or not match or not _date_line(match.group("date")):
        return None
    words = (text[: match.start("date")] + match.group("date").split(",")[0]).split()
    size = next((n for n in range(min(_MAX_PLACE_WORDS, len(words) - 2), 0, -1)
                 if words[-n][:1].isupper() and names_a_place(" ".join(words[-n:]))), 0)
    if not size or words[-size - 1][:1].isalpha():
        return None
    place = r"\s+".join(map(re.escape, words[-size:]))
    return re.match(rf"^(?P<subject>V\s*/\s*[vV]\b.*?)\s+{_CELL_BORDERS}(?P<date>{place}\s*,\s*ngày\b.*)$", text)


# ---------------------------------------------------------------------------------------------------
# Header fields


_SPACED_DASH_AT_THE_END = re.compile(r"\s+[-–—]\s*$")


_BARE_COUNT = re.compile(r"^\s*\d+\s*\.?$")  # a number with no symbol: a received stamp's count


def _received_stamps_count(header: list[Block], k: int, number: str) -> bool:
    """Whether the number line ``header[k]`` is a received stamp's count, a bare number a scan's stamp over the
    header prints ("CÔNG VĂN ĐẾN" / "Số: 4512" / "Ngày: 14/5/2025"): the stamp's words on its line or the two above
    (as ``_stamps_day``), or its day under it with the document's own date line further down. Never the document's
    number: the receiving office's count."""
    if not _BARE_COUNT.match(number):
        return False
    if any(_stamp_words().match((block.text or "").strip().upper()) for block in header[max(0, k - 2) : k + 1]):
        return True
    day = _date_line(header[k + 1].text or "") if k + 1 < len(header) else None
    return bool(day and not day.group("place").strip(" ,") and _own_date_line_after(header, k + 1))


def _own_date_line_after(header: list[Block], i: int) -> bool:
    """Whether a line after ``header[i]`` is a place-and-date line in words ("Bình Định, ngày 09 tháng 5 năm 2025")."""
    return any((match := _date_line(block.text or "")) and match.group("place").strip(" ,") and "tháng" in (block.text or "").lower()
               for block in header[i + 1 :])


def read_number(header: list[Block]) -> tuple[str | None, str | None, list[Issue]]:
    """(number, symbol, warnings) from "Số: 122/KH-UBND"; an unnumbered draft ("Số:    /KH-UBND") has no number.
    A number the scan shows handwritten (the OCR reader's image check, ``prov.handwritten``) is not
    taken, whatever OCR read: the symbol is, and a warning gives the page and the box to look at."""
    for k, block in enumerate(header):
        match = _NUMBER_LINE.match(block.text or "")
        if not match or _received_stamps_count(header, k, match.group("rest") or match.group("rest2") or ""):
            continue
        if _unproven_party_spacing(spaced := match.group("rest2") or match.group("rest") or "",
                                   labelled=match.group("rest") is not None):
            return None, None, [_field_warn("number_unreadable", "a number with a space for its hyphen whose codes are "
                                            f"not the Party's is not read: '{spaced}'", block)]
        rest = _RULE_AFTER_NUMBER.sub("", match.group("rest") or match.group("rest2") or "")
        issues = []
        words = _words_after_the_symbol(block.text or "")
        if words in rest and _division_after_its_body(rest[: rest.rindex(words)], words):
            rest = f"{rest[: rest.rindex(words)].rstrip()}-{words}"  # "1234/SGDĐT KHTC": a space typed for the hyphen
        elif words in rest and (any(c.islower() for c in words) or _stray_capitals(words)):
            # a word in small letters, or in capitals that is no code, is not the symbol's for sure: where it came
            # from is not known, it is not glued on
            rest = _SPACED_DASH_AT_THE_END.sub("", rest[: rest.rindex(words)])  # "45/QĐ-UBND - Quảng Trị": no "-"
            issues.append(_field_warn("number_words_after_symbol", f"words after the number's symbol are left out: "
                                      f"'{words}'", block))
        printed = normalise_number(rest)
        parsed = _SYMBOL.match(printed)
        handwritten = _handwritten(block, ("number",))
        symbol = _typed_symbol(printed)
        if handwritten and _unconfirmed(handwritten):
            return None, symbol.group("symbol") if symbol else None, [_hand_warn("number_unreadable", f"the number '{printed}' is not what the page image shows; "
                                           "not taken", block, handwritten)]
        if handwritten:
            return None, symbol.group("symbol") if symbol else None, [_hand_warn(
                "number_handwritten", f"the number is handwritten in the scan (OCR read '{printed}'); not taken", block, handwritten)]
        if blank := _BLANK_NUMBER.match(printed):  # "Số:    /KH-UBND", "Số: ……/KH-UBND", "Số:   /2026/QĐ-UBND"
            return None, blank.group("symbol"), [
                _field_warn("unnumbered_draft", f"the number is left blank ('Số: {printed}'): an unissued draft", block)]
        if not parsed or printed.endswith(("-", "/")):  # a symbol cut short ("1281/KH-"): its rest is not known
            return None, symbol.group("symbol") if symbol and not printed.endswith(("-", "/")) else None, [
                _field_warn("number_unreadable", f"number and symbol not in the form NNN/XX-YYY: '{printed}'", block)]
        return printed, parsed.group("symbol"), issues
    for block in header:
        # a number line whose colon OCR lost ("Số /QĐ-UBND") that the reader's image check marked: handwritten, not missing
        if handwritten := _handwritten(block, ("number",)):
            code = "number_unreadable" if _unconfirmed(handwritten) else "number_handwritten"
            return None, None, [_hand_warn(code, f"the number is not read from the scan (OCR read '{block.text}'); "
                                                 "not taken", block, handwritten)]
    for block in header:
        if bare := _bare_party_number(block.text or ""):
            return *bare, []
    return None, None, [_warn("missing_number", "no 'Số:' line with the document's number and symbol")]


def _typed_symbol(printed: str) -> re.Match | None:
    """The symbol after the slash, typed, when the number before it cannot be taken. A handwritten figure read as a
    '/' leaves the others read as a part of their own before the symbol ("/Z0/QĐ-UBND"): a part with a figure followed
    by another is the number's, as a normative document's year is ("1740/2025/QĐ-UBND": QĐ-UBND), and so is a part made
    only of letters that look like figures ("/ZO/QĐ-UBND"), the symbol then kept only when its type code is known."""
    parts = printed.split("/")[1:]
    look_alikes = False
    while len(parts) > 1 and (re.search(r"\d", parts[0]) or _figures_look_alike(parts[0])):
        look_alikes = look_alikes or not re.search(r"\d", parts[0])
        parts.pop(0)
    symbol = _SYMBOL.match("/" + "/".join(parts)) if parts else None
    # after figures read as letters, only a symbol of a known type: another is more of the pen's, or misread
    if symbol and look_alikes and not type_of_code(re.split(r"[-/]", symbol.group("symbol"))[0]):
        return None
    return symbol


def _figures_look_alike(part: str) -> bool:
    """A part made only of letters OCR reads for handwritten figures ("ZO", "lZ", "IO"; ocr_confusions.json
    figure_look_alikes) and figures, that is no type code ("BB" is one)."""
    letters = json_data("ocr_confusions.json")["figure_look_alikes"]["letters"]
    part = part.strip()
    return bool(part) and all(c in letters or c.isdigit() for c in part) and not type_of_code(part)


_TYPE_OPENING_NUMBER_LINE = re.compile(rf"^({_TYPES_BEFORE_NUMBER})s[ốóo]\b", re.IGNORECASE)


def read_joint_numbers(header: list[Block], joint: list[str]) -> list[JointNumber]:
    """The numbers the other bodies of a joint document print under their own names, after the first's (the
    document's number), in the header's column order: "Số: 05/KH-TA" | "Số: 11/KH-VKS" (each body numbers the plan in its
    own register). Each names its body when the header prints a number under every body (the k-th under the k-th); a
    number read_number would not take (blank, handwritten, cut short) is none. Empty for one body or one number."""
    printed = [read_number([block])[0] for block in header if _NUMBER_LINE.match(block.text or "")]
    if len(joint) < 2 or len(printed) < 2:
        return []
    bodies = joint if len(printed) == len(joint) else [None] * len(printed)
    return [JointNumber(number=number, body=body) for number, body in zip(printed[1:], bodies[1:])
            if number and number not in printed[:1]]


def _type_on_number_line(header: list[Block]) -> str | None:
    """"Nghị quyết số: 71/2025/UBTVQH15" -> "Nghị quyết": the type a central body prints before its number's label, the
    type of a page that dropped its heading and whose symbol names none."""
    for block in header:
        if _NUMBER_LINE.match(text := block.text or "") and (match := _TYPE_OPENING_NUMBER_LINE.match(text)):
            return doc_type_by_folded_name().get(fold(match.group(1).strip()))
    return None


# A Party committee's number printed without "Số" ("25-KH/TU" under the star): the type's abbreviation, then the slash.
_BARE_PARTY_NUMBER = re.compile(r"^(?P<number>\d{1,5}(?P<hyphen>\s*-\s*|\s+)(?P<symbol>(?P<type>[A-ZĐ][A-Za-zĐđ]{0,3})/"
                                r"(?P<committee>[A-ZĐ][\wĐđ\-]*)))$")
# A Party number typed with a space for its hyphen ("298 KH/TU", "Số 298 KH/TU"): its type and its committee's code
_SPACED_PARTY_NUMBER = re.compile(r"^\d{1,5}\s+(?P<type>[A-ZĐ][A-Za-zĐđ]{0,3})/(?P<committee>[A-ZĐ][\wĐđ\-]*)$")


def _bare_party_number(text: str) -> tuple[str, str] | None:
    """(number, symbol) of the number alone on its line in the Party's form, its type a known abbreviation (not any
    word with a hyphen); typed with a space for its hyphen, only where its committee's code is a Party committee's too."""
    match = _BARE_PARTY_NUMBER.match(text.strip()) if text[:1].isdigit() else None
    if not match or match.group("type") not in party_doc_type_by_abbreviation():
        return None
    if "-" not in match.group("hyphen") and not _party_codes(match.group("type"), match.group("committee")):
        return None
    return normalise_number(match.group("number")), match.group("symbol")


def _party_codes(doc_type: str, committee: str) -> bool:
    """Whether a type's code and a committee's are the Party's or the Youth Union's ("KH", "TU", "TĐTN";
    party_doc_types.csv, sections.json party_committee_code, youth_union_committee_code): a number with a space for
    its hyphen is read in the Party's form only then."""
    committee = strip_marks(committee).upper()
    return doc_type in party_doc_type_by_abbreviation() and (
        _party_committee_code().fullmatch(committee) is not None
        or re.fullmatch(json_data("sections.json")["youth_union_committee_code"], committee) is not None)


def _unproven_party_spacing(rest: str, labelled: bool) -> bool:
    """A number's line that holds a Party-form number with a space for its hyphen whose codes are not the Party's: no
    number is read from it. Without the label's colon ("Số 298 AB/CD") the line may be no number's; after "Số:" the
    space is the hyphen wherever the type's code is a type's, the state's or the Party's ("Số: 09 TT/LB", a Thông tư
    liên bộ of before 2001; "Số: 45 KH/HNDT", a farmers' union's), and none where it is no type's ("Số: 298 XY/AB")."""
    spaced = _SPACED_PARTY_NUMBER.match(" ".join(rest.split()))
    if not spaced or _party_codes(spaced.group("type"), spaced.group("committee")):
        return False
    return not labelled or spaced.group("type") not in _known_types()


def _handwritten(block: Block, fields: tuple[str, ...]) -> list[dict]:
    return [mark for mark in block.prov.handwritten if mark.get("field") in fields]


def _unconfirmed(marks: list[dict]) -> bool:
    """Whether the marks are a hidden OCR layer's figures that the page image does not give back (``parsers.hiddenlayer``),
    not handwriting."""
    return any(mark.get("source") == HIDDEN_LAYER for mark in marks)


def _hand_warn(code: str, message: str, block: Block, marks: list[dict]) -> Issue:
    """A warning that points at the handwritten marks: page and box (PDF points), for a review page to crop."""
    reasons = "; ".join(f"{m['field']}: {m.get('reason', '')}" for m in marks)
    where = {**block.where(), "bbox": marks[0]["bbox"], "fields": [m["field"] for m in marks],
             "boxes": [m["bbox"] for m in marks]}
    return Issue(code=code, message=f"{message} ({reasons})", where=where)


_DATE_PARTS = {"day": r"ngày\s*(\d{1,2})", "month": r"tháng\s*(\d{1,2})", "year": r"năm\s*(\d{4})"}


def _typed_date(text: str, handwritten: set[str]) -> VnDate | None:
    """The date as far as its typed parts go: a handwritten part counts as blank."""
    parts = {}
    for name, pattern in _DATE_PARTS.items():
        found = re.search(pattern, text, re.IGNORECASE)
        parts[name] = found.group(1) if found and name not in handwritten else None
    if parts["year"] is None:
        return None
    if parts["day"] and parts["month"]:
        return parse_date(f"ngày {parts['day']} tháng {parts['month']} năm {parts['year']}")
    month = int(parts["month"]) if parts["month"] and 1 <= int(parts["month"]) <= 12 else None
    partial = f"{parts['year']}-{month:02d}" if month else parts["year"]
    return VnDate(None, partial, 0, len(text), text)


def _stutter_repaired(symbol: str, heading_type: str) -> str | None:
    """A symbol whose type part is no known type, but the heading's type once a doubled letter is read once
    (OCR's "QĐĐ-SCT" under a QUYẾT ĐỊNH heading): the repaired symbol; else None."""
    first, sep, rest = (re.split(r"([-/])", symbol, maxsplit=1) + ["", ""])[:3]
    table = doc_type_by_abbreviation()
    if not sep or first in table:
        return None
    single = re.sub(r"(\w)\1+", r"\1", first)  # "QĐĐĐ" too: specks over a scan's letter
    return f"{single}{sep}{rest}" if single != first and table.get(single) == heading_type else None


def doc_type_of_symbol(symbol: str | None) -> str | None:
    """"KH-UBND" -> "Kế hoạch"; a symbol with no type part ("UBND-VX") is a Công văn."""
    if not symbol:
        return None
    first, separator = (re.split(r"([-/])", symbol, maxsplit=1) + [""])[:2]  # "KH-UBND"; a party document's "KH/TU"
    table = doc_type_by_abbreviation()
    # the Party's form, type before the slash, has types of its own ("CV/TU" a Công văn, "TT/TU" a Thông tri)
    found = _party_form_type(first, symbol) if separator == "/" else type_of_code(first)
    if not found and separator == "-" and "/" in symbol:
        return type_of_code(symbol.rsplit("/", 1)[1])  # the old joint form: the bodies' codes, the type after the slash
    if not found and separator == "/" and (first in table or first in party_doc_type_by_abbreviation()):
        return None  # a type code the Party's form leaves unread ("412-QĐ/TWĐTN-VP"): no type, and no Công văn
    return found or (table[""] if "-" in symbol else None)


def _party_form_type(code: str, symbol: str) -> str | None:
    """The type of a number in the Party's form, type before the slash. A code the Party spells as the state's another
    type ("TT": Thông tri, Thông tư) is the Party's only before a committee's code ("15-TT/TU"); the state's old numbers
    were written so too ("09-TT/LB", a Thông tư liên bộ): there no type is read, the printed one stands."""
    party = party_doc_type_by_abbreviation().get(code)
    state = doc_type_by_abbreviation().get(code)
    if party and state and party != state:
        committee = strip_marks(symbol.rsplit("/", 1)[1]).upper()
        return party if _party_committee_code().fullmatch(committee) else None
    return party


@cache
def _party_committee_code() -> re.Pattern[str]:
    return re.compile(json_data("sections.json")["party_committee_code"])


@cache
def _made_codes() -> tuple[str, ...]:
    return tuple(row["code"] for row in csv_rows("type_heading_words.csv"))


def type_of_code(code: str) -> str | None:
    """The type a symbol's type part names: "KH" -> Kế hoạch, "KHLT" -> Kế hoạch liên tịch (doc_types.csv); a type's
    code and how it was made ("CTrPH": Chương trình phối hợp, "KHLN": liên ngành; type_heading_words.csv) -> the type,
    as its heading is read."""
    table = doc_type_by_abbreviation()
    if not code or code in table:
        return table.get(code) if code else None
    made = next((m for m in _made_codes() if code.endswith(m) and code[: -len(m)] in table and code[: -len(m)]), None)
    return table[code[: -len(made)]] if made else None


_DAY_WITHOUT_ITS_WORD = re.compile(r",\s*(?=\d{1,2}\s+tháng\b)")
# a date in figures whose day, or day and month, is left blank for the hand ("ngày    /3/2026", "ngày …/…/2026", the
# dots gone by then): the parts printed, as in words ("ngày tháng 3 năm 2026"), so that no day is read from the month
_BLANK_DAY_IN_FIGURES = re.compile(r"(?i:ngày)\s*/\s*(?:(?P<month>\d{1,2})\s*)?/\s*(?P<year>\d{4})(?!\d)")


def _blank_parts_in_words(text: str) -> str:
    return _BLANK_DAY_IN_FIGURES.sub(lambda m: f"ngày tháng {m.group('month') or ''} năm {m.group('year')}", text)


# A date line a narrow cell wrapped a word or two a line ("Hà Nội," / "ngày" / "19" / "tháng 10 năm 2018"): the place
# and its comma, then pieces of the date only.
_PLACE_AND_COMMA = re.compile(rf"^{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}},(?:\s*ngày)?$")
_DATE_PIECE = re.compile(r"^(?:ngày(?:\s+\d{1,2})?|\d{1,2}|(?:\d{1,2}\s+)?tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|năm\s+\d{4})\.?$", re.IGNORECASE)
_MAX_DATE_PIECES = 4


def _date_line_in_pieces(header: list[Block], at: int) -> str | None:
    """The place-and-date line whose words the cell wrapped from ``header[at]`` on, run together; None for a line that
    is no place and its comma, or pieces that make no whole date."""
    if not _PLACE_AND_COMMA.match(header[at].text or ""):
        return None
    text = header[at].text or ""
    for block in header[at + 1 : at + 1 + _MAX_DATE_PIECES]:
        if not _DATE_PIECE.match((block.text or "").strip()):
            return None
        text = f"{text} {(block.text or '').strip()}"
        if _date_line(text) and _YEAR_AT_END.search(text):
            return text
    return None


# A header's star or rule a copy runs into the cell beside it, the place-and-date line's ("* Phường Bến Thành, ngày …",
# "*** Di Linh, ngày …": a Party's header, its star under the committee's name): no part of the place. One run of marks
# (stars, dashes of every kind, underscores, rules, dots, ellipses; spaced or not, glued to the place or not: "* * *",
# "***Di Linh", "—— Xã", "- - - -", "……"), when it starts with a star or an ellipsis or holds two marks; a single
# "- " before a place (a list's dash) stays as it is.
_MARK = r"*\-\u2010-\u2015_=.…·"
_MARKS_BEFORE_THE_PLACE = re.compile(rf"^\s*(?=[*…]|[{_MARK}]\s*[{_MARK}])[{_MARK}\s]+(?=[^\W_])")


def _without_marks_before_the_place(block: Block) -> Block:
    text = block.text or ""
    return block.model_copy(update={"text": _MARKS_BEFORE_THE_PLACE.sub("", text)}) if _MARKS_BEFORE_THE_PLACE.match(text) else block


def read_place_and_date(header: list[Block]) -> tuple[str | None, VnDate | None, list[Issue]]:
    header = [_without_marks_before_the_place(block) for block in header]
    for i, block in enumerate(header):
        text = _date_line_in_pieces(header, i) or block.text or ""
        handwritten = _handwritten(block, ("day", "month", "year"))
        match = _date_line(text) or (_GLUED_DATE_LINE.match(text) if handwritten else None)
        if match and not handwritten and "tháng" not in text.lower() and re.search(r"ngày\s*\d{0,2}\s*$", text, re.I) and i + 1 < len(header):
            following = header[i + 1].text or ""  # "Quảng Nam, ngày" / "13 tháng 7 năm 2023": the cell wrapped after the day
            if re.match(r"^\d{0,2}\s*tháng\b", following, re.I):
                text = f"{text} {following}"
        if not match or "tháng" not in text.lower() and not re.search(r"\d\s*[/.\-]\s*\d|ngày[\s.…_]*/[\s.…_]*/\s*\d{4}", text):
            continue  # (some offices print "Ngày … Tháng … Năm …" in capitals)
        if not handwritten and _stamps_day(header, i, match, text):
            continue
        if handwritten:
            place = match.group("place").strip(" ,.") or None
            issued = _typed_date(text, {m["field"] for m in handwritten})
            if _unconfirmed(handwritten):
                return place, issued, [_hand_warn("issue_date_unreadable", f"part of the date of issue '{text}' is not what the "
                                                  "page image shows; only the parts both agree on are taken", block, handwritten)]
            return place, issued, [_hand_warn(
                "issue_date_handwritten", f"part of the date of issue is handwritten in the scan (OCR read '{text}'); "
                f"only its typed parts are taken", block, handwritten)]
        lowered = text.lower()
        if "năm" in lowered and not re.search(r"năm\s*\d{4}", lowered) or "tháng" in lowered and "năm" not in lowered:
            # "Cần Thơ, ngày 21 tháng 01" / "năm 2010": the date goes on in the next line
            following = header[i + 1].text if i + 1 < len(header) else ""
            text = f"{text} {following}"
        place = match.group("place").strip(" ,")
        place = place[_place_after_a_body(place) :]  # "UBND Quảng Trị, ngày …": the place "Quảng Trị"
        previous = header[i - 1] if i else None
        if previous is not None and (_is_place_fragment(previous) or _wraps_a_known_place(previous, place)
                                     or _wrapped_after_a_body_or_unit(previous, place)):
            place = f"{previous.text} {place}".strip(" ,")  # "Bình" / "Tân, ngày 05 …"; "Hà Nội," / "ngày 15 …"
            place = place[_place_after_a_body(place) :]  # "UBND Thành phố Hồ" / "Chí Minh, ngày …"
        issues = []
        if place and _a_body_s_code(place.split()[0]) and not names_a_place(place):
            # "UBND Tân Lập Một, ngày …": a body's name whose place the registry does not know; no place is a body's name
            # ("TU MƠ RÔNG, NGÀY …" in capitals is a place the registry knows, its first word spelling a code)
            issues.append(_warn("place_unproved", f"the place-and-date line opens with a body's name and no place the "
                                                  f"registry knows follows it: '{place}'; no place taken", block))
            place = ""
        # dots, an ellipsis or a rule hold the place of a part left blank ("ngày .... tháng .... năm 2026")
        issued = parse_date(_blank_parts_in_words(_DAY_WITHOUT_ITS_WORD.sub(", ngày ", _PLACEHOLDER.sub(" ", text[match.start() :]), count=1)))
        unread = []
        # in words wholly or in part; a day "mùng 5" that the figures' reading leaves out read too (it took the month)
        spelled = date_in_words(text[match.start() :]) if issued is None or issued.iso is None else (None, [])
        if spelled[0] is not None and (issued is None or spelled[0].iso):
            issued, unread = spelled
            issues.append(_warn("issue_date_in_words", f"the date of issue is written in words, read as "
                                f"{issued.iso or issued.partial}" + (f"; not read: '{unread[0]}'" if unread else "")
                                + f": '{text}'", block))
        if issued is None and (garbled := _garbled_date(block)):
            issued = garbled[0]  # the place as the line's pattern read it
            issues.append(garbled[1])
        if issued is None:
            issues.append(_field_warn("issue_date_unreadable", f"the date of issue cannot be read: '{text}'", block))
        elif issued.iso is None and not unread:  # a part not read is no blank
            issues.append(_field_warn("issue_date_incomplete", f"the date of issue is left partly blank ({issued.partial}): '{text}'", block))
        return place or None, issued, issues
    for block in header:
        if found := _garbled_place_and_date(block):
            return found
    return None, None, [_warn("missing_issue_date", "no place-and-date line ('…, ngày … tháng … năm …')")]


_CLOSING_REACH = 12  # lines over the signer's name: the chain, the recipients' column, the date line above them
_WHOLE_DATE_AT_END = re.compile(r"ngày\s*\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*\.?$", re.IGNORECASE)


def _date_over_the_signature(body: list[Block], name: Block | None) -> Block | None:
    """A line that is a place and a whole date and nothing else ("Quảng Ngãi, ngày 5 tháng 3 năm 2026") among the
    lines over the signer's name, the nearest: some documents print their date there and not in the header."""
    if name is None:
        return None
    at = next((i for i in range(len(body) - 1, -1, -1) if body[i] is name or body[i].text == name.text), None) or 0
    for k in range(at - 1, max(0, at - _CLOSING_REACH) - 1, -1):
        text = body[k].text or ""
        if (match := _date_line(text)) and match.group("place").strip(" ,") and _WHOLE_DATE_AT_END.search(text) \
                and not (k and _SENTENCE_LEFT_OPEN.search(body[k - 1].text or "")):
            return body[k]
    return None


# A line of prose whose sentence goes on to the next line ("Báo cáo gửi Sở Nội vụ trước" / "Quảng Ngãi, ngày …"): it
# ends on a word in small letters, no stop, and is no list's item ("- Lưu: VT", "- Các sở, ngành").
_SENTENCE_LEFT_OPEN = re.compile(rf"^(?![-+•–*]).*[{SMALL_LETTERS}]$")


def _stamps_day(header: list[Block], i: int, match: re.Match, text: str) -> bool:
    """Whether the header's line ``i``, a day in figures with no place ("Ngày 25/12/2025"), is a stamp's (a gazette's,
    a received stamp's) printed between the header's lines by a copy: the stamp's own words (sections.json stamp_words:
    "CÔNG BÁO", "ĐẾN", "Số đến", "Ngày đến") start that line or one of the two above it. A bare "Số: 12" over "Ngày
    05/12/2025", or a site's "Ngày ban hành: …" over the document's own date line, is no stamp: that day is kept,
    unless a place-and-date line in words follows (the document's own: the bare count and its day are a received
    stamp's, its heading lost or read apart)."""
    if match.group("place").strip(" ,") or "tháng" in text.lower():
        return False
    if any(_stamp_words().match((block.text or "").strip().upper()) for block in header[max(0, i - 2) : i + 1]):
        return True
    # a received stamp's count over it ("Số: 4512" / "Ngày: 14/5/2025") with the document's own date line below
    count = _NUMBER_LINE.match(header[i - 1].text or "") if i else None
    return bool(count and _BARE_COUNT.match(count.group("rest") or count.group("rest2") or "") and _own_date_line_after(header, i))


@cache
def _stamp_words() -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(map(re.escape, json_data("sections.json")["stamp_words"])) + r")\b")


# A place-and-date line whose words OCR or a broken text layer garbled: a letter lost ("Hà N i, ngày …"), a mark misread
# ("ngảy 12 thảng 3 nãm 2025"). Folded, the date's words still start with their first letters, and the day, the month
# and the year stand in figures in their places; the line holds nothing else, and a place before a comma.
_GARBLED_DATE_LINE = re.compile(r"^(?P<place>[^,\d]{2,40}),\s*n[^\d,]{0,4}?\s*(?P<day>\d{1,2})\s+t[^\d,]{1,5}?\s*(?P<month>\d{1,2})"
                                r"\s+n[^\d,]{0,3}?\s*(?P<year>(?:19|20)\d\d)\s*\.?$")


_MAX_DATE_PLACE_WORDS = 7  # as _DATE_LINE's place


@cache
def _place_unit_words() -> frozenset[str]:
    """The words of places.json's unit words, folded ("thanh", "pho", "xa" …)."""
    return frozenset(fold(word) for unit in json_data("places.json")["unit_words"]["words"] for word in unit.split())


def _reads_as_a_place(words: str) -> bool:
    """Words that may be a place, garbled or not: capitalised words, unit words ("thành phố"), a place's kind
    ("Nông trường": _PLACE_KIND) and letters left of a word ("Hà N i"); not a sentence ("Nghị quyết của HĐND tỉnh", a cited document's date wrapped under a subject)."""
    return len(words.split()) <= _MAX_DATE_PLACE_WORDS and all(
        word[0].isupper() or len(word) <= 2 or fold(word) in _place_unit_words() or word in "-–"
        for word in re.sub(_PLACE_KIND, "Kind", words).split())


def _garbled_date(block: Block) -> tuple[VnDate, Issue] | None:
    """The date of a garbled place-and-date line, read from its figures, and the warning that says so."""
    text = block.text or ""
    if not (match := _GARBLED_DATE_LINE.match(fold(text))) or not _reads_as_a_place(text[: text.index(",")]):
        return None
    issued = parse_date(f"ngày {match.group('day')} tháng {match.group('month')} năm {match.group('year')}")
    return (issued, _warn("issue_date_garbled", f"the place-and-date line is garbled: '{text}'; the date is read from its "
                          "figures", block)) if issued else None


def _garbled_place_and_date(block: Block) -> tuple[str | None, VnDate, list[Issue]] | None:
    """(place, date, warnings) of a garbled place-and-date line: the place only when the registry knows it as printed
    (a garbled place is null, never another place)."""
    if not (garbled := _garbled_date(block)):
        return None
    text = block.text or ""
    printed = text[: text.index(",")].strip()
    return printed if names_a_place(printed) else None, garbled[0], [garbled[1]]


# The closing sentence of a law or a resolution of the Quốc hội or its Standing Committee: "Luật này được Quốc hội …
# khóa XV, kỳ họp thứ 9 thông qua ngày 19 tháng 02 năm 2025." The only date such a document prints when its header
# has no date line.
_ADOPTED = re.compile(r"\bthông qua ngày\s+(?P<date>\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})")


def adoption_date(body: list[Block]) -> tuple[VnDate, Block] | None:
    for block in reversed(body[-80:]):
        text = block.text or ""
        if "thông qua" in text and (match := _ADOPTED.search(text)):
            parsed = parse_date("ngày " + match.group("date"))
            if parsed is not None and parsed.iso:
                return parsed, block
    return None


def _is_place_fragment(block: Block) -> bool:
    text = block.text or ""
    words = text.split()
    return (
        0 < len(words) <= 2
        and not block.cell_end
        and all(w[:1].isupper() for w in words)
        and not is_upper_line(text)
        and not any(c.isdigit() or c in ":-_|" for c in text)
    )


def _wraps_a_known_place(block: Block, place: str) -> bool:
    """A longer start of a place a site's cell wrapped ("TP Hồ Chí" / "Minh, ngày …", "Bà Rịa -" / "Vũng Tàu, ngày …"):
    up to four capitalised words (a dash among them) that with the line's place name a place of the registry, when
    the line's place alone names none."""
    text = block.text or ""
    unit = _UNIT_ABBREVIATION_OPENS.match(text)  # "tp. Hồ Chí" / "Minh, ngày …": a unit abbreviated in small letters
    words = text[unit.end() if unit else 0 :].split()
    if not 0 < len(words) <= 4 or block.cell_end or any(c.isdigit() or c in ":_|," for c in text):
        return False
    if not all(w[:1].isupper() or w in "-–" or w in _unit_word_parts() for w in words) or is_upper_line(text):
        return False
    from .registry import registry  # loaded only here: few date lines get this far

    places = registry()
    return places.place_named_in(place) is None and places.place_named_in(f"{text} {place}") is not None


def _wrapped_after_a_body_or_unit(block: Block, place: str) -> bool:
    """The start of a place a narrow cell wrapped after a body's code or a unit word ("UBND xã Tân" / "Lập Một, ngày …",
    "xã Tân" / "Lập, ngày …", "UBND tỉnh Quảng" / "Trị, ngày …"): codes, a unit word or both, then one or two
    capitalised words, over a line whose own place the registry does not know. Read whole; a body's name whose place
    the registry does not know then gives no place (place_unproved), never the name's tail."""
    text = block.text or ""
    if block.cell_end or not place or names_a_place(place) or is_upper_line(text) != is_upper_line(place):
        return False
    words = text.split()
    codes = next((k for k, word in enumerate(words) if not _a_body_s_code(word)), len(words))
    rest = " ".join(words[codes:])
    unit = _UNIT_ANY_CASE_OPENS.match(rest)
    name = rest[unit.end() :].split() if unit else rest.split()
    if fold(" ".join(name)) == fold(place):
        return False  # "UBND xã Ka Lăng" / "Ka Lăng, ngày …": the body's whole name over its own place line, no wrap
    return ((codes > 0 or unit is not None) and 0 < len(name) <= 2 and all(word[:1].isupper() for word in name)
            and not any(c.isdigit() or c in ":;_|," for c in text))


@cache
def _unit_word_parts() -> frozenset[str]:
    """The words of the unit words, as printed in a place's name ("Thành phố Hồ", "Thị xã Bình")."""
    return frozenset(w for unit in json_data("places.json")["unit_words"]["words"] for w in unit.split())


# A word OCR read twice over a header line ("TỈNH LÂM LÂM ĐỒNG"); no body's name repeats a word of two letters or more.
_REPEATED_WORD = re.compile(r"\b([^\W\d_]{2,})(?:\s+\1)+\b")
# A name of two words or more printed twice at a line's end (_without_a_name_printed_twice).
_NAME_TWICE_AT_END = re.compile(r"(?<!\S)(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+)+)\s+(?P=name)$")

# The Youth Union's name: its motto under a union body's name ("BCH ĐOÀN TỈNH …"), but the issuer's own name under the
# central committee's ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐOÀN TNCS HỒ CHÍ MINH").
_YOUTH_UNION = re.compile(r"^ĐOÀN (?:TNCS|THANH NIÊN CỘNG SẢN) HỒ CHÍ MINH\s*$", re.IGNORECASE)


# A section's number opening a line ("I. MỤC ĐÍCH", "2. NHIỆM VỤ"): no issuer's line starts so.
_SECTION_OPENING = re.compile(r"^(?:[IVXL]{1,5}|\d{1,2})\.\s+\S")


def _in_sentence_case(header: list[Block]) -> bool:
    """A header a site printed in sentence case ("Ủy ban nhân dân tỉnh …", "Cộng hòa xã hội chủ nghĩa Việt Nam …"):
    the motto's first line is in small letters (its second always is; read on the line as printed: a part of a header's
    line beside it may hold none), and so are its bodies' names, read by the kind of body they start with."""
    return any((motto := _MOTTO_INSIDE.search(strip_marks(b.orig))) and motto.group()[:1] in "Cc" and not motto.group().isupper()
               for b in header)


def _sentence_case_body(text: str) -> bool:
    """A body's name in sentence case ("Sở Xây dựng", "Ủy ban nhân dân tỉnh …"); not a number's line, whose "Số" is
    the department's "Sở" without marks ("Số /TTr-CAT" under a number left blank)."""
    return not text.lower().startswith("số") and _names_a_body(strip_marks(text).upper())


_ACTING = re.compile(r"^\s*(?:QUYỀN\s+|Q\s*\.\s*)", re.IGNORECASE)


def _opens_a_signature(text: str) -> bool:
    """The line opens a signature block with its authority (parts.authority_of: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ
    TỊCH"); "Q." only before a position ("Q. GIÁM ĐỐC", as "QUYỀN" is read): "Q. BÌNH THẠNH" is a district's
    name, a line of the header's body."""
    prefix = authority_of(text)
    if prefix != "Q.":
        return prefix is not None
    return bool(positions_pattern().match(strip_marks(_ACTING.sub("", text, count=1)).lower()))


def read_issuer(header: list[Block], joint: bool = False, symbol: str | None = None,
                signed_for: str | None = None) -> tuple[Issuer, list[Issue]]:
    """The capitalised lines at the top, before the number, the date or a rule. With two bodies
    ("UBND TỈNH LÀO CAI" / "SỞ CÔNG THƯƠNG") the lower one issued the document and the upper is its parent. The
    motto's lines are passed over, not an end: a header table flattened row by row (a legacy .doc converted, a
    scan) puts them between the issuer's lines ("ỦY BAN NHÂN DÂN" / "CỘNG HÒA XÃ HỘI …" / "TỈNH LÀO CAI")."""
    lines: list[str] = []
    issues = []
    in_sentence_case = _in_sentence_case(header)
    for at, block in enumerate(header):
        text = block.text or ""
        if _is_motto_line(text) and not (_YOUTH_UNION.match(text) and not any("ĐOÀN" in line for line in lines)):
            if block.cell_end and lines:
                break
            continue
        if SEPARATOR.match(text) and not lines:
            continue  # a rule over the header: what was above it (a copy block) is set aside
        if is_draft_note(text):
            continue  # "DỰ THẢO" over the heading: a draft's mark, no body's line
        if SEPARATOR.match(text) or _NUMBER_LINE.match(text) or _date_line(text) or _VV.match(text) or _bare_party_number(text):
            if lines and _date_line(text):
                lines += _unit_under_the_date(header, at)
            break
        if TABLE_STARTS.match(text.strip()) or annex_heading(text) or _opens_a_signature(text):
            # "TM. ỦY BAN NHÂN DÂN": a signature block, the top of a file whose first page was not read, is no issuer;
            # "TT" / "STT": a table's first header cell (a page that opens with its table) is no body's line, nor is
            # an annex's heading and title ("PHỤ LỤC II" / "DANH MỤC NHIỆM VỤ …": an annex published on its own)
            break
        if len(parted := _RULE_IN_CELL.split(text, maxsplit=1)) > 1 and is_upper_line(parted[0]):
            lines.append(parted[0])  # "BỘ TÀI CHÍNH -------": the body's last line, its rule run onto it
            break
        if text and (is_upper_line(text) or in_sentence_case and _sentence_case_body(text)) \
                and not _SECTION_OPENING.match(text):  # "I. MỤC ĐÍCH, YÊU CẦU" is a section's
            if block.prov.reader == "ocr" and (once := _REPEATED_WORD.sub(r"\1", text)) != text:
                issues.append(_warn("issuer_ocr_repeat", f"OCR read a word of the issuer twice: '{text}', taken as '{once}'", block))
                text = once
            lines.append(without_star(text))
        if block.cell_end and lines:
            break
    lines = _without_a_place_set_off_by_a_dash(lines)
    if not lines:
        return Issuer(), [_warn("missing_issuer", "no issuing body above the document-type heading")]
    beside = _columns_beside(header, at) if lines else []
    if beside and (joint or _joint_made(symbol) or len(beside) > 1 or _each_column_numbers_its_own(header, lines, beside)):
        # a joint header's table read column by column: "BỘ Y TẾ" / "-------" / "Số: …" / "BỘ GIÁO DỤC VÀ ĐÀO TẠO" / "-------",
        # under a joint type or symbol, or told by a third body's column or a number of its own under a body's column;
        # each column's body is its last, under the parent a column may print over it ("UBND TỈNH NGHỆ AN" / "SỞ Y TẾ")
        columns = [_boards_with_their_bodies(split_bodies(column))  # "… / BAN THƯỜNG VỤ"
                   for column in (lines, *(column for column, _ in beside))]
        bodies = [column[-1] for column in columns]
        parents = {fold(column[-2]) if len(column) > 1 else None for column in columns}
        parent = columns[0][-2] if len(parents) == 1 and None not in parents else None
        return Issuer(name=bodies[0], parent=parent, joint=bodies), issues
    if len(beside) == 1 and (beside[0][1] or not _number_under(header, at)) \
            and _unit_numbered_beside_its_parent(header, " ".join(lines), " ".join(beside[0][0])):
        # read as a unit printed under its parent, the lower line issued it: the number under the unit's column, or on
        # a row under both (a PDF's narrow cells, the number's row read after the columns)
        lines = [*lines, *beside[0][0]]
    side = _bodies_side_by_side(header)
    if len(side) == 2 and not _joint_made(symbol) and _unit_numbered_beside_its_parent(header, *side):
        return Issuer(name=side[1], parent=side[0]), issues  # a text copy's columns: the unit beside its parent
    if len(beside := side) > 1 or len(beside := _bodies_run_together(lines)) > 1:
        # one body in both columns ("SỞ TƯ PHÁP SỞ TƯ PHÁP" / "TỈNH LÀO CAI TỈNH LÀO CAI") is one issuer, no joint one
        beside = [body for k, body in enumerate(beside) if fold(body) not in map(fold, beside[:k])]
        return Issuer(name=beside[0], joint=beside if len(beside) > 1 else []), issues
    if len(fused := _fused_joint_bodies(lines, symbol)) > 1 or len(fused := _bodies_over_one_place(lines, symbol)) > 1:
        return Issuer(name=fused[0], joint=fused), issues
    if unparted := _places_run_together_under_a_name_twice(lines):
        return Issuer(), [*issues, _warn("issuer_columns_run_together", f"one body's name printed twice over places run "
                                         f"together that cannot be parted: '{unparted}'; no issuer is given", header[0])]
    # not over two places run together that cannot be parted ("TỈNH LÀO CAI TỈNH MẪU THỬ"): the name is two columns'
    lines = [_name_taken_once(line, under) for line, under in zip(lines, [*lines[1:], ""])]
    bodies = [part for body in split_bodies(lines) for part in _parent_and_unit_on_one_line(body)]
    if len(bodies) == 3 and _joint_codes(symbol) == 2 and _last_unit_start(bodies[0]) is not None and _last_unit_start(bodies[1]) is None:
        # "UBND TỈNH NGHỆ AN" / "SỞ Y TẾ" / "HỘI NÔNG DÂN TỈNH NGHỆ AN" over "KHPH-SYT-HND": the unit under its parent and
        # the body beside it made the plan together; the last alone would be one issuer of two
        return Issuer(name=bodies[1], parent=bodies[0], joint=bodies[1:]), issues
    if joint or _joint_by_symbol(bodies, symbol) or _dashed_joint(bodies, symbol):
        # a joint document (TTLT, NQLT) is issued by every body of its header, one under the other or dashed
        bodies = [name for body in bodies for name in _dashed_bodies(body)]
        parent, bodies = _parent_of_joint_units(bodies)
        if len(bodies) > 1:
            return Issuer(name=bodies[0], parent=parent, joint=bodies), issues
    bodies = _boards_with_their_bodies(bodies)
    if len(bodies) == 1 and (union_s := _board_of_the_youth_union(bodies[0], header)):
        bodies = [union_s]
    if len(bodies) == 1 and len(dashed := _dashed_bodies_of_one_place(bodies[0], symbol)) > 1:
        return Issuer(name=dashed[0], joint=dashed), issues
    bodies = [*bodies[:-1], *_parent_and_unit_dashed(bodies[-1])]
    bodies = _without_a_national_name_after_its_branch(bodies)
    if len(bodies) > 1:
        parent = bodies[-2]
        if fold(bodies[-1]) in board_lines():  # "BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN BÍ THƯ": whose, the motto and the code say
            organisation, found = _organisation_of_central_board(parent, header, symbol, signed_for)
            parent, issues = (f"{parent} {organisation}" if organisation else parent), issues + found
    else:
        parent, found = _organisation_of_central_board(bodies[-1], header, symbol, signed_for)
        issues += found
        if parent and (organ := _organ_signing(signed_for, parent)):
            # "BAN CHẤP HÀNH TRUNG ƯƠNG" / "*" signed "T/M BỘ CHÍNH TRỊ": the Politburo issued it, an organ of the committee
            return Issuer(name=organ, parent=f"{bodies[-1]} {parent}"), issues
    issuer = Issuer(name=bodies[-1], parent=parent)
    if is_bare_kind(issuer.name):
        issues.append(_warn("issuer_incomplete", f"the issuing body names no place: '{issuer.name}'", header[0]))
    return issuer, issues


# A place's name a spaced dash sets off at the end of the issuer's last line, or a line of a place and a dash alone
# ("BỘ NỘI VỤ - HÀ NỘI", "- HÀ NỘI", "HÀ NỘI -"): a flattened header's date cell run onto the body's
_DASH_THEN_PLACE = re.compile(r"^(?P<body>(?:.*\s)?)[-–—]\s*(?P<place>[^-–—]+?)\s*$")
_PLACE_THEN_DASH = re.compile(r"^(?P<body>)(?P<place>[^-–—]+?)\s+[-–—]$")


def _without_a_place_set_off_by_a_dash(lines: list[str]) -> list[str]:
    """The issuer's lines without a place's name a dash sets off at their end (_DASH_THEN_PLACE, _PLACE_THEN_DASH),
    where the words before it are a body the registry knows, and the place names no body of its own with them: the
    body alone ("BỘ NỘI VỤ" of "BỘ NỘI VỤ - HÀ NỘI"). Else the lines as printed: a kind alone before the place is no
    body ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG TRỊ -"), a dash inside a place's name is the place's ("… TỈNH BÀ RỊA - VŨNG
    TÀU"), and a body's branch at the place is that branch ("KHO BẠC NHÀ NƯỚC - HÀ NỘI": the city's treasury, not
    the country's)."""
    from .agencies import resolve  # loaded only here: few headers end in a dash

    match = lines and (_DASH_THEN_PLACE.match(lines[-1]) or _PLACE_THEN_DASH.match(lines[-1]))
    if not match or not names_a_place(place := match.group("place")):
        return lines
    body = [*lines[:-1], match.group("body").strip()] if match.group("body").strip() else lines[:-1]
    before = " ".join(body).split()
    if any(names_a_place(f"{' '.join(before[-size:])} - {place}") for size in range(1, min(3, len(before)) + 1)):
        return lines  # the dash inside a place's name: "… TỈNH BÀ RỊA - VŨNG TÀU", its line wrapped before the dash too
    known = resolve(" ".join(body), None) if body else None
    if not known or known.match not in ("exact", "alias", "rule") or _has_local_branches(body[-1]):
        return lines
    with_the_place = {resolve(name, None).agency_id for name in (" ".join(lines), lines[-1],
                                                                 f"{' '.join(body)} {place}", f"{body[-1]} {place}")}
    return body if with_the_place <= {None, known.agency_id} else lines


def _has_local_branches(body: str) -> bool:
    """Whether a body's name opens the name of a body every province, district, commune or region has (agencies.csv
    rows of "*tỉnh", "*huyện", "*xã", "*khu vực"): "KHO BẠC NHÀ NƯỚC", "NGÂN HÀNG NHÀ NƯỚC" ("… chi nhánh"), "SỞ Y
    TẾ". A place a dash sets off after it may name its branch there, the registry's or not: never cut off."""
    folded = fold(body)
    return any(name.startswith(folded) for name in _names_of_local_bodies())


@cache
def _names_of_local_bodies() -> frozenset[str]:
    return frozenset(fold(name) for row in csv_rows("agencies.csv") if row["jurisdiction"].startswith("*")
                     for name in (row["name"], *filter(None, row["aliases"].split("|"))))


def _without_end_commas(issuer: Issuer) -> Issuer:
    """The issuer with the comma a header line ends in left out of its parent's name and its own ("ỦY BAN NHÂN DÂN TỈNH
    X," over "SỞ Y TẾ"): the line's punctuation, no part of the body's name; the names kept as printed otherwise."""
    names = {field: value.rstrip(" ,") for field in ("name", "parent") if (value := getattr(issuer, field)) and value.endswith(",")}
    return issuer.model_copy(update=names) if names else issuer


def _board_of_the_youth_union(board: str, header: list[Block]) -> str | None:
    """A standing organ printed with nothing but the Youth Union's name ("BCH ĐOÀN TNCS HỒ CHÍ MINH", "BAN CHẤP HÀNH
    ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH"), over its place or with it on the line ("TỈNH NGHỆ AN"): the union's name
    was set apart as the motto beside the organ, which left the issuer "BCH" or "BCH TỈNH NGHỆ AN", an organ of no body.
    The line as printed, then the place, is the issuer (party_boards.json board_lines, organisation_spellings; the
    organ's abbreviation expanded as agency_abbreviations.csv has it). A body under the organ that is no place ("BCH ĐOÀN
    TNCS HỒ CHÍ MINH" / "TRƯỜNG THPT …") is that body's union's: "BCH TRƯỜNG THPT …" stays."""
    words = board.split()
    for k in range(1, min(len(words), 4) + 1):
        organ, place = " ".join(words[:k]), " ".join(words[k:])
        if fold(abbreviation_expansions().get(strip_marks(organ).upper(), organ)) not in board_lines() \
                or place and (not opens_with_a_unit_kind(place) or _AGENCY_KINDS.match(strip_marks(place).upper())):
            continue  # "TỈNH ĐOÀN NGHỆ AN" under the organ is the union's body of the place, no place
        union = "ĐOÀN TNCS HỒ CHÍ MINH"
        names = [fold(f"{organ} {name}") for name in (union, *json_data("party_boards.json")["organisation_spellings"][union])]
        for block in header:
            printed = " ".join(block.orig.split())
            if fold(printed) in names:
                return f"{printed} {place}".strip()
            if place and fold(printed) in {f"{name} {fold(place)}" for name in names}:
                return printed
    return None


def _columns_beside(header: list[Block], at: int) -> list[tuple[list[str], bool]]:
    """The next columns of a joint document's header table read column by column: after the first body's column (its
    rule, the number under it) each next column's lines up to its rule, while they start a body in capitals before the
    motto's column ("BỘ GIÁO DỤC VÀ ĐÀO TẠO" / "-------", "UBND TỈNH NGHỆ AN" / "SỞ Y TẾ" / "-------"), each with
    whether a number of its own stands under it ("Số: 11/KH-VKS": two bodies that number the plan each in its
    register); none when the motto or the date comes first."""
    rest = [block.text or "" for block in header]
    columns: list[tuple[list[str], bool]] = []
    start = at
    while True:
        start = next((i for i in range(start, len(rest)) if rest[i].strip() and not SEPARATOR.match(rest[i])
                      and not _NUMBER_LINE.match(rest[i])), len(rest))
        if start == len(rest) or not is_upper_line(rest[start]) or _is_motto_line(rest[start]):
            return columns
        column = list(itertools.takewhile(lambda text: text.strip() and is_upper_line(text) and not SEPARATOR.match(text)
                                          and not _is_motto_line(text), rest[start : start + _MAX_COLUMN_LINES]))
        # a body of its own: a kind with its name ("ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN"), not a kind alone
        if not _is_body_of_its_own(" ".join(column)):
            return columns
        start += len(column)
        columns.append((column, _number_under(header, start)))


def _number_under(header: list[Block], start: int) -> bool:
    """Whether a number's line ("Số: 12/KH-SYT") stands right under a column whose lines end before ``start``, past
    its rule."""
    under = next((text for block in header[start : start + 2] if (text := block.text or "").strip()
                  and not SEPARATOR.match(text)), "")
    return bool(_NUMBER_LINE.match(under))


_MAX_COLUMN_LINES = 4  # "ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN" / "SỞ Y TẾ", a name wrapped once more


def _each_column_numbers_its_own(header: list[Block], first: list[str], beside: list[tuple[list[str], bool]]) -> bool:
    """Two bodies that number the plan each in its own register: a number for every body's column of the header
    table, under it or on one row under them all in column order (a PDF whose narrow cells wrap the names, the numbers'
    row read after the columns), each number's code naming its own column's body ("Số: 05/KH-TA" | "Số: 11/KH-VKS"), and no body a unit of
    another (``_is_unit_of``: the registry's "Cục Quản lý Dược" of "Bộ Y tế", a committee's Sở). A parent's column
    beside its unit's ("UBND TỈNH NGHỆ AN" | "SỞ Y TẾ" / "Số: 12/KH-SYT") is one issuer."""
    bodies = [" ".join(first), *(" ".join(column) for column, _ in beside)]
    numbers = [text for block in header if _NUMBER_LINE.match(text := block.text or "")]
    if len(numbers) != len(bodies):  # under each column, or on one row under them all (a PDF's narrow cells)
        return False
    codes = [fold(number.split("/")[-1].split("-")[-1].strip(" .")) for number in numbers]
    return (all(_code_names_body(code, body) for code, body in zip(codes, bodies))
            and not any(_is_unit_of(parent, unit) for unit in bodies for parent in bodies if unit != parent))


def _unit_numbered_beside_its_parent(header: list[Block], parent: str, unit: str) -> bool:
    """A parent's column beside its unit's, the header's one number naming the unit by its code ("UBND TỈNH NGHỆ AN" |
    "SỞ Y TẾ" / "Số: 12/KH-SYT", "BỘ CÔNG AN" | "CÔNG AN TỈNH …" / "Số: …/KH-CAT"): the unit issued it. No code of the
    number may name the parent ("12/KH-UBND-SYT" is the committee's with its department), and the unit must be one of
    the parent's: of a kind its kind has as units (sections.json ``units_of_kinds``, ``units_of_bodies``), or a unit
    the registry lists under it ("Cục Quản lý Dược" of "Bộ Y tế"); a body beside a peer (a ministry beside a ministry,
    a court beside a committee) is none."""
    numbers = [text for block in header if _NUMBER_LINE.match(text := block.text or "")]
    if len(numbers) != 1:
        return False
    parts = numbers[0].split("/")[-1].split("-")
    codes = [fold(code.strip(" .")) for code in parts[1:] or parts]  # after the type's ("KH-UBND-SYT"), or alone
    if not codes or not _code_names_body(codes[-1], unit) or any(_code_names_body(code, parent) for code in codes):
        return False
    return _is_unit_of(parent, unit)


def _is_unit_of(parent: str, unit: str) -> bool:
    """Whether the body ``unit`` is one of ``parent``'s: listed under it by the registry ("Cục Quản lý Dược" of "Bộ Y
    tế"), or of a kind the parent's kind has as units (``_unit_of_its_kind``)."""
    from .registry import key_of, registry  # loaded only here: few headers get this far

    return registry().knows_whole(key_of(f"{unit} {parent}")) or _unit_of_its_kind(parent, unit)


def _unit_of_its_kind(parent: str, unit: str) -> bool:
    """Whether ``unit`` is of a kind the body ``parent`` has as units (sections.json ``units_of_kinds``,
    ``units_of_bodies``), the unit's kind the registry's in the parent's place. A name the registry does not know is
    no unit (its kind by its first word would take a provincial CDC, a Sở's, or a union's board for the committee's);
    a unit the registry keeps at the national level is the parent's only under its name (``knows_whole``: the
    registry names a ministry's Cục with its ministry), and a local parent's unit is of its place."""
    from .agencies import resolve  # loaded only here: few headers get this far
    from .registry import registry

    sections = json_data("sections.json")
    for above in _bodies_named(parent):
        kinds = {fold(kind) for kind in [*sections["units_of_kinds"].get(above.kind, []),
                                         *sections["units_of_bodies"].get(above.name, [])]}
        found = registry().agency(agency_id) if (agency_id := resolve(unit, above.jurisdiction).agency_id) else None
        if found is None or found.level == "Trung ương" or above.level != "Trung ương" and found.jurisdiction != above.jurisdiction:
            continue  # unknown; a central unit not listed under this parent; a body of another place than the committee's
        if fold(found.kind) in kinds:
            return True
    return False


def _bodies_named(name: str) -> list:
    """The registry's bodies a header's ``name`` names: by its name ("UBND TỈNH NGHỆ AN"), or a district's or a
    commune's body ("UBND HUYỆN BẢO THẮNG", "UBND XÃ TÂN LẬP"), which the registry resolves only in a place (a name
    several provinces bear): the body of each place of that name."""
    from .agencies import resolve
    from .registry import key_of, registry

    reg = registry()
    if agency_id := resolve(name, None).agency_id:
        return [reg.agency(agency_id)]
    found = reg.district_body(key_of(name)) or reg.commune_body(key_of(name))
    places = found[1] if found else ()
    return [reg.agency(agency_id) for place in places if (agency_id := resolve(name, place.id).agency_id)]


_MAX_UNIT_LINES = 2


def _unit_under_the_date(header: list[Block], at: int) -> list[str]:
    """"BAN CHẤP HÀNH TRUNG ƯƠNG" / "*" / "Hà Nội, ngày …" / "VĂN PHÒNG" / "Số: 27-HD/VPTW": a copy that ran the header's
    two columns row by row put the date (the right column's) before the unit's line and the number (the left column's
    last rows). The capitalised lines between the date line ``header[at]`` and the number are the issuer's last."""
    unit: list[str] = []
    for block in header[at + 1 : at + 2 + _MAX_UNIT_LINES]:
        text = (block.text or "").strip()
        if _NUMBER_LINE.match(text) or _bare_party_number(text):
            return unit
        if SEPARATOR.match(text):
            continue
        if not is_upper_line(text) or _is_motto_line(text) or is_type_heading(text) or len(unit) == _MAX_UNIT_LINES:
            return []
        unit.append(text)
    return []


def _dashed_bodies(line: str) -> list[str]:
    """A joint header's line cut at each dash that starts another body ("SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO"); a dash
    inside one body's name stays ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH AN GIANG")."""
    bodies: list[str] = []
    start = body_start = 0  # where the piece and the last body start
    for dash in [*_BODIES_DASH.finditer(line), None]:
        end = dash.start() if dash else len(line)
        piece = line[start:end].strip(" -–")
        if piece and bodies and not _printed_kind(piece):
            bodies[-1] = line[body_start:end].strip(" -–")  # the body's name goes on: as printed, dash and all
        elif piece:
            bodies.append(piece)
            body_start = start
        start = dash.end() if dash else start
    return bodies


# a dash between two bodies: spaced ("SỞ Y TẾ - SỞ GIÁO DỤC"), or unspaced before the next body's kind when the first
# name holds a spaced dash of its own ("BỘ VĂN HÓA - THÔNG TIN-BỘ Y TẾ")
_BODIES_DASH = re.compile(r"\s+[-–]\s+|(?<=\w)[-–](?=[^\W\d_]{2,}\s)")


def _parent_of_joint_units(bodies: list[str]) -> tuple[str | None, list[str]]:
    """(parent, units) of a joint header whose units stand under the body they belong to ("UBND TỈNH QUẢNG NGÃI" /
    "SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO"): the first line names a place and none of the two or more under it does, so
    it is their parent, not one of the bodies; otherwise (None, the bodies)."""
    if len(bodies) > 2 and _last_unit_start(bodies[0]) is not None and all(_last_unit_start(b) is None for b in bodies[1:]):
        return bodies[0], bodies[1:]
    return None, bodies


def _boards_with_their_bodies(bodies: list[str]) -> list[str]:
    """A line that names only a standing organ (party_boards.json board_lines: "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH",
    "BAN THƯỜNG TRỰC", and those of a central committee: "BAN CHẤP HÀNH TRUNG ƯƠNG") joined to its body, the one under it, or above it when it is the last: "BAN THƯỜNG VỤ" /
    "ĐẢNG ỦY PHƯỜNG AN KHÁNH" and "ĐẢNG BỘ TỈNH QUẢNG TRỊ" / "BAN CHẤP HÀNH" are one issuer each, not a unit under a
    parent."""
    boards = board_lines()
    out = list(bodies)
    for i, body in enumerate(bodies):
        if len(bodies) < 2:
            continue
        j = i + 1 if i + 1 < len(bodies) else i - 1
        if not _is_board_line(body, bodies[j]):
            continue
        if any(fold(bodies[j]) == board or fold(bodies[j]).startswith(board + " ") for board in boards):
            continue  # "BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN BÍ THƯ": an organ over its own board, not a body to join
        out[j] = f"{body} {bodies[j]}"
        out[i] = ""
    return [body for body in out if body]


def _spelt_kind(words: str) -> str:
    """Words in capitals without marks, each abbreviation spelt out ("HĐND TỈNH": "HOI DONG NHAN DAN TINH")."""
    return " ".join(_spelt_out(word) or word for word in strip_marks(words).upper().split())


def _boards_named_again(lines: list[str]) -> list[str]:
    """A standing organ's line, the header's last, that names its body's kind again under the body's lines with its
    place ("THƯỜNG TRỰC HĐND" under "HĐND TỈNH THÁI NGUYÊN", "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN" under "HỘI ĐỒNG NHÂN DÂN" /
    "TỈNH …"): the organ's words alone (party_boards.json board_lines), so that it joins that body as one issuer
    ("THƯỜNG TRỰC HĐND TỈNH THÁI NGUYÊN"), not a unit of its own under it. Over lines of its own ("HỘI NÔNG DÂN VIỆT
    NAM" / "BAN CHẤP HÀNH HỘI NÔNG DÂN" / "TỈNH NGHỆ AN") it names the body those lines go on with: kept whole."""
    out = list(lines)
    for i, line in enumerate(lines[1:], 1):
        folded = fold(line)
        if i + 1 < len(lines):
            continue
        board = next((b for b in sorted(board_lines(), key=len, reverse=True) if folded.startswith(b + " ")), None)
        if board is None:
            continue
        words = line.split()
        kind = _spelt_kind(" ".join(words[len(board.split()):])) + " "
        if any((_spelt_kind(" ".join(lines[j:i])) + " ").startswith(kind) for j in range(i)):
            out[i] = " ".join(words[: len(board.split())])
    return out


def _is_board_line(line: str, neighbour: str) -> bool:
    """A line that names only a standing organ, or a central one over or under a mass organisation ("BAN CHẤP HÀNH
    TRUNG ƯƠNG" / "HỘI NÔNG DÂN VIỆT NAM": the association's central committee, not a unit under it; over "BAN TỔ
    CHỨC" it is the Party's Central Committee, the board's parent)."""
    folded = fold(line)
    if folded in board_lines():
        return True
    return (folded.endswith(" trung uong") and folded[: -len(" trung uong")] in board_lines()
            and fold(neighbour).startswith(_mass_organisations()))


@cache
def _mass_organisations() -> tuple[str, ...]:
    """Openings of a mass organisation's name, folded, with a space after each (party_boards.json central_committee_of,
    association_kinds.csv)."""
    names = [*json_data("party_boards.json")["central_committee_of"], *(row["kind"] for row in csv_rows("association_kinds.csv"))]
    return tuple(fold(name) + " " for name in names)


def _joint_by_symbol(bodies: list[str], symbol: str | None) -> bool:
    """Two bodies one under the other are a parent and its unit ("UBND TỈNH LÀO CAI" / "SỞ CÔNG THƯƠNG"), unless each
    (or each of three: "CÔNG AN TỈNH …" / "VIỆN KIỂM SÁT NHÂN DÂN TỈNH …" / "TÒA ÁN NHÂN DÂN TỈNH …", one code each)
    names the same place and the symbol has a code for each ("KH-UBND-MTTQ" under "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" /
    "ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI"): a joint plan of two bodies of the place, neither under the other."""
    if len(bodies) < 2 or not symbol:
        return False
    codes = symbol.split("/")[-1].split("-")
    if len(codes) < 3 or type_of_code(codes[0]) is None:  # a type, then a code for each body
        return False
    if len(bodies) > 2 and len(codes) != len(bodies) + 1:  # three bodies of one place, "KHLN-CA-VKS-TA": each its code
        return False
    from .registry import registry  # loaded only here: few headers get this far

    # a commune's name is no place of the registry's places: the unit word and the name as printed ("XÃ BA GIA")
    places = {registry().place_named_in(body) or _unit_and_name(body) for body in bodies}
    if places == {None}:
        # "SỞ Y TẾ" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO" over "KH-SYT-SGDĐT": two bodies of one kind, neither the other's parent
        kinds = {kind.group() if (kind := _AGENCY_KINDS.match(strip_marks(body).upper())) else None for body in bodies}
        return len(kinds) == 1 and None not in kinds and _a_code_for_each_body(bodies, symbol)
    return len(places) == 1


@cache
def _party_organisation_starts() -> tuple[str, ...]:
    return tuple(fold(line) + " " for line in json_data("party_boards.json")["organisation_lines"])


def _a_party_organisation_alone(header: list[Block], name: str) -> bool:
    """"ĐẢNG BỘ TỈNH PHÚ THỌ", a Party organisation, which issues nothing itself (party_boards.json organisation_lines),
    is the header's only line in capitals besides the motto: the line of the body under it that issued is lost. A
    congress's "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ …" under it is a line of its own, and the issuer is the two together."""
    if not fold(name).startswith(_party_organisation_starts()):
        return False
    lines = [text for b in header if (text := (b.text or "").strip()) and any(c.isalpha() for c in text)
             and is_upper_line(text) and not MOTTO.match(text) and not _NUMBER_LINE.match(text) and not _date_line(text)]
    if [fold(line) for line in lines] == [fold(name)]:
        return True
    # its name wrapped over lines ("ĐẢNG BỘ QUÂN CHỦNG" / "PHÒNG KHÔNG - KHÔNG QUÂN": a kind runs across each break),
    # not a body printed under it ("ĐẠI HỘI ĐẠI BIỂU LẦN THỨ I": the issuer is the two together)
    return fold(" ".join(lines)) == fold(name) and _wrapped_inside_kinds(lines)


def _wrapped_inside_kinds(lines: list[str]) -> bool:
    """Whether a body's kind runs across every break between ``lines`` (split_bodies' _kind_across_the_break)."""
    bare = _bare_upper(" ".join(lines))
    start = 0
    for above in lines[:-1]:
        if _kind_across_the_break(bare, start, start + len(above) + 1) < 0:
            return False
        start += len(above) + 1
    return True


def _unit_code_beneath(kind: str, symbol: str | None) -> str | None:
    """The code of a unit under the committee a bare kind names ("SGDĐT" under "ỦY BAN NHÂN DÂN" in "HD-SGDĐT":
    sections.json unit_codes), when no code of the symbol names the kind itself ("UBND-SGDĐT" is the committee's)."""
    from .registry import name_key  # loaded only here: few headers print a bare kind

    codes = (symbol or "").split("/")[-1].split("-")
    codes = codes[1:] if type_of_code(codes[0]) else codes  # "UBND-VP": a letter's symbol names no type
    if not codes or any(name_key(code) and name_key(code) in name_key(kind) for code in codes):
        return None
    return next((code for code in codes if _unit_code().match(code) or code in _registry_unit_codes()), None)


@cache
def _unit_code() -> re.Pattern[str]:
    return re.compile(json_data("sections.json")["unit_codes"])


@cache
def _registry_unit_codes() -> frozenset[str]:
    """The initials a symbol names the registry's units under a committee by ("Ban Dân tộc" -> "BDT", "Văn phòng Hội
    đồng nhân dân và Ủy ban nhân dân" -> "VPHĐNDUBND"): the bodies of sections.json unit_kinds at every province,
    district or commune, "và" and punctuation left out, three letters or more (two are a type's or a word's)."""
    from .registry import TEMPLATE_LEVEL, registry_rows

    kinds = set(json_data("sections.json")["unit_kinds"])
    codes = set()
    for row in registry_rows("agencies.csv"):
        if row["jurisdiction"] in TEMPLATE_LEVEL and row["kind"] in kinds and row["collective"] != "1":
            code = _initials(row["name"])
            if len(code) > 2:
                codes.add(code)
    return frozenset(codes)


def _joint_made(symbol: str | None) -> bool:
    """A symbol of a document two or more bodies made together: a type part that says so ("KHPH", "KHLT", "CTrPH":
    type_heading_words.csv, doc_types.csv), then a code for each of them ("KHPH-SYT-HND", "KHLN-CA-VKS-TA")."""
    return _joint_codes(symbol) > 1


def _joint_codes(symbol: str | None) -> int:
    """How many bodies a joint-made symbol names (``_joint_made``): "KHPH-SYT-HND" two, "KHLN-CA-VKS-TA" three; 0 for
    any other symbol."""
    codes = (symbol or "").split("/")[-1].split("-")
    if len(codes) < 3 or (made := type_of_code(codes[0])) is None:
        return 0
    return len(codes) - 1 if codes[0] not in doc_type_by_abbreviation() or made.endswith("liên tịch") else 0


def _unit_and_name(body: str) -> str | None:
    """The last administrative unit a body's name ends with, folded: "ỦY BAN MTTQ VIỆT NAM XÃ BA GIA" -> "xa ba gia"."""
    start = _last_unit_start(body)
    return fold(body[start:]) if start is not None else None


def _last_unit_start(text: str) -> int | None:
    starts = [m.start() for m in unit_word().finditer(text) if m.start() == 0 or text[m.start() - 1] == " "]
    return starts[-1] if starts else None


def _fused_joint_bodies(lines: list[str], symbol: str | None) -> list[str]:
    """A joint header whose two bodies a text copy typed on one line with no gap, each with the same place ("ỦY BAN
    NHÂN DÂN XÃ BA GIA ỦY BAN MTTQ VIỆT NAM XÃ BA GIA"): the two bodies, when the symbol has a code for each
    (``_joint_by_symbol``); else none, and the line is read as before."""
    for line in lines:
        start = _last_unit_start(line)
        if not start:
            continue
        printed = line[start:]  # "XÃ BA GIA", printed twice: after the first body and at the end
        first = line.find(printed + " ")
        if 0 < first and first + len(printed) < len(line) - len(printed):
            bodies = [line[: first + len(printed)].strip(), line[first + len(printed):].strip(" -–")]  # or dashed apart
            if _joint_by_symbol(bodies, symbol):
                return bodies
    return []


def _bodies_over_one_place(lines: list[str], symbol: str | None) -> list[str]:
    """A joint header whose bodies' kinds stand one under the other, or dashed, over the place line they share ("ỦY BAN
    NHÂN DÂN" / "ỦY BAN MTTQ VIỆT NAM" / "TỈNH LAI CHÂU", "TÒA ÁN NHÂN DÂN - VIỆN KIỂM SÁT NHÂN DÂN" / "TỈNH HÀ NAM"):
    each body with the place, when the symbol has a code for each body and
    each code names its body ("QCPH/UBND-UBMTTQ", "KH-UBND-MTTQ"); else none. A unit under its parent puts the place on
    the parent's line ("ỦY BAN NHÂN DÂN" / "TỈNH LAI CHÂU" / "SỞ NỘI VỤ"), and its symbol names one body."""
    if len(lines) < 2 or _last_unit_start(lines[-1]) != 0 or not symbol:
        return []
    # a line may dash two kinds ("VIỆN KIỂM SÁT NHÂN DÂN - CÔNG AN" / "TÒA ÁN NHÂN DÂN - CỤC THI HÀNH ÁN DÂN SỰ" / "TỈNH …")
    kinds = [kind for line in lines[:-1] for kind in _dashed_bodies(line)]
    if len(kinds) < 2 or any(_last_unit_start(kind) is not None or not _AGENCY_KINDS.match(strip_marks(kind).upper())
                             for kind in kinds):
        return []
    bodies = [f"{kind} {lines[-1]}" for kind in kinds]
    return bodies if _a_code_for_each_body(bodies, symbol) else []


def _dashed_bodies_of_one_place(name: str, symbol: str | None) -> list[str]:
    """Two bodies' kinds dashed before the place they share ("THƯỜNG TRỰC HĐND - UBND TỈNH KON TUM", "HĐND - UBND XÃ
    TÂN HÒA"): each body with the place, when the symbol has a code for each body; else none."""
    if not symbol or " - " not in name:
        return []
    left, right = name.split(" - ", 1)
    bare = strip_marks(right).upper()
    kind = _AGENCY_KINDS.match(bare)
    start = _last_unit_start(right)
    if not kind or start is None or right[kind.end():start].strip() or not _AGENCY_KINDS.search(strip_marks(left).upper()):
        return []
    place = right[start:]
    bodies = [f"{left} {place}", right]
    return bodies if _a_code_for_each_body(bodies, symbol) else []


def _dashed_joint(bodies: list[str], symbol: str | None) -> bool:
    """The header's last line dashes two bodies ("SỞ NỘI VỤ - SỞ GIÁO DỤC VÀ ĐÀO TẠO", under its province or over it)
    and the symbol has a code for each ("KH-SNV-SGDĐT"): a joint plan even when its type part is a plain "KH". Two
    kinds dashed before the place they share ("HĐND - UBND TỈNH SƠN LA") are _dashed_bodies_of_one_place's."""
    return (bool(symbol) and len(dashed := _dashed_bodies(bodies[-1])) > 1 and _a_code_for_each_body(dashed, symbol)
            and not _dashed_bodies_of_one_place(bodies[-1], symbol))


def _parent_and_unit_dashed(line: str) -> list[str]:
    """A unit dashed after its parent on one line ("SỞ Y TẾ - TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "BỘ TÀI CHÍNH - CỤC
    THUẾ"): the two, as the same header on two lines is read; else [line]. Not two bodies of one kind ("SỞ NỘI VỤ -
    SỞ GIÁO DỤC VÀ ĐÀO TẠO": neither is the other's unit), nor a kind printed alone ("HĐND - UBND TỈNH SƠN LA"), nor a
    place printed after the second only ("SỞ TƯ PHÁP - HỘI LUẬT GIA TỈNH X": two bodies sharing it, as a unit puts the
    place on its parent's line) or after each ("ỦY BAN MTTQ VIỆT NAM TỈNH X - HỘI NÔNG DÂN TỈNH X": two bodies of one
    place). Such lines stay one issuer as printed: which body issued cannot be told."""
    dashed = _dashed_bodies(line)
    if len(dashed) != 2:
        return [line]
    kinds = [_printed_kind(body) for body in dashed]
    if (None in kinds or kinds[0].group() == kinds[1].group() or not all(map(_is_body_of_its_own, dashed))
            or (place := _unit_and_name(dashed[1])) is not None and _unit_and_name(dashed[0]) in (None, place)):
        return [line]
    return dashed


def _issuer_code_first(symbol: str | None, issuer: str | None) -> bool:
    """The symbol's first code is the issuer's initials and a unit's code follows ("CT-CS" under "CỤC THUẾ"); with
    the issuer's code after it too ("CT-CT") the first is the type's."""
    codes = (symbol or "").split("/")[-1].split("-")
    initials = fold(_initials(issuer or ""))
    return bool(issuer) and len(codes) > 1 and fold(codes[0]) == initials != fold(codes[1])


def _initials(name: str, with_place: bool = False) -> str:
    """The initials a symbol names a body by, "và" and the place left out: "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẾN TRE" ->
    "SGDĐT", "Ban Dân tộc" -> "BDT"; ``with_place``, the place's too ("SGDĐTTBT")."""
    own = name[: start] if not with_place and (start := _last_unit_start(name)) else name
    words = [word for word in re.split(r"[\s,\-–]+", own) if word and word.lower() != "và"]
    return "".join(unicodedata.normalize("NFD", word[0].upper())[0] for word in words)


def _a_code_for_each_body(bodies: list[str], symbol: str) -> bool:
    """The symbol has one code per body after its type part, each naming one of the bodies ("QCPH/UBND-UBMTTQ",
    "KH-UBND-MTTQ", "QC-TT.HĐND-UBND": the last part of a dotted code is the body's, "TT." its standing organ)."""
    codes = symbol.split("/")[-1].split("-")
    if type_of_code(codes[0]) or len(codes) == len(bodies) + 1:
        codes = codes[1:]
    keys = [_name_key(code.split(".")[-1]) for code in codes]
    return len(codes) == len(bodies) and all(any(key and _code_names_body(key, body) for key in keys) for body in bodies)


def _name_key(name: str) -> str:
    from .registry import name_key  # loaded only here: few headers get this far

    return name_key(name)


def _code_names_body(key: str, body: str) -> bool:
    """Whether a symbol's code (folded) names the body: a word of its name, its initials ("SYT"), or a short form of
    the initials of its whole name, place and all: their opening ("VKS", "TA", "CAT", "BCH" of "VIỆN KIỂM SÁT NHÂN DÂN
    TỈNH …", "TÒA ÁN NHÂN DÂN …", "CÔNG AN TỈNH …", "BỘ CHỈ HUY QUÂN SỰ …") or three of them in a row ("THA" of "CỤC
    THI HÀNH ÁN DÂN SỰ"); a word as printed, an abbreviation of its kind ("UBND" of "UBND TỈNH NGHỆ AN")."""
    if key in _name_key(body) or key == fold(_initials(body)) or key in fold(body).split():
        return True
    whole = fold(_initials(body, with_place=True))
    return len(key) > 1 and whole.startswith(key) or len(key) > 2 and key in whole


def _bodies_side_by_side(header: list[Block]) -> list[str]:
    """A joint header copied with its table's gaps: the bodies side by side, each over its own lines, beside the
    motto ("ỦY BAN MTTQ VIỆT NAM      HỘI LIÊN HIỆP PHỤ NỮ      CỘNG HÒA …" / "TỈNH NGHỆ AN      TỈNH NGHỆ AN      Độc
    lập …"): each column's lines are one body, left first. Empty unless two columns of capitals stand side by side."""
    columns: list[list[str]] = []
    rows_read: set[str] = set()  # a bordered row's cells are blocks of their own, each with the row as its orig
    for block in header:
        if not (cells := _columns(block)) and (cells := _row_cells(block)):
            if block.orig in rows_read:
                continue
            rows_read.add(block.orig)
        parts = [part for part in cells if part and not _is_motto_line(part)]
        if len(parts) < 2 or not all(is_upper_line(part) for part in parts) or columns and len(parts) != len(columns):
            if columns:
                break
            continue
        columns = columns or [[] for _ in parts]
        for column, part in zip(columns, parts):
            column.append(part)
    # one line alone is no pair of columns: a cell's wrapped line keeps its centring spaces ("ỦY BAN NHÂN DÂN      TỈNH …"),
    # unless each column is a body of its own ("SỞ TƯ PHÁP      SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN TỈNH …      ỦY BAN MTTQ …")
    if columns and len(columns[0]) == 1 and all(_is_body_of_its_own(column[0]) for column in columns):
        return [column[0] for column in columns]
    return [" ".join(column) for column in columns] if columns and len(columns[0]) > 1 else []


def _row_cells(block: Block) -> list[str]:
    """The cells of the row a header cell was read from, when a text copy kept the table's borders ("HỘI NÔNG DÂN
    TỈNH … | SỞ NÔNG NGHIỆP … | CỘNG HÒA … |"): header_columns made each cell a line of its own, the row is its orig."""
    row = block.orig or ""
    return _cells(row) if block.prov.reader == "txt" and _CELL_BORDER.search(row) else []


def _is_body_of_its_own(text: str) -> bool:
    """A line that starts with a body's kind and goes on past it ("SỞ NỘI VỤ", not "ỦY BAN NHÂN DÂN" alone)."""
    bare = strip_marks(text).upper()
    kind = _AGENCY_KINDS.match(bare)
    return bool(kind) and bool(bare[kind.end():].strip())


def _bodies_run_together(lines: list[str]) -> list[str]:
    """The same header with its gaps lost: a line that is one place twice ("TỈNH NGHỆ AN TỈNH NGHỆ AN") under a line
    where a second body's kind starts ("ỦY BAN MTTQ VIỆT NAM HỘI LIÊN HIỆP PHỤ NỮ"): each body with the place. Or one
    kind of body twice ("SỞ TƯ PHÁP SỞ TƯ PHÁP") over two places ("TỈNH LÀO CAI TỈNH YÊN BÁI"), or over two places
    each on a line of its own ("TỈNH LÀO CAI" / "TỈNH YÊN BÁI", the right column's read after the left's): that body of
    each. A kind of body over two units of one level ("ỦY BAN NHÂN DÂN" / "HUYỆN NAM ĐÀN HUYỆN HƯNG NGUYÊN") the
    registry knows, or one kind twice on a line over such units ("UBND HUYỆN NAM ĐÀN UBND HUYỆN HƯNG NGUYÊN"): each."""
    for line in lines:
        if halves := _one_kind_twice_with_places(line):
            return halves
    for above, line, below in zip(lines, lines[1:], [*lines[2:], ""]):
        # two places on two lines are two columns' only when of one level ("TỈNH NGHỆ AN" / "HUYỆN NAM ĐÀN": a district
        # under its province)
        if (kind := _one_name_twice(above)) and (places := _two_places(line) or len(_places_of_one_level(
                f"{line} {below}")) == 2 and _two_places(f"{line} {below}")):
            return [f"{kind} {place}" for place in places]
        if is_bare_kind(above) and len(places := _places_of_one_level(line)) == 2 and all(map(names_a_place, places)):
            return [f"{above} {place}" for place in places]  # "ỦY BAN NHÂN DÂN" / "HUYỆN NAM ĐÀN HUYỆN HƯNG NGUYÊN"
        words = line.split()
        half = len(words) // 2
        if not half or len(words) % 2 or words[:half] != words[half:]:
            continue
        bare = strip_marks(above)
        starts = [m.start() for m in _AGENCY_KINDS.finditer(bare) if m.start() == 0 or bare[m.start() - 1] == " "]
        if len(starts) < 2 or starts[0] != 0:  # the second body starts at the next kind ("SỞ TƯ PHÁP SỞ NỘI VỤ")
            return []
        place = " ".join(words[:half])
        return [f"{above[: starts[1]].strip()} {place}", f"{above[starts[1]:].strip()} {place}"]
    return []


def _one_name_twice(line: str) -> str | None:
    """The name a line prints twice whole ("SỞ TƯ PHÁP SỞ TƯ PHÁP", "ỦY BAN NHÂN DÂN ỦY BAN NHÂN DÂN"), when it starts
    with a body's kind; else None."""
    words = line.split()
    half = len(words) // 2
    if not half or len(words) % 2 or words[:half] != words[half:] or not _AGENCY_KINDS.match(strip_marks(line).upper()):
        return None
    return " ".join(words[:half])


def _places_of_one_level(line: str) -> list[str]:
    """Two units of one level side by side on a line, each its kind and a name, a dash between them or none ("HUYỆN
    NAM ĐÀN HUYỆN HƯNG NGUYÊN", "XÃ MẪU THỬ - XÃ NHÁP"): two bodies' places, the registry knowing them or not; not a
    unit and the larger one it lies in ("XÃ NAM HƯNG HUYỆN NAM ĐÀN", "TỈNH NGHỆ AN THÀNH PHỐ VINH"). [] else."""
    words = line.split()
    for k in range(2, len(words) - 1):
        dash = words[k - 1] in ("-", "–", "—")
        if words[k] in ("-", "–", "—"):
            continue
        first, second = " ".join(words[: k - 1] if dash else words[:k]), " ".join(words[k:])
        levels = unit_levels(first), unit_levels(second)
        # the second's kind whole: "XÃ A THỊ XÃ B" is cut before "THỊ", not before "XÃ"
        # one level for sure: "THÀNH PHỐ" may be a province's or a district's, beside "TỈNH" it may be either
        if levels[0] and levels[0] == levels[1] and len(first.split()) > 1 and len(second.split()) > 1 \
                and (dash or not unit_levels(" ".join(words[k - 1 :]))):
            return [first, second]
    return []


def _one_kind_twice_with_places(line: str) -> list[str]:
    """A line holding one kind of body twice, each over a unit of one level ("UBND HUYỆN NAM ĐÀN UBND HUYỆN HƯNG
    NGUYÊN", "ỦY BAN NHÂN DÂN XÃ A ỦY BAN NHÂN DÂN XÃ B"): two bodies' columns run into one line. [] else."""
    bare = strip_marks(line).upper()
    if len(bare) != len(line):
        return []
    kinds = [m for m in _AGENCY_KINDS.finditer(bare) if m.start() == 0 or bare[m.start() - 1] == " "]
    if len(kinds) < 2 or kinds[0].start() != 0:
        return []
    second = next((m for m in kinds[1:] if m.group() == kinds[0].group()), None)
    if second is None:
        return []
    halves = [line[: second.start()].strip(" -–—"), line[second.start():].strip()]
    places = [half[end:].strip() for half, end in zip(halves, (kinds[0].end(), second.end() - second.start()))]
    if all(places) and len(_places_of_one_level(f"{places[0]} {places[1]}")) == 2:
        return halves
    return []


def _two_places(line: str) -> list[str]:
    """Two places' names side by side, each opening with its unit's kind ("TỈNH LÀO CAI TỈNH YÊN BÁI", "TỈNH LÀO CAI
    THÀNH PHỐ HÀ NỘI"), or []."""
    words = line.split()
    for cut in (k for k in range(1, len(words)) if opens_with_a_unit_kind(" ".join(words[k:]))):
        halves = [" ".join(words[:cut]), " ".join(words[cut:])]
        if fold(halves[0]) != fold(halves[1]) and all(names_a_place(half) for half in halves):
            return halves
    return []


def _without_a_national_name_after_its_branch(bodies: list[str]) -> list[str]:
    """The bodies without an organisation's national name printed after its branch, as a body of its own ("HỘI NÔNG DÂN
    TỈNH NGHỆ AN" / "HỘI NÔNG DÂN VIỆT NAM") or on the branch's line ("HỘI NÔNG DÂN HUYỆN NAM ĐÀN HỘI NÔNG DÂN VIỆT NAM")."""
    last = bodies[-1]
    if len(bodies) > 1 and _national_name_beside_its_branch(bodies[-2], last):
        return bodies[:-1]
    bare = strip_marks(last).upper()
    if len(bare) != len(last):
        return bodies
    cut = next((m.start() for m in _AGENCY_KINDS.finditer(bare) if m.start() and bare[m.start() - 1] == " "
                and _national_name_beside_its_branch(last[: m.start()].strip(), last[m.start():])), None)
    return bodies if cut is None else [*bodies[:-1], last[:cut].strip()]


def _national_name_beside_its_branch(above: str, body: str) -> bool:
    """An organisation's national name ("HỘI NÔNG DÂN VIỆT NAM") after a body of its own kind in a place ("HỘI NÔNG DÂN
    TỈNH NGHỆ AN", "HỘI CCB TỈNH NGHỆ AN"): the name an organisation prints in the motto's place, run into the header's
    first row; a body of the whole country is never a unit under a place's. The kinds' first words are compared: one
    may be abbreviated ("HỘI CCB", "HỘI CỰU CHIẾN BINH")."""
    kinds = [_AGENCY_KINDS.match(strip_marks(text).upper()) for text in (above, body)]
    return fold(body).endswith(" viet nam") and all(kinds) and len({kind.group().split()[0] for kind in kinds}) == 1 \
        and _last_unit_start(above) is not None and _last_unit_start(body) is None


def _places_run_together_under_a_name_twice(lines: list[str]) -> str | None:
    """The line of places under a name printed twice ("SỞ Y TẾ SỞ Y TẾ" over "TỈNH LÀO CAI TỈNH MẪU THỬ") when a
    second unit's kind opens inside it but it cannot be parted into two places the registry knows (_two_places):
    two columns run together, whose bodies cannot be told apart; else None. So too two places each on a line of its
    own under it ("XÃ MẪU THỬ" / "XÃ NHÁP", the right column's place read after the left's) that the registry does not
    know as two places side by side (_bodies_run_together reads those): which column's place is which body's, or
    whether the second is the first's parent, the lines do not tell."""
    for above, line, below in zip(lines, lines[1:], [*lines[2:], ""]):
        if _one_name_twice(above) and not names_a_place(line) and _two_units_run_together(line):
            return line
        if _one_name_twice(above) and opens_with_a_unit_kind(line) and opens_with_a_unit_kind(below):
            return f"{line} / {below}"
        if is_bare_kind(above) and _places_of_one_level(line):  # "ỦY BAN NHÂN DÂN" / "HUYỆN MẪU THỬ HUYỆN NHÁP"
            return line
    return None


def _two_units_run_together(line: str) -> bool:
    """The line holds two places' units, each its kind and a name ("HUYỆN MẪU THỬ HUYỆN NHÁP"), not one place whose
    kind has a kind's word in it ("THỊ XÃ MẪU THỬ")."""
    words = line.split()
    return any(opens_with_a_unit_kind(" ".join(words[:k])) and opens_with_a_unit_kind(" ".join(words[k:]))
               for k in range(1, len(words)))


def _name_taken_once(line: str, under: str) -> str:
    """The line with a name printed twice taken once, over a line of one place too: a kind alone twice ("ỦY BAN NHÂN DÂN
    ỦY BAN NHÂN DÂN" over "XÃ MẪU THỬ") is the place's body; not over two places run together."""
    if _two_units_run_together(under) and not names_a_place(under):
        return line
    if (name := _one_name_twice(line)) and opens_with_a_unit_kind(under):
        return name
    return _without_a_name_printed_twice(line)


def _without_a_name_printed_twice(line: str) -> str:
    """The line with a body's name it ends on printed twice taken once: an organisation prints its name in the
    motto's place too ("… HỘI NÔNG DÂN VIỆT NAM" beside "HỘI NÔNG DÂN VIỆT NAM"), its header's first row copied as one
    line. Read only after the readings of two bodies side by side found none: one place twice under two bodies ("TỈNH
    LÀO CAI TỈNH LÀO CAI") is theirs, and a place is no body's name."""
    match = _NAME_TWICE_AT_END.search(line)
    if not match or not _is_body_of_its_own(match.group("name")):
        return line
    return line[: match.end("name")]


def _is_motto_line(text: str) -> bool:
    """A line of the national motto, whole or either half ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM")."""
    if _MOTTO.match(text):
        return True
    bare = strip_marks(text).upper().strip(" |")
    return bare.startswith("CHU NGHIA VIET NAM") or bool(_MOTTO_INSIDE.fullmatch(bare))


def split_bodies(lines: list[str]) -> list[str]:
    """Group header lines into bodies: a line that starts with a body's kind ("SỞ", "UBND") starts a new
    body unless it is inside the kind phrase of the line before ("ỦY" / "BAN NHÂN DÂN"), or the line before is a
    kind with no name yet, its name wrapped to this line ("THỦ TƯỚNG" / "CHÍNH PHỦ", "VĂN PHÒNG" / "CHÍNH PHỦ")."""
    lines = _boards_named_again(lines)
    joined = " ".join(lines)
    bare = _bare_upper(joined)
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    covered_until = -1
    cuts, joined_by_and = [], set()
    for start, line, above in zip(starts, lines, ["", *lines]):
        and_joint = start > 0 and _joint_after_and(above, bare, cuts[-1] if cuts else 0, start)
        covered_until = max(covered_until, _kind_across_the_break(bare, start - len(above) - 1, start))
        if not and_joint and _name_goes_on(above, bare[start:]):
            continue  # "CỤC QUẢN LÝ ĐÊ ĐIỀU VÀ" / "PHÒNG, CHỐNG THIÊN TAI": the name wrapped, no body of its own
        if start > 0 and fold(line) in board_lines():
            cuts.append(start)  # "HỘI ĐỒNG NHÂN DÂN" / "TỈNH BÌNH ĐỊNH" / "THƯỜNG TRỰC": a standing organ, joined to its body after
            continue
        kind = _AGENCY_KINDS.match(bare, start)
        if kind and _no_kind_here(joined, bare, start, kind.end()):
            kind = None  # "VỤ CÔNG CHỨC -" / "VIÊN CHỨC", "CỤC CẢNH SÁT" / "PHÒNG CHÁY, CHỮA CHÁY …": the name goes on
        since = bare[cuts[-1] if cuts else 0 : start].strip()
        # a kind alone over a line that repeats it is a body named by its kind ("KHO BẠC NHÀ NƯỚC" / "KHO BẠC NHÀ NƯỚC
        # KHU VỰC VII"), not a kind whose name wrapped ("VĂN PHÒNG" / "CHÍNH PHỦ")
        named_by_kind = bool(since) and (bare.startswith(since + " ", start) or bool(kind) and _spelt_out(kind.group()) == since)
        organ_of_the_unit = bool(kind) and kind.group() in _UNIT_KINDS and bool(_UNIT_ORGAN.match(since))
        whole = since in json_data("sections.json")["kinds_named_whole"]  # "QUỐC HỘI" / "ỦY BAN …": a body over a body
        if whole and names_a_place(line):
            continue  # "HUYỆN ỦY" / "VỤ BẢN": a committee named by its level, then its place's name, a kind's word first
        if start > covered_until and kind and start > 0 and (named_by_kind or whole or not _AGENCY_KINDS.fullmatch(since)) \
                and not organ_of_the_unit:
            cuts.append(start)
            if and_joint:
                joined_by_and.add(start)
        elif (start > covered_until and start > 0 and _starts_a_body(joined[start:])
              and _names_its_place(joined[cuts[-1] if cuts else 0 : start])):
            cuts.append(start)  # "UBND TỈNH THÁI NGUYÊN" / "QUỸ ĐẦU TƯ PHÁT TRIỂN": a body of the place holds the other
        if kind:  # matched on the joined lines, so "ỦY" / "BAN NHÂN DÂN" is one kind phrase
            covered_until = max(covered_until, kind.end())
    bounds = [0, *cuts, len(joined)]
    # the "VÀ" joining two bodies is neither's name ("BỘ NỘI VỤ VÀ" / "BỘ TÀI CHÍNH")
    return [_AND_AT_END.sub("", joined[a:b]).strip() if b in joined_by_and else joined[a:b].strip()
            for a, b in zip(bounds, bounds[1:]) if joined[a:b].strip()]


_AND_AT_END = re.compile(r"\s+VÀ\s*$")


def _bare_upper(joined: str) -> str:
    """The joined header lines without marks, in capitals, offset for offset (as printed when marks change its length)."""
    bare = strip_marks(joined).upper()
    return bare if len(bare) == len(joined) else joined


def _kind_across_the_break(bare: str, above: int, start: int) -> int:
    """The end of a body's kind that opens inside the line above (from ``above``, past its first word) and goes on
    across the break at ``start`` ("ĐẢNG ỦY QUÂN CHỦNG" / "PHÒNG KHÔNG - KHÔNG QUÂN": the service's kind is "QUÂN CHỦNG
    PHÒNG KHÔNG", the committee's name wrapped), so the line is no body of its own; -1 when none does."""
    if above < 0:
        return -1
    # two words of the kind at least above the break: one alone is a word of the name above that spells a kind with the
    # line's own kind ("TỈNH ỦY" / "BAN TUYÊN GIÁO", "… TRUNG ƯƠNG ĐẢNG" / "BỘ CHÍNH TRỊ": two bodies)
    ends = (kind.end() for word in re.finditer(r"(?<= )\S", bare[:start]) if word.start() > above
            and len(bare[word.start():start].split()) >= 2
            and (kind := _AGENCY_KINDS.match(bare, word.start())) and kind.end() > start)
    return max(ends, default=-1)


def _no_kind_here(joined: str, bare: str, start: int, end: int) -> bool:
    """Whether the kind matched without marks at ``start`` of the joined header is none: the line opens with words
    printed with other marks (sections.json not_kind_openings: "VIÊN CHỨC", not "VIỆN …"), or what follows the kind
    makes it a field's word (no_body_after_kind: "PHÒNG CHÁY"). Not the title words of no_name_after_kind: "CHI CỤC
    TRỒNG TRỌT", "BỆNH VIỆN 19-8" are bodies."""
    return bool(_not_kind_openings().match(joined.upper(), start)) or bool(_no_body_after_kind().match(bare, end))


def _printed_kind(text: str) -> re.Match | None:
    """The body's kind a line as printed starts with (_AGENCY_KINDS, without marks), unless it is none (_no_kind_here)."""
    bare = strip_marks(text).upper()
    kind = _AGENCY_KINDS.match(bare) if len(bare) == len(text) else None
    return None if kind is None or _no_kind_here(text, bare, 0, kind.end()) else kind


@cache
def _no_body_after_kind() -> re.Pattern[str]:
    return re.compile(r"\s+(?:" + any_of(json_data("sections.json")["no_body_after_kind"]) + r")\b")


@cache
def _not_kind_openings() -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(map(re.escape, json_data("sections.json")["not_kind_openings"])) + r")\b")


def _joint_after_and(above: str, bare: str, body: int, start: int) -> bool:
    """Whether the line at ``start`` of the joined header without marks (``bare``) is a second body joined by the "VÀ"
    ending the line above: it names a body of the same kind as the body that line belongs to (from ``body``: "BỘ NỘI VỤ
    VÀ" / "BỘ TÀI CHÍNH", "SỞ Y TẾ VÀ" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO"); any other line goes on with the name ("BỘ NÔNG
    NGHIỆP VÀ" / "PHÁT TRIỂN NÔNG THÔN")."""
    if not _AND_AT_END.search(above) or not _names_a_body(bare[start:]):
        return False
    first, second = _AGENCY_KINDS.match(bare, body), _AGENCY_KINDS.match(bare, start)
    return bool(first and second) and (_spelt_out(first.group()) or first.group()) == (_spelt_out(second.group()) or second.group())


def _name_goes_on(above: str, bare: str) -> bool:
    """Whether a header line (``bare``: from its start on, without marks) goes on with the name of the line above: that
    line ends in a word that needs what follows ("… ĐÊ ĐIỀU VÀ", "BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ", "… THAM NHŨNG,"; not a
    dash, which parts joint bodies; not a comma over a body's kind and name, a parent over its unit: "UBND HUYỆN X," /
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", past a parent wrapped at its commas too: "CỤC … VỀ TRẬT TỰ," / "AN TOÀN XÃ HỘI," /
    "PHÒNG QUẢN LÝ CƯ TRÚ" is an office under its department; a department printed as a list, "CỤC … TRẠI GIAM," /
    "CƠ SỞ GIÁO DỤC BẮT BUỘC," / "TRƯỜNG GIÁO DƯỠNG", looks the same and is read so), its kind's word has a comma after
    it ("PHÒNG, CHỐNG …" is no Phòng), or it is a college's "CĐ" (Cao đẳng) after a line ending in "TRƯỜNG" ("CHI BỘ
    TRƯỜNG" / "CĐ Y TẾ …"), not a union's."""
    if above and _GOES_ON.search(above) and not above.rstrip().endswith(("-", "–")):
        return not (above.rstrip().endswith(",") and _names_a_body(bare))
    if bare.startswith("CD ") and strip_marks(above).upper().split()[-1:] in \
            [[word] for word in json_data("sections.json")["words_before_a_college_cd"]]:
        return True
    return bool((kind := _AGENCY_KINDS.match(bare)) and bare[kind.end() : kind.end() + 1] == ",")


def _parent_and_unit_on_one_line(line: str) -> list[str]:
    """A parent that names its place and its unit run together, as a site that runs a header cell's lines together
    prints them ("UBND TỈNH CÀ MAU SỞ Y TẾ", "SỞ Y TẾ TỈNH ĐỒNG THÁP TRUNG TÂM KIỂM SOÁT BỆNH TẬT"): the two, parted
    where a body's kind with a name after it follows a place the registry knows, or a ministry the registry knows
    ("BỘ XÂY DỰNG CỤC ĐƯỜNG BỘ VIỆT NAM"); else the line. A kind's word inside a
    place's name ("UBND XÃ QUẢNG TRƯỜNG") parts nothing: the part before it names no known place."""
    from .registry import key_of, registry  # loaded here, as where the date line's place is read

    if parted := _under_a_central_or_party_committee(line):
        return parted
    bare = strip_marks(line).upper()
    if len(bare) != len(line) or not _AGENCY_KINDS.match(bare):
        return [line]
    for word in re.finditer(r"(?<= )\S", bare):
        kind = _AGENCY_KINDS.match(bare, word.start())
        parent = line[: word.start()].strip()
        if parent.endswith(("-", "–", "—")):  # "SỞ Y TẾ TỈNH X - BỆNH VIỆN …": the dash's own rules read it
            return [line]
        if kind and bare[kind.end() :].strip() and (
                _names_its_place(parent) and registry().split_place(key_of(parent))[2] is not None
                or bare.startswith("BO ") and registry().knows_whole(key_of(parent))):  # "BỘ TÀI CHÍNH CỤC THUẾ"
            return [parent, line[word.start() :]]
    return [line]


def _under_a_central_or_party_committee(line: str) -> list[str] | None:
    """A central committee and a body under it run into one line ("BAN CHẤP HÀNH TRUNG ƯƠNG BAN TUYÊN GIÁO VÀ DÂN
    VẬN", "… VĂN PHÒNG": party_boards.json central_organ_kinds), or a Party organisation and its committee ("ĐẢNG BỘ
    TỈNH QUẢNG NGÃI TỈNH ỦY": organisation_committees): the two; else None."""
    boards = json_data("party_boards.json")
    folded = fold(line)
    kinds = [fold(kind) for kind in boards["central_organ_kinds"]]
    for board in board_lines():
        rest = folded[len(central := f"{board} trung uong ") :]
        if folded.startswith(central) and any(rest == kind or rest.startswith(f"{kind} ") for kind in kinds):
            return [line[: len(central)].strip(), line[len(central) :].strip()]
    for organisation, committee in boards["organisation_committees"].items():
        if folded.startswith(f"{fold(organisation)} ") and folded.endswith(f" {fold(committee)}"):
            head = line[: len(line) - len(committee)].strip()
            return [head, line[len(head) :].strip()] if len(head.split()) > len(organisation.split()) else None
    return None


def _spelt_out(abbreviation: str) -> str | None:
    """A body's abbreviation as its words, in capitals without marks ("KBNN": "KHO BAC NHA NUOC"): the kind of a line
    under the kind printed whole ("KHO BẠC NHÀ NƯỚC" / "KBNN TỈNH ĐIỆN BIÊN")."""
    expansion = abbreviation_expansions().get(abbreviation)
    return strip_marks(expansion).upper() if expansion else None


def _starts_a_body(line: str) -> bool:
    """A header line that opens with a word of body_words.csv ("QUỸ", "BÁO", "NHÀ XUẤT BẢN"), kinds no title wraps
    before when the line above is a whole body (``_names_its_place``)."""
    from .agencies import BODY_START  # the agencies' words, loaded only here

    return re.match(BODY_START, line.capitalize()) is not None


def _names_its_place(body: str) -> bool:
    """A body whose name ends with a place's unit and its name ("UBND TỈNH THÁI NGUYÊN", "TỈNH ỦY BẮC NINH"); not a
    kind whose place wrapped ("ỦY BAN NHÂN DÂN THÀNH PHỐ" / "HỘI AN") nor a name with no place ("TRUNG TÂM PHÁT TRIỂN" / "QUỸ ĐẤT")."""
    start = _last_unit_start(body)
    unit = unit_word().match(body, start) if start is not None else None
    return unit is not None and bool(body[unit.end() :].split())  # "THÀNH PHỐ" / "HỘI AN": the place's name wrapped


# A legal site's copy wraps a title anywhere, before a comma too ("… CƠ SỞ KHÁM BỆNH" / ", CHỮA BỆNH")
_PUNCTUATION_FIRST = re.compile(r"^[,.;:)]")


def _joined_title(lines: list[str]) -> str:
    """The title's lines as one, with no space put before a line that starts with a comma or a closing mark."""
    return "".join(line if i == 0 or _PUNCTUATION_FIRST.match(line) else f" {line}" for i, line in enumerate(lines))


# Before 2011 a heading was one sentence naming the issuer, the number and the date before the subject: "QUYẾT ĐỊNH" /
# "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 179/2003/QĐ-TTG NGÀY 03 THÁNG 9 NĂM 2003 VỀ …". The title is the subject.
_HEADING_SENTENCE = re.compile(r"^CỦA\s+(?P<issuer>\S.*?)\s+SỐ\s*:?\s*(?P<number>\d\S*)\s+"
                               r"(?P<date>NGÀY\s+\d{1,2}\s+THÁNG\s+\d{1,2}\s+NĂM\s+\d{4})\s*,?\s*", re.IGNORECASE)


def heading_sentence(layout: Layout) -> re.Match[str] | None:
    """The old heading sentence under the type heading ("CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 …")."""
    if layout.heading is None:
        return None
    return _HEADING_SENTENCE.match(_joined_title(title_lines(layout.blocks, layout.heading, layout.heading_type)))


def _parent_of_lone_annex(header: list[Block]) -> tuple[Citation, Block] | None:
    """The document an annex printed on its own goes with, as its "(Kèm theo Kế hoạch số … của UBND tỉnh …)" line
    under the annex's heading cites it (when that citation names its issuer), and that line; None for any other
    header. A line wrapped inside its parenthesis is read through the line that closes it ("… của UBND" / "tỉnh X)")."""
    start = next((i for i, block in enumerate(header) if annex_heading(block.text or "")), None)
    if start is None:
        return None
    for at in range(start + 1, min(start + 6, len(header))):
        block, text = header[at], _through_parenthesis(header[at : at + _MAX_CARRIER_LINES])
        if KEM_THEO.search(text):
            cited = find_citations(text)
            return (cited[0], block) if cited and cited[0].issuer else None
    return None


def _issuer_of_sentence(text: str) -> str:
    """The body a heading sentence names: "THỦ TƯỚNG CHÍNH PHỦ" whole (issuer_codes.csv names it), the body after a
    position otherwise ("BỘ TRƯỞNG BỘ THƯƠNG MẠI" -> "BỘ THƯƠNG MẠI", "Chủ tịch Ủy ban nhân dân tỉnh X" -> "Ủy ban nhân dân tỉnh X")."""
    if fold(text) in {fold(name) for name in issuer_codes().values()}:
        return text
    position = positions_pattern().match(fold(text))
    rest = " ".join(text.split()[len(fold(text)[: position.end()].split()) :]) if position else ""
    return rest if rest and _names_a_body(strip_marks(rest).upper()) else text


def read_title(layout: Layout) -> tuple[str | None, Block | None, list[Issue]]:
    """(title, the block it starts in, warnings): the trích yếu under the type heading, or a công văn's "V/v …"."""
    subject, block = read_subject(layout.header)
    if layout.heading is None:
        if subject:
            return subject, block, []
        return None, None, [_warn("missing_doc_type_heading", "no document-type heading ('KẾ HOẠCH', 'QUYẾT ĐỊNH' …)")]
    heading = layout.blocks[layout.heading]
    # the heading's type, not its line's: a page that broke "QUYẾT" / "ĐỊNH" still has an authority line under the title
    lines, cut = _title_lines_and_cut(layout.blocks, layout.heading, layout.heading_type)
    if layout.inline_title:
        lines = [heading.text or "", *lines]
    if not lines:
        if subject:  # a Tờ trình or a Báo cáo can carry its subject as a "V/v" line in the header
            return subject, block, []
        return None, None, [_warn("missing_title", "no title (trích yếu) under the document-type heading", heading)]
    first = heading if layout.inline_title else layout.blocks[layout.heading + 1]
    title = without_authority_tail(_RULE_INSIDE.split(_joined_title(lines))[0])  # "… Law on Lawyers ______ Pursuant to …"
    if (body_start := _BODY_INSIDE.search(title, 20)) is not None:  # the first sentence joined to the title's line
        title = title[: body_start.start()].rstrip(" ,;")
    issues = []
    if cut:
        issues.append(_warn("title_may_be_cut", f"the title runs past {_MAX_TITLE_LINES} lines: read to there, its end "
                                                f"may be lost", first))
    if first.prov.reader == "ocr":
        title = without_ocr_noise(title)
        title, garbled = without_garbled_tail(title)
        if garbled:
            issues.append(_warn("title_garbled", f"the OCR'd title ends in words that are no Vietnamese ('{garbled}', a seal "
                                                 f"or a smudge over them): cut there, the rest of the title may be lost", first))
    title = without_issuers_phrase(title, len(lines))
    if match := _VV.match(title):  # "V/v xin chủ trương …" under a TỜ TRÌNH heading
        title = match.group("rest")
    if (match := _HEADING_SENTENCE.match(title)) and title[match.end() :].strip():
        title = title[match.end() :]
    return title.strip(" ._-–—") or None, first, issues


def _garbled(word: str) -> int:
    """How surely an OCR'd word is none a title prints: 2 for a capital after a small letter inside it ("gốNG"), 1 for
    letters that are no Vietnamese syllable (a loanword, "Internet", is one too), else 0. Numbers, symbols and
    abbreviations in capitals ("TNDN", "NĐ-CP") are words."""
    bare = word.strip(".,;:()\"“”'!?")
    if not bare or not bare.isalpha() or bare.isupper() and len(bare) > 1:
        return 0
    if any(c.isupper() for c in bare[1:]):
        return 2

    return 0 if is_syllable(bare) else 1


def without_garbled_tail(title: str) -> tuple[str, str]:
    """(title, the tail cut off): an OCR'd title cut in its last third at a word surely garbled, or at two words that
    are no syllables within three words, with the one-letter words before it ("… cơ yếu Í gốNG Hưng" -> "… cơ yếu")."""
    words = title.split(" ")
    marks = [_garbled(w) for w in words]
    cut = next((i for i in range(max(3, 2 * len(words) // 3), len(words))
                if marks[i] == 2 or marks[i] == 1 and any(marks[i + 1 : i + 3])), None)
    if cut is None:
        return title, ""
    while cut > 3 and len(words[cut - 1].strip(".,;:")) == 1 and words[cut - 1][:1].isupper():
        cut -= 1
    return " ".join(words[:cut]).rstrip(" ,;:"), " ".join(words[cut:])


# A rule printed under the title, run into its line by a web page: what follows it is the body.
_RULE_INSIDE = re.compile(r"\s*(?:_{5,}|-{5,}|={5,}|\*{5,})\s*")


def without_authority_tail(title: str) -> str:
    """A title the layout ran into the issuing authority's line: "… thuộc thẩm quyền của Bộ Xây dựng BỘ TRƯỞNG BỘ XÂY
    DỰNG". The words in capitals after a sentence-case title are cut when they name a position or a body."""
    words = title.split(" ")
    cut = len(words)
    while cut > 0 and words[cut - 1] == words[cut - 1].upper():
        cut -= 1
    head, tail = " ".join(words[:cut]), " ".join(words[cut:])
    if not head or len(words) - cut < 2 or not is_upper_line(tail) or is_upper_line(head):
        return title
    bare = strip_marks(tail)
    return head if positions_pattern().match(bare.lower()) or _AGENCY_KINDS.match(bare) else title


# A token no title prints: OCR's reading of a stamp or a smudge over the line ("lmà|š").
_NOISE_TOKEN = re.compile(r"[|§¬`~^@#$%*+=<>{}\[\]\\]")


def without_ocr_noise(title: str) -> str:
    """An OCR'd title without what a stamp printed over its end ("… tỉnh Quảng Ngãi lmà|š Ị số:") and without the
    stray stops OCR reads between words ("Quyết. định" -> "Quyết định")."""
    words = title.split(" ")
    cut = next((i for i, word in enumerate(words) if i >= 3 and _NOISE_TOKEN.search(word)), len(words))
    kept = [w for w in words[:cut]]
    joined = [w[:-1] if w.endswith(".") and w[:-1].isalpha() and i + 1 < len(kept) and kept[i + 1][:1].islower() else w
              for i, w in enumerate(kept)]
    return " ".join(joined)


# A date line a page wrapped: its place's first word on the line before ("Hà" / "Nội, ngày 22 tháng 08"), its year on the
# line after ("năm 2017"); neither goes on with the subject beside it (a date line with its year is followed by the
# subject's next line: "năm 2026 vốn NSTW").
_PLACE_HEAD = re.compile(rf"^[{CAPITAL_LETTERS}][{SMALL_LETTERS}]*(?:\s[{CAPITAL_LETTERS}][{SMALL_LETTERS}]*)?$")
_DATE_TAIL = re.compile(r"^(?:tháng\s+\d{1,2}\s+)?năm\s+\d{4}\b")


# The letter's first sentence leading into what follows ("Bộ Tài chính hướng dẫn như sau:"): a line that opens with a
# capital and ends in a colon goes on with no subject.
_LEAD_IN = re.compile(rf"^[{CAPITAL_LETTERS}].*:$")


_SENTENCE_END = re.compile(r"[.;:]\s*$")
_LABEL_WITH_COLON = re.compile(r"^(?:Đồng\s+k|K)ính\s*gửi\s*:")
_SENTENCE_WORDS = 30  # more words than a subject's wrapped line holds: the letter's first paragraph


def _cannot_go_on(before: str, start: str) -> bool:
    """A body start (sections.json body_start, _BODY_INSIDE) ends a subject only where it cannot go on with it: after the
    subject's full stop, as a label with its colon, a lead-in ending in one, or a paragraph longer than a subject's line;
    not a wrapped noun phrase ("… khoản 2" / "Điều 5 Nghị định …", "… nhiệm vụ" / "Năm 2025, phương hướng …")."""
    return bool(_SENTENCE_END.search(before) or _LABEL_WITH_COLON.match(start) or start.rstrip().endswith(":")
                or len(start.split()) > _SENTENCE_WORDS)


# A subject's last word wrapped alone onto the next line of a narrow cell: an acronym in capitals ("V/v chính sách thuế" /
# "TNDN", "… hoàn thuế" / "GTGT."), which no body's line or heading is unless it names a body's kind ("UBND").
_ACRONYM = re.compile(r"^[A-ZĐ]{2,6}[.;]?$")


def _wrapped_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text)) and not _AGENCY_KINDS.match(strip_marks(text))


def read_subject(header: list[Block]) -> tuple[str | None, Block | None]:
    """A công văn's trích yếu: the "V/v …" line under the number and the lines that go on with it, up to the motto,
    the date or the end of the header. In a text layer or a scan the date line can sit between two of its lines:
    a line after it that starts in lower case still goes on with the subject."""
    for i, block in enumerate(header):
        match = _VV.match(block.text or "")
        if not match and not _ABOUT.match(block.text or ""):
            continue
        lines = [match.group("rest") if match else block.text or ""]  # "Về việc …" is kept whole, as printed
        for j in range(i + 1, len(header)):
            text = header[j].text or ""
            if _is_noise(header[j]) or not text:
                continue
            if _MOTTO.match(text) or _date_line(text) or SEPARATOR.match(text):
                dated = _date_line(text)
                if dated and len(lines) > 1 and _PLACE_HEAD.match(lines[-1]) and " " not in dated.group("place").strip():
                    lines.pop()  # a page wrapped the place before its date line: "Hà" / "Nội, ngày 22 tháng 08"
                following = next((b.text or "" for b in header[j + 1 :] if not _is_noise(b)), "")
                wrapped_year = dated and not _YEAR_AT_END.search(text) and _DATE_TAIL.match(following)
                if (following[:1].islower() and not _date_line(following) and not _MOTTO.match(following)
                        and not wrapped_year):
                    continue
                break
            if (_NUMBER_LINE.match(text) or is_upper_line(text) and not _wrapped_acronym(text) or _opens_the_letter(text)
                    or _body_start_pattern().match(text) and (_cannot_go_on(lines[-1], text) or text.endswith("."))
                    or _LEAD_IN.match(text)):
                break
            lines.append(re.sub(r"^[-_~.:\s]+(?=\w)", "", text))  # "V/v" / ": Thực hiện …": the colon wrapped
        subject = " ".join(line for line in lines if line).strip()
        # "V/v … Kính gửi: Các Bộ, …": a copy ran the addressees on; not "… kỷ niệm Ngày 8/3/2026, Ngày Quốc tế …"
        if body := next((b for b in _BODY_INSIDE.finditer(subject) if _cannot_go_on(subject[: b.start()], subject[b.start() + 1 :])), None):
            subject = subject[: body.start()].rstrip(" ,;.")
        return subject or None, block
    return None, None


@cache
def _no_name_after_kind() -> re.Pattern[str]:
    """What no body's name starts with (sections.json no_name_after_kind): "PHONG GIAI DOAN 2021 - 2025" is a title's."""
    return re.compile(r"\s+(?:" + any_of(json_data("sections.json")["no_name_after_kind"]) + r")\b")


# A title line ending in a word that needs what follows ("… GIÁM SÁT CỦA" / "QUỐC HỘI NĂM 2026"): the next line goes on
# with it, even when it starts with a body's name.
def _names_a_body(bare: str) -> bool:
    """A line without marks that starts with a body's kind and goes on with its name ("SO TU PHAP", not "PHONG, CHONG",
    nor a title wrapped inside a word: "QUOC" / "PHONG GIAI DOAN 2021 - 2025")."""
    return bool((kind := _AGENCY_KINDS.match(bare)) and bare[kind.end() : kind.end() + 1] in (" ", "")
                and not _no_name_after_kind().match(bare, kind.end()))


# "ĐỊA" is half a word ("TRÊN ĐỊA" / "BÀN TỈNH …"): without marks the next line's "BÀN" is a body's "BAN"
_GOES_ON = re.compile(r"(?:\b(?:CỦA|VÀ|VỚI|CHO|TẠI|THUỘC|VỀ|TRONG|GIỮA|ĐỊA)|[,\-–])\s*$")


@cache
def _title_verb_at_end() -> re.Pattern[str]:
    """A line in lower case ending in a verb that takes a body or a post ("về việc thành lập"): title_verbs.csv. The
    tone marks are kept: folded, "TÔN GIÁO" would end in "giao"."""
    verbs = sorted((row["verb"] for row in csv_rows("title_verbs.csv")), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in verbs) + r")\s*$")


def _ends_in_title_verb(line: str) -> bool:
    return _title_verb_at_end().search(line.lower()) is not None


def _title_goes_on(line: str) -> bool:
    """A title's line that needs the next: it ends in a joining word ("… CỦA") or in a verb before its object."""
    return bool(_GOES_ON.search(line)) or _ends_in_title_verb(line)

# The subject of a Party document's title, in sentence case under its capitals ("NGHỊ QUYẾT" / "HỘI NGHỊ LẦN THỨ BẢY
# BAN CHẤP HÀNH ĐẢNG BỘ TỈNH" / "về xây dựng …"): no body's sentence opens with a small "về".
_SUBJECT_GOES_ON = re.compile(r"^về\s")
_SUBJECT_OPENS = re.compile(r"^(?:về|Về|VỀ)\s")


@cache
def _meeting_pattern() -> re.Pattern[str]:
    return re.compile(json_data("sections.json")["meeting_lines"])


def _meeting_line(text: str) -> bool:
    """An organ's line that names a meeting ("HỘI NGHỊ …": sections.json meeting_lines)."""
    return _meeting_pattern().match(text) is not None


@cache
def _organ_continuation_pattern() -> re.Pattern[str]:
    return listed_pattern("sections.json", "organ_continuations")


@cache
def _term_pattern() -> re.Pattern[str]:
    return listed_pattern("sections.json", "term_lines")


def _term_line(text: str) -> bool:
    """A body's term in brackets on a line of its own ("(khóa XVII)": sections.json term_lines)."""
    return _term_pattern().match(fold(text).strip()) is not None


def _organ_goes_on(text: str) -> bool:
    """A line the organ's or meeting's line over it goes on in (sections.json organ_continuations, term_lines): the
    committee's name in capitals ("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVII") or its term in brackets ("(khóa XVII)")."""
    folded = fold(text).strip()
    return is_upper_line(text) and _organ_continuation_pattern().match(folded) is not None or _term_line(text)


def _may_be_a_subject(text: str) -> bool:
    """A line under a Party organ's wrapped line that may be the subject: no body's start, no grounds ("- Căn cứ Điều
    lệ Đảng;"), no sentence ending as a clause or a paragraph does ("Nghị quyết này quy định …")."""
    bare = text.strip().lstrip("-–+• ").strip()
    return bool(bare) and not (_body_start_pattern().match(text) or _PAST_THE_HEADING.match(bare)
                               or bare.endswith((".", ";", ":")))


def _subject_of_its_own(text: str, doc_type: str | None) -> bool:
    """A line under a meeting's that is a subject of its own, the meeting the heading's: opening with "về", or, under a
    type no meeting names, in sentence case ("KẾT LUẬN" / "HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY" / "Đẩy mạnh …"); a line in
    small letters goes on with the meeting ("… TỈNH ỦY" / "tại buổi làm việc …"). Not the meeting's date or the account
    of it ("Ngày 12 tháng 3 năm 2026", "Tại Hội nghị ngày …, sau khi nghe …": sections.json meeting_account_openings)."""
    sections = json_data("sections.json")
    return bool(_SUBJECT_OPENS.match(text)) or (
        doc_type not in sections["meeting_named_by"] and text[:1].isupper() and not is_upper_line(text)
        and _may_be_a_subject(text) and not re.match(sections["meeting_account_openings"], text)
        and not any(date.partial is None for date in find_dates(text)))


def _meeting_names_the_title(text: str, doc_type: str | None) -> bool:
    """A meeting's line that may be the title's, not the heading's: under the heading of a type that a meeting names
    (sections.json meeting_named_by: a programme of the meeting), or a standing body's meeting (standing_meeting_lines)."""
    sections = json_data("sections.json")
    return _meeting_line(text) and (doc_type in sections["meeting_named_by"]
                                    or re.match(sections["standing_meeting_lines"], text) is not None)


# A line with no word, only years ("2025", "2021 - 2025", "(2026-2030).", the closing quote of a named programme
# "… GIAI ĐOẠN" / "2020 - 2025”"): it has no case of its own.
_YEARS_ONLY = re.compile(r"^[(\s]*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?[)\s.”\"’»]*$")

# Types whose title is followed by the issuing authority's name in capitals ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI").
_AUTHORITY_LINE_TYPES = frozenset({"Quyết định", "Nghị quyết", "Nghị định", "Thông tư", "Chỉ thị"})


# A document cited inside a title in capitals keeps its symbol's small letters ("… QUYẾT ĐỊNH SỐ 856/QĐ-TTg NGÀY …",
# "35/CTr-UBND"): a number and a slash in one word.
_CITED_SYMBOL = re.compile(r"\S*\d\S*/\S+")


def _upper_title_line(text: str) -> bool:
    """A line in capitals, the symbols of the documents it cites aside, and one slip of a legacy font's conversion:
    one small letter after a capital in one word ("KINH TẾ - Xà HỘI" for "XÃ")."""
    text = _CITED_SYMBOL.sub("", text) if "/" in text else text
    if is_upper_line(text):
        return True
    slipped = [word for word in text.split() if word != word.upper()]
    if len(slipped) != 1 or len(text) < 12 or not slipped[0][:1].isupper():
        return False
    return sum(c.islower() for c in slipped[0]) == 1 and is_upper_line(text.replace(slipped[0], slipped[0].upper()))


# A dispatch (Công điện) names its sender and "điện:" over the addressees, under its title or under the heading itself.
_DISPATCH_LINE = re.compile(r"\s(?:ĐIỆN|điện)\s*:$")


# An organ's line that goes on with a number ("CỦA BỘ TRƯỞNG BỘ … SỐ 81/2004/QĐ-BNN"): an old heading sentence, the title's.
_NUMBERED_ORGAN = re.compile(r"\bSỐ\s*:?\s*\d")


# The most lines a title is read over: a site's narrow column wraps a long title into six lines or more ("BAN" /
# "HÀNH KẾ HOẠCH …"); its end is the body's start, the authority's line or a rule, the cap only a safety stop.
_MAX_TITLE_LINES = 10


def title_lines(blocks: list[Block], heading: int, doc_type: str | None = None) -> list[str]:
    """The trích yếu under a heading (or under the date line of a page that dropped the heading of ``doc_type``):
    capitalised lines, or up to three sentence-case lines, until a rule, the issuing authority's line of a decision,
    or the start of the body."""
    return _title_lines_and_cut(blocks, heading, doc_type)[0]


def _title_lines_and_cut(blocks: list[Block], heading: int, doc_type: str | None = None) -> tuple[list[str], bool]:
    """title_lines, and whether the cap stopped them with the title still going on (its end may be lost)."""
    lines: list[str] = []
    capitalised = None
    heading_text = blocks[heading].text or ""
    doc_type = doc_type or doc_type_of_heading(heading_text) or doc_type_leading_heading(heading_text)
    authority_line = doc_type in _AUTHORITY_LINE_TYPES
    under = blocks[heading + 1 : heading + 2 + _MAX_TITLE_LINES]
    if under and doc_type and doc_type_of_heading(under[0].text or "") == doc_type:
        under = blocks[heading + 2 : heading + 3 + _MAX_TITLE_LINES]  # "NGHỊ QUYẾT" / "NGHỊQUYẾT": a site printed the heading twice
    if (len(under) > 1 and _organ_line(under[0].text or "") and under[1].text and not _body_start_pattern().match(under[1].text)
            and not _NUMBERED_ORGAN.search(under[0].text or "")):
        subject = under[1:]  # "CHỈ THỊ" / "CỦA BAN THƯỜNG VỤ TỈNH ỦY" / "về …": the organ's line is the heading's
        wrapped = next((i for i, b in enumerate(subject[:3]) if not is_upper_line(b.text or "")), 0)
        if wrapped and _SUBJECT_GOES_ON.match(subject[wrapped].text or ""):
            subject = subject[wrapped:]  # the organ's line wrapped: "HỘI NGHỊ LẦN THỨ BẢY" / "BAN CHẤP HÀNH …" / "về …"
        elif (goes_on := next((i for i, b in enumerate(subject) if not _organ_goes_on(b.text or "")), 0)) and (
                _may_be_a_subject(subject[goes_on].text or "")):
            subject = subject[goes_on:]  # "HỘI NGHỊ LẦN THỨ MƯỜI" / "BAN CHẤP HÀNH … KHÓA XVII" / "Đẩy mạnh …"
        if not _meeting_names_the_title(under[0].text or "", doc_type) or _subject_of_its_own(subject[0].text or "", doc_type):
            under = subject  # a programme's meeting over no "về …" is its title (sections.json meeting_named_by)
    above = None  # the block of the title's last line
    session = None  # a session line right under the heading
    for k, block in enumerate(under[:_MAX_TITLE_LINES]):
        text = without_stamp_after(block.text or "")
        if is_draft_note(text) and not (lines and is_bare_draft_note(text) and (text[:1].islower() or _title_goes_on(lines[-1]))):
            if lines:
                break  # "(Dự thảo lần 2)" under the title
            continue  # "KẾ HOẠCH" / "DỰ THẢO 15/11" / the title
        # else "… lấy ý kiến nhân dân về" / "dự thảo" / "Luật …": the title's words wrapped
        text = without_draft_note(text, keep_words=True)  # "… năm 2026 (Dự thảo lần 3)"
        if above is not None and _beside_the_title(block, above) or signing_stamp_line(text):
            continue  # a received stamp in the margin, a digital signature's stamp's line: beside the title
        if above is not None and _apart_from_the_title(block, above):
            break  # the paragraph under the title, its first words misread ("an cứ Luật …" for "Căn cứ Luật …")
        if not text or SEPARATOR.match(text) or _links_a_document(text, lines) or boilerplate().article_chrome.match(text):
            break
        if lines and (annex := annex_heading(text)) and annex.group("phu_luc") and not annex.group("rest"):
            break  # "KẾ HOẠCH" / "KIỂM TRA …" / "PHỤ LỤC" / "(Kèm theo …)": the annex's label under its title
        if _body_start_pattern().match(text) and (lines or not _opens_title(text)) or lines and is_addressee_label(text):
            break
        if lines and capitalised is False and _title_stops().match(text) or _DISPATCH_LINE.search(text):
            break  # "THỦ TƯỚNG CHÍNH PHỦ ĐIỆN:": a dispatch's sender over its addressees, no title
        if _session_line(text):
            if lines:
                break
            session = session if k else text
            continue
        if not lines and _term_line(text):
            continue  # "NGHỊ QUYẾT" / "(khóa XVII)" / "Về …": the term is the heading's context
        upper = _upper_title_line(text)
        if capitalised is not None and _YEARS_ONLY.match(text):
            upper = capitalised  # "… NĂM" / "2025": a web page wrapped the title's year onto a line of its own
        if capitalised is None:
            capitalised = upper
        elif capitalised and not upper and text[:1].islower() and not _body_start_pattern().match(text):
            # "KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY" / "về tiến độ …", "CỦA ĐOÀN THANH NIÊN …" / "thực hiện Nghị quyết …": the
            # subject under it in sentence case (a body's sentence opens with a capital)
            capitalised = False
        # a body's line holds its kind and its name: a lone "BAN" is a web page's wrap of "BAN" / "HÀNH KẾ HOẠCH …"
        # ("PHÒNG, CHỐNG THIÊN TAI" is a title's wrapped line: a body's kind is followed by its name, not a comma)
        body_line = (upper and authority_line and " " in text.strip() and _names_a_body(strip_marks(text))
                     and not (lines and _title_goes_on(lines[-1])))
        if upper != capitalised or body_line or doc_type_of_heading(text):
            break
        header = blocks[max(0, heading - 12) : heading]
        grounds_next = k + 1 < len(under) and _PAST_THE_HEADING.match(under[k + 1].text or "") is not None
        if (not upper and authority_line and lines and grounds_next and not _title_goes_on(lines[-1].upper())
                and (positions_pattern().match(fold(text)) or _sentence_case_body(text))):
            break  # a header in sentence case: the authority's line over the grounds ("Bộ trưởng Bộ Tài chính" / "Căn cứ …")
        if (upper and authority_line and lines and (not _title_goes_on(lines[-1]) or _ends_in_title_verb(lines[-1]) and grounds_next)
                and _names_the_issuer(text, header)):
            # "HỘI ĐỒNG THÀNH VIÊN TẬP ĐOÀN …": the issuer of the header, its kind in no list of kinds; after a verb
            # ("BAN HÀNH QUY CHẾ LÀM VIỆC", "… ĐÃ ĐƯỢC PHÊ DUYỆT") the header's issuer alone over the grounds
            break
        if (upper and (re.match(r"^(?:CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC)\b", text) or authority_line and positions_pattern().match(fold(text)))
                and not (lines and _ends_in_title_verb(lines[-1]) and not _heads_the_issuer(text, header))):
            # the issuing authority's line: "THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC …", "VIỆN TRƯỞNG …" (positions.csv); after a
            # verb ("VỀ VIỆC BỔ NHIỆM" / "GIÁM ĐỐC SỞ …") only the head of the header's issuer ("… ĐÃ ĐƯỢC PHÊ DUYỆT" /
            # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"): no title acts on the post of the one who signs it
            break
        if lines and not upper and text.endswith(":"):
            break  # a sentence that announces a list is the body's: "Văn phòng … trân trọng kính mời:"
        lines.append(text)
        above = block
        # a title in small letters has three lines at most, unless the next goes on in small letters (no paragraph
        # of the body opens so): "… đổi mới sáng tạo và chuyển đổi số" / "quốc gia trên địa bàn tỉnh năm 2026"
        next_line = under[k + 1].text or "" if k + 1 < len(under) else ""
        if not upper and (len(lines) >= 3 and not next_line[:1].islower() or re.search(r"[.;:]$", text)):
            break
    else:  # no end found: the cap cut a title still in capitals when the line under it is one too
        following = (under[_MAX_TITLE_LINES].text or "") if len(under) > _MAX_TITLE_LINES else ""
        cut = bool(lines and capitalised and following and _upper_title_line(following))
        return lines, cut and not _body_start_pattern().match(following)
    if not lines and session and _session_title_pattern().match(fold(session)):
        return [session], False  # "NGHỊ QUYẾT" / "KỲ HỌP THỨ 24, HỘI ĐỒNG NHÂN DÂN TỈNH …": a resolution on the session itself
    return lines, False


def _beside_the_title(block: Block, above: Block) -> bool:
    """An OCR'd line that stands beside the title, not under it: a received stamp in the margin read between two of
    the title's lines ("CÔNG VĂN ĐẾN" / "Giờ …", realdocs2 103). Its middle lies outside the span of the title's line
    above; a title's next line, centred or flush left, is under that line."""
    if block.prov.reader != "ocr" or block.prov.bbox is None or above.prov.bbox is None:
        return False
    middle = (block.prov.bbox[0] + block.prov.bbox[2]) / 2
    return not above.prov.bbox[0] <= middle <= above.prov.bbox[2]


# How far below a scan's title line the next line may start, in that line's heights, and still be the title's: a
# title's lines stand close (realdocs2 scans: at most 0.55 of a line between them); the grounds or the body under it
# start at least a line's height lower (1.1 to 4.5), past the short rule under the title.
_TITLE_LINE_GAP = 1.5


def _apart_from_the_title(block: Block, above: Block) -> bool:
    """An OCR'd line that starts a paragraph of its own under the title: its top further below the title's line
    above than _TITLE_LINE_GAP of that line's height."""
    if block.prov.reader != "ocr" or block.prov.bbox is None or above.prov.bbox is None:
        return False
    height = above.prov.bbox[3] - above.prov.bbox[1]
    return height > 0 and block.prov.bbox[1] - above.prov.bbox[3] > _TITLE_LINE_GAP * height


def _heads_the_issuer(text: str, header: list[Block]) -> bool:
    """A position and the header's issuer after it ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" under "ỦY BAN NHÂN DÂN" / "TỈNH …")."""
    folded = fold(text)
    position = positions_pattern().match(folded)
    return bool(position) and _names_the_issuer(folded[position.end() :], header)


def _names_the_issuer(text: str, header: list[Block]) -> bool:
    """A line that is the header's issuer, its lines run together in any order (parts.made_of_lines); not a place's
    line ("TỈNH KIÊN GIANG"), which names no body: a title can end in the issuer's place."""
    lines = issuer_lines([block.text or "" for block in header],
                         lambda line: MOTTO.match(line) or _NUMBER_LINE.match(line) or _date_line(line))
    return not fold(text).startswith(place_starts()) and made_of_lines(text, lines)


def _opens_a_body(text: str) -> bool:
    """A body's first line: "Thực hiện …", "Để …", "I. MỤC ĐÍCH", "1. Về …" (sections.json body_start, _HEADER_END)."""
    return bool(_body_start_pattern().match(text) or _HEADER_END.match(text))


_LINK_START = re.compile(r"^\(?\s*(?:ban hành\s+)?kèm theo\b", re.IGNORECASE)


def _links_a_document(text: str, lines: list[str]) -> bool:
    """A "(Kèm theo …)" line under a carried document's title, which ends it; not a title that names the text it
    amends ("… BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 33/2017/QĐ-UBND …", its line wrapped before "KÈM THEO" or not)."""
    if not _LINK_START.match(text):
        return False
    if text.startswith("(") or not lines:
        return True
    # a title's wrapped line goes on in small letters, or in capitals after "BAN HÀNH"
    return not text[0].islower() and not (is_upper_line(text) and fold(lines[-1]).endswith("ban hanh"))


def _title_under_date(layout: Layout, doc_type: str) -> tuple[str, Block] | None:
    """The title of a document whose type heading a page dropped ("Hà Nội, ngày …" / "BAN HÀNH KẾ HOẠCH …" /
    "THỦ TƯỚNG CHÍNH PHỦ" / "Căn cứ …"): the capitalised lines right under the header's date line, when the grounds
    follow them."""
    blocks = layout.blocks
    texts = [b.text or "" for b in blocks[:_MAX_HEADER_BLOCKS]]
    grounds = next((i for i, text in enumerate(texts) if _PAST_THE_HEADING.match(text)), len(texts))
    dated = [i for i in range(grounds) if _holds_date_line(blocks[i])]
    if not dated or dated[-1] + 1 >= len(blocks) or not is_upper_line(blocks[dated[-1] + 1].text or ""):
        return None
    lines = title_lines(blocks, dated[-1], doc_type)
    after = dated[-1] + 1 + len(lines)
    # the grounds a few lines under the title (the issuing authority's line between; a site may cut a ground's start);
    # a type that cites no grounds (a Hướng dẫn, a Kế hoạch) opens its body with a sentence or a numbered part instead
    if not lines or not any(_PAST_THE_HEADING.match(text) or doc_type != "Công văn" and _opens_a_body(text)
                            for text in (b.text or "" for b in blocks[after : after + 6])):
        return None
    return " ".join(lines), blocks[dated[-1] + 1]


def read_attached(layout: Layout) -> list[AttachedDocument]:
    """A document carried by this one: a second type heading followed by its title and "(kèm theo …)"."""
    if layout.heading is None:
        return []
    attached = []
    # a carried document's heading is at most five lines over a "kèm theo": only those lines are tried, not every line
    # after the heading (a line holds the phrase only with its "è": a test in C first, where the case-blind search
    # reads every character of a long paragraph)
    linked = [j for j, b in enumerate(layout.blocks) if _holds_kem_theo(b.text or "")]
    tried = sorted({i for j in linked for i in range(max(j - 5, layout.heading + 1), j)})
    for i in tried:
        text = layout.blocks[i].text or ""
        doc_type = doc_type_of_heading(text) or doc_type_leading_heading(text)
        if not doc_type or _under_a_bare_annex_heading(layout.blocks, i):
            continue  # "PHỤ LỤC" / "KẾ HOẠCH" / …: the annex's own title, no document it carries
        inline = [text] if not doc_type_of_heading(text) else []
        # "(Ban hành kèm theo Quyết định số …)"; not an article that issues it ("QUYẾT ĐỊNH" / "Điều 1. Ban hành kèm
        # theo Quyết định này …": the enacting word without its colon, no heading). A heading that goes on with its
        # title ("HƯỚNG DẪN CHẤM ĐIỂM …") heads a carried document only right over its link line: a chapter's title
        # in capitals may begin with a type's name ("Chương II" / "QUY ĐỊNH KỸ THUẬT …"), "kèm theo" in its text
        following = layout.blocks[i + 1 : i + 3] if inline else layout.blocks[i + 1 : i + 6]
        if any(KEM_THEO.search(b.text or "") and not _ARTICLE.match(b.text or "") and (not inline or _LINK_START.match(b.text or ""))
               for b in following):
            # the title as a document's heading that goes on with it reads: the whole line
            title = " ".join(inline + title_lines(layout.blocks, i)) or None
            attached.append(AttachedDocument(doc_type=doc_type, title=title, where=layout.blocks[i].where()))
    return attached


_ARTICLE = re.compile(r"^Điều\s+\d")


def _holds_kem_theo(text: str) -> bool:
    """``KEM_THEO.search(text)``, its "è" (no other character matches it regardless of case) looked for first."""
    return ("è" in text or "È" in text) and KEM_THEO.search(text) is not None


def _under_a_bare_annex_heading(blocks: list[Block], i: int) -> bool:
    """The line right under an annex's heading that prints no title of its own ("PHỤ LỤC II")."""
    match = annex_heading(blocks[i - 1].text or "") if i else None
    return bool(match and match.group("phu_luc") and not match.group("rest"))


# ---------------------------------------------------------------------------------------------------
# Closing: recipients and signature


def read_recipients(blocks: list[Block]) -> tuple[list[str], list[Issue]]:
    for i, block in enumerate(blocks):
        match = RECIPIENTS.match(block.text or "")
        if not match:
            continue
        items: list[str] = []
        rest = match.group("rest") or ""
        beside_signature = False  # a signature column's lines seen at the ends of the list's lines
        chain_above = ""  # the last of them
        if tail := chain_tail(" " + rest):
            rest = rest[: -len(tail)].strip()
            beside_signature, chain_above = True, tail
        candidates, sources = ([rest] if rest else []), ([None] if rest else [])
        beside: list[bool] = [False] * len(candidates)  # a piece on the same line as the one before it
        for line in blocks[i + 1 : i + 60]:
            row = line.text or ""
            pieces = _recipient_rows(row, scanned=line.prov.reader == "ocr")
            candidates += pieces
            sources += [line] * len(pieces)
            beside += [False] + [row[at - 1] != "\n" for at in _starts(row, pieces)[1:]]
        issues: list[Issue] = []
        archived = False  # the archive's item read, an item beside it on its row: the second column goes on
        for j, text in enumerate(candidates):
            if not text:
                if items:
                    break
                continue
            if archived and not beside[j] and not re.match(r"^[-+•–]\s", text):
                break  # under the archive's row only the second column's items, each with its dash
            scanned = sources[j] if sources[j] is not None and sources[j].prov.reader == "ocr" else None
            if scanned:
                text = _OCR_DASH.sub("- ", text)
                if _stray_line(scanned, text):
                    issues.append(_warn("recipient_noise", f"'{text}' in the recipients' list is no recipient (a seal's or "
                                                           f"a signature's strokes read as words): left out", scanned))
                    continue
            if authority_of(text) or position_of(text):
                if _recipients_go_on(candidates, j):
                    beside_signature = True
                    continue  # a page break put the signature column in the middle of the list
                break
            if doc_type_of_heading(text) or SEPARATOR.match(text) or annex_heading(text):
                break
            if _name().match(text) and items and _recipients_go_on(candidates, j):
                continue
            if _name().match(text) and items and items[-1].endswith((";", ".")):
                break  # the signer's name under a list whose last item has ended: no recipient goes on in it
            item = re.sub(r"^[-+•–]\s*", "", text).strip()
            # "- Như trên; KT. CHỦ TỊCH": a row of two columns; under its chain, "- Như trên; VỤ TRƯỞNG VỤ TỔ CHỨC"
            if tail := chain_tail(item) or (beside_signature and _post_of_unit_tail(item, chain_above)):
                item = item[: -len(tail)].strip()
                beside_signature, chain_above = True, tail
            elif beside_signature and (name := name_tail(item)):  # the same column's name: "- Lưu: VT. Tô Thị Hạnh"
                item = item[: -len(name)].strip()
            if scanned and (kept := _without_stray_tail(scanned, item)) != item:
                issues.append(_warn("recipient_noise", f"'{item[len(kept):].strip()}' at the end of a recipient is no "
                                                       f"word (a seal's or a signature's strokes): left out", scanned))
                item = kept
            dashed = bool(re.match(r"^[-+•–]", text))
            if not items:
                list_dashed = dashed  # a list whose first line has no dash has lost them all (a copy, an OCR)
            # in a list without dashes, a line after an item that has ended with ";" is the next item; in a list with
            # them, a line without one goes on with the item above ("- VP UBND: CVP, các PCVP;" / "các phòng: NC, TH;")
            if dashed or not items or (not list_dashed and items[-1].endswith(";")):
                items.append(item)
            else:
                items[-1] = f"{items[-1]} {item}"  # a recipient continued on the next line
            if re.match(r"^Lưu\b", item):
                if not (j + 1 < len(candidates) and beside[j + 1]):
                    break  # the archive's item ends the list, but for an item beside it on its row (two columns)
                archived = True
        return [re.sub(r"[;,.]+$", "", item).strip() for item in items], issues
    return [], [_warn("missing_recipients", "no 'Nơi nhận:' list")]


# A recipient's dash as OCR reads it on a scan: "_ Viện kiểm sát …", "~- Lưu: VT" (a stroke of the mark beside it).
_OCR_DASH = re.compile(r"^(?:_|~+\s*-)\s*(?=\S)")
_PUNCTUATION = ".,;:()\"“”'"


# Where a line holds two recipients' rows (two columns, or a scan's rows read as one): a dash or a plus opening a name after
# a stop, or after strokes on a scan.
_ROW_DASH = re.compile(rf"\s[-–+•]\s+(?=[{CAPITAL_LETTERS}])")


def _recipient_rows(text: str, scanned: bool = True) -> list[str]:
    """A line of recipients split where it holds two rows or two columns' items: at a dash before a capital after an
    item's stop ("- Bộ Nội vụ;      - Các sở, ban, ngành;", a list printed in two columns, copied row by row) or after a
    group's colon ("- Các đơn vị: + Phòng Y tế; + …": its items, as when each has a line of its own), on a scan after a
    word that is none too (OCR read two rows as one: "- HĐND … trung ơn D Về oo— - Văn phòng Trung ương …;"); a dash
    inside a name ("Sở Nội vụ - Kho bạc") is kept."""
    rows, start = [], 0
    for match in _ROW_DASH.finditer(text):
        before = text[start : match.start()].split()
        # the archive's item ends with its full stop too ("- Lưu: VT.      - Sở Y tế.")
        # (a column's gap, or a name in words beside it: "- Lưu: VT. - TH." is one item, its divisions' codes)
        archive = re.match(r"^[-+•–]?\s*Lưu\b", text[start : match.start()].strip()) and before[-1].endswith(".") \
            and (re.search(r"\.\s{3,}$", text[start : match.start() + 1]) or re.search(f"[{SMALL_LETTERS}]", text[match.end() :]))
        if before and (before[-1].endswith((";", ":")) or archive or scanned and _stray_word(before[-1])):
            rows.append(text[start : match.start()])
            start = match.start() + 1  # the next row keeps its dash
    return [*rows, text[start:]]


def _starts(text: str, pieces: list[str]) -> list[int]:
    """Where each of ``pieces``, cut from ``text`` in order, starts in it."""
    starts, at = [], 0
    for piece in pieces:
        at = text.index(piece, at)
        starts.append(at)
        at += len(piece)
    return starts


def _stray_word(word: str) -> bool:
    """An OCR'd word that is none a list of recipients prints: symbols ("¿", "<", "—", "`"), letters that are no
    Vietnamese syllable and no abbreviation ("oo", "D", "bíc}"). Numbers ("(2)", "185/TB", "(3b)") and abbreviations
    ("VT.NG", "P.KT", "GD&ĐT", "Đ/c", "(b/c)") are words; a loanword ("Website") or a drafter's mark ("KT(Hg)") is
    no syllable but no symbol either (``_symbol_word``)."""
    bare = word.strip(_PUNCTUATION)
    if _symbol_word(word):
        return True
    if _NUMBER_OR_SLASHED.fullmatch(bare) or bare.isupper() and len(bare) > 1:
        return False
    return not all(is_syllable(part) for part in re.split(r"[-/–]", bare) if part)


# Numbers ("185/TB", "(3b)", "02") and lower-case abbreviations with slashes a list of recipients prints ("b/c", "Đ/c").
_NUMBER_OR_SLASHED = re.compile(r"[\d/.\-]*\d[\d/.\-]*|\d+[^\W\d_]?|(?:[^\W\d_]{1,2}/)+[^\W\d_]{1,3}")
# A character no word of a list prints ("¿", "=", "—", "`", "}"): brackets, "&" and "@" stand inside abbreviations
# ("KT(Hg)", "TT&TT") and addresses.
_NO_WORD_CHARACTER = re.compile(r"[^\w/.\-–()&@]|_")


def _symbol_word(word: str) -> bool:
    """An OCR'd word that is surely none: a symbol in it, or nothing but punctuation."""
    bare = word.strip(_PUNCTUATION)
    return not bare or bool(_NO_WORD_CHARACTER.search(bare))


def _unsure_words(block: Block, words: list[str]) -> list[bool]:
    """Which of ``words`` (a line's text split) OCR read unsure (``ocr_unsure``, words as read, spacing aside)."""
    unsure = {u.strip(_PUNCTUATION) for u in block.prov.ocr_unsure} | set(block.prov.ocr_unsure)
    return [w in unsure or w.strip(_PUNCTUATION) in unsure for w in words]


def _stray_line(block: Block, text: str) -> bool:
    """A line of a scan's recipients that is a seal's or a signature's strokes read as words: with hardly a letter, or
    read with very low confidence (``_is_noise``) and a symbol in it, unless it opens a recipient ("- Lưu: …", its
    dash's stroke read with the mark beside it); or half its words read unsure or no word, one of them surely none
    (a symbol: "` ợ rà Mi f")."""
    item = re.match(rf"^[-+•–]\s*[{CAPITAL_LETTERS}]\w*", text)
    words = text.split()
    surely_none = any(_symbol_word(w) for w in words)
    # a line read with low confidence but all words ("thành phố trực thuộc Trung ương;" at 36) is a recipient's
    if _is_noise(block) and (surely_none or not has_letters(text, 2)):
        return not (item and (is_syllable(first := item.group(0).lstrip("-+•– ")) or first.isupper()))
    doubtful = [u or _stray_word(w) for u, w in zip(_unsure_words(block, words), words)]
    return 2 * sum(doubtful) >= len(words) and surely_none


def _without_stray_tail(block: Block, text: str) -> str:
    """A scan's recipient without the words a seal or a signature left after it: its last words all read unsure, one
    of them surely none, a symbol in it ("- HĐND, UBND các tỉnh, thành phố trực thuộc trung ơn D Về oo—"); a remark left open by the cut
    ("(đê bíc};") goes with them."""
    words = text.split()
    unsure = _unsure_words(block, words)
    start = len(words)
    while start > 1 and unsure[start - 1]:
        start -= 1
    if not any(_symbol_word(w) for w in words[start:]):  # "Trung ươg;" is a word misread, not strokes
        return text
    kept = " ".join(words[:start])
    if kept.count("(") > kept.count(")"):
        kept = kept[: kept.rindex("(")]
    return kept.rstrip(" -–—~_=(")


def _recipients_go_on(candidates: list[str], j: int) -> bool:
    """After a signature line at ``j``: does the list of recipients resume below the signature block?"""
    for text in candidates[j + 1 : j + 6]:
        if not text or authority_of(text) or position_of(text) or _name().match(text) or text.startswith("("):
            continue
        return bool(re.match(r"^[-+•–]\s", text))
    return False


def _is_noise(block: Block) -> bool:
    """An OCR line with no word in it, or read with very low confidence (a seal, a signature)."""
    text = block.text or ""
    confidence = block.prov.ocr_confidence
    return not has_letters(text, 2) or (confidence is not None and confidence < 40)


# A signature line at the end of a recipients' line, the two columns read as one row in a scan: "- Lưu: VT. TL. CHỦ TỊCH".
@cache
def _chain_tail() -> re.Pattern[str]:
    prefixes = "|".join(re.escape(spelling) for spelling in authority_spellings())  # authority_prefixes.csv, longest first
    return re.compile(rf"\s(?P<chain>(?:{prefixes})\s*[{CAPITAL_LETTERS}][{CAPITAL_LETTERS} ,]+)$")


def _signature_line(text: str) -> str | None:
    """The part of a line that belongs to the signature block's chain of authority and positions, if any."""
    if not text[-1:].isupper():  # every one ends in capitals: this spares the tests below the body's sentences
        return text if text in authority_spellings() else None  # "TM." alone, the body it acts for on the next line
    if authority_of(text) or position_of(text) or fuzzy_position(text):
        return text
    # a position and a seal's smudge after it in a scan: "CỤC TRƯỞNG SN"
    start = positions_pattern().match(strip_marks(text).lower()) if is_upper_line(text) else None
    if start and len(text) - start.end() <= 3:
        return text
    return chain_tail(text)


def chain_tail(text: str) -> str | None:
    """The end of a recipients' line that is the signature column of the same row: "- Lưu: VT. TL. CHỦ TỊCH",
    "- Lưu: VT. PHÓ CHỦ TỊCH" (a position in capitals, whole)."""
    if (match := _chain_tail().search(text)) and is_upper_line(match.group("chain")):
        return match.group("chain")
    words = text.split()
    for n in range(min(5, len(words) - 1), 1, -1):
        tail = " ".join(words[-n:])
        if is_upper_line(tail) and position_of(tail) and not _names_a_board(words[-n - 1], tail):
            return tail
    return None


def _names_a_board(word_before: str, post: str) -> bool:
    """Whether a post is the end of a collective's name with the word before it ("BAN BÍ THƯ", "BAN GIÁM ĐỐC" in a
    title's "CHỈ THỊ / CỦA BAN BÍ THƯ"): a body, no signature's post. A word with a stop after it ("VP.") ends a
    recipients' item."""
    return word_before.isalpha() and _is_body_of_its_own(f"{word_before} {post}")


# The last words of a recipients' line after its punctuation: where the signature column's name stands on the same row.
_AFTER_LAST_STOP = re.compile(r"[,;.:]\s+(?P<tail>[^,;.:]+)$")
# The same after a stop that ends an item of the list (";", "."), not one inside it ("Lưu: VT, TCCB").
_AFTER_AN_ITEM = re.compile(r"[;.]\s+(?P<tail>[^,;.:]+)$")


def _post_of_unit_tail(text: str, chain_above: str) -> str | None:
    """The end of a recipients' line that is the signature column's post with its unit, on the row under a chain's
    line ("- Như trên; VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ" under "TL. BỘ TRƯỞNG"), or that post's last words wrapped onto the
    next row ("- Lưu: VT, TCCB. CÁN BỘ" under "… VỤ TRƯỞNG VỤ TỔ CHỨC"): words in capitals after the end of the line's
    last item. Words after a comma or a colon go on with the item ("- Lưu: VT, TCCB", "- Các Vụ: TỔ CHỨC CÁN BỘ"), and a
    unit's initials ("TCCB", "VP") are a recipient, never a post's wrapped words."""
    match = _AFTER_AN_ITEM.search(text)
    tail = match.group("tail").strip() if match else ""
    if not is_upper_line(tail):
        return None
    if post_of_unit(tail) and (authority_of(chain_above) or position_of(chain_above)):
        return tail
    wrapped = len(tail.split()) <= 3 and all(is_syllable(word) for word in tail.split())
    return tail if wrapped and post_of_unit(chain_above) and post_of_unit(f"{chain_above} {tail}") else None


def name_tail(text: str) -> str | None:
    """The signer's name at the end of a recipients' line, the signature column's last row beside it ("- Các đảng bộ
    trực thuộc, Trần Văn Nam", "- Lưu: VT. Tô Thị Hạnh"): a name after the line's last stop, its family name known.
    Asked only beside a signature column already seen (a chain's tail on a line above)."""
    match = _AFTER_LAST_STOP.search(text)
    name = signer_name(match.group("tail")) if match else None
    known = name and (name.split()[0] in _surnames() or name.startswith(_highland_name_starts()))
    return name if known and text.rstrip().endswith(name) else None


# A rank whose first word OCR misread ("Vướn tướng" for "Thượng tướng"): its last word is read right more often.
_MISREAD_RANK = re.compile(r"^\S+\s+(?:tướng|tá|úy|uý)\s+(?P<rest>.+)$")


def signer_name(text: str) -> str | None:
    """A signer's name: two to five capitalised words, after a rank if one is printed ("Đại tá Bùi Duy Hưng"), or
    after what OCR made of one when a family name follows ("Vướn tướng Nguyễn Văn Long")."""
    name = without_rank(text.strip(" .,"))
    # (a rank then only spaces, "Đại tá \t", has no word after it: no name)
    if not _name().match(name) and (misread := _MISREAD_RANK.match(name)) and (words := misread.group("rest").split()) \
            and words[0] in _surnames():
        name = misread.group("rest")
    return name if _name().match(name) else None


def name_in_capitals(text: str) -> str | None:
    """A signer's name printed in capitals ("TRẦN VĂN BÌNH"), as the name: three to five words, each a written
    syllable, a known family name first (two words in capitals are more often a place than a name: "HÀ NỘI", "LÂM
    ĐỒNG"; a position OCR misread under a seal is no name: "CHU TỊCH UBND TINH")."""

    words = without_rank(text.strip(" .,")).split()
    if 3 <= len(words) <= 5 and words[0].capitalize() in _surnames() and all(is_syllable(word.lower()) for word in words):
        return signer_name(" ".join(word.capitalize() for word in words))
    return None


# Two signature columns side by side (a joint document's bodies, each signing for itself): copied from a table, a line
# keeps the columns apart by a tab or a run of spaces; run together, the second column starts with a repeated prefix.
_COLUMN_GAP = re.compile(r"\t+| {3,}")


def _columns(block: Block) -> list[str]:
    """The columns of a line copied with its table's gaps ("TM. BAN THƯỜNG TRỰC …\tTM. BAN THƯỜNG VỤ …") or as a
    row of cells ("| TM. BAN THƯỜNG VỤ | KT. GIÁM ĐỐC SỞ NỘI VỤ |")."""
    if (cells := (block.text or "").strip()).startswith("|"):  # the cleaned text: a row parted by _chain_and_name_apart
        columns = [" ".join(part.split()) for part in cells.strip("|").split("|")]
        return columns if len(columns) > 1 else []
    row = block.orig.strip()
    if "\t" not in row and "   " not in row:  # a test in C first: most lines have no gap
        return []
    columns = [" ".join(normalise(part).split()) for part in _COLUMN_GAP.split(row) if part.strip()]
    return columns if len(columns) > 1 else []


def _signers_beside(columns: list[str]) -> bool:
    """Two cells or more of one row that are signature lines ("TM. …", a position, "BỘ TRƯỞNG BỘ NỘI VỤ")."""
    return len(columns) > 1 and sum(bool(_signature_line(column) or post_of_unit(column)) for column in columns) > 1


def _first_of_run_together(line: str) -> str:
    """The first signer's part of a chain line two columns ran into: up to the second "TM."/"KT." when the line
    repeats it, else up to the second position ("PHÓ CHỦ TỊCH CHỦ TỊCH")."""
    bare = strip_marks(line).lower()
    if len(bare) != len(line):
        return line
    found = [(m.start(), _prefix_spelt(m.group())) for m in _prefix_in_chain().finditer(bare)]
    repeated = next((start for i, (start, prefix) in enumerate(found) if prefix in {p for _, p in found[:i]}), None)
    positions = list(positions_pattern().finditer(bare))
    # a post after a comma or "kiêm" is the same signer's second ("BỘ TRƯỞNG, CHỦ NHIỆM"), not the next column's
    positions = [p for k, p in enumerate(positions) if not k or not JOINED_POST.fullmatch(bare[positions[k - 1].end() : p.start()])]
    if repeated is None and len(positions) > 1 and not found:
        repeated = positions[1].start()
    return line[:repeated].strip() if repeated else line


@cache
def _prefix_in_chain() -> re.Pattern[str]:
    spellings = "|".join(re.escape(spelling.lower()) for spelling in authority_spellings())
    words = "|".join(re.escape(strip_marks(word).lower()) for word in authority_words())  # "quyen": a line's first word
    return re.compile(rf"(?:^|(?<=\s))(?:{spellings})" + (rf"|^(?:{words})(?![a-z])" if words else ""))


def _prefix_spelt(spelling: str) -> str:
    return {strip_marks(k).lower(): v for k, v in [*authority_spellings().items(), *authority_words().items()]}[spelling]


def _two_names(text: str) -> tuple[str, str] | None:
    """Two signers' names run together ("Lê Thị Hoa Nguyễn Thị Mai"), parted where a family name starts the second,
    each name after its rank or degree if it prints one ("Đại tá Trần Văn Bình Đại tá Lê Văn Nam", "TS. Lê Thị Hoa
    ThS. Nguyễn Thị Mai": the names without them); None unless exactly one such cut gives two names."""
    words = text.split()
    parts = [(without_rank(" ".join(words[:i])), without_rank(" ".join(words[i:]))) for i in range(1, len(words))]
    cuts = [(first, second) for first, second in parts if second.split()[:1] and second.split()[0] in _surnames()
            and len(first.split()) > 1 and _name().match(first) and _name().match(second)]
    return cuts[0] if len(cuts) == 1 else None


def read_signer(blocks: list[Block], after: int, bodies: list[str] | None = None, seals: tuple[str, ...] = ()
                ) -> tuple[Signer, Block | None, list[Issue], list[CoSigner]]:
    """(signer, the block of the name, warnings, the co-signers). The signature block's capitalised lines are read as
    one chain (one line or several to a line, see ``signature_chain``), then the name. In a scan or a flattened table
    the recipients' column runs beside it: its lines, seals' smudges and "(đã ký)" are passed over. A joint document's
    other signature columns (side by side, run together, or one after the other) are its co-signers; ``bodies`` (the
    header's joint bodies) tells whom each signs for. A line under the position that names one of ``seals``
    (``seal_names``: the issuer the header names) is its seal's ring or an e-signature's caption, no part of the title."""
    # Not in the title's issuing-authority line ("BỘ TRƯỞNG BỘ NỘI VỤ"): the search starts with the body
    after = _body_start(blocks, after)
    blocks, start = _signature_lines_to_start(blocks, after)
    if start is None:
        if named := _name_beside_recipients(blocks, after):  # a scan that lost the position lines under the seal
            return Signer(name=signer_name(named.text or "")), named, [
                _warn("missing_signer_title", "the signature block shows only the signer's name: no TM./KT. line or "
                                              "position could be read", named)], []
        return Signer(), None, [_warn("missing_signer", "no signature block (TM./KT. line, position, name)")], []
    return _signer_at(blocks, start, bodies or [], seals=seals)


def seal_names(issuer: Issuer) -> tuple[str, ...]:
    """The issuer's name and its parent's, comparable (``_comparable``), which a seal or a signature's caption prints
    under the position lines; none for a joint document, whose signer's lines name the body each signs for."""
    if issuer.joint:
        return ()
    return tuple(_comparable(name, "issuer") for name in (issuer.name, issuer.parent) if name)


def _names_a_seal(text: str, seals: tuple[str, ...]) -> bool:
    """The whole line is one of ``seals``, or one with a place the others end with ("SỞ TÀI CHÍNH TỈNH LÂM ĐỒNG" under
    the header's "UBND TỈNH LÂM ĐỒNG" / "SỞ TÀI CHÍNH"), in capitals or not (a seal's small capitals)."""
    line = _comparable(text, "issuer")
    return any(line == seal or line.startswith(seal) and any(other.endswith(line[len(seal):]) for other in seals)
               for seal in seals)


def _signer_at(blocks: list[Block], start: int, bodies: list[str], ordinal: int = 1, seals: tuple[str, ...] = ()
               ) -> tuple[Signer, Block | None, list[Issue], list[CoSigner]]:
    """``read_signer`` from the signature block's first line, ``blocks[start]``: the ``ordinal``-th signer's column."""
    chain_lines: list[str] = []
    name, name_block = None, None
    beside: list[list[Block]] = []  # the other signers' columns, a list of lines each
    side_by_side = run_together = False
    issues = []
    untold = None  # why no position is taken where lines were printed
    glued = False  # a chain's line glued where no cut is safe: no position is taken
    chain_box = None  # the box of the chain's last line read
    block_at = blocks[start : start + 24]
    stamp_signers = _stamp_signers_over(blocks, start)  # persons a digital signature's stamp names ("Ký bởi: …")
    last = -1
    for last, block in enumerate(block_at):
        text = block.text or ""
        if side_by_side or _columns_start(block_at, last):
            side_by_side = True
            if cells := _signature_cells(block):
                text = cells[0]
                _add_to_columns(beside, block, cells[1:])
        elif text.startswith("|") and (cells := _signature_cells(block)) and all(_blank_or_seal(c) for c in cells[1:]):
            text = cells[0]  # a row of cells whose others are empty or a seal: the first cell's line
        if text and _signed_mark(text):
            if who := _stamp_signer(text):
                stamp_signers.append((who, block))
            continue
        if not text or _is_noise(block) or text.startswith("("):
            continue
        if RECIPIENTS.match(text):
            if tail := chain_tail(text):  # "Nơi nhận: TM. ỦY BAN NHÂN DÂN": a row of two columns
                chain_lines.append(tail)
            continue
        if text[:1] in "-+•–~" or (text.endswith((";", ",")) and not is_upper_line(text)):
            if tail := chain_tail(text) or (chain_lines and _post_of_unit_tail(text, chain_lines[-1])):
                chain_lines.append(tail)
            elif chain_lines and (found := name_tail(text)):  # the name on the row of a recipient
                name, name_block = found, block
                break
            continue  # the recipients' column beside the signature
        trimmed = _trim_noise(text.lstrip(_LEADING_SMUDGE))
        if chain_lines and _ranks_alone(trimmed):
            continue  # the signer's rank on a line of its own, over the name (joint columns' flattened: "Đại tá Đại tá")
        if seals and _positions_in(" ".join(chain_lines)) and _names_a_seal(trimmed, seals):
            continue  # the issuer's seal (or an e-signature's caption) under the position: the header names it already
        if block.prov.reader == "ocr" and (head := _kt_under_seal(trimmed, block, next(
                (b for b in block_at[last + 1 :] if (b.text or "").strip()), None))):
            issues.append(_warn("signer_authority_inferred", f"'{trimmed}' ends as a prefix OCR misread before '{head}' "
                                                             "(a seal over 'KT.'), over a line that ends as that post's "
                                                             "deputy: read as 'KT.'", block))
            chain_lines.append(f"KT. {head}")
            chain_box = block.prov.bbox
            continue
        small = not is_upper_line(trimmed) and _chain_line_in_small_letters(trimmed, bool(chain_lines))
        if small or is_upper_line(trimmed):
            exact = authority_of(trimmed.upper() if small else trimmed) or position_of(trimmed.upper() if small else trimmed)
            fuzzy = None if exact or _positions_in(trimmed) else fuzzy_position(trimmed)
            if not exact and not fuzzy and chain_lines and (found := name_in_capitals(trimmed)):
                name, name_block = found, block  # under the chain, the name printed in capitals
                break
            if not exact and not fuzzy and (block.prov.ocr_confidence or 100) < _UNSURE_LINE:
                continue  # a scan's smudged line ("`.PHỎ:CÚC TRƯỞNG"): better no position than a misread one
            if chain_lines and _apart_below(chain_box, block):
                continue  # a title line under the signature's space ("PHÓ CỤC TRƯỞNG …" over the name): not the chain's
            line = fuzzy.upper() if fuzzy else trimmed
            chain_box = block.prov.bbox
            if block.prov.reader == "ocr" and (misread := _misread_prefix(line)):
                untold = (f"'{line}' starts with '{misread}', OCR's reading of a prefix (a seal over 'KT.', 'TM.'): "
                          "whether its position is the signer's or the head's signed for cannot be told, none taken")
                glued = True
            if not side_by_side and _first_of_run_together(line) != line:
                run_together = True
            if run_together and (first := _first_of_run_together(line)) != line:
                _add_to_columns(beside, block, [line[len(first):].strip()])  # the rest is the next columns' (one or more)
                line = first
            if (parted := unglued_chain_line(line)) is None:
                untold = f"the body and the position are glued together in '{line}' and cannot be parted: none taken"
                glued = True
            chain_lines += parted or [line]
            continue
        if run_together:  # the names ran together too: the first, when the cut between them is sure
            names = _two_names(text.lstrip(_LEADING_SMUDGE))
            if names is None:
                issues.append(_warn("signer_name_unreadable", f"two signers' names run together in '{text}' (or one "
                                                              "name under two columns): not taken", block))
                break
            name, name_block = names[0], block
            _add_to_columns(beside, block, [names[1]])
            break
        if side_by_side and block.prov.reader == "pdf" and not _signature_cells(block) and signer_name(text):
            # a text PDF's columns are parted at their gutter, but a name alone on its row may stand under either
            issues.append(_warn("signer_name_unreadable", f"the name '{text}' stands alone under side-by-side signature "
                                                          "columns: whose it is cannot be told from the text", block))
            break
        if found := signer_name(text.lstrip(_LEADING_SMUDGE)):  # a seal's rule before it in a scan ("———— Nguyễn Minh")
            name, name_block = found, block
            break
        if block.prov.ocr_confidence is None or len(text) > 60:
            break  # a sentence: the block has ended
        if (lead := _LEADING_CAPITALS.match(text)) and _signature_line(lead.group().strip()):
            chain_lines.append(lead.group().strip())  # a scan: "PHO CHANH VAN PHONG/ZZ⁄ Ñ¿s ĐÀ", a seal's smudge after it
    if side_by_side:  # the other columns' lines under the first's name ("(Đã ký)", a name a row lower)
        for block in block_at[last + 1 : last + 4]:
            if len(cells := _signature_cells(block)) < 2:
                break
            _add_to_columns(beside, block, cells[1:])
    if name_block is not None and not side_by_side and not run_together and (
            names := _names_after(block_at, block_at.index(name_block))):
        chain_lines, flattened = _flattened_columns(chain_lines, names, beside)
        if not flattened:
            untold = (f"{1 + len(names)} signature columns flattened line by line ('{' / '.join(chain_lines)}'): whose "
                      "position each line is cannot be told, none taken")
            chain_lines = []
    chain = signature_chain([] if glued else chain_lines)
    if name is None and not side_by_side and not run_together and len({fold(who) for who, _ in stamp_signers}) == 1:
        name, name_block = stamp_signers[0]  # no name printed: the person the stamp names signed
    if name and name_block is not None and not _spelt_right(name_block, name):
        issues.append(_warn("signer_name_unreadable", f"OCR read the signer's name as '{name}', which is no Vietnamese "
                                                      f"spelling or was read unsure (a seal over it): not taken", name_block))
        name, name_block = None, None
    signer = Signer(name=name, title=chain.title, title_as_printed=chain.title_as_printed, authority=list(chain.authority),
                    signs_for=signs_for(chain_lines, bodies) or signs_for(_body_line_over(blocks, start, bodies), bodies))
    anchor = blocks[start]
    printed = normalise(chain.title_as_printed or "").upper()
    if printed and chain.title and not chain.title.upper().startswith(printed):
        issues.append(_warn("signer_title_misspelt", f"position printed '{chain.title_as_printed}', read as '{chain.title}'", anchor))
    if chain.inferred:
        issues.append(_warn("signer_title_inferred", f"no position printed under '{' '.join(chain_lines)}': "
                                                      f"a KT. signature is the deputy's, read as '{chain.title}'", anchor))
    if chain.kt_inferred:
        issues.append(_warn("signer_authority_inferred", f"no KT. line read under '{' '.join(chain_lines)}': a deputy "
                                                         f"({chain.title}) signs under TL. as KT. of the head", anchor))
    if chain.untold_by_marks:
        issues.append(_warn("signer_title_untold", f"position printed without tone marks '{chain.title_as_printed}' "
                                                   "spells posts told apart only by their marks: not read", anchor))
    elif signer.title is None:
        issues.append(_warn("missing_signer_title", untold or "the signature block gives no position (Chủ tịch, Giám "
                                                             "đốc …)", anchor))
    if signer.name is None:
        issues.append(_warn("missing_signer_name", "the signature block gives no signer's name", anchor))
    if not beside and name_block is not None and (following := _next_signature(blocks, max(start, blocks.index(name_block)))):
        beside = [blocks[following : following + 24]]  # a layout table's cells read one after the other
    co_signers: list[CoSigner] = []
    for column in beside:
        found, more = _co_signer(column, bodies, ordinal + 1 + len(co_signers))
        co_signers += more
        issues += found
    return signer, name_block, issues, co_signers


# A signature line's first word as a prefix is printed (one to three capitals and a stop: "KT.", "TM.", "TL.") that is no
# prefix: OCR's reading of one a seal or a smudge crossed ("KI. GIÁM ĐỐC" for "KT. GIÁM ĐỐC"). The position after a
# prefix is the head's signed for; taken as the signer's, it would be a confident wrong one.
_PREFIX_SHAPED = re.compile(rf"^(?P<word>[{CAPITAL_LETTERS}\d/]{{1,3}})[.,:]\s*(?=[{CAPITAL_LETTERS}])")


def _misread_prefix(line: str) -> str | None:
    """The first word of a signature line in capitals shaped as a prefix but no prefix (``_PREFIX_SHAPED``)."""
    if (found := _PREFIX_SHAPED.match(line)) and not authority_of(line):
        return found.group("word") + line[found.end("word")]
    return None


# a misread "KT." is one or two marks, not the end of a longer word ("TUO. CỤC TRƯỞNG" is "TUQ.": a unit's head signs)
_PREFIX_THEN_POST = re.compile(rf"(?<![{CAPITAL_LETTERS}\d/])(?P<prefix>[{CAPITAL_LETTERS}\d/]{{1,2}})[.,:] ?(?P<post>[{CAPITAL_LETTERS}]+(?: [{CAPITAL_LETTERS}]+)*)$")
_TRAILING_CAPITALS = re.compile(rf"[{CAPITAL_LETTERS}]+(?: [{CAPITAL_LETTERS}]+)*$")


def _kt_under_seal(line: str, block: Block, under: Block | None) -> str | None:
    """The head's post, as printed, of a chain's line that OCR read as a misread prefix before a post alone ("CT. CHỦ
    TỊCH", "„z£=-CT. CHỦ TỊCH": a seal's ring over "KT.") right over a line read as that post's deputy, whole or its
    start lost ("© :. ° Ũ TỊCH" for "PHÓ CHỦ TỊCH"); else None. The head's post printed again one line lower, after a
    word, is the deputy's under KT. (Nghị định 30/2020: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"); under TL. or TUQ. a unit's
    head signs ("CHÁNH VĂN PHÒNG"), whose post never ends as the head's. The end read must hold more than the post's
    last word, and what stands before it (as before the prefix) hardly a letter more than the deputy's lost start."""
    found = _PREFIX_THEN_POST.search(line)
    if (found is None or authority_of(found.group()) or sum(c.isalpha() for c in line[: found.start()]) > 2
            or _part_of_another_prefix(found.group("prefix"))):
        return None
    head = position_of(found.group("post"))
    deputy = deputy_of(head) if head else None
    if deputy is None or not fold(deputy).endswith(f" {fold(head)}") or under is None or _apart_below(block.prov.bbox, under):
        return None
    text = (under.text or "").strip()
    if not (end := _TRAILING_CAPITALS.search(text)):
        return None
    if position_of(end.group()) not in (None, deputy):
        return None  # a post read whole ("CỤC TRƯỞNG" under "TUQ. TỔNG CỤC TRƯỞNG"): the one who signs, not a deputy's end
    tail, whole = fold(end.group()), fold(deputy)
    lost = whole[: -len(tail)]
    if (whole.endswith(tail) and len(tail) > len(fold(head).split()[-1])
            and sum(c.isalpha() for c in text[: end.start()]) <= sum(c.isalpha() for c in lost) + 2):
        return found.group("post")
    return None


def _part_of_another_prefix(read: str) -> bool:
    """Whether a misread prefix's marks, two or more, are part of a prefix other than "KT." as printed
    (authority_prefixes.csv): "TU." is "TUQ." with its "Q" lost, under which a lower post signs for the head ("TUQ.
    CỤC TRƯỞNG" / "CHI CỤC TRƯỞNG"), no deputy."""
    return len(read) >= 2 and any(read in spelling for spelling, prefix in authority_spellings().items() if prefix != "KT.")


def _apart_below(box: tuple[float, float, float, float] | None, block: Block) -> bool:
    """Whether an OCR'd line stands below a chain's line ``box`` with more than one and a half lines' space between:
    the chain's lines follow each other closely, the signature's space parts them from what is printed under it."""
    under = block.prov.bbox
    if box is None or under is None or block.prov.reader != "ocr":
        return False
    return under[1] - box[3] > 1.5 * (box[3] - box[1])


def _names_after(blocks: list[Block], name_at: int) -> list[Block]:
    """The bare names right under a signer's name (past "(Đã ký)"): the other columns' names, their cells flattened one
    after the other."""
    names = []
    for block in blocks[name_at + 1 : name_at + 6]:
        text = block.text or ""
        if not text or _is_noise(block) or text.startswith("(") or _signed_mark(text):
            continue
        if not _known_name(text):
            break
        names.append(block)
    return names


def _flattened_columns(chain_lines: list[str], names: list[Block], beside: list[list[Block]]) -> tuple[list[str], bool]:
    """(the first column's chain lines, whether the columns could be told apart) of signature columns whose cells were
    flattened row by row (left cell, then right): when the lines are as many in each column, every n-th line is one
    column's; the other columns, each with its name, go to ``beside``."""
    count = 1 + len(names)
    if len(chain_lines) % count:
        for name in names:
            _add_to_columns(beside, name, [""] * (names.index(name)) + [name.text or ""])
        return chain_lines, False
    for row in range(len(chain_lines) // count):
        _add_to_columns(beside, names[0], chain_lines[row * count + 1 : (row + 1) * count])
    _add_to_columns(beside, names[0], [name.text or "" for name in names])
    return chain_lines[::count], True


def _signature_cells(block: Block) -> list[str]:
    """The cells of a signature row: a row of cells as copied ("| TM. … |  |": an empty cell kept), or the columns of a
    line copied with its table's gaps, "" first when the line starts with a gap (its first cell empty: "\t\tTrần Văn
    Bình"); [] for a line of one column."""
    columns = _columns(block) or ([(block.text or "").strip("| ")] if (block.text or "").startswith("|") else [])
    if _right_cell_only(block) and (columns or block.text):
        return ["", *(columns or [block.text or ""])]
    return columns


def _columns_start(rows: list[Block], i: int) -> bool:
    """Signature columns side by side from row ``i``: it and a row under it have as many cells, and among the rows from
    it two cells of one row hold signature lines ("TM. …" beside "KT. …"), or the first cell does and the others only
    a seal or nothing (a column whose signer signed by a seal alone)."""
    cells = _signature_cells(rows[i])
    if len(cells) < 2 or not any(len(_signature_cells(row)) == len(cells) for row in rows[i + 1 : i + 3]):
        return False
    return any(_signers_beside(c) or _signature_line(c[0]) and all(_blank_or_seal(x) for x in c[1:])
               for row in rows[i : i + 3] if len(c := _signature_cells(row)) == len(cells))


def _blank_or_seal(text: str) -> bool:
    return not text or text.startswith("(") or _signed_mark(text)


def _add_to_columns(columns: list[list[Block]], block: Block, texts: list[str]) -> None:
    """Each text, a line of the next column (the second, the third …), as a block of the row's place; an empty cell
    adds nothing to its column."""
    while len(columns) < len(texts):
        columns.append([])
    for column, text in zip(columns, texts):
        if text:
            column.append(block.model_copy(update={"text": text, "orig": text}))


def _right_cell_only(block: Block) -> bool:
    """A row copied with its table's gaps whose first cell is empty: the line starts with the gap."""
    return block.orig[:1] == "\t" or block.orig.startswith("   ")


# Co-signers' warnings: what their column lacks, and what was made of a position not printed whole
_CO_SIGNER_CODES = {"missing_signer_name": "co_signer_incomplete", "missing_signer_title": "co_signer_incomplete",
                    "signer_name_unreadable": "co_signer_incomplete"}


def _co_signer(column: list[Block], bodies: list[str], ordinal: int) -> tuple[list[Issue], list[CoSigner]]:
    """(warnings, the signers) of another signature column, read as the first one is (its own co-signers after it); a
    column that gives neither a position nor a name (a seal alone, an empty cell) gives none."""
    start = next((k for k, b in enumerate(column) if b.text and not _is_noise(b) and not b.text.startswith("(")
                  and not _signed_mark(b.text)), None)
    if start is None:
        return [], []
    signer, name_block, found, more = _signer_at(column, start, bodies, ordinal)
    if signer.name is None and signer.title is None:
        return [], []
    where = (name_block or column[start]).where()
    issues = [i.model_copy(update={"code": _CO_SIGNER_CODES.get(i.code, "co_signer_unsure"),
                                   "message": f"co-signer {ordinal}: {i.message}"}) if not i.code.startswith("co_signer")
              else i for i in found]
    return issues, [CoSigner(**signer.model_dump(), where=where), *more]


def _body_line_over(blocks: list[Block], start: int, bodies: list[str]) -> list[str]:
    """A joint document's body printed over its signer's chain, no prefix before it ("SỞ TÀI CHÍNH" / "GIÁM ĐỐC" /
    name, the columns one under the other): the line right over the chain's first, for whom the signer signs (the
    next columns' body lines open their chains already, _next_signature)."""
    over = [b.text or "" for b in blocks[max(0, start - 2) : start] if (b.text or "").strip()]
    if len(bodies) < 2 or not over or not (is_upper_line(over[-1]) and is_unit(over[-1])):
        return []
    # two bodies' lines in a row ("SỞ TÀI CHÍNH" / "SỞ Y TẾ" / "GIÁM ĐỐC" / "GIÁM ĐỐC"): the columns side by side read
    # row after row, whose body is whose the lines do not tell
    return [] if len(over) > 1 and is_upper_line(over[0]) and is_unit(over[0]) else [over[-1]]


def _next_signature(blocks: list[Block], name_at: int) -> int | None:
    """The index of another signature's first line right under a signer's name (past "(Đã ký)", a seal's smudge): a
    joint document's columns read one after the other; None when the signature block ends there."""
    for k in range(name_at + 1, min(name_at + 4, len(blocks))):
        text = blocks[k].text or ""
        if not text or _is_noise(blocks[k]) or text.startswith("(") or _signed_mark(text):
            continue
        text = _trim_noise(text)
        starts = authority_of(text) or (_signature_line(text) or post_of_unit(text)) and _name_next(blocks, k)
        if not starts and is_upper_line(text) and is_unit(text) and k + 1 < len(blocks):
            # the next column printed its body's line over its chain ("SỞ Y TẾ" / "GIÁM ĐỐC" / name)
            under = _trim_noise(blocks[k + 1].text or "")
            starts = authority_of(under) or (_signature_line(under) or post_of_unit(under)) and _name_next(blocks, k + 1)
        return k if starts and not RECIPIENTS.match(text) else None
    return None


_WORD = re.compile(r"\w+")


def signs_for(chain_lines: list[str], bodies: list[str]) -> str | None:
    """The body of a joint header (``bodies``, two or more) a signature's chain names: the one whose own words (words
    no other body has) and own pairs of words ("tỉnh ủy", where "tỉnh" and "ủy" are both in "Ủy ban nhân dân tỉnh") the
    chain says most, a capitals abbreviation counting when it is the initials of a run of its words ("LHPN": Liên hiệp
    Phụ nữ, "MTTQ"); None when none or two are named as much. An own word counts only beside another word of its body:
    "BAN" of "TM. BAN THƯỜNG VỤ" (a Party committee's organ) does not name "Ủy ban nhân dân"."""
    if len(bodies) < 2 or not chain_lines:
        return None
    sequence = _WORD.findall(fold(" ".join(chain_lines)))
    said = set(sequence)
    said_pairs = set(zip(sequence, sequence[1:]))
    words = [_WORD.findall(fold(body)) for body in bodies]
    pairs = [set(zip(own, own[1:])) for own in words]
    initials = ["".join(word[0] for word in own) for own in words]
    scores = []
    for k, own in enumerate(words):
        others = {w for j, other in enumerate(words) if j != k for w in other}
        other_pairs = set().union(*(pairs[j] for j in range(len(words)) if j != k))
        beside_its_own = {w for at, w in enumerate(sequence) if w in own and w not in others
                          and set(sequence[max(at - 1, 0):at] + sequence[at + 1:at + 2]) & set(own)}
        abbreviations = [w for w in said - set(own) - others  # "LHPN" in "Hội Liên hiệp Phụ nữ"'s initials only
                         if len(w) >= 3 and w in initials[k] and not any(w in initials[j] for j in range(len(words)) if j != k)]
        scores.append(len(beside_its_own) + len(said_pairs & (pairs[k] - other_pairs)) + sum(len(w) for w in abbreviations))
    best = max(scores)
    return bodies[scores.index(best)] if best and scores.count(best) == 1 else None


def _body_start(blocks: list[Block], after: int) -> int:
    return next((i for i in range(after, min(after + 12, len(blocks))) if _body_start_pattern().match(blocks[i].text or "")), after)


def _signature_start(blocks: list[Block], after: int, end: int | None = None) -> int | None:
    """The first line of the signature block: a chain line, or a position with its unit ("CHỦ TỊCH QUỐC HỘI") when a
    name is the next line (in the body such a line is a heading or a cell, never over a bare name). ``end``: the lines
    tested stop before it (the test of a line reads ``_NAME_NEXT_REACH`` lines under it)."""
    spellings = authority_spellings()
    for i in range(after, len(blocks) if end is None else end):
        text = blocks[i].text or ""
        if _in_small_letters(text) and not text[-1:].isupper() and text not in spellings:
            continue  # a sentence of the body: _trim_noise keeps it, and neither test below can take it
        text = _trim_noise(text)
        if (_signature_line(text) or post_of_unit(text) and _name_next(blocks, i)) and not _sentence_after_the_name(blocks, i):
            return i
        if _posts_run_together_over_names(blocks, i):
            return i
        if _post_wrapped_over(blocks, i):
            # a post over two lines is also a list's member in the body ("CHÁNH" / "VĂN PHÒNG" / "Lê Văn Cường" /
            # "chịu trách nhiệm …"): it opens the signature only with none below it (the later start is the signature)
            later = _signature_start(blocks, i + 2, end)
            return i if later is None else later
        if text.startswith("|") and (_signature_line(first := text.strip("| ").split(" | ")[0])
                                     or post_of_unit(first) and _name_next(blocks, i)):
            return i  # a row of cells whose first cell starts the signature ("| TM. ỦY BAN NHÂN DÂN |")
    return None


def _posts_run_together_over_names(blocks: list[Block], i: int) -> bool:
    """Whether line ``i`` is two joint signers' posts with their units run together, no prefix ("GIÁM ĐỐC SỞ Y TẾ GIÁM
    ĐỐC SỞ TÀI CHÍNH", "BỘ TRƯỞNG BỘ NỘI VỤ BỘ TRƯỞNG BỘ TÀI CHÍNH"), over their two names run together that part at
    one family name only (``_two_names``): the signature's first line, its columns' rows flattened."""
    text = blocks[i].text or ""
    if not is_upper_line(text) or (first := _first_of_run_together(text)) == text:
        return False
    if not (post_of_unit(first) and post_of_unit(text[len(first):].strip())):
        return False
    under = next((b.text for b in blocks[i + 1 : i + 4]
                  if b.text and not _is_noise(b) and not b.text.startswith("(") and not _ranks_alone(b.text)), "")
    return _two_names(under or "") is not None


def _ranks_alone(text: str) -> bool:
    """A line of ranks or degrees alone: one signer's ("Đại tá", "TS."), or two columns' run together ("Đại tá Đại tá")."""
    return is_rank(text) or is_rank(without_rank(text))


def _post_wrapped_over(blocks: list[Block], i: int) -> bool:
    """Whether line ``i`` opens a head's post printed in capitals over two lines, neither a post alone ("TRƯỞNG" /
    "ĐỒN", "GIÁM" / "ĐỐC"), a name right under them: the signature's first line, as the post on one line is."""
    if i + 1 >= len(blocks) or not is_upper_line(text := blocks[i].text or "") or len(text.split()) > 3:
        return False
    under = blocks[i + 1].text or ""
    if not (is_upper_line(under) and len(under.split()) <= 3 and bool(position_of(f"{text} {under}")) and _name_next(blocks, i + 1)):
        return False
    return not _sentence_after_the_name(blocks, i + 1)


def _sentence_after_the_name(blocks: list[Block], i: int) -> bool:
    """Whether the name under line ``i`` goes on as a sentence ("CHÁNH" / "VĂN PHÒNG" / "Lê Văn Cường" / "chịu trách
    nhiệm tổng hợp."): a member named in the body, no signer. A web copy's short "đã ký" or a site's words after the
    page (no stop, few words) are none."""
    name = next((k for k in range(i + 1, min(i + 5, len(blocks))) if signer_name(blocks[k].text or "") is not None), None)
    after_name = next((b.text for b in blocks[name + 1 : name + 3] if b.text and not _is_noise(b)), "") if name is not None else ""
    words = len(after_name.split())
    return after_name[:1].islower() and words >= 3 and (after_name.rstrip()[-1:] in ".,;:" or words >= 8)


def _signature_start_in_small_letters(blocks: list[Block], after: int) -> int | None:
    """The first line of a signature block printed in small letters or title case (a web copy's "tm. ủy ban nhân dân" /
    "Kt. Chủ Tịch"), for a document with no signature in capitals (``_signature_start``, which is preferred): a
    dotted prefix or a prefix's phrase opens it ("Ký thay Chủ tịch"; the spelled "Quyền", one word, opens a member's
    post in a list: "Quyền Giám đốc Sở Nội vụ"), with no comma (a post and a role: "…, Trưởng đoàn") and a position or
    a name on the next line (a wrapped sentence's "Tl. Chánh Văn phòng" / "ký ban hành." is none)."""
    prefixes = (*authority_spellings(), *(f"{words} " for words in authority_words() if " " in words))
    for i in range(after, len(blocks)):
        text = _trim_noise(blocks[i].text or "")
        if "," in text or not text.upper().startswith(prefixes) or not _chain_line_in_small_letters(text, False):
            continue
        following = next((b.text for b in blocks[i + 1 : i + 5] if b.text and not _is_noise(b)), "")
        if (_chain_line_in_small_letters(following, True) or _signature_line(following) or position_of(following)
                or signer_name(following) is not None):
            return i
    return None


# How far the signature's reading looks past a line: _name_next the 4 lines under a candidate first line; _signer_at
# the 24 lines from the first, then under its name (at most the 24th) 3 lines for another column's first line (and
# _name_next's 4 under that), and that column's 24 lines: 50 lines from the first in all.
_NAME_NEXT_REACH = 4
_SIGNATURE_REACH = 50
# _signature_lines_to_start makes the lines of this many blocks first, then settles them (``_settle_signature_lines``)
_SETTLE_EVERY = 32


def _signature_lines_to_start(blocks: list[Block], after: int) -> tuple[list[Block], int | None]:
    """``blocks[:after] + _signature_lines(blocks[after:])`` and its ``_signature_start``, the lines made only as far as
    the signature's reading goes past its first line (``_SIGNATURE_REACH``), all of them where none is found: a decision
    signs before the long plan it carries, whose lines would all be made for nothing. A line is tested only once no
    later line can change it or those the test reads under it."""
    lines = blocks[:after]  # made, and no later line can change them
    waiting: list[Block] = []  # made by _signature_lines' first two passes; a bare stamp's day may yet drop the last
    left: set[int] = set()  # the ids of the blocks no pass changes
    tested, start = after, None
    at, size = after, _SETTLE_EVERY
    while at < len(blocks):
        _first_signature_passes(blocks[at : at + size], waiting, left)
        at, size = at + size, size * 2  # twice as many each time: a few settlings even where the signature comes last
        _settle_signature_lines(lines, waiting, left)
        if start is None:  # the lines tested: those whose lines under them (_NAME_NEXT_REACH) are settled
            start = _signature_start(lines, tested, len(lines) - _NAME_NEXT_REACH)
            tested = max(tested, len(lines) - _NAME_NEXT_REACH)
        if start is not None and len(lines) >= start + _SIGNATURE_REACH and not _post_wrapped_over(lines, start):
            return lines, start
    _settle_signature_lines(lines, waiting, left, every=True)
    if start is None:
        start = _signature_start(lines, tested)
    elif _post_wrapped_over(lines, start):
        start = _signature_start(lines, start)  # a post over two lines only where no signature starts below it
    return lines, start if start is not None else _signature_start_in_small_letters(lines, after)


def _settle_signature_lines(lines: list[Block], waiting: list[Block], left: set[int], every: bool = False) -> None:
    """Move to ``lines`` (through ``_signature_lines``' last pass) the waiting lines no later line can change: those up
    to the last one that is no name (a bare stamp's day drops the line over it only when it is a name, and the line
    over that only once the name is dropped); ``every``: all of them (the blocks have ended)."""
    settled = len(waiting) if every else next((k + 1 for k in range(len(waiting) - 1, -1, -1)
                                               if _no_name(waiting[k].text or "")), 0)
    lines.extend(piece for block in waiting[:settled]
                 for piece in ((block,) if id(block) in left else _chain_and_name_apart([block])))
    del waiting[:settled]


def _no_name(text: str) -> bool:
    """``signer_name(text) is None``, told first by the words a name can have at most (a paragraph has more)."""
    return len(text.strip(" .,").split()) > _most_words_of_a_signed_name() or signer_name(text) is None


@cache
def _most_words_of_a_signed_name() -> int:
    """The most words (``str.split``) of a text ``signer_name`` reads a name in, " .," stripped: six name words, each
    perhaps parted after its apostrophe ("H' Yim"), and the space a Highland opening may have after it (``_name``); a
    misread rank's two words (``_MISREAD_RANK``); three ranks or degrees (``without_rank``), each of its own words."""
    return 6 * 2 + 1 + 2 + 3 * max(len(rank.split()) for rank in rank_prefixes())


_CHAIN_LINE_WORDS = 10  # a signature's chain line in small letters is short: "tm. ủy ban nhân dân tỉnh …"


def _chain_line_in_small_letters(text: str, chain_started: bool) -> bool:
    """A signature block's line printed in small letters or title case, as a web copy may ("tm. ủy ban nhân dân" / "kt.
    chủ tịch" / "phó chủ tịch", "Kt. Chủ Tịch"): in capitals, a prefix's line ("TM. …"), or once the chain has
    started, a position's. A short line with no sentence's end; a position alone is a body's words ("chủ tịch") unless
    a prefix's line opened the chain."""
    if len(text.split()) > _CHAIN_LINE_WORDS or text.endswith((".", ",", ";", ":")) or is_upper_line(text):
        return False
    return signature_line_in_any_case(text, bare_post=chain_started)


def _in_small_letters(text: str) -> bool:
    """A line whose start is not in capitals: no noise trimmed (its first two characters are not all capitals) and no
    position with its unit (is_upper_line's first test fails on its first six)."""
    head = text[:6]
    return not text[:2].isupper() and head != head.upper()


def _name_next(blocks: list[Block], i: int) -> bool:
    """A name under line ``i``, past other signature lines (the next column's, its cells flattened one after the
    other: "GIÁM ĐỐC SỞ Y TẾ" / "GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH" / "Nguyễn Văn An"); in a row of cells, the first's."""
    for block in blocks[i + 1 : i + 5]:
        if not block.text or _is_noise(block) or block.text.startswith("("):
            continue
        text = block.text.strip("| ").split(" | ")[0]
        if signer_name(text) is not None:
            return True
        if not (_signature_line(text) or post_of_unit(text) or is_unit(text)):
            return False  # a line of neither the chain nor its unit ("GIÁM ĐỐC" / "SỞ Y TẾ" / "Nguyễn Văn An")
    return False


def _name_beside_recipients(blocks: list[Block], after: int) -> Block | None:
    """The one line among the closing's "Nơi nhận" column that is a person's bare name (a family name and two to four
    capitalised words, no dash before it): the signer's, its column read with the recipients' in a scan."""
    closing = next((i for i in range(len(blocks) - 1, after - 1, -1) if RECIPIENTS.match(blocks[i].text or "")), None)
    if closing is None:
        return None
    surnames = _surnames()
    names = [b for b in blocks[closing + 1 : closing + 40]
             if not _is_noise(b) and (b.prov.ocr_confidence or 100) >= _UNSURE_LINE and (name := signer_name(b.text or ""))
             and name.split()[0] in surnames and _spelt_right(b, name)]
    return names[0] if len(names) == 1 else None


def _spelt_right(block: Block, name: str) -> bool:
    """A name read by OCR is taken only when each of its words is a written Vietnamese syllable that OCR read with
    confidence: a seal over it gives "Hzăng Văn Thuân", or a real name that is not the printed one ("Hương" read
    "Hưng", unsure, the seal's ring across the "ơ"); printed text is taken as printed."""
    if block.prov.reader != "ocr":
        return True

    unsure = set(block.prov.ocr_unsure)
    return all(is_syllable(word) and word not in unsure for word in name.split())


@cache
def _surnames() -> frozenset[str]:
    return frozenset(json_data("task_tables.json")["surnames"])


@cache
def _surnames_folded_alone() -> frozenset[str]:
    """The family names that tell a name without marks, or a misread one, by their letters alone: task_tables.json
    surnames less surnames_with_marks_only ("Giàng" folds as "Giang", "Lường" as "Lương")."""
    tables = json_data("task_tables.json")
    return frozenset(tables["surnames"]) - frozenset(tables["surnames_with_marks_only"])


# The words in capitals a line starts with, up to the first character that is no letter or space.
_LEADING_CAPITALS = re.compile(r"^(?:[^\W\d_a-zđ]+\.? ?)+(?=[^\w\s]|\s|$)")


_LEADING_SMUDGE = "_—–`'\".:|*~ "  # what a seal or a rule leaves before a signature line in a scan ("_—— GIÁM ĐÓC")
_UNSURE_LINE = 60  # mean OCR confidence under which a signature line that is no clean position is passed over


def _trim_noise(text: str) -> str:
    """A signature line without what a seal or a signature left after it in a scan: "KT. GIÁM ĐÓC ở ƒ :" (short
    tokens that are not words in capitals)."""
    if not text[:2].isupper() or (not authority_of(text) and not is_upper_line(text.split(" ")[0])):
        return text
    words = text.split(" ")
    while len(words) > 1 and len(words[-1]) <= 2 and not (words[-1].isalpha() and words[-1].isupper()):
        words.pop()
    return " ".join(words)


def _positions_in(text: str) -> bool:
    return bool(positions_pattern().search(strip_marks(text).lower()))


# ---------------------------------------------------------------------------------------------------
# A scan's signature block read again on its own

_NAME_ISSUES = ("missing_signer_name", "signer_name_unreadable")
_POSITION_ISSUES = ("missing_signer_title", "signer_title_misspelt", "signer_title_inferred", "signer_authority_inferred")
_COLUMN_LINE = re.compile(r"^(?:[-+•–]|Nơi nhận)", re.IGNORECASE)  # a line of the recipients' column


def _any_ocr_line(blocks: list[Block]) -> bool:
    return any(b.prov.reader == "ocr" for b in blocks)


def signature_region(body: list[Block], after: int, whole_width: bool = False
                     ) -> tuple[int, tuple[float, float, float, float]] | None:
    """(page, box) of a scanned signature block: the right column of the closing, from the top of the closing (the
    lines above its first capitals line, or above "Nơi nhận", up to the body's last full line) down some twenty lines,
    right of the recipients' column; ``whole_width``: from the text's left edge (a joint document's columns side by
    side). None when the closing was not OCR'd."""
    if not _any_ocr_line(body[after:]):
        return None  # the anchor below is one of these lines, and only an OCR'd one gives a region: spare the search
    after = _body_start(body, after)
    start = _signature_start(body, after)
    if start is None:
        start = _signature_start_in_small_letters(body, after)
    if start is None:
        start = next((i for i in range(after, len(body)) if RECIPIENTS.match(body[i].text or "")), None)
    if start is None:
        start = next((i for i in range(len(body) - 1, after - 1, -1) if (body[i].text or "").rstrip().endswith("./.")), None)
    anchor = body[start] if start is not None else None
    if anchor is None or anchor.prov.reader != "ocr" or anchor.prov.bbox is None or anchor.prov.page is None:
        return None
    page = [b for b in body if b.prov.page == anchor.prov.page and b.prov.bbox and (b.prov.ocr_confidence or 0) >= _UNSURE_LINE]
    if not page:
        return None
    line = sorted(b.prov.bbox[3] - b.prov.bbox[1] for b in page)[len(page) // 2]  # points in a PDF, pixels in an image
    left, right = min(b.prov.bbox[0] for b in page), max(b.prov.bbox[2] for b in page)
    top = anchor.prov.bbox[1]
    for block in reversed(body[max(after, start - 30) : start]):  # up the closing's lines to the body's last full line
        box = block.prov.bbox
        if block.prov.page != anchor.prov.page or box is None:
            break
        top = min(top, box[1])
        if (box[2] - box[0] > 0.7 * (right - left) and (block.prov.ocr_confidence or 0) >= _UNSURE_LINE
                and not _COLUMN_LINE.match(block.text or "")):
            break
    top -= line
    # a recipients' line that runs across the whole text width is the two columns read as one row: its end is the signature's
    column = [b.prov.bbox[2] for b in page if _COLUMN_LINE.match(b.text or "") and top <= b.prov.bbox[1] <= top + 20 * line
              and b.prov.bbox[2] - b.prov.bbox[0] < 0.7 * (right - left)]
    x0 = min(max(max(column, default=0) + line / 3, left + 0.35 * (right - left)), left + 0.6 * (right - left))
    if whole_width:
        x0 = max(0.0, left - line)
    return anchor.prov.page, (x0, top, right + 3 * line, top + 20 * line)


def _line_lost_in_chain(blocks: list[Block]) -> bool:
    """Whether a line of capitals that OCR could not read (a seal over it) lies around the chain read from a signature
    column, above the name, or a position line starts with what OCR made of a prefix: the lost part may be the position
    that signs ("PHÓ CHỦ TỊCH" under "KT. CHỦ TỊCH") or the "KT." that makes the next line the signer's, and a chain
    without it would be a confident wrong position. A chain ends with the position that signs, under the line of a prefix
    ("KT. TỔ TRƯỞNG" / "PHÓ TỔ TRƯỞNG …"): what the seal hides below it (a second title line) changes nothing; above
    it, only a line as close as the block's own lines can be part of it (not the body's last line, smudged)."""
    prefixed = started = False
    for k, block in enumerate(blocks):
        text = block.text or ""
        if signer_name(text.lstrip(_LEADING_SMUDGE)):
            break
        trimmed = _trim_noise(text.lstrip(_LEADING_SMUDGE))
        if block.prov.reader == "ocr" and k + 1 < len(blocks) and _kt_under_seal(trimmed, block, blocks[k + 1]):
            return False  # "CT. CHỦ TỊCH" over "… Ũ TỊCH": what the seal hid is told (_signer_at reads it)
        position = _position_in(trimmed)
        prefix = authority_of(trimmed)
        if position and position.start() > 0 and not prefix:
            return True  # something before the position that is no prefix: OCR's reading of one ("7. CHỦ TỊCH" for "KT.")
        if prefix and prefix != "TM." and not positions_pattern().search(strip_marks(trimmed).lower()):
            return True  # the head signed for is cut ("KT. CHỦ TỊ'"): the KT. would not be read (only TM. names a body)
        if position and prefixed and not prefix:
            return False  # the chain is whole
        prefixed = prefixed or bool(position and prefix)
        started = started or bool(position)
        letters = [c for c in text if c.isalpha()]
        if (len(letters) >= 3 and sum(c.isupper() for c in letters) > len(letters) / 2
                and (block.prov.ocr_confidence or 0) < _UNSURE_LINE and not _signature_line(_trim_noise(text))
                and (started or k + 1 < len(blocks) and _close_to_next(blocks, k)
                     and _position_in(_trim_noise((blocks[k + 1].text or "").lstrip(_LEADING_SMUDGE))))):
            return True
    return False


def _post_end_twice(blocks: list[Block], head: str) -> bool:
    """Whether two lines over the name of a signature column read alone end as ``head``'s post ends ("= CHỦ TỊCH" over
    "r4 ^N SH@ ỒN TỊCH"): the head's post printed again as the end of its deputy's, under a "KT." the seal hid. A
    seal's lettering under a head who signs alone ("GIÁM ĐỐC") does not end so."""
    last = fold(head).split()[-1]
    ends = 0
    for block in blocks:
        text = _trim_noise((block.text or "").lstrip(_LEADING_SMUDGE))
        if signer_name(text):
            break
        ends += bool(text) and fold(text).split()[-1:] == [last]
    return ends >= 2


def _position_in(text: str) -> re.Match[str] | None:
    """Where a position ("chủ tịch", "tổ trưởng" …) is in a line in capitals."""
    return positions_pattern().search(strip_marks(text).lower()) if text[-1:].isupper() else None


def _close_to_next(blocks: list[Block], k: int) -> bool:
    """Whether the line after ``k`` starts within a line's height of its end: lines of one block, not a gap between two."""
    box, after = blocks[k].prov.bbox, blocks[k + 1].prov.bbox
    return box is None or after is None or after[1] - box[3] < box[3] - box[1]


def _name_alone(blocks: list[Block]) -> Block | None:
    """The one line of a signature column read alone that is a person's name (a family name first, every word a
    Vietnamese syllable, read with confidence)."""
    names = [b for b in blocks if (b.prov.ocr_confidence or 0) >= _UNSURE_LINE and (name := _name_of_column_line(b.text or ""))
             and name.split()[0] in _surnames() and _spelt_right(b, name)]
    return names[0] if len(names) == 1 else None


def _name_by_its_family_name(blocks: list[Block]) -> tuple[Block, str] | None:
    """The one line of a signature column read alone that is a name whose family name a seal's ring over its tone mark
    left misread or unsure ("Hoằng Chí Hiền", "Hoàng" unsure; realdocs2 114), with the name: its letters are those of
    one known family name only (no two of ``_surnames_folded_alone`` fold alike), which is taken; its given names are
    Vietnamese syllables read with confidence."""
    found = []
    for block in blocks:
        if (block.prov.ocr_confidence or 0) < _UNSURE_LINE or not (name := _name_of_column_line(block.text or "")):
            continue
        family, *given = name.split()
        known = [surname for surname in _surnames_folded_alone() if fold(surname) == fold(family)]
        if len(known) == 1 and given and _spelt_right(block, " ".join(given)):
            found.append((block, " ".join([known[0], *given])))
    return found[0] if len(found) == 1 else None


def _name_of_column_line(text: str) -> str | None:
    """A line of a signature column read alone as a name, past what a seal or a signature's stroke left before it; in
    the column alone a dash before it is a stroke's tip ("- Hoàng Chí Hiền", "= Hoàng Văn Thuân"), no recipient's line."""
    return signer_name(text.lstrip(_LEADING_SMUDGE + "-="))


def page_turned(doc: Document, page: int) -> int:
    """Degrees OCR turned scanned page ``page`` to read it upright (``Provenance.turned``): a part of it read again is
    cropped from the page turned alike, as its blocks' boxes are measured."""
    return next((b.prov.turned for b in doc.blocks if b.prov.page == page and b.prov.turned), 0)


def _column_reading(doc: Document, page: int, box: tuple[float, float, float, float], bodies: list[str],
                    alone: bool = True
                    ) -> tuple[tuple[str, Block] | None, tuple[Signer, list[Issue]] | None, list[list[Block]]]:
    """One signature column read alone from the page image: (its name and the name's line, its chain's signer and
    warnings, the readings that show a line of the chain lost under the seal), each from the first reading (mode, ink)
    that gives it; a name OCR cannot spell, a name the readings give differently (a seal's ring across a letter:
    "Hương" in one, "Hưng" in another), or a chain that may have lost a line under the seal, is not taken.
    A column ``alone`` (no other signer's column right of it) with a line read well that reaches the crop's right edge
    is read again from a crop twice as wide to the right: the crop ends a little right of the lines the page read gave,
    and a column that stands out past them, its lines lost in the page read, is cut there ("KT. CHỦ TỊC",
    "Nguyễn Văn Th")."""
    found, cut = _reading_of_crop(doc, page, box, bodies)
    if alone and cut:
        return _reading_of_crop(doc, page, (box[0], box[1], box[2] + box[2] - box[0], box[3]), bodies)[0]
    return found


def _reading_of_crop(doc: Document, page: int, box: tuple[float, float, float, float], bodies: list[str]):
    """``_column_reading``'s three values from one crop, and whether a line read well reached its right edge."""
    from parsers.ocr import read_region  # OCR only for a scan whose signature was not read

    from .clean import normalise_block

    name = None
    lost: list[list[Block]] = []
    names: set[str] = set()
    cut = False
    chains: list[tuple[Signer, list[Issue]]] = []
    read_as: set[tuple[str, ...]] = set()  # the words of each reading's name line, its family name however spelt
    for blocks in read_region(doc.origin.path, page, box, page_turned(doc, page)):
        blocks = [normalise_block(b) for b in blocks]
        cut = cut or any((b.prov.ocr_confidence or 0) >= _UNSURE_LINE and _at_edge(b, box, "right") for b in blocks)
        if shaped := [found for b in blocks if (found := _name_of_column_line(b.text or ""))]:
            read_as.add(tuple(shaped[-1].split()))
        again, name_block, found, _ = read_signer(blocks, 0, bodies)
        if again.name is None and (alone := _name_alone(blocks)):  # the position lines lost under the seal
            again, name_block = again.model_copy(update={"name": _name_of_column_line(alone.text)}), alone
        elif again.name is None and (by_family := _name_by_its_family_name(blocks)):
            name_block, found_name = by_family
            again = again.model_copy(update={"name": found_name})
        # not a seal's smudge read as letters, nor a name the crop's edge cut ("Lê Thị Mai Hi" for "… Hương")
        if again.name and again.name.split()[0] in _surnames() and not _at_edge(name_block, box):
            names.add(again.name)
            name = name or (again.name, name_block)  # else another reading may give it
        if _line_lost_in_chain(blocks):
            lost.append(blocks)
        elif again.title:
            chains.append((again, found))
    # a reading whose family name the seal garbled (or a smudge before it read as a word) still tells the given names:
    # "Hoăng Văn Thuân" against "Hoàng Văn Thuần" leaves the tone of "Thuân" unknown
    given = tuple(next(iter(names)).split()[1:]) if len(names) == 1 else None
    agreed = given is not None and all(words[-len(given):] == given for words in read_as)
    return (name if agreed else None, _agreed_chain(chains), lost), cut


def _agreed_chain(chains: list[tuple[Signer, list[Issue]]]) -> tuple[Signer, list[Issue]] | None:
    """Of the chains a signature column's readings give, the fullest, where every other is it with lines lost under
    the seal (the first reading's that gives it, with its warnings): a prefix's line lost ("CHỦ TỊCH" against "TM. ỦY
    BAN NHÂN DÂN" / "CHỦ TỊCH"), or a head's post alone against its deputy's chain under KT. ("CHỦ TỊCH" against "KT.
    CHỦ TỊCH" / "PHÓ CHỦ TỊCH": the KT. and the deputy's line lost, a skewed photo). Readings that give other chains
    give none: either would be a guess."""
    return next((chain for chain in chains if all(_part_of_chain(again, chain[0]) for again, _ in chains)), None)


def _part_of_chain(part: Signer, whole: Signer) -> bool:
    """Whether the chain ``part`` is ``whole`` with some of its lines lost: its post under fewer of its prefixes, or,
    under its last prefix "KT.", the head's post signed for (the KT. and the deputy's line lost). A prefix of one
    letter ("Q. GIÁM ĐỐC") is not taken from one reading only: a stroke's tip before the post may read so."""
    if part.title == whole.title:
        lacking = [prefix for prefix in whole.authority if prefix not in part.authority]
        return _within(part.authority, whole.authority) and all(len(prefix.rstrip(".")) > 1 for prefix in lacking)
    return (whole.authority[-1:] == ["KT."] and part.title is not None and deputy_of(part.title) == whole.title
            and _within(part.authority, whole.authority[:-1]))


def _within(some: list[str], every: list[str]) -> bool:
    """Whether ``some`` are among ``every`` in the same order (the prefixes a reading kept of a chain's)."""
    rest = iter(every)
    return all(prefix in rest for prefix in some)


def _at_edge(block: Block | None, box: tuple[float, float, float, float], side: str = "") -> bool:
    """Whether a line read from a crop of the page (``box``) reaches the crop's left or right edge (``side``: that one
    only), within half its height: its words may go on past it (a signature column wider than the text's lines that
    placed the crop)."""
    line = block.prov.bbox if block is not None else None
    if line is None:
        return False
    near = (line[3] - line[1]) / 2
    return side != "right" and line[0] < box[0] + near or side != "left" and line[2] > box[2] - near


def _not_read_again(what: str, missing: SourceMissing) -> Issue:
    """The warning of a scan's part that needed reading again alone from its page image, whose file is gone."""
    return Issue(code="source_file_missing", where={"path": missing.path},
                 message=f"the {what}, unclear in the page read whole, could not be read again from the page image: "
                         f"{missing.path}: {missing.reason}; kept as first read")


def reread_signer(doc: Document, body: list[Block], reading: Reading
                  ) -> tuple[Signer, FieldSource | None, set[str], list[Issue], list[CoSigner] | None] | None:
    """A scan whose signer has no name or no position read: its signature block read again from the page image, alone
    (costly: only then). What that gives fills what is missing: (signer, the name's source if the name was filled, the
    codes of the first reading's warnings it resolves or restates, its own warnings, the co-signers when they changed);
    when it fills nothing, the warnings of what is missing are restated with the page and the box read again; None when
    there are none. A name OCR cannot spell is still not taken. A joint document's closing is read column by column
    (``_reread_columns``)."""
    signer = reading.meta.signer
    after = (reading.layout.heading or 0) + 1
    if (count := _signature_column_count(body, reading)) > 1:
        return _reread_columns(doc, body, reading, count)
    if signer.name and signer.title or (region := signature_region(body, after)) is None:
        return None
    page, box = region
    name, chain, lost = _column_reading(doc, page, box, [])
    where = {"page": page, "bbox": [round(v, 1) for v in box]}
    doubts = []
    if (signer.title and not signer.authority and deputy_of(signer.title)
            and (any(_post_end_twice(blocks, signer.title) for blocks in lost) or chain and chain[0].title != signer.title)):
        # "CHỦ TỊCH" alone in the page, its end again on a line lost under it in the column or another chain read there: "KT. CHỦ TỊCH"
        # / "PHÓ CHỦ TỊCH" under a seal that hid the prefix and the deputy's line; the head's post would be a
        # confident wrong position (the column's whole chain, where there is one, fills it below)
        doubts.append(Issue(code="missing_signer_title", where=where, message=(
            f"the page read the position '{signer.title_as_printed or signer.title}' alone, but the signature block read "
            f"again alone shows a line lost under it that ends as it does, under a seal (a 'KT.' and the deputy's post?): not taken")))
        signer = signer.model_copy(update={"title": None, "title_as_printed": None})
    filled, source = [], None
    if signer.name is None and name:
        signer = signer.model_copy(update={"name": name[0]})
        source = _read_again_source(name[1], page)
        filled.append("name")
    if signer.title is None and chain:
        signer = signer.model_copy(update={"title": chain[0].title, "title_as_printed": chain[0].title_as_printed,
                                           "authority": chain[0].authority})
        filled.append("position")
        doubts = []
    if not filled:  # what is still missing is said where a person can look at it
        unread = [i for i in reading.issues if i.code in ("missing_signer", *_NAME_ISSUES, _POSITION_ISSUES[0])]
        if not unread and not doubts:
            return None
        return signer, None, {i.code for i in unread}, [
            i.model_copy(update={"where": {**(i.where or {}), **where},
                                 "message": f"{i.message}; read again alone from the page image, it is unreadable there too "
                                            f"(a seal or a signature over it)"}) for i in unread] + doubts, None
    issues = [Issue(code="signature_read_again", where=where,
                    message=f"the signature block, unclear in the page read whole, was read again alone: its "
                            f"{' and '.join(filled)} from there")]
    if "position" in filled:  # what the chain's reading said of the position (inferred, misspelt)
        issues += [i.model_copy(update={"where": where}) for i in chain[1] if i.code in _POSITION_ISSUES[1:]]
    issues += doubts
    resolved = {"missing_signer", *(_NAME_ISSUES if "name" in filled else ()), *(_POSITION_ISSUES if "position" in filled else ())}
    if any(i.code == "missing_signer" for i in reading.issues):  # no block was found at all: say what is still missing
        if signer.title is None:
            issues.append(Issue(code="missing_signer_title", where=where, message="the signature block read again gives no position"))
        if signer.name is None:
            issues.append(Issue(code="missing_signer_name", where=where, message="the signature block read again gives no "
                                                                                 "name OCR can spell"))
    return signer, source, resolved, issues, None


# A mark no word of a title holds inside it or before it: OCR's reading of a letter or of a speck ("!NDN" for "TNDN",
# "QUYẾT: ĐỊNH"); a title's own punctuation (commas, a semicolon, quotes, brackets, a symbol's "/" and "-") is not.
_STRAY_MARK = re.compile(r"[^\w\s,;.()“”\"'/%&–-]")
_TITLE_PAD = 3.0  # points round the title's lines: a capital's tone mark stands above the line's box


def _doubtful(word: str) -> bool:
    """A word of an OCR'd title that may be misread: a stray mark in it, or letters that are no Vietnamese syllable."""
    return bool(_STRAY_MARK.search(word)) or _garbled(word) > 0


def _word_key(word: str) -> str:
    return fold(re.sub(r"[\W_]", "", word))


def _title_box(layout: Layout, first: Block, title: str) -> tuple[int, tuple[float, float, float, float]] | None:
    """The page and the box of an OCR'd title's lines: its first block and the ones under it until they hold as many
    characters as the title (a margin line beside them left out)."""
    if first.prov.bbox is None or first.prov.page is None:
        return None
    start = next((i for i, b in enumerate(layout.blocks) if b is first), None)
    if start is None:
        return None
    box, above, held = list(first.prov.bbox), first, len(first.text or "")
    for block in layout.blocks[start + 1 : start + 6]:
        if held >= len(title):
            break
        if block.prov.bbox is None or block.prov.page != first.prov.page or _beside_the_title(block, above):
            continue
        box = [min(box[0], block.prov.bbox[0]), min(box[1], block.prov.bbox[1]), max(box[2], block.prov.bbox[2]),
               max(box[3], block.prov.bbox[3])]
        above, held = block, held + 1 + len(block.text or "")
    return first.prov.page, (box[0] - _TITLE_PAD, box[1] - _TITLE_PAD, box[2] + _TITLE_PAD, box[3] + _TITLE_PAD)


def _aligned_words(words: list[str], reading: list[str]) -> dict[int, str]:
    """For each word of the title, the word of another reading in its place (same letters folded, or one of a run of
    as many words read otherwise); a word the other reading lost or split has none."""
    from difflib import SequenceMatcher

    pairs: dict[int, str] = {}
    matcher = SequenceMatcher(None, [_word_key(w) for w in words], [_word_key(w) for w in reading], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("equal", "replace") and i2 - i1 == j2 - j1:
            pairs.update({i1 + k: reading[j1 + k] for k in range(i2 - i1)})
    return pairs


def reread_title(doc: Document, reading: Reading) -> tuple[str, list[Issue]] | None:
    """An OCR'd title with a doubtful word (a stray mark, letters that are no syllable) read again from the page image:
    its lines cropped alone (``parsers.ocr.read_region``: a higher resolution, two page segmentation modes, a seal's
    ink left out). A doubtful word is replaced where every reading that reads it as a word that is not doubtful reads
    the same; where they read it differently, the title is kept as read, with a warning that points at the crop. None
    when there is nothing to read again or nothing to say."""
    title, first = reading.meta.title, reading.found_in.get("title")
    if not title or first is None or first.prov.reader != "ocr" or not doc.origin.path:
        return None
    words = title.split(" ")
    doubtful = [i for i, word in enumerate(words) if _doubtful(word)]
    if not doubtful or (region := _title_box(reading.layout, first, title)) is None:
        return None
    from parsers.ocr import TITLE_ZOOMS, read_region  # OCR only for a scan whose title reads badly

    from .clean import normalise_block

    page, box = region
    readings = [" ".join(normalise_block(b).text or "" for b in blocks).split() for blocks in read_region(doc.origin.path, page, box, page_turned(doc, page), TITLE_ZOOMS)]
    aligned = [_aligned_words(words, reading) for reading in readings]
    replaced, unsure = {}, []
    for i in doubtful:
        others = {pairs[i] for pairs in aligned if i in pairs}
        clean = {word for word in others if not _doubtful(word)}
        if len(clean) == 1:
            replaced[i] = clean.pop()
        elif others - {words[i]}:
            unsure.append(words[i])
    where = {"page": page, "bbox": [round(v, 1) for v in box]}
    issues = []
    if replaced:
        issues.append(Issue(code="title_read_again", where=where, message="the OCR'd title's words " + ", ".join(
            f"'{words[i]}'" for i in replaced) + " were read again from its lines alone: " + ", ".join(
            f"'{word}'" for word in replaced.values())))
    if unsure:
        issues.append(Issue(code="title_unsure", where=where, message="the OCR'd title's words " + ", ".join(
            f"'{word}'" for word in unsure) + " read otherwise each time its lines are read again: kept as first read"))
    if not issues:
        return None
    return " ".join(replaced.get(i, word) for i, word in enumerate(words)), issues


# An acronym of an OCR'd title with one glyph read as a mark ("!NDN"): the mark, the capitals or figures round it.
_MARKED_ACRONYM = re.compile(r"^(?P<before>[A-ZĐ0-9]*)(?P<mark>[^\w\s])(?P<after>[A-ZĐ0-9]*)$")
_ACRONYMS_IN_BODY = 2  # times the body prints the one acronym that fills the mark


def acronyms_from_body(doc: Document, title: str | None, first: Block | None) -> tuple[str, list[Issue]] | None:
    """An OCR'd title's acronym with a glyph read as a mark ("chính sách thuế !NDN"), when reading its lines again did
    not mend it: the one acronym of that length the body prints with the same letters round the mark, printed there at
    least twice ("thuế TNDN" in the letter's paragraphs). Two such acronyms, or one printed once, leave it as read."""
    if not title or first is None or first.prov.reader != "ocr":
        return None
    words = title.split(" ")
    marked = {i: m for i, w in enumerate(words) if (m := _MARKED_ACRONYM.match(w.strip(",;.()"))) and len(w.strip(",;.()")) >= 3
              and _STRAY_MARK.match(m.group("mark"))}
    if not marked:
        return None
    counts = Counter(token for b in doc.body() for token in re.findall(r"(?<!\w)[A-ZĐ0-9]{3,}(?!\w)", b.text or ""))
    replaced = {}
    for i, match in marked.items():
        before, after = match.group("before"), match.group("after")
        fits = [t for t in counts if len(t) == len(before) + 1 + len(after) and t.startswith(before) and t.endswith(after)
                and not t.isdigit()]
        if len(fits) == 1 and counts[fits[0]] >= _ACRONYMS_IN_BODY:
            replaced[i] = words[i].replace(match.group(0), fits[0])
    if not replaced:
        return None
    issue = _warn("title_acronym_from_body", "the OCR'd title's " + ", ".join(f"'{words[i]}'" for i in replaced)
                  + " read as the acronym the body prints: " + ", ".join(f"'{w}'" for w in replaced.values()), first)
    return " ".join(replaced.get(i, w) for i, w in enumerate(words)), [issue]


_RESTATEMENTS = 2  # times the body restates the title with the same word where the OCR'd title lost its first letters
_MIN_RESTATED = 0.8  # the share of the title's words (folded) a run of the body holds in order, to be its restatement
_MAX_LOST_LETTERS = 2
_WORD_PUNCTUATION = ",;:.()\"'“”"


def title_words_from_body(doc: Document, title: str | None, first: Block | None) -> tuple[str, list[Issue]] | None:
    """An OCR'd title's words that lost their first letters to a stamp or a rule beside them ("ông nhân" for "công
    nhân", "quốc hòng" for "quốc phòng"), put back from the body's restatements of the title (a preamble's "… ban hành
    Thông tư Quy định và …", a consolidated text's "Thông tư số … quy định …"): a run of the body holding the title's
    words in order (folded, most of them), whose word in that place ends with the title's and has a letter or two more.
    Taken only where the body restates it so at least twice and never otherwise: a word the restatements read
    differently, or read once, is left as read."""
    if not title or first is None or first.prov.reader != "ocr":
        return None
    from difflib import SequenceMatcher

    words = title.split(" ")
    wanted = [fold(w.strip(_WORD_PUNCTUATION)) for w in words]
    if len(wanted) < 4:
        return None
    body = [w for b in doc.body() if b is not first and b.text and b.prov.page is not None for w in (b.text or "").split()]
    folded = [fold(w.strip(_WORD_PUNCTUATION)) for w in body]
    readings: dict[int, list[str]] = {}
    for start in range(len(folded) - 1):
        if folded[start : start + 2] != wanted[:2]:
            continue
        window = folded[start : start + len(wanted) + _MAX_LOST_LETTERS]
        matcher = SequenceMatcher(None, wanted, window, autojunk=False)
        if sum(size for *_, size in matcher.get_matching_blocks()) < _MIN_RESTATED * len(wanted):
            continue
        for kind, i1, i2, j1, j2 in matcher.get_opcodes():
            if kind != "replace" or i2 - i1 != j2 - j1:
                continue
            for i, j in zip(range(i1, i2), range(j1, j2)):
                read, printed = wanted[i], window[j]
                if read and printed.endswith(read) and 0 < len(printed) - len(read) <= _MAX_LOST_LETTERS:
                    readings.setdefault(i, []).append(body[start + j].strip(_WORD_PUNCTUATION))
                else:
                    readings.setdefault(i, []).append("")  # read otherwise here: no word to take
    replaced = {}
    for i, found in readings.items():
        kept = {fold(w) for w in found}
        if len(found) >= _RESTATEMENTS and len(kept) == 1 and "" not in kept and is_syllable(found[0]):
            core = words[i].strip(_WORD_PUNCTUATION)
            # in the title's case: "ông" -> "công", "ÔNG" (an all-caps title) -> "CÔNG", not "công"
            replaced[i] = words[i].replace(core, found[0].lower() if core.islower() else found[0].upper() if core.isupper()
                                           else found[0])
    if not replaced:
        return None
    issue = _warn("title_words_from_body", "the OCR'd title's " + ", ".join(f"'{words[i]}'" for i in replaced)
                  + " lost their first letters: read as the body's restatements of the title print them, "
                  + ", ".join(f"'{w}'" for w in replaced.values()), first)
    return " ".join(replaced.get(i, w) for i, w in enumerate(words)), [issue]


def _read_again_source(name_block: Block, page: int) -> FieldSource:
    """Where a name read again from the page image is: its OCR confidence, its page and box."""
    confidence = name_block.prov.ocr_confidence
    return FieldSource(source="ocr", confidence=None if confidence is None else round(confidence / 100, 2),
                       where={"page": page, "bbox": [round(v, 1) for v in name_block.prov.bbox]})


def _signature_column_count(body: list[Block], reading: Reading) -> int:
    """How many signature columns a closing holds: a joint document's bodies, the signers the page read whole gave, the
    signature chains printed side by side at one height (``_chains_side_by_side``); 1 for one body's document."""
    return max(len(reading.meta.issuer.joint), 1 + len(reading.meta.co_signers), _chains_side_by_side(body))


def _chains_side_by_side(body: list[Block]) -> int:
    """The most lines of an OCR'd page that open a signature chain ("TM. …", "KT. …") side by side: on one row (their
    middles closer than half a line) and apart (no overlap across: a chain's next line, under it, may touch it)."""
    chains = [b for b in body if b.prov.reader == "ocr" and b.prov.bbox and authority_of(_trim_noise(b.text or ""))]
    return max((sum(_side_by_side(b.prov, o.prov) for o in chains) for b in chains), default=0)


def _side_by_side(one: Provenance, other: Provenance) -> bool:
    """Two lines of one page on one row, apart (or one line with itself)."""
    (l1, t1, r1, b1), (l2, t2, r2, b2) = one.bbox, other.bbox
    if one is other:
        return True
    same_row = abs((t1 + b1) - (t2 + b2)) / 2 < min(b1 - t1, b2 - t2) / 2
    return one.page == other.page and same_row and (r1 <= l2 or r2 <= l1)


def _column_of(block: Block | None, page: int, columns: list[tuple[float, float, float, float]]) -> int | None:
    """Which of ``columns`` (boxes side by side) a signer's line stands in; None when it cannot be told (no box,
    another page, a line wider than its column: two columns read as one row)."""
    if block is None or block.prov.bbox is None or block.prov.page != page:
        return None
    left, right = block.prov.bbox[0], block.prov.bbox[2]
    middle = (left + right) / 2
    column = next((k for k, c in enumerate(columns) if middle < c[2]), len(columns) - 1)
    if right - left >= columns[column][2] - columns[column][0]:
        return None
    return column


def _signature_columns(doc: Document, page: int, box: tuple[float, float, float, float], count: int
                       ) -> list[tuple[float, float, float, float]]:
    """The boxes of ``count`` signature columns side by side in ``box``, split at the gaps the page's ink shows
    (evenly when the page cannot be read again)."""
    from parsers.ocr import column_edges  # OCR only for a scan whose signature was not read

    width = (box[2] - box[0]) / count
    edges = column_edges(doc.origin.path, page, box, count, page_turned(doc, page)) or [box[0] + k * width for k in range(1, count)]
    bounds = [box[0], *edges, box[2]]
    return [(bounds[k], box[1], bounds[k + 1], box[3]) for k in range(count)]


def _reread_columns(doc: Document, body: list[Block], reading: Reading, count: int
                    ) -> tuple[Signer, FieldSource | None, set[str], list[Issue], list[CoSigner] | None] | None:
    """A joint scan's closing: ``count`` signature columns side by side across the text's width, in the order printed.
    The signers the page read whole gave are put in the columns their lines stand in; when a column has none, or one
    without a name or a position, each such column is read again alone and fills only its own signer. A column that
    stays unreadable is null with a warning: never another column's person in its place (the right column of a
    joint document is a co-signer, not the signer)."""
    meta = reading.meta
    if (region := signature_region(body, (reading.layout.heading or 0) + 1, whole_width=True)) is None:
        return None
    page, box = region
    columns = _signature_columns(doc, page, box, count)
    by_id = {b.id: b for b in body}
    first = [(meta.signer, reading.found_in.get("signer")),
             *((c, by_id.get((c.where or {}).get("block"))) for c in meta.co_signers)]
    slots: list[Signer | None] = [None] * count
    unplaced = []
    for person, block in first:
        if not (person.name or person.title):
            continue
        column = _column_of(block, page, columns)
        if column is None or slots[column] is not None:
            unplaced.append(person)
        else:
            slots[column] = person
    for person in unplaced:  # in the order read, into the columns left
        if None in slots:
            slots[slots.index(None)] = person
    if all(s is not None and s.name and s.title for s in slots) and slots[0] is meta.signer:
        return None  # every column's signer read, the first the page's signer
    issues, source, filled = [], None, []
    for k, person in enumerate(slots):
        if person is not None and person.name and person.title:
            continue
        person = person or Signer()
        name, chain, _ = _column_reading(doc, page, columns[k], meta.issuer.joint, alone=k == len(columns) - 1)
        update: dict = {}
        if person.name is None and name:
            update["name"] = name[0]
            if k == 0:
                source = _read_again_source(name[1], page)
        if person.title is None and chain:
            update.update(title=chain[0].title, title_as_printed=chain[0].title_as_printed, authority=chain[0].authority,
                          signs_for=person.signs_for or chain[0].signs_for)
            issues += [i.model_copy(update={"where": {"page": page, "bbox": [round(v, 1) for v in columns[k]]}})
                       for i in chain[1] if i.code in _POSITION_ISSUES[1:]]
        if update:
            filled.append(k + 1)
        slots[k] = person.model_copy(update=update)
    signers = [Signer(**{f: getattr(s, f) for f in Signer.model_fields}) for s in slots]
    for k, person in enumerate(signers):
        where = {"page": page, "bbox": [round(v, 1) for v in columns[k]]}
        lacks = [what for what, value in (("name", person.name), ("position", person.title)) if value is None]
        if not lacks:
            continue
        said = (f"the {_ORDINALS.get(k + 1, str(k + 1))} signature column of this joint document, read again alone from "
                f"the page image, gives no {' and no '.join(lacks)} (a seal or a signature over it)")
        if k == 0:
            issues += [Issue(code="missing_signer_name" if what == "name" else "missing_signer_title", where=where,
                             message=said) for what in lacks]
        else:
            issues.append(Issue(code="co_signer_incomplete", where=where, message=f"co-signer {k + 1}: {said}"))
    if filled:
        issues.insert(0, Issue(code="signature_read_again", where={"page": page, "bbox": [round(v, 1) for v in box]},
                               message=f"the joint document's signature columns, unclear in the page read whole, were "
                                       f"read again one by one: column {', '.join(map(str, filled))} from there"))
    last = max((k for k, s in enumerate(signers) if s.name or s.title), default=0)
    co_signers = [slot if isinstance(slot := slots[k], CoSigner)
                  else CoSigner(**s.model_dump(), where={"page": page, "bbox": [round(v, 1) for v in columns[k]]})
                  for k, s in enumerate(signers) if 0 < k <= last]
    resolved = {"missing_signer", *_NAME_ISSUES, "missing_signer_title", "co_signer_incomplete"}
    return signers[0], source, resolved, issues, co_signers


_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}


# ---------------------------------------------------------------------------------------------------
# Citations


def _may_cite_across(text: str, next_text: str) -> bool:
    """Whether the two lines read as one could hold a citation: find_citations finds none in a text without a "/" or a
    "-" (a test in C on each line, where joining them and asking goes_on_next_line costs more: most pairs have neither)."""
    return "/" in text or "-" in text or "/" in next_text or "-" in next_text


# what a citation read over two lines leaves at their end when the third holds its date: nothing, or "ngày"
_DATE_CUT = re.compile(r"\s*(?:,?\s*ngày)?\s*$", re.IGNORECASE)


def _citations_in(block: Block, nxt: Block | None, after: Block | None = None,
                  above: Sequence[Block] = (), below: Sequence[Block] = ()) -> list[Citation]:
    """The citations that start in a block; one the line's end cuts, in a copy hard-wrapped where the clean stage did not
    join its lines ("… ngày 12 tháng 3" | "năm 2026 của …"), read on over the next line, and over the one after when
    it runs to the next line's end ("… Liên tịch số" | "19/2008/NQLT/… ngày" | "22/8/2008 của …"), or over what stands
    between a "số" and its number (clean.number_cut_off; ``above`` and ``below`` the lines around, to tell a table's next
    row's number from a page's)."""
    text = block.text or ""
    found = find_citations(text)
    if (cut_off := number_cut_off(block, nxt, after, above, below)) is not None:
        if cut_off is not nxt:  # a page's figure stood between: the line after the number's is not at hand
            nxt, after = cut_off, None
    elif nxt is None or not text or not nxt.text or not _may_cite_across(text, nxt.text) or not goes_on_next_line(block, nxt):
        return found
    two_lines = f"{text} {nxt.text}"
    joined = [c for c in find_citations(two_lines) if c.start < len(text)]
    if not any(c.end > len(text) for c in joined):
        return found
    if after is not None and after.text and any(_DATE_CUT.match(two_lines, c.end) for c in joined) and goes_on_next_line(nxt, after):
        joined = [c for c in find_citations(f"{two_lines} {after.text}") if c.start < len(text)]
    # read over the break, the citations of the line: a list's issuer after it is every listed number's
    starts = {c.start for c in joined}
    return sorted([*(c for c in found if c.start not in starts), *joined], key=lambda c: c.start)


_DATED_ALONE = "dated alone"  # the first part of the key of a citation by type, date and issuer


def _unreadable_citation_date(c: Citation, block: Block) -> list[Issue]:
    return [_warn("citation_date_unreadable", f"cited document's date cannot be read: '{c.text}'", block)] if c.date_unreadable else []


def read_citations(blocks: list[Block], own_number: str | None, issued: str | None) -> tuple[list[CitedDocument], list[Issue]]:
    """Every document cited, once each (later mentions fill in a date or issuer the first lacked).
    References to the document itself ("kèm theo Kế hoạch số 159/KH-UBND ngày …") are checked against
    the header, not listed."""
    cited: dict[tuple, CitedDocument] = {}
    issues: list[Issue] = []
    for i, (block, nxt, after) in enumerate(zip(blocks, [*blocks[1:], None], [*blocks[2:], None, None])):
        for c in find_named_laws(block.text or ""):
            # a law cited by its name, no number: once per name and year ("Luật Đất đai ngày 18/01/2024" and "Luật Đất
            # đai năm 2024" are one; the name folded, so a scan's "Đắt đai" is too), its date from a later mention
            year = re.search(r"\b(?:19|20)\d\d\b", c.text)  # a name holds no figure: the first year is the law's
            key = (fold(c.doc_type), fold(c.name or ""), year.group() if year else None)
            if key in cited:
                known = cited[key]
                cited[key] = known.model_copy(update={"issued_date": known.issued_date or c.issued_date,
                                                      "issuer": known.issuer or c.issuer})
            else:
                cited[key] = CitedDocument(doc_type=c.doc_type, number=None, issued_date=c.issued_date, issuer=c.issuer,
                                           text=c.text, where=block.where())
            issues += _unreadable_citation_date(c, block)
        for c in find_dated_citations(block.text or ""):
            # a document cited by type, date and issuer alone: once per those three; none of the document's own date (an
            # annex's "Ban hành kèm theo Quyết định ngày …" is the document itself, its number not yet typed in)
            if issued and c.issued_date == issued:
                continue
            key = (_DATED_ALONE, fold(c.doc_type), c.issued_date, fold(c.issuer or ""))
            cited.setdefault(key, CitedDocument(doc_type=c.doc_type, number=None, issued_date=c.issued_date,
                                                issuer=c.issuer, text=c.text, where=block.where()))
        for c in _citations_in(block, nxt, after, blocks[max(0, i - ROW_SPAN) : i], blocks[i + 3 : i + 3 + ROW_SPAN]):
            if own_number and c.number == own_number:
                if c.date_unreadable:
                    issues.append(_warn("reference_date_unreadable", f"a reference to this document has an unreadable date: '{c.text}'", block))
                elif issued and c.issued_date and c.issued_date != issued:
                    issues.append(
                        _warn("reference_date_mismatch", f"a reference to this document gives {c.issued_date}, the header {issued}: '{c.text}'", block)
                    )
                continue
            issues += _unreadable_citation_date(c, block)
            number_year = re.search(r"/(\d{4})/", c.number)
            if number_year and c.issued_date and number_year.group(1) != c.issued_date[:4]:
                issues.append(_warn("citation_year_mismatch", f"cited number has the year {number_year.group(1)}, its date {c.issued_date}: '{c.text}'", block))
            key = (fold(c.doc_type), c.number.upper())  # a title's capitals print "11-QĐI/TW" for the body's "11-QĐi/TW"
            if key in cited:
                known = cited[key]
                if is_upper_line(known.text) and not is_upper_line(c.text):
                    # a title's capitals cited it first: the body's sentence is the citation to show, its number as printed
                    known = known.model_copy(update={"text": c.text, "where": block.where(), "issuer": c.issuer or known.issuer,
                                                     "number": c.number})
                cited[key] = known.model_copy(update={"issued_date": known.issued_date or c.issued_date, "issuer": known.issuer or c.issuer})
                continue
            cited[key] = CitedDocument(
                doc_type=c.doc_type, number=c.number, issued_date=c.issued_date, issuer=c.issuer, text=c.text, where=block.where()
            )
    # a document cited by its date alone and by its number too is the numbered citation's
    numbered = [c for c in cited.values() if c.number]
    cited = {key: c for key, c in cited.items()
             if not (key[0] == _DATED_ALONE and any(_may_be_one(c, n) for n in numbered))}
    return _without_laws_cited_by_number(cited), issues


def _may_be_one(dated: CitedDocument, numbered: CitedDocument) -> bool:
    """Whether a document cited by its type, date and issuer alone may be one cited by number: the same type and date,
    cited in another paragraph (two in one sentence are two documents: "Quyết định số 12/QĐ-UBND ngày 5/6/2026 và
    Quyết định ngày 5/6/2026 của Bộ Y tế"), its issuer not another body's ("UBND tỉnh" is "Chủ tịch UBND tỉnh Lào
    Cai"'s; an issuer not read may be any)."""
    if (fold(dated.doc_type or ""), dated.issued_date) != (fold(numbered.doc_type or ""), numbered.issued_date) \
            or dated.where == numbered.where:
        return False
    from .registry import key_of  # loaded only here: few documents cite one by date alone

    ours, theirs = key_of(dated.issuer or ""), key_of(numbered.issuer or "")
    return not ours or not theirs or ours in theirs or theirs in ours


# A law cited with its number and name ("Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024"): its name between
# the type and "số"; the year is the number's
_NUMBERED_LAW_NAME = re.compile(r"^(?:Bộ [Ll]uật|Luật|Pháp lệnh)\s+(?P<name>.+?)\s+số\b")


def _without_laws_cited_by_number(cited: dict[tuple, CitedDocument]) -> list[CitedDocument]:
    """The citations, a law cited by name and year ("Luật Đất đai năm 2024") left out where the same law, its type,
    folded name and year, is cited by number too: one law, its number's citation; and a law cited by its name alone
    ("Căn cứ Luật Viên chức;", no year in its key) left out where the same law is cited with its year or number."""
    numbered = set()
    with_a_year = {key[:2] for key, c in cited.items() if not c.number and key[2]}
    for c in cited.values():
        name = _NUMBERED_LAW_NAME.match(c.text) if c.number else None
        number_year = re.search(r"/((?:19|20)\d\d)/", c.number or "")
        year = number_year.group(1) if number_year else (c.issued_date or "")[:4] or None
        if name and year:
            numbered.add((fold(c.doc_type), fold(name.group("name")), year))
            with_a_year.add((fold(c.doc_type), fold(name.group("name"))))
    return [c for key, c in cited.items() if c.number or (key not in numbered and (key[2] or key[:2] not in with_a_year))]


# ---------------------------------------------------------------------------------------------------
# Cross-checks


def _a_panel_value(value: str) -> bool:
    """A panel's blank ("-", "--") or placeholder ("Chưa xác định", site_placeholders.csv) is no value."""
    return any(c.isalnum() for c in value) and fold(value) not in site_placeholders()


def check_site_attributes(meta: DocumentMetadata, attributes: dict[str, str]) -> list[Issue]:
    """Compare a legal site's attribute panel with what the document itself says."""
    fields = site_attribute_fields()
    issues = []
    for label, value in attributes.items():
        field = fields.get(label) if _a_panel_value(value) else None
        document_value = {
            "number": meta.number,
            "doc_type": meta.doc_type,
            "issued_date": meta.issued_date,
            "signer": meta.signer.name,
            "issuer": meta.issuer.name,
            "title": meta.title,
        }.get(field or "")
        if not field:
            continue
        site_value = value
        if field == "number":
            site_value = normalise_number(value)
        elif field == "issued_date":
            parsed = parse_date(value)
            site_value = parsed.iso if parsed else value
        if document_value is None:
            issues.append(_warn("missing_in_document", f"the document does not show its {field}; the site's panel says {label}: '{value}'"))
        elif field == "title":
            continue  # a site words its summary its own way ("Về việc …", the type in front): no mismatch to report
        elif field == "issuer" and _issuer_of_place(site_value, meta):
            continue
        elif _comparable(site_value, field) != _comparable(document_value, field):
            issues.append(
                _warn("site_attribute_mismatch", f"the site's panel says {label}: '{value}', the document says '{document_value}'")
            )
    return issues


def _issuer_of_place(site_value: str, meta: DocumentMetadata) -> bool:
    """A panel's "Nơi ban hành: Tỉnh Hưng Yên" / "Huyện Đức Phổ" names the place whose body issued the document: it
    agrees with an issuer, or the issuer's parent, named after that place ("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", "UBND TỈNH
    HƯNG YÊN" over "SỞ Y TẾ")."""
    place = _comparable(site_value, "issuer")
    return bool(place) and any(_comparable(name, "issuer").endswith(place) for name in (meta.issuer.name, meta.issuer.parent) if name)


_ABBREVIATIONS = ((r"\bubnd\b", "uy ban nhan dan"), (r"\btp\b\.?", "thanh pho"), (r"\bhdnd\b", "hoi dong nhan dan"))


def _comparable(value: str, field: str) -> str:
    folded = fold(value)
    if field == "issuer":
        for pattern, expansion in _ABBREVIATIONS:
            folded = re.sub(pattern, expansion, folded)
    return re.sub(r"[^a-z0-9]", "", folded)


# ---------------------------------------------------------------------------------------------------
# Where each value came from


def source_of(block: Block) -> FieldSource:
    """The kind of source a block is: OCR (with its confidence), a PDF form or signature widget, or printed text."""
    reader = block.prov.reader
    if reader == "ocr":
        confidence = block.prov.ocr_confidence
        return FieldSource(source="ocr", confidence=None if confidence is None else round(confidence / 100, 2), where=block.where())
    return FieldSource(source="form" if reader == "pdf-form" else "printed", confidence=1.0, where=block.where())


def _block_with(blocks: list[Block], value: str | None, squeeze: bool = False) -> Block | None:
    """The first block whose text holds the value (for a number, compared without spaces: "Số: 05 /TTr-SNV")."""
    if not value:
        return None
    wanted = normalise_number(value) if squeeze else fold(value)
    for block in blocks:
        text = block.text or ""
        if wanted in (normalise_number(text) if squeeze else fold(text)):
            return block
    return None


def issuer_block(header: list[Block], issuer: Issuer) -> Block | None:
    """The header line the issuing body's name was read from (its last line: the lower body issued the document)."""
    name = fold(issuer.name or "")
    lines = [b for b in header if b.text and is_upper_line(b.text) and fold(without_star(b.text)) in name] if name else []
    return lines[-1] if lines else None


# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """The header, title and signature of one document, where each value was read, and the warnings."""

    layout: Layout
    meta: DocumentMetadata
    found_in: dict[str, Block | None]
    issues: list[Issue]
    symbol_type: str | None


_CONSOLIDATED = "Văn bản hợp nhất"


def _authentication(body: list[Block]) -> list[Block] | None:
    """A consolidated text (văn bản hợp nhất) is authenticated at its end: "XÁC THỰC VĂN BẢN HỢP NHẤT" with the
    issuer, "Số: 46/VBHN-BQP" and the date around it. Those lines, as the header."""
    for k in range(len(body) - 1, max(-1, len(body) - 80), -1):
        text = body[k].text or ""
        if text[:1] in "XxX" and fold(text).strip(" .:") == "xac thuc van ban hop nhat":
            return [b for b in body[max(0, k - 3) : k + 6] if b is not body[k]]
    return None


@cache
def _title_verb_types() -> frozenset[str]:
    """The types whose name also opens a title as its verb ("QUY ĐỊNH CHI TIẾT …"): title_verb_types.csv."""
    return frozenset(row["type"] for row in csv_rows("title_verb_types.csv"))


def _collective_signing(body: list[Block], heading: int | None) -> str | None:
    """The first TM. line after the heading ("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN"): whose collective signs."""
    return next((text for block in body[(heading or 0) + 1 :] if authority_of(text := block.text or "") == "TM."), None)


def _another_body(stamped_by: str | None, named: str) -> bool:
    """Whether the page names a body over its header, in a signing stamp, that is not the one a symbol's code names
    ("CÔNG TY CỔ PHẦN CẤP THOÁT NƯỚC LÂM ĐỒNG" over "Số: 31/KH-CTN": the company's own "CTN", no Chủ tịch nước): the
    code is then no proof of the issuer, none is guessed from it (missing_issuer stands)."""
    return stamped_by is not None and fold(named) not in fold(stamped_by)


def read_document(body: list[Block], stamped_by: str | None = None) -> Reading:
    """Type, number, date, place, issuer, title and signer of the document that ``body`` holds (or starts with);
    ``stamped_by``, the body's name a signing stamp printed over the document's start (clean.stamp_body_before)."""
    layout = Layout.of(body)
    issues: list[Issue] = []
    header = layout.header
    if (authentication := _authentication(body)) is not None and not any(_NUMBER_LINE.match(b.text or "") for b in header):
        header = authentication  # a consolidated text: its number, date and issuer are printed at its end
        layout = Layout(layout.blocks, layout.heading, header, layout.heading_type, layout.inline_title)
    number, symbol, found = read_number(layout.header)
    printed_symbol = symbol  # the block that prints the number is found by it, whatever is repaired below
    issues += found
    heading_type = layout.heading_type
    if authentication is not None or doc_type_of_symbol(symbol) == _CONSOLIDATED:
        heading_type = _CONSOLIDATED  # it prints the heading of the text it consolidates ("THÔNG TƯ")
    symbol_type = doc_type_of_symbol(symbol)
    if heading_type and symbol and (repaired := _stutter_repaired(symbol, heading_type)):
        issues.append(_warn("number_typo_normalised", f"the symbol's type part is read with a letter doubled: '{symbol}', "
                                                      f"taken as '{repaired}' (the heading says {heading_type})"))
        number = number.replace(symbol, repaired) if number else None
        symbol, symbol_type = repaired, heading_type
    if heading_type and symbol and symbol_type is None and (restored := hyphen_restored(symbol, heading_type)):
        issues.append(_warn("number_typo_normalised", f"the symbol is printed without its hyphen: '{symbol}', taken as "
                                                      f"'{restored}' (the heading says {heading_type})",
                            _block_with(layout.header, f"/{symbol}", squeeze=True)))
        number = number.replace(symbol, restored) if number else None
        symbol, symbol_type = restored, heading_type
    opened_title = (layout.inline_title and heading_type in _title_verb_types() and symbol_type
                    and kind_of_type(heading_type) != kind_of_type(symbol_type))
    if opened_title:
        # "QUY ĐỊNH ĐIỀU KIỆN …", "HƯỚNG DẪN THI HÀNH …" under "Số: 46/2016/TT-BYT" and no heading: a type's name that
        # opens the title as its verb, on the title's own line, is no heading; the symbol names the type
        issues.append(_warn("missing_doc_type_heading", f"no document-type heading: the title opens with '{heading_type}' "
                                                        f"as its verb; the type is the symbol's ({symbol_type})",
                            layout.blocks[layout.heading]))
        heading_type = None
    # a joint plan's "KH" under "KẾ HOẠCH LIÊN TỊCH", its "KHLT" under "KẾ HOẠCH": one kind of document
    if heading_type and symbol_type and kind_of_type(heading_type) != kind_of_type(symbol_type):
        issues.append(_warn("doc_type_mismatch", f"the heading says {heading_type}, the symbol '{symbol}' says {symbol_type}"))
    place, issued, found = read_place_and_date(layout.header)
    date_block = next((b for b in layout.header if _date_line(b.text or "")), None) if place or issued else None
    adopted = adoption_date(body) if issued is None else None
    if adopted:  # a law or a resolution: "… thông qua ngày …"
        issued, date_block = adopted
        found = [w for w in found if w.code != "missing_issue_date"]
    issues += found
    issuer, found = read_issuer(layout.header, joint=any((t or "").endswith("liên tịch") for t in (heading_type, symbol_type)),
                                symbol=symbol, signed_for=_collective_signing(body, layout.heading))
    issuer = _without_end_commas(issuer)
    if issuer.name is None and (named := issuer_of_symbol(symbol)) and not _another_body(stamped_by, named):
        issuer, found = Issuer(name=named), [_warn("issuer_from_symbol", f"no issuer in the header; the symbol '{symbol}' names {named}")]
    elif (issuer.name and (named := issuer_of_symbol(symbol))
          and (is_bare_kind(issuer.name) and fold(named).startswith(fold(issuer.name))
               or fold(named).startswith(fold(issuer.name) + " "))):
        # "VIỆN KIỂM SÁT NHÂN DÂN" over "Số: 02/2024/CT-VKSNDTC", "BỘ VĂN HOÁ, THỂ THAO" over "Số: 274/CT-BVHTTDL": the
        # line under it ("TỐI CAO", "VÀ DU LỊCH") lost by a site that keeps only the header table's first row
        issuer, found = Issuer(name=named, parent=issuer.parent), [_warn(
            "issuer_from_symbol", f"the header prints only '{issuer.name}'; the symbol '{symbol}' names {named}")]
    if issuer.name and is_bare_kind(issuer.name) and (unit := _unit_code_beneath(issuer.name, symbol)):
        # "ỦY BAN NHÂN DÂN" over "Số: 518/HD-SGDĐT": a site kept the committee's line, not the department's under it
        issuer, found = Issuer(), [_warn("issuer_unit_lost", f"the header prints only '{issuer.name}', the body over the "
                                         f"issuer; the symbol '{symbol}' names a unit under it ({unit}) whose line is lost")]
    if issuer.name and issuer.parent is None and _a_party_organisation_alone(layout.header, issuer.name):
        # "ĐẢNG BỘ TỈNH PHÚ THỌ" over "Số 12-KH/ĐU": the line over the issuing committee, whose own line is lost
        issuer, found = Issuer(), [_warn("issuer_unit_lost", f"the header prints only '{issuer.name}', the Party "
                                         f"organisation over the issuer; the issuing body's line is lost")]
    parent_line = None
    if issuer.name is None and (parent := _parent_of_lone_annex(layout.header)):
        cited, parent_line = parent
        issuer = Issuer(name=_issuer_of_sentence(cited.issuer))
        found = [_warn("issuer_from_parent_document", f"an annex printed without its document's header: the issuer is "
                                                      f"that of the document it goes with, {cited.text}", parent_line)]
    issues += found
    title, title_block, found = read_title(layout)
    # a title ending in a place and a date ("Tổ chức Hội chợ thương mại Lào Cai, ngày 20 tháng 3 năm 2026") keeps them
    # and the header's lack of a date line stands (missing_issue_date): the words cannot tell the day of an event the
    # title names from the date of issue run onto its line (s42 review; tests/test_s42_review_meta.py)
    if title is None and layout.heading is None and symbol_type and (under_date := _title_under_date(layout, symbol_type)):
        title, title_block = under_date
        found = [_warn("missing_doc_type_heading", f"no document-type heading: the type is the symbol's ({symbol_type}), "
                                                   "the title the capitalised lines under the date", title_block)]
    issues += found
    sentence = heading_sentence(layout) if number is None and issued is None and title_block is not None else None
    if sentence:
        # a page of an old document without its header: the heading sentence prints its number, date and issuer
        number = with_codes_case(normalise_number(sentence.group("number")))
        symbol = (parsed := _SYMBOL.match(number)) and parsed.group("symbol")
        symbol_type = doc_type_of_symbol(symbol)
        issued = parse_date(sentence.group("date"))
        issues = [w for w in issues if w.code not in ("missing_number", "missing_issue_date")]
        if issuer.name is None or any(w.code == "issuer_from_symbol" for w in issues):
            issuer = Issuer(name=_issuer_of_sentence(sentence.group("issuer")))
            issues = [w for w in issues if w.code not in ("missing_issuer", "issuer_from_symbol")]
        date_block = title_block
    signer, signer_block, found, co_signers = read_signer(body, (layout.heading or 0) + 1, issuer.joint, seal_names(issuer))
    issues += found
    if issued is None and not adopted and not sentence and (closing_date := _date_over_the_signature(body, signer_block)):
        # the place and date printed only above the signature, none in the header
        place, issued, found = read_place_and_date([closing_date])
        date_block = closing_date
        issues = [w for w in issues if w.code != "missing_issue_date"] + found + [_warn(
            "issue_date_in_closing", f"no date line in the header; the date of issue is the one above the signature: "
                                     f"'{closing_date.text}'", closing_date)]
    if place is None and issued is not None and not adopted:
        issues.append(_warn("missing_place", "the date line names no place of issue"))
    if heading_type is None and title and title_block is not None and _VV.match(title_block.text or ""):
        # no type heading, a "V/v" subject: a công văn, whatever its symbol starts with (Cục Thuế's "CT-CS" is no Chỉ thị)
        symbol_type = doc_type_by_abbreviation()[""]
    elif heading_type is None and symbol_type and _issuer_code_first(symbol, issuer.name):
        # "CỤC THUẾ" over "Số: 3127/CT-CS" and no heading: "CT" is the issuer's code, "CS" its unit's (Nghị định
        # 30/2020's appendix III: a letter's symbol names the issuer, then the unit), no Chỉ thị's type part
        symbol_type = doc_type_by_abbreviation()[""]
    labelled_type = None if heading_type or symbol_type else _type_on_number_line(layout.header)
    doc_type = heading_type or symbol_type or labelled_type
    if doc_type is None:
        issues.append(_warn("missing_doc_type", "neither a heading nor a symbol gives the document type"))
    printed_number = number.replace(symbol, printed_symbol) if number and symbol and printed_symbol else number
    number_block = _block_with(layout.header, printed_number or (f"/{printed_symbol}" if printed_symbol else None), squeeze=True)
    if sentence:
        number_block = title_block
    if number_block is not None and "//" in (number_block.text or ""):
        issues.append(_warn("number_typo_normalised", f"the number is printed with a doubled slash: '{number_block.text}'", number_block))
    heading = layout.blocks[layout.heading] if layout.heading is not None and not opened_title else None
    meta = DocumentMetadata(
        doc_type=doc_type, number=number, symbol=symbol, issued_date=issued.iso if issued else None,
        issued_date_partial=issued.partial if issued else None, place=place, issuer=issuer, title=title, signer=signer,
        co_signers=co_signers, joint_numbers=read_joint_numbers(layout.header, issuer.joint))
    found_in = {
        "doc_type": (heading or (number_block if (symbol_type or labelled_type) and number_block else title_block)) if doc_type else None,
        "number": number_block if number else None,
        "issued_date": date_block if issued else None,
        "place": date_block if place else None,
        "issuer": parent_line or issuer_block(layout.header, issuer) or (number_block if issuer.name else None),
        "title": title_block if title else None,
        "signer": signer_block,
    }
    return Reading(layout, meta, found_in, issues, symbol_type)


@cache
def _form_phrases_unmarked() -> re.Pattern[str]:
    # the lookahead on the phrases' first letters: re skips at once the positions none starts at, where it tried each
    # phrase (a document with no marked letter, an English one, runs this on every line)
    phrases = any_of(json_data("sections.json")["form_phrases_unmarked"])
    return re.compile(behind_start_lookahead(phrases), re.IGNORECASE | re.MULTILINE)


@cache
def _form_words_marked() -> dict[str, str]:
    """"ngay" -> "ngày": the form's words without their marks (sections.json form_words_marked)."""
    return {strip_marks(word): word for word in json_data("sections.json")["form_words_marked"]}


_MARKED_LETTER = re.compile(r"[^\W\d_A-Za-z]")  # a letter beyond ASCII's: "ơ", "Đ", "é"


def _form_words_read_marked_in(body: list[Block]) -> list[Block]:
    """A copy printed without tone marks, its form's words marked to be read (``_form_words_read_marked``); a document
    with marked letters as it is: an unmarked line in it ("Noi nhan: the partners", in a sentence of English) is no
    part of its form."""
    if _MARKED_LETTER.search("\n".join(b.text or "" for b in body)):
        return body
    return [_form_words_read_marked(b) for b in body]


def _form_words_read_marked(block: Block) -> Block:
    """A line printed without tone marks, the words of the form's fixed parts in it marked (sections.json
    form_phrases_unmarked: "So: 12/KH-BTP", "ngay 5 thang 3 nam 2026", the motto, "Noi nhan:"), each in the case it is
    printed in; any other line as it is. The marked patterns of the metadata stage then read the line."""
    text = block.text or ""
    if not text.isascii() or not (text := _form_phrases_unmarked().sub(_words_marked, text)) != block.text:
        return block
    return block.model_copy(update={"text": text})


def _words_marked(phrase: re.Match[str]) -> str:
    def marked(word: re.Match[str]) -> str:
        spelt = _form_words_marked().get(word.group().lower(), word.group())
        return "".join(m.upper() if c.isupper() else m for c, m in zip(word.group(), spelt))

    return re.sub(r"[A-Za-z]+", marked, phrase.group())


def _drafts_signed(doc: Document, issues: list[Issue]) -> list[Issue]:
    """The warnings, an unnumbered draft's taken for a number left unread where a widget on the number's page draws
    text apart from its lines (``doc.signature_boxes``: a number and a day stamped at signing that could not be set on
    their blanks, a page shown turned): a signed document's number was not read, it is no draft."""
    pages = {box.page for box in doc.signature_boxes}
    if not pages:
        return issues
    return [Issue(code="number_unreadable", message=issue.message.replace(": an unissued draft", "") +
                  ": a signature widget on its page draws text apart from the page's lines (a number stamped at "
                  "signing): not read, no draft", where=issue.where)
            if issue.code == "unnumbered_draft" and (issue.where or {}).get("page") in pages else issue for issue in issues]


def extract(doc: Document) -> tuple[DocumentMetadata, list[Issue]]:
    body, copied = without_copies(doc, [b for b in doc.body() if b.table is None])
    read = _form_words_read_marked_in(body)
    start = next((i for i, b in enumerate(doc.blocks) if b.layer is Layer.BODY or b.layer == Layer.BODY), 0)
    reading = read_document(read, stamp_body_before(doc.blocks, start))
    meta, layout, issues = reading.meta, reading.layout, [*copied, *_drafts_signed(doc, reading.issues)]
    recipients, found = read_recipients(read)
    issues += found
    kept = {b.id for b in body}  # a layout table's cells too: the label in one, the list in the next
    addressees, found = read_addressees([b for b in doc.body() if b.id in kept or b.table is not None])
    issues += found
    cited, found = read_citations(doc.body(), meta.number, meta.issued_date)
    issues += found
    attached = read_attached(layout)
    parts, found = read_parts(body, attached)
    issues += found
    sources = {field: source_of(block) for field, block in reading.found_in.items() if block is not None}
    if "title" in sources and sources["title"].confidence and any(i.code == "title_garbled" for i in reading.issues):
        sources["title"] = sources["title"].model_copy(update={"confidence": round(sources["title"].confidence / 2, 2)})
    try:
        again = reread_title(doc, reading)
    except SourceMissing as missing:
        again, issues = None, [*issues, _not_read_again("title", missing)]
    if again:
        title, found = again
        meta = meta.model_copy(update={"title": title})
        issues += found
    if again := acronyms_from_body(doc, meta.title, reading.found_in.get("title")):
        title, found = again
        meta = meta.model_copy(update={"title": title})
        issues += found
    if again := title_words_from_body(doc, meta.title, reading.found_in.get("title")):
        title, found = again
        meta = meta.model_copy(update={"title": title})
        issues += found
    try:
        again = reread_signer(doc, body, reading)
    except SourceMissing as missing:
        again, issues = None, [*issues, _not_read_again("signature block", missing)]
    if again:
        signer, source, resolved, found, co_signers = again
        meta = meta.model_copy(update={"signer": signer, "co_signers": meta.co_signers if co_signers is None else co_signers})
        issues = [i for i in issues if i.code not in resolved] + found
        if source:
            sources["signer"] = source
        elif signer.name != reading.meta.signer.name:  # a joint scan's first column: not the line the page gave
            sources.pop("signer", None)
    meta, issues, sources = signer_from_signature_box(meta, issues, sources, doc)
    meta = meta.model_copy(update={"addressees": addressees, "recipients": recipients, "cited_documents": cited, "attached": attached,
                                   "sources": sources, "parts": parts})
    if _only_a_panel(meta, layout, reading.found_in.get("issued_date")) and doc.site_attributes:
        return from_site_attributes(meta, doc.site_attributes)
    if meta.number is None and not any(_NUMBER_LINE.match(b.text or "") for b in layout.header):
        meta, found = number_from_site_heading(meta, doc, layout)
        issues += found
    meta, issues = _dated_by_carrier(meta, issues, layout, reading.found_in.get("title"))
    issues += check_site_attributes(meta, doc.site_attributes)
    meta, found = from_signature(meta, doc)
    issues += found
    meta, found = from_file_name(meta, doc, issues)
    return meta, issues + found


_BOX_CONFIDENCE = 0.8  # a name no line of the page prints, inferred from a box drawn over the signature's space


def signer_from_signature_box(meta: DocumentMetadata, issues: list[Issue], sources: dict[str, FieldSource], doc: Document
                              ) -> tuple[DocumentMetadata, list[Issue], dict[str, FieldSource]]:
    """What an e-signature's box drawn on the signature block's page prints (its name, post and time, a widget's
    appearance apart from the page's lines) where the block itself gives none: the signer's name, only one person's
    (``_person_of_box``; two boxes naming two persons: whose the block is cannot be told), and the signer's position,
    from the post row of the box naming the signer (``_position_of_box``). Inferred, not printed: a confidence under 1
    and the warnings ``signer_name_from_signature_box`` / ``signer_title_from_signature_box`` in place of
    ``missing_signer_name`` / ``missing_signer_title``. A box naming a person under another post than the block's is
    not the signer's: ``signature_box_post_differs``."""
    missing = {i.code: i for i in issues if i.code in ("missing_signer_name", "missing_signer_title")}
    if not missing or meta.co_signers or not doc.signature_boxes:
        return meta, issues, sources
    anchor = next(iter(missing.values())).where  # the signature block's: its page is the boxes'
    page = (anchor or {}).get("page")
    boxes = [box.rows for box in doc.signature_boxes if box.page == page]
    signer, found = meta.signer, dict[str, Issue]()
    persons = {fold(who): (who, rows) for rows in boxes if (who := _person_of_box(rows, signer.title))}
    if (missing_name := missing.get("missing_signer_name")) and not signer.name and len(persons) == 1:
        name = next(iter(persons.values()))[0]
        signer = signer.model_copy(update={"name": name})
        found[missing_name.code] = Issue(code="signer_name_from_signature_box", where=missing_name.where, message=(
            f"the signature block prints no name: '{name}' is read from an e-signature's box drawn on its page"))
    box = persons.get(fold(signer.name or ""))
    if (missing_title := missing.get("missing_signer_title")) and not signer.title and box and (title := _position_of_box(box[1])):
        signer = signer.model_copy(update={"title": title})
        found[missing_title.code] = Issue(code="signer_title_from_signature_box", where=missing_title.where, message=(
            f"the signature block prints no position: '{title}' is read from the post row of {box[0]}'s e-signature box"))
    differing = [post for rows in boxes if signer.title and not _box_not_signing_rows(rows)
                 for post in map(_post_of_box_row, rows) if post and not _same_post(post, signer.title)]
    extra = [Issue(code="signature_box_post_differs", where=anchor, message=(
        f"an e-signature's box on the signature's page gives the post '{differing[0]}', not the block's "
        f"'{signer.title}': not taken as the signer's"))] if differing else []
    if not found:
        return meta, issues + extra, sources
    source = FieldSource(source="form", confidence=_BOX_CONFIDENCE, where={"page": page})
    return (meta.model_copy(update={"signer": signer}), [found.get(i.code, i) for i in issues] + extra,
            {**sources, "signer": source})


def _position_of_box(rows: list[str]) -> str | None:
    """The position a box's post row gives, as positions.csv writes it: the longest position opening the post
    ("Chức vụ: Chủ tịch UBND tỉnh": "Chủ tịch"); None where no known position opens it (never a guess)."""
    for post in filter(None, map(_post_of_box_row, rows)):
        if known := _positions_opening(post):
            return max(known, key=len)
    return None


def _same_post(post: str, title: str) -> bool:
    """The box's post is the block's position, or that position named longer ("Chủ tịch UBND tỉnh" for "Chủ tịch"):
    compared with marks ("Thủ trưởng đơn vị" is no "Thứ trưởng"), folded where either is written without them."""
    folded = post.isascii() or title.isascii()
    return f"{_post_spelt(post, folded)} ".startswith(f"{_post_spelt(title, folded)} ")


def _box_not_signing_rows(rows: list[str]) -> bool:
    """A copy's or a circulation stamp's box (sections.json signature_box_not_signing), no signature."""
    folded = [f" {fold(row)} " for row in rows]
    return any(f" {phrase} " in row for phrase in _box_not_signing() for row in folded)


def _person_of_box(rows: list[str], post: str | None) -> str | None:
    """The one person an e-signature's box names as who signed: a stamp's label's ("Ký bởi: …", ``_stamp_signer``; a
    name a district or a commune took only beside a post row: "Ký bởi: Trần Phú" / "Chức vụ: Chủ tịch"), or a row that
    is a whole person's name of three words or more, no place's (``names_a_place``), beside a row giving the day of
    signing ("Phạm Minh Đức" / "15/10/2025": alone, "Hoàng Mai", "Lê Lợi" may be a district or a street). None
    for a copy's or circulation stamp ("SAO Y BẢN CHÍNH", "Lưu hành nội bộ"), for a box whose post is not the signature
    block's ("Phó Chánh Văn phòng" under "CHỦ TỊCH": another person's, the one certifying a copy) and for two names."""
    if _box_not_signing_rows(rows):
        return None
    if post and any((box_post := _post_of_box_row(row)) and not _same_post(box_post, post) for row in rows):
        return None
    posted = any(map(_post_of_box_row, rows))  # a labelled name beside a post row: a person's, though a street's too
    labelled = {fold(who): who for row in rows if _stamp_signer_label().match(row) and (who := _stamp_signer(row, posted))}
    unlabelled = {fold(who): who for row in rows if not _stamp_signer_label().match(row) and (who := _unlabelled_person(row))}
    if labelled and unlabelled.keys() - labelled.keys():
        return None  # the label names one person, another row another
    persons = labelled or (unlabelled if any(_box_date().search(row) for row in rows) else {})
    if len(persons) != 1:
        return None
    return next(iter(persons.values()))


def _unlabelled_person(row: str) -> str | None:
    """The row, when it is a person's name of three words or more and nothing else: no body's, post's nor place's."""
    name = signer_name(row)
    if not name or name != row.strip(" .") or len(name.split()) < 3:
        return None
    return name if not _a_body_no_person(row) and _a_person_s_name(name) else None


def _post_of_box_row(row: str) -> str | None:
    """The post a box's row gives: labelled ("Chức vụ: Chủ tịch") or a known position opening the row ("Phó Chánh Văn
    phòng")."""
    if label := _box_post().match(row):
        return label.group("post").strip(" .")
    return row if _opens_with_a_position(row) else None


@cache
def _box_not_signing() -> tuple[str, ...]:
    return tuple(json_data("sections.json")["signature_box_not_signing"])


@cache
def _box_date() -> re.Pattern[str]:
    return re.compile(json_data("sections.json")["signature_box_date"])


@cache
def _box_post() -> re.Pattern[str]:
    return re.compile(json_data("sections.json")["signature_box_post"])


# A carrier whose number is left blank, a draft's: "(Ban hành kèm theo Quyết định số      /QĐ-UBND ngày    tháng …)".
_BLANK_CARRIER = re.compile(r"kèm theo\b[^()/\d]{1,60}?\bsố\s*:?[\s.…_]*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ]", re.IGNORECASE)


_MAX_CARRIER_LINES = 5


def _through_parenthesis(blocks: list[Block]) -> str:
    """The first block's text, or, when it opens a parenthesis, the lines through the one that closes it: a narrow
    cell wraps a carrier's line ("(Ban hành" / "kèm theo Quyết định số: 59/QĐ-UBND" / "Ngày 22 tháng" / "7 năm 2021 …)"); the first block's
    alone when none of them closes it (what follows is no part of it)."""
    texts: list[str] = []
    for block in blocks:
        texts.append(block.text or "")
        if not texts[0].startswith("(") or ")" in texts[-1]:
            return " ".join(texts)
    return texts[0] if texts else ""


def _carrier(layout: Layout, title_block: Block | None) -> tuple[Citation | None, Block] | None:
    """The document that issues this one, named right under its title: "KẾ HOẠCH" / "…" / "(Ban hành kèm theo Quyết định
    số 245/QĐ-UBND ngày 12/02/2026 của …)"; its citation (None for a carrier whose number is left blank) and block.
    None without a type heading (an annex's page names the document it belongs to, not one that issues it) or with a
    number or date line of its own."""
    if layout.heading is None or title_block is None or title_block not in layout.blocks:
        return None
    if any(_NUMBER_LINE.match(b.text or "") or _date_line(b.text or "") for b in layout.header):
        return None  # a number or date line of its own, even left blank (a draft)
    start = layout.blocks.index(title_block)
    for at, block in enumerate(layout.blocks[start + 1 : start + 5], start + 1):
        text = _through_parenthesis(layout.blocks[at : at + _MAX_CARRIER_LINES])
        if KEM_THEO.search(text):
            if cited := find_citations(text):
                return cited[0], block
            return (None, block) if _BLANK_CARRIER.search(text) else None
    return None


def _dated_by_carrier(meta: DocumentMetadata, issues: list[Issue], layout: Layout,
                      title_block: Block | None) -> tuple[DocumentMetadata, list[Issue]]:
    """A document with no number or date of its own, issued with another (a plan, a regulation under "Ban hành kèm
    theo Quyết định số …"): the carrier's date is the date of issue, said so by the warning issued_with; its number is
    the carrier's, never given as this document's own. A carrier whose number is left blank (a draft's) gives no date:
    the warning says so."""
    if meta.number is not None or meta.issued_date is not None or not (found := _carrier(layout, title_block)):
        return meta, issues
    carrier, block = found
    if carrier is None:
        return meta, [*issues, _warn("issued_with", "the document prints no number or date of its own: it is issued "
                                     f"with a document whose number is left blank, a draft's: '{block.text}'", block)]
    message = (f"the document prints no number or date of its own: it is issued with {carrier.doc_type} {carrier.number}"
               + (f" of {carrier.issued_date}, whose date is given as the date of issue" if carrier.issued_date else "")
               + f"; the number is that document's, not this one's: '{carrier.text}'")
    issues = [i for i in issues if not (carrier.issued_date and i.code == "missing_issue_date")]
    issues.append(_warn("issued_with", message, block))
    if carrier.issued_date is None:
        return meta, issues
    return meta.model_copy(update={"issued_date": carrier.issued_date,
                                   "sources": {**meta.sources, "issued_date": source_of(block)}}), issues


# ---------------------------------------------------------------------------------------------------
# Copies (Nghị định 30/2020 Điều 25-27): a copy block ("SAO Y", "SAO LỤC", "TRÍCH SAO") with the copying body's name,
# its own number ("Số: 15/SY-VP"), place and date, signer and recipients, printed after the copied document or before it.
# Its values are the copy's: the document's are read with the block left out, and a warning records it.


@cache
def _copies() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The marks (folded), the start of a copy's number line ("Số: 15/SY-", "Số: 03/SL-"), an e-copy's stamp."""
    data = json_data("copies.json")
    types = "|".join(map(re.escape, data["symbol_types"]))
    number = re.compile(rf"^S[ốóo]\s*[:.]?\s*\d*\s*/\s*(?:\d{{4}}\s*/\s*)?(?:{types})\s*-")
    return frozenset(data["marks"]), number, re.compile(data["e_copy"])


@cache
def _copy_words() -> tuple[str, ...]:
    """What a text without a copy lacks: the mark's word as a stamp prints it, or a copy type."""
    return ("SAO", "Sao", "sao y", *json_data("copies.json")["symbol_types"])


def _line_parts(block: Block) -> list[str]:
    return _columns(block) or [block.text or ""]


def _copy_mark(block: Block) -> bool:
    """A copy's mark alone on its line, in a column of it ("Số: 15/SY-VP\tSAO Y") or run into the end of the copying
    body's name ("UBND TỈNH GIA LAI SAO Y BẢN CHÍNH"), or an electronic copy's stamp ("SAO Y; CÔNG AN TỈNH …; 03/02/2026")."""
    text = block.text or ""
    if len(text) > 80:
        return False
    marks, _, e_copy = _copies()
    folded = fold(text)
    if e_copy.match(folded) or folded.strip(" .:*-") in marks:
        return True
    if is_upper_line(text) and any(folded.rstrip(" .:*-").endswith(" " + mark) for mark in marks):
        return True
    return any(fold(part).strip(" .:*-") in marks for part in _columns(block))


def _copy_number(block: Block) -> bool:
    """A number line with a copy's symbol ("Số: 15/SY-VP", "Số: 03/SL-UBND", "Số: 7/TrS-UBND"), alone or in a column."""
    number = _copies()[1]
    return any(number.match(part) for part in _line_parts(block))


def _copy_block_end(body: list[Block], k: int) -> int:
    """Past the copy block's lines from ``k``: its place and date, its recipients, its chain of authority and the name
    under it (columns side by side or run together). Anything else (the copied document's header or body) ends it."""
    signed = False
    while k < len(body):
        text = body[k].text or ""
        if signed and signer_name(text):
            return k + 1
        signing = bool(chain_tail(text)) or any(is_upper_line(c) and (authority_of(c) or position_of(c)) for c in _line_parts(body[k]))
        if not (signing or _date_line(text) or RECIPIENTS.match(text) or re.match(r"^[-+•–]\s*\S", text)):
            return k
        signed = signed or signing
        k += 1
    return k


def copy_blocks(body: list[Block]) -> list[tuple[int, int]]:
    """The copy blocks of ``body``, as (first, past the last) block. A mark alone (a stamp "SAO Y BẢN CHÍNH") is its
    own line only; with the copy's number it runs from the copying body's name above to the signer's name below."""
    if not _may_hold_a_copy(body):
        return []
    anchors = [i for i, b in enumerate(body) if _copy_mark(b) or _copy_number(b)]
    spans: list[tuple[int, int]] = []
    for first in anchors:
        if spans and first < spans[-1][1]:
            continue
        cluster = [i for i in anchors if first <= i <= first + 6]
        start, end = first, cluster[-1] + 1
        if any(_copy_number(body[i]) for i in cluster):
            while start > (spans[-1][1] if spans else 0) and first - start < 3 and _copy_body_line(body[start - 1].text or ""):
                start -= 1
            end = _copy_block_end(body, end)
        spans.append((start, end))
    return spans


def _may_hold_a_copy(blocks: list[Block]) -> bool:
    """A few substring tests in C over the whole text: they spare nearly every document the line-by-line tests."""
    joined = "\n".join(b.text or "" for b in blocks)
    return any(word in joined for word in _copy_words())


def _copy_body_line(text: str) -> bool:
    """A line of the copying body's name above its number: capitals, no motto, no heading, no signature line."""
    return (is_upper_line(text) and not _is_motto_line(text) and not is_type_heading(text)
            and not authority_of(text) and not position_of(text))


def without_copies(doc: Document, body: list[Block]) -> tuple[list[Block], list[Issue]]:
    """``body`` without its copy blocks, and a warning for each (or for an electronic copy's stamp the clean stage
    set aside): the number, date and signer of a copy are never the document's."""
    spans = copy_blocks(body)
    issues = [_warn("copy_block", "a copy block (" + " / ".join(b.text or "" for b in body[a:b])[:240]
                    + f") is printed {'before' if a == 0 or b < len(body) // 2 else 'after'} the document: its number, date "
                    "and signer are the copy's, not the document's", body[a]) for a, b in spans]
    # an e-copy's stamp line is at the top of a page: a web page's long chrome after it need not be read
    aside = [b for b in doc.blocks[:_MAX_HEADER_BLOCKS] if b.layer is not Layer.BODY] if not spans else []
    if aside and _may_hold_a_copy(aside) and (stamp := next((b for b in aside if _copy_mark(b)), None)):
        issues.append(_warn("copy_block", f"an electronic copy's stamp: '{stamp.text}'", stamp))
    dropped = {i for a, b in spans for i in range(a, b)}
    return [block for i, block in enumerate(body) if i not in dropped], issues


# ---------------------------------------------------------------------------------------------------
# Several documents in one file


def _opens_document(body: list[Block], i: int) -> bool:
    """Block ``i`` starts a document of its own: the header of one (the motto, a number line with a symbol) and
    its type heading follow within a few lines; in a paginated file it starts a page. A form in an annex
    ("Số: ……", no symbol) is no document."""
    if body[i].prov.page is not None and i and _past_noise(body, _page_start(body, i)) != i:
        return False
    first = body[i].text or ""
    if not (is_upper_line(first) and (_AGENCY_KINDS.match(strip_marks(first)) or _is_motto_line(first))) or _closes(body[i]):
        return False
    # a joint header's table read column by column holds each body's lines and rule before the motto and the numbers
    header_lines = _OPENING_HEADER_LINES + _JOINT_COLUMN_LINES * _joint_columns_at(body, i)
    window = [b.text or "" for b in body[i : i + header_lines + _OPENING_HEADING_AFTER]]
    numbered = False
    for text in window[:header_lines]:
        match = _NUMBER_LINE.match(text)
        parsed = _SYMBOL.match(normalise_number(match.group("rest") or match.group("rest2") or "")) if match else None
        numbered = numbered or bool(parsed and parsed.group("symbol"))
    motto = any(_MOTTO.match(t) or _MOTTO_INSIDE.search(strip_marks(t)) for t in window[:header_lines])
    return numbered and motto and any(is_type_heading(t) for t in window)


_OPENING_HEADER_LINES = 9  # the lines a document's header takes: its motto and its number stand within them
_JOINT_COLUMN_LINES = 4  # a body's column of a joint header table: its name's lines, its rule, its number
# how far above its motto a document may start: a header of one body, or a joint one read column by column (three
# bodies and their rules and numbers before the motto)
_PART_START_ABOVE_MOTTO = 8 + 2 * _JOINT_COLUMN_LINES
_OPENING_HEADING_AFTER = 5  # its type heading within so many lines more
def _joint_columns_at(body: list[Block], i: int) -> int:
    """How many more bodies' columns follow the first at block ``i``, read column by column before the motto: each a
    body's kind in capitals after a rule or a number ("TÒA ÁN NHÂN DÂN" / … / "-------" / "Số: 05/KH-TA" / "VIỆN
    KIỂM SÁT NHÂN DÂN" / …)."""
    columns = 0
    for k in range(i + 1, min(len(body), i + _OPENING_HEADER_LINES * 2)):
        text, before = body[k].text or "", body[k - 1].text or ""
        if _is_motto_line(text):
            break
        columns += bool((SEPARATOR.match(before) or _NUMBER_LINE.match(before)) and _AGENCY_KINDS.match(strip_marks(text)))
    return columns


def _page_start(body: list[Block], i: int) -> int:
    while i and body[i - 1].prov.page == body[i].prov.page:
        i -= 1
    return i


def _past_noise(body: list[Block], i: int) -> int:
    """The first block at or after ``i`` on its page that is not a scan's smudge (a stamp or a mark at the top)."""
    k = i
    while k < min(len(body) - 1, i + 3) and _is_noise(body[k]) and body[k + 1].prov.page == body[i].prov.page:
        k += 1
    return k


def _header_above(body: list[Block], heading: int) -> int:
    """Where a carried document starts: its type heading, or the issuer and motto lines printed above it."""
    start = heading
    while start > 1 and heading - start < 8:
        text = body[start - 1].text or ""
        if _closes(body[start - 1]) or not (is_upper_line(text) or SEPARATOR.match(text) or _is_motto_line(text)):
            break
        start -= 1
    return start


def _opens_annex(body: list[Block], i: int) -> bool:
    """Block ``i`` starts an annex on a page of its own ("PHỤ LỤC …", "DANH SÁCH …" in capitals)."""
    block = body[i]
    if block.prov.page is None or (i and _past_noise(body, _page_start(body, i)) != i):
        return False
    text = block.text or ""
    return bool(annex_heading(text)) or (is_upper_line(text) and fold(text).startswith("danh sach"))


def _closes(block: Block) -> bool:
    """The block ends a document: the list of recipients or a signature line."""
    text = block.text or ""
    if text.startswith("Nơi"):
        return bool(RECIPIENTS.match(text))
    text = _trim_noise(text)
    return is_upper_line(text) and bool(authority_of(text) or position_of(text))


def read_parts(body: list[Block], attached: list[AttachedDocument]) -> tuple[list[DocumentPart], list[Issue]]:
    """The documents of a file that holds several, in order: a new one starts, after the one before has closed
    (recipients or signature), with a header and a type heading of its own, or with the type heading of a document
    the first one issues ("KẾ HOẠCH" … "(Ban hành kèm theo Quyết định số …)", found by ``read_attached``); annexes on
    pages of their own after the last closing belong to the document before them. Empty for a file that holds one
    document."""
    texts = [b.text or "" for b in body]
    joined = "\n".join(texts)
    headings = {a.where["block"] for a in attached if a.where}
    carried = {k for k, b in enumerate(body) if b.id in headings}
    if joined.count("Tự do") + joined.count("NGHĨA VIỆT NAM") < 2 and not carried:
        return [], []  # every document prints the motto: one motto, one document (counted in C: this runs on every file)
    mottos = [k for k, text in enumerate(texts) if "Tự do" in text or "NGHĨA VIỆT NAM" in text]
    # Where a part can start: a few lines above a motto, at the top of a page (an annex), at a carried document
    candidates = {i for k in mottos[1:] for i in range(max(1, k - _PART_START_ABOVE_MOTTO), k + 1)} | carried
    candidates |= {_past_noise(body, i) for i in range(1, len(body))
                   if body[i].prov.page is not None and body[i].prov.page != body[i - 1].prov.page}
    starts: list[tuple[int, str, bool]] = [(0, "main", False)]  # (first block, relation, carried by the first)
    closed, scanned = False, 0
    for i in sorted(candidates):
        if not closed:
            closed = any(_closes(b) for b in body[max(scanned, starts[-1][0]) : i])
            scanned = i
        if not closed:
            continue
        if i in carried or _opens_document(body, i):
            starts.append((_header_above(body, i), "attached", True) if i in carried else (i, "attached", False))
            closed, scanned = False, i
        elif starts[-1][1] != "annex" and _opens_annex(body, i):
            starts.append((i, "annex", False))
    if sum(1 for _, relation, _ in starts if relation != "annex") < 2:
        return [], []
    parts: list[DocumentPart] = []
    issues: list[Issue] = []
    last_document = "part_1"
    for k, (start, relation, is_carried) in enumerate(starts):
        blocks = body[start : starts[k + 1][0] if k + 1 < len(starts) else len(body)]
        pid = f"part_{k + 1}"
        bounds = {"id": pid, "relation": relation, "attached_to": None if relation == "main" else (last_document if relation == "annex" else "part_1"),
                  "page_start": blocks[0].prov.page, "page_end": blocks[-1].prov.page,
                  "block_start": blocks[0].id, "block_end": blocks[-1].id}
        if relation == "annex":
            parts.append(DocumentPart(**bounds, doc_type="Phụ lục", title=blocks[0].text))
            continue
        reading = read_document(blocks)
        # a document issued with the first dates itself by it, as a file of its own would
        meta, found = _dated_by_carrier(reading.meta, reading.issues, reading.layout, reading.found_in.get("title"))
        parts.append(DocumentPart(**bounds, **{f: getattr(meta, f) for f in _PART_FIELDS}))
        if relation != "main":  # the main part's warnings are the document's own
            # a document issued with the first ("kèm theo") prints no header or signature of its own: nothing is
            # missing, and its date is the first's, printed in the file
            issues += [issue.model_copy(update={"message": f"{pid}: {issue.message}"}) for issue in found
                       if not (is_carried and (issue.code.startswith("missing_") or issue.code == "issued_with"))]
        last_document = pid
    return parts, issues


_PART_FIELDS = ("doc_type", "number", "symbol", "issued_date", "issued_date_partial", "place", "issuer", "title", "signer",
                "co_signers", "joint_numbers")


def _only_a_panel(meta: DocumentMetadata, layout: Layout, date_block: Block | None) -> bool:
    """The page shows no document: no heading, no number, no date but the panel's own ("Ngày ký: 10/03/2026")."""
    panel_date = date_block is not None and (date_block.text or "").lstrip("| ").startswith(tuple(site_attribute_fields()))
    return layout.heading is None and meta.number is None and meta.symbol is None and (meta.issued_date is None or panel_date)


def from_site_attributes(meta: DocumentMetadata, attributes: dict[str, str]) -> tuple[DocumentMetadata, list[Issue]]:
    """A page that holds no document text, only the site's attribute panel: the panel is then the only
    record of the document, and is used as such, with a warning saying so."""
    fields = site_attribute_fields()
    values = {fields[label]: value for label, value in attributes.items() if fields.get(label) and _a_panel_value(value)}
    printed = values.get("number", "")
    first = printed.split()[0] if printed.split() else ""
    number = first if _SYMBOL.match(first) else (normalise_number(printed) or None)  # "867/QĐ-QLTA Lỗi" on the site
    parsed = _SYMBOL.match(number or "")
    issued = parse_date(values.get("issued_date", ""))
    symbol = parsed.group("symbol") if parsed else None
    meta = meta.model_copy(update={
        "number": number, "symbol": symbol,
        "doc_type": (doc_type_by_folded_name().get(fold(values.get("doc_type", ""))) or values.get("doc_type")
                     or doc_type_of_symbol(symbol)),
        "issued_date": issued.iso if issued else None, "issuer": Issuer(name=values.get("issuer")),
        "signer": Signer(name=values.get("signer")), "title": values.get("title"),
        # the site's heading names the document itself ("Văn bản hợp nhất số 18/VBHN-BCT …"): no citation of it
        "cited_documents": [c for c in meta.cited_documents if not number or c.number != number],
    })
    panel = FieldSource(source="site_panel", confidence=None)
    meta = meta.model_copy(update={"sources": {field: panel for field in ("number", "doc_type", "issued_date", "issuer", "signer", "title")
                                               if getattr(meta, field, None) or field in ("issuer", "signer") and values.get(field)}})
    used = ", ".join(f"{label}: {value}" for label, value in attributes.items() if fields.get(label))
    return meta, [_warn("metadata_from_site_attributes", f"the page holds no document text, only the site's attribute panel ({used})")]


# The site's own name of the document it shows: "Nghị định số 35/2026/NĐ-CP Quy định …" (see html_containers.json).
_SITE_HEADING = re.compile(r"^(?P<type>[^\d/]{2,40}?)\s+(?:số\s+)?(?P<number>\d[\w.]*/\S+)(?:\s|$)")


def number_from_site_heading(meta: DocumentMetadata, doc: Document, layout: Layout) -> tuple[DocumentMetadata, list[Issue]]:
    """The number of a page whose document text prints no header (the site shows the header as its own heading above
    it: a legal site's heading the reader set apart, or a portal's headline above the document's type heading,
    "Kế hoạch số 35/KH-UBND ngày 10/3/2026 của UBND xã …"): from that heading, when it names the same type of
    document, with the source ``site_panel`` and a warning; its date too, when it follows the number."""
    furniture = next((b for b in doc.blocks if b.layer is not Layer.BODY), None) if doc.origin.format == "html" else None
    above = layout.header if layout.heading is not None else []
    for heading in (b for b in (furniture, _headline_above(doc), *above) if b is not None):
        match = _SITE_HEADING.match(heading.text or "")
        parsed = _SYMBOL.match(match.group("number").rstrip(".,;")) if match else None
        if parsed and doc_type_by_folded_name().get(fold(match.group("type"))) == meta.doc_type:
            break
    else:
        return meta, []
    number = match.group("number").rstrip(".,;")
    panel = FieldSource(source="site_panel", confidence=None, where=heading.where())
    update = {"number": number, "symbol": parsed.group("symbol"), "sources": {**meta.sources, "number": panel}}
    dated = _DATE_AFTER_NUMBER.match(heading.text or "", match.end("number"))
    if meta.issued_date is None and dated and (date := parse_date(f"ngày {dated.group(1)}")) and date.iso:
        update.update(issued_date=date.iso, sources={**update["sources"], "issued_date": panel})
    return meta.model_copy(update=update), [_warn(
        "number_from_site_heading", f"the document's text prints no header (no 'Số:' line); the site's heading above it "
                                    f"names it '{heading.text}': the number{' and date are' if dated and 'issued_date' in update else ' is'} "
                                    f"taken from there", heading)]


def _headline_above(doc: Document) -> Block | None:
    """The line right above the document on the page, past the posting date and view count a portal prints under
    its headline (never further: a page's lists of other documents stand further up)."""
    first = next((i for i, b in enumerate(doc.blocks) if b.layer is Layer.BODY), 0)
    for block in reversed(doc.blocks[:first]):
        if block.text and not boilerplate().article_chrome.match(block.text):
            return block
    return None


_DATE_AFTER_NUMBER = re.compile(r"\s+ngày\s+(\d{1,2}(?:[/.-]\d{1,2}[/.-]|\s+tháng\s+\d{1,2}\s+năm\s+)\d{4})\b")


def metadata(doc: Document) -> Document:
    meta, issues = extract(doc)
    if meta.title and any(w.code == "title_end_unknown" for w in doc.warnings):
        # the clean stage rebuilt the lines and found no end of the title: none rather than one running into the body
        meta = meta.model_copy(update={"title": None, "sources": {k: v for k, v in meta.sources.items() if k != "title"}})
    return doc.with_warnings(issues, metadata=meta)

