"""Stages that look only where an answer can be give the answers of the plain code that looked everywhere: each test
compares the two on inputs generated here (hypothesis, from pieces of the lines each search is about) and on the
samples' lines."""

from __future__ import annotations

import inspect
import textwrap

from conftest import ROOT
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.model import Block, Layer, Provenance
from pipeline.stages import metadata, tables
from pipeline.stages.parts import KEM_THEO


def _sample_lines() -> list[str]:
    lines = [line.strip() for path in sorted((ROOT / "corpus").glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 1000
    return lines


def _plain(function, fast_path: str, plain: str = ""):
    """``function`` as written with ``plain`` for the lines ``fast_path`` (its source, run again in its module's
    namespace): the plain code a fast path spares, to compare with."""
    source = textwrap.dedent(inspect.getsource(function))
    assert fast_path in source
    namespace = dict(vars(inspect.getmodule(function)))
    exec(source.replace(fast_path, plain), namespace)  # noqa: S102  (the project's own source, a few lines changed)
    return namespace[function.__name__]


def _blocks(texts: list[str]) -> list[Block]:
    return [Block(id=f"b{k}", orig=text, text=text, layer=Layer.BODY, prov=Provenance(reader="txt", line_start=k + 1, line_end=k + 1))
            for k, text in enumerate(texts)]


# --- "kèm theo" looked for by its "è" first ----------------------------------------------------------------------

_PHRASE_PIECES = st.lists(st.sampled_from([
    "kèm theo", "KÈM THEO", "Kèm Theo", "kÈm tHeo", "\u212aèm theo", "ke\u0300m theo", "kèm", "theo", "kèm  theo", "ban hành",
    "(", ")", "Kế hoạch số 12/KH-UBND", "x", "", " ", "Điều 1.", "Ban hành kèm theo Quyết định này", "theo kèm", "chè", "È",
]), max_size=4).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_PHRASE_PIECES)
@example("\u212aÈM THEO")  # the Kelvin sign matches "k" regardless of case
def test_kem_theo_found_by_its_e_first_is_the_plain_search(text):
    assert metadata._holds_kem_theo(text) == (KEM_THEO.search(text) is not None)


# --- read_attached: only the lines up to five over a "kèm theo" ----------------------------------------------------

# metadata.read_attached trying every line after the heading
_read_attached_everywhere = _plain(metadata.read_attached, "    for i in tried:\n",
                                   "    for i in range(layout.heading + 1, len(layout.blocks)):\n")


_CARRIER_LINES = st.sampled_from([
    "KẾ HOẠCH", "QUYẾT ĐỊNH", "QUY CHẾ", "QUY ĐỊNH", "PHỤ LỤC II", "PHỤ LỤC", "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ",
    "QUY ĐỊNH KỸ THUẬT VỀ CƠ SỞ DỮ LIỆU", "Chương II", "Triển khai công tác chuyển đổi số năm 2026",
    "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/3/2026 của UBND tỉnh)", "(Kèm theo Kế hoạch số 159/KH-UBND)",
    "kèm theo Quyết định số 12/QĐ-UBND", "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc",
    "Ban hành kèm theo Quyết định này Kế hoạch", "- Các sở, ban, ngành kèm theo danh sách", "", "I. MỤC TIÊU",
    "1. Mục đích", "QUYẾT ĐỊNH:", "Điều 2. Quyết định này có hiệu lực", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_CARRIER_LINES, min_size=1, max_size=25))
@example(["KẾ HOẠCH", "QUY CHẾ", "Làm việc của Ủy ban", "(Kèm theo Kế hoạch số 159/KH-UBND)"])
def test_documents_carried_are_those_found_trying_every_line(lines):
    layout = metadata.Layout.of(_blocks(["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND", "Lâm Đồng, ngày 5 tháng 3 năm 2026",
                                         *lines]))
    assert metadata.read_attached(layout) == _read_attached_everywhere(layout)


def test_documents_carried_are_those_found_trying_every_line_of_the_samples():
    carried = 0
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        texts = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        layout = metadata.Layout.of(_blocks(texts))
        found = metadata.read_attached(layout)
        assert found == _read_attached_everywhere(layout), path.name
        carried += len(found)
    assert carried  # a sample carries a document: more than empty lists were compared


# --- _chain_then_name: a line led by one word in capitals, the next not, is parted no further --------------------

# metadata._chain_then_name splitting every line led by a word in capitals whole
_chain_then_name_plain = _plain(metadata._chain_then_name, """    # one word in capitals then one that is not ("- Triển khai …", "1. Mục tiêu"): that word is the whole chain
    if len(head) < 3 or head[1] != head[1].upper() and not is_upper_line(head[0]):
        return None
""")


_SIGNATURE_PIECES = st.lists(st.sampled_from([
    "KT.", "TM.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "ỦY BAN NHÂN DÂN", "Nguyễn Văn An", "Trần Thị Bình", "Nguyễn",
    "-", "+", "1.", "a)", "II.", "X", "Triển khai", "năm 2026", "UBND", "Sở", "(đã ký)", "A", "Văn", " ", "  ",
]), max_size=6).map(" ".join)


@settings(max_examples=3000, deadline=None)
@given(_SIGNATURE_PIECES)
@example("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An")
@example("X Nguyễn Văn An")
@example("- Triển khai")
def test_a_chain_then_a_name_is_the_plain_answer(cell):
    assert metadata._chain_then_name(cell) == _chain_then_name_plain(cell)


def test_a_chain_then_a_name_is_the_plain_answer_on_every_sample_line():
    lines = [*_sample_lines(), "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An", "GIÁM ĐỐC Trần Thị Bình"]
    parted = 0
    for line in lines:
        fast = metadata._chain_then_name(line)
        assert fast == _chain_then_name_plain(line), line
        parted += fast is not None
    assert parted >= 2


# --- tables._without_page_lines: a row with no page line before it flushes nothing ------------------------------

_PAGE_LINE_PIECES = st.sampled_from([
    "1", "2", "3", "4", "12", "(1) (2) (3) (4)", "1 |", "2 |", "3 |", "Trang 2", "- 5 -", "2/15", "", "KẾ HOẠCH CHUYỂN ĐỔI SỐ",
    "Sở Nội vụ |", "Sở Tài chính", "Năm 2026", "Rà soát thủ tục hành chính |", "TT", "Nội dung", "Đơn vị chủ trì |",
])


_PLAIN_WITHOUT_PAGE_LINES = _plain(
    tables._without_page_lines, "        if not run:  # nothing to keep or drop: most rows come with no page line before them\n            return\n")


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(_PAGE_LINE_PIECES, st.booleans()), max_size=16), st.booleans(),
       st.sets(st.sampled_from(["ke hoach chuyen doi so", "trang 2", "2/15", "so noi vu", "- 5 -", "nam 2026"]), max_size=3))
@example([("1", False), ("Sở Nội vụ", False), ("Trang 2", False), ("KẾ HOẠCH CHUYỂN ĐỔI SỐ", False), ("(1) (2) (3) (4)", False),
          ("2", False)], False, {"ke hoach chuyen doi so"})  # the page's number and running header dropped
def test_rows_without_page_lines_are_the_plain_answer(lines, pipe, running):
    blocks = [Block(id=f"b{k}", orig=text, text=text, cell_end=cell_end, layer=Layer.BODY, prov=Provenance(reader="txt"))
              for k, (text, cell_end) in enumerate(lines)]
    assert [b.id for b in tables._without_page_lines(blocks, frozenset(running), pipe)] == \
           [b.id for b in _PLAIN_WITHOUT_PAGE_LINES(blocks, frozenset(running), pipe)]
