"""Deadline cells that an audit of real plans found read as confident wrong values (pipeline/stages/deadlines.py):

- a year named relative to the plan's ("Trước ngày 31/01 năm sau", "Quý I năm liền kề", "Năm tiếp theo"): the year
  after the plan's (or after the year the cell prints before it), never the plan's own; with no year to count from,
  no period and a warning (data/task_tables.json relative_years);
- a year inside a cited document's name ("Theo Kế hoạch … năm 2026 của Sở", "Theo lộ trình của Đề án … giai đoạn
  2026-2030"): the name's, no deadline; the text kept and a warning (data/task_tables.json cited_documents);
- several deadlines in one cell ("Tháng 3, 6, 9, 12", "Trước ngày 20/6 và 20/12/2026"): their span as every cell
  with several periods gives (not the first month alone), and a warning naming them (the model has one start and
  one end).

Each cell is read alone, in a task table's deadline column and in a task item's labelled time field. Every cell is
written for these tests; none is a real document's.
"""

from __future__ import annotations

import pytest

from conftest import write_time_cells
from pipeline.run import process
from pipeline.stages.deadlines import deadline_doubt, parse_deadline

REL, CITED, SEVERAL = "relative", "cited", "several"

# cell, start, end, the doubt a warning names (None: none), for a plan of 2026
CELLS = [
    # (1) a year relative to the plan's
    ("Trước ngày 31/01 năm sau", None, "2027-01-31", REL),
    ("Trước ngày 31 tháng 01 năm sau", None, "2027-01-31", REL),
    ("Chậm nhất ngày 15/01 năm liền kề", None, "2027-01-15", REL),
    ("Trước 15/02 năm sau", None, "2027-02-15", REL),
    ("Quý I năm sau", "2027-01-01", "2027-03-31", REL),
    ("Trong quý I năm tiếp theo", "2027-01-01", "2027-03-31", REL),
    ("Tháng 01 năm sau liền kề", "2027-01-01", "2027-01-31", REL),
    ("Tháng 3 - 5 năm sau", "2027-03-01", "2027-05-31", REL),
    ("Đến hết quý II năm liền kề", None, "2027-06-30", REL),
    ("Năm sau", "2027-01-01", "2027-12-31", REL),
    ("Trong năm kế tiếp", "2027-01-01", "2027-12-31", REL),
    # counted from the year the cell prints before it, which needs no plan
    ("Quý IV/2026 và quý I năm sau", "2026-10-01", "2027-03-31", None),
    ("Tháng 12/2027 - tháng 02 năm sau", "2027-12-01", "2028-02-29", None),
    # a gloss of a year printed ("năm liền kề" after "2027") adds no year
    ("Quý I/2027 (năm liền kề)", "2027-01-01", "2027-03-31", None),
    # every year's next year: recurring, no one date
    ("Hằng năm, trước ngày 31/01 năm sau", None, None, REL),
    # "các năm tiếp theo", "những năm sau": from then on, as before
    ("Năm 2026 và các năm tiếp theo", "2026-01-01", None, None),
    ("Từ năm 2026 và những năm sau", "2026-01-01", None, None),
    # (2) a year inside a cited document's name
    ("Theo Kế hoạch kiểm tra công vụ năm 2026 của Sở", None, None, CITED),
    ("Thực hiện theo Kế hoạch số 45/KH-UBND năm 2025", None, None, CITED),
    ("Theo lộ trình của Đề án chuyển đổi số giai đoạn 2026-2030", None, None, CITED),
    ("Theo tiến độ Chương trình mục tiêu quốc gia giai đoạn 2026 - 2030", None, None, CITED),
    ("Theo Nghị quyết số 08-NQ/TU năm 2025 của Tỉnh ủy", None, None, CITED),
    ("Căn cứ Quyết định phê duyệt Dự án năm 2026", None, None, CITED),
    ("Theo Quy hoạch tỉnh thời kỳ 2021-2030", None, None, CITED),
    ("Tại Kế hoạch số 7/KH-BCĐ năm 2026", None, None, CITED),
    ("Theo Chiến lược phát triển nông nghiệp đến năm 2030", None, None, CITED),
    # a time given beside the cited name is the deadline
    ("Theo Kế hoạch năm 2026, hoàn thành trước 30/9/2026", None, "2026-09-30", None),
    ("Quý III/2026 (theo Kế hoạch năm 2026)", "2026-07-01", "2026-09-30", None),
    ("Theo Kế hoạch năm 2026 của tỉnh, hoàn thành trong quý II/2026", None, "2026-06-30", None),
    # (3) several deadlines in one cell: their span, and a warning
    ("Tháng 3, 6, 9, 12", "2026-03-01", "2026-12-31", SEVERAL),
    ("Tháng 6 và tháng 12", "2026-06-01", "2026-12-31", SEVERAL),
    ("Tháng 4, 8, 12/2026", "2026-04-01", "2026-12-31", SEVERAL),
    ("Quý II và quý IV/2026", "2026-04-01", "2026-12-31", SEVERAL),
    ("Trước ngày 20/6 và 20/12/2026", None, "2026-12-20", SEVERAL),
    ("Trước ngày 15/6 và trước ngày 15/12/2026", None, "2026-12-15", SEVERAL),
    ("Báo cáo sơ kết trước 10/7, báo cáo tổng kết trước 10/12/2026", None, "2026-12-10", SEVERAL),
    ("Trước 30/6/2026; trước 31/12/2026", None, "2026-12-31", SEVERAL),
    # several that come back every year: recurring, no span to warn of
    ("Tháng 6 và tháng 12 hằng năm", None, None, None),
    # one period, however listed
    ("Tháng 5, 6/2026", "2026-05-01", "2026-06-30", None),
    ("Tháng 3, 4 và 5", "2026-03-01", "2026-05-31", None),
    ("Quý I, II/2026", "2026-01-01", "2026-06-30", None),
    ("Từ 01/10 đến 31/12/2026", "2026-10-01", "2026-12-31", None),
    ("Tháng 6, 2026", "2026-06-01", "2026-06-30", None),
    ("Trước ngày 31/01 năm 2027", None, "2027-01-31", None),
    ("Năm 2026", "2026-01-01", "2026-12-31", None),
]
_WORDS = {REL: "relative", CITED: "cited document", SEVERAL: "several deadlines"}


