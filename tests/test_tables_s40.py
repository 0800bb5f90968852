"""Task-table leftovers of s39 (s40-tabtext), on small tables of our own wordings.

1. A place-and-date at the place column's position in the last row, followed by no signature ("Nơi nhận" or the end):
   the document's closing line where it repeats the day the document was issued (as the metadata reads it, in any
   spelling: "ngày 4/6/2026"), the last row's place cell then left empty (never the row above's); an event's place and
   day (another day), or a day nothing compares with (no issue date read), stays the cell.
2. A count in words as the last row's note ("Cộng 2 đợt", "Tổng: 3 đợt", "Cộng: 5 nhiệm vụ") was read as a totals row.
3. A note whose words are time words too ("Theo hướng dẫn của tỉnh", "Định kỳ"), after the time column of a table
   copied a cell a line, went on the time cell (the row flagged uncertain): a row that prints one line per column keeps
   each line in its own column.
4. A by-word before a list of quarters or months ("Đến quý I, II/2026", "Hoàn thành trong tháng 3, 4/2026") gave the
   whole span: the last listed period's end, no start.
5. "Giai đoạn 2026-2030, hoàn thành trong năm 2026" ended in 2030: the by-word's period ends it, the span starts it;
   only where the cell says the work is then done ("hoàn thành", "xong", "chậm nhất") and names no milestone on the way
   ("đến năm 2026 sơ kết", "đến năm 2028 hoàn thành 50%", "đạt"): there the span's end stays the deadline.
6. A three-column indicator table ("STT | Chỉ tiêu | Giá trị", "Chỉ tiêu | Đơn vị | Mục tiêu năm 2026") copied a cell
   a line: "Giá trị" named no column, and figures in words ("55 - 56", "Trên 70") were no figures to the aligner.
7. A tabbed line of wrapped cells whose first (empty) cell's tab a copy trimmed ("thuộc thẩm quyền của xã<TAB><TAB>liên
   quan") made a row of its own.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from pipeline.stages.deadlines import parse_deadline
from test_eighteenth_bed import _HEAD
from test_tables_s39b import _CLOSINGS, _NOTE_ROWS, _note_plan

# -- 1. A place-and-date after the last row, before no signature --------------------------------------------------------

_EVENTS = ("Tổ chức hội nghị sơ kết", "Tổ chức hội thảo khoa học", "Tổ chức lễ phát động")
_OWN_LINE = "Cao Bằng, ngày 4 tháng 6 năm 2026"  # _HEAD's place-and-date


def _place_plan(tmp_path, header, closing_line, after, head=_HEAD, pipe=False):
    rows = [[str(k + 1), _EVENTS[k], "Sở Nội vụ", f"Tháng {k + 4}/2026"][:len(header)] for k in range(3)]
    rows[-1] = rows[-1][:header.index(next(n for n in header if "địa" in n.lower()))]  # the last row short of its place
    cells = [*header, *[c for row in rows for c in row], closing_line]
    body = "\n".join(f"{c} |" for c in cells) if pipe else "\n\n".join(cells)
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(head) + "\n\n" + body + "\n\n" + "\n\n".join(after) + "\n", encoding="utf-8")
    return process(path)


_PLACE_HEADERS = [("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian, địa điểm"),
                  ("TT", "Hoạt động", "Đơn vị tổ chức", "Thời gian và địa điểm tổ chức")]
_AFTERS = {"recipients": ["Nơi nhận:", "- Như trên;", "- Lưu: VT."], "recipients on one line": ["Nơi nhận: - Lưu: VT."],
           "nothing": []}


@pytest.mark.parametrize("header", _PLACE_HEADERS)
@pytest.mark.parametrize("after", list(_AFTERS))
@pytest.mark.parametrize("closing_line", [_OWN_LINE, "Cao Bằng, ngày 04 tháng 6 năm 2026"])
def test_the_document_s_own_place_and_date_before_no_signature_ends_the_table(tmp_path, header, after, closing_line):
    doc = _place_plan(tmp_path, header, closing_line, _AFTERS[after])
    assert [t.number for t in doc.tasks] == ["1", "2", "3"]
    assert not any("ngày" in cell for row in doc.tables[0].rows for cell in row.cells)
    # the last row prints no place cell: left empty, not "Tháng 5/2026" of the row above
    assert [r.cells[-1] for r in doc.tables[0].rows if r.kind != "header"] == ["Tháng 4/2026", "Tháng 5/2026", ""]
    assert doc.tasks[-1].deadline is None


# the head's place-and-date in other spellings the metadata reads as the same day (2026-06-04)
_OWN_SPELLINGS = ["Cao Bằng, ngày 4/6/2026", "Cao Bằng, ngày 04/06/2026", "Cao Bằng, ngày 04 tháng 06 năm 2026"]


def _head_dated(own: str) -> list[str]:
    return [own if line == _OWN_LINE else line for line in _HEAD]


@pytest.mark.parametrize("own", _OWN_SPELLINGS)
@pytest.mark.parametrize("after", ["recipients", "nothing"])
def test_the_closing_line_repeats_the_issue_date_in_any_spelling(tmp_path, own, after):
    doc = _place_plan(tmp_path, _PLACE_HEADERS[0], _OWN_LINE, _AFTERS[after], head=_head_dated(own))
    assert doc.metadata.issued_date == "2026-06-04"
    assert [t.number for t in doc.tasks] == ["1", "2", "3"] and doc.tasks[-1].deadline is None


@pytest.mark.parametrize("header", _PLACE_HEADERS)
@pytest.mark.parametrize("closing_line", ["Hà Nội, ngày 15 tháng 5 năm 2026", "Thành phố Hồ Chí Minh, ngày 3 tháng 9 năm 2026"])
def test_with_no_issue_date_before_the_table_the_line_stays_the_last_row_s_cell(tmp_path, header, closing_line):
    """Nothing to compare the day with: the line sits at the place column's position, so it stays the cell."""
    head = [line for line in _HEAD if line != _OWN_LINE]
    doc = _place_plan(tmp_path, header, closing_line, _AFTERS["recipients"], head=head)
    assert [(t.number, t.deadline.text) for t in doc.tasks][-1] == ("3", closing_line)


