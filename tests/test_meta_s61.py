"""s61: header and closing values of documents by other hands — a day that does not exist printed in words in a
deadline, one body's name printed twice over one place, a Youth Union board named in full over its place, a Party or
Youth Union header run into one line.

What the forms are (our own notes; every fixture is written for the test, names and numbers made up): a deadline in
words with a day the month does not have ("Ngày 31 tháng 6 năm 2026") is a typist's slip for a day, never the whole
month; a site's copy of a two-column header prints the body's name of both columns on one row ("ỦY BAN NHÂN DÂN ỦY BAN
NHÂN DÂN") and its place once under it; a Youth Union committee prints "BCH ĐOÀN TNCS HỒ CHÍ MINH" over its province
or district, or all of it on one line; a Party or Youth Union header copied as one line runs the body, the number, the
organisation's name and the date together.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form, write_with_table
from pipeline.run import process
from pipeline.stages.deadlines import deadline_doubt, parse_deadline
from test_meta_s54 import MOTTO

BODY = ["KẾ HOẠCH", "Kiểm tra công tác lưu trữ năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao chất lượng công tác.",
        "II. NỘI DUNG", "1. Kiểm tra việc lập hồ sơ."]
CLOSING = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Trần Văn Mẫu"]
UNION_CLOSING = ["Nơi nhận:", "- Các cơ sở đoàn;", "- Lưu VP.", "TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Thị Nháp"]


def _codes(doc) -> list[str]:
    return [w.code for w in doc.warnings]


# --- 1. a day that does not exist printed in words: no period (the base read the month's, or with "trước" the year's)
@pytest.mark.parametrize("text", [
    "Ngày 31 tháng 6 năm 2026", "Trước ngày 31 tháng 4 năm 2026", "Hoàn thành trước ngày 30 tháng 2 năm 2026",
    "ngày 31 tháng 9 năm 2026", "Chậm nhất ngày 31/6 năm 2026",
])
def test_a_day_in_words_that_does_not_exist_gives_no_period(text):
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end) == (None, None)
    assert "does not exist" in deadline_doubt(deadline)


@pytest.mark.parametrize("text, end", [
    # read right on the base, guards: a day that exists, a month named alone
    ("Ngày 30 tháng 6 năm 2026", "2026-06-30"), ("Tháng 6 năm 2026", "2026-06-30"),
    # another period beside the slip is read (the doubt names the slip)
    ("Ngày 31 tháng 6 năm 2026, tháng 7 năm 2026", "2026-07-31"),
])
def test_periods_beside_a_day_that_does_not_exist(text, end):
    assert parse_deadline(text, 2026).end == end


TASK_HEADER = ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
BEFORE_TABLE = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 12/KH-UBND", *MOTTO, "Quảng Ngãi, ngày 5 tháng 3 năm 2026",
                "KẾ HOẠCH", "Rà soát văn bản năm 2026", "I. NHIỆM VỤ"]


@pytest.mark.parametrize("form", ["text", "docx", "html"])
@pytest.mark.parametrize("cell", ["Ngày 31 tháng 6 năm 2026", "Trước ngày 31 tháng 11 năm 2026"])
def test_a_task_s_day_in_words_that_does_not_exist(tmp_path, form, cell):
    first_deadline_unread(tmp_path, form, cell, "does not exist")


def first_deadline_unread(tmp_path, form: str, cell: str, doubt: str) -> None:
    """A task table whose first row's deadline is ``cell``: that deadline is kept as printed with no period and a
    deadline_doubt saying ``doubt``, the next row's read."""
    rows = [TASK_HEADER, ["1", "Rà soát quy chế phối hợp", "Sở Nội vụ", "Sở Tư pháp", cell],
            ["2", "Tổng kết thực hiện", "Sở Nội vụ", "Sở Tài chính", "Tháng 12/2026"]]
    doc = process(write_with_table(tmp_path, BEFORE_TABLE, rows, CLOSING, form))
    first = doc.tasks[0]
    assert (first.deadline.text, first.deadline.start, first.deadline.end) == (cell, None, None)
    assert doc.tasks[1].deadline.end == "2026-12-31"
    assert any(w.code == "deadline_doubt" and doubt in w.message for w in doc.warnings)


