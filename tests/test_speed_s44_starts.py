"""Two searches of issue 20 that tried every line or position where the first character settles it (s44-speedhtml),
each compared with the search as it was on hand-made lines and generated text (Hypothesis):

- the clean stage's search for the document's start (``document_span``) tries a line only where its first character
  can open a start (every start of boilerplate.json document_start opens with "^": ``text.anchored_start_gate``); a
  page whose start is not found (an English translation) had every line tested in full;
- the citation pattern's type words in capitals sit behind a lookahead on their first letters, so that the small
  letters a flattened table's line holds (which pass the pattern's first lookahead, for the types in small letters)
  are not each tried against them."""

import re

import pytest
from hypothesis import given, settings, strategies as st

from pipeline import text as text_module
from pipeline.model import Block, Provenance
from pipeline.stages import citations, clean


def _spans(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


# --- text.anchored_start_gate

@pytest.mark.parametrize("pattern, flags, opening, other", [
    (r"(?:^ỦY BAN\b)|(?:^(?:BỘ|SỞ)(?:\s|$))", 0, "SỞ Y TẾ", "Căn cứ"),
    (r"^(?:KẾ HOẠCH|QUYẾT ĐỊNH)$|^(?<!BAN )THƯỜNG TRỰC", 0, "THƯỜNG TRỰC", "the plan"),
    (r"\A(?:Law|Decree)\b", 0, "Law 105", "- Pursuant"),
    (r"^(?:noi nhan)", re.IGNORECASE, "NOI NHAN:", "so 5"),
])
def test_a_pattern_every_alternative_of_which_opens_with_a_caret_gets_a_gate(pattern, flags, opening, other):
    compiled = re.compile(pattern, flags)
    gate = text_module.anchored_start_gate(compiled)
    assert gate is not None
    assert gate.match(opening) and compiled.search(opening)
    assert not gate.match(other) and not compiled.search(other)
    assert not gate.match("")


@pytest.mark.parametrize("pattern, flags", [
    (r"^ỦY BAN|BỘ", 0),  # one alternative searched anywhere
    (r"^SỞ", re.MULTILINE),  # "^" after every line break
    (r"(?m)^SỞ|^BỘ", 0),
    (r"^.BAN", 0),  # any character first: nothing to tell by
    (r"(?:ỦY BAN)", 0),
    (r"^ ỦY", re.VERBOSE),  # read without its flags, the pattern's first character would be the space
])
def test_no_gate_where_a_match_may_start_past_the_text_s_first_character(pattern, flags):
    assert text_module.anchored_start_gate(re.compile(pattern, flags)) is None


def test_the_document_start_is_gated_by_its_first_character():
    gate = clean._document_start_gate()
    assert gate is not None and gate.match("ỦY BAN NHÂN DÂN") and not gate.match("Article 1. Scope")


# --- clean.document_span as it was: every line tested in full

def _plain_document_span(blocks: list[Block]) -> tuple[int, int, bool]:
    patterns = clean.boilerplate()
    start = next(
        (i for i, b in enumerate(blocks)
         if b.text and clean._upper_without_noise(line := clean._first_cell(b))
         and (clean._matches(patterns.start, line) or clean._matches(patterns.start, clean._wrapped_on(line, blocks, i)))
         and not clean._in_a_signing_stamp(blocks, i) and not clean._a_panels_value(blocks, i)),
        None,
    )
    found = start is not None
    start = start or 0
    end = next((i for i in range(start, len(blocks)) if clean._matches(patterns.end, blocks[i].text or "")), len(blocks))
    while end > start and clean._matches(patterns.chrome_before_end, blocks[end - 1].text or ""):
        end -= 1
    return start, end, found


def _blocks(lines: list[str], reader: str = "html") -> list[Block]:
    return [clean.normalise_block(Block(id=f"b{i:04d}", orig=line, prov=Provenance(reader=reader, line_start=i, line_end=i)))
            for i, line in enumerate(lines, 1)]


PAGES = {
    "an English translation": ["Law 105/2016/QH13", "LAW", "On Pharmacy", "_____", "Pursuant to the Constitution of the "
                               "Socialist Republic of Vietnam;", "THE NATIONAL ASSEMBLY promulgates the Law on Pharmacy.",
                               "Chapter I", "GENERAL PROVISIONS", "Article 1. Scope", "1. This Law deals with …"],
    "site chrome, then the header": ["Trang chủ | Văn bản | Tin tức", "Tra cứu văn bản", "• ỦY BAN NHÂN DÂN",
                                     "TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/KH-UBND",
                                     "KẾ HOẠCH", "Thực hiện công tác cải cách hành chính năm 2026"],
    "a header name wrapped in a narrow cell": ["Văn bản gốc", "TÒA ÁN NHÂN", "DÂN TỐI CAO", "Số: 03/KH-TANDTC",
                                               "KẾ HOẠCH"],
    "a star before the body's name": ["Tin mới", "* TỈNH ỦY GIA LAI", "Số 45-KH/TU", "ĐẢNG CỘNG SẢN VIỆT NAM"],
    "a bare word of a wrapped name": ["Chia sẻ", "ỦY", "BAN NHÂN DÂN", "HUYỆN BẮC QUANG", "Số: 7/KH-UBND"],
    "sentences only": ["Các sở, ban, ngành triển khai thực hiện.", "- Sở Nội vụ theo dõi, đôn đốc.", "1. Mục tiêu",
                       "a) Nâng cao chất lượng", "(1) Tổ chức hội nghị"],
    "a bar-separated header copied as text": ["| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
                                              "| TỈNH GIA LAI | Độc lập - Tự do - Hạnh phúc |", "KẾ HOẠCH"],
}


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("reader", ["html", "txt"])
def test_the_document_span_is_the_one_every_line_tested_gave(page, reader):
    blocks = _blocks(PAGES[page], reader)
    assert clean.document_span(blocks) == _plain_document_span(blocks)


_LINE_PIECES = ["ỦY BAN NHÂN DÂN", "UỶ", "ỦY", "BAN", "UBND", "SỞ Y TẾ", "BỘ TÀI CHÍNH", "TÒA ÁN NHÂN", "DÂN",
                "CỘNG HÒA", "KẾ HOẠCH", "THƯỜNG TRỰC", "HỘI ĐỒNG NHÂN DÂN", "TRUNG TÂM", "Law", "Decree", "The",
                "Căn cứ", "Sở Nội vụ", "các", "•", "·", "*", "|", "Số: 12/KH-UBND", "Ký bởi: Sở Nội vụ", "Email: a@b.vn",
                "Signature Not Verified", "12", "I.", "-", "(", "…", "x"]
_LINES = st.lists(st.sampled_from(_LINE_PIECES), max_size=6).map(" ".join) | st.lists(
    st.sampled_from(_LINE_PIECES), max_size=4).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=8), st.sampled_from(["html", "txt"]))
