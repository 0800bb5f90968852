"""A list of a Party committee's boards in capitals ("BAN TUYÊN GIÁO, BAN DÂN VẬN TỈNH ỦY" in a recipients' list or a
lead cell printed in capitals) is split as the same list in small letters is (tests/test_party_board_lists.py): each
board is the committee's, and only where every name of the list is a board. A comma split only before a body word in
its printed case ("Ban", not "BAN"), so the list stayed one name that resolved to nothing. "TT. Tỉnh ủy, TT. HĐND
tỉnh" (the standing organ's "TT" with a stop, or run on to the committee: "TT.HĐND") split nowhere, though "TT Tỉnh
ủy, TT HĐND tỉnh" did. Every fixture is written for the test."""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from pipeline.stages.agencies import resolve, split_agencies


@pytest.mark.parametrize("printed, names", [
    ("BAN TUYÊN GIÁO, BAN DÂN VẬN TỈNH ỦY", ["BAN TUYÊN GIÁO TỈNH ỦY", "BAN DÂN VẬN TỈNH ỦY"]),
    ("BAN TỔ CHỨC, BAN NỘI CHÍNH, ỦY BAN KIỂM TRA THÀNH ỦY",
     ["BAN TỔ CHỨC THÀNH ỦY", "BAN NỘI CHÍNH THÀNH ỦY", "ỦY BAN KIỂM TRA THÀNH ỦY"]),
    ("- VĂN PHÒNG, BAN DÂN VẬN HUYỆN ỦY;", ["VĂN PHÒNG HUYỆN ỦY", "BAN DÂN VẬN HUYỆN ỦY"]),
    ("BAN TỔ CHỨC, BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH UỶ", ["BAN TỔ CHỨC TỈNH UỶ", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH UỶ"]),
    # a name that is no board, or no committee after the list: as printed
    ("SỞ NỘI VỤ, BAN TỔ CHỨC TỈNH ỦY", ["SỞ NỘI VỤ, BAN TỔ CHỨC TỈNH ỦY"]),
    ("BAN QUẢN LÝ DỰ ÁN, BAN DÂN VẬN TỈNH ỦY", ["BAN QUẢN LÝ DỰ ÁN, BAN DÂN VẬN TỈNH ỦY"]),
    ("BAN TỔ CHỨC, BAN DÂN VẬN", ["BAN TỔ CHỨC, BAN DÂN VẬN"]),
])
def test_a_list_of_boards_in_capitals(printed, names):
    assert split_agencies(printed) == names


@pytest.mark.parametrize("printed, names", [
    ("TT. Tỉnh ủy, TT. HĐND tỉnh", ["TT. Tỉnh ủy", "TT. HĐND tỉnh"]),
    ("TT.Tỉnh ủy, TT.HĐND tỉnh", ["TT.Tỉnh ủy", "TT.HĐND tỉnh"]),
    ("TT. Huyện ủy, TT. HĐND huyện, UBND huyện", ["TT. Huyện ủy", "TT. HĐND huyện", "UBND huyện"]),
    ("TT. TỈNH ỦY, TT. HĐND TỈNH", ["TT. TỈNH ỦY", "TT. HĐND TỈNH"]),
    ("Sở Nội vụ, TT. UBMTTQ tỉnh", ["Sở Nội vụ, TT. UBMTTQ tỉnh"]),  # "TT." before no committee's word starts no name
])
def test_the_standing_organ_with_a_stop(printed, names):
    assert split_agencies(printed) == names


@pytest.mark.parametrize("printed, place, ids", [
    ("BAN TUYÊN GIÁO, BAN DÂN VẬN TỈNH ỦY", "quang-ngai", ["quang-ngai/ban-tuyen-giao-tinh-uy", "quang-ngai/ban-dan-van-tinh-uy"]),
    ("BAN TỔ CHỨC, ỦY BAN KIỂM TRA HUYỆN ỦY", "ha-giang.huyen-bac-quang",
     ["ha-giang.huyen-bac-quang/ban-to-chuc-huyen-uy", "ha-giang.huyen-bac-quang/uy-ban-kiem-tra-huyen-uy"]),
    ("BAN TỔ CHỨC, BAN DÂN VẬN THÀNH ỦY", "lao-cai", [None, None]),  # a provincial city's: which, it does not say
    ("TT. Tỉnh ủy, TT. HĐND tỉnh", "quang-ngai", ["quang-ngai/thuong-truc-tinh-uy", "quang-ngai/thuong-truc-hoi-dong-nhan-dan"]),
])
def test_each_name_resolves(printed, place, ids):
    assert [resolve(name, place).agency_id for name in split_agencies(printed)] == ids


_PLAN = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 58/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Quảng Ngãi, ngày 10 tháng 3 năm 2025", "KẾ HOẠCH",
         "Tuyên truyền kỷ niệm ngày thành lập Đảng năm 2025", "I. TỔ CHỨC THỰC HIỆN",
         "1. Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức triển lãm.", "Nơi nhận:", "- TT. Tỉnh ủy, TT. HĐND tỉnh;",
         "- BAN TUYÊN GIÁO, BAN DÂN VẬN TỈNH ỦY;", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An"]


@pytest.mark.parametrize("fmt", ["text", "docx", "html"])
def test_recipients_name_each_board(tmp_path, fmt):
    recipients = process(write_in_form(tmp_path, _PLAN, fmt)).metadata.recipient_agencies
    assert [(r.name, r.agency_id) for r in recipients] == [
        ("TT. Tỉnh ủy", "quang-ngai/thuong-truc-tinh-uy"), ("TT. HĐND tỉnh", "quang-ngai/thuong-truc-hoi-dong-nhan-dan"),
        ("BAN TUYÊN GIÁO TỈNH ỦY", "quang-ngai/ban-tuyen-giao-tinh-uy"), ("BAN DÂN VẬN TỈNH ỦY", "quang-ngai/ban-dan-van-tinh-uy")]
