"""Review of s45-tabtext (tables copied as text), its findings as cases (s45 review):

1. A time-first schedule (tables.py _time_first_rows) cut its rows by counting cells as if only the time could be
   merged: a note, a lead merged down or an empty cell not printed shifted every row after it, each task then given
   the deadline of the row above, read for sure. A row opens only at a time cell, and the cells from one time cell to
   the next must be one whole row and rows short by just the time; where they are not, the aligner reads them.
2. A small-letter line after a numbered task ("các sở, ngành, địa phương") was moved into the task wherever the row
   counted one start per column (_collectives_going_on_a_text): any other cell wrapped over two lines made up for
   it, and the real lead went into the task.
3. A lead's line that names no body found by the agency pattern ("Bệnh viện Đa khoa tỉnh") or a name wrapped before a
   capital ("Trung tâm" / "Phục vụ hành chính công") emptied the lead (_bodies_run_into_next_row).
4. A header printed again at a page break ("(tiếp theo)", "TT", "Đơn vị …") started a second table and the rows after
   it lost their group; a row of column-like words ("Tổng kinh phí | Ngân sách tỉnh | …") ended the table
   (parsers/txt.py _heads_another_table).

Each table is written for these tests, copied in the forms a legal site's page gives.
"""

from __future__ import annotations

import pytest

from pipeline.run import process

NBSP = "\xa0"
_HEAD = ("ỦY BAN NHÂN DÂN", "TỈNH KON TUM", "Số: 57/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Kon Tum, ngày 4 tháng 5 năm 2026", "KẾ HOẠCH",
         "Tổ chức Tuần lễ văn hóa, du lịch năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
         "Quảng bá hình ảnh, con người và tiềm năng du lịch của tỉnh.", "II. PHÂN CÔNG NHIỆM VỤ")
_TAIL = ("III. TỔ CHỨC THỰC HIỆN", "Các cơ quan, đơn vị chủ động triển khai các nhiệm vụ được giao.", "Nơi nhận:",
         "- Như mục III;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Minh Khoa")


def _render(form: str, header: tuple, rows: list[tuple], blank: bool = True) -> str:
    """Rows as printed (a merged cell left out, "" an empty cell); a cell may be a list of lines (wrapped). "txt": a
    paragraph a line (an empty cell a no-break space), "pipe": " |" after each cell, "bar": a "|" line after each
    cell, "tab": a row a line."""
    def lines_of(cell):
        return cell if isinstance(cell, list) else [cell]
    if form == "txt":
        lines = [x or NBSP for row in (header, *rows) for cell in row for x in lines_of(cell)]
    elif form == "pipe":
        lines = []
        for row in (header, *rows):
            for cell in row:
                parts = lines_of(cell)
                lines += [*parts[:-1], f"{parts[-1]} |".lstrip()]
    elif form == "bar":
        lines = [x for row in (header, *rows) for cell in row for x in [*(y for y in lines_of(cell) if y), "|"]]
    else:
        lines = ["\t".join(" ".join(lines_of(c)) for c in row) for row in (header, *rows)]
    sep = "\n\n" if blank and form == "txt" else "\n"
    return _doc(lines, sep)


def _doc(lines: list[str], sep: str = "\n") -> str:
    return sep.join([*_HEAD, "Tiến độ và phân công cụ thể như sau:", *lines, *_TAIL]) + "\n"


def _process(tmp_path, text: str):
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return process(path)


def _tasks(doc) -> list[tuple]:
    return [(" ".join(t.content.split()), [m.name for m in t.lead], [m.name for m in t.support],
             [m.name for m in t.implementer], t.deadline.text if t.deadline else None) for t in doc.tasks]


# -- 4. a header printed again; a row of column-like words ------------------------------------------------------------

_H = ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
_R = [("1", "Nâng cấp cổng thông tin du lịch của tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ",
       "Quý III/2026"),
      ("2", "Đào tạo kỹ năng cho người làm du lịch cộng đồng", "Sở Nội vụ", "UBND các xã", "Tháng 10/2026"),
      ("3", "Xây dựng bộ nhận diện thương hiệu du lịch", "Sở Công Thương", "Sở Tài chính", "Năm 2026"),
      ("4", "Kiểm tra điều kiện kinh doanh lưu trú", "Công an tỉnh", "Sở Y tế", "Quý II/2026"),
      ("5", "Tổng kết, khen thưởng các điển hình", "Sở Nội vụ", "Sở Tài chính", "Tháng 12/2026")]