# --- 2. one body's name printed twice over ONE place: that place's body, the name once (the base kept it doubled;
# "THỊ XÃ …" gave null with a wrong reason, its "XÃ" taken for a second place)
def _name_twice(tmp_path, rows, form):
    header = [f"{row} {motto}" for row, motto in zip(rows, MOTTO)] if form == "text" else [*rows, *MOTTO]
    lines = [*header, "Số: 05/KH-UBND", "Mẫu Thử, ngày 10 tháng 4 năm 2026", *BODY, *CLOSING]
    return process(write_in_form(tmp_path, lines, form))


@pytest.mark.parametrize("form", ["text", "docx", "html", "pdf"])
@pytest.mark.parametrize("rows, issuer", [
    (["ỦY BAN NHÂN DÂN ỦY BAN NHÂN DÂN", "XÃ MẪU THỬ"], "ỦY BAN NHÂN DÂN XÃ MẪU THỬ"),
    (["ỦY BAN NHÂN DÂN ỦY BAN NHÂN DÂN", "THỊ XÃ MẪU THỬ"], "ỦY BAN NHÂN DÂN THỊ XÃ MẪU THỬ"),
    (["ỦY BAN NHÂN DÂN ỦY BAN NHÂN DÂN", "PHƯỜNG NHÁP"], "ỦY BAN NHÂN DÂN PHƯỜNG NHÁP"),
    (["ỦY BAN NHÂN DÂN ỦY BAN NHÂN DÂN", "THỊ TRẤN MẪU THỬ"], "ỦY BAN NHÂN DÂN THỊ TRẤN MẪU THỬ"),
    (["SỞ Y TẾ SỞ Y TẾ", "TỈNH MẪU THỬ"], "SỞ Y TẾ TỈNH MẪU THỬ"),
])
def test_a_name_twice_over_one_place_is_that_place_s_body(tmp_path, form, rows, issuer):
    doc = _name_twice(tmp_path, rows, form)
    assert doc.metadata.issuer.name == issuer
    assert "issuer_columns_run_together" not in _codes(doc)


@pytest.mark.parametrize("place", ["HUYỆN MẪU THỬ HUYỆN NHÁP", "THỊ XÃ MẪU THỬ THỊ XÃ NHÁP", "XÃ MẪU THỬ PHƯỜNG NHÁP"])
def test_a_name_twice_over_two_places_run_together_stays_unread(tmp_path, place):
    """Read so on the base too, guards: two places that cannot be parted give no issuer and the warning."""
    doc = _name_twice(tmp_path, ["ỦY BAN NHÂN DÂN ỦY BAN NHÂN DÂN", place], "text")
    assert doc.metadata.issuer.name is None
    assert "issuer_columns_run_together" in _codes(doc)


# --- 3. a Youth Union board named in full over its place, or with it on one line: the union's name is kept (the base
# parted it out as the motto: "BCH TỈNH NGHỆ AN", "BAN THƯỜNG VỤ HUYỆN NAM ĐÀN")
def _union_plan(tmp_path, rows, form):
    lines = [*rows, "***", "Số: 12-KH/TĐTN-VP", "ĐOÀN TNCS HỒ CHÍ MINH", "Nghệ An, ngày 12 tháng 3 năm 2026", *BODY,
             *UNION_CLOSING]
    return process(write_in_form(tmp_path, lines, form)).metadata


