"""The review of s46-deadlines (notes s46 review-deadlines.md): cells the relative-year, cited-name and month-list rules
read as a confident wrong value or lost. Every cell is written for these tests; none is a real document's.

- A1: a relative year after a count ("Trong 01 năm sau khi …", "hai năm tiếp theo", "Mỗi năm sau") or before
  "khi"/"đó" is a length of time or another event's year: never the year after the plan's;
- A2: the year counted from is the plan's, never a number the cell prints (a decree's symbol, a form's number, a
  cited document's year); a date's year other than the plan's beside it: no period;
- A3: "của năm sau" is the month's or quarter's year ("Trong tháng 01 của năm sau": January 2027);
- A4: a month list without its year beside another year or "năm" word: no period, no duration from its "12 năm";
- B: a cited document's name ends at its number or a time word, its kind with a capital; "theo kế hoạch" in small
  letters and "Theo dõi" cite nothing: the deadline after it is read (and a task content's deadline clause kept).
"""

from __future__ import annotations

import pytest

from pipeline.stages.deadlines import deadline_clause, deadline_doubt, parse_deadline

# cell, plan year, start, end, duration
CELLS = [
    # A1: a count before, "khi"/"đó" after
    ("Trong 01 năm sau khi Quyết định có hiệu lực", 2026, None, None, "P1Y"),
    ("Chậm nhất 02 năm sau khi được phê duyệt", 2026, None, None, "P2Y"),
    ("Trong 03 năm tiếp theo", 2026, None, None, "P3Y"),
    ("Trong hai năm tiếp theo", 2026, None, None, None),
    ("Một năm sau khi sáp nhập", 2026, None, None, None),
    ("Năm sau đó", 2026, None, None, None),
    ("Mỗi năm sau", 2026, None, None, None),
    ("Xây dựng kế hoạch 5 năm tiếp theo", 2026, None, None, "P5Y"),
    ("Năm sau khi có Quyết định", 2026, None, None, None),
    ("Ba năm liền kề", 2026, None, None, None),
    # A1: still read where it is a point in time
    ("Trước 31/01 năm sau", 2026, None, "2027-01-31", None),
    ("Tháng 01 năm sau", 2026, "2027-01-01", "2027-01-31", None),
    ("Quý 1 năm sau", 2026, "2027-01-01", "2027-03-31", None),
    # A2: the plan's year, not a printed number
    ("Theo Nghị định số 30/2020/NĐ-CP, trước 31/01 năm sau", 2026, None, "2027-01-31", None),
    ("Theo Quyết định số 2015/QĐ-UBND; báo cáo trước 31/01 năm sau", 2026, None, "2027-01-31", None),
    ("Báo cáo theo mẫu số 2020, trước 15/01 năm sau", 2026, None, "2027-01-15", None),
    ("Thực hiện Chỉ thị số 05 năm 2024, báo cáo trước 15/12 năm sau", 2026, None, "2027-12-15", None),
    ("Theo Quyết định số 1234/QĐ-UBND năm 2025; báo cáo trước 15/01 năm sau", 2026, None, "2027-01-15", None),
    ("Theo Chiến lược đến năm 2030; tổng kết trước 31/01 năm sau", 2026, None, None, None),
    ("Báo cáo kết quả năm 2024, trước 31/01 năm sau", 2026, None, None, None),
    ("Quý I năm sau (năm 2027)", 2025, None, None, None),
    ("Trước 31/01 năm sau", None, None, None, None),
    ("Trước 30/11/2026; tổng kết trước 31/01 năm sau", 2026, None, "2027-01-31", None),
    ("Tháng 12/2027 - tháng 02 năm sau", 2026, "2027-12-01", "2028-02-29", None),
    ("Tháng 3 - 5 năm sau", 2026, "2027-03-01", "2027-05-31", None),
    # A3: "của năm sau"
    ("Trong tháng 01 của năm sau", 2026, "2027-01-01", "2027-01-31", None),
    ("Quý I của năm sau", 2026, "2027-01-01", "2027-03-31", None),
    ("Trước ngày 31 tháng 01 của năm sau", 2026, None, "2027-01-31", None),
    ("Tháng 3 của năm tiếp theo", 2026, "2027-03-01", "2027-03-31", None),
    # A4: a yearless month list beside a year or a "năm" word
    # s47 review: where every year the cell names is the plan's, the list is the plan year's (as "Tháng 6 và
    # tháng 12 năm 2026" is), its span stored with a warning; other years beside it: no period
    ("Tháng 6 và tháng 12 (năm 2026)", 2026, "2026-06-01", "2026-12-31", None),
    ("Tháng 6 và tháng 12 (năm 2027)", 2026, None, None, None),
    ("Tháng 3, 4 năm 2026 (đợt 1), tháng 9, 10 (đợt 2)", 2026, None, None, None),
    ("Tháng 6 và tháng 12 năm nay", 2026, "2026-06-01", "2026-12-31", None),
    ("Tháng 5, 6 năm học 2025-2026", 2026, None, None, None),
    ("Tháng 11, 12 năm trước", 2026, None, None, None),
    ("Tháng 3, 6, 9, 12 năm kế hoạch", 2026, "2026-03-01", "2026-12-31", None),
    ("Tháng 7, 8 năm 2026 và tháng 1, 2", 2026, None, None, None),
    # B: a cited name ends at its number or a time word; small letters and "Theo dõi" cite nothing
    ("Thực hiện theo Chương trình chuyển đổi số trong năm 2026", 2026, "2026-01-01", "2026-12-31", None),
    ("Theo kế hoạch trong năm 2026", 2026, "2026-01-01", "2026-12-31", None),
    ("Theo Kế hoạch trong năm 2026", 2026, "2026-01-01", "2026-12-31", None),
    ("Theo kế hoạch trong năm", 2026, "2026-01-01", "2026-12-31", None),
    ("Theo Kế hoạch số 12/KH-UBND quý II/2026", 2026, "2026-04-01", "2026-06-30", None),
    ("Theo Kế hoạch số 12/KH-UBND - Quý II/2026", 2026, "2026-04-01", "2026-06-30", None),
    ("Theo Kế hoạch đến tháng 6/2026", 2026, None, "2026-06-30", None),
    ("Theo kế hoạch vào tháng 6/2026", 2026, "2026-06-01", "2026-06-30", None),
    ("Theo kế hoạch dự kiến tháng 6/2026", 2026, "2026-06-01", "2026-06-30", None),
    ("Thực hiện theo Nghị quyết số 57-NQ/TW đến năm 2030", 2026, None, "2030-12-31", None),
    ("Theo dõi thực hiện Kế hoạch trong năm 2026", 2026, "2026-01-01", "2026-12-31", None),
    ("Theo Kế hoạch từ tháng 3 đến tháng 6/2026", 2026, "2026-03-01", "2026-06-30", None),
    # B: a name's own year still no period; a range of years is not cut at its dash
    ("Theo Kế hoạch năm 2026", 2026, None, None, None),
    ("Theo Kế hoạch số 12/KH-UBND năm 2025", 2026, None, None, None),
    ("Theo tiến độ Dự án 2026 - 2027", 2026, None, None, None),
    ("Theo Chiến lược phát triển nông nghiệp đến năm 2030", 2026, None, None, None),
    ("Theo tiến độ Đề án đến năm 2027", 2026, None, "2027-12-31", None),
]


