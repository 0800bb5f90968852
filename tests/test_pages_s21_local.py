"""Forms sampled in s21 from stored openings of legal-site pages of local issuers nobody had run (a blind sample).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- a site that wraps a decision's heading in a narrow cell ("QUYẾT" / "ĐỊNH") keeps the enacting authority's line under
  the title ("ỦY BAN NHÂN DÂN TỈNH"): it is no part of the title, as it is under a heading on one line;
- a title whose last line is the issuer's place ("… TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" / "TỈNH KIÊN GIANG"), or the
  years of a programme it names in quotes ("… GIAI ĐOẠN" / "2020 - 2025”"), ends on that line;
- an opening cut inside the body starts with a numbered section ("I. MỤC ĐÍCH, YÊU CẦU"): no issuer;
- a commune's or a city's portal prints the posting date under the headline ("Đăng ngày 17 - 05 - 2024"): no place
  "Đăng" and no date of issue.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.errors import NotADocument
from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
FORMS = ["text", "html", "docx"]
CLOSING = ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."]


def _process(tmp_path, lines: list[str], form: str):
    return process(write_in_form(tmp_path, lines, form))


# --- the enacting authority's line under a title whose heading a page broke in two

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("issuer, place, authority", [
    (["ỦY BAN NHÂN DÂN", "TỈNH PHÚ YÊN"], "Phú Yên", "ỦY BAN NHÂN DÂN TỈNH"),
    (["ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC THỌ"], "Đức Thọ", "ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ"),
    (["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP"], "Tân Lập", "ỦY BAN NHÂN DÂN XÃ"),
])
@pytest.mark.parametrize("broken", [("QUYẾT", "ĐỊNH"), ("QUYẾT ĐỊNH",)])
def test_the_authority_line_under_a_broken_heading_is_no_part_of_the_title(tmp_path, form, issuer, place, authority, broken):
    """A decision whose heading a site's narrow cell broke ("QUYẾT" / "ĐỊNH") had the enacting authority's line
    ("ỦY BAN NHÂN DÂN TỈNH") read into its title: the heading's line alone ("ĐỊNH") names no type, so the title's reader
    did not know a decision's authority line follows; it takes the type the layout read from both lines."""
    lines = [*issuer, "-------", *MOTTO, "Số: 412/QĐ-UBND", f"{place}, ngày 09 tháng 10 năm 2023", *broken,
             "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP KIỂM TRA VIỆC THỰC HIỆN CẢI CÁCH", "HÀNH CHÍNH TRÊN ĐỊA BÀN", authority,
             "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "QUYẾT ĐỊNH:",
             "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.", "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
             *CLOSING, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"]
    meta = _process(tmp_path, lines, form).metadata
    assert meta.doc_type == "Quyết định"
    assert meta.title == "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP KIỂM TRA VIỆC THỰC HIỆN CẢI CÁCH HÀNH CHÍNH TRÊN ĐỊA BÀN"


# --- a title's last line: the issuer's place, or the years of a named programme

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("issuer, place, last", [
    (["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"], "Cao Bằng", "TỈNH CAO BẰNG"),
    (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"], "Cần Thơ", "THÀNH PHỐ CẦN THƠ"),
    (["ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA BÌNH"], "Hòa Bình", "PHƯỜNG HÒA BÌNH"),
])
def test_a_title_that_ends_in_the_issuer_s_place_keeps_it(tmp_path, form, issuer, place, last):
    """A title wrapped so that its last line is the issuer's place ("… TẠI BỘ PHẬN MỘT CỬA" / "TỈNH CAO BẰNG") lost
    that line: it was read as the header's issuer printed again over the grounds. A place names no body."""
    lines = [*issuer, *MOTTO, "Số: 88/QĐ-UBND", f"{place}, ngày 03 tháng 4 năm 2024", "QUYẾT ĐỊNH",
             "BAN HÀNH QUY TRÌNH TIẾP NHẬN VÀ TRẢ KẾT QUẢ HỒ SƠ", "TẠI BỘ PHẬN MỘT CỬA", last,
             f"CHỦ TỊCH ỦY BAN NHÂN DÂN {last}", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
             "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy trình.", *CLOSING, "CHỦ TỊCH", "Lê Thị Hoa"]
    meta = _process(tmp_path, lines, form).metadata
    assert meta.title == f"BAN HÀNH QUY TRÌNH TIẾP NHẬN VÀ TRẢ KẾT QUẢ HỒ SƠ TẠI BỘ PHẬN MỘT CỬA {last}"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("years", ["2021 - 2025”", "2026-2030”.", "2022 – 2025\""])
def test_a_title_s_years_line_closing_a_quote_is_the_title_s(tmp_path, form, years):
    """A plan named after a programme in quotes, wrapped before its years ("… GIAI ĐOẠN" / "2020 - 2025”"), lost its
    last line: a line of years alone has no case of its own, but the closing quote after them was not let through."""
    lines = ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", *MOTTO, "Số: 231/KH-UBND", "Hải Phòng, ngày 14 tháng 9 năm 2021",
             "KẾ HOẠCH", "THỰC HIỆN ĐỀ ÁN “PHÁT TRIỂN VĂN HÓA ĐỌC TRONG CỘNG ĐỒNG GIAI ĐOẠN", years,
             "Thực hiện Quyết định của Thủ tướng Chính phủ, Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:",
             "I. MỤC TIÊU", "Nâng cao thói quen đọc sách.", *CLOSING[:1], "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
             "Phạm Văn Dũng"]
    meta = _process(tmp_path, lines, form).metadata
    assert meta.title == f"THỰC HIỆN ĐỀ ÁN “PHÁT TRIỂN VĂN HÓA ĐỌC TRONG CỘNG ĐỒNG GIAI ĐOẠN {years.rstrip('.')}"


# --- an opening cut inside the body

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("first, second", [("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG"), ("II. NỘI DUNG TUYÊN TRUYỀN", "III. TỔ CHỨC THỰC HIỆN"),
                                           ("IV. KINH PHÍ THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN")])
def test_an_opening_cut_inside_the_body_has_no_issuer(tmp_path, form, first, second):
    """An excerpt of a party committee's guidance that starts at its first section had "I. MỤC ĐÍCH, YÊU CẦU" read as
    its issuer (the capitals at the top): a section's numbered heading is no issuer's line; null with a warning."""
    lines = [first, "- Nâng cao nhận thức của cán bộ, đảng viên về quy hoạch tỉnh thời kỳ 2021 - 2030.",
             "- Công tác tuyên truyền được thực hiện thường xuyên, liên tục.", second,
             "Bám sát nội dung Quyết định số 12/QĐ-TTg ngày 05 tháng 01 năm 2024 của Thủ tướng Chính phủ."]
    doc = _process(tmp_path, lines, form)
    assert doc.metadata.issuer.name is None
    assert "missing_issuer" in {w.code for w in doc.warnings}


# --- a portal's posting date under its headline

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("posted", ["Đăng ngày 17 - 05 - 2024", "Đăng ngày 03/02/2025", "Ngày đăng 9.7.2025"])
def test_a_portal_s_posting_date_is_no_place_and_date_of_issue(tmp_path, form, posted):
    """A ward's portal prints the posting date under an outline's headline ("Đăng ngày 17 - 05 - 2024"): it was read as
    the place "Đăng" and the date of issue. It is the portal's (boilerplate.json article_chrome), never the document's."""
    lines = ["ĐỀ CƯƠNG TUYÊN TRUYỀN VỀ SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ TRÊN ĐỊA BÀN PHƯỜNG", posted, "Lượt xem: 215",
             "I. Căn cứ pháp lý", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
             "II. Nội dung tuyên truyền", "1. Sự cần thiết của việc sắp xếp."]
    try:
        meta = _process(tmp_path, lines, form).metadata
    except NotADocument:
        return  # no type, number or date of its own: refused with that reason, which is right too
    assert meta.place is None and meta.issued_date is None


@pytest.mark.parametrize("form", FORMS)
def test_a_plan_under_a_posting_date_keeps_its_own_date(tmp_path, form):
    """The plan a portal carries under its posting line keeps the place and date its own header prints."""
    lines = ["Kế hoạch phòng chống thiên tai năm 2025 của xã", "Đăng ngày 02 - 04 - 2025", "ỦY BAN NHÂN DÂN",
             "XÃ TÂN LẬP", *MOTTO, "Số: 27/KH-UBND", "Tân Lập, ngày 28 tháng 3 năm 2025", "KẾ HOẠCH",
             "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025", "I. MỤC ĐÍCH, YÊU CẦU", "Chủ động phòng ngừa.",
             *CLOSING, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Nam"]
    meta = _process(tmp_path, lines, form).metadata
    assert (meta.place, meta.issued_date, meta.number) == ("Tân Lập", "2025-03-28", "27/KH-UBND")