@pytest.mark.parametrize("form", ["text", "docx", "html", "pdf"])
@pytest.mark.parametrize("rows, issuer, agency", [
    (["BCH ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH NGHỆ AN"], "BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH NGHỆ AN", "nghe-an/tinh-doan"),
    (["BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH NGHỆ AN"], "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH NGHỆ AN",
     "nghe-an/tinh-doan"),
    (["BCH ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH", "TỈNH QUẢNG NGÃI"],
     "BCH ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH TỈNH QUẢNG NGÃI", "quang-ngai/tinh-doan"),
    (["BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH", "THÀNH PHỐ VINH"], "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH THÀNH PHỐ VINH",
     "nghe-an.thanh-pho-vinh/doan-thanh-nien-cong-san-ho-chi-minh"),
    (["BAN THƯỜNG VỤ ĐOÀN TNCS HỒ CHÍ MINH", "XÃ MẪU THỬ"], "BAN THƯỜNG VỤ ĐOÀN TNCS HỒ CHÍ MINH XÃ MẪU THỬ", None),
])
def test_a_youth_union_board_over_its_place_keeps_the_union_s_name(tmp_path, form, rows, issuer, agency):
    meta = _union_plan(tmp_path, rows, form)
    assert (meta.issuer.name, meta.issuer.parent) == (issuer, None)
    assert (meta.issuer.agency.agency_id if meta.issuer.agency else None) == agency


@pytest.mark.parametrize("rows, issuer", [
    # read so on the base, guards: a body under the board that is no place is the board of that body's union (s38b),
    # the union's own body of the place is the board's body
    (["BCH ĐOÀN TNCS HỒ CHÍ MINH", "TRƯỜNG THPT NHÁP"], "BCH TRƯỜNG THPT NHÁP"),
    (["BCH ĐOÀN TNCS HỒ CHÍ MINH", "HUYỆN ĐOÀN NAM ĐÀN"], "BCH HUYỆN ĐOÀN NAM ĐÀN"),
    (["BCH ĐOÀN TNCS HỒ CHÍ MINH"], "BCH ĐOÀN TNCS HỒ CHÍ MINH"),
    (["BCH ĐOÀN TỈNH NGHỆ AN"], "BCH ĐOÀN TỈNH NGHỆ AN"),
])
def test_a_union_board_over_a_body_that_is_no_place(tmp_path, rows, issuer):
    assert _union_plan(tmp_path, rows, "text").issuer.name == issuer


# --- 4. a Party or Youth Union header run into one line: its number and its date are read (the base lost both and,
# for the Party's, the issuer: linebreaks.lost counted two run-ons)
@pytest.mark.parametrize("first, issuer, number, date", [
    ("ĐẢNG ỦY XÃ MẪU THỬ * Số 05-KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM Mẫu Thử, ngày 2 tháng 4 năm 2026", "ĐẢNG ỦY XÃ MẪU THỬ",
     "05-KH/ĐU", "2026-04-02"),
    ("HUYỆN ĐOÀN NAM ĐÀN *** Số: 21-KH/HĐTN ĐOÀN TNCS HỒ CHÍ MINH Nam Đàn, ngày 2 tháng 4 năm 2026",
     "HUYỆN ĐOÀN NAM ĐÀN", "21-KH/HĐTN", "2026-04-02"),
    ("HUYỆN ỦY NAM ĐÀN * Số: 33-KH/HU ĐẢNG CỘNG SẢN VIỆT NAM Nam Đàn, ngày 20 tháng 5 năm 2026", "HUYỆN ỦY NAM ĐÀN",
     "33-KH/HU", "2026-05-20"),
])
def test_an_organisation_s_header_run_into_one_line_is_read(tmp_path, first, issuer, number, date):
    meta = process(write_in_form(tmp_path, [first, *BODY, *UNION_CLOSING], "text")).metadata
    assert (meta.issuer.name, meta.number, meta.issued_date) == (issuer, number, date)


@pytest.mark.parametrize("title", [
    # read right on the base, guards: a title in capitals that names the Party or the union, in a header with its lines
    "KỶ NIỆM 96 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM",
    "TỔ CHỨC ĐẠI HỘI ĐOÀN TNCS HỒ CHÍ MINH CÁC CẤP",
])
def test_a_title_naming_the_organisation_rebuilds_nothing(tmp_path, title):
    lines = ["HUYỆN ỦY NAM ĐÀN", "*", "Số 33-KH/HU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Đàn, ngày 20 tháng 5 năm 2026",
             "KẾ HOẠCH", title, *BODY[2:], *UNION_CLOSING]
    doc = process(write_in_form(tmp_path, lines, "text"))
    assert (doc.metadata.number, doc.metadata.issued_date) == ("33-KH/HU", "2026-05-20")
    assert "line_breaks_rebuilt" not in _codes(doc)


