"""Recognisers for the parts of an administrative document, shared by the metadata and sections stages:
the document-type heading, signature lines, the recipients line, annex headings, rules."""

from __future__ import annotations

import re
from functools import cache

from .resources import authority_prefixes, doc_type_by_folded_name, positions_by_folded_name
from .text import fold, is_upper_line

SEPARATOR = re.compile(r"^[-_=.*–—]{3,}$")
# The national motto: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc", as printed or broken over lines.
MOTTO = re.compile(r"^(?:CỘNG(?:\s|$)|HÒA XÃ HỘI|HOÀ XÃ HỘI|Độc lập\s*[-–]\s*Tự do)", re.IGNORECASE)
RECIPIENTS = re.compile(r"^Nơi nhận\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
KEM_THEO = re.compile(r"kèm theo", re.IGNORECASE)
# "PHỤ LỤC 1", "PHỤ LỤC", "Phụ lục MỘT SỐ NHIỆM VỤ …", "BIỂU TỔNG HỢP NHIỆM VỤ …"
_PHU_LUC, _BIEU = ("PHỤ LỤC", "Phụ lục"), "BIỂU"
ANNEX = re.compile(rf"^(?:(?P<phu_luc>{'|'.join(_PHU_LUC)})(?:\s+(?P<number>[IVXLC]+|\d+))?\b\s*(?P<rest>.*)|(?P<bieu>{_BIEU}\b.*))$")
_ANNEX_STARTS = (*_PHU_LUC, _BIEU)  # tested with str.startswith before ANNEX: this runs on every line


def doc_type_of_heading(text: str) -> str | None:
    """"KẾ HOẠCH" -> "Kế hoạch"; a heading is a whole capitalised line naming a document type
    ("QUYẾT ĐỊNH:" with a colon opens a decision's articles and is not one)."""
    if len(text) > _longest_heading() or text.endswith(":") or not is_upper_line(text):
        return None  # length first: this runs on every line, and most lines are far longer than any type name
    return doc_type_by_folded_name().get(_letters(text))


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
            return name
    return None


def is_type_heading(text: str) -> bool:
    """A document-type heading, alone ("KẾ HOẠCH") or with its title ("QUYẾT ĐỊNH CHẤP THUẬN …")."""
    return bool(doc_type_of_heading(text) or doc_type_leading_heading(text))


def authority_of(text: str) -> str | None:
    """"TM. ỦY BAN NHÂN DÂN" -> "TM."; also without the space ("KT.CHỦ TỊCH")."""
    for prefix in authority_prefixes():  # only the line's start in capitals: this runs on long lines too
        if text[: len(prefix)].upper().startswith(prefix) and len(text) > len(prefix) and is_upper_line(text[len(prefix) :]):
            return prefix
    return None


def position_of(text: str) -> str | None:
    """Canonical position when the whole line is one ("PHÓ CHỦ TỊCH", also "CHÚ TỊCH" with a slipped mark)."""
    return positions_by_folded_name().get(fold(text)) if is_upper_line(text) else None


def is_signature_line(text: str) -> bool:
    return bool(authority_of(text) or position_of(text))


def annex_heading(text: str) -> re.Match[str] | None:
    """An annex starts with a line "PHỤ LỤC [n]" (its title may follow in capitals) or "BIỂU …" in capitals."""
    match = ANNEX.match(text) if text.startswith(_ANNEX_STARTS) else None
    if not match:
        return None
    if match.group("bieu"):
        return match if is_upper_line(text) else None
    rest = match.group("rest")
    return match if not rest or is_upper_line(rest) else None