@pytest.mark.parametrize("header", _PLACE_HEADERS)
@pytest.mark.parametrize("pipe", [False, True])
@pytest.mark.parametrize("own", [_OWN_LINE, *_OWN_SPELLINGS])
@pytest.mark.parametrize("after", ["recipients", "nothing"])
def test_an_event_s_place_and_another_day_in_the_last_row_stays_its_cell(tmp_path, header, pipe, own, after):
    """The guard: the event's day is not the document's, so the line is the last row's place cell, as s39 read it."""
    doc = _place_plan(tmp_path, header, "Hà Nội, ngày 15 tháng 5 năm 2026", _AFTERS[after], head=_head_dated(own),
                      pipe=pipe)
    assert [(t.number, t.deadline.text) for t in doc.tasks][-1] == ("3", "Hà Nội, ngày 15 tháng 5 năm 2026")
    assert doc.tasks[-1].deadline.end == "2026-05-15"


# -- 2. A count in words as the last row's note --------------------------------------------------------------------------

@pytest.mark.parametrize("note", ["Cộng 2 đợt", "Tổng: 3 đợt", "Cộng: 5 nhiệm vụ", "Tổng cộng 4 lớp", "Tổng số: 2 đợt kiểm tra"])
@pytest.mark.parametrize("closing", _CLOSINGS)
def test_a_count_in_words_as_the_last_note_stays_in_its_row(tmp_path, note, closing):
    doc = _note_plan(tmp_path, note, closing)
    rows = [r.cells for r in doc.tables[0].rows if r.kind != "header"]
    assert [r[0] for r in rows] == ["1", "2"]
    assert rows[-1] == [*_NOTE_ROWS[2], note]


def test_a_count_after_a_full_row_with_its_note_is_still_no_row(tmp_path):
    doc = _note_plan(tmp_path, "Định kỳ", "Nơi nhận:\n- Lưu: VT.", counts=("Cộng 2 đợt",))
    rows = [r.cells for r in doc.tables[0].rows if r.kind != "header"]
    assert [r[0] for r in rows] == ["1", "2"] and not any("Cộng" in cell for row in rows for cell in row)