_AGAIN = {
    "tiep": ("STT", "Nhiệm vụ (tiếp)", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
    "tiep_theo": ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành (tiếp theo)"),
    "tt": ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
    "don_vi": ("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
    "noi_dung": ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
}


def _tab(rows) -> list[str]:
    return ["\t".join(r) for r in rows]


@pytest.mark.parametrize("between", [[], ["2"], [""]], ids=["none", "page_number", "blank_line"])
@pytest.mark.parametrize("again", list(_AGAIN))
def test_a_header_printed_again_with_other_words_goes_on_the_table(tmp_path, again, between):
    doc = _process(tmp_path, _doc([*_tab([_H, *_R[:3]]), *between, *_tab([_AGAIN[again], *_R[3:]])]))
    assert [t[0] for t in _tasks(doc)] == [r[1] for r in _R]
    assert len(doc.tables) == 1


def test_a_group_goes_on_over_a_header_printed_again(tmp_path):
    groups = [("I", "NHIỆM VỤ PHÁT TRIỂN SẢN PHẨM DU LỊCH", "", "", ""), *_R[:2]]
    after = [_R[2], ("II", "NHIỆM VỤ QUẢNG BÁ", "", "", ""), _R[3]]
    doc = _process(tmp_path, _doc(_tab([_H, *groups, _AGAIN["tiep_theo"], *after])))
    assert [t.group_path for t in doc.tasks] == [["I NHIỆM VỤ PHÁT TRIỂN SẢN PHẨM DU LỊCH"]] * 3 + [
        ["II NHIỆM VỤ QUẢNG BÁ"]]


@pytest.mark.parametrize("words", [("Tổng kinh phí", "Ngân sách tỉnh", "Ngân sách huyện", "Xã hội hóa", "Ghi chú"),
                                   ("Kinh phí", "Ngân sách tỉnh", "Nguồn khác", "Xã hội hóa", "Ghi chú")])
def test_a_row_of_column_like_words_ends_no_table(tmp_path, words):
    header = ("STT", "Nội dung", "Cơ quan chủ trì", "Kinh phí", "Thời gian")
    rows = [("1", "Tổ chức lễ hội", "Sở Văn hóa, Thể thao và Du lịch", "500 triệu đồng", "Tháng 5/2026"),
            ("2", "Quảng bá du lịch", "Sở Công Thương", "300 triệu đồng", "Tháng 6/2026"), words,
            ("3", "Hội chợ OCOP", "Sở Công Thương", "200 triệu đồng", "Tháng 7/2026")]
    tasks = _tasks(_process(tmp_path, _doc(_tab([header, *rows]))))
    assert ("Hội chợ OCOP", ["Sở Công Thương"], [], [], "Tháng 7/2026") in tasks


def test_a_second_tables_header_of_another_kind_still_ends_the_first(tmp_path):
    second = [("TT", "Nội dung", "Kinh phí", "Kinh phí", "Ghi chú"), ("", "", "Ngân sách tỉnh", "Nguồn khác", ""),
              ("1", "Hỗ trợ quảng bá", "500", "200", ""), ("2", "Đào tạo", "300", "100", "")]
    tasks = _tasks(_process(tmp_path, _doc(_tab([_H, *_R[:3], *second]))))
    assert [t[0] for t in tasks] == [r[1] for r in _R[:3]]


# -- 1. a time-first schedule whose other cells are merged or left out ------------------------------------------------

_H4 = ("Thời gian", "Nội dung", "Đơn vị thực hiện", "Ghi chú")
_H5 = ("Thời gian", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú")
_T = ("Tháng 5/2026", "Tháng 6/2026", "Tháng 7/2026", "Quý IV/2026")
_SCHEDULES = {
    # the finding: the second row's note merged from the row above (no note cell), the third's printed empty
    "note_merged": (_H4, [(_T[0], "Ban hành kế hoạch chi tiết", "Sở Văn hóa, Thể thao và Du lịch",
                           "Trình UBND tỉnh phê duyệt"),
                          (_T[1], "Tổ chức tập huấn kỹ năng", "Sở Nội vụ"),
                          (_T[2], "Kiểm tra, đánh giá kết quả", "Thanh tra tỉnh", ""),
                          (_T[3], "Tổng kết, báo cáo", "Sở Văn hóa, Thể thao và Du lịch", "")]),
    "lead_merged": (_H4, [(_T[0], "Ban hành kế hoạch chi tiết", "Sở Văn hóa, Thể thao và Du lịch", ""),
                          (_T[1], "Thiết kế, in ấn tài liệu quảng bá", ""),
                          (_T[2], "Kiểm tra, đánh giá kết quả", "Thanh tra tỉnh", ""),
                          (_T[3], "Tổng kết, báo cáo", "Sở Nội vụ", "")]),
    "time_and_note_merged": (_H4, [(_T[0], "Ban hành kế hoạch chi tiết", "Sở Văn hóa, Thể thao và Du lịch",
                                    "Trình UBND tỉnh"),
                                   ("Thiết kế, in ấn tài liệu quảng bá", "Sở Công Thương"),
                                   (_T[1], "Tổ chức tập huấn kỹ năng", "Sở Nội vụ", ""),
                                   (_T[2], "Kiểm tra, đánh giá kết quả", "Thanh tra tỉnh", "")]),
    "time_and_lead_merged": (_H4, [(_T[0], "Ban hành kế hoạch chi tiết", "Sở Văn hóa, Thể thao và Du lịch", ""),
                                   ("Thiết kế, in ấn tài liệu quảng bá", ""),
                                   (_T[1], "Tổ chức tập huấn kỹ năng", "Sở Nội vụ", ""),
                                   (_T[2], "Kiểm tra, đánh giá kết quả", "Thanh tra tỉnh", "")]),
    "time_and_lead_merged_5": (_H5, [(_T[0], "Ban hành kế hoạch chi tiết", "Sở Văn hóa, Thể thao và Du lịch",
                                      "Sở Tài chính", ""),
                                     ("Thiết kế, in ấn tài liệu quảng bá", "Sở Công Thương", ""),
                                     (_T[1], "Tổ chức tập huấn kỹ năng", "Sở Nội vụ", "", ""),
                                     (_T[2], "Kiểm tra, đánh giá kết quả", "Thanh tra tỉnh", "", "")]),
}
# the time each task's row has
_WHEN = {"Ban hành kế hoạch chi tiết": _T[0], "Tổ chức tập huấn kỹ năng": _T[1], "Thiết kế, in ấn tài liệu quảng bá": None,
         "Kiểm tra, đánh giá kết quả": _T[2], "Tổng kết, báo cáo": _T[3]}


def _confident_wrong(doc, when: dict[str, str | None]) -> list[tuple]:
    """Tasks read for sure (not uncertain) with a deadline or a note other than their row's."""
    wrong = []
    for t in doc.tasks:
        if t.uncertain:
            continue
        content, deadline = " ".join(t.content.split()), t.deadline.text if t.deadline else None
        times = {v for v in when.values() if v}
        if content not in when or (deadline is not None and deadline != (when[content] or deadline)
                                   and not (when[content] is None and deadline in times)) \
                or (t.note or "").strip() in times:
            wrong.append((content, deadline, t.note))
    return wrong


@pytest.mark.parametrize("form", ["txt", "pipe", "bar"])
@pytest.mark.parametrize("case", list(_SCHEDULES))
def test_a_schedule_with_another_cell_merged_gives_no_row_the_time_above(tmp_path, case, form):
    header, rows = _SCHEDULES[case]
    when = dict(_WHEN)
    if case.startswith("time_and"):  # the second row's time is the first's, merged
        when["Thiết kế, in ấn tài liệu quảng bá"] = _T[0]
    doc = _process(tmp_path, _render(form, header, rows))
    assert _confident_wrong(doc, when) == []


@pytest.mark.parametrize("sep", ["\n\n", "\n"], ids=["blank_lines", "no_blank_lines"])
def test_a_schedule_with_an_empty_lead_not_printed_gives_no_row_the_time_above(tmp_path, sep):
    rows = [(_T[0], "Ban hành kế hoạch chi tiết", "Sở Nội vụ", "Trình UBND tỉnh"),
            ("Tuyên truyền trên báo, đài", "Các cơ quan báo chí phối hợp"),  # its lead empty, not printed
            (_T[1], "Tổ chức thực hiện", "Sở Y tế", "Báo cáo kết quả"),
            (_T[2], "Sơ kết", "Sở Nội vụ", "Báo cáo UBND tỉnh")]
    doc = _process(tmp_path, _doc([c for row in (_H4, *rows) for c in row], sep))
    when = {"Ban hành kế hoạch chi tiết": _T[0], "Tuyên truyền trên báo, đài": _T[0], "Tổ chức thực hiện": _T[1],
            "Sơ kết": _T[2]}
    assert _confident_wrong(doc, when) == []
    tasks = {t[0]: t for t in _tasks(doc)}
    assert tasks["Tổ chức thực hiện"][4] == _T[1] and tasks["Sơ kết"][4] == _T[2]


# -- 2. a lead in small letters where another cell of the row is wrapped ---------------------------------------------

_NUMBERED = ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Sản phẩm")
_WRAPPED_ELSEWHERE = {
    "two_line_product": ("Tuyên truyền, phổ biến kế hoạch", "các sở, ngành, địa phương", "Sở Tư pháp", "Quý II/2026",
                         ["Tin bài", "Phóng sự"]),
    "two_line_deadline": ("Tuyên truyền, phổ biến kế hoạch", "các cơ quan, đơn vị", "Sở Tư pháp",
                          ["Quý II/2026", "Quý IV/2026"], "Tin bài"),
    "two_line_lead": ("Tuyên truyền, phổ biến kế hoạch", ["các sở, ngành", "UBND các xã"], "Sở Tư pháp", "Quý II/2026",
                      "Tin bài"),
    "two_line_support": ("Kiểm tra công tác cải cách hành chính", "các sở, ngành", ["Sở Nội vụ", "Thanh tra tỉnh"],
                         "Hằng năm", "Kết luận"),
}


@pytest.mark.parametrize("blank", [True, False], ids=["blank_lines", "no_blank_lines"])
@pytest.mark.parametrize("case", list(_WRAPPED_ELSEWHERE))
def test_a_lead_in_small_letters_stays_a_lead_where_another_cell_wraps(tmp_path, case, blank):
    row = _WRAPPED_ELSEWHERE[case]
    rows = [("1", "Xây dựng cơ sở dữ liệu văn hóa phi vật thể", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính",
             "Quý III/2026", "Cơ sở dữ liệu"), ("2", *row),
            ("3", "Tổ chức hội nghị tổng kết", "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Tháng 12/2026", "Báo cáo")]
    tasks = _tasks(_process(tmp_path, _render("txt", _NUMBERED, rows, blank)))
    lead = row[1] if isinstance(row[1], list) else [row[1]]
    second = next(t for t in tasks if t[0].startswith(row[0][:12]))
    assert second[0] == row[0] and second[1][:1] == lead[:1]


# -- 3. a body's cell over two lines in a schedule is no run-in row ---------------------------------------------------

_H4D = ("Thời hạn", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp")
# as support after a lead of one body, "Sở Tài chính" is read as the lead's second body (c309ef3 reads it so too): the
# aligner's split of a lead and a support printed a paragraph a body, not this rule's
_SPLIT_BEFORE_S45 = pytest.mark.xfail(strict=True, reason="a support's first body read as the lead's second")
_TWO_LINE_BODIES = {
    "hospital": (["Sở Y tế", "Bệnh viện Đa khoa tỉnh"], ["Sở Y tế", "Bệnh viện Đa khoa tỉnh"]),
    "youth_union": (["Công an tỉnh", "Tỉnh đoàn"], ["Công an tỉnh", "Tỉnh đoàn"]),
    "policy_bank": (["Sở Tài chính", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh"],
                    ["Sở Tài chính", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh"]),
    "association": (["Sở Văn hóa, Thể thao và Du lịch", "Hiệp hội Du lịch tỉnh"],
                    ["Sở Văn hóa, Thể thao và Du lịch", "Hiệp hội Du lịch tỉnh"]),
    "portal": (["Sở Khoa học và Công nghệ", "Cổng Thông tin điện tử tỉnh"],
               ["Sở Khoa học và Công nghệ", "Cổng Thông tin điện tử tỉnh"]),
    "centre_wrapped": (["Trung tâm", "Phục vụ hành chính công"], ["Trung tâm Phục vụ hành chính công"]),
    "steering_wrapped": (["Ban Chỉ đạo", "Chuyển đổi số tỉnh"], ["Ban Chỉ đạo Chuyển đổi số tỉnh"]),
    "board_wrapped": (["Ban Quản lý", "Khu kinh tế tỉnh"], ["Ban Quản lý Khu kinh tế tỉnh"]),
}


@pytest.mark.parametrize("column", ["lead", "support"])
@pytest.mark.parametrize("case", list(_TWO_LINE_BODIES))
def test_a_body_cell_over_two_lines_in_a_schedule_keeps_its_bodies(tmp_path, case, column, request):
    printed, names = _TWO_LINE_BODIES[case]
    if (case, column) == ("policy_bank", "support"):
        request.applymarker(_SPLIT_BEFORE_S45)
    lead, support = (printed, "Các sở, ngành") if column == "lead" else ("Sở Nội vụ", printed)
    rows = [("Quý II/2026", "Rà soát quy hoạch du lịch", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính"),
            ("Quý III/2026", "Cải cách thủ tục hành chính", lead, support),
            ("Quý IV/2026", "Tổng kết, đánh giá", "Sở Nội vụ", "Văn phòng UBND tỉnh")]
    doc = _process(tmp_path, _render("txt", _H4D, rows))
    task = next(t for t in doc.tasks if " ".join(t.content.split()) == "Cải cách thủ tục hành chính")
    got = [m.name for m in (task.lead if column == "lead" else task.support)]
    assert got == names and not task.uncertain
