"""s46 review of the text copies' tables (s46-tabtext): the reviewer's inputs and variants.

1. A run of names before a row's number read as a header's lower line printed again (_without_runs_of_names): a role
   matrix copied a cell a line lost its marks ("Chủ trì" / "Phối hợp" / "Phối hợp" before "2"), the next row took the
   marks of the row above; a cell listing three sources or products a line each ("Ngân sách tỉnh" / "Ngân sách huyện"
   / "Xã hội hóa") was dropped. Such a run is the row's own cells unless the row before it is whole.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from tests.test_copied_rows_s46 import _HEAD, _TAIL, _render

_FORMS4 = ("txt", "txt_no_blank", "pipe", "bar")


def _doc(tmp_path, text: str):
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return process(path)


def _tasks(doc) -> list[tuple]:
    return [(" ".join(t.content.split()), [m.name for m in t.lead], [m.name for m in t.support]) for t in doc.tasks]


# -- 1. a role matrix copied a cell a line: its marks are the row's ---------------------------------------------------

_MATRIX_H = ("STT", "Nội dung công việc", "Thời gian hoàn thành", "Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp")
_MATRIX = {  # the reviewer's rows; then marks "CT"/"PH", and three bodies all marked in the last row
    "review": [("1", "Xây dựng đề án vị trí việc làm", "Quý II/2026", "Chủ trì", "Phối hợp", "Phối hợp"),
               ("2", "Bố trí kinh phí thực hiện", "Quý III/2026", "Phối hợp", "Chủ trì", ""),
               ("3", "Rà soát văn bản quy phạm pháp luật", "Quý IV/2026", "Phối hợp", "Phối hợp", "Chủ trì"),
               ("4", "Tổng kết, đánh giá", "Tháng 12/2026", "Chủ trì", "Phối hợp", "Phối hợp")],
    "short_marks": [("1", "Xây dựng đề án vị trí việc làm", "Quý II/2026", "CT", "PH", "PH"),
                    ("2", "Bố trí kinh phí thực hiện", "Quý III/2026", "PH", "CT", ""),
                    ("3", "Rà soát văn bản quy phạm pháp luật", "Quý IV/2026", "PH", "PH", "CT"),
                    ("4", "Tổng kết, đánh giá", "Tháng 12/2026", "CT", "PH", "PH")],
    "marks_first": [("1", "Xây dựng đề án vị trí việc làm", "Quý II/2026", "Phối hợp", "Chủ trì", "Phối hợp"),
                    ("2", "Bố trí kinh phí thực hiện", "Quý III/2026", "Chủ trì", "", "Phối hợp"),
                    ("3", "Rà soát văn bản quy phạm pháp luật", "Quý IV/2026", "Phối hợp", "Phối hợp", "Chủ trì")],
}
_BODIES = _MATRIX_H[3:]


def _matrix_want(rows):
    want = []
    for row in rows:
        marks = [m.casefold() for m in row[3:]]
        want.append((row[1], [b for b, m in zip(_BODIES, marks) if m in ("chủ trì", "ct")],
                     [b for b, m in zip(_BODIES, marks) if m in ("phối hợp", "ph")]))
    return want


@pytest.mark.parametrize("form", _FORMS4)
@pytest.mark.parametrize("case", sorted(_MATRIX))
def test_a_role_matrixs_marks_are_its_rows(tmp_path, form, case):
    """Before: row 1's three marks before "2" read as a header's lower line and dropped (task 1 no lead, no support),
    row 3's taken from row 2 (a wrong lead, confidence 1.0, no warning in '|' forms)."""
    rows = _MATRIX[case]
    assert _tasks(_doc(tmp_path, _render(form, [_MATRIX_H, *rows]))) == _matrix_want(rows)


# -- 2. a cell listing three names a line each is the row's cell ------------------------------------------------------

_FUND_H = ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Nguồn kinh phí")
_PROD_H = ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành", "Sản phẩm")
_LISTS = {
    "fund_review": (_FUND_H, ["Ngân sách tỉnh", "Ngân sách huyện", "Xã hội hóa"]),
    "fund_sources": (_FUND_H, ["Ngân sách trung ương", "Ngân sách tỉnh", "Nguồn khác"]),
    "prod_review": (_PROD_H, ["Đề án", "Chương trình", "Dự án"]),
    "prod_reports": (_PROD_H, ["Kế hoạch", "Báo cáo", "Đề án"]),
}