# -- 4. A by-word before a list of quarters or months --------------------------------------------------------------------

@pytest.mark.parametrize("printed,start,end", [
    # a by-word: the last listed period's end, no start
    ("Đến quý I, II/2026", None, "2026-06-30"), ("Hoàn thành trong tháng 3, 4/2026", None, "2026-04-30"),
    ("Đến quý I và quý II/2026", None, "2026-06-30"), ("Hoàn thành trong tháng 3 và tháng 4/2026", None, "2026-04-30"),
    ("Chậm nhất quý II, III năm 2026", None, "2026-09-30"), ("Đến tháng 3, 4, 5/2026", None, "2026-05-31"),
    ("Xong trong Q.III, IV/2026", None, "2026-12-31"), ("đến hết tháng 11 và 12 năm 2026", None, "2026-12-31"),
    ("Hoàn thành trong tháng 10 - 12/2026", None, "2026-12-31"),
    # no by-word, or a whole-period word: the span as before
    ("Quý I, II/2026", "2026-01-01", "2026-06-30"), ("Tháng 3, 4/2026", "2026-03-01", "2026-04-30"),
    ("Trong quý I, II/2026", "2026-01-01", "2026-06-30"), ("Đã hoàn thành quý I, II/2026", "2026-01-01", "2026-06-30"),
    ("Từ tháng 3 đến tháng 6/2026", "2026-03-01", "2026-06-30"),
    # the year the work runs in starts it, the by-word's list ends it
    ("Năm 2026, hoàn thành trong quý I, II/2026", "2026-01-01", "2026-06-30"),
])
def test_listed_periods_and_a_by_word(printed, start, end):
    deadline = parse_deadline(printed, 2026)
    assert (deadline.start, deadline.end) == (start, end)


# -- 5. A span of years with a by-word period inside it -----------------------------------------------------------------

@pytest.mark.parametrize("printed,start,end", [
    # The by-word's period wins the end: the span names the years the work belongs to (the programme's), the by-word
    # when this task must be done; the span's first year still starts it, as "Triển khai năm 2026, hoàn thành trong
    # quý IV/2026" is read.
    ("Giai đoạn 2026-2030, hoàn thành trong năm 2026", "2026-01-01", "2026-12-31"),
    ("Giai đoạn 2026 - 2030; hoàn thành trong năm 2027", "2026-01-01", "2027-12-31"),
    ("2026-2030, hoàn thành năm 2026", "2026-01-01", "2026-12-31"),
    ("Giai đoạn 2026-2030, hoàn thành trong quý IV/2026", "2026-01-01", "2026-12-31"),
    ("Năm 2026-2030, hoàn thành đến quý II/2026", "2026-01-01", "2026-06-30"),
    ("Giai đoạn 2026-2030, xong trong năm 2027", "2026-01-01", "2027-12-31"),
    ("Giai đoạn 2026-2030; đến quý III/2027 hoàn thành", "2026-01-01", "2027-09-30"),
    ("Giai đoạn 2026-2030, chậm nhất năm 2028", "2026-01-01", "2028-12-31"),
    ("Năm 2026-2027, hoàn thành tháng 6/2027", "2026-01-01", "2027-06-30"),
    # the span alone
    ("Giai đoạn 2026-2030", "2026-01-01", "2030-12-31"),
    # no by-word: the year is inside the span, the span stays
    ("Giai đoạn 2026-2030, trong năm 2026", "2026-01-01", "2030-12-31"),
    # a numbered phase's completion: the phase's by-word, the whole work runs to the span's end
    ("Giai đoạn 2026-2030; giai đoạn 1 hoàn thành trong năm 2026", "2026-01-01", "2030-12-31"),
    ("Đợt 1 hoàn thành trong năm 2026, cả giai đoạn 2026-2030", "2026-01-01", "2030-12-31"),
    # a by-word with no word that the work is then done, or a milestone on the way (a share, a review): the span's end
    ("Năm 2026-2030, đến quý II/2026", "2026-01-01", "2030-12-31"),
    ("Thực hiện giai đoạn 2026-2030, đến năm 2026 sơ kết", "2026-01-01", "2030-12-31"),
    ("Giai đoạn 2026-2030; đến năm 2028 hoàn thành 50%", "2026-01-01", "2030-12-31"),
    ("Giai đoạn 2026-2030, đến năm 2027 tổng kết, rút kinh nghiệm", "2026-01-01", "2030-12-31"),
    ("2026-2030, đến năm 2027 đạt 70%", "2026-01-01", "2030-12-31"),
    ("Giai đoạn 2026 - 2030, đến quý IV/2027 hoàn thành 60% khối lượng", "2026-01-01", "2030-12-31"),
    ("Giai đoạn 2026-2030, đến năm 2028 đánh giá giữa kỳ", "2026-01-01", "2030-12-31"),
    # a by-word beyond the span: the later end, as two ends are read
    ("2026-2028, đến năm 2030", "2026-01-01", "2030-12-31"),
])
def test_a_by_word_period_inside_a_span_of_years_ends_it(printed, start, end):
    deadline = parse_deadline(printed, 2026)
    assert (deadline.start, deadline.end) == (start, end)


