"""The third review of s46-deadlines with its fixes (s47-fixdl). Every cell is written for these tests; none is a real
document's.

- a bare "trong năm"/"cả năm" in a plan with no year of its own ("giai đoạn 2026-2030") beside a period printed with
  its year is no year to compare: the cell's own period, never a crash refusing the whole document.
"""

from __future__ import annotations

import pytest

from conftest import write_with_table
from pipeline.run import process
from pipeline.stages.deadlines import deadline_doubt, parse_deadline

_SPAN_PLAN = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Số: 88/KH-UBND", "Quảng Trị, ngày 15 tháng 3 năm 2026", "KẾ HOẠCH",
              "Thực hiện Chương trình chuyển đổi số giai đoạn 2026-2030", "I. MỤC ĐÍCH, YÊU CẦU",
              "Bảo đảm thực hiện đồng bộ các nhiệm vụ.", "II. NHIỆM VỤ CỤ THỂ"]
_END = ["III. TỔ CHỨC THỰC HIỆN", "Các sở, ngành triển khai thực hiện Kế hoạch này.", "Nơi nhận:", "- Như trên;",
        "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình"]
_LEADS = ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Y tế", "Sở Xây dựng", "Công an tỉnh"]


def _document(tmp_path, head, cells, form):
    if form in ("html", "docx"):
        rows = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]]
        rows += [[str(k + 1), f"Triển khai nhóm việc số {k + 1} của kế hoạch", _LEADS[k % len(_LEADS)], cell]
                 for k, cell in enumerate(cells)]
        return write_with_table(tmp_path, head, rows, _END, form)
    items = [f"{k + 1}. Triển khai nhóm việc số {k + 1} của kế hoạch\n- Cơ quan chủ trì: {_LEADS[k % len(_LEADS)]}.\n"
             f"- Thời gian hoàn thành: {cell}." for k, cell in enumerate(cells)]
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(head + items + _END) + "\n", encoding="utf-8")
    return path


# finding 2: the crash
CRASH_CELLS = [
    ("Quý IV/2026, hoàn thành trong năm", "2026-10-01", "2026-12-31"),
    ("Tháng 6/2027, trong năm", "2027-06-01", "2027-06-30"),
    ("Quý II/2028; cả năm", "2028-04-01", "2028-06-30"),
    ("Trong năm", None, None),
]


@pytest.mark.parametrize(("cell", "start", "end"), CRASH_CELLS)
def test_bare_year_words_without_plan_year(cell, start, end):
    deadline = parse_deadline(cell, None)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize("form", ["html", "text"])
def test_span_plan_bare_year_words_no_crash(tmp_path, form):
    doc = process(_document(tmp_path, _SPAN_PLAN, [c for c, *_ in CRASH_CELLS], form))
    assert [(t.deadline.text, t.deadline.start, t.deadline.end) for t in doc.tasks] == CRASH_CELLS
