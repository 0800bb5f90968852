"""Classes the property tests (tests/test_properties.py) found in CI rehearsals, each written down as plain cases."""

import pytest

from pipeline.run import process

from conftest import write_in_form

HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 77/KH-UBND", "Gia Lai, ngày 9 tháng 3 năm 2026", "KẾ HOẠCH"]
TABLE = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn",
         "1", "Kiểm tra công vụ", "Sở Nội vụ", "Các sở, ngành", "Quý III/2026"]


def _run(tmp_path, lines):
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return process(path)


@pytest.mark.parametrize("own_header", [["ỦY BAN NHÂN DÂN"], ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                                        ["SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]])
@pytest.mark.parametrize("headings", [["PHỤ LỤC", "PHỤ LỤC"], ["PHỤ LỤC I", "PHỤ LỤC II"]])
def test_an_annex_header_over_two_headings_in_a_row_is_read(tmp_path, own_header, headings):
    # the sections stage took the header's lines as the first annex's own and found no heading under them (a crash)
    doc = _run(tmp_path, [*HEADER, *own_header, *headings, *TABLE])
    assert [[a.name for a in t.lead] for t in doc.tasks] == [["Sở Nội vụ"]]


_QUANG_NGAI = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 122/KH-UBND", "Quảng Ngãi, ngày 12 tháng 5 năm 2025", "KẾ HOẠCH"]
_NAMES = ["PHỤ LỤC", "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]


def _as_form(tmp_path, lines, table_from, form):
    """``lines`` one a line ("text"), with blank lines between ("blank lines"), their table's cells ended by '|'
    ("pipe", from ``table_from``) or as paragraphs ("html")."""
    if form == "pipe":
        lines = [*lines[:table_from], *(f"{line} |" for line in lines[table_from:])]
    if form == "html":
        return write_in_form(tmp_path, lines, "html")
    path = tmp_path / "plan.txt"
    path.write_text(("\n\n" if form == "blank lines" else "\n").join(lines), encoding="utf-8")
    return path


def _rows(doc):
    return {(t.number, t.content, tuple(a.name for a in t.lead), tuple(a.name for a in t.support), t.deadline.text)
            for t in doc.tasks}


@pytest.mark.parametrize("form", ["text", "blank lines", "pipe", "html"])
@pytest.mark.parametrize("row,last", [
    (["2", "Triển khai dịch vụ công trực tuyến", "Sở TT&TT", "UBND các huyện, thị xã", "Thường xuyên"],
     ["1", "Rà soát thủ tục hành chính", "Sở Nội vụ", "Các sở, ban, ngành", "Quý II/2025"]),
    (["3", "Tổ chức hội nghị tập huấn", "Văn phòng UBND tỉnh", "Sở Tài chính", "Hằng năm"],
     ["4", "Kiểm tra công vụ", "Sở Nội vụ", "Các sở, ngành", "Quý III/2025"]),
    (["5", "Cập nhật cơ sở dữ liệu cán bộ", "Sở Nội vụ", "UBND cấp xã", "Năm 2025"],
     ["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Các sở, ban, ngành", "Quý II/2025"]),
])
def test_a_repeated_row_whose_cells_are_printed_outside_too_keeps_its_cells(tmp_path, row, last, form):
    # a row's last cell also printed once outside the table (a running line's count), over the next row's number (a
    # page's number's form): read as a page's number and running header, both dropped, the cells on either side
    # joined ('UBND các huyện, thị xã' + the next row's task as one body). A page prints its running header beside
    # its number outside the table too; this cell stands by none there
    lines = [*_QUANG_NGAI, "ỦY BAN NHÂN DÂN", row[-1], *_NAMES, *row, *row, *last]
    doc = process(_as_form(tmp_path, lines, len(_QUANG_NGAI) + 3, form))
    assert _rows(doc) == {(r[0], r[1], (r[2],), (r[3],), r[4]) for r in (row, last)}


@pytest.mark.parametrize("form", ["text", "blank lines"])
@pytest.mark.parametrize("page", [("3", "Kế hoạch cải cách hành chính năm 2025"),
                                  ("Kế hoạch cải cách hành chính năm 2025", "- 3 -")])
def test_a_running_header_printed_beside_the_page_number_is_still_the_page_s(tmp_path, form, page):
    """Guard: the same table over a page break, the running header printed with the page's number on the page before
    the table too: both dropped between the rows."""
    rows = [["1", "Rà soát thủ tục hành chính", "Sở Nội vụ", "Các sở, ban, ngành", "Quý II/2025"],
            ["2", "Kiểm tra công vụ", "Sở Tư pháp", "Các sở, ngành", "Quý III/2025"]]
    before = [line.replace("3", "2") for line in page]
    lines = [*_QUANG_NGAI, "I. MỤC ĐÍCH, YÊU CẦU", *before, "Nâng cao chỉ số cải cách hành chính.", *_NAMES,
             *rows[0], *page, *rows[1]]
    doc = process(_as_form(tmp_path, lines, len(lines), form))
    assert _rows(doc) == {(r[0], r[1], (r[2],), (r[3],), r[4]) for r in rows}
