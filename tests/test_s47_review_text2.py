"""Review of s47-textcopies (s47 fixtext): rules the copies round added that read a value the base read right.

1. a group row continues a phone's copy (two spaces between cells) only where the row after it is one of the table's:
   every cell printed, each like its column (a body under the lead, a time under the deadline) — numbered paragraphs
   after the table under "TỔ CHỨC THỰC HIỆN" are no tasks;
2. a number opening a copied row's text under a number column is its number only where its neighbours prove it (the
   next number after the task above's): a quantity ("03 lớp", "1.200 hồ sơ", "50 xã", "5 năm") or a sub-row's own
   count is the row's text;
3. the short-name test on a header's names is the ';' reader's: a header typed with two spaces names long columns.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from tests.test_copied_rows_s46 import _HEAD, _TAIL
from tests.test_copied_rows_s47 import _HEADER, _ROWS, _WANT

_SPACED = ["  ".join(_HEADER)] + ["  ".join([str(k), task, lead, "; ".join(sup) or "-", dl[0]])
                                  for k, (task, lead, sup, dl, _) in enumerate(_ROWS[:3], start=1)]


def _doc(tmp_path, lines: list[str], tail=_TAIL):
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([*_HEAD, *lines, *tail]) + "\n", encoding="utf-8")
    return process(path)


def _tasks(doc) -> list[tuple]:
    return [(" ".join(t.content.split()), [m.name for m in t.lead], [m.name for m in t.support],
             t.deadline.end if t.deadline else None) for t in doc.tasks]


# -- 1. numbered paragraphs after a phone's copy ---------------------------------------------------------------------

_AFTER = {
    "review": ["TỔ CHỨC THỰC HIỆN", "1.  Sở Nội vụ  chủ trì, theo dõi  đôn đốc việc thực hiện; định kỳ  báo cáo UBND tỉnh",
               "2.  Sở Tài chính  tham mưu bố trí  kinh phí thực hiện"],
    "review_roman": ["III.  TỔ CHỨC THỰC HIỆN",
                     "1.  Sở Nội vụ  chủ trì, theo dõi  đôn đốc việc thực hiện; định kỳ  báo cáo UBND tỉnh",
                     "2.  Sở Tài chính  tham mưu bố trí  kinh phí thực hiện"],
    "sentences": ["TỔ CHỨC THỰC HIỆN", "1.  Giao Sở Nội vụ  chủ trì, theo dõi  việc thực hiện Kế hoạch này.",
                  "2.  Sở Tài chính  bố trí kinh phí  thực hiện."],
    "budget_letter": ["A.  KINH PHÍ THỰC HIỆN", "1.  Ngân sách tỉnh  bảo đảm  theo phân cấp  hiện hành của tỉnh",
                      "2.  Các nguồn  huy động  hợp pháp  khác"],
}


@pytest.mark.parametrize("case", sorted(_AFTER))
def test_numbered_paragraphs_after_a_phones_copy_are_no_tasks(tmp_path, case):
    tail = _AFTER[case] + ([] if case == "review_roman" else ["IV. KINH PHÍ"]) + list(_TAIL[1:])
    assert _tasks(_doc(tmp_path, _SPACED, tail)) == _WANT[:3]


def test_a_group_row_before_the_tables_rows_still_goes_on_it(tmp_path):
    rows = _SPACED[1:]
    got = _tasks(_doc(tmp_path, [_SPACED[0], "I.  Nhóm nhiệm vụ về hạ tầng số", *rows[:2],
                                 "II.  Nhóm nhiệm vụ về nhân lực", rows[2]]))
    assert got == _WANT[:3]


# -- 2. a quantity opening a copied row's text ----------------------------------------------------------------------

_TABBED = ["\t".join(_HEADER)] + ["\t".join([str(k), task, lead, "; ".join(sup), dl[0]])
                                  for k, (task, lead, sup, dl, _) in enumerate(_ROWS[:4], start=1)]


@pytest.mark.parametrize("text", ["03 lớp tập huấn kỹ năng số cho cán bộ cấp xã", "1.200 hồ sơ được số hóa",
                                  "50 xã được cấp thiết bị họp trực tuyến", "5 năm thực hiện Nghị quyết: sơ kết",
                                  "2. Tổ chức hội nghị sơ kết giữa kỳ", "1.1. Rà soát quy chế"])
@pytest.mark.parametrize("where", ["end", "middle"])
def test_a_quantity_is_no_rows_number(tmp_path, text, where):
    row = f"\t{text}\tSở Nội vụ\t\tQuý III/2026"
    lines = [*_TABBED, row] if where == "end" else [*_TABBED[:3], row, *_TABBED[3:]]
    doc = _doc(tmp_path, lines)
    contents = [" ".join(t.content.split()) for t in doc.tasks]
    # the text intact (a task of its own, or the task above's text going on), its number never cut off as the row's
    assert any(text in content for content in contents)
    assert not any(content.startswith(text.split(" ", 1)[1]) for content in contents)
    assert [t.number for t in doc.tasks].count(text.split()[0].rstrip(".")) <= (text[0] in "12")


# -- 3. a header typed with two spaces names long columns ------------------------------------------------------------

_LONG_HEADERS = {
    "lead": ("STT", "Nội dung nhiệm vụ", "Cơ quan, đơn vị chủ trì tham mưu, tổ chức thực hiện", "Cơ quan phối hợp",
             "Thời gian hoàn thành"),
    "deadline": ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
                 "Thời gian hoàn thành (trình UBND tỉnh hoặc ban hành văn bản)"),
    "number_dot": ("TT.", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
}


@pytest.mark.parametrize("case", sorted(_LONG_HEADERS))
def test_a_spaced_header_with_long_names(tmp_path, case):
    lines = ["  ".join(_LONG_HEADERS[case]), *_SPACED[1:]]
    assert _tasks(_doc(tmp_path, lines)) == _WANT[:3]


@pytest.mark.parametrize("name", ["Kế hoạch năm 2026 (ĐVT: %)", "Kế hoạch năm 2026 (ĐVT: %, người, xã)"])
def test_a_spaced_indicator_header_with_a_unit_in_brackets(tmp_path, name):
    lines = ["  ".join(["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", name]),
             "1  Tỷ lệ hồ sơ xử lý trực tuyến  %  75  80", "2  Số xã có hội nghị truyền hình  xã  40  45",
             "3  Số cán bộ được tập huấn  người  250  300"]
    assert len(_doc(tmp_path, lines).indicators) == 3


@pytest.mark.parametrize("heading", ["III.  TỔ CHỨC THỰC HIỆN", "TỔ CHỨC  THỰC HIỆN"])
def test_a_heading_under_a_spaced_table_with_no_number_column_ends_it(tmp_path, heading):
    """Four columns, no number column: the heading's two cells are no row short by two merged cells."""
    lines = ["  ".join(_HEADER[1:])] + [row.split("  ", 1)[1] for row in _SPACED[1:]]
    tail = [heading, "Sở Nội vụ  theo dõi, đôn đốc  báo cáo UBND tỉnh kết quả thực hiện.",
            "Sở Tài chính  bảo đảm kinh phí  theo quy định.", *_TAIL[2:]]
    assert _tasks(_doc(tmp_path, lines, tail)) == _WANT[:3]


