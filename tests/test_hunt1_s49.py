"""s49 hunt fixes (notes: /work/notes/s49/hunt.md, classes A and B), on variants of our own wording.

A: a body's name broken over two lines, the second opening with a document type's word ("BỘ" / "KẾ HOẠCH VÀ ĐẦU TƯ",
"BAN QUẢN LÝ" / "DỰ ÁN …"), is the issuer's name, not a type heading: the document keeps its own heading, number,
date and issuer. The number line's symbol names the type also when it carries a year ("08/2022/TT-BKHĐT") or when a
site put "Số:" and the number on lines of their own.
B: a title wrapped over six lines or more keeps its end; a title past the cap is read to the cap with a warning."""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process
from pipeline.stages.metadata import _MAX_TITLE_LINES, _symbol_type

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
FORMS = ["text", "docx"]
PLACE_DATE = "Cao Bằng, ngày 3 tháng 5 năm 2023"


def _read(tmp_path, lines, form):
    return process(write_in_form(tmp_path, lines, form))


# --- A: the symbol's type, a year or none between the number and the symbol

@pytest.mark.parametrize(("printed", "doc_type"), [
    ("08/2022/TT-BKHĐT", "Thông tư"), ("12/2024/QĐ-UBND", "Quyết định"), (" 5 / 2019 /NQ-HĐND", "Nghị quyết"),
    ("48/KH-UBND", "Kế hoạch"), ("7/TB-BCĐ", "Thông báo"), ("2024/QĐ-UBND", "Quyết định"), ("125", None), ("", None)])
def test_symbol_type_reads_past_a_year(printed, doc_type):
    assert _symbol_type(printed) == doc_type


# --- A: a body's name split before a type word, on documents of other types and layouts

def _under_province(body: list[str], number_lines: list[str], heading: str, title: str, rest: list[str]) -> list[str]:
    return ["UBND TỈNH CAO BẰNG", *body, "-------", *MOTTO, *number_lines, PLACE_DATE, heading, title, *rest]


