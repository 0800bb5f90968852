"""Recipients listed with the standing organs of a committee or a council: "TT Tỉnh ủy, TT HĐND tỉnh (b/c)",
"Thường trực Tỉnh ủy, Thường trực HĐND tỉnh". The list stayed one name the registry does not know (reported
unresolved) though each part is a body it knows: "Thường trực" and "TT" before a committee's or a council's name start
a body as "Sở" does (data/body_words.csv). A remark whose words read as a clause ("(để báo cáo)") no longer cuts the
name inside its parentheses ("Sở Nội vụ (để": the remark lost its end).

Each list is the "Nơi nhận" of a plan of our own, read as plain text and as a DOCX.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process

HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "Số: 77/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Bắc Ninh, ngày 20 tháng 3 năm 2025", "KẾ HOẠCH", "Thực hiện công tác văn thư năm 2025",
        "I. MỤC ĐÍCH", "1. Nâng cao chất lượng công tác văn thư.", "Nơi nhận:"]
CLOSE = ["- Lưu: VT, NC.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hải"]
TU, HDND = "bac-ninh/thuong-truc-tinh-uy", "bac-ninh/thuong-truc-hoi-dong-nhan-dan"

# (the recipient line, each name read and the body it resolves to)
FORMS = {
    "abbreviated": ("- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", [("TT Tỉnh ủy", TU), ("TT HĐND tỉnh (b/c)", HDND)]),
    "written_out": ("- Thường trực Tỉnh ủy, Thường trực HĐND tỉnh;", [("Thường trực Tỉnh ủy", TU),
                                                                      ("Thường trực HĐND tỉnh", HDND)]),
    "with_the_committee": ("- TT Tỉnh ủy, TT HĐND, UBND tỉnh;", [("TT Tỉnh ủy", TU), ("TT HĐND", HDND),
                                                               ("UBND tỉnh", "bac-ninh/uy-ban-nhan-dan")]),
    "remark_kept_whole": ("- Sở Nội vụ (để báo cáo);", [("Sở Nội vụ (để báo cáo)", "bac-ninh/so-noi-vu")]),
}


@pytest.mark.parametrize("fmt", ["text", "docx"])
@pytest.mark.parametrize("form", FORMS)
def test_standing_organs_are_each_a_recipient(tmp_path, fmt, form):
    line, expected = FORMS[form]
    metadata = process(write_in_form(tmp_path, HEAD + [line] + CLOSE, fmt)).metadata
    assert [(a.name, a.agency_id) for a in metadata.recipient_agencies] == expected


def test_a_standing_deputy_is_no_body(tmp_path):
    """"Phó Chủ tịch Thường trực" is a post: its "Thường trực" starts no name."""
    from pipeline.stages.agencies import split_agencies

    assert split_agencies("Chủ tịch, Phó Chủ tịch Thường trực UBND tỉnh") == ["Chủ tịch, Phó Chủ tịch Thường trực UBND tỉnh"]
