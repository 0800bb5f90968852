"""Forms sampled in s22 from stored openings of legal-site pages of plans nobody had run (a blind sample of plans and of
decisions that issue one).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- a site that keeps an editor's hard wrap (one width, short first lines of numbered headings) puts a plan's first part
  ("PHẦN I. KẾT QUẢ …") right under a short title: it is a part of the body, not the title's wrapped rest;
- a decision's title wrapped inside a word whose second half is also a body's kind ("… AN NINH - QUỐC" / "PHÒNG GIAI
  ĐOẠN 2017 - 2020", "… MÔI" / "TRƯỜNG ĐẾN NĂM 2030") keeps that line: a body's name never starts with a period;
- a commune's copied header puts the number beside the place and date, its symbol typed with spaces round the dash
  ("Số: 05/KH – UBND      Ninh Quang, ngày …"): the number does not end at the dash;
- a unit's procedure page opens with its table, one cell a line, under a name in sentence case: the number column's
  name ("TT") is no issuer, and a time cell in the old spelling ("Theo qui định …") is the deadline.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
FORMS = ["text", "html", "docx"]


def _process(tmp_path, lines: list[str], form: str):
    return process(write_in_form(tmp_path, lines, form))


# --- a plan's first part under a short title, in a hard-wrapped copy

# A body wrapped at one width, its numbered headings in narrow cells ("1. Về hạ" / "tầng số"): the copy is read as
# hard-wrapped, and a short line counts as a full first line.
WRAPPED_BODY = [
    "I. KẾT QUẢ", "ĐẠT ĐƯỢC", "1. Về hạ", "tầng số",
    "Trong năm qua, Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ngành triển khai",
    "đồng bộ hạ tầng mạng diện rộng của tỉnh, kết nối đến các xã, phường và",
    "thị trấn; hệ thống hội nghị trực tuyến được nâng cấp tại các điểm cầu cấp",
    "huyện và cấp xã, bảo đảm phục vụ các cuộc họp của tỉnh với địa phương.",
    "2. Về dữ", "liệu số",
    "Các cơ sở dữ liệu chuyên ngành được xây dựng và cập nhật thường xuyên, từng",
    "bước kết nối, chia sẻ với các hệ thống thông tin của tỉnh và của các bộ,",
    "ngành trung ương theo quy định về quản lý và chia sẻ dữ liệu số hiện hành.",
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("title, part", [
    ("CHUYỂN ĐỔI SỐ TỈNH QUẢNG BÌNH NĂM 2024", "PHẦN I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023"),
    ("ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2025", "PHẦN THỨ NHẤT"),
    ("CẢI CÁCH HÀNH CHÍNH NĂM 2026", "Phần I. Kết quả thực hiện năm 2025"),
    ("PHÒNG, CHỐNG THIÊN TAI NĂM 2024", "Phần thứ nhất: Tình hình thực hiện"),
])
def test_a_part_under_a_short_title_is_no_part_of_the_title(tmp_path, form, title, part):
    """A short title over the plan's first part ("CHUYỂN ĐỔI SỐ TỈNH … NĂM 2023" / "PHẦN I. KẾT QUẢ …") in a copy wrapped
    at one width ran into it: the short first lines of the body's headings made the title a full line, and a part's
    label was no start of a paragraph for the rejoining of wrapped lines."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH", "-------", *MOTTO, "Số: 517/KH-UBND", "Quảng Bình, ngày 14 tháng 3 năm 2024",
             "KẾ HOẠCH", title, part, *WRAPPED_BODY]
    assert _process(tmp_path, lines, form).metadata.title == title


# --- a decision's title wrapped inside a word that is also a body's kind

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("wrapped, last", [
    ("PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN KINH TẾ - XÃ HỘI GẮN VỚI BẢO ĐẢM QUỐC", "PHÒNG GIAI ĐOẠN 2021 - 2025"),
    ("BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG BẢO VỆ MÔI", "TRƯỜNG ĐẾN NĂM 2030"),
    ("BAN HÀNH KẾ HOẠCH PHÁT TRIỂN THỊ", "TRƯỜNG GIAI ĐOẠN 2026 - 2030"),
    ("BAN HÀNH CHƯƠNG TRÌNH BẢO VỆ MÔI", "TRƯỜNG VÀ ỨNG PHÓ VỚI BIẾN ĐỔI KHÍ HẬU"),
])
@pytest.mark.parametrize("issuer, authority", [
    (["THỦ TƯỚNG CHÍNH PHỦ"], "THỦ TƯỚNG CHÍNH PHỦ"),
    (["ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN"], "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN"),
])
def test_a_title_wrapped_inside_a_word_keeps_its_last_line(tmp_path, form, wrapped, last, issuer, authority):
    """A title wrapped between the halves of a word ("… QUỐC" / "PHÒNG GIAI ĐOẠN …") lost its last line: a line that
    opens with a body's kind ("PHÒNG", "TRƯỜNG") was read as the issuing authority's line under the title. A body's
    name never goes on with a period, a year or a joining word."""
    lines = [*issuer, "-------", *MOTTO, "Số: 318/QĐ-UBND", "Hà Nội, ngày 15 tháng 3 năm 2022", "QUYẾT ĐỊNH", wrapped, last,
             authority, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "QUYẾT ĐỊNH:",
             "Điều 1. Phê duyệt kèm theo Quyết định này.", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]
    assert _process(tmp_path, lines, form).metadata.title == f"{wrapped} {last}"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("authority", ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "SỞ TÀI CHÍNH", "BỘ TÀI CHÍNH"])