# -- 6. a ';' copy whose row does not split into the table's cells: the rows left as text say so ---------------------

_SEMI = [";".join(_HEADER)] + [";".join([str(k), task, lead, ", ".join(sup), dl[0]])
                               for k, (task, lead, sup, dl, _) in enumerate(_ROWS[:3], start=1)]


@pytest.mark.parametrize("case", ["quoted_two_lines", "unquoted_semicolon", "numbered_semicolon"])
def test_a_semicolon_copys_rows_left_as_text_are_warned(tmp_path, case):
    lines = list(_SEMI)
    if case == "quoted_two_lines":
        lines[1:2] = ['1;"Xây dựng quy chế quản lý', 'kho dữ liệu dùng chung";Sở Khoa học và Công nghệ;Sở Tài chính;'
                      'Quý II/2026']
    elif case == "unquoted_semicolon":
        lines[1] = "1;Xây dựng quy chế;Sở Khoa học và Công nghệ;Sở Tài chính; Sở Nội vụ;Quý II/2026"
    else:
        lines[2] = "2;Rà soát; cập nhật quy trình nội bộ;Sở Nội vụ;UBND các xã;Tháng 8/2026"
    doc = _doc(tmp_path, lines)
    got = _tasks(doc)
    assert all(task in _WANT for task in got)  # no wrong value
    if len(got) < 3:
        assert "table_rows_left_as_text" in {w.code for w in doc.warnings}


# -- 5. a PDF viewer's copy of columns in turn: as many rows as columns, or two rows ---------------------------------

_NBSP = "\u00a0"


@pytest.mark.parametrize("n_rows,n_cols", [(5, 5), (4, 4), (2, 5), (2, 4)])
def test_columns_in_turn_as_many_rows_as_columns_read_no_wrong_row(tmp_path, n_rows, n_cols):
    header = _HEADER if n_cols == 5 else tuple(h for h in _HEADER if h != "Đơn vị phối hợp")
    rows = [[str(k), task, lead, ", ".join(sup), dl[0]] for k, (task, lead, sup, dl, _) in
            enumerate(_ROWS[:n_rows], start=1)]
    if n_cols == 4:
        rows = [r[:3] + r[4:] for r in rows]
    lines = [*header, *(c or _NBSP for col in zip(*rows) for c in col)]
    got = _tasks(_doc(tmp_path, lines))
    want = _WANT if n_cols == 5 else [(t, lead, [], end) for t, lead, _, end in _WANT]
    assert all(g in want or (g[1] == [] and g[2] == [] and g[3] is None) for g in got)


@pytest.mark.parametrize("first", ["1", "I"])
def test_column_numbers_over_a_table_still_read(tmp_path, first):
    rows = [[str(k), task, lead, ", ".join(sup), dl[0]] for k, (task, lead, sup, dl, _) in enumerate(_ROWS, start=1)]
    lines = [*_HEADER, "1", "2", "3", "4", "5"]
    if first == "I":
        lines.append("I")
        lines.append("NHIỆM VỤ CHUNG")
    lines += [c or _NBSP for r in rows for c in r]
    assert _tasks(_doc(tmp_path, lines))[-5:] == _WANT
