"""A decision or resolution of a governing council under its body: "TẬP ĐOÀN …" / "HỘI ĐỒNG THÀNH VIÊN", "CÔNG TY CỔ
PHẦN …" / "HỘI ĐỒNG QUẢN TRỊ", "TRƯỜNG ĐẠI HỌC …" / "HỘI ĐỒNG TRƯỜNG", and the Council of Ministers before 1992. The
title in capitals is followed by the council's line as the issuing authority ("HỘI ĐỒNG THÀNH VIÊN TẬP ĐOÀN …"),
which ran into the title (a confident wrong value), and the issuer was the two header lines run together. The
council is the issuer, its body the parent; a line made of the header's issuer lines ends a title.

Each form is a document of our own, read as plain text and as a DOCX.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
BODY = ["Căn cứ Điều lệ tổ chức và hoạt động;", "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo văn bản này nội dung.",
        "Điều 2. Văn bản này có hiệu lực kể từ ngày ký.", "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT."]

# (header lines above the motto, number, type heading, title lines, authority line, signature; issuer, parent, title)
FORMS = {
    "corporation_members_council": (
        ["TẬP ĐOÀN CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM", "HỘI ĐỒNG THÀNH VIÊN"], "Số: 87/QĐ-HĐTV", "QUYẾT ĐỊNH",
        ["BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ", "GIAI ĐOẠN 2025 - 2027"],
        "HỘI ĐỒNG THÀNH VIÊN TẬP ĐOÀN CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM", ["TM. HỘI ĐỒNG THÀNH VIÊN", "CHỦ TỊCH"],
        "HỘI ĐỒNG THÀNH VIÊN", "TẬP ĐOÀN CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM",
        "BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2025 - 2027"),
    "company_board": (
        ["CÔNG TY CỔ PHẦN CẤP NƯỚC BẮC NINH", "HỘI ĐỒNG QUẢN TRỊ"], "Số: 12/NQ-HĐQT", "NGHỊ QUYẾT",
        ["THÔNG QUA KẾ HOẠCH SẢN XUẤT KINH DOANH NĂM 2026"], "HỘI ĐỒNG QUẢN TRỊ CÔNG TY CỔ PHẦN CẤP NƯỚC BẮC NINH",
        ["TM. HỘI ĐỒNG QUẢN TRỊ", "CHỦ TỊCH"], "HỘI ĐỒNG QUẢN TRỊ", "CÔNG TY CỔ PHẦN CẤP NƯỚC BẮC NINH",
        "THÔNG QUA KẾ HOẠCH SẢN XUẤT KINH DOANH NĂM 2026"),
    "university_council": (
        ["TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN", "HỘI ĐỒNG TRƯỜNG"], "Số: 305/QĐ-HĐT", "QUYẾT ĐỊNH",
        ["BAN HÀNH KẾ HOẠCH HOẠT ĐỘNG NĂM HỌC 2025 - 2026"], "HỘI ĐỒNG TRƯỜNG TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN",
        ["TM. HỘI ĐỒNG TRƯỜNG", "CHỦ TỊCH"], "HỘI ĐỒNG TRƯỜNG", "TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN",
        "BAN HÀNH KẾ HOẠCH HOẠT ĐỘNG NĂM HỌC 2025 - 2026"),
    # one header line, its kind in no list: the authority's line is the issuer's name as printed above
    "council_of_ministers": (
        ["HỘI ĐỒNG BỘ TRƯỞNG"], "Số: 388-HĐBT", "NGHỊ ĐỊNH",
        ["BAN HÀNH QUY CHẾ VỀ THÀNH LẬP VÀ GIẢI THỂ", "DOANH NGHIỆP NHÀ NƯỚC"], "HỘI ĐỒNG BỘ TRƯỞNG",
        ["T/M HỘI ĐỒNG BỘ TRƯỞNG", "CHỦ TỊCH"], "HỘI ĐỒNG BỘ TRƯỞNG", None,
        "BAN HÀNH QUY CHẾ VỀ THÀNH LẬP VÀ GIẢI THỂ DOANH NGHIỆP NHÀ NƯỚC"),
    # a province's decision that names a council in its title, wrapped after the verb: the council goes on with it
    "province_names_a_council": (
        ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH"], "Số: 1520/QĐ-UBND", "QUYẾT ĐỊNH",
        ["VỀ VIỆC KIỆN TOÀN", "HỘI ĐỒNG QUẢN TRỊ QUỸ ĐẦU TƯ PHÁT TRIỂN TỈNH"], "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", None,
        "VỀ VIỆC KIỆN TOÀN HỘI ĐỒNG QUẢN TRỊ QUỸ ĐẦU TƯ PHÁT TRIỂN TỈNH"),
}


def _lines(form: str) -> list[str]:
    header, number, heading, title, authority, signature, *_ = FORMS[form]
    return [*header, number, *MOTTO, "Bắc Ninh, ngày 20 tháng 11 năm 2025", heading, *title, authority, *BODY,
            *signature, "Nguyễn Văn Thành"]


@pytest.mark.parametrize("form_of_file", ["text", "docx"])
@pytest.mark.parametrize("form", FORMS)
def test_the_council_issues_and_its_line_ends_the_title(tmp_path, form_of_file, form):
    *_, issuer, parent, title = FORMS[form]
    metadata = process(write_in_form(tmp_path, _lines(form), form_of_file)).metadata
    assert (metadata.title, metadata.issuer.name, metadata.issuer.parent) == (title, issuer, parent)
    assert metadata.signer.title == "Chủ tịch"