@pytest.mark.parametrize("form", _FORMS4)
@pytest.mark.parametrize("case", sorted(_LISTS))
def test_a_cell_listing_names_a_line_each_is_kept(tmp_path, form, case):
    """Before: the three lines of the last cell of row 2 before "3" were dropped as a header's lower line (the
    source or the product lost); row 2 and row 3 keep their own bodies."""
    header, listed = _LISTS[case]
    fund = header is _FUND_H
    rows = [("1", "Xây dựng kế hoạch chuyển đổi số trong lĩnh vực y tế", "Sở Y tế", *(["Sở Tài chính"] if fund else []),
             "Quý II/2026", "Ngân sách tỉnh" if fund else "Kế hoạch"),
            ("2", "Bồi dưỡng kỹ năng số cho cán bộ, công chức", "Sở Nội vụ", *(["UBND các xã"] if fund else []),
             "Quý IV/2026", listed),
            ("3", "Bảo đảm an toàn thông tin cho hệ thống dùng chung", "Công an tỉnh", *(["Sở Tài chính"] if fund else []),
             "Năm 2026", "Ngân sách tỉnh" if fund else "Báo cáo")]
    doc = _doc(tmp_path, _render(form, [header, *rows]))
    assert _tasks(doc) == [(r[1], [r[2]], [r[3]] if fund else []) for r in rows]
    cells = [row.cells for t in doc.tables for row in t.rows if row.kind == "data"]
    assert any(all(name in c[-1] for name in listed) for c in cells)


# -- 4. a phone's copy (two spaces between cells): the table ends where no row opens -----------------------------------

