"""Shortcuts the stages take over every line (issue 20) give the answers of the plain code they spare: each test keeps the
plain code and compares the two on inputs generated here (hypothesis, from pieces of what each looks for) and on the
samples."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.model import Block, Provenance
from pipeline import text as text_module
from pipeline.stages import citations, clean, metadata, tables


# --- the signature passes: only on the lines they can change --------------------------------------------------------

def _signature_lines_the_plain_way(blocks: list[Block]) -> list[Block]:
    return metadata._chain_and_name_apart(metadata._without_bare_stamps(metadata._split_at_signed_marks(blocks)))


# what the passes act on (a "(đã ký)" in its spellings, a stamp's words and day, bars, gaps, chains in capitals before a
# name) and the body's lines around them (numbered, bulleted, in capitals, in small letters)
_SIGNATURE_PIECES = [
    "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "GIÁM ĐỐC SỞ NỘI VỤ", "Nguyễn Văn An", "Trần Thị Bình", "Y Moan Niê",
    "(đã ký)", "(Đã ký)", "[daky]", "[Đã ký]", "Đã ký:", "ĐÃ KÝ", "Ký bởi: Lê Văn An", "Ký bởi:", "ký", "Ký", "ky", "KÝ",
    "20.04.2026", "20/04/2026 09:15", "2026-04-20", "1.", "2.1.", "12", "-", "a)", "Căn cứ", "các đơn vị", "thực hiện",
    "|", " | ", "\t", "   ", ":", "(", "[", "Nơi nhận:", "- Lưu: VT.", "Thời gian ký:", "ß", "ǅ",
]


@st.composite
def _signature_blocks(draw):
    """Lines of a closing and of the body before it; a line's copy (orig) with its table's gaps now and then."""
    blocks = []
    for k in range(draw(st.integers(0, 8))):
        text = " ".join(draw(st.lists(st.sampled_from(_SIGNATURE_PIECES), max_size=5)))
        orig = draw(st.sampled_from([text, text.replace(" | ", "\t"), text.replace(" ", "   ", 1), f"  {text}  "]))
        blocks.append(Block(id=f"b{k}", orig=orig, text=draw(st.sampled_from([text, text, f" {text} ", None])),
                            prov=Provenance(reader="txt", line_start=k + 1, line_end=k + 1)))
    return blocks


def _line(k: int, text: str, orig: str | None = None) -> Block:
    return Block(id=f"b{k}", orig=orig or text, text=text, prov=Provenance(reader="txt", line_start=k + 1, line_end=k + 1))


@settings(max_examples=800, deadline=None)
@given(_signature_blocks())
@example([_line(0, "Nguyễn Văn An"), _line(1, "20.04.2026")])  # a bare stamp's day takes the name over it
@example([_line(0, "PHÓ CHỦ TỊCH (đã ký) Trần Văn Bình"), _line(1, "20.04.2026 Trần Văn Bình")])
@example([_line(0, "Thời gian ký: 20.05.2025 09:15 Trần Văn Bình", "Thời gian ký: 20.05.2025 09:15\tTrần Văn Bình")])
@example([_line(0, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An"), _line(1, "Trần Văn Bình | KT. GIÁM ĐỐC SỞ NỘI VỤ")])
def test_signature_lines_are_the_plain_answer(blocks):
    assert metadata._signature_lines(blocks) == _signature_lines_the_plain_way(blocks)


def test_signature_lines_are_the_plain_answer_on_every_sample(corpus_docs):
    changed = 0
    for doc in corpus_docs.values():
        body = doc.body()
        fast = metadata._signature_lines(body)
        assert fast == _signature_lines_the_plain_way(body)
        changed += fast != body
    assert changed  # some sample's closing was parted: more than unchanged lists were compared


# --- a table's column numbers "1" / "2" / "3": read no further than the first that is not the next -----------------

def _opens_bare_column_numbers_the_plain_way(blocks: list[Block], k: int) -> bool:
    numbers = (tables._bare_number(tables._cell_words_of(b)) for b in blocks[k:k + 6] if tables._cell_words_of(b))
    return [n for n, _ in zip(numbers, range(3))] == [1, 2, 3]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["1", "2", "3", "4", "1 |", "2|", " 3 | ", "", " ", "|", "01", "123", "²", "١", "x", "(1)", None]),
                max_size=9), st.integers(0, 9))
@example(["1", "", "2", "|", "3"], 0)
@example(["1", "2", "4", "3"], 0)
def test_bare_column_numbers_are_the_plain_answer(texts, k):
    blocks = [Block(id=f"b{n}", orig=text or "", text=text, prov=Provenance(reader="txt")) for n, text in enumerate(texts)]
    assert tables._opens_bare_column_numbers(blocks, k) == _opens_bare_column_numbers_the_plain_way(blocks, k)


# --- where a list of numbers can go on: "và" found from its "v", the space before it tested after ------------------

_PLAIN_LIST_START = re.compile(r"(?:[,;:]|\svà(?: các)?)(?=\s*(?:[sS]ố\s*:?\s*)?\d)")

# separators and what may follow them: "và" glued to a word or after a tab, a line break, a no-break space; numbers
# with and without "số"; "các" once or twice; letters and figures anywhere
_LIST_PIECES = st.lists(st.sampled_from([
    "và", " và", "và các", " và các", "\tvà", "\nvà", "\u00a0và", "Xvà", "vvà", "các", " ", "  ", ",", ";", ":", "số", "số:",
    "Số", "12", "3/KH-UBND", "15/QĐ-SYT ngày 05/3/2026", "của Sở Y tế", "x", "v", "à",
]), max_size=10).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_LIST_PIECES)
@example(" và 12/KH-UBND")
@example("Xvà 12")
@example("và 12")  # at the text's start: no space before it, no start
def test_list_starts_are_the_plain_patterns(text):
    assert citations._list_starts(text) == [0, *(m.end() for m in _PLAIN_LIST_START.finditer(text))]
    assert [m.span() for m in citations._listed(text)] == [m.span() for m in citations._LISTED.finditer(text)]


# --- a line in capitals but for some words: its words read one at a time ------------------------------------------

def _is_upper_line_without_the_plain_way(text: str, dropped: re.Pattern[str], drops_word: re.Pattern[str]) -> bool:
    for word in text.split():
        if word != word.upper() and not drops_word.search(word):
            return False
    return text_module.is_upper_line(dropped.sub("", text))


# words in capitals, in small letters, symbols the patterns drop; every kind of space str.split and re's \s know (and
# characters neither takes for one: a zero-width space, a soft hyphen)
_UPPER_PIECES = st.lists(st.sampled_from([
    "QUYẾT", "ĐỊNH", "Số", "số", "12/QĐ-UBND", "12/qđ-ubnd", "NGÀY", "ngày", "ß", "ǅ", "x", " ", "  ", "\t", "\n", "\xa0",
    "\u2028", "\u3000", "\x1c", "\x85", "\u200b", "\xad", "-", "|",
]), max_size=10).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_UPPER_PIECES)
@example("QUYẾT ĐỊNH SỐ 12/qđ-ubnd")  # a word in small letters the pattern drops
@example("QUYẾT\x1cĐỊNH số")  # a separator str.split and re both take for a space
def test_upper_line_without_is_the_plain_answer(text):
    for dropped, drops_word in ((citations._SYMBOL_IN_CAPITALS, citations._SYMBOL_WORD), (clean._NOISE_WORD, clean._NOISE)):
        assert text_module.is_upper_line_without(text, dropped, drops_word) == \
            _is_upper_line_without_the_plain_way(text, dropped, drops_word)
