"""Pre-tests of the metadata stage's citation and signer searches give the answers of the plain code they spare: each
test compares the two on inputs generated here (hypothesis, from pieces of citations and signature blocks) and on every
line of the samples."""

from __future__ import annotations

from unittest import mock

from conftest import ROOT
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.model import Block, Layer, Provenance
from pipeline.stages import clean, metadata
from pipeline.stages.citations import find_citations


def _sample_lines() -> list[str]:
    lines = [line.strip() for path in sorted((ROOT / "corpus").glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 1000
    return lines


_MOSTLY = lambda usual, other: st.sampled_from([usual] * 5 + [other])  # noqa: E731  (pairs that can join, mostly)


# --- a citation read over a line's end: only where one of the two lines holds a "/" or a "-" ------------------------

def _citations_in_the_plain_way(block: Block, nxt: Block | None):
    """metadata._citations_in without its test of the two lines for a "/" or a "-"."""
    text = block.text or ""
    found = find_citations(text)
    if nxt is None or not text or not nxt.text or not clean.goes_on_next_line(block, nxt):
        return found
    joined = [c for c in find_citations(f"{text} {nxt.text}") if c.start < len(text)]
    if not any(c.end > len(text) for c in joined):
        return found
    starts = {c.start for c in joined}
    return sorted([*(c for c in found if c.start not in starts), *joined], key=lambda c: c.start)


# pieces of citations cut anywhere: type words, numbers and symbols apart and whole (a hyphen, a slash, a dash, a
# Party-style space), dates in words and figures, issuers
_CITATION_PIECES = st.lists(st.sampled_from([
    "Căn cứ Nghị định số", "Quyết định số", "Kế hoạch", "số", "07", "12/2020/NĐ-CP", "/QĐ-UBND", "-CP", "274/KH-UBND", "12",
    "/", "-", "–", "- Triển khai", "ngày", "12 tháng 3", "năm 2026", "ngày 02/12/2021", "của Chính phủ", "của UBND Thành phố",
    "và", "về", "Thủ tướng", "2021", "x", "THÔNG TƯ", "03-CTr/BDVTU", "298 KH/TWĐTN", "QĐUBND", ".", ";", ":", "của",
]), min_size=0, max_size=5).map(" ".join)


def _line(text: str, reader: str, layer: Layer, line: int) -> Block:
    return Block(id=f"b{line}", orig=text, text=text, layer=layer, prov=Provenance(reader=reader, line_start=line, line_end=line))


@st.composite
def _citation_pairs(draw):
    """A line and the next (mostly the source line after it, mostly body text of a page or a text file)."""
    start = draw(st.integers(1, 5))
    reader = draw(_MOSTLY("html", "txt"))
    first = _line(draw(_CITATION_PIECES), reader, Layer.BODY, start)
    second = _line(draw(_CITATION_PIECES), reader, draw(_MOSTLY(Layer.BODY, Layer.FURNITURE)), start + draw(_MOSTLY(1, 2)))
    return first, draw(_MOSTLY(second, None))


@settings(max_examples=2000, deadline=None)
@given(_citation_pairs())
@example((_line("Căn cứ Quyết định số", "txt", Layer.BODY, 1), _line("12 QĐ/UBND ngày 1/2/2020", "txt", Layer.BODY, 2)))
def test_citations_read_over_a_lines_end_are_the_plain_answer(pair):
    assert metadata._citations_in(*pair) == _citations_in_the_plain_way(*pair)


def test_citations_read_over_a_lines_end_are_the_plain_answer_on_every_pair_of_sample_lines():
    lines = [_line(text, "txt", Layer.BODY, k + 1) for k, text in enumerate(_sample_lines())]
    found = 0
    for block, nxt in zip(lines, lines[1:]):
        fast = metadata._citations_in(block, nxt)
        assert fast == _citations_in_the_plain_way(block, nxt), block.text
        found += bool(fast)
    assert found > 50  # the samples cite documents: more than empty lists were compared


def test_a_citation_cut_by_a_lines_end_is_still_read_over_it():
    # the number on the first line, the date and issuer on the next: the "/" is the first line's
    first = _line("Căn cứ Quyết định số 12/2020/QĐ-UBND ngày 12 tháng 3", "html", Layer.BODY, 1)
    second = _line("năm 2026 của UBND Thành phố", "html", Layer.BODY, 2)
    assert [c.issued_date for c in metadata._citations_in(first, second)] == ["2026-03-12"]
    # the type word on the first line, the number on the next: the "/" is the second line's
    first = _line("Căn cứ Quyết định số", "html", Layer.BODY, 1)
    second = _line("12/2020/QĐ-UBND ngày 12/3/2026 của UBND Thành phố", "html", Layer.BODY, 2)
    assert [c.number for c in metadata._citations_in(first, second)] == ["12/2020/QĐ-UBND"]


# --- a signature cell's chain and name apart: the cell's first word in capitals first ------------------------------

def _known_name_the_plain_way(text: str) -> bool:
    return metadata.signer_name(text) == text and (text.split()[0] in metadata._surnames()
                                                   or text.startswith(metadata._highland_name_starts()))


def _chain_then_name_the_plain_way(cell: str):
    words = cell.split()
    cut = min(next((k for k, word in enumerate(words) if word != word.upper()), len(words)), len(words) - 2)
    chain, rest = " ".join(words[:cut]), " ".join(words[cut:])
    if cut < 1 or not metadata.is_upper_line(chain):
        return None
    return (chain, rest) if _known_name_the_plain_way(rest) and metadata.signature_chain([chain]).title else None


# pieces of signature cells and of the body around them: authorities, positions, names (known family names and not),
# numbering, sentences, letters whose capital is another length ("ß", "ŉ") or a title case ("ǅ")
_CELL_PIECES = ["TM.", "KT.", "TL.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN", "Nguyễn Văn An",
                "Trần Thị Bình", "Y Moan Niê", "Hoàng", "Văn", "An", "Lê Minh", "1.", "a)", "-", "Căn cứ", "các", "đơn vị", "UBND",
                "tỉnh", "12/KH-UBND", "ß", "ŉ", "ǅ", "Ǆ", " ", "  ", "\t", ".", ","]
_CAPITALS = ["TM.", "KT.", "TL.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "SỞ NỘI VỤ", "UBND", "1.", "-", "(", "ß", "ŉ", "ǅ", "Ǆ"]
_NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Y Moan Niê", "Hoàng", "Văn", "Lê Minh", "các", "tỉnh", "An"]
# anything, or a cell as a signature's is built: words in capitals (a numbering's, a mark's among them), then a name's
_CELLS = st.one_of(
    st.lists(st.sampled_from(_CELL_PIECES), max_size=7).map(" ".join),
    st.tuples(st.lists(st.sampled_from(_CAPITALS), max_size=4), st.lists(st.sampled_from(_NAMES), max_size=3)).map(
        lambda parts: " ".join(parts[0] + parts[1])),
)


@settings(max_examples=3000, deadline=None)
@given(_CELLS)
@example("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An")
@example("ǅ CHỦ TỊCH Nguyễn Văn An")
@example("1. KT. CHỦ TỊCH Nguyễn Văn An")  # a first word in capitals with no letter: a chain still
def test_chain_then_name_is_the_plain_answer(cell):
    assert metadata._chain_then_name(cell) == _chain_then_name_the_plain_way(cell)


@settings(max_examples=2000, deadline=None)
@given(_CELLS)
def test_known_name_is_the_plain_answer(text):
    if text.split():  # the plain test reads the first word of a text that has one
        assert metadata._known_name(text) == _known_name_the_plain_way(text)


def test_chain_then_name_is_the_plain_answer_on_every_sample_line():
    for line in _sample_lines():
        assert metadata._chain_then_name(line) == _chain_then_name_the_plain_way(line), line
    assert metadata._chain_then_name("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An") == ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Nguyễn Văn An")
    assert metadata._chain_then_name("- PHÓ CHỦ TỊCH Trần Thị Bình") == ("- PHÓ CHỦ TỊCH", "Trần Thị Bình")
    assert metadata._chain_then_name("Phó Chủ tịch Trần Thị Bình") is None


# --- a scan's signature region: looked for only where a line after the heading was OCR'd ----------------------------

_REGION_TEXTS = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "Căn cứ Luật",
                 "Tổ chức thực hiện./.", "GIÁM ĐỐC SỞ Y TẾ", "Trần Thị Bình", "I. MỤC ĐÍCH", "các sở, ngành thực hiện"]


@st.composite
def _bodies(draw):
    """A body's lines, some read by OCR (with a box and a page, mostly) and some not."""
    body = []
    for k in range(draw(st.integers(0, 12))):
        reader = draw(st.sampled_from(["ocr", "pdf", "html", "txt"]))
        boxed = draw(_MOSTLY(True, False))
        x0, y0 = draw(st.integers(0, 300)), 40 + 20 * k
        prov = Provenance(reader=reader, line_start=k + 1, line_end=k + 1, page=draw(_MOSTLY(1, 2)) if boxed else None,
                          bbox=(x0, y0, x0 + draw(st.integers(20, 400)), y0 + 14) if boxed else None,
                          ocr_confidence=draw(st.sampled_from([None, 40, 90])) if reader == "ocr" else None)
        text = draw(st.sampled_from(_REGION_TEXTS))
        body.append(Block(id=f"b{k}", orig=text, text=text, prov=prov))
    return body


@settings(max_examples=1500, deadline=None)
@given(_bodies(), st.integers(0, 4), st.booleans())
def test_signature_region_is_the_plain_answer(body, after, whole_width):
    fast = metadata.signature_region(body, after, whole_width)
    with mock.patch.object(metadata, "_any_ocr_line", lambda blocks: True):
        assert fast == metadata.signature_region(body, after, whole_width)


def test_a_scans_signature_region_is_still_found():
    lines = ["Tổ chức thực hiện./.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"]
    body = [Block(id=f"b{k}", orig=t, text=t, prov=Provenance(reader="ocr", line_start=k + 1, line_end=k + 1, page=1,
                                                               bbox=(300, 40 + 20 * k, 500, 54 + 20 * k), ocr_confidence=90))
            for k, t in enumerate(lines)]
    assert metadata.signature_region(body, 0) is not None
    printed = [b.model_copy(update={"prov": b.prov.model_copy(update={"reader": "pdf"})}) for b in body]
    assert metadata.signature_region(printed, 0) is None
    # the chain's first line alone OCR'd (the seal over it), the rest of the closing a text layer's
    anchor_alone = [body[0], body[1], *printed[2:]]
    assert metadata.signature_region(anchor_alone, 1) == metadata.signature_region(body, 1) is not None