# --- 5. recipients printed in two columns, copied row by row: each row holds two items ("- Bộ Nội vụ;   - Các sở,
# ban, ngành;"); the base ran them into one recipient ("Bộ Nội vụ; - Các sở, ban, ngành")
HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 12/KH-UBND", *MOTTO, "Quảng Ngãi, ngày 5 tháng 3 năm 2026"]
SIGNATURE = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Mẫu"]


@pytest.mark.parametrize("form", ["text", "docx", "html", "pdf"])
@pytest.mark.parametrize("rows, recipients", [
    (["- Bộ Nội vụ;                    - Các sở, ban, ngành;", "- TT Tỉnh ủy;                   - UBND các xã;",
      "- Lưu: VT."], ["Bộ Nội vụ", "Các sở, ban, ngành", "TT Tỉnh ủy", "UBND các xã", "Lưu: VT"]),
    (["+ Văn phòng Chính phủ;     + Sở Tài chính;", "+ Lưu: VT, KT."],
     ["Văn phòng Chính phủ", "Sở Tài chính", "Lưu: VT, KT"]),
    (["- Như trên; - Sở Y tế; - Sở Nội vụ;", "- Lưu: VT."], ["Như trên", "Sở Y tế", "Sở Nội vụ", "Lưu: VT"]),
])
def test_recipients_in_two_columns_are_each_an_item(tmp_path, form, rows, recipients):
    doc = process(write_in_form(tmp_path, [*HEADER, *BODY, "Nơi nhận:", *rows, *SIGNATURE], form))
    assert doc.metadata.recipients == recipients
    assert (doc.metadata.signer.name, doc.metadata.signer.title) == ("Trần Văn Mẫu", "Phó Chủ tịch")


@pytest.mark.parametrize("rows, recipients", [
    # read right on the base, guards: a dash inside a name, a list wrapped onto the next line
    (["- Sở Nội vụ - Kho bạc Nhà nước tỉnh;", "- Lưu: VT."], ["Sở Nội vụ - Kho bạc Nhà nước tỉnh", "Lưu: VT"]),
    (["- UBND các xã, phường", "- Lưu: VT."], ["UBND các xã, phường", "Lưu: VT"]),
])
def test_a_recipient_s_own_dash_stays(tmp_path, rows, recipients):
    doc = process(write_in_form(tmp_path, [*HEADER, *BODY, "Nơi nhận:", *rows, *SIGNATURE], "text"))
    assert doc.metadata.recipients == recipients


# Review (s61): a name's own hyphen in the second column's item, posts as items, a group's items after its colon on the
# group's line (read as when each item has a line of its own: "- Các đơn vị:" / "+ Phòng Y tế;" / "+ Phòng Nội vụ;")
@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("rows, recipients", [
    (["- Sở Tài chính;      - UBND tỉnh Bà Rịa - Vũng Tàu;", "- Lưu: VT."],
     ["Sở Tài chính", "UBND tỉnh Bà Rịa - Vũng Tàu", "Lưu: VT"]),
    (["- Văn phòng UBND tỉnh;   - Ban Thi đua - Khen thưởng tỉnh;", "- Lưu: VT."],
     ["Văn phòng UBND tỉnh", "Ban Thi đua - Khen thưởng tỉnh", "Lưu: VT"]),
    (["- Chủ tịch;      - Các PCT UBND tỉnh;", "- Lưu: VT."], ["Chủ tịch", "Các PCT UBND tỉnh", "Lưu: VT"]),
    (["- Các đơn vị: + Phòng Y tế; + Phòng Nội vụ;", "- Lưu: VT."],
     ["Các đơn vị:", "Phòng Y tế", "Phòng Nội vụ", "Lưu: VT"]),
    (["- Các sở: • Nội vụ;    • Tài chính;", "- Lưu: VT."], ["Các sở:", "Nội vụ", "Tài chính", "Lưu: VT"]),
])
def test_two_columns_items_with_a_hyphen_or_a_group(tmp_path, form, rows, recipients):
    doc = process(write_in_form(tmp_path, [*HEADER, *BODY, "Nơi nhận:", *rows, *SIGNATURE], form))
    assert doc.metadata.recipients == recipients