# -- 3. A note after the time column, a cell a line ---------------------------------------------------------------------

_NOTES_LIKE_TIMES = ["Theo hướng dẫn của tỉnh", "Định kỳ", "Thực hiện hằng năm", "Theo kế hoạch của UBND huyện"]
_NOTE_HEADERS = [("STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành", "Ghi chú"),
                 ("TT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời hạn", "Ghi chú")]


@pytest.mark.parametrize("note", _NOTES_LIKE_TIMES)
@pytest.mark.parametrize("header", _NOTE_HEADERS)
@pytest.mark.parametrize("row", [0, 1, 2])
def test_a_note_like_a_time_stays_in_its_column(tmp_path, note, header, row):
    rows = [(str(k + 1), ("Rà soát thủ tục hành chính", "Kiểm tra công vụ tại các thôn", "Tập huấn kỹ năng số")[k],
             "Văn phòng HĐND và UBND xã", ("Quý II/2026", "Tháng 9/2026", "Quý IV/2026")[k],
             note if k == row else "Nhiệm vụ chuyển tiếp") for k in range(3)]
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(_HEAD) + "\n\n" + "\n\n".join([*header, *[c for r in rows for c in r]])
                    + "\n\nNơi nhận:\n- Lưu: VT.\n", encoding="utf-8")
    doc = process(path)
    assert [r.cells for r in doc.tables[0].rows if r.kind != "header"] == [list(r) for r in rows]
    assert [t.deadline.text for t in doc.tasks] == ["Quý II/2026", "Tháng 9/2026", "Quý IV/2026"]
    assert not [w for w in doc.warnings if w.code == "table_row_uncertain"]


# -- 6. A three-column indicator table, a cell a line --------------------------------------------------------------------

_INDICATOR_HEAD = ("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 58/KH-UBND", "Lâm Đồng, ngày 20 tháng 1 năm 2026", "KẾ HOẠCH",
                   "Thực hiện các chỉ tiêu phát triển kinh tế - xã hội năm 2026")
_INDICATORS = (("Tỷ lệ che phủ rừng (%)", "55 - 56"), ("Số xã đạt chuẩn nông thôn mới", "14 xã"),
               ("Tỷ lệ trường đạt chuẩn quốc gia (%)", "Trên 70"), ("Tỷ lệ dân số có thẻ bảo hiểm y tế", "≥ 95%"))
_INDICATOR_HEADERS = [("STT", "Chỉ tiêu", "Giá trị"), ("TT", "Tên chỉ tiêu", "Giá trị mục tiêu"),
                      ("STT", "Chỉ tiêu", "Mức phấn đấu năm 2026"), ("STT", "Chỉ tiêu", "Mục tiêu năm 2026")]


def _indicator_plan(tmp_path, header, rows, form):
    from conftest import write_with_table

    if form in ("html", "docx"):
        return process(write_with_table(tmp_path, list(_INDICATOR_HEAD), [list(header), *map(list, rows)],
                                        ["Nơi nhận:", "- Lưu: VT."], form))
    cells = [c for r in [header, *rows] for c in r]
    body = "\n".join(f"{c} |" for c in cells) if form == "pipe" else "\n\n".join(cells)
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(_INDICATOR_HEAD) + "\n\n" + body + "\n\nNơi nhận:\n- Lưu: VT.\n", encoding="utf-8")
    return process(path)