@pytest.mark.parametrize(("cell", "plan_year", "start", "end", "duration"), CELLS)
def test_cell(cell: str, plan_year: int | None, start: str | None, end: str | None, duration: str | None) -> None:
    deadline = parse_deadline(cell, plan_year)
    assert (deadline.start, deadline.end, deadline.duration) == (start, end, duration)


@pytest.mark.parametrize(("content", "clause"), [
    ("Rà soát thủ tục hành chính, hoàn thành theo Kế hoạch trong năm 2026", "hoàn thành theo Kế hoạch trong năm 2026"),
    ("Xây dựng cơ sở dữ liệu, hoàn thành theo kế hoạch vào tháng 6/2026", "hoàn thành theo kế hoạch vào tháng 6/2026"),
    ("Tập huấn công chức, hoàn thành theo Kế hoạch đến hết năm 2026", "hoàn thành theo Kế hoạch đến hết năm 2026"),
])
def test_content_clause(content: str, clause: str) -> None:
    assert deadline_clause(content, 2026) == clause


@pytest.mark.parametrize("cell", ["Tháng 6 và tháng 12 (năm 2027)", "Tháng 6 và tháng 12 năm học 2025-2026",
                                  "Tháng 3 và tháng 9 giai đoạn 2026-2030"])
def test_several_deadlines_unread_say_no_period(cell: str) -> None:
    """D: a month list left unread (A4) stores no span: the warning says no period was read, not "… to …"."""
    assert deadline_doubt(parse_deadline(cell, 2026)).endswith("no period read")