@pytest.mark.parametrize("rows, recipients", [
    # read right on the base, guards: a list of posts in one item, a place's name after a dash with no capital
    (["- Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT."], ["Chủ tịch, các PCT UBND tỉnh", "Lưu: VT"]),
    (["- UBND các huyện, thị xã, thành phố;", "- Lưu: VT."], ["UBND các huyện, thị xã, thành phố", "Lưu: VT"]),
    (["- Các đơn vị:", "+ Phòng Y tế;", "+ Phòng Nội vụ;", "- Lưu: VT."],
     ["Các đơn vị:", "Phòng Y tế", "Phòng Nội vụ", "Lưu: VT"]),
])
def test_a_recipient_s_own_words_stay_one_item(tmp_path, rows, recipients):
    doc = process(write_in_form(tmp_path, [*HEADER, *BODY, "Nơi nhận:", *rows, *SIGNATURE], "text"))
    assert doc.metadata.recipients == recipients


# Found in the s61 review, fixed in s62 (tests/test_meta_s62.py has the variants): a header copied row by row whose
# number's row holds the Youth Union's name beside it ("Số: 12-KH/TĐTN-VP ĐOÀN TNCS HỒ CHÍ MINH") read the number with
# the name glued on ("12-KH/TĐTN-VPĐOÀNTNCSHỒCHÍMINH").
def test_the_union_s_name_beside_the_number_is_no_part_of_it(tmp_path):
    lines = ["BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH NGHỆ AN", "***", "Số: 12-KH/TĐTN-VP ĐOÀN TNCS HỒ CHÍ MINH",
             "Nghệ An, ngày 12 tháng 3 năm 2026", *BODY, *UNION_CLOSING]
    assert process(write_in_form(tmp_path, lines, "text")).metadata.number == "12-KH/TĐTN-VP"


# Found in the s61 review, fixed in s62: a day that does not exist printed without "ngày" ("Trước 31 tháng 6 năm 2026"),
# or with its month and year in figures ("ngày 31 tháng 6/2026"), gave June's period and no doubt.
@pytest.mark.parametrize("text", ["Trước 31 tháng 6 năm 2026", "ngày 31 tháng 6/2026"])
def test_a_day_that_does_not_exist_without_its_word(text):
    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end) == (None, None) and "does not exist" in deadline_doubt(deadline)


# Found in the s61 review, fixed in s62: one body's name printed twice over two places each on a line of its own ("ỦY
# BAN NHÂN DÂN ỦY BAN NHÂN DÂN" / "XÃ MẪU THỬ" / "XÃ NHÁP") gave "ỦY BAN NHÂN DÂN XÃ MẪU THỬ XÃ NHÁP" with no warning.
def test_a_name_twice_over_two_places_on_two_lines_stays_unread(tmp_path):
    doc = _name_twice(tmp_path, ["ỦY BAN NHÂN DÂN ỦY BAN NHÂN DÂN", "XÃ MẪU THỬ", "XÃ NHÁP"], "docx")
    assert doc.metadata.issuer.name is None and "issuer_columns_run_together" in _codes(doc)


# Found in the s61 review, fixed in s62: the archive's item in one column beside another column's item on the same row
# ("- Lưu: VT;     - Sở Y tế.") ended the list at "Lưu", the item beside it dropped with no warning.
def test_an_item_beside_the_archive_s_on_its_row_is_kept(tmp_path):
    rows = ["- Như trên;                 - Sở Nội vụ;", "- Lưu: VT;                  - Sở Y tế."]
    doc = process(write_in_form(tmp_path, [*HEADER, *BODY, "Nơi nhận:", *rows, *SIGNATURE], "text"))
    assert doc.metadata.recipients == ["Như trên", "Sở Nội vụ", "Lưu: VT", "Sở Y tế"]
