"""Work a long document repeated, done once: each fast path gives what the plain code gives, compared on inputs
generated here and on the samples (the plain code is the function's own source with the fast path taken out)."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_speed_stage_bounds import _plain

from pipeline.model import Block, Provenance
from pipeline.stages import assignments as assignments_stage
from pipeline.stages import metadata

# --- a duty given to several bodies: its deadline and status read once ---------------------------------------------

_read_every_assignment = _plain(
    assignments_stage.assignments,
    '             if (d := deadlines[a.duty]) or a.deadline else a for a in found]\n'
    '    found = [a.model_copy(update={"status": s.status, "status_text": s.text}) if (s := statuses[a.duty]) else a\n',
    '             if (d := duty_deadline(a.duty, year, reported)) or a.deadline else a for a in found]\n'
    '    found = [a.model_copy(update={"status": s.status, "status_text": s.text}) if (s := duty_status(a.duty, reported)) else a\n',
)

_SHARED_DUTIES = """ỦY BAN NHÂN DÂN
TỈNH BÌNH PHƯỚC
Số: 41/KH-UBND
KẾ HOẠCH
Triển khai công tác chuyển đổi số năm 2027
I. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ, Sở Nội vụ, Sở Tài chính chủ trì, phối hợp với Văn phòng UBND tỉnh rà soát quy trình; hoàn thành trước ngày 30/6/2027.
2. Sở Y tế, Sở Giáo dục và Đào tạo chủ trì triển khai hồ sơ điện tử, báo cáo kết quả trước ngày 15 tháng 12 hằng năm, tiến độ: Đang triển khai.
3. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh phối hợp thực hiện; định kỳ hằng quý báo cáo UBND tỉnh.
4. Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Sở Tài chính kiểm tra việc thực hiện; thời gian: Quý III/2027.
5. UBND các huyện, thị xã, thành phố chủ trì tuyên truyền, tiến độ: Đã hoàn thành.
"""


def test_duties_read_once_give_the_plain_assignments(processed, corpus_docs):
    docs = [processed(_SHARED_DUTIES), *corpus_docs.values()]
    shared = 0
    for doc in docs:
        fast, plain = assignments_stage.assignments(doc).assignments, _read_every_assignment(doc).assignments
        assert [a.model_dump() for a in fast] == [a.model_dump() for a in plain]
        shared += len(fast) - len({a.duty for a in fast})
    # the inputs hold what the fast path is about: duties given to several bodies, with deadlines and statuses
    built = assignments_stage.assignments(docs[0]).assignments
    assert shared > 20 and len(built) > len({a.duty for a in built})
    assert any(a.deadline for a in built) and any(a.status for a in built)


# --- the name being printed where a list of bodies stops: after the last "," or ";" ---------------------------------

_LIST_PIECES = st.lists(st.sampled_from(["Sở Y tế", ",", ";", " ", "\n", "(", ")", "UBND tỉnh", "a", "", "  ,", "; ", "xây dựng"]),
                        max_size=8).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_LIST_PIECES, st.integers(0, 40), st.integers(0, 40))
@example("Sở A, Sở B; Sở C", 0, 16)
@example(",", 0, 1)
@example("a,b", 2, 3)
def test_last_name_is_the_plain_search(text, start, end):
    start, end = min(start, len(text)), min(max(start, end), len(text))
    assert assignments_stage._last_name(text, start, end) == re.compile(r"[^,;]*$").search(text, start, end).group()


# --- the signature's lines made only as far as its reading goes -------------------------------------------------------

_read_signer_on_every_line = _plain(metadata.read_signer, "    blocks, start = _signature_lines_to_start(blocks, after)\n",
                                    "    blocks = blocks[:after] + _signature_lines(blocks[after:])\n"
                                    "    start = _signature_start(blocks, after)\n")

# lines of a body (sentences, headings, items, a signature-like line in a table's cell) and of closings (chains,
# positions, names, "(đã ký)", a stamp's day and words, rows of cells, gaps): a decision's closing then its plan's
_BODY_LINES = ["Căn cứ Luật Tổ chức chính quyền địa phương;", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục tiêu", "a) Rà soát các thủ tục.",
               "- Sở Nội vụ chủ trì, phối hợp với các đơn vị thực hiện.", "Điều 3. Chánh Văn phòng UBND tỉnh …",
               "KẾ HOẠCH", "Triển khai công tác cải cách hành chính năm 2027", "| 1 | Rà soát | Sở Tư pháp | Quý II |",
               "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "CHỦ TỊCH UBND TỈNH", "GIÁM ĐỐC SỞ Y TẾ", ""]
_CLOSING_LINES = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "CHỦ TỊCH QUỐC HỘI", "Nguyễn Văn An", "Trần Thị Bình",
                  "Y Moan Niê", "(đã ký)", "(Đã ký)", "Đã ký: Lê Văn Hùng", "PHÓ CHỦ TỊCH (đã ký) Trần Văn Bình",
                  "Ký bởi: Lê Văn An", "Trần Văn Bình Ký bởi: Lê Văn An", "20.04.2026", "20/04/2026 09:15 Trần Văn Bình",
                  "2026-04-20", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An", "Trần Văn Bình | KT. GIÁM ĐỐC SỞ NỘI VỤ",
                  "| TM. ỦY BAN NHÂN DÂN | KT. GIÁM ĐỐC |", "TM. BAN THƯỜNG VỤ\tKT. GIÁM ĐỐC SỞ NỘI VỤ",
                  "Thời gian ký: 20.05.2025 09:15\tTrần Văn Bình", "\t\tLê Thị Hoa", "CHỦ TỊCH   GIÁM ĐỐC"]


@st.composite
def _documents(draw):
    """A body, a closing or two (each a run of closing lines), more body after them: long enough for settling to
    happen between any two lines (``_SETTLE_EVERY`` set as low as 1 by the tests)."""
    texts = []
    for _ in range(draw(st.integers(1, 3))):
        texts += draw(st.lists(st.sampled_from(_BODY_LINES), max_size=40))
        texts += draw(st.lists(st.sampled_from(_CLOSING_LINES), max_size=12))
    texts += draw(st.lists(st.sampled_from(_BODY_LINES + _CLOSING_LINES), max_size=80))
    blocks = [Block(id=f"b{k}", orig=text, text=" ".join(text.split()) if "\t" in text else text,
                    prov=Provenance(reader="txt", line_start=k + 1, line_end=k + 1)) for k, text in enumerate(texts)]
    return blocks, draw(st.integers(0, 4))


def _every_settling(check):
    """``check()`` with the lines made from one, two, three blocks first (twice as many each time after) and as the stage makes them."""
    kept = metadata._SETTLE_EVERY
    try:
        for every in (1, 2, 3, kept):
            metadata._SETTLE_EVERY = every
            check()
    finally:
        metadata._SETTLE_EVERY = kept


def _same_signature_lines(blocks: list[Block], after: int) -> None:
    lines, start = metadata._signature_lines_to_start(blocks, after)
    every_line = blocks[:after] + metadata._signature_lines(blocks[after:])
    assert start == metadata._signature_start(every_line, after)
    assert lines == every_line[: len(lines)]
    assert len(lines) == len(every_line) or start is not None and len(lines) >= start + metadata._SIGNATURE_REACH


def _same_signer(blocks: list[Block], after: int) -> None:
    assert metadata.read_signer(blocks, after) == _read_signer_on_every_line(blocks, after)


@settings(max_examples=600, deadline=None)
@given(_documents())
@example(([Block(id=f"b{k}", orig=t, text=t, prov=Provenance(reader="txt")) for k, t in enumerate(
    ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An", "20.04.2026"] + ["a) Rà soát các thủ tục."] * 60)], 0))
def test_signature_lines_made_to_the_reach_are_those_of_every_line(document):
    blocks, after = document
    _every_settling(lambda: _same_signature_lines(blocks, after))
    _every_settling(lambda: _same_signer(blocks, after))


_NAME_PIECES = ["Nguyễn", "Văn", "An", "Trần", "Thị", "Bình", "Y", "Moan", "Niê", "H'", "H' Yim", "K'", "Brình", "Kđoh",
                "Đại tá", "Thượng tướng", "Chuẩn đô đốc", "Phó đô đốc", "TS.", "PGS.", "PGS.TS.", "BS.CKII", "NGƯT.", "Vướn tướng",
                "Đại úy", ".", ",", " ", "  ", "\t", "rà soát", "1."]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=30).map(" ".join))
@example("Chuẩn đô đốc Phó đô đốc Chuẩn đô đốc Vướn tướng Nguyễn K' Brình K' Brình K' Brình K' Brình")  # 20 words, a name
@example("Chuẩn đô đốc Chuẩn đô đốc Chuẩn đô đốc K' Brình K' Brình K' Brình K' Brình K' Brình")
@example("Đại tá \t")
def test_no_name_is_the_plain_test(text):
    assert metadata._no_name(text) == (metadata.signer_name(text) is None)


@pytest.mark.parametrize("text", ["Đại tá \t", "Thượng tướng \u00a0", "Vướn tướng \t "])
def test_a_rank_then_only_spaces_is_no_name(text):
    assert metadata.signer_name(text) is None  # raised IndexError: the misread rank's rest had no word


def test_signature_lines_made_to_the_reach_on_the_samples(corpus_docs):
    cut_short = 0
    for doc in corpus_docs.values():
        body = doc.body()
        for after in (0, 5, 12):
            _every_settling(lambda: _same_signature_lines(body, after))
            _same_signer(body, after)
            cut_short += len(metadata._signature_lines_to_start(body, after)[0]) < len(body)
    assert cut_short  # a decision signed over the plan it carries: its plan's lines were not made


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(pytest.main([__file__]))