DECISION_REST = ["GIÁM ĐỐC", "Căn cứ Luật Đầu tư công;", "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt dự toán."]
CIRCULAR_REST = ["Căn cứ Luật Thống kê;", "Điều 1. Phạm vi điều chỉnh", "Thông tư này hướng dẫn."]
REPORT_REST = ["I. KẾT QUẢ THỰC HIỆN", "Các công trình đã khởi công."]
SPLIT_NAMES = {
    # a department whose number carries no year: the body's name alone tells the line from a heading
    "so_decision_plain_number": (
        _under_province(["SỞ", "KẾ HOẠCH VÀ ĐẦU TƯ"], ["Số: 211/QĐ-SKHĐT"], "QUYẾT ĐỊNH",
                        "VỀ VIỆC PHÊ DUYỆT DỰ TOÁN NĂM 2023", DECISION_REST),
        "Quyết định", "211/QĐ-SKHĐT", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "VỀ VIỆC PHÊ DUYỆT DỰ TOÁN NĂM 2023"),
    # a project board, "DỰ ÁN" (a type) opening its second line; its report's number in a cell of its own
    "project_board_report_number_apart": (
        _under_province(["BAN QUẢN LÝ", "DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH DÂN DỤNG VÀ CÔNG NGHIỆP"],
                        ["Số:", "64/BC-BQLDA"], "BÁO CÁO", "TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG QUÝ I", REPORT_REST),
        "Báo cáo", "64/BC-BQLDA", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH DÂN DỤNG VÀ CÔNG NGHIỆP",
        "TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG QUÝ I"),
    # the ministry's office: "VĂN PHÒNG BỘ" / "KẾ HOẠCH VÀ ĐẦU TƯ", a notice
    "ministry_office_notice": (
        ["VĂN PHÒNG BỘ", "KẾ HOẠCH VÀ ĐẦU TƯ", "-------", *MOTTO, "Số: 95/TB-VP", "Hà Nội, ngày 3 tháng 5 năm 2023",
         "THÔNG BÁO", "LỊCH LÀM VIỆC CỦA LÃNH ĐẠO BỘ TUẦN 19", "1. Thứ Hai: họp giao ban."],
        "Thông báo", "95/TB-VP", "VĂN PHÒNG BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "LỊCH LÀM VIỆC CỦA LÃNH ĐẠO BỘ TUẦN 19"),
    # the ministry, a decision with a year in its number, in the plain layout
    "ministry_decision_numbered_with_year": (
        ["BỘ", "KẾ HOẠCH VÀ ĐẦU TƯ", "-------", *MOTTO, "Số: 03/2021/QĐ-BKHĐT", "Hà Nội, ngày 3 tháng 5 năm 2023",
         "QUYẾT ĐỊNH", "BAN HÀNH QUY CHẾ QUẢN LÝ HỒ SƠ ĐIỆN TỬ", "BỘ TRƯỞNG BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
         "Căn cứ Luật Lưu trữ;", "QUYẾT ĐỊNH:", "Điều 1. Ban hành Quy chế."],
        "Quyết định", "03/2021/QĐ-BKHĐT", "BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "BAN HÀNH QUY CHẾ QUẢN LÝ HỒ SƠ ĐIỆN TỬ"),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(SPLIT_NAMES))
def test_body_name_split_before_a_type_word_is_the_issuer(tmp_path, case, form):
    lines, doc_type, number, issuer, title = SPLIT_NAMES[case]
    meta = _read(tmp_path, lines, form).metadata
    assert (meta.doc_type, meta.number, meta.issued_date) == (doc_type, number, "2023-05-03")
    assert meta.issuer.name == issuer
    assert meta.title == title


NO_SYMBOL_TO_TELL = {
    # no number line at all (a copy lost it): only the name in the registry tells the line from a heading
    "number_line_lost": (
        ["UBND TỈNH CAO BẰNG", "SỞ", "KẾ HOẠCH VÀ ĐẦU TƯ", "-------", *MOTTO, PLACE_DATE, "QUYẾT ĐỊNH",
         "VỀ VIỆC PHÊ DUYỆT DỰ TOÁN NĂM 2023", *DECISION_REST],
        "Quyết định", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "VỀ VIỆC PHÊ DUYỆT DỰ TOÁN NĂM 2023"),
    # a draft: the number left blank before the year, the day blank
    "draft_number_blank": (
        ["BỘ", "KẾ HOẠCH VÀ ĐẦU TƯ", "-------", *MOTTO, "Số:        /2023/TT-BKHĐT",
         "Hà Nội, ngày      tháng 5 năm 2023", "THÔNG TƯ", "HƯỚNG DẪN CHẾ ĐỘ BÁO CÁO THỐNG KÊ", *CIRCULAR_REST],
        "Thông tư", "BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "HƯỚNG DẪN CHẾ ĐỘ BÁO CÁO THỐNG KÊ"),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(NO_SYMBOL_TO_TELL))
def test_body_name_split_with_no_number_to_tell_the_type(tmp_path, case, form):
    lines, doc_type, issuer, title = NO_SYMBOL_TO_TELL[case]
    meta = _read(tmp_path, lines, form).metadata
    assert (meta.doc_type, meta.issuer.name, meta.title) == (doc_type, issuer, title)
    assert meta.number is None  # none printed: none made up


@pytest.mark.parametrize("form", FORMS)
def test_plan_of_a_department_split_before_ke_hoach_reads_right(tmp_path, form):
    lines = _under_province(["SỞ", "KẾ HOẠCH VÀ ĐẦU TƯ"], ["Số: 37/KH-SKHĐT"], "KẾ HOẠCH",
                            "CẢI CÁCH HÀNH CHÍNH NĂM 2023", ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Nâng cao chất lượng."])
    meta = _read(tmp_path, lines, form).metadata
    assert (meta.doc_type, meta.number, meta.title) == ("Kế hoạch", "37/KH-SKHĐT", "CẢI CÁCH HÀNH CHÍNH NĂM 2023")
    assert meta.issuer.name == "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"


@pytest.mark.parametrize("form", FORMS)
def test_department_name_on_one_line_reads_right(tmp_path, form):
    lines = _under_province(["SỞ KẾ HOẠCH VÀ ĐẦU TƯ"], ["Số: 19/2022/QĐ-SKHĐT"], "QUYẾT ĐỊNH",
                            "VỀ VIỆC PHÊ DUYỆT DỰ TOÁN NĂM 2023", DECISION_REST)
    meta = _read(tmp_path, lines, form).metadata
    assert (meta.doc_type, meta.number, meta.issuer.name) == ("Quyết định", "19/2022/QĐ-SKHĐT", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ")


@pytest.mark.parametrize("form", FORMS)
def test_site_headline_with_its_title_above_the_header_still_gives_way(tmp_path, form):
    """A site's headline "KẾ HOẠCH TRIỂN KHAI …" above the header is no body's name: the heading under the date line
    is the document's, as before."""
    lines = ["KẾ HOẠCH TRIỂN KHAI CHUYỂN ĐỔI SỐ NĂM 2023", "ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", "-------", *MOTTO,
             "Số: 88/KH-UBND", PLACE_DATE, "KẾ HOẠCH", "TRIỂN KHAI CHUYỂN ĐỔI SỐ NĂM 2023", "I. MỤC ĐÍCH, YÊU CẦU",
             "Thúc đẩy chuyển đổi số."]
    meta = _read(tmp_path, lines, form).metadata
    assert (meta.doc_type, meta.number, meta.issued_date) == ("Kế hoạch", "88/KH-UBND", "2023-05-03")
    assert meta.title == "TRIỂN KHAI CHUYỂN ĐỔI SỐ NĂM 2023"


# --- B: long titles

LONG_TITLE = ["PHÊ DUYỆT", "ĐIỀU CHỈNH CHỦ TRƯƠNG ĐẦU TƯ DỰ ÁN", "NÂNG CẤP, MỞ RỘNG TUYẾN ĐƯỜNG TỈNH 208", "ĐOẠN TỪ",
              "THỊ TRẤN TRÀ LĨNH ĐẾN CỬA KHẨU", "TRÀ LĨNH VÀ CÁC TUYẾN NHÁNH", "KẾT NỐI KHU KINH TẾ", "CỬA KHẨU",
              "TỈNH CAO BẰNG GIAI ĐOẠN", "2021 - 2025", "VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2030"]


def _province_decision(title: list[str], after: list[str]) -> list[str]:
    return ["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", "-------", *MOTTO, "Số: 702/QĐ-UBND", PLACE_DATE, "QUYẾT ĐỊNH",
            *title, *after]


AUTHORITY_THEN_GROUNDS = ["ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "Căn cứ Luật Đầu tư công;", "QUYẾT ĐỊNH:",
                          "Điều 1. Phê duyệt điều chỉnh."]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("count", [6, 7, 8])
def test_title_of_six_to_eight_lines_reads_whole(tmp_path, count, form):
    title = [*LONG_TITLE[: count - 1], LONG_TITLE[-1]]
    doc = _read(tmp_path, _province_decision(title, AUTHORITY_THEN_GROUNDS), form)
    assert doc.metadata.title == " ".join(title)
    assert "title_may_be_cut" not in {issue.code for issue in doc.warnings}


@pytest.mark.parametrize("form", FORMS)
def test_plan_title_of_seven_lines_stops_at_its_first_part(tmp_path, form):
    title = LONG_TITLE[:6] + ["NĂM 2023"]
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", "-------", *MOTTO, "Số: 70/KH-UBND", PLACE_DATE, "KẾ HOẠCH", *title,
             "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Hoàn thành dự án đúng hạn."]
    meta = _read(tmp_path, lines, form).metadata
    assert meta.title == " ".join(title)


@pytest.mark.parametrize("form", FORMS)
def test_title_of_five_lines_then_the_grounds(tmp_path, form):
    title = LONG_TITLE[:4] + [LONG_TITLE[-1]]
    meta = _read(tmp_path, _province_decision(title, AUTHORITY_THEN_GROUNDS[1:]), form).metadata
    assert meta.title == " ".join(title)


@pytest.mark.parametrize("form", FORMS)
def test_title_past_the_cap_is_read_to_it_with_a_warning(tmp_path, form):
    title = LONG_TITLE + ["VỀ VIỆC ĐIỀU CHỈNH TỔNG MỨC ĐẦU TƯ"]  # twelve lines, every one in capitals
    assert len(title) > _MAX_TITLE_LINES
    doc = _read(tmp_path, _province_decision(title, AUTHORITY_THEN_GROUNDS), form)
    assert doc.metadata.title == " ".join(title[:_MAX_TITLE_LINES])
    assert "title_may_be_cut" in {issue.code for issue in doc.warnings}
