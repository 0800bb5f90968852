"""Agency names in a cell or a sentence, split into one name each and kept as printed.

"- Sở, Ban, Ngành - UBND các quận, huyện, thị xã" -> ["Sở, Ban, Ngành", "UBND các quận, huyện, thị xã"];
"Sở TN&MT, ban QL Khu CN&CX; UBND cấp huyện, UBND cấp xã." -> four names. A comma splits only where
a new body starts ("Sở …", "UBND …", "ban QL …"), never inside a list of kinds ("các sở, ban, ngành")
or of places ("UBND các quận, huyện, thị xã").
"""

from __future__ import annotations

import re

from .text import fold

# Words that start the name of a body, in the forms they are printed.
_BODY_START = (
    r"(?:các\s+|Các\s+)?(?:Sở|sở|UBND|UBNĐ|Ủy ban|Uỷ ban|Văn phòng|VPUBND|VPUB|VP|Ban|ban|Viện|Trung tâm|Thanh tra|Công an|"
    r"Bảo hiểm|BHXH|Đài|Tòa án|Cơ quan|cơ quan|HĐND|Hội đồng|MTTQ|Mặt trận|Tổng Công ty|Đoàn|Phòng|Chi cục|Cục|Bộ|Trường|"
    r"Đơn vị|đơn vị|Tổ|Hội|Báo|Đảng ủy|Thành ủy|Tỉnh ủy|Quận ủy|Huyện ủy|Kho bạc|Ngân hàng|Liên đoàn|Bệnh viện)\b"
)
# A dash starts a new name at the start of the cell, or inside it when a body's name follows:
# "- Văn phòng UBND Thành phố - Sở Nội vụ", but not "Sở Lao động - Thương binh và Xã hội".
_BULLET = re.compile(rf"^\s*[-+•–]\s*|\s[-+•–]\s+(?={_BODY_START})")
_SEMICOLON = re.compile(r"\s*;\s*")
_NEW_LINE_BODY = re.compile(rf"\n(?=\s*(?:[-+•–]\s*)?{_BODY_START})")
_COMMA_BEFORE_BODY = re.compile(rf",\s+(?={_BODY_START}\s+\S)")
_TRAILING = re.compile(r"[\s.;,:]+$")


def unique_names(names: list[str]) -> list[str]:
    """Names once each, compared on the folded form; the first spelling printed is kept."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(fold(name), name)
    return list(seen.values())


def split_agencies(text: str) -> list[str]:
    """One name per body, as printed (bullets and trailing punctuation removed)."""
    names: list[str] = []
    # a paragraph that starts a body's name is a new name; one that does not ("Thành phố") goes on
    text = _NEW_LINE_BODY.sub(" ; ", text).replace("\n", " ")
    for bullet in _BULLET.split(text):
        for part in _SEMICOLON.split(bullet):
            for name in _COMMA_BEFORE_BODY.split(part):
                name = _TRAILING.sub("", name.strip())
                if name:
                    names.append(name)
    return names
