"""A decision's title in capitals wrapped after its verb, before the body or the post the verb acts on: "VỀ VIỆC THÀNH
LẬP" / "BAN CHỈ ĐẠO …", "VỀ VIỆC BỔ NHIỆM" / "GIÁM ĐỐC SỞ …". The second line names a body or a post, as the issuing
authority's line under the title does ("ỦY BAN NHÂN DÂN TỈNH …", "CHỦ TỊCH …"), and the title was cut after the verb:
"VỀ VIỆC THÀNH LẬP" (a confident wrong value). A line ending in such a verb (pipeline/data/title_verbs.csv) goes on;
a title that is whole still ends at the authority's line.

Each form is a decision of our own, read as plain text, as a DOCX and as a web page.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process

HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH PHƯỚC", "Số: 2215/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Bình Phước, ngày 18 tháng 10 năm 2024", "QUYẾT ĐỊNH"]
BODY = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "QUYẾT ĐỊNH:",
        "Điều 1. Nội dung quyết định.", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Nơi nhận:", "- Như Điều 2;",
        "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Tâm"]
UBND_LINE = "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC"
CHU_TICH_LINE = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC"

# (the title's lines and the authority's line under them, the title read)
FORMS = {
    "establish_a_steering_board": (["VỀ VIỆC THÀNH LẬP", "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH", UBND_LINE],
                                   "VỀ VIỆC THÀNH LẬP BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH"),
    "consolidate_a_working_group": (["VỀ VIỆC KIỆN TOÀN", "TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN 06 TỈNH", CHU_TICH_LINE],
                                    "VỀ VIỆC KIỆN TOÀN TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN 06 TỈNH"),
    "merge_two_centres": (["VỀ VIỆC SÁP NHẬP", "TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP VÀO SỞ NÔNG NGHIỆP", UBND_LINE],
                          "VỀ VIỆC SÁP NHẬP TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP VÀO SỞ NÔNG NGHIỆP"),
    "rename_an_office": (["ĐỔI TÊN", "PHÒNG HÀNH CHÍNH - TỔNG HỢP THUỘC SỞ NỘI VỤ", UBND_LINE],
                         "ĐỔI TÊN PHÒNG HÀNH CHÍNH - TỔNG HỢP THUỘC SỞ NỘI VỤ"),
    "appoint_a_director": (["VỀ VIỆC BỔ NHIỆM", "GIÁM ĐỐC SỞ TÀI CHÍNH TỈNH BÌNH PHƯỚC", CHU_TICH_LINE],
                           "VỀ VIỆC BỔ NHIỆM GIÁM ĐỐC SỞ TÀI CHÍNH TỈNH BÌNH PHƯỚC"),
    "working_rules_of_a_council": (["BAN HÀNH QUY CHẾ HOẠT ĐỘNG", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH", UBND_LINE],
                                   "BAN HÀNH QUY CHẾ HOẠT ĐỘNG HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH"),
    # a title that is whole still ends at the authority's line
    "whole_title_then_the_committee": (["VỀ VIỆC BAN HÀNH KẾ HOẠCH CẢI CÁCH", "HÀNH CHÍNH NĂM 2025", UBND_LINE],
                                       "VỀ VIỆC BAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025"),
    "whole_title_then_the_chair": (["VỀ VIỆC GIAO CHỈ TIÊU TUYỂN QUÂN NĂM 2025", CHU_TICH_LINE],
                                   "VỀ VIỆC GIAO CHỈ TIÊU TUYỂN QUÂN NĂM 2025"),
}


def _lines(form: str) -> list[str]:
    return HEAD + FORMS[form][0] + BODY


@pytest.mark.parametrize("form_of_file", ["text", "docx", "html"])
@pytest.mark.parametrize("form", FORMS)
def test_a_title_wrapped_after_its_verb_goes_on(tmp_path, form_of_file, form):
    metadata = process(write_in_form(tmp_path, _lines(form), form_of_file)).metadata
    assert (metadata.doc_type, metadata.title) == ("Quyết định", FORMS[form][1])


# A line that ends in a noun written as one of the verbs without tone marks ("TÔN GIÁO" is no "GIAO", "CÔNG NHÂN" no
# "CÔNG NHẬN") is a whole title's last line: the authority's line under it still ends the title.
NOUN_ENDS = {
    "religion_then_the_chair": (["VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN HỖ TRỢ CƠ SỞ TÍN NGƯỠNG,", "TÔN GIÁO", CHU_TICH_LINE],
                                "VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN HỖ TRỢ CƠ SỞ TÍN NGƯỠNG, TÔN GIÁO"),
    "religion_then_the_committee": (["VỀ VIỆC TRIỂN KHAI CÔNG TÁC TÔN GIÁO", UBND_LINE],
                                    "VỀ VIỆC TRIỂN KHAI CÔNG TÁC TÔN GIÁO"),
    "workers_then_the_chair": (["VỀ CHÍNH SÁCH HỖ TRỢ NHÀ Ở CHO", "CÔNG NHÂN", CHU_TICH_LINE],
                               "VỀ CHÍNH SÁCH HỖ TRỢ NHÀ Ở CHO CÔNG NHÂN"),
    "workers_housing_then_the_committee": (["BAN HÀNH KẾ HOẠCH PHÁT TRIỂN NHÀ Ở CÔNG NHÂN", UBND_LINE],
                                           "BAN HÀNH KẾ HOẠCH PHÁT TRIỂN NHÀ Ở CÔNG NHÂN"),
    "a_board_of_education_then_the_chair": (["VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP VỚI", "BAN TUYÊN GIÁO", CHU_TICH_LINE],
                                            "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP VỚI BAN TUYÊN GIÁO"),
}


@pytest.mark.parametrize("form_of_file", ["text", "docx", "html"])
@pytest.mark.parametrize("form", NOUN_ENDS)
def test_a_noun_spelled_as_a_verb_without_marks_ends_no_wrap(tmp_path, form_of_file, form):
    lines, title = NOUN_ENDS[form]
    metadata = process(write_in_form(tmp_path, HEAD + lines + BODY, form_of_file)).metadata
    assert (metadata.doc_type, metadata.title) == ("Quyết định", title)


# A whole title may end in such a verb or a noun spelled as one with its marks ("NGOẠI GIAO", "… ĐÃ ĐƯỢC PHÊ DUYỆT"):
# a line that is a position over the header's own issuer ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …") still ends it, as no
# title acts on the post of the one who signs it ("GIÁM ĐỐC SỞ …" after "BỔ NHIỆM" goes on, above).
VERB_ENDS = {
    "diplomacy_then_the_chair": (["VỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ HOẠT ĐỘNG ĐỐI NGOẠI,", "NGOẠI GIAO", CHU_TICH_LINE],
                                 "VỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ HOẠT ĐỘNG ĐỐI NGOẠI, NGOẠI GIAO"),
    "approved_then_the_chair": (["VỀ VIỆC ĐIỀU CHỈNH DỰ ÁN ĐÃ ĐƯỢC PHÊ DUYỆT", CHU_TICH_LINE],
                                "VỀ VIỆC ĐIỀU CHỈNH DỰ ÁN ĐÃ ĐƯỢC PHÊ DUYỆT"),
}


@pytest.mark.parametrize("form_of_file", ["text", "docx", "html"])
@pytest.mark.parametrize("form", VERB_ENDS)
def test_the_head_of_the_issuer_ends_a_title_that_ends_in_a_verb(tmp_path, form_of_file, form):
    lines, title = VERB_ENDS[form]
    metadata = process(write_in_form(tmp_path, HEAD + lines + BODY, form_of_file)).metadata
    assert (metadata.doc_type, metadata.title) == ("Quyết định", title)
