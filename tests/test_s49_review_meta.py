"""Review of s49-meta: where its new rules gave a confident wrong value or lost one the base read right.

What the forms are (our own notes; every fixture is written for the test, names and numbers made up): OCR and copies
taken from a PDF put stray spaces inside a symbol's codes, mixed-case ones too ("QĐ-TT g", "T Tr-UBND", "KH-UB ND",
"K H-UBND"); a marking of urgency or secrecy ("Khẩn", "Mật") may stand beside the number; a Party committee's header
prints the committee over its own board ("TỈNH ỦY" / "BAN TUYÊN GIÁO") and the central committee over the Politburo
("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG" / "BỘ CHÍNH TRỊ"): a word of a name above that spells a kind with the line's own kind
word ("ỦY" + "BAN", "ĐẢNG" + "BỘ") is no kind running across the break.
"""

from __future__ import annotations

import pytest

from page_fields import processed, wrong_or_apart
from test_pages_s43_central import MOTTO

RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]
PLAN = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm thực hiện đúng tiến độ.", "II. NHIỆM VỤ", "1. Rà soát, hoàn thiện quy chế."]
COMMITTEE_SIGNS = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Khải"]
PRIME_MINISTER_SIGNS = ["THỦ TƯỚNG", "Nguyễn Văn Bình"]
PARTY_MOTTO = ["ĐẢNG CỘNG SẢN VIỆT NAM"]
DAY = "ngày 09 tháng 4 năm 2026"


def page(header: list[str], number_lines: list[str], signature=COMMITTEE_SIGNS, motto=MOTTO, heading="KẾ HOẠCH") -> list[str]:
    return [*header, "-------", *motto, "---------------", *number_lines, heading,
            "Tổ chức tháng hành động vì môi trường năm 2026", *PLAN, *RECIPIENTS, *signature]


PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"]
PRIME_MINISTER = ["THỦ TƯỚNG CHÍNH PHỦ"]

# --- 1. a space inside a code of the symbol (OCR, a PDF's text): the letters either side spell one known code, the
# word after the space is the symbol's; s49-meta cut the symbol there ("1125/QĐ-TT", "12/T") or read the rest a place
CODE_CUT = {
 "prime_minister_code_cut_before_its_small_letter": (page(PRIME_MINISTER, ["Số: 1125/QĐ-TT g", "Hà Nội, " + DAY],
   PRIME_MINISTER_SIGNS, heading="QUYẾT ĐỊNH"), dict(number="1125/QĐ-TTg", place="Hà Nội")),
 "prime_minister_code_cut_inside": (page(PRIME_MINISTER, ["Số: 1125/QĐ-T Tg", "Hà Nội, " + DAY], PRIME_MINISTER_SIGNS,
   heading="QUYẾT ĐỊNH"), dict(number="1125/QĐ-TTg", place="Hà Nội")),
 "prime_minister_code_cut_then_a_place": (page(PRIME_MINISTER, ["Số: 1125/QĐ-TT g Hà Nội " + DAY], PRIME_MINISTER_SIGNS,
   heading="QUYẾT ĐỊNH"), dict(number="1125/QĐ-TTg", place="Hà Nội", issued_date="2026-04-09")),
 "submission_type_cut_inside": (page(PROVINCE, ["Số: 12/T Tr-UBND", "Quảng Trị, " + DAY], heading="TỜ TRÌNH"),
  dict(number="12/TTr-UBND", place="Quảng Trị")),
 "committee_code_cut_then_a_place": (page(PROVINCE, ["Số: 45/KH-UB ND Quảng Trị " + DAY]),
  dict(number="45/KH-UBND", place="Quảng Trị", issued_date="2026-04-09")),
 "type_code_cut_then_a_place": (page(PROVINCE, ["Số: 45/K H-UBND Quảng Trị " + DAY]),
  dict(number="45/KH-UBND", place="Quảng Trị")),
 # what the rule is for stays read: a whole symbol, then the place
 "prime_minister_symbol_then_a_place": (page(PRIME_MINISTER, ["Số: 12/CT-TTg Hà Nội " + DAY], PRIME_MINISTER_SIGNS,
   heading="CHỈ THỊ"), dict(number="12/CT-TTg", place="Hà Nội", issued_date="2026-04-09")),
 "one_word_place_the_registry_knows": (page(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ"], ["Số: 45/KH-UBND Huế " + DAY]),
  dict(number="45/KH-UBND", place="Huế", issued_date="2026-04-09")),
}

# --- 2. a word beside the number that is no place: never the place, the number without it and a warning
NO_PLACE = {
 # a marking of urgency, its day on the next line or on the same
 "urgency_then_the_day_below": page(PROVINCE, ["Số: 45/KH-UBND Khẩn", DAY]),
 "urgency_then_the_day": page(PROVINCE, ["Số: 45/KH-UBND Khẩn " + DAY]),
 "secrecy_then_the_day_below": page(PROVINCE, ["Số: 45/KH-UBND Mật", DAY]),
 # a code in capitals before the place: the words are no place the registry knows
 "code_in_capitals_before_the_place": page(PROVINCE, ["Số: 45/KH-UBND VP Quảng Trị " + DAY]),
}

# --- 3. two bodies, one over the other, where a word of the name above spells a kind with the line's kind word
PARTY_BOARDS = {
 "province_committee_over_its_board": (page(["TỈNH ỦY", "BAN TUYÊN GIÁO", "*"], ["Số 45-KH/BTGTU", "Quảng Trị, " + DAY],
   ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn An"], PARTY_MOTTO),
  dict(issuer="BAN TUYÊN GIÁO", parent="TỈNH ỦY")),
 "central_committee_over_the_politburo": (page(["BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG", "BỘ CHÍNH TRỊ", "*"],
   ["Số 45-KH/TW", "Hà Nội, " + DAY], ["T/M BỘ CHÍNH TRỊ", "Nguyễn Văn An"], PARTY_MOTTO),
  dict(issuer="BỘ CHÍNH TRỊ", parent="BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG")),
 # what the rule is for stays read: the armed service's kind runs across the break, two words of it above
 "party_committee_of_the_navy": (page(["ĐẢNG ỦY QUÂN SỰ TRUNG ƯƠNG", "ĐẢNG ỦY QUÂN CHỦNG", "HẢI QUÂN", "*"],
   ["Số 45-KH/ĐU", "Hải Phòng, " + DAY], ["T/M ĐẢNG ỦY", "BÍ THƯ", "Lê Văn Đạt"], PARTY_MOTTO),
  dict(issuer="ĐẢNG ỦY QUÂN CHỦNG HẢI QUÂN", parent="ĐẢNG ỦY QUÂN SỰ TRUNG ƯƠNG")),
}

READ = {**CODE_CUT, **PARTY_BOARDS}


@pytest.mark.parametrize("name, form", [(name, form) for name in READ for form in ("text", "docx")])
def test_the_header_reads_right(tmp_path, name, form):
    lines, expected = READ[name]
    assert wrong_or_apart(processed(tmp_path, lines, form).metadata, expected) == {}


@pytest.mark.parametrize("name, form", [(name, form) for name in NO_PLACE for form in ("text", "docx")])
def test_a_word_beside_the_number_is_no_place(tmp_path, name, form):
    document = processed(tmp_path, NO_PLACE[name], form)
    assert (document.metadata.number, document.metadata.place) == ("45/KH-UBND", None)
    assert "number_words_after_symbol" in {warning.code for warning in document.warnings}