def test_generated_pages_span_as_every_line_tested_gave(lines, reader):
    blocks = _blocks(lines, reader)
    assert clean.document_span(blocks) == _plain_document_span(blocks)


# --- citations: the type words in capitals behind a lookahead on their first letters

_TYPE_WORDS_LOOKAHEAD = text_module.first_character_lookahead([*citations._TYPE_WORDS.split("|"), *citations._OCR_TYPE_WORDS])
PLAIN_CITATION = citations.CITATION.pattern.replace(f"(?P<type>{_TYPE_WORDS_LOOKAHEAD}", "(?P<type>", 1)


def test_the_type_words_in_capitals_are_tried_only_at_their_first_letters():
    assert citations.CITATION.pattern.count(f"(?P<type>{_TYPE_WORDS_LOOKAHEAD}(?:\\b|") == 1
    assert PLAIN_CITATION != citations.CITATION.pattern


TABLE_LINES = [
    # a flattened task table: rows on lines, cells run together
    "TT Nhiệm vụ Tiến độ hoàn thành Cơ quan chủ trì Cơ quan phối hợp Sản phẩm\n1. Tổ chức triển khai Nghị quyết số "
    "66-NQ/TW ngày 30/4/2025 của Bộ Chính trị Tháng 12/2025 Sở Tư pháp Các sở, ngành Kế hoạch\n2. Thực hiện Kế hoạch "
    "kiểm tra năm 2025 Quý II/2025 Sở Nội vụ Các cơ quan Báo cáo/văn bản",
    "STT Nội dung Sản phẩm\n1 Xây dựng kế hoạch theo Quyết định 1234/QĐ-UBND và công văn số 45/UBND-KT Kế hoạch\n2 "
    "kèm theoQuyết định số 12/QĐ-UBND; Thông tư liên tịch số 19/2008/TTLT-BNV-BTC giữa Bộ Nội vụ và Bộ Tài chính",
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 và Nghị đinh số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025",
    "THỰC HIỆN NGHỊ QUYẾT SỐ 01/NQ-CP NGÀY 05 THÁNG 01 NĂM 2023 CỦA CHÍNH PHỦ",
    "NĐ 30/2020/NĐ-CP, QĐ số 1234/QĐ-UBND, CV số 12/UBND-VX, kế hoạch 117-KH/TU, báo cáo thẩm trasố 52/BC-HĐND",
]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("line", TABLE_LINES)
def test_the_citation_pattern_matches_as_without_the_lookahead(line, flags):
    assert _spans(re.compile(citations.CITATION.pattern, flags), line) == _spans(re.compile(PLAIN_CITATION, flags), line)


def test_find_citations_reads_a_table_s_citations():
    numbers = [c.number for c in citations.find_citations(TABLE_LINES[1])]
    assert numbers == ["1234/QĐ-UBND", "45/UBND-KT", "12/QĐ-UBND", "19/2008/TTLT-BNV-BTC"]


_PIECES = ["Quyết định", "quyết định", "Nghị đinh", "Quyêt định", "Kế hoạch", "kế hoạch", "Luật Đất đai", "Bộ luật",
           "Thông tư liên tịch", "QĐ", "NĐ", "KH", "CV", "TTLT", "số", "Số:", "s", "12/KH-UBND", "15/2020/NĐ-CP",
           "38/2019/QH14", "298 KH/TWĐTN", "ngày 12/3/2026", "của", "Bộ Tài chính", "giữa", "và", "theo", "kèm theo",
           "Sở Nội vụ", "Tháng 7/2025", "1.", "x", "ạ", "đ"]
_SEPARATORS = st.sampled_from([" ", "", "\n", ", ", "; "])


@st.composite
def _table_like(draw) -> str:
    return "".join(piece + draw(_SEPARATORS) for piece in draw(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=16)))


_PLAIN = re.compile(PLAIN_CITATION)
_PLAIN_CAPITALS = re.compile(PLAIN_CITATION, re.IGNORECASE)


@settings(max_examples=500, deadline=None)
@given(_table_like())
def test_generated_text_matches_as_without_the_lookahead(text):
    assert _spans(citations.CITATION, text) == _spans(_PLAIN, text)
    assert _spans(citations._CITATION_IN_CAPITALS, text) == _spans(_PLAIN_CAPITALS, text)