@pytest.mark.parametrize("header", _INDICATOR_HEADERS)
@pytest.mark.parametrize("form", ["one cell a line", "pipe", "html", "docx"])
def test_a_three_column_indicator_table_is_read(tmp_path, header, form):
    rows = [(str(k + 1), name, value) for k, (name, value) in enumerate(_INDICATORS)]
    doc = _indicator_plan(tmp_path, header, rows, form)
    assert [(i.name, i.target_printed) for i in doc.indicators] == list(_INDICATORS)
    assert [i.target for i in doc.indicators] == [55.0, 14.0, 70.0, 95.0]


@pytest.mark.parametrize("values", [("55 - 56", "14", "Trên 70"), ("≥ 95%", "12 - 14", "Dưới 1,5%")])
def test_a_three_column_table_with_no_number_column_a_cell_a_line(tmp_path, values):
    """"Chỉ tiêu | Đơn vị | Mục tiêu năm 2026" with no number column: its figures in words ("55 - 56", "Trên 70") had
    run the first rows' names, units and values into one name (the aligner saw no figure in them)."""
    names = ("Tỷ lệ che phủ rừng", "Số xã đạt chuẩn nông thôn mới", "Tỷ lệ hộ nghèo đa chiều")
    rows = [(name, unit, value) for name, unit, value in zip(names, ("%", "xã", "%"), values)]
    header = ("Chỉ tiêu", "Đơn vị", "Mục tiêu năm 2026")
    reference = _indicator_plan(tmp_path, header, rows, "html")
    doc = _indicator_plan(tmp_path, header, rows, "one cell a line")
    read = [(i.name, i.unit, i.target_printed) for i in doc.indicators]
    assert read == [(i.name, i.unit, i.target_printed) for i in reference.indicators] == [tuple(r) for r in rows]


# -- 7. A wrapped tabbed line that drops its first tab -------------------------------------------------------------------

_WRAPS_TRIMMED = {"content and support": ("thuộc thẩm quyền của xã\t\tliên quan", "cán bộ, công chức\t\t"),
                  "every tab but the first": ("thuộc thẩm quyền của xã\t\tliên quan\t", "cán bộ, công chức\t\t\t"),
                  "one trimmed, one not": ("\tthuộc thẩm quyền của xã\t\tliên quan", "cán bộ, công chức\t\t"),
                  "support only": ("\t\t\tliên quan", "cán bộ, công chức\t")}


@pytest.mark.parametrize("wording", list(_WRAPS_TRIMMED))
def test_a_wrapped_line_that_lost_its_first_tab_joins_its_row(tmp_path, wording):
    from test_tables_s39b import _TAB_HEADER, _TAB_ROWS, _tab_lines_plan

    first, second = _WRAPS_TRIMMED[wording]
    doc = _tab_lines_plan(tmp_path, [_TAB_HEADER, _TAB_ROWS[0], first, _TAB_ROWS[1], second, _TAB_ROWS[2]])
    rows = [r.cells for r in doc.tables[0].rows if r.kind != "header"]
    assert [r[0] for r in rows] == ["1", "2", "3"]
    assert rows[1][1].split() == "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức".split()
    assert rows[0][3].split() == "Các ban ngành, đoàn thể liên quan".split()
    assert [t.deadline.text for t in doc.tasks] == ["Quý II/2026", "Tháng 6/2026", "Quý IV/2026"]


def test_a_trimmed_line_that_opens_an_item_is_no_wrap(tmp_path):
    """The guard: an item's mark ("a) …") makes a row of its own, its first tab dropped or not."""
    from test_tables_s39b import _TAB_HEADER, _TAB_ROWS, _tab_lines_plan

    doc = _tab_lines_plan(tmp_path, [_TAB_HEADER, _TAB_ROWS[0], "a) rà soát thủ tục lĩnh vực đất đai\t\t\t", *_TAB_ROWS[1:]])
    rows = [r.cells for r in doc.tables[0].rows if r.kind != "header"]
    assert rows[0] == _TAB_ROWS[0].split("\t") and len(rows) == 4