_SPACED_H = ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành")
_SPACED = (
    ("1", "Xây dựng kế hoạch chuyển đổi số trong lĩnh vực y tế", "Sở Y tế", "Sở Khoa học và Công nghệ", "Quý II/2026"),
    ("2", "Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính", "Văn phòng UBND tỉnh", "Sở Tư pháp",
     "Tháng 9/2026"),
    ("3", "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã", "Sở Nội vụ", "Sở Tài chính", "Quý IV/2026"),
    ("4", "Bảo đảm an toàn thông tin cho hệ thống dùng chung của tỉnh", "Công an tỉnh", "Sở Khoa học và Công nghệ",
     "Năm 2026"),
    ("5", "Tổng hợp, đánh giá kết quả thực hiện kế hoạch", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Tháng 12/2026"))
_AFTER = {
    "note": "Ghi chú:  (*) Nhiệm vụ trọng tâm  cần ưu tiên bố trí kinh phí.",  # the reviewer's
    "prose": "Các cơ quan,  đơn vị  căn cứ  nhiệm vụ được giao  triển khai thực hiện.",  # the reviewer's
    "star": "(*)  Nhiệm vụ trọng tâm  cần ưu tiên  bố trí kinh phí.",
    "assign": "Giao Sở Khoa học và Công nghệ  theo dõi,  đôn đốc  việc thực hiện.",
    "note_caps": "GHI CHÚ:  Các nhiệm vụ  có thể điều chỉnh  theo thực tế",
}


@pytest.mark.parametrize("after", sorted(_AFTER))
def test_a_line_after_a_spaced_table_is_no_row(tmp_path, after):
    """Before: the table ended only on a cell count outside [header−2, header]: the note's chunks went into task 5's
    lead and support, the sentence became a task."""
    text = "\n".join([*_HEAD, *("  ".join(r) for r in (_SPACED_H, *_SPACED)), _AFTER[after], *_TAIL]) + "\n"
    assert _tasks(_doc(tmp_path, text)) == [(r[1], [r[2]], [r[3]]) for r in _SPACED]


# -- 3. a time-first '|' schedule whose row is short by a merged body, its note empty ---------------------------------

_SCHED_H = ("Thời gian", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú")
_SCHED = [("Tháng 4/2026", "Khảo sát hiện trạng hạ tầng số của các cơ quan", "Sở Khoa học và Công nghệ", "Sở Tài chính", ""),
          ("Tháng 5/2026", "Xây dựng danh mục dữ liệu dùng chung", "Văn phòng UBND tỉnh", "Sở Tư pháp", ""),
          ("Tháng 6/2026", "Tập huấn kỹ năng số cho công chức", "Văn phòng UBND tỉnh", "Sở Nội vụ", ""),
          ("Quý III/2026", "Kiểm tra việc kết nối, chia sẻ dữ liệu", "Công an tỉnh", "Sở Khoa học và Công nghệ", ""),
          ("Quý IV/2026", "Sơ kết, đánh giá kết quả", "Sở Khoa học và Công nghệ", "Sở Nội vụ", "")]


@pytest.mark.parametrize("form", ["pipe", "bar"])
@pytest.mark.parametrize("merged", [(2, 2), (2, 3), (1, 2)], ids=["lead_r3", "support_r3", "lead_r2"])
def test_a_row_short_in_front_of_an_empty_note_stays_uncertain(tmp_path, form, merged):
    """"Tháng 6/2026 | Tập huấn … | Sở Nội vụ | |" (the lead merged from the row above, notes empty): the count is
    the same as a row short by its note, so which body it names is unproven. Before: lead "Sở Nội vụ", support [],
    confidence 1.0, no warning; now the row stays uncertain with the warning (30d7b0c's reading)."""
    row, col = merged
    printed = [_SCHED_H, *[tuple(c for j, c in enumerate(r) if (k, j) != (row, col)) for k, r in enumerate(_SCHED)]]
    doc = _doc(tmp_path, _render(form, printed))
    task = next(t for t in doc.tasks if t.content.startswith(_SCHED[row][1]))
    kept = _SCHED[row][2 if col == 3 else 3]
    confident = [m.name for m in task.lead] == [kept] or [m.name for m in task.support] == [kept]
    assert not confident or any(w.code == "table_row_uncertain" for w in doc.warnings)


# -- 5. a spaced table's group row, a tabbed group row whose label is a group's word (s47); an inner gap (not fixed) ----

_NOT_FIXED = pytest.mark.xfail(strict=True, reason="s46 review finding 5, not fixed in s46/s47: a cell typed with two "
                               "spaces inside makes its row wider than the header; which gap is the cell's is unknown, "
                               "the table ends there and the rest is lost")


@pytest.mark.parametrize("case", ["group", pytest.param("inner_gap", marks=_NOT_FIXED)])
def test_a_spaced_tables_group_row_or_inner_gap(tmp_path, case):
    rows = [list(r) for r in _SPACED]
    printed = ["  ".join(_SPACED_H)]
    for k, r in enumerate(rows):
        if case == "group" and k == 2:
            printed.append("I.  Nhóm nhiệm vụ về chuyển đổi số")
        printed.append("  ".join(r if case == "group" or k != 1 else [*r[:2], "Văn phòng  UBND tỉnh", *r[3:]]))
    got = _tasks(_doc(tmp_path, "\n".join([*_HEAD, *printed, *_TAIL]) + "\n"))
    assert [g[0] for g in got] == [r[1] for r in _SPACED]


@pytest.mark.parametrize("group", ["Phần II\tNhiệm vụ về nguồn nhân lực", "Nhóm 2\tNhiệm vụ về nguồn nhân lực"])
def test_a_tabbed_group_row_with_a_group_word(tmp_path, group):
    tasks = [("Xây dựng kế hoạch chuyển đổi số trong lĩnh vực y tế", "Sở Y tế", "Quý II/2026"),
             ("Rà soát, chuẩn hóa quy trình nội bộ", "Văn phòng UBND tỉnh", "Tháng 9/2026"),
             ("Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã", "Sở Nội vụ", "Quý IV/2026"),
             ("Bảo đảm an toàn thông tin cho hệ thống dùng chung", "Công an tỉnh", "Năm 2026")]
    rows = ["\t".join(r) for r in tasks]
    lines = ["Nội dung công việc\tĐơn vị thực hiện\tThời gian hoàn thành", *rows[:2], group, *rows[2:]]
    got = _tasks(_doc(tmp_path, "\n".join([*_HEAD, *lines, *_TAIL]) + "\n"))
    assert [g[0] for g in got] == [t[0] for t in tasks]
