"""Work a long document repeated, done once: each fast path gives what the plain code gives, compared on inputs
generated here and on the samples (the plain code is the function's own source with the fast path taken out)."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_speed_stage_bounds import _plain

from pipeline.stages import assignments as assignments_stage

# --- a duty given to several bodies: its deadline and status read once ---------------------------------------------

_read_every_assignment = _plain(
    assignments_stage.assignments,
    '    found = [a.model_copy(update={"deadline": d}) if (d := deadlines[a.duty]) else a for a in found]\n'
    '    found = [a.model_copy(update={"status": s.status, "status_text": s.text}) if (s := statuses[a.duty]) else a\n',
    '    found = [a.model_copy(update={"deadline": d}) if (d := duty_deadline(a.duty, year, reported)) else a for a in found]\n'
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


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(pytest.main([__file__]))
