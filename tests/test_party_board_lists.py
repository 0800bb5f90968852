"""A list of a Party committee's boards named once before the committee ("Ban Tuyên giáo, Ban Dân vận, Ban Tổ chức
Tỉnh ủy", "Ban Tổ chức, Ban Tuyên giáo và Dân vận Thành ủy"): each board is that committee's, as "Ban Tuyên giáo Tỉnh
ủy" printed whole is. Only where every name of the list is a board word (data: agencies.csv's Party boards); a list
with any other body ("Sở Nội vụ, Ban Tổ chức Tỉnh ủy") stays as printed, and bare boards with no committee after them
stay bare (party_boards.json: a bare board does not say whose it is)."""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from pipeline.stages.agencies import resolve, split_agencies


@pytest.mark.parametrize("printed, names", [
    ("Ban Tuyên giáo, Ban Dân vận, Ban Tổ chức Tỉnh ủy",
     ["Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Tổ chức Tỉnh ủy"]),
    ("Ban Tổ chức, Ban Tuyên giáo và Dân vận Thành ủy", ["Ban Tổ chức Thành ủy", "Ban Tuyên giáo và Dân vận Thành ủy"]),
    ("Văn phòng, Ủy ban Kiểm tra Huyện ủy", ["Văn phòng Huyện ủy", "Ủy ban Kiểm tra Huyện ủy"]),
    ("Ban Nội chính, Ban Tổ chức Tỉnh uỷ", ["Ban Nội chính Tỉnh uỷ", "Ban Tổ chức Tỉnh uỷ"]),  # "uỷ": the old mark place
    ("Ban Tổ chức, Ban Dân vận Quận ủy Ninh Kiều", ["Ban Tổ chức Quận ủy Ninh Kiều", "Ban Dân vận Quận ủy Ninh Kiều"]),
    ("Ban Tuyên giáo,  Ban Dân vận Thị ủy", ["Ban Tuyên giáo Thị ủy", "Ban Dân vận Thị ủy"]),
    # a name that is no board: the list stays as printed
    ("Sở Nội vụ, Ban Tổ chức Tỉnh ủy", ["Sở Nội vụ", "Ban Tổ chức Tỉnh ủy"]),
    ("Ban Quản lý dự án, Ban Dân vận Tỉnh ủy", ["Ban Quản lý dự án", "Ban Dân vận Tỉnh ủy"]),
    ("Ban Tổ chức, Ban Dân vận", ["Ban Tổ chức", "Ban Dân vận"]),  # no committee named: whose, the plan does not say
    ("Ban Tuyên giáo Tỉnh ủy, Ban Dân vận Tỉnh ủy", ["Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy"]),
])
def test_a_list_of_boards_shares_the_committee_named_last(printed, names):
    assert split_agencies(printed) == names


@pytest.mark.parametrize("printed, place, ids", [
    ("Ban Tuyên giáo, Ban Dân vận, Ban Tổ chức Tỉnh ủy", "quang-ngai",
     ["quang-ngai/ban-tuyen-giao-tinh-uy", "quang-ngai/ban-dan-van-tinh-uy", "quang-ngai/ban-to-chuc-tinh-uy"]),
    ("Ban Tổ chức, Ban Tuyên giáo và Dân vận Thành ủy", "ha-noi",
     ["ha-noi/ban-to-chuc-tinh-uy", "ha-noi/ban-tuyen-giao-va-dan-van-tinh-uy"]),
    ("Ban Tổ chức, Ủy ban Kiểm tra Huyện ủy", "ha-giang.huyen-bac-quang",
     ["ha-giang.huyen-bac-quang/ban-to-chuc-huyen-uy", "ha-giang.huyen-bac-quang/uy-ban-kiem-tra-huyen-uy"]),
    # "Thành ủy" in a tỉnh's plan is a provincial city's: which one, the plan does not say; never the province's
    ("Ban Tổ chức, Ban Dân vận Thành ủy", "lao-cai", [None, None]),
])
def test_each_board_of_the_list_resolves_to_the_committees(printed, place, ids):
    assert [resolve(name, place).agency_id for name in split_agencies(printed)] == ids


_PLAN = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 58/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Quảng Ngãi, ngày 10 tháng 3 năm 2025", "KẾ HOẠCH",
         "Tuyên truyền kỷ niệm ngày thành lập Đảng năm 2025", "I. TỔ CHỨC THỰC HIỆN",
         "1. Đề nghị Ban Tuyên giáo, Ban Dân vận, Ban Tổ chức Tỉnh ủy chủ trì hướng dẫn các cấp ủy tổ chức tuyên truyền.",
         "2. Sở Văn hóa, Thể thao và Du lịch phối hợp với Ban Nội chính, Ủy ban Kiểm tra Tỉnh ủy tổ chức triển lãm.",
         "3. Sở Nội vụ, Ban Tổ chức Tỉnh ủy chủ trì tổng hợp kết quả."]


@pytest.mark.parametrize("fmt", ["text", "docx", "html"])
def test_a_plans_duties_name_each_board(tmp_path, fmt):
    named = {a.agency.name: a.agency.agency_id for a in process(write_in_form(tmp_path, _PLAN, fmt)).assignments}
    assert {name: named.get(name) for name in ("Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Tổ chức Tỉnh ủy",
                                               "Ban Nội chính Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Sở Nội vụ")} == {
        "Ban Tuyên giáo Tỉnh ủy": "quang-ngai/ban-tuyen-giao-tinh-uy", "Ban Dân vận Tỉnh ủy": "quang-ngai/ban-dan-van-tinh-uy",
        "Ban Tổ chức Tỉnh ủy": "quang-ngai/ban-to-chuc-tinh-uy", "Ban Nội chính Tỉnh ủy": "quang-ngai/ban-noi-chinh-tinh-uy",
        "Ủy ban Kiểm tra Tỉnh ủy": "quang-ngai/uy-ban-kiem-tra-tinh-uy", "Sở Nội vụ": "quang-ngai/so-noi-vu"}
    assert not any(name in named for name in ("Ban Tuyên giáo", "Ban Dân vận", "Ban Nội chính"))
