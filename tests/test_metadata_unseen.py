"""Metadata on classes of documents the team had not seen (central Party and mass organisations, joint plans, one-line
issuers): every fixture is written here from how such documents are laid out, in its own wording."""

from __future__ import annotations

import pytest

from pipeline.stages.registry import registry

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
PLAN = "KẾ HOẠCH\nTổ chức các hoạt động hè năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nội dung.\nII. NHIỆM VỤ\n1. Nội dung.\n"


# ---------------------------------------------------------------------------------------------------
# A place's name inside a person's: "Đoàn TNCS Hồ Chí Minh" is no document of Ho Chi Minh City


@pytest.mark.parametrize("text, place", [
    ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", None),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", None),
    ("Hội đồng Đội Thiếu niên Tiền phong Hồ Chí Minh", None),
    ("HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH", None),
    ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", None),
    ("BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH NGHỆ AN", "nghe-an"),  # the place after the union's name still counts
    ("THÀNH ĐOÀN THÀNH PHỐ HỒ CHÍ MINH", "ho-chi-minh"),
    ("Ủy ban nhân dân TP. Hồ Chí Minh", "ho-chi-minh"),
    ("Tư tưởng Hồ Chí Minh tại Thành phố Hồ Chí Minh", "ho-chi-minh"),
])
def test_a_place_name_inside_a_persons_name_names_no_place(text, place):
    assert registry().place_named_in(text) == place


@pytest.mark.parametrize("header", [
    "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 317-KH/TWĐTN-TNNT\n",
    "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 317 - KH/TWĐTN-TNNT\n",  # spaced hyphen
    "HỘI ĐỒNG ĐỘI TRUNG ƯƠNG\n***\nSố: 41-KH/HĐĐTW\n",
])
def test_a_central_youth_plan_is_the_centres(processed, header):
    doc = processed(f"{header}Hà Nội, ngày 14 tháng 3 năm 2026\n{PLAN}"
                    "Các tỉnh đoàn học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n"
                    "TM. BAN BÍ THƯ\nBÍ THƯ\nNguyễn Minh Khang\n")
    assert doc.metadata.jurisdiction == "viet-nam"
    assert doc.metadata.number.startswith(("317-KH/TWĐTN", "41-KH/HĐĐTW"))


def test_a_party_plan_whose_text_names_the_thought_of_ho_chi_minh_is_not_the_citys(processed):
    # no place in the heading nor on the date line: the places the text names decide, and a person's name is none
    doc = processed("ĐẢNG ỦY KHỐI CƠ QUAN\n*\nSố 12-KH/ĐUK\nĐẢNG CỘNG SẢN VIỆT NAM\nngày 5 tháng 3 năm 2026\n"
                    "KẾ HOẠCH\nHọc tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026\n"
                    "I. MỤC ĐÍCH\n1. Các chi bộ học tập tư tưởng Hồ Chí Minh; phong cách Hồ Chí Minh.\n"
                    "2. Phối hợp với Đảng ủy xã Tân Hưng, tỉnh Nghệ An tổ chức hội nghị.\n"
                    "T/M ĐẢNG ỦY\nBÍ THƯ\nLê Văn Dũng\n")
    assert doc.metadata.jurisdiction == "nghe-an"