def test_a_body_s_line_under_the_title_still_ends_it(tmp_path, form, authority):
    """The other side: the issuing body's line under a decision's title ("SỞ TÀI CHÍNH", "BỘ TÀI CHÍNH") still ends the
    title (a body's kind followed by its name; "TÀI" is no joining word)."""
    lines = [authority, "-------", *MOTTO, "Số: 41/QĐ-STC", "Hà Nội, ngày 02 tháng 4 năm 2024", "QUYẾT ĐỊNH",
             "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC", authority,
             "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "QUYẾT ĐỊNH:",
             "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc."]
    assert _process(tmp_path, lines, form).metadata.title == "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC"


# --- a commune's header: the number typed with spaces round its symbol's dash, beside the place and date

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("printed, number, symbol", [
    ("Số: 05/KH – UBND", "05/KH-UBND", "KH-UBND"),
    ("Số : 117/QĐ - UBND", "117/QĐ-UBND", "QĐ-UBND"),
    ("Số:     /KH – UBND", None, "KH-UBND"),
    ("Số: 09/TB – UBND", "09/TB-UBND", "TB-UBND"),
])
@pytest.mark.parametrize("place", ["Ninh Quang", "Tân Phú", "Hòa Bình"])
def test_a_symbol_with_a_spaced_dash_stays_out_of_the_place(tmp_path, form, printed, number, symbol, place):
    """A commune's copied header puts the number beside the place and date, its symbol typed with spaces round the dash
    ("Số: 05/KH – UBND      Ninh Quang, ngày …"): the number was cut at the dash and "UBND Ninh Quang" read as the place
    (a confident wrong place, and the number lost)."""
    lines = ["ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             f"XÃ {place.upper()}          Độc lập - Tự do - Hạnh phúc",
             f"{printed}                    {place}, ngày 21 tháng 01 năm 2021", "KẾ HOẠCH",
             "Tổ chức tuyên truyền phục vụ Tết Nguyên đán", "I. Mục đích, yêu cầu", "- Tổ chức các hoạt động tuyên truyền."]
    meta = _process(tmp_path, lines, form).metadata
    assert (meta.place, meta.number, meta.symbol) == (place, number, symbol)


# --- a page that opens with its task table, one cell a line

def _procedure_table(number_column: str, time_cell: str) -> list[str]:
    """A unit's procedure as a legal site's copy prints it: its name, then the table one cell a line, an empty cell
    as a no-break space."""
    empty = "\xa0"
    rows = [
        ["1", "Lập tờ trình xin chủ trương tổ chức hội thảo", "Khoa chuyên môn", "Trước khai mạc ít nhất 30 ngày", empty],
        ["2", "Thẩm định nội dung và dự trù kinh phí", "Phòng Kế hoạch - Tài chính", time_cell, "Theo mẫu của Phòng"],
        ["3", "Gửi giấy mời đến các đại biểu", "Ban Tổ chức", empty, "Gửi qua thư điện tử"],
        ["4", "Báo cáo kết quả sau hội thảo", "Ban Tổ chức", "Chậm nhất 10 ngày sau khi kết thúc", empty],
    ]
    return ["Quy trình tổ chức hội thảo khoa học cấp khoa", number_column, "Nội dung", "Thực hiện", "Thời gian",
            "Ghi chú", *(cell for row in rows for cell in row)]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("number_column", ["TT", "STT", "Số TT"])
def test_a_table_s_number_column_is_no_issuer(tmp_path, form, number_column):
    """A page that opens with its table under a name in sentence case had the number column's name ("TT") read as the
    issuing body (the capitals at the top): a table's first header cell ends the header; no issuer, with a warning."""
    doc = _process(tmp_path, _procedure_table(number_column, "Thường xuyên"), form)
    assert doc.metadata.issuer.name is None
    assert "missing_issuer" in {w.code for w in doc.warnings}
    assert len(doc.tasks) == 4


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("time_cell", ["Theo qui định của Ban tổ chức", "theo qui định hiện hành", "Theo quy định của Nhà trường"])
def test_a_time_cell_in_the_old_spelling_is_the_deadline(tmp_path, form, time_cell):
    """"Theo qui định …" (the old spelling of "quy") was no time phrase: the cell went on the performer's name
    ("Phòng Kế hoạch - Tài chính Theo qui định …", a wrong body) and the deadline was empty."""
    task = _process(tmp_path, _procedure_table("TT", time_cell), form).tasks[1]
    assert [a.name for a in task.implementer or task.lead] == ["Phòng Kế hoạch - Tài chính"]
    assert task.deadline is not None and task.deadline.text == time_cell