def _doubt_kind(message: str | None) -> str | None:
    return next((kind for kind, words in _WORDS.items() if message and words in message), None)


@pytest.mark.parametrize("cell, start, end, doubt", CELLS)
def test_a_cell_alone(cell, start, end, doubt):
    deadline = parse_deadline(cell, 2026)
    assert (deadline.text, deadline.start, deadline.end) == (cell, start, end)
    assert _doubt_kind(deadline_doubt(deadline)) == doubt


@pytest.mark.parametrize("cell", ["Trước ngày 31/01 năm sau", "Quý I năm liền kề", "Năm sau", "Tháng 3 - 5 năm sau",
                                  "Trong năm tiếp theo"])
def test_a_relative_year_with_no_year_to_count_from_gives_no_period(cell):
    deadline = parse_deadline(cell, None)
    assert (deadline.start, deadline.end, deadline.year_from_plan) == (None, None, False)
    assert _doubt_kind(deadline_doubt(deadline)) == REL


@pytest.mark.parametrize("cell", ["Trước ngày 31/01 năm sau", "Quý I năm sau", "Năm tiếp theo"])
def test_the_year_after_the_plans_says_it_was_taken_from_the_plan(cell):
    assert parse_deadline(cell, 2026).year_from_plan
    assert parse_deadline(cell, 2030).end.startswith("2031")


# A plan for 2026 issued in its year (one issued in December 2025 may count "năm sau" from either year: no period, a
# warning, tests/test_s47_review_deadlines2.py)
_BEFORE = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Số: 210/KH-UBND", "Hà Tĩnh, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH",
           "Triển khai công tác cải cách hành chính năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
           "Bảo đảm thực hiện đồng bộ các nhiệm vụ.", "II. NHIỆM VỤ CỤ THỂ"]
_AFTER = ["III. TỔ CHỨC THỰC HIỆN", "Các sở, ngành triển khai thực hiện Kế hoạch này.", "Nơi nhận:", "- Như trên;",
          "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hải"]
_LEADS = ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Y tế", "Công an tỉnh"]


def _expected() -> list[tuple]:
    return [(cell, start, end) for cell, start, end, _ in CELLS]


def _doubts(doc) -> dict[str, str | None]:
    return {issue.message.split(":")[0]: _doubt_kind(issue.message) for issue in doc.warnings
            if issue.code == "deadline_doubt"}


@pytest.mark.parametrize("form", ["html", "docx"])
def test_cells_in_a_task_table(tmp_path, form):
    doc = process(write_time_cells(tmp_path, _BEFORE, [cell for cell, *_ in CELLS], form, _AFTER, _LEADS))
    tasks = [t for t in doc.tasks if t.table]
    assert [(t.deadline.text, t.deadline.start, t.deadline.end) if t.deadline else None for t in tasks] == \
        _expected()
    doubts = _doubts(doc)
    assert [doubts.get(t.id) for t in tasks] == [doubt for *_, doubt in CELLS]


def test_cells_in_task_items(tmp_path):
    doc = process(write_time_cells(tmp_path, _BEFORE, [cell for cell, *_ in CELLS], "text", _AFTER, _LEADS))
    tasks = [t for t in doc.tasks if t.section]
    assert [(t.deadline.text, t.deadline.start, t.deadline.end) if t.deadline else None for t in tasks] == \
        _expected()
    doubts = _doubts(doc)
    assert [doubts.get(t.id) for t in tasks] == [doubt for *_, doubt in CELLS]
